use glokal_api_types::AuthTokens;
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{assert_error, refresh_cookie, set_cookie_header, spawn_app, PASSWORD};

#[tokio::test]
async fn refresh_rotates_and_reuse_revokes_the_family() {
    let app = spawn_app().await;
    let (_, first) = app.verified_user("rotate@example.de").await;

    let res = app.post_with_cookie("/api/v1/auth/refresh", &first).await;
    assert_eq!(res.status(), StatusCode::OK);
    let second = refresh_cookie(&res).expect("rotated cookie");
    assert_ne!(first, second);
    let tokens: AuthTokens = res.json().await.unwrap();
    assert_eq!(
        app.get("/api/v1/me", Some(&tokens.access_token))
            .await
            .status(),
        StatusCode::OK
    );

    // The old token again at once: the answer was lost (the page was left while it
    // refreshed); the session goes on with a new token, the other one still works.
    let res = app.post_with_cookie("/api/v1/auth/refresh", &first).await;
    assert_eq!(res.status(), StatusCode::OK);
    let third = refresh_cookie(&res).expect("rotated cookie");
    assert!(third != first && third != second);

    // Later than the grace period: reuse detected, the whole family is revoked.
    let db = glokal_store::connect(&app.database_url()).await.unwrap();
    {
        use glokal_store::entities::refresh_token::{Column, Entity};
        use sea_orm::sea_query::Expr;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        Entity::update_many()
            .col_expr(
                Column::RotatedAt,
                Expr::value(chrono::Utc::now() - chrono::Duration::seconds(11)),
            )
            .filter(Column::RotatedAt.is_not_null())
            .exec(&db)
            .await
            .unwrap();
    }
    db.close().await.ok();
    assert_error(
        app.post_with_cookie("/api/v1/auth/refresh", &first).await,
        StatusCode::UNAUTHORIZED,
        "refresh_token_reused",
    )
    .await;
    for token in [&second, &third] {
        assert_error(
            app.post_with_cookie("/api/v1/auth/refresh", token).await,
            StatusCode::UNAUTHORIZED,
            "refresh_token_invalid",
        )
        .await;
    }

    // Another login is a separate family and unaffected.
    let (_, other) = app.login("rotate@example.de", PASSWORD).await;
    assert_eq!(
        app.post_with_cookie("/api/v1/auth/refresh", &other)
            .await
            .status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn logout_revokes_the_session_and_clears_the_cookie() {
    let app = spawn_app().await;
    let (_, refresh) = app.verified_user("logout@example.de").await;
    let res = app.post_with_cookie("/api/v1/auth/logout", &refresh).await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    let cleared = set_cookie_header(&res).expect("cookie cleared");
    assert!(cleared.contains("Max-Age=0"), "{cleared}");
    assert_error(
        app.post_with_cookie("/api/v1/auth/refresh", &refresh).await,
        StatusCode::UNAUTHORIZED,
        "refresh_token_invalid",
    )
    .await;
    // Logging out without a session is fine too.
    assert_eq!(
        app.post("/api/v1/auth/logout", &json!({})).await.status(),
        StatusCode::NO_CONTENT
    );
}

#[tokio::test]
async fn missing_or_forged_tokens_are_401() {
    let app = spawn_app().await;
    assert_error(
        app.post("/api/v1/auth/refresh", &json!({})).await,
        StatusCode::UNAUTHORIZED,
        "refresh_token_invalid",
    )
    .await;
    assert_error(
        app.post_with_cookie("/api/v1/auth/refresh", "made-up")
            .await,
        StatusCode::UNAUTHORIZED,
        "refresh_token_invalid",
    )
    .await;
    let res = app.get("/api/v1/me", None).await;
    assert_eq!(res.headers()["www-authenticate"], "Bearer");
    assert_error(res, StatusCode::UNAUTHORIZED, "unauthorized").await;
    assert_error(
        app.get("/api/v1/me", Some("not.a.jwt")).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
    // A token signed with another secret.
    let forged = jsonwebtoken_free_forgery();
    assert_error(
        app.get("/api/v1/me", Some(&forged)).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
}

/// A syntactically valid HS256 JWT signed with a key the server does not know.
fn jsonwebtoken_free_forgery() -> String {
    // header {"alg":"HS256","typ":"JWT"}, payload with far-future exp, random signature
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAiLCJyb2xlIjoicGxhdGZvcm1fYWRtaW4iLCJpYXQiOjAsImV4cCI6NDEwMjQ0NDgwMCwiaXNzIjoiZ2xva2FsIn0.c2lnbmF0dXJlLW5vdC12YWxpZC1mb3ItdGhpcy1zZXJ2ZXI".to_owned()
}

#[tokio::test]
async fn wrong_password_and_unknown_account_get_the_same_answer() {
    let app = spawn_app().await;
    app.verified_user("known@example.de").await;
    let wrong = app
        .post(
            "/api/v1/auth/login",
            &json!({"email": "known@example.de", "password": "not the password"}),
        )
        .await;
    let unknown = app
        .post(
            "/api/v1/auth/login",
            &json!({"email": "unknown@example.de", "password": "not the password"}),
        )
        .await;
    assert_eq!(wrong.status(), unknown.status());
    let a: serde_json::Value = wrong.json().await.unwrap();
    let b: serde_json::Value = unknown.json().await.unwrap();
    assert_eq!(a, b);
    assert_eq!(a["code"], "invalid_credentials");
}

#[tokio::test]
async fn login_is_rate_limited_per_account_with_retry_after() {
    let app = spawn_app().await;
    app.verified_user("target@example.de").await;
    for _ in 0..4 {
        let res = app
            .post(
                "/api/v1/auth/login",
                &json!({"email": "target@example.de", "password": "guess guess guess"}),
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    }
    let res = app
        .post(
            "/api/v1/auth/login",
            &json!({"email": "target@example.de", "password": "guess guess guess"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = res.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry), "Retry-After {retry}");
    assert_error(res, StatusCode::TOO_MANY_REQUESTS, "rate_limited").await;
    // Even the right password waits now.
    let res = app
        .post(
            "/api/v1/auth/login",
            &json!({"email": "target@example.de", "password": PASSWORD}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    // Other accounts are not affected.
    app.verified_user("bystander@example.de").await;
}
