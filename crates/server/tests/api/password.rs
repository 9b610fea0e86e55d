use glokal_api_types::{AuthTokens, Language};
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::helpers::{assert_error, refresh_cookie, spawn_app, PASSWORD};

const NEW_PASSWORD: &str = "Nové heslo pro Glokal 2027";

#[tokio::test]
async fn forgotten_password_can_be_reset_by_mail() {
    let app = spawn_app().await;
    app.register("vergesslich@example.cz", Some(Language::Cs))
        .await;
    let confirm = app.wait_for_mail("vergesslich@example.cz", "").await;
    app.post(
        "/api/v1/auth/verify-email",
        &json!({"token": confirm.token()}),
    )
    .await;
    let (_, old_session) = app.login("vergesslich@example.cz", PASSWORD).await;

    // Unknown addresses get the same answer and no mail.
    let res = app
        .post(
            "/api/v1/auth/password-reset",
            &json!({"email": "niemand@example.cz"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::ACCEPTED);
    let res = app
        .post(
            "/api/v1/auth/password-reset",
            &json!({"email": "Vergesslich@example.cz"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::ACCEPTED);
    let mail = app
        .wait_for_mail("vergesslich@example.cz", "Obnovení hesla")
        .await;
    assert!(mail
        .token_link()
        .starts_with("http://glokal.test/reset-password?token="));
    assert!(mail.body.contains("60 minut"));
    assert!(app.mails_to("niemand@example.cz").is_empty());

    // The new password must meet the policy.
    let res = app
        .post(
            "/api/v1/auth/password-reset/confirm",
            &json!({"token": mail.token(), "new_password": "kurz"}),
        )
        .await;
    let body = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    assert_eq!(body["fields"]["new_password"], "password_too_short");

    let res = app
        .post(
            "/api/v1/auth/password-reset/confirm",
            &json!({"token": mail.token(), "new_password": NEW_PASSWORD}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    let res = app
        .post(
            "/api/v1/auth/password-reset/confirm",
            &json!({"token": mail.token(), "new_password": NEW_PASSWORD}),
        )
        .await;
    assert_error(res, StatusCode::BAD_REQUEST, "link_invalid").await;

    // Old password and old sessions are gone; the new password works.
    let res = app
        .post(
            "/api/v1/auth/login",
            &json!({"email": "vergesslich@example.cz", "password": PASSWORD}),
        )
        .await;
    assert_error(res, StatusCode::UNAUTHORIZED, "invalid_credentials").await;
    assert_error(
        app.post_with_cookie("/api/v1/auth/refresh", &old_session)
            .await,
        StatusCode::UNAUTHORIZED,
        "refresh_token_invalid",
    )
    .await;
    app.login("vergesslich@example.cz", NEW_PASSWORD).await;
}

#[tokio::test]
async fn invalid_reset_tokens_are_refused() {
    let app = spawn_app().await;
    let res = app
        .post(
            "/api/v1/auth/password-reset/confirm",
            &json!({"token": "guessed", "new_password": NEW_PASSWORD}),
        )
        .await;
    assert_error(res, StatusCode::BAD_REQUEST, "link_invalid").await;
    let res = app
        .post(
            "/api/v1/auth/password-reset/confirm",
            &json!({"token": "", "new_password": NEW_PASSWORD}),
        )
        .await;
    let body = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    assert_eq!(body["fields"]["token"], "required");
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one_and_ends_other_sessions() {
    let app = spawn_app().await;
    let (tokens, other_session) = app.verified_user("wechsel@example.de").await;
    let token = Some(tokens.access_token.as_str());
    let res = app
        .call(
            Method::POST,
            "/api/v1/me/password",
            token,
            Some(&json!({"current_password": "falsch falsch", "new_password": NEW_PASSWORD})),
        )
        .await;
    assert_error(res, StatusCode::FORBIDDEN, "wrong_password").await;

    let res = app
        .call(
            Method::POST,
            "/api/v1/me/password",
            token,
            Some(&json!({"current_password": PASSWORD, "new_password": NEW_PASSWORD})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let fresh_cookie = refresh_cookie(&res).expect("new session cookie");
    let fresh: AuthTokens = res.json().await.unwrap();
    assert_eq!(
        app.get("/api/v1/me", Some(&fresh.access_token))
            .await
            .status(),
        StatusCode::OK
    );
    assert_error(
        app.post_with_cookie("/api/v1/auth/refresh", &other_session)
            .await,
        StatusCode::UNAUTHORIZED,
        "refresh_token_invalid",
    )
    .await;
    assert_eq!(
        app.post_with_cookie("/api/v1/auth/refresh", &fresh_cookie)
            .await
            .status(),
        StatusCode::OK
    );
    app.wait_for_mail("wechsel@example.de", "Passwort wurde geändert")
        .await;
    app.login("wechsel@example.de", NEW_PASSWORD).await;
}
