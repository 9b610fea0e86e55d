//! The marketplace: offers and requests of organisations.

use chrono::{Days, NaiveDate, Utc};
use glokal_api_types::{
    CloseOutcome, Language, MemberRole, Opportunity, OpportunityPage, OpportunityStatus,
    OpportunityType, Organization, PlaceItem, Role,
};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::{assert_error, spawn_app, TestApp};

fn today() -> NaiveDate {
    Utc::now().date_naive()
}

fn day(offset: u64) -> String {
    (today() + Days::new(offset)).to_string()
}

async fn create_org(
    app: &TestApp,
    token: &str,
    name: &str,
    country: &str,
    city: &str,
) -> Organization {
    let body = json!({"name": name, "kind": "company", "country": country, "city": city, "description": {"de": "Text"}});
    let res = app
        .call(
            Method::POST,
            "/api/v1/organizations",
            Some(token),
            Some(&body),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    res.json().await.unwrap()
}

/// A supplier request in German and Czech.
fn supplier_request(org: Uuid) -> Value {
    json!({
        "organization_id": org,
        "type": "supplier_request",
        "title": {"de": "Lieferant für Spritzgussteile gesucht", "cs": "Hledáme dodavatele vstřikovaných dílů"},
        "text": {"de": "Wir suchen einen Lieferanten für PA6-Gehäuse.\r\nJahresbedarf 20 000 Stück.", "cs": "Hledáme dodavatele krytů z PA6.\nRoční potřeba 20 000 kusů."},
        "nace_codes": ["2229"],
        "keywords": ["Spritzguss", "vstřikování"],
        "quantity": 20000,
        "unit": "Stück/Jahr",
        "target_countries": ["cz", "DE"],
        "cross_border_only": true,
        "max_distance_km": 150
    })
}

async fn post(app: &TestApp, token: &str, body: &Value) -> Opportunity {
    let res = app
        .call(
            Method::POST,
            "/api/v1/opportunities",
            Some(token),
            Some(body),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    res.json().await.unwrap()
}

async fn call(
    app: &TestApp,
    method: Method,
    path: &str,
    token: Option<&str>,
    body: Option<&Value>,
) -> (StatusCode, Value) {
    let res = app.call(method, path, token, body).await;
    let status = res.status();
    (status, res.json().await.unwrap_or(Value::Null))
}

async fn list(app: &TestApp, query: &str, token: Option<&str>) -> OpportunityPage {
    let res = app
        .get(&format!("/api/v1/opportunities{query}"), token)
        .await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "list{query}: {:?}",
        res.text().await
    );
    res.json().await.unwrap()
}

fn titles(page: &OpportunityPage) -> Vec<String> {
    page.items
        .iter()
        .map(|o| {
            o.title
                .de
                .clone()
                .or(o.title.cs.clone())
                .unwrap_or_default()
        })
        .collect()
}

#[tokio::test]
async fn lifecycle_draft_publish_update_extend_expire_close() {
    let app = spawn_app().await;
    let (_, owner) = app.user_with_role(Role::Member).await;
    let org = create_org(&app, &owner, "Zittauer Kunststoff GmbH", "DE", "Zittau").await;

    // a draft with defaults and normalised fields
    let res = app
        .call(
            Method::POST,
            "/api/v1/opportunities",
            Some(&owner),
            Some(&supplier_request(org.id)),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    let draft: Opportunity = res.json().await.unwrap();
    assert_eq!(location, format!("/api/v1/opportunities/{}", draft.id));
    assert_eq!(draft.status, OpportunityStatus::Draft);
    assert_eq!(draft.opportunity_type, OpportunityType::SupplierRequest);
    assert_eq!(
        draft.valid_until,
        today() + Days::new(90),
        "valid for 90 days by default"
    );
    assert_eq!(draft.nace_codes, ["22.29"]);
    assert_eq!(draft.target_countries, ["CZ", "DE"]);
    assert_eq!(draft.text_languages, [Language::De, Language::Cs]);
    assert_eq!(
        draft.text.de.as_deref(),
        Some("Wir suchen einen Lieferanten für PA6-Gehäuse.\nJahresbedarf 20 000 Stück.")
    );
    assert_eq!(
        (
            draft.organization_name.as_str(),
            draft.country.as_str(),
            draft.region_code.as_deref()
        ),
        ("Zittauer Kunststoff GmbH", "DE", Some("DED2D"))
    );
    assert!(draft.lat.is_some() && draft.published_at.is_none());
    assert_eq!(draft.my_role, Some(MemberRole::Owner));

    // drafts are invisible to the public
    assert_error(
        app.get(&location, None).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_eq!(list(&app, "", None).await.total, 0);
    assert_eq!(
        list(&app, &format!("?organization_id={}", org.id), Some(&owner))
            .await
            .total,
        1,
        "members see their drafts"
    );

    // publish
    let mut body = supplier_request(org.id);
    body["publish"] = json!(true);
    let (status, published) = call(&app, Method::PUT, &location, Some(&owner), Some(&body)).await;
    assert_eq!(status, StatusCode::OK, "{published}");
    let published: Opportunity = serde_json::from_value(published).unwrap();
    assert_eq!(published.status, OpportunityStatus::Published);
    let published_at = published.published_at.expect("published_at set");
    let public: Opportunity = app.get(&location, None).await.json().await.unwrap();
    assert_eq!(
        (public.status, public.my_role),
        (OpportunityStatus::Published, None)
    );
    assert_eq!(list(&app, "", None).await.total, 1);

    // update keeps the publication date; going back to draft or moving it is refused
    body["title"]["de"] = json!("Lieferant für PA6-Gehäuse gesucht");
    let updated: Opportunity = app
        .call(Method::PUT, &location, Some(&owner), Some(&body))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        updated.title.de.as_deref(),
        Some("Lieferant für PA6-Gehäuse gesucht")
    );
    assert_eq!(updated.published_at, Some(published_at));
    let mut unpublish = body.clone();
    unpublish["publish"] = json!(false);
    let error = assert_error(
        app.call(Method::PUT, &location, Some(&owner), Some(&unpublish))
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_eq!(error["fields"]["publish"], "cannot_unpublish");
    let other_org = create_org(&app, &owner, "Zweite Firma", "DE", "Görlitz").await;
    let mut moved = body.clone();
    moved["organization_id"] = json!(other_org.id);
    let error = assert_error(
        app.call(Method::PUT, &location, Some(&owner), Some(&moved))
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_eq!(error["fields"]["organization_id"], "immutable");

    // extend
    let extend = format!("{location}/extend");
    let extended: Opportunity = app
        .call(
            Method::POST,
            &extend,
            Some(&owner),
            Some(&json!({"valid_until": day(200)})),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(extended.valid_until, today() + Days::new(200));
    let error = assert_error(
        app.call(
            Method::POST,
            &extend,
            Some(&owner),
            Some(&json!({"valid_until": day(400)})),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_eq!(error["fields"]["valid_until"], "date_too_far");
    let yesterday = (today() - Days::new(1)).to_string();
    let error = assert_error(
        app.call(
            Method::POST,
            &extend,
            Some(&owner),
            Some(&json!({"valid_until": yesterday})),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_eq!(error["fields"]["valid_until"], "date_in_past");
    assert_error(
        app.call(
            Method::POST,
            &extend,
            Some(&owner),
            Some(&json!({"valid_until": "morgen"})),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "invalid_json",
    )
    .await;

    // expiry: valid through its last day, expired the day after
    app.backdate_opportunity(published.id, 0).await;
    assert_eq!(
        app.get(&location, None)
            .await
            .json::<Opportunity>()
            .await
            .unwrap()
            .status,
        OpportunityStatus::Published,
        "open on its last day"
    );
    app.backdate_opportunity(published.id, 1).await;
    let expired: Opportunity = app.get(&location, None).await.json().await.unwrap();
    assert_eq!(expired.status, OpportunityStatus::Expired);
    assert_eq!(
        list(&app, "", None).await.total,
        0,
        "expired ones are not open"
    );
    let all = list(&app, "?open_only=false", None).await;
    assert_eq!(
        all.items.iter().map(|o| o.status).collect::<Vec<_>>(),
        [OpportunityStatus::Expired]
    );
    let reopened: Opportunity = app
        .call(
            Method::POST,
            &extend,
            Some(&owner),
            Some(&json!({"valid_until": day(30)})),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        reopened.status,
        OpportunityStatus::Published,
        "extending reopens it"
    );

    // close with an outcome
    let close = format!("{location}/close");
    assert_error(
        app.call(
            Method::POST,
            &close,
            Some(&owner),
            Some(&json!({"outcome": "sold"})),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "invalid_json",
    )
    .await;
    let (status, closed) = call(
        &app,
        Method::POST,
        &close,
        Some(&owner),
        Some(&json!({"outcome": "partner_found_glokal"})),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{closed}");
    let closed: Opportunity = serde_json::from_value(closed).unwrap();
    assert_eq!(
        (closed.status, closed.close_outcome),
        (
            OpportunityStatus::Closed,
            Some(CloseOutcome::PartnerFoundGlokal)
        )
    );
    assert!(closed.closed_at.is_some());
    let public: Opportunity = app.get(&location, None).await.json().await.unwrap();
    assert_eq!(
        public.status,
        OpportunityStatus::Closed,
        "closed ones stay readable"
    );
    assert_eq!(list(&app, "", None).await.total, 0);
    assert_eq!(
        list(&app, "?open_only=false", None).await.items[0].status,
        OpportunityStatus::Closed
    );

    // a closed one cannot change
    assert_error(
        app.call(Method::PUT, &location, Some(&owner), Some(&body))
            .await,
        StatusCode::CONFLICT,
        "opportunity_closed",
    )
    .await;
    assert_error(
        app.call(
            Method::POST,
            &extend,
            Some(&owner),
            Some(&json!({"valid_until": day(10)})),
        )
        .await,
        StatusCode::CONFLICT,
        "opportunity_closed",
    )
    .await;
    assert_error(
        app.call(
            Method::POST,
            &close,
            Some(&owner),
            Some(&json!({"outcome": "found_elsewhere"})),
        )
        .await,
        StatusCode::CONFLICT,
        "opportunity_closed",
    )
    .await;
    assert_error(
        app.call(Method::DELETE, &location, Some(&owner), None)
            .await,
        StatusCode::CONFLICT,
        "opportunity_not_draft",
    )
    .await;

    // a draft cannot be closed, only deleted
    let draft = post(&app, &owner, &supplier_request(org.id)).await;
    let draft_path = format!("/api/v1/opportunities/{}", draft.id);
    assert_error(
        app.call(
            Method::POST,
            &format!("{draft_path}/close"),
            Some(&owner),
            Some(&json!({"outcome": "no_longer_needed"})),
        )
        .await,
        StatusCode::CONFLICT,
        "opportunity_not_published",
    )
    .await;
    assert_eq!(
        app.call(Method::DELETE, &draft_path, Some(&owner), None)
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    assert_error(
        app.get(&draft_path, Some(&owner)).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;

    // deleting the organisation deletes its opportunities
    assert_eq!(
        app.call(
            Method::DELETE,
            &format!("/api/v1/organizations/{}", org.id),
            Some(&owner),
            None
        )
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
async fn rights_matrix() {
    let app = spawn_app().await;
    let (_, owner) = app.user_with_role(Role::Member).await;
    let (editor_user, editor) = app.user_with_role(Role::Member).await;
    let (_, other) = app.user_with_role(Role::Member).await;
    let (_, staff) = app.user_with_role(Role::InstitutionStaff).await;
    let (_, admin) = app.user_with_role(Role::PlatformAdmin).await;
    let org = create_org(&app, &owner, "Liberecké plasty s.r.o.", "CZ", "Liberec").await;
    let res = app
        .call(
            Method::POST,
            &format!("/api/v1/organizations/{}/members", org.id),
            Some(&owner),
            Some(&json!({"email": editor_user.email, "role": "editor"})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let _ = create_org(&app, &other, "Cizí firma s.r.o.", "CZ", "Děčín").await;

    let draft_body = supplier_request(org.id);
    let mut published_body = supplier_request(org.id);
    published_body["publish"] = json!(true);
    let callers: [(&str, Option<&str>); 6] = [
        ("anonymous", None),
        ("other member", Some(&other)),
        ("institution staff", Some(&staff)),
        ("editor", Some(&editor)),
        ("owner", Some(&owner)),
        ("admin", Some(&admin)),
    ];

    // create: (caller, status)
    for ((who, token), expected) in callers.iter().zip([401, 403, 403, 201, 201, 201]) {
        let res = app
            .call(
                Method::POST,
                "/api/v1/opportunities",
                *token,
                Some(&published_body),
            )
            .await;
        assert_eq!(res.status().as_u16(), expected, "create as {who}");
    }
    let mut unknown = supplier_request(Uuid::new_v4());
    unknown["publish"] = json!(true);
    let error = assert_error(
        app.call(
            Method::POST,
            "/api/v1/opportunities",
            Some(&owner),
            Some(&unknown),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_eq!(error["fields"]["organization_id"], "unknown_organization");

    // who sees a draft (get, and on the organisation's list)
    let draft = post(&app, &owner, &draft_body).await;
    let draft_path = format!("/api/v1/opportunities/{}", draft.id);
    let org_list = format!("?organization_id={}", org.id);
    for ((who, token), (get, listed)) in
        callers
            .iter()
            .zip([(404, 3), (404, 3), (404, 3), (200, 4), (200, 4), (200, 4)])
    {
        assert_eq!(
            app.get(&draft_path, *token).await.status().as_u16(),
            get,
            "get draft as {who}"
        );
        assert_eq!(
            list(&app, &org_list, *token).await.total,
            listed,
            "list of the organisation as {who}"
        );
    }
    assert_eq!(
        list(&app, "", Some(&owner)).await.total,
        3,
        "drafts only on the organisation's own list"
    );

    // update, extend and close a published one / a draft
    let published = post(&app, &owner, &published_body).await;
    let path = format!("/api/v1/opportunities/{}", published.id);
    for ((who, token), (on_published, on_draft)) in callers.iter().zip([
        (401, 401),
        (403, 404),
        (403, 404),
        (200, 200),
        (200, 200),
        (200, 200),
    ]) {
        let status = app
            .call(Method::PUT, &path, *token, Some(&published_body))
            .await
            .status()
            .as_u16();
        assert_eq!(status, on_published, "update as {who}");
        let status = app
            .call(Method::PUT, &draft_path, *token, Some(&draft_body))
            .await
            .status()
            .as_u16();
        assert_eq!(status, on_draft, "update draft as {who}");
        let status = app
            .call(
                Method::POST,
                &format!("{path}/extend"),
                *token,
                Some(&json!({"valid_until": day(100)})),
            )
            .await
            .status()
            .as_u16();
        assert_eq!(status, on_published, "extend as {who}");
    }
    for ((who, token), expected) in callers.iter().zip([401, 403, 403, 200]) {
        let to_close = post(&app, &owner, &published_body).await;
        let res = app
            .call(
                Method::POST,
                &format!("/api/v1/opportunities/{}/close", to_close.id),
                *token,
                Some(&json!({"outcome": "found_elsewhere"})),
            )
            .await;
        assert_eq!(res.status().as_u16(), expected, "close as {who}");
    }

    // delete: drafts by members, published ones only by admins
    for ((who, token), (on_published, on_draft)) in
        callers
            .iter()
            .zip([(401, 401), (403, 404), (403, 404), (409, 204)])
    {
        assert_eq!(
            app.call(Method::DELETE, &path, *token, None)
                .await
                .status()
                .as_u16(),
            on_published,
            "delete as {who}"
        );
        let draft = post(&app, &owner, &draft_body).await;
        let status = app
            .call(
                Method::DELETE,
                &format!("/api/v1/opportunities/{}", draft.id),
                *token,
                None,
            )
            .await
            .status()
            .as_u16();
        assert_eq!(status, on_draft, "delete draft as {who}");
    }
    assert_eq!(
        app.call(Method::DELETE, &path, Some(&owner), None)
            .await
            .status(),
        StatusCode::CONFLICT
    );
    assert_eq!(
        app.call(Method::DELETE, &path, Some(&admin), None)
            .await
            .status(),
        StatusCode::NO_CONTENT,
        "admins delete anything"
    );
    assert_error(
        app.get(&path, None).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_error(
        app.get("/api/v1/opportunities/not-a-uuid", None).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_error(
        app.get(&path, Some("forged")).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
}

#[tokio::test]
async fn invalid_input_gets_field_codes() {
    let app = spawn_app().await;
    let (_, token) = app.user_with_role(Role::Member).await;
    let org = create_org(
        &app,
        &token,
        "Ústecká strojírna a.s.",
        "CZ",
        "Ústí nad Labem",
    )
    .await;
    let invalid = |changes: Value| {
        let app = &app;
        let token = token.clone();
        let mut body = supplier_request(org.id);
        for (key, value) in changes.as_object().unwrap() {
            body[key] = value.clone();
        }
        async move {
            let res = app
                .call(
                    Method::POST,
                    "/api/v1/opportunities",
                    Some(&token),
                    Some(&body),
                )
                .await;
            assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await["fields"]
                .clone()
        }
    };

    let fields = invalid(json!({
        "title": {"de": "Zeile\nUmbruch", "cs": " ", "en": "x".repeat(151)},
        "text": {"de": "Text", "cs": "Text ohne Titel"},
        "nace_codes": ["22.29", "99.99"],
        "keywords": ["x".repeat(61)],
        "quantity": -5,
        "valid_until": (today() - Days::new(1)).to_string(),
        "target_countries": ["Tschechien"],
        "max_distance_km": 0,
        "needed_by": day(400),
    }))
    .await;
    assert_eq!(
        fields["title.de"], "control_characters",
        "titles are one line"
    );
    assert_eq!(fields["title.en"], "too_long");
    assert_eq!(
        fields["title.cs"], "required",
        "a text needs a title in its language"
    );
    assert_eq!(
        fields["text.en"], "required",
        "a title needs a text in its language"
    );
    assert_eq!(fields["nace_codes[1]"], "unknown_nace_code");
    assert_eq!(fields["keywords"], "too_long");
    assert_eq!(fields["quantity"], "out_of_range");
    assert_eq!(fields["valid_until"], "date_in_past");
    assert_eq!(fields["target_countries[0]"], "invalid_country");
    assert_eq!(fields["max_distance_km"], "out_of_range");
    assert_eq!(fields["needed_by"], "date_too_far");

    let fields = invalid(json!({"title": {"de": " "}, "text": {}, "unit": "kg", "quantity": null, "valid_until": day(366)})).await;
    assert_eq!(fields["title"], "text_required");
    assert_eq!(fields["quantity"], "required", "a unit needs a quantity");
    assert_eq!(fields["valid_until"], "date_too_far");

    // fields that belong to one type only
    let fields = invalid(json!({"type": "capacity_offer"})).await;
    assert_eq!(fields["capacity"], "required");
    let fields = invalid(json!({"type": "product_offer", "needed_by": day(10)})).await;
    assert_eq!(fields["needed_by"], "not_applicable");
    let fields = invalid(json!({"capacity": {"process": "CNC", "available_from": day(1), "available_until": day(5)}})).await;
    assert_eq!(fields["capacity"], "not_applicable");
    let fields = invalid(json!({"type": "shortage_alert"})).await;
    assert_eq!(fields["needed_by"], "required");
    let fields = invalid(json!({"type": "capacity_offer", "capacity": {"process": " ", "available_from": day(10), "available_until": day(5)}})).await;
    assert_eq!(fields["capacity.process"], "required");
    assert_eq!(fields["capacity.available_until"], "before_start");

    // malformed bodies are 400
    let mut body = supplier_request(org.id);
    body["type"] = json!("wish_list");
    assert_error(
        app.call(
            Method::POST,
            "/api/v1/opportunities",
            Some(&token),
            Some(&body),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "invalid_json",
    )
    .await;
    let mut body = supplier_request(org.id);
    body["valid_until"] = json!("31.12.2026");
    assert_error(
        app.call(
            Method::POST,
            "/api/v1/opportunities",
            Some(&token),
            Some(&body),
        )
        .await,
        StatusCode::BAD_REQUEST,
        "invalid_json",
    )
    .await;

    // the type-specific fields when right
    let capacity = post(
        &app,
        &token,
        &json!({
            "organization_id": org.id, "type": "capacity_offer", "publish": true,
            "title": {"cs": "Volná kapacita CNC frézování"}, "text": {"cs": "Pětiosé frézování, 200 hodin měsíčně."},
            "quantity": 200, "unit": "h/měsíc",
            "capacity": {"process": "5osé CNC frézování", "material": "hliník, ocel", "available_from": day(7), "available_until": day(60)}
        }),
    )
    .await;
    let c = capacity.capacity.expect("capacity stored");
    assert_eq!(
        (c.process.as_str(), c.material.as_deref()),
        ("5osé CNC frézování", Some("hliník, ocel"))
    );
    assert_eq!(
        (c.available_from, c.available_until),
        (today() + Days::new(7), today() + Days::new(60))
    );
    let alert = post(
        &app,
        &token,
        &json!({
            "organization_id": org.id, "type": "shortage_alert", "publish": true,
            "title": {"cs": "Naléhavě: granulát PA6 GF30"}, "text": {"cs": "Výpadek dodávky, potřebujeme 2 t."},
            "quantity": 2, "unit": "t", "needed_by": day(14), "max_distance_km": 100
        }),
    )
    .await;
    assert_eq!(alert.needed_by, Some(today() + Days::new(14)));
    assert_eq!(
        alert.valid_until,
        today() + Days::new(14),
        "a shortage alert ends on its day by default"
    );
    assert_eq!(alert.max_distance_km, Some(100));
}

#[tokio::test]
async fn list_filters_sorts_and_measures_distance() {
    let app = spawn_app().await;
    let (_, token) = app.user_with_role(Role::Member).await;
    let zittau = create_org(&app, &token, "Zittauer Kunststoff GmbH", "DE", "Zittau").await;
    let liberec = create_org(&app, &token, "Liberecké plasty s.r.o.", "CZ", "Liberec").await;
    let dresden = create_org(&app, &token, "Dresdner Metallbau GmbH", "DE", "Dresden").await;
    let usti = create_org(
        &app,
        &token,
        "Ústecká strojírna a.s.",
        "CZ",
        "Ústí nad Labem",
    )
    .await;
    let opportunity = |org: &Organization, kind: &str, title: &str, nace: &str, valid_days: u64| {
        let mut body = json!({
            "organization_id": org.id, "type": kind, "publish": true,
            "title": {"de": title}, "text": {"de": "Beschreibung"},
            "nace_codes": [nace], "valid_until": day(valid_days)
        });
        match kind {
            "capacity_offer" => {
                body["capacity"] = json!({"process": "Spritzguss", "available_from": day(1), "available_until": day(30)})
            }
            "shortage_alert" => body["needed_by"] = json!(day(valid_days)),
            _ => {}
        }
        body
    };
    let bodies = [
        opportunity(&zittau, "capacity_offer", "Zittau Kapazität", "22.29", 50),
        opportunity(
            &liberec,
            "supplier_request",
            "Liberec Lieferant",
            "22.21",
            20,
        ),
        opportunity(&dresden, "product_offer", "Dresden Stahlbau", "25.11", 80),
        opportunity(&usti, "shortage_alert", "Ústí Engpass", "28.41", 10),
        opportunity(&usti, "technology_request", "Ústí Technologie", "72.19", 40),
    ];
    let mut ids = Vec::new();
    for body in &bodies {
        ids.push(post(&app, &token, body).await.id);
    }
    // not open: one expired, one closed, one draft
    let mut expired = opportunity(&dresden, "service_offer", "Dresden abgelaufen", "25.62", 30);
    let expired_id = post(&app, &token, &expired).await.id;
    app.backdate_opportunity(expired_id, 3).await;
    expired["title"]["de"] = json!("Dresden geschlossen");
    let closed_id = post(&app, &token, &expired).await.id;
    let res = app
        .call(
            Method::POST,
            &format!("/api/v1/opportunities/{closed_id}/close"),
            Some(&token),
            Some(&json!({"outcome": "no_longer_needed"})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let mut draft = opportunity(&zittau, "product_offer", "Zittau Entwurf", "22.29", 30);
    draft["publish"] = json!(false);
    post(&app, &token, &draft).await;

    let all = list(&app, "", None).await;
    assert_eq!(all.total, 5);
    assert_eq!(all.items[0].id, ids[4], "newest first");
    assert!(all
        .items
        .iter()
        .all(|o| o.status == OpportunityStatus::Published));
    assert_eq!(
        titles(&list(&app, "?sort=deadline", None).await),
        [
            "Ústí Engpass",
            "Liberec Lieferant",
            "Ústí Technologie",
            "Zittau Kapazität",
            "Dresden Stahlbau"
        ]
    );
    assert_eq!(
        titles(&list(&app, "?type=capacity_offer", None).await),
        ["Zittau Kapazität"]
    );
    assert_eq!(
        titles(
            &list(
                &app,
                "?type=shortage_alert,supplier_request&sort=deadline",
                None
            )
            .await
        ),
        ["Ústí Engpass", "Liberec Lieferant"]
    );
    assert_eq!(
        titles(&list(&app, "?country=cz&sort=deadline", None).await),
        ["Ústí Engpass", "Liberec Lieferant", "Ústí Technologie"]
    );
    assert_eq!(
        titles(&list(&app, "?region=CZ051", None).await),
        ["Liberec Lieferant"]
    );
    assert_eq!(
        titles(&list(&app, "?nace=22&sort=deadline", None).await),
        ["Liberec Lieferant", "Zittau Kapazität"]
    );
    assert_eq!(
        titles(&list(&app, "?nace=22.21", None).await),
        ["Liberec Lieferant"]
    );
    assert_eq!(
        list(&app, "?nace=C", None).await.total,
        4,
        "a section covers its divisions (22, 25, 28; not 72)"
    );
    assert_eq!(
        titles(&list(&app, &format!("?organization_id={}", dresden.id), None).await),
        ["Dresden Stahlbau"]
    );
    let mut with_closed = titles(
        &list(
            &app,
            &format!("?organization_id={}&open_only=false", dresden.id),
            None,
        )
        .await,
    );
    with_closed.sort();
    assert_eq!(
        with_closed,
        [
            "Dresden Stahlbau",
            "Dresden abgelaufen",
            "Dresden geschlossen"
        ],
        "closed and expired, no drafts"
    );
    assert_eq!(list(&app, "?open_only=false", None).await.total, 7);
    let page = list(&app, "?limit=2&offset=4", None).await;
    assert_eq!(
        (page.items.len(), page.total, page.offset, page.limit),
        (1, 5, 4, 2)
    );

    // distance from Zittau: Zittau itself and Liberec across the border within 40 km
    let place: Vec<PlaceItem> = app
        .get("/api/v1/reference/places?q=Zittau&limit=1", None)
        .await
        .json()
        .await
        .unwrap();
    let near = list(
        &app,
        &format!("?near={}&radius_km=40&sort=distance", place[0].id),
        None,
    )
    .await;
    assert_eq!(titles(&near), ["Zittau Kapazität", "Liberec Lieferant"]);
    let d = near.items[1].distance_km.unwrap();
    assert!((20.0..35.0).contains(&d), "Zittau–Liberec {d} km");
    let all_by_distance = list(
        &app,
        &format!(
            "?near={}&sort=distance&type=technology_request,product_offer",
            place[0].id
        ),
        None,
    )
    .await;
    assert_eq!(
        titles(&all_by_distance),
        ["Ústí Technologie", "Dresden Stahlbau"],
        "Ústí lies nearer to Zittau than Dresden"
    );

    for (query, field, code) in [
        ("?type=wish_list", "type", "out_of_range"),
        ("?nace=99.99", "nace", "unknown_nace_code"),
        ("?region=XX123", "region", "out_of_range"),
        ("?near=1", "near", "unknown_place"),
        ("?sort=distance", "near", "required"),
        ("?radius_km=10", "near", "required"),
        ("?limit=0", "limit", "out_of_range"),
    ] {
        let error = assert_error(
            app.get(&format!("/api/v1/opportunities{query}"), None)
                .await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
        )
        .await;
        assert_eq!(error["fields"][field], code, "{query}");
    }
    assert_error(
        app.get("/api/v1/opportunities?open_only=maybe", None).await,
        StatusCode::BAD_REQUEST,
        "bad_request",
    )
    .await;
}

#[tokio::test]
async fn demo_opportunities_are_seeded_once_in_the_organisations_languages() {
    let app = spawn_app().await;
    let db = glokal_store::connect(&app.database_url()).await.unwrap();
    glokal_server::cli::seed::demo(&db).await.unwrap();
    glokal_server::cli::seed::demo(&db).await.unwrap();
    let stored = {
        use sea_orm::{EntityTrait, PaginatorTrait};
        glokal_store::entities::opportunity::Entity::find()
            .count(&db)
            .await
            .unwrap()
    };
    db.close().await.ok();

    let expected: Vec<Value> =
        serde_json::from_str(include_str!("../../data/demo_opportunities.json")).unwrap();
    assert_eq!(
        stored as usize,
        expected.len(),
        "seeding twice creates everything once"
    );
    assert!(expected.len() >= 140, "about 150 demo offers and requests");
    let drafts = expected.iter().filter(|o| o["published"] == false).count();
    let everything = list(&app, "?open_only=false&limit=1", None).await;
    assert_eq!(
        everything.total as usize,
        expected.len() - drafts,
        "drafts are not public"
    );

    let open = list(&app, "?limit=100", None).await;
    assert!(
        open.total >= 100,
        "most demo opportunities are open: {}",
        open.total
    );
    assert!(open.items.iter().all(|o| o.demo));
    for kind in OpportunityType::ALL {
        let page = list(&app, &format!("?type={}&limit=1", kind.as_str()), None).await;
        assert!(
            page.total > 0,
            "open demo opportunities of type {}",
            kind.as_str()
        );
    }
    let first = list(&app, "?open_only=false&limit=100", None).await;
    let second = list(&app, "?open_only=false&limit=100&offset=100", None).await;
    for status in [OpportunityStatus::Closed, OpportunityStatus::Expired] {
        assert!(
            first
                .items
                .iter()
                .chain(second.items.iter())
                .any(|o| o.status == status),
            "some demo opportunities are {status:?}"
        );
    }
    // German firms write German, Czech firms Czech
    for item in &open.items {
        let lang = if item.country == "DE" {
            Language::De
        } else {
            Language::Cs
        };
        assert!(
            item.text_languages.contains(&lang),
            "{} ({}) has no text in {lang}",
            item.organization_name,
            item.country
        );
    }
    let place: Vec<PlaceItem> = app
        .get("/api/v1/reference/places?q=Zittau&limit=1", None)
        .await
        .json()
        .await
        .unwrap();
    let cross_border = list(
        &app,
        &format!("?near={}&radius_km=60&country=CZ", place[0].id),
        None,
    )
    .await;
    assert!(
        cross_border.total > 0,
        "Czech offers and requests within 60 km of Zittau"
    );
}

#[tokio::test]
async fn crm_sync_pages_by_update_time_with_a_stable_cursor() {
    let app = spawn_app().await;
    let (_, token) = app.user_with_role(Role::Member).await;
    let org = create_org(&app, &token, "Sync GmbH", "DE", "Zittau").await;
    let mut ids = Vec::new();
    for i in 0..5 {
        let mut body = supplier_request(org.id);
        body["title"] = json!({"de": format!("Anfrage {i}")});
        body["text"] = json!({"de": "Text"});
        body["publish"] = json!(true);
        ids.push(post(&app, &token, &body).await.id);
    }
    let since = Utc::now();
    // Pages of two, oldest change first; a change meanwhile moves one to the end.
    let first = list(&app, "?sort=updated&limit=2&open_only=false", None).await;
    assert_eq!(
        first.items.iter().map(|o| o.id).collect::<Vec<_>>(),
        ids[..2]
    );
    let cursor = first.next_cursor.clone().expect("more pages");
    let res = app
        .call(
            Method::POST,
            &format!("/api/v1/opportunities/{}/extend", ids[0]),
            Some(&token),
            Some(&json!({"valid_until": day(100)})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let second = list(
        &app,
        &format!("?sort=updated&limit=2&open_only=false&cursor={cursor}"),
        None,
    )
    .await;
    assert_eq!(
        second.items.iter().map(|o| o.id).collect::<Vec<_>>(),
        ids[2..4]
    );
    let third = list(
        &app,
        &format!(
            "?sort=updated&limit=2&open_only=false&cursor={}",
            second.next_cursor.unwrap()
        ),
        None,
    )
    .await;
    assert_eq!(
        third.items.iter().map(|o| o.id).collect::<Vec<_>>(),
        [ids[4], ids[0]]
    );
    assert!(third.next_cursor.is_none(), "the last page");
    // Only what changed since the last sync.
    let changed = list(
        &app,
        &format!(
            "?sort=updated&open_only=false&updated_since={}",
            since.to_rfc3339().replace('+', "%2B")
        ),
        None,
    )
    .await;
    assert_eq!(
        changed.items.iter().map(|o| o.id).collect::<Vec<_>>(),
        [ids[0]]
    );
    // Cursors belong to `sort=updated`.
    for query in ["?cursor=xyz&sort=updated", &format!("?cursor={cursor}")] {
        let res = app
            .get(&format!("/api/v1/opportunities{query}"), None)
            .await;
        let body = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
        assert_eq!(body["fields"]["cursor"], "invalid_cursor");
    }
}
