//! Scoped API tokens of institutions: who creates them, what each scope opens, revocation,
//! the per-token rate limit, and that a token is never a person.

use glokal_api_types::{ApiTokenList, CreatedApiToken, Organization, Role};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::helpers::{assert_error, create_organization, spawn_app, spawn_app_with, TestApp};

fn chamber() -> Value {
    json!({"name": "IHK Dresden", "kind": "chamber", "country": "DE", "city": "Dresden", "description": {"de": "Industrie- und Handelskammer"}})
}

fn company() -> Value {
    json!({
        "name": "Nováková plasty s.r.o.", "kind": "company", "country": "CZ", "city": "Liberec",
        "description": {"cs": "Vstřikování plastů."},
        "contacts": [{"name": "Jana Nováková", "email": "jana@novakova-plasty.cz"}]
    })
}

async fn create_token(
    app: &TestApp,
    user: &str,
    org: uuid::Uuid,
    scopes: Value,
) -> reqwest::Response {
    app.call(
        Method::POST,
        &format!("/api/v1/organizations/{org}/api-tokens"),
        Some(user),
        Some(&json!({"name": "CRM sync", "scopes": scopes})),
    )
    .await
}

async fn token(app: &TestApp, user: &str, org: uuid::Uuid, scopes: Value) -> CreatedApiToken {
    let res = create_token(app, user, org, scopes).await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    res.json().await.unwrap()
}

