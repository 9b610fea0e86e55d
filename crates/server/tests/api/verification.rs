//! Verification by institutions, and the register check against a fake ARES.

use glokal_api_types::{Organization, OrganizationPage, Role};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::helpers::{assert_error, spawn_app, spawn_app_with, TestApp};

async fn create(
    app: &TestApp,
    token: &str,
    name: &str,
    kind: &str,
    country: &str,
    city: &str,
) -> Organization {
    let body = json!({"name": name, "kind": kind, "country": country, "city": city, "description": {"de": "Text"}});
    let res = app
        .call(
            Method::POST,
            "/api/v1/organizations",
            Some(token),
            Some(&body),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    res.json().await.unwrap()
}

#[tokio::test]
async fn institution_staff_vouch_for_organisations_and_the_badge_names_them() {
    let app = spawn_app().await;
    let (_, staff) = app.user_with_role(Role::InstitutionStaff).await;
    let (_, other_staff) = app.user_with_role(Role::InstitutionStaff).await;
    let (_, member) = app.user_with_role(Role::Member).await;
    let (_, admin) = app.user_with_role(Role::PlatformAdmin).await;
    let chamber = create(&app, &staff, "IHK Test", "chamber", "DE", "Dresden").await;
    let company = create(
        &app,
        &member,
        "Elbtal Präzision GmbH",
        "company",
        "DE",
        "Pirna",
    )
    .await;
    let own_company = create(&app, &member, "Zweite GmbH", "company", "DE", "Pirna").await;
    let verify = |org: &Organization| format!("/api/v1/organizations/{}/verification", org.id);
    let by_chamber = json!({"institution_id": chamber.id});

    // the matrix: anonymous, a member, staff of another institution, a company as "institution"
    assert_error(
        app.call(Method::POST, &verify(&company), None, Some(&by_chamber))
            .await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
    assert_error(
        app.call(
            Method::POST,
            &verify(&company),
            Some(&member),
            Some(&by_chamber),
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    assert_error(
        app.call(
            Method::POST,
            &verify(&company),
            Some(&other_staff),
            Some(&by_chamber),
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    let body = assert_error(
        app.call(
            Method::POST,
            &verify(&company),
            Some(&member),
            Some(&json!({"institution_id": own_company.id})),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_eq!(body["fields"]["institution_id"], "not_an_institution");
    let body = assert_error(
        app.call(
            Method::POST,
            &verify(&company),
            Some(&staff),
            Some(&json!({})),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_eq!(body["fields"]["institution_id"], "required");
    assert_error(
        app.call(
            Method::POST,
            &verify(&chamber),
            Some(&staff),
            Some(&by_chamber),
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;

    let res = app
        .call(
            Method::POST,
            &verify(&company),
            Some(&staff),
            Some(&json!({"institution_id": chamber.id, "register_confirmed": true})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let verified: Organization = res.json().await.unwrap();
    let badge = verified.verification.clone().expect("verified");
    assert_eq!(
        (badge.institution_id, badge.institution_name.as_deref()),
        (Some(chamber.id), Some("IHK Test"))
    );
    assert!(
        verified.register_checked_at.is_some(),
        "staff confirmed the register entry"
    );
    let public: Organization = app
        .get(&format!("/api/v1/organizations/{}", company.id), None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        public
            .verification
            .and_then(|v| v.institution_name)
            .as_deref(),
        Some("IHK Test")
    );

    let page: OrganizationPage = app
        .get("/api/v1/organizations?verified=true", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        page.items
            .iter()
            .map(|o| o.name.as_str())
            .collect::<Vec<_>>(),
        ["Elbtal Präzision GmbH"]
    );
    assert!(page.items[0].verified && page.items[0].register_checked);
    // the directory's cards name the institution and the day, like the profile's badge
    assert_eq!(page.items[0].verified_by.as_deref(), Some("IHK Test"));
    assert_eq!(
        page.items[0].verified_at.map(|t| t.timestamp()),
        Some(badge.verified_at.timestamp())
    );
    let unverified: OrganizationPage = app
        .get("/api/v1/organizations?verified=false", None)
        .await
        .json()
        .await
        .unwrap();
    assert!(unverified
        .items
        .iter()
        .all(|o| o.verified_by.is_none() && o.verified_at.is_none()));
    assert_eq!(
        app.get("/api/v1/organizations?verified=false", None)
            .await
            .json::<OrganizationPage>()
            .await
            .unwrap()
            .total,
        2
    );

    // changing the register number removes the register mark, not the verification
    let edit = json!({"name": "Elbtal Präzision GmbH", "kind": "company", "country": "DE", "city": "Pirna", "description": {"de": "Text"}, "hr_number": "HRB 1234, Amtsgericht Dresden"});
    let updated: Organization = app
        .call(
            Method::PUT,
            &format!("/api/v1/organizations/{}", company.id),
            Some(&member),
            Some(&edit),
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(updated.register_checked_at.is_none() && updated.verification.is_some());

    // only the verifying institution (or an admin) withdraws; admins verify without an institution
    assert_error(
        app.call(Method::DELETE, &verify(&company), Some(&other_staff), None)
            .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    assert_eq!(
        app.call(Method::DELETE, &verify(&company), Some(&staff), None)
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    let fetched: Organization = app
        .get(&format!("/api/v1/organizations/{}", company.id), None)
        .await
        .json()
        .await
        .unwrap();
    assert!(fetched.verification.is_none());
    let by_admin: Organization = app
        .call(
            Method::POST,
            &verify(&company),
            Some(&admin),
            Some(&json!({})),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(by_admin.verification.map(|v| v.institution_id), Some(None));
    // verified by an admin: verified, but no institution to name
    let page: OrganizationPage = app
        .get("/api/v1/organizations?verified=true", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(page.items.len(), 1);
    assert!(page.items[0].verified_at.is_some() && page.items[0].verified_by.is_none());
}

fn ares_record(name: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/api/fixtures/ares_liberec_sro.json");
    let mut record: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    record["obchodniJmeno"] = json!(name);
    record
}

#[tokio::test]
async fn a_czech_ico_confirmed_in_ares_marks_the_profile_register_checked() {
    let ares = MockServer::start().await;
    let app = spawn_app_with(&[(
        "GLOKAL_ARES_URL",
        format!("{}/ekonomicke-subjekty-v-be/rest", ares.uri()),
    )])
    .await;
    let base = "/ekonomicke-subjekty-v-be/rest/ekonomicke-subjekty";
    Mock::given(method("GET"))
        .and(path(format!("{base}/28715306")))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(ares_record("NISA-PLAST Liberec s.r.o.")),
        )
        .mount(&ares)
        .await;
    Mock::given(method("GET"))
        .and(path(format!("{base}/25596641")))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(ares_record("Úplně jiná firma a.s.")),
        )
        .mount(&ares)
        .await;
    Mock::given(method("GET"))
        .and(path(format!("{base}/27074358")))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({"kod": "NENALEZENO"})))
        .mount(&ares)
        .await;
    let (_, owner) = app.user_with_role(Role::Member).await;
    let (_, stranger) = app.user_with_role(Role::Member).await;
    let body = |name: &str, ico: Option<&str>| json!({"name": name, "kind": "company", "country": "CZ", "city": "Liberec", "description": {"cs": "Text"}, "ico": ico});
    let org: Organization = app
        .call(
            Method::POST,
            "/api/v1/organizations",
            Some(&owner),
            Some(&body("Nisa Plast Liberec", Some("28715306"))),
        )
        .await
        .json()
        .await
        .unwrap();
    let check = format!("/api/v1/organizations/{}/registry-check", org.id);

    assert_error(
        app.call(Method::POST, &check, Some(&stranger), None).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    let checked: Organization = app
        .call(Method::POST, &check, Some(&owner), None)
        .await
        .json()
        .await
        .unwrap();
    assert!(checked.register_checked_at.is_some());

    // another company's IČO: the names differ
    let path = format!("/api/v1/organizations/{}", org.id);
    let moved: Organization = app
        .call(
            Method::PUT,
            &path,
            Some(&owner),
            Some(&body("Nisa Plast Liberec", Some("25596641"))),
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(
        moved.register_checked_at.is_none(),
        "a new IČO must be checked again"
    );
    let res = assert_error(
        app.call(Method::POST, &check, Some(&owner), None).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_eq!(res["fields"]["ico"], "registry_mismatch");
    // unknown to ARES, and no IČO at all
    app.call(
        Method::PUT,
        &path,
        Some(&owner),
        Some(&body("Nisa Plast Liberec", Some("27074358"))),
    )
    .await;
    assert_error(
        app.call(Method::POST, &check, Some(&owner), None).await,
        StatusCode::NOT_FOUND,
        "company_not_found",
    )
    .await;
    app.call(
        Method::PUT,
        &path,
        Some(&owner),
        Some(&body("Nisa Plast Liberec", None)),
    )
    .await;
    let res = assert_error(
        app.call(Method::POST, &check, Some(&owner), None).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_eq!(res["fields"]["ico"], "required");
}
