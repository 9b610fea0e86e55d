//! Webhooks of institutions: who registers them, what is delivered to whom, the signature a
//! CRM checks, retries with back-off from the durable queue, the delivery log and re-sending.
//! A local receiver (wiremock) plays the CRM and checks every signature itself.

use std::time::{Duration, Instant};

use chrono::Utc;
use glokal_api_types::{
    CreatedWebhook, Organization, Role, WebhookDeliveryList, WebhookDeliveryStatus, WebhookList,
};
use hmac::{Hmac, Mac};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use sha2::Sha256;
use uuid::Uuid;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

use crate::helpers::{assert_error, create_organization, spawn_app_with, TestApp};

fn chamber() -> Value {
    json!({"name": "Wirtschaftskammer Karlsbad", "kind": "chamber", "country": "CZ", "city": "Karlovy Vary", "description": {"cs": "Hospodářská komora"}})
}

async fn app() -> TestApp {
    spawn_app_with(&[("GLOKAL_WEBHOOKS_ALLOW_HTTP", "true".to_owned())]).await
}

async fn create_webhook(app: &TestApp, user: &str, org: Uuid, body: Value) -> reqwest::Response {
    app.call(
        Method::POST,
        &format!("/api/v1/organizations/{org}/webhooks"),
        Some(user),
        Some(&body),
    )
    .await
}

async fn webhook(
    app: &TestApp,
    user: &str,
    org: Uuid,
    url: String,
    events: Value,
) -> CreatedWebhook {
    let res = create_webhook(
        app,
        user,
        org,
        json!({"url": url, "description": "CRM", "events": events}),
    )
    .await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    res.json().await.unwrap()
}

/// What a CRM does with a delivery: recompute `v1` over `<t>.<raw body>` with the secret,
/// and check the timestamp is fresh.
fn signature_valid(request: &Request, secret: &str) -> bool {
    let Some(header) = request
        .headers
        .get("Glokal-Signature")
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let mut t = None;
    let mut v1 = None;
    for part in header.split(',') {
        match part.split_once('=') {
            Some(("t", value)) => t = value.parse::<i64>().ok(),
            Some(("v1", value)) => v1 = Some(value.to_owned()),
            _ => {}
        }
    }
    let (Some(t), Some(v1)) = (t, v1) else {
        return false;
    };
    if (Utc::now().timestamp() - t).abs() > 300 {
        return false;
    }
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{t}.").as_bytes());
    mac.update(&request.body);
    let expected: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    expected == v1
}

/// The deliveries the receiver got so far, as (event type header, JSON body).
async fn received(server: &MockServer) -> Vec<(String, Value, Request)> {
    server
        .received_requests()
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|r| {
            let event = r
                .headers
                .get("Glokal-Event")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned();
            let body: Value = serde_json::from_slice(&r.body).unwrap_or(Value::Null);
            (event, body, r)
        })
        .collect()
}

/// Waits until the receiver has `n` requests (10 s at most).
async fn wait_for(server: &MockServer, n: usize) -> Vec<(String, Value, Request)> {
    let start = Instant::now();
    loop {
        let got = received(server).await;
        if got.len() >= n || start.elapsed() > Duration::from_secs(10) {
            return got;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A receiver that answers `status` to the first delivery and 200 to every later one.
async fn fails_once(status: u16) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(status))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200))
        .with_priority(2)
        .mount(&server)
        .await;
    server
}