#[tokio::test]
async fn institutions_create_list_and_revoke_tokens_and_scopes_open_what_they_name() {
    let app = spawn_app().await;
    let (_, staff) = app.user_with_role(Role::InstitutionStaff).await;
    let (_, other_staff) = app.user_with_role(Role::InstitutionStaff).await;
    let (_, member) = app.user_with_role(Role::Member).await;
    let admin = app.admin_token().await;
    let ihk = create_organization(&app, &staff, &chamber()).await;
    let company: Organization = create_organization(&app, &member, &company()).await;
    let own_company = create_organization(&app, &staff, &json!({"name": "Staff GmbH", "kind": "company", "country": "DE", "city": "Zittau", "description": {"de": "x"}})).await;

    // Who may create one.
    let scopes = json!(["statistics:read", "organizations:read"]);
    assert_eq!(
        create_token(&app, &member, ihk.id, scopes.clone())
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        create_token(&app, &other_staff, ihk.id, scopes.clone())
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    let res = create_token(&app, &staff, own_company.id, scopes.clone()).await;
    let body = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    assert_eq!(body["fields"]["organization_id"], "not_an_institution");
    let res = create_token(&app, &staff, ihk.id, json!([])).await;
    let body = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    assert_eq!(body["fields"]["scopes"], "required");
    assert_eq!(
        create_token(&app, &staff, ihk.id, json!(["everything"]))
            .await
            .status(),
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        create_token(&app, &admin, ihk.id, json!(["events:read"]))
            .await
            .status(),
        StatusCode::CREATED
    );

    let full = token(&app, &staff, ihk.id, scopes).await;
    assert!(
        full.token.starts_with("glk_") && full.token.len() > 40,
        "{}",
        full.token
    );
    assert!(full.token.starts_with(&full.api_token.prefix));
    let events_only = token(&app, &staff, ihk.id, json!(["events:read"])).await;

    // Listed without the secret.
    let res = app
        .get(
            &format!("/api/v1/organizations/{}/api-tokens", ihk.id),
            Some(&staff),
        )
        .await;
    let text = res.text().await.unwrap();
    assert!(!text.contains(&full.token), "the secret is never listed");
    let list: ApiTokenList = serde_json::from_str(&text).unwrap();
    assert_eq!(list.items.len(), 3);
    assert!(list.items.iter().all(|t| t.last_used_at.is_none()));
    assert_eq!(
        app.get(
            &format!("/api/v1/organizations/{}/api-tokens", ihk.id),
            Some(&member)
        )
        .await
        .status(),
        StatusCode::FORBIDDEN
    );

    // statistics:read opens the indicators; another scope does not.
    assert_eq!(
        app.get("/api/v1/statistics", Some(&full.token))
            .await
            .status(),
        StatusCode::OK
    );
    assert_error(
        app.get("/api/v1/statistics", Some(&events_only.token))
            .await,
        StatusCode::FORBIDDEN,
        "insufficient_scope",
    )
    .await;
    // organizations:read reads profiles as a logged-in person would (contact persons).
    let path = format!("/api/v1/organizations/{}", company.id);
    let anonymous: Organization = app.get(&path, None).await.json().await.unwrap();
    assert!(anonymous.contacts.is_empty());
    let res = app.get(&path, Some(&full.token)).await;
    assert_eq!(res.status(), StatusCode::OK);
    let read: Organization = res.json().await.unwrap();
    assert_eq!(read.contacts.len(), 1);
    assert_eq!(
        app.get("/api/v1/organizations", Some(&full.token))
            .await
            .status(),
        StatusCode::OK
    );
    assert_error(
        app.get("/api/v1/organizations", Some(&events_only.token))
            .await,
        StatusCode::FORBIDDEN,
        "insufficient_scope",
    )
    .await;
    assert_error(
        app.get(&path, Some(&events_only.token)).await,
        StatusCode::FORBIDDEN,
        "insufficient_scope",
    )
    .await;
    // events:read and opportunities:read.
    assert_eq!(
        app.get("/api/v1/events", Some(&events_only.token))
            .await
            .status(),
        StatusCode::OK
    );
    assert_error(
        app.get("/api/v1/events", Some(&full.token)).await,
        StatusCode::FORBIDDEN,
        "insufficient_scope",
    )
    .await;
    assert_error(
        app.get("/api/v1/opportunities", Some(&full.token)).await,
        StatusCode::FORBIDDEN,
        "insufficient_scope",
    )
    .await;
    // A token is never a person.
    assert_error(
        app.get("/api/v1/me", Some(&full.token)).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
    // Unknown tokens are refused, also on public reads.
    assert_error(
        app.get(
            "/api/v1/organizations",
            Some("glk_forged0000000000000000000000000000000000"),
        )
        .await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;

    // Last use is recorded.
    let list: ApiTokenList = app
        .get(
            &format!("/api/v1/organizations/{}/api-tokens", ihk.id),
            Some(&staff),
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(list
        .items
        .iter()
        .find(|t| t.id == full.api_token.id)
        .unwrap()
        .last_used_at
        .is_some());

    // Revoked: refused at once, still listed, marked.
    let revoke = format!(
        "/api/v1/organizations/{}/api-tokens/{}",
        ihk.id, full.api_token.id
    );
    assert_eq!(
        app.call(Method::DELETE, &revoke, Some(&member), None)
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.call(Method::DELETE, &revoke, Some(&staff), None)
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    assert_error(
        app.get("/api/v1/statistics", Some(&full.token)).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
    let list: ApiTokenList = app
        .get(
            &format!("/api/v1/organizations/{}/api-tokens", ihk.id),
            Some(&staff),
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(list
        .items
        .iter()
        .find(|t| t.id == full.api_token.id)
        .unwrap()
        .revoked_at
        .is_some());
    let unknown = format!(
        "/api/v1/organizations/{}/api-tokens/{}",
        ihk.id,
        uuid::Uuid::new_v4()
    );
    assert_eq!(
        app.call(Method::DELETE, &unknown, Some(&staff), None)
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn each_token_has_its_own_rate_limit() {
    let app = spawn_app_with(&[("GLOKAL_API_TOKEN_BURST", "3".to_owned())]).await;
    let (_, staff) = app.user_with_role(Role::InstitutionStaff).await;
    let ihk = create_organization(&app, &staff, &chamber()).await;
    let first = token(&app, &staff, ihk.id, json!(["statistics:read"])).await;
    let second = token(&app, &staff, ihk.id, json!(["statistics:read"])).await;
    for _ in 0..3 {
        assert_eq!(
            app.get("/api/v1/statistics", Some(&first.token))
                .await
                .status(),
            StatusCode::OK
        );
    }
    let res = app.get("/api/v1/statistics", Some(&first.token)).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = res.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry >= 1);
    assert_error(res, StatusCode::TOO_MANY_REQUESTS, "rate_limited").await;
    // The other token is not affected; people are not affected.
    assert_eq!(
        app.get("/api/v1/statistics", Some(&second.token))
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        app.get("/api/v1/statistics", Some(&staff)).await.status(),
        StatusCode::OK
    );
}
