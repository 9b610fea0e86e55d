use glokal_api_types::{MemberList, Organization, OrganizationPage, Role};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::helpers::{assert_error, spawn_app, TestApp};

fn liberec_company() -> Value {
    json!({
        "name": "Nováková plasty s.r.o.",
        "legal_form": "s.r.o.",
        "kind": "company",
        "country": "cz",
        "city": "Liberec",
        "street": "Jablonecká 12",
        "postal_code": "460 01",
        "website": "www.novakova-plasty.cz",
        "email": "Info@Novakova-Plasty.cz",
        "phone": "+420 485 123 456",
        "founding_year": 1998,
        "size_class": "small",
        "nace_main": "2229",
        "nace_codes": ["22.21", "46.90", "2221"],
        "languages": ["cs", "DE"],
        "keywords": ["vstřikování plastů", "Spritzguss"],
        "description": {"cs": "Vstřikování plastů pro automobilový průmysl.\r\n\nDodáváme od roku 1998.", "de": "  "},
        "ico": "25596641",
        "certifications": [{"code": "iatf_16949", "expires_on": "2099-06-30"}, {"code": "ISO_9001"}],
        "offerings": [
            {"kind": "product", "name": {"cs": "Plastové kryty", "de": "Kunststoffabdeckungen"}, "description": {"cs": "Sériová výroba\r\nod 10 000 ks."}},
            {"kind": "service", "name": {"en": "Mould design"}}
        ],
        "contacts": [
            {"name": "Jana Nováková", "role": "jednatelka", "languages": ["cs", "de"], "email": "jana@novakova-plasty.cz"},
            {"name": "Petr Novák", "email": "petr@novakova-plasty.cz", "visibility": "members"}
        ]
    })
}

