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

#[tokio::test]
async fn a_write_token_creates_and_maintains_only_its_institutions_organisations() {
    let app = spawn_app().await;
    let (staff_user, staff) = app.user_with_role(Role::InstitutionStaff).await;
    let (_, member) = app.user_with_role(Role::Member).await;
    let ihk = create_organization(&app, &staff, &chamber()).await;
    let reader = token(&app, &staff, ihk.id, json!(["organizations:read"])).await;
    let writer = token(&app, &staff, ihk.id, json!(["organizations:write"])).await;
    let firm = json!({"name": "Elbtal Metallbau GmbH", "kind": "company", "country": "DE", "city": "Pirna", "description": {"de": "Metallbau und Schweißtechnik."}});

    // Without the scope, or without a caller, nothing is written.
    let res = app
        .call(
            Method::POST,
            "/api/v1/organizations",
            Some(&reader.token),
            Some(&firm),
        )
        .await;
    assert_error(res, StatusCode::FORBIDDEN, "insufficient_scope").await;
    let res = app
        .call(Method::POST, "/api/v1/organizations", None, Some(&firm))
        .await;
    assert_error(res, StatusCode::UNAUTHORIZED, "unauthorized").await;
    let res = app
        .call(Method::POST, "/api/v1/organizations", Some(&writer.token), Some(&json!({"name": "", "kind": "company", "country": "DE", "city": "Pirna", "description": {"de": "x"}})))
        .await;
    assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;

    // Created through the token: managed by the chamber, owned by the token's creator.
    let res = app
        .call(
            Method::POST,
            "/api/v1/organizations",
            Some(&writer.token),
            Some(&firm),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    let created: Organization = res.json().await.unwrap();
    let managed = created.managed_by.clone().expect("managed");
    assert_eq!(managed.institution_id, ihk.id);
    assert_eq!(managed.institution_name.as_deref(), Some("IHK Dresden"));
    let res = app
        .get(
            &format!("/api/v1/organizations/{}/members", created.id),
            Some(&staff),
        )
        .await;
    let members: Value = res.json().await.unwrap();
    assert_eq!(members["members"][0]["user_id"], json!(staff_user.id));
    assert_eq!(members["members"][0]["role"], "owner");
    // Public profile shows who maintains it.
    let public: Organization = app
        .get(&format!("/api/v1/organizations/{}", created.id), None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(public.managed_by, Some(managed));

    // The token updates what its institution manages, and nothing else.
    let mut changed = firm.clone();
    changed["website"] = json!("https://elbtal-metallbau.example");
    let path = format!("/api/v1/organizations/{}", created.id);
    let res = app
        .call(Method::PUT, &path, Some(&writer.token), Some(&changed))
        .await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    let updated: Organization = res.json().await.unwrap();
    assert_eq!(
        updated.website.as_deref(),
        Some("https://elbtal-metallbau.example")
    );
    let foreign = create_organization(&app, &member, &company()).await;
    let res = app
        .call(
            Method::PUT,
            &format!("/api/v1/organizations/{}", foreign.id),
            Some(&writer.token),
            Some(&company()),
        )
        .await;
    assert_error(res, StatusCode::FORBIDDEN, "forbidden").await;
    let res = app
        .call(Method::PUT, &path, Some(&reader.token), Some(&changed))
        .await;
    assert_error(res, StatusCode::FORBIDDEN, "insufficient_scope").await;
    // A token is never a person: no deleting, no members.
    let res = app
        .call(Method::DELETE, &path, Some(&writer.token), None)
        .await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);

    // The owner ends the management; the token can no longer write.
    let end = format!("/api/v1/organizations/{}/management", created.id);
    assert_eq!(
        app.call(Method::DELETE, &end, Some(&member), None)
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    let res = app.call(Method::DELETE, &end, Some(&staff), None).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.json::<Organization>().await.unwrap().managed_by, None);
    assert_eq!(
        app.call(Method::DELETE, &end, Some(&staff), None)
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let res = app
        .call(Method::PUT, &path, Some(&writer.token), Some(&firm))
        .await;
    assert_error(res, StatusCode::FORBIDDEN, "forbidden").await;

    // Imports through the token are managed by the chamber too.
    let csv =
        "Name;Ort;Land;Beschreibung (DE)\nSaxonia Feinmechanik GmbH;Freital;DE;Feinmechanik\n";
    let import = |token: &str| {
        app.client
            .post(app.url("/api/v1/organizations/import"))
            .bearer_auth(token)
            .header("content-type", "text/csv")
            .body(csv)
            .send()
    };
    let res = import(&reader.token).await.unwrap();
    assert_error(res, StatusCode::FORBIDDEN, "insufficient_scope").await;
    let res = import(&writer.token).await.unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    let report: Value = res.json().await.unwrap();
    let id = report["created_ids"][0].as_str().unwrap();
    let imported: Organization = app
        .get(&format!("/api/v1/organizations/{id}"), Some(&staff))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(imported.managed_by.map(|m| m.institution_id), Some(ihk.id));
    assert_eq!(imported.my_role, Some(glokal_api_types::MemberRole::Owner));

    // When the institution is deleted, its organisations are on their own.
    let res = app
        .call(
            Method::DELETE,
            &format!("/api/v1/organizations/{}", ihk.id),
            Some(&staff),
            None,
        )
        .await;
    assert_eq!(
        res.status(),
        StatusCode::NO_CONTENT,
        "{:?}",
        res.text().await
    );
    let orphan: Organization = app
        .get(&format!("/api/v1/organizations/{id}"), Some(&staff))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(orphan.managed_by, None);
}