async fn deliveries(app: &TestApp, user: &str, org: Uuid, hook: Uuid) -> WebhookDeliveryList {
    let res = app
        .get(
            &format!("/api/v1/organizations/{org}/webhooks/{hook}/deliveries"),
            Some(user),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    res.json().await.unwrap()
}

/// Waits until no delivery of the webhook is pending any more (10 s at most).
async fn settled(app: &TestApp, user: &str, org: Uuid, hook: Uuid) -> WebhookDeliveryList {
    let start = Instant::now();
    loop {
        let list = deliveries(app, user, org, hook).await;
        if list
            .items
            .iter()
            .all(|d| d.status != WebhookDeliveryStatus::Pending)
            || start.elapsed() > Duration::from_secs(10)
        {
            return list;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn signed_deliveries_of_the_subscribed_events_reach_the_crm() {
    let app = app().await;
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/hooks/glokal"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let (_, staff) = app.user_with_role(Role::InstitutionStaff).await;
    let (_, member) = app.user_with_role(Role::Member).await;
    let chamber: Organization = create_organization(&app, &staff, &chamber()).await;
    let created = webhook(
        &app,
        &staff,
        chamber.id,
        format!("{}/hooks/glokal", server.uri()),
        json!([
            "organization.created",
            "opportunity.published",
            "organization.deleted"
        ]),
    )
    .await;
    assert!(created.secret.starts_with("whsec_"));
    assert_eq!(created.webhook.events.len(), 3);

    // A company registers, edits (not subscribed), publishes a request and a draft.
    let company: Organization = create_organization(&app, &member, &json!({"name": "Nováková plasty s.r.o.", "kind": "company", "country": "CZ", "city": "Liberec", "ico": "27074358", "description": {"cs": "Vstřikování plastů."}, "contacts": [{"name": "Jana Nováková", "email": "jana@novakova-plasty.cz"}]})).await;
    let res = app
        .call(
            Method::PUT,
            &format!("/api/v1/organizations/{}", company.id),
            Some(&member),
            Some(&json!({"name": "Nováková plasty s.r.o.", "kind": "company", "country": "CZ", "city": "Liberec", "description": {"cs": "Vstřikování plastů a montáž."}})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    let request = json!({
        "organization_id": company.id, "type": "supplier_request", "publish": true,
        "title": {"cs": "Hledáme dodavatele granulátu PA6"}, "text": {"cs": "Roční potřeba 20 t."}
    });
    let res = app
        .call(
            Method::POST,
            "/api/v1/opportunities",
            Some(&member),
            Some(&request),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let published: Value = res.json().await.unwrap();
    let mut draft = request.clone();
    draft["publish"] = json!(false);
    let res = app
        .call(
            Method::POST,
            "/api/v1/opportunities",
            Some(&member),
            Some(&draft),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);

    let got = wait_for(&server, 2).await;
    // Give a wrongly sent extra delivery the chance to arrive before counting.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let got = if got.len() == 2 {
        received(&server).await
    } else {
        got
    };
    let types: Vec<&str> = got.iter().map(|(t, _, _)| t.as_str()).collect();
    assert_eq!(
        types,
        ["organization.created", "opportunity.published"],
        "only subscribed events, the draft not"
    );
    for (event, body, request) in &got {
        assert!(
            signature_valid(request, &created.secret),
            "signature of {event}"
        );
        assert!(
            !signature_valid(request, "whsec_wrong"),
            "a wrong secret does not verify"
        );
        assert_eq!(body["type"], *event);
        assert_eq!(
            request
                .headers
                .get("Glokal-Event-Id")
                .unwrap()
                .to_str()
                .unwrap(),
            body["id"].as_str().unwrap()
        );
        assert!(request.headers.get("Glokal-Delivery").is_some());
    }
    let org = &got[0].1["data"]["organization"];
    assert_eq!(org["id"], json!(company.id));
    assert_eq!(org["name"], "Nováková plasty s.r.o.");
    assert_eq!(org["country"], "CZ");
    assert_eq!(
        org["href"],
        format!("http://glokal.test/api/v1/organizations/{}", company.id)
    );
    // No personal data in webhooks.
    assert!(!got[0].1.to_string().contains("jana@novakova-plasty.cz"));
    let opp = &got[1].1["data"]["opportunity"];
    assert_eq!(opp["id"], published["id"]);
    assert_eq!(opp["type"], "supplier_request");
    assert_eq!(opp["title"]["cs"], "Hledáme dodavatele granulátu PA6");

    // The log shows both as delivered with the receiver's status.
    let log = settled(&app, &staff, chamber.id, created.webhook.id).await;
    assert_eq!(log.items.len(), 2);
    assert!(log
        .items
        .iter()
        .all(|d| d.status == WebhookDeliveryStatus::Delivered
            && d.attempts == 1
            && d.last_status_code == Some(204)));

    // Deleting the organisation tells the CRM to remove it.
    let res = app
        .call(
            Method::DELETE,
            &format!("/api/v1/organizations/{}", company.id),
            Some(&member),
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    let got = wait_for(&server, 3).await;
    assert_eq!(got[2].0, "organization.deleted");
    assert_eq!(got[2].1["data"]["organization"]["id"], json!(company.id));
}

#[tokio::test]
async fn failures_are_retried_with_back_off_then_given_up_and_can_be_re_sent() {
    let app = app().await;
    // The CRM is down for the first attempt, then answers.
    let server = fails_once(503).await;
    let (_, staff) = app.user_with_role(Role::InstitutionStaff).await;
    let chamber: Organization = create_organization(&app, &staff, &chamber()).await;
    let hook = webhook(
        &app,
        &staff,
        chamber.id,
        format!("{}/crm", server.uri()),
        json!(["organization.created"]),
    )
    .await;
    let (_, member) = app.user_with_role(Role::Member).await;
    create_organization(&app, &member, &json!({"name": "Elbe Metall GmbH", "kind": "company", "country": "DE", "city": "Pirna", "description": {"de": "Blechbearbeitung"}})).await;

    let got = wait_for(&server, 2).await;
    assert_eq!(got.len(), 2, "one failed attempt, one retry");
    assert_eq!(got[0].1, got[1].1, "the retry sends the same body");
    assert!(signature_valid(&got[1].2, &hook.secret));
    let log = settled(&app, &staff, chamber.id, hook.webhook.id).await;
    assert_eq!(log.items.len(), 1);
    let delivery = &log.items[0];
    assert_eq!(delivery.status, WebhookDeliveryStatus::Delivered);
    assert_eq!(delivery.attempts, 2);
    assert_eq!(delivery.last_status_code, Some(200));

    // An endpoint that never answers well: three attempts (the test server's limit), then failed.
    let dead = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(500))
        .mount(&dead)
        .await;
    let broken = webhook(
        &app,
        &staff,
        chamber.id,
        format!("{}/broken", dead.uri()),
        json!(["organization.created"]),
    )
    .await;
    create_organization(&app, &member, &json!({"name": "Sachsen Guss GmbH", "kind": "company", "country": "DE", "city": "Freiberg", "description": {"de": "Gießerei"}})).await;
    let log = settled(&app, &staff, chamber.id, broken.webhook.id).await;
    let failed = &log.items[0];
    assert_eq!(failed.status, WebhookDeliveryStatus::Failed);
    assert_eq!(failed.attempts, 3);
    assert_eq!(failed.last_status_code, Some(500));
    assert_eq!(
        failed.last_error.as_deref(),
        Some("HTTP 500 Internal Server Error")
    );
    assert_eq!(received(&dead).await.len(), 3);

    // Fixed: re-send it; a new delivery with the same event id arrives.
    dead.reset().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&dead)
        .await;
    let res = app
        .call(
            Method::POST,
            &format!(
                "/api/v1/organizations/{}/webhooks/{}/deliveries/{}/redeliver",
                chamber.id, broken.webhook.id, failed.id
            ),
            Some(&staff),
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::ACCEPTED);
    let again: Value = res.json().await.unwrap();
    assert_eq!(again["redelivery_of"], json!(failed.id));
    assert_eq!(again["event_id"], json!(failed.event_id));
    let got = wait_for(&dead, 1).await;
    assert_eq!(got[0].1["id"], json!(failed.event_id));
    let log = settled(&app, &staff, chamber.id, broken.webhook.id).await;
    assert_eq!(log.items.len(), 2);
    assert_eq!(log.items[0].status, WebhookDeliveryStatus::Delivered);
    assert_eq!(log.items[1].status, WebhookDeliveryStatus::Failed);

    // The list tells how each webhook's deliveries stand.
    settled(&app, &staff, chamber.id, hook.webhook.id).await;
    let list: WebhookList = app
        .get(
            &format!("/api/v1/organizations/{}/webhooks", chamber.id),
            Some(&staff),
        )
        .await
        .json()
        .await
        .unwrap();
    let health = |id: Uuid| list.items.iter().find(|w| w.id == id).unwrap().health;
    let broken_health = health(broken.webhook.id);
    assert_eq!(
        (
            broken_health.delivered,
            broken_health.failed,
            broken_health.pending
        ),
        (1, 1, 0)
    );
    assert_eq!(broken_health.last_delivered_at, log.items[0].delivered_at);
    let first = health(hook.webhook.id);
    assert_eq!(
        (first.delivered, first.failed),
        (2, 0),
        "both new organisations"
    );
}

#[tokio::test]
async fn registrations_go_only_to_the_events_organisers() {
    let app = app().await;
    let ours = MockServer::start().await;
    let theirs = MockServer::start().await;
    for server in [&ours, &theirs] {
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(200))
            .mount(server)
            .await;
    }
    let (_, staff) = app.user_with_role(Role::InstitutionStaff).await;
    let (_, other_staff) = app.user_with_role(Role::InstitutionStaff).await;
    let ihk: Organization = create_organization(&app, &staff, &json!({"name": "IHK Dresden", "kind": "chamber", "country": "DE", "city": "Dresden", "description": {"de": "Kammer"}})).await;
    let other: Organization = create_organization(&app, &other_staff, &chamber()).await;
    webhook(
        &app,
        &staff,
        ihk.id,
        ours.uri(),
        json!(["event.registration.created"]),
    )
    .await;
    webhook(
        &app,
        &other_staff,
        other.id,
        theirs.uri(),
        json!(["event.registration.created"]),
    )
    .await;

    let starts = (Utc::now() + chrono::Duration::days(20)).date_naive();
    let res = app
        .call(
            Method::POST,
            "/api/v1/events",
            Some(&staff),
            Some(&json!({
                "organization_id": ihk.id,
                "title": {"de": "Kooperationsbörse Automotive"},
                "description": {"de": "Zulieferer treffen sich."},
                "type": "cooperation",
                "venue": {"name": "ICC Dresden", "city": "Dresden", "country": "DE"},
                "starts_at": format!("{starts}T09:00:00+01:00"),
                "ends_at": format!("{starts}T16:00:00+01:00"),
                "languages": ["de", "cs"]
            })),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    let event: Value = res.json().await.unwrap();
    let event_id = event["id"].as_str().unwrap();
    let res = app
        .call(
            Method::POST,
            &format!("/api/v1/events/{event_id}/publish"),
            Some(&staff),
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let (_, member) = app.user_with_role(Role::Member).await;
    let company: Organization = create_organization(&app, &member, &json!({"name": "Nováková plasty s.r.o.", "kind": "company", "country": "CZ", "city": "Liberec", "description": {"cs": "Vstřikování plastů."}})).await;
    let res = app
        .call(
            Method::POST,
            &format!("/api/v1/events/{event_id}/registrations"),
            Some(&member),
            Some(&json!({"organization_id": company.id})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);

    let got = wait_for(&ours, 1).await;
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, "event.registration.created");
    let data = &got[0].1["data"];
    assert_eq!(data["event"]["id"], event_id);
    assert_eq!(data["registration"]["organization_id"], json!(company.id));
    assert_eq!(data["registration"]["status"], "confirmed");
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        received(&theirs).await.is_empty(),
        "another institution's event is not sent"
    );
}

#[tokio::test]
async fn who_may_manage_webhooks_and_what_is_refused() {
    let app = app().await;
    let (_, staff) = app.user_with_role(Role::InstitutionStaff).await;
    let (_, other_staff) = app.user_with_role(Role::InstitutionStaff).await;
    let (_, member) = app.user_with_role(Role::Member).await;
    let admin = app.admin_token().await;
    let chamber: Organization = create_organization(&app, &staff, &chamber()).await;
    let company: Organization = create_organization(&app, &member, &json!({"name": "Firma", "kind": "company", "country": "DE", "city": "Zittau", "description": {"de": "x"}})).await;
    let good = json!({"url": "https://crm.example.org/hooks", "events": ["organization.created"]});

    // Anonymous, company members, other institutions' staff: no.
    let res = app
        .call(
            Method::POST,
            &format!("/api/v1/organizations/{}/webhooks", chamber.id),
            None,
            Some(&good),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        create_webhook(&app, &member, chamber.id, good.clone())
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        create_webhook(&app, &other_staff, chamber.id, good.clone())
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    let body = assert_error(
        create_webhook(&app, &admin, company.id, good.clone()).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_eq!(body["fields"]["organization_id"], "not_an_institution");
    assert_eq!(
        create_webhook(&app, &staff, Uuid::new_v4(), good.clone())
            .await
            .status(),
        StatusCode::NOT_FOUND
    );

    // Bad input.
    for (body, field, code) in [
        (
            json!({"url": "ftp://crm.example.org/", "events": ["organization.created"]}),
            "url",
            "https_required",
        ),
        (
            json!({"url": "https://anna:geheim@crm.example.org/", "events": ["organization.created"]}),
            "url",
            "invalid_url",
        ),
        (
            json!({"url": "kein Link", "events": ["organization.created"]}),
            "url",
            "invalid_url",
        ),
        (
            json!({"url": format!("https://crm.example.org/{}", "a".repeat(2000)), "events": ["organization.created"]}),
            "url",
            "too_long",
        ),
        (
            json!({"url": "https://crm.example.org/", "events": []}),
            "events",
            "required",
        ),
        (
            json!({"url": "https://crm.example.org/", "description": "x".repeat(201), "events": ["organization.created"]}),
            "description",
            "too_long",
        ),
    ] {
        let body = assert_error(
            create_webhook(&app, &staff, chamber.id, body).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
        )
        .await;
        assert_eq!(body["fields"][field], code, "{body}");
    }
    let res = create_webhook(
        &app,
        &staff,
        chamber.id,
        json!({"url": "https://crm.example.org/", "events": ["everything.happened"]}),
    )
    .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);

    // Owners who are staff and admins manage; the secret is never listed.
    let created = webhook(
        &app,
        &staff,
        chamber.id,
        "https://crm.example.org/hooks".to_owned(),
        json!(["organization.created", "organization.created"]),
    )
    .await;
    assert_eq!(created.webhook.events.len(), 1, "duplicates dropped");
    webhook(
        &app,
        &admin,
        chamber.id,
        "https://crm2.example.org/hooks".to_owned(),
        json!(["opportunity.closed"]),
    )
    .await;
    let res = app
        .get(
            &format!("/api/v1/organizations/{}/webhooks", chamber.id),
            Some(&staff),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let text = res.text().await.unwrap();
    assert!(!text.contains(&created.secret) && !text.contains("whsec_"));
    let list: WebhookList = serde_json::from_str(&text).unwrap();
    assert_eq!(list.items.len(), 2);
    for user in [&member, &other_staff] {
        let res = app
            .get(
                &format!("/api/v1/organizations/{}/webhooks", chamber.id),
                Some(user),
            )
            .await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
        let res = app
            .get(
                &format!(
                    "/api/v1/organizations/{}/webhooks/{}/deliveries",
                    chamber.id, created.webhook.id
                ),
                Some(user),
            )
            .await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
        let res = app
            .call(
                Method::DELETE,
                &format!(
                    "/api/v1/organizations/{}/webhooks/{}",
                    chamber.id, created.webhook.id
                ),
                Some(user),
                None,
            )
            .await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
    }
    let res = app
        .get(
            &format!(
                "/api/v1/organizations/{}/webhooks/{}/deliveries",
                chamber.id,
                Uuid::new_v4()
            ),
            Some(&staff),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = app
        .call(
            Method::POST,
            &format!(
                "/api/v1/organizations/{}/webhooks/{}/deliveries/{}/redeliver",
                chamber.id,
                created.webhook.id,
                Uuid::new_v4()
            ),
            Some(&staff),
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = app
        .call(
            Method::DELETE,
            &format!(
                "/api/v1/organizations/{}/webhooks/{}",
                chamber.id, created.webhook.id
            ),
            Some(&staff),
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    let res = app
        .call(
            Method::DELETE,
            &format!(
                "/api/v1/organizations/{}/webhooks/{}",
                chamber.id, created.webhook.id
            ),
            Some(&staff),
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn plain_http_endpoints_are_refused_unless_allowed() {
    let app = crate::helpers::spawn_app().await;
    let (_, staff) = app.user_with_role(Role::InstitutionStaff).await;
    let chamber: Organization = create_organization(&app, &staff, &chamber()).await;
    let res = create_webhook(
        &app,
        &staff,
        chamber.id,
        json!({"url": "http://127.0.0.1:9/hooks", "events": ["organization.created"]}),
    )
    .await;
    let body = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    assert_eq!(body["fields"]["url"], "https_required");
}

#[tokio::test]
async fn events_about_one_resource_arrive_in_order_even_after_a_failure() {
    let app = app().await;
    // The first attempt fails; everything after is accepted.
    let server = fails_once(500).await;
    let (_, staff) = app.user_with_role(Role::InstitutionStaff).await;
    let chamber: Organization = create_organization(&app, &staff, &chamber()).await;
    let hook = webhook(
        &app,
        &staff,
        chamber.id,
        server.uri(),
        json!(["organization.created", "organization.updated"]),
    )
    .await;
    let (_, member) = app.user_with_role(Role::Member).await;
    let firm: Organization = create_organization(&app, &member, &json!({"name": "Erzgebirge Drechslerei", "kind": "company", "country": "DE", "city": "Annaberg-Buchholz", "description": {"de": "Holz"}})).await;
    for text in ["Holzspielzeug", "Holzspielzeug und Räuchermänner"] {
        let res = app
            .call(Method::PUT, &format!("/api/v1/organizations/{}", firm.id), Some(&member),
                Some(&json!({"name": "Erzgebirge Drechslerei", "kind": "company", "country": "DE", "city": "Annaberg-Buchholz", "description": {"de": text}})))
            .await;
        assert_eq!(res.status(), StatusCode::OK);
    }
    let got = wait_for(&server, 4).await;
    let types: Vec<&str> = got.iter().map(|(t, _, _)| t.as_str()).collect();
    assert_eq!(
        types,
        [
            "organization.created",
            "organization.created",
            "organization.updated",
            "organization.updated"
        ],
        "the failed creation is retried before the updates go out"
    );
    assert!(got.iter().all(|(_, _, r)| signature_valid(r, &hook.secret)));
    assert!(
        got[2].1["data"]["organization"]["updated_at"].as_str()
            <= got[3].1["data"]["organization"]["updated_at"].as_str()
    );
}

#[tokio::test]
async fn a_delivery_in_flight_when_the_server_stops_is_delivered_after_the_restart() {
    let app = app().await;
    let server = MockServer::start().await;
    // The CRM hangs longer than the delivery time-out (2 s in tests) while the server stops.
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(10)))
        .mount(&server)
        .await;
    let (_, staff) = app.user_with_role(Role::InstitutionStaff).await;
    let chamber: Organization = create_organization(&app, &staff, &chamber()).await;
    let hook = webhook(
        &app,
        &staff,
        chamber.id,
        server.uri(),
        json!(["organization.created"]),
    )
    .await;
    let (_, member) = app.user_with_role(Role::Member).await;
    let firm: Organization = create_organization(&app, &member, &json!({"name": "Vogtland Textil GmbH", "kind": "company", "country": "DE", "city": "Plauen", "description": {"de": "Spitze"}})).await;
    assert_eq!(
        wait_for(&server, 1).await.len(),
        1,
        "the first attempt is under way"
    );
    app.stop().await;

    // The CRM is back; a new server process on the same database takes over the queue.
    server.reset().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let peer = app.spawn_peer().await;
    let got = wait_for(&server, 1).await;
    assert!(!got.is_empty(), "delivered after the restart");
    assert_eq!(got[0].1["data"]["organization"]["id"], json!(firm.id));
    assert!(signature_valid(&got[0].2, &hook.secret));
    let log = settled(&peer, &staff, chamber.id, hook.webhook.id).await;
    assert_eq!(log.items.len(), 1);
    assert_eq!(log.items[0].status, WebhookDeliveryStatus::Delivered);
    assert!(log.items[0].attempts >= 2);
}