async fn create(app: &TestApp, token: &str, body: &Value) -> Organization {
    let res = app
        .call(
            Method::POST,
            "/api/v1/organizations",
            Some(token),
            Some(body),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    unreachable_after_json(res).await
}

async fn unreachable_after_json(res: reqwest::Response) -> Organization {
    res.json().await.unwrap()
}

#[tokio::test]
async fn create_read_update_delete() {
    let app = spawn_app().await;
    let (_, owner) = app.user_with_role(Role::Member).await;
    let res = app
        .call(
            Method::POST,
            "/api/v1/organizations",
            Some(&owner),
            Some(&liberec_company()),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    let org: Organization = res.json().await.unwrap();
    assert_eq!(location, format!("/api/v1/organizations/{}", org.id));
    // normalised and derived
    assert_eq!(org.country, "CZ");
    assert_eq!(
        org.region_code.as_deref(),
        Some("CZ051"),
        "Liberec lies in the Liberecký kraj"
    );
    assert!(org.lat.is_some() && org.lon.is_some());
    assert_eq!(
        org.website.as_deref(),
        Some("https://www.novakova-plasty.cz")
    );
    assert_eq!(org.email.as_deref(), Some("info@novakova-plasty.cz"));
    assert_eq!(org.nace_main.as_deref(), Some("22.29"));
    assert_eq!(org.nace_codes, ["22.21", "46.90"]);
    assert_eq!(org.languages, ["cs", "de"]);
    assert_eq!(org.text_languages, [glokal_api_types::Language::Cs]);
    assert!(org.description.de.is_none(), "blank texts are dropped");
    assert_eq!(
        org.description.cs.as_deref(),
        Some("Vstřikování plastů pro automobilový průmysl.\n\nDodáváme od roku 1998."),
        "paragraphs are kept, CRLF becomes LF"
    );
    assert_eq!(org.my_role, Some(glokal_api_types::MemberRole::Owner));
    assert_eq!(
        org.certifications
            .iter()
            .map(|c| c.code.as_str())
            .collect::<Vec<_>>(),
        ["iatf_16949", "iso_9001"]
    );
    assert_eq!(
        org.certifications[0].expires_on,
        chrono::NaiveDate::from_ymd_opt(2099, 6, 30)
    );
    assert_eq!(org.offerings.len(), 2);
    assert_eq!(
        org.offerings[0].description.cs.as_deref(),
        Some("Sériová výroba\nod 10 000 ks.")
    );
    assert_eq!(org.offerings[1].name.en.as_deref(), Some("Mould design"));

    let mut changed = liberec_company();
    changed["description"]["de"] = json!("Kunststoffspritzguss für die Automobilindustrie.");
    changed["city"] = json!("Děčín");
    let res = app
        .call(Method::PUT, &location, Some(&owner), Some(&changed))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let updated: Organization = res.json().await.unwrap();
    assert_eq!(updated.region_code.as_deref(), Some("CZ042"));
    assert_eq!(updated.text_languages.len(), 2);

    let fetched: Organization = app.get(&location, None).await.json().await.unwrap();
    assert_eq!(fetched.city, "Děčín");
    assert!(fetched.my_role.is_none());

    assert_eq!(
        app.call(Method::DELETE, &location, Some(&owner), None)
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    assert_error(
        app.get(&location, None).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
}

#[tokio::test]
async fn the_minimal_body_from_the_issue_works() {
    let app = spawn_app().await;
    let (_, token) = app.user_with_role(Role::Member).await;
    let body = json!({"name": "Firma", "kind": "company", "country": "CZ", "city": "Liberec", "description": {"cs": "Popis"}});
    let org = create(&app, &token, &body).await;
    assert_eq!(org.region_code.as_deref(), Some("CZ051"));
}

#[tokio::test]
async fn contact_persons_are_personal_data() {
    let app = spawn_app().await;
    let (_, owner) = app.user_with_role(Role::Member).await;
    let (_, stranger) = app.user_with_role(Role::Member).await;
    let org = create(&app, &owner, &liberec_company()).await;
    let path = format!("/api/v1/organizations/{}", org.id);
    let anonymous: Organization = app.get(&path, None).await.json().await.unwrap();
    assert!(
        anonymous.contacts.is_empty(),
        "anonymous visitors see no contact persons"
    );
    let logged_in: Organization = app.get(&path, Some(&stranger)).await.json().await.unwrap();
    assert_eq!(
        logged_in
            .contacts
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>(),
        ["Jana Nováková"]
    );
    let member: Organization = app.get(&path, Some(&owner)).await.json().await.unwrap();
    assert_eq!(member.contacts.len(), 2);
    // an expired/forged token is a 401, not silently anonymous
    assert_error(
        app.get(&path, Some("forged")).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
}

#[tokio::test]
async fn membership_rights_matrix() {
    let app = spawn_app().await;
    let (_, owner) = app.user_with_role(Role::Member).await;
    let (editor_user, editor) = app.user_with_role(Role::Member).await;
    let (_, other) = app.user_with_role(Role::Member).await;
    let (_, staff) = app.user_with_role(Role::InstitutionStaff).await;
    let (_, admin) = app.user_with_role(Role::PlatformAdmin).await;
    let org = create(&app, &owner, &liberec_company()).await;
    let path = format!("/api/v1/organizations/{}", org.id);
    let members_path = format!("{path}/members");

    // only owners invite
    let invite = json!({"email": editor_user.email, "role": "editor"});
    assert_error(
        app.call(Method::POST, &members_path, Some(&other), Some(&invite))
            .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    let res = app
        .call(Method::POST, &members_path, Some(&owner), Some(&invite))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let members: MemberList = res.json().await.unwrap();
    assert_eq!(members.members.len(), 2);

    let update = liberec_company();
    // (caller, expected status of update, expected status of delete)
    let callers: [(&str, Option<&str>, u16); 5] = [
        ("anonymous", None, 401),
        ("other member", Some(&other), 403),
        ("institution staff", Some(&staff), 403),
        ("editor", Some(&editor), 200),
        ("admin", Some(&admin), 200),
    ];
    for (who, token, update_status) in callers {
        let res = app.call(Method::PUT, &path, token, Some(&update)).await;
        assert_eq!(res.status().as_u16(), update_status, "update as {who}");
    }
    for (who, token, status) in [
        ("anonymous", None, 401),
        ("other member", Some(other.as_str()), 403),
        ("editor", Some(editor.as_str()), 403),
    ] {
        assert_eq!(
            app.call(Method::DELETE, &path, token, None)
                .await
                .status()
                .as_u16(),
            status,
            "delete as {who}"
        );
    }
    assert_eq!(
        app.call(
            Method::POST,
            "/api/v1/organizations",
            None,
            Some(&liberec_company())
        )
        .await
        .status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.call(Method::DELETE, &path, Some(&owner), None)
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
}

#[tokio::test]
async fn invalid_profiles_get_field_codes() {
    let app = spawn_app().await;
    let (_, token) = app.user_with_role(Role::Member).await;
    let mut bad = liberec_company();
    bad["name"] = json!(" ");
    bad["country"] = json!("Czechia");
    bad["nace_main"] = json!("99.99");
    bad["nace_codes"] = json!(["22.21", "XX"]);
    bad["website"] = json!("not a url");
    bad["email"] = json!("info@");
    bad["founding_year"] = json!(3000);
    bad["description"] = json!({"de": " "});
    bad["ico"] = json!("1234");
    bad["place_id"] = json!(1);
    bad["legal_form"] = json!("s.\nr.o.");
    bad["certifications"] = json!([{"code": "iso_9999"}]);
    bad["offerings"] = json!([{"kind": "product", "name": {"de": " "}}]);
    bad["languages"] = json!(["de", "xx"]);
    bad["description"] = json!({"de": " ", "en": "Tab\u{7}bell"});
    let res = app
        .call(
            Method::POST,
            "/api/v1/organizations",
            Some(&token),
            Some(&bad),
        )
        .await;
    let body = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    let fields = &body["fields"];
    assert_eq!(fields["name"], "required");
    assert_eq!(fields["country"], "invalid_country");
    assert_eq!(fields["nace_main"], "unknown_nace_code");
    assert_eq!(fields["nace_codes[1]"], "unknown_nace_code");
    assert_eq!(fields["website"], "invalid_url");
    assert_eq!(fields["email"], "invalid_email");
    assert_eq!(fields["founding_year"], "out_of_range");
    assert_eq!(
        fields["description.en"], "control_characters",
        "line breaks only in long texts, other control characters never"
    );
    assert_eq!(fields["legal_form"], "control_characters");
    assert_eq!(fields["certifications[0].code"], "unknown_certification");
    assert_eq!(fields["offerings[0].name"], "text_required");
    assert_eq!(fields["languages"], "unknown_language");
    assert_eq!(fields["ico"], "invalid_ico");
    assert_eq!(fields["place_id"], "unknown_place");
    let res = app.call(Method::POST, "/api/v1/organizations", Some(&token), Some(&json!({"name": "X", "kind": "spaceship", "country": "DE", "city": "Zittau", "description": {"de": "x"}}))).await;
    assert_error(res, StatusCode::BAD_REQUEST, "invalid_json").await;
}

#[tokio::test]
async fn directory_filters_sorts_and_measures_distance() {
    let app = spawn_app().await;
    let (_, token) = app.user_with_role(Role::Member).await;
    let org = |name: &str, country: &str, city: &str, nace: &str, kind: &str, lang: &str| json!({"name": name, "kind": kind, "country": country, "city": city, "nace_main": nace, "languages": [lang], "description": {"de": "Text"}});
    for body in [
        org(
            "Zittauer Kunststoff GmbH",
            "DE",
            "Zittau",
            "22.29",
            "company",
            "de",
        ),
        org(
            "Liberecké plasty s.r.o.",
            "CZ",
            "Liberec",
            "22.21",
            "company",
            "cs",
        ),
        org(
            "Dresdner Metallbau",
            "DE",
            "Dresden",
            "25.11",
            "company",
            "de",
        ),
        org("IHK Dresden", "DE", "Dresden", "94.11", "chamber", "de"),
        org(
            "Ústecká strojírna",
            "CZ",
            "Ústí nad Labem",
            "28.41",
            "company",
            "cs",
        ),
    ] {
        create(&app, &token, &body).await;
    }
    let names = |page: &OrganizationPage| {
        page.items
            .iter()
            .map(|o| o.name.clone())
            .collect::<Vec<_>>()
    };
    let list = |q: &'static str| {
        let app = &app;
        async move {
            app.get(&format!("/api/v1/organizations{q}"), None)
                .await
                .json::<OrganizationPage>()
                .await
                .unwrap()
        }
    };
    let all = list("").await;
    assert_eq!(all.total, 5);
    assert_eq!(names(&all)[0], "Dresdner Metallbau", "sorted by name");
    assert_eq!(
        names(&list("?nace=22").await),
        ["Liberecké plasty s.r.o.", "Zittauer Kunststoff GmbH"]
    );
    assert_eq!(
        names(&list("?country=cz&nace=C").await),
        ["Liberecké plasty s.r.o.", "Ústecká strojírna"]
    );
    assert_eq!(names(&list("?kind=chamber").await), ["IHK Dresden"]);
    assert_eq!(
        names(&list("?region=DED21").await),
        ["Dresdner Metallbau", "IHK Dresden"]
    );
    assert_eq!(list("?language=cs").await.total, 2);
    let page = list("?limit=2&offset=2").await;
    assert_eq!((page.items.len(), page.total), (2, 5));

    // Within 40 km of Zittau: Zittau itself and Liberec across the border, nearest first.
    let zittau = app
        .get("/api/v1/reference/places?q=Zittau&limit=1", None)
        .await
        .json::<Vec<glokal_api_types::PlaceItem>>()
        .await
        .unwrap()[0]
        .id;
    let near = list(Box::leak(
        format!("?near={zittau}&radius_km=40&sort=distance").into_boxed_str(),
    ))
    .await;
    assert_eq!(
        names(&near),
        ["Zittauer Kunststoff GmbH", "Liberecké plasty s.r.o."]
    );
    let d = near.items[1].distance_km.unwrap();
    assert!((20.0..35.0).contains(&d), "Zittau–Liberec {d} km");

    assert_error(
        app.get("/api/v1/organizations?nace=98.99", None).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_error(
        app.get("/api/v1/organizations?sort=distance", None).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_error(
        app.get("/api/v1/organizations?limit=1000", None).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_error(
        app.get("/api/v1/organizations?kind=spaceship", None).await,
        StatusCode::BAD_REQUEST,
        "bad_request",
    )
    .await;
}

#[tokio::test]
async fn directory_filters_by_valid_certification() {
    let app = spawn_app().await;
    let (_, token) = app.user_with_role(Role::Member).await;
    let org = |name: &str, certifications: serde_json::Value| json!({"name": name, "kind": "company", "country": "DE", "city": "Zwickau", "description": {"de": "Text"}, "certifications": certifications});
    create(
        &app,
        &token,
        &org("Zulieferer A", json!([{"code": "iatf_16949"}])),
    )
    .await;
    create(
        &app,
        &token,
        &org(
            "Zulieferer B",
            json!([{"code": "iatf_16949", "expires_on": "2020-01-31"}, {"code": "iso_9001"}]),
        ),
    )
    .await;
    let c = create(&app, &token, &org("Zulieferer C", json!([]))).await;
    let names = |page: OrganizationPage| page.items.into_iter().map(|o| o.name).collect::<Vec<_>>();
    let iatf: OrganizationPage = app
        .get("/api/v1/organizations?certification=iatf_16949", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        names(iatf),
        ["Zulieferer A"],
        "expired certificates do not count"
    );
    // updating rewrites the index
    let path = format!("/api/v1/organizations/{}", c.id);
    assert_eq!(
        app.call(
            Method::PUT,
            &path,
            Some(&token),
            Some(&org("Zulieferer C", json!([{"code": "iatf_16949"}])))
        )
        .await
        .status(),
        StatusCode::OK
    );
    let iatf: OrganizationPage = app
        .get(
            "/api/v1/organizations?certification=IATF_16949&country=DE",
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(names(iatf), ["Zulieferer A", "Zulieferer C"]);
    let body = assert_error(
        app.get("/api/v1/organizations?certification=iso_0", None)
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_eq!(body["fields"]["certification"], "unknown_certification");
}

#[tokio::test]
async fn cursors_page_stably_and_updated_since_syncs_changes() {
    let app = spawn_app().await;
    let (_, token) = app.user_with_role(Role::Member).await;
    let body = |name: &str| json!({"name": name, "kind": "company", "country": "CZ", "city": "Most", "description": {"cs": "Text"}});
    let mut ids = Vec::new();
    for name in ["Alfa", "Bravo", "Charlie", "Delta", "Echo"] {
        ids.push(create(&app, &token, &body(name)).await.id);
    }
    let page = |q: String| {
        let app = &app;
        async move {
            let res = app.get(&format!("/api/v1/organizations{q}"), None).await;
            assert_eq!(res.status(), StatusCode::OK, "{q}");
            res.json::<OrganizationPage>().await.unwrap()
        }
    };
    let names = |p: &OrganizationPage| p.items.iter().map(|o| o.name.clone()).collect::<Vec<_>>();
    let first = page("?limit=2".to_owned()).await;
    assert_eq!(names(&first), ["Alfa", "Bravo"]);
    // a new row before the cursor does not shift the next page (offset paging would repeat "Bravo")
    create(&app, &token, &body("Aaron")).await;
    let second = page(format!(
        "?limit=2&cursor={}",
        first.next_cursor.clone().unwrap()
    ))
    .await;
    assert_eq!(names(&second), ["Charlie", "Delta"]);
    let last = page(format!(
        "?limit=2&cursor={}",
        second.next_cursor.clone().unwrap()
    ))
    .await;
    assert_eq!(names(&last), ["Echo"]);
    assert!(last.next_cursor.is_none());

    // incremental sync: least recently changed first, from a point in time
    let checkpoint = chrono::Utc::now();
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    let charlie = format!("/api/v1/organizations/{}", ids[2]);
    assert_eq!(
        app.call(
            Method::PUT,
            &charlie,
            Some(&token),
            Some(&body("Charlie II"))
        )
        .await
        .status(),
        StatusCode::OK
    );
    let since = checkpoint
        .to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
        .replace('+', "%2B");
    let changed = page(format!("?sort=updated&updated_since={since}")).await;
    assert_eq!(names(&changed), ["Charlie II"]);
    let all_by_change = page("?sort=updated&limit=3".to_owned()).await;
    let rest = page(format!(
        "?sort=updated&limit=3&cursor={}",
        all_by_change.next_cursor.clone().unwrap()
    ))
    .await;
    assert_eq!(
        names(&rest).last().map(String::as_str),
        Some("Charlie II"),
        "the changed one comes last"
    );
    assert_eq!(all_by_change.items.len() + rest.items.len(), 6);

    // a cursor of another sort, or garbage, is a clear 422
    let body = assert_error(
        app.get(
            &format!(
                "/api/v1/organizations?sort=newest&cursor={}",
                first.next_cursor.unwrap()
            ),
            None,
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_eq!(body["fields"]["cursor"], "invalid_cursor");
    for garbage in ["%25%25%25", "bm9wZQ", ""] {
        let body = assert_error(
            app.get(&format!("/api/v1/organizations?cursor={garbage}"), None)
                .await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
        )
        .await;
        assert_eq!(body["fields"]["cursor"], "invalid_cursor", "{garbage:?}");
    }
}
