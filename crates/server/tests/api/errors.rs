use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{assert_error, language, spawn_app};

#[tokio::test]
async fn malformed_json_is_400() {
    let app = spawn_app().await;
    let res = app
        .client
        .post(app.url("/api/v1/auth/register"))
        .header("content-type", "application/json")
        .body("{\"email\": ")
        .send()
        .await
        .unwrap();
    assert_error(res, StatusCode::BAD_REQUEST, "invalid_json").await;
    // valid JSON of the wrong shape
    let res = app
        .post("/api/v1/auth/register", &json!({"email": 5}))
        .await;
    assert_error(res, StatusCode::BAD_REQUEST, "invalid_json").await;
    // unknown language value
    let res = app
        .post("/api/v1/auth/register", &json!({"email": "a@b.de", "password": "x", "display_name": "A", "preferred_language": "fr"}))
        .await;
    assert_error(res, StatusCode::BAD_REQUEST, "invalid_json").await;
}

#[tokio::test]
async fn wrong_content_type_is_415_and_huge_bodies_413() {
    let app = spawn_app().await;
    let res = app
        .client
        .post(app.url("/api/v1/auth/login"))
        .header("content-type", "text/plain")
        .body("hi")
        .send()
        .await
        .unwrap();
    assert_error(
        res,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_media_type",
    )
    .await;
    let huge = "x".repeat(2 * 1024 * 1024);
    let res = app
        .post(
            "/api/v1/auth/login",
            &json!({"email": huge, "password": "x"}),
        )
        .await;
    assert_error(res, StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large").await;
}

#[tokio::test]
async fn validation_errors_name_each_field_with_a_code() {
    let app = spawn_app().await;
    let res = app
        .post(
            "/api/v1/auth/register",
            &json!({"email": "not-an-address", "password": "short", "display_name": "  "}),
        )
        .await;
    let body = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    assert_eq!(body["fields"]["email"], "invalid_email");
    assert_eq!(body["fields"]["password"], "password_too_short");
    assert_eq!(body["fields"]["display_name"], "required");
    let res = app
        .post(
            "/api/v1/auth/register",
            &json!({"email": "a@firma.de", "password": "Password123", "display_name": "A"}),
        )
        .await;
    let body = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    assert_eq!(body["fields"]["password"], "password_too_common");
}

#[tokio::test]
async fn messages_follow_accept_language() {
    let app = spawn_app().await;
    let bad = json!({"email": "x", "password": "y", "display_name": "z"});
    let mut messages = Vec::new();
    for lang in ["de-DE,de;q=0.9", "cs", "en-GB"] {
        let res = app
            .post_with("/api/v1/auth/register", &bad, language(lang))
            .await;
        let body = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
        messages.push(body["message"].as_str().unwrap().to_owned());
    }
    assert_eq!(messages[0], "Bitte prüfen Sie die markierten Felder.");
    assert_eq!(messages[1], "Zkontrolujte prosím označená pole.");
    assert_eq!(messages[2], "Please check the highlighted fields.");
}

#[tokio::test]
async fn wrong_method_and_bad_path_parameters_are_clean_errors() {
    let app = spawn_app().await;
    let admin = app.admin_token().await;
    let res = app
        .call(
            reqwest::Method::PUT,
            "/api/v1/admin/users/not-a-uuid/role",
            Some(&admin),
            Some(&json!({"role": "member"})),
        )
        .await;
    assert_error(res, StatusCode::NOT_FOUND, "not_found").await;
    let res = app.get("/api/v1/admin/users?limit=abc", Some(&admin)).await;
    assert_error(res, StatusCode::BAD_REQUEST, "bad_request").await;
    let res = app.get("/api/v1/auth/login", None).await;
    assert!(
        res.status().is_client_error(),
        "GET on a POST route is a client error, got {}",
        res.status()
    );
}
