use glokal_api_types::{AccountExport, Language, User};
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::helpers::{assert_error, set_cookie_header, spawn_app, PASSWORD};

#[tokio::test]
async fn register_confirm_login_and_read_me() {
    let app = spawn_app().await;
    let res = app
        .register("Jana.Novakova@Firma.CZ", Some(Language::Cs))
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let user: User = res.json().await.unwrap();
    assert_eq!(user.email, "jana.novakova@firma.cz");
    assert!(!user.email_verified);
    assert_eq!(user.preferred_language, Language::Cs);

    // Not confirmed yet: the right password gets a clear 403, a wrong one the usual 401.
    let res = app
        .post(
            "/api/v1/auth/login",
            &json!({"email": "jana.novakova@firma.cz", "password": PASSWORD}),
        )
        .await;
    assert_error(res, StatusCode::FORBIDDEN, "email_not_verified").await;

    // The confirmation mail is in Czech and links into the SPA.
    let mail = app
        .wait_for_mail("jana.novakova@firma.cz", "Potvrďte")
        .await;
    assert!(mail.body.starts_with("Dobrý den, Test Person,"));
    assert!(mail
        .token_link()
        .starts_with("http://glokal.test/verify-email?token="));
    assert!(mail.message_id.is_some(), "mails carry a Message-ID");

    let res = app
        .post("/api/v1/auth/verify-email", &json!({"token": mail.token()}))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.json::<User>().await.unwrap().email_verified);
    // A link works once.
    let res = app
        .post("/api/v1/auth/verify-email", &json!({"token": mail.token()}))
        .await;
    assert_error(res, StatusCode::BAD_REQUEST, "link_invalid").await;

    let res = app
        .post(
            "/api/v1/auth/login",
            &json!({"email": "JANA.novakova@firma.cz", "password": PASSWORD}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let cookie = set_cookie_header(&res).expect("refresh cookie");
    for attribute in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/api/v1/auth"] {
        assert!(
            cookie.contains(attribute),
            "cookie lacks {attribute}: {cookie}"
        );
    }
    let tokens: glokal_api_types::AuthTokens = res.json().await.unwrap();
    assert_eq!(tokens.token_type, "Bearer");
    assert_eq!(tokens.expires_in, 900);

    let me: User = app
        .get("/api/v1/me", Some(&tokens.access_token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me.id, user.id);
    assert!(me.email_verified);
}

#[tokio::test]
async fn the_same_address_cannot_register_twice() {
    let app = spawn_app().await;
    assert_eq!(
        app.register("firma@example.de", None).await.status(),
        StatusCode::CREATED
    );
    assert_error(
        app.register("FIRMA@example.de", None).await,
        StatusCode::CONFLICT,
        "email_taken",
    )
    .await;
}

#[tokio::test]
async fn language_defaults_to_accept_language_then_german() {
    let app = spawn_app().await;
    let body = json!({
        "email": "en@example.com", "password": PASSWORD, "display_name": "Sam",
        "accepted_terms_version": glokal_api_types::CURRENT_TERMS_VERSION
    });
    let res = app
        .post_with(
            "/api/v1/auth/register",
            &body,
            crate::helpers::language("en-US,en;q=0.9"),
        )
        .await;
    assert_eq!(
        res.json::<User>().await.unwrap().preferred_language,
        Language::En
    );
    let res = app.register("de@example.com", None).await;
    assert_eq!(
        res.json::<User>().await.unwrap().preferred_language,
        Language::De
    );
    let mail = app.wait_for_mail("de@example.com", "").await;
    assert!(
        mail.subject.contains("Bitte bestätigen"),
        "German mail: {}",
        mail.subject
    );
}

#[tokio::test]
async fn resend_verification_sends_a_new_link_and_hides_unknown_addresses() {
    let app = spawn_app().await;
    app.register("later@example.de", None).await;
    let first = app.wait_for_mail("later@example.de", "").await;
    let res = app
        .post(
            "/api/v1/auth/resend-verification",
            &json!({"email": "later@example.de"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::ACCEPTED);
    let res = app
        .post(
            "/api/v1/auth/resend-verification",
            &json!({"email": "nobody@example.de"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::ACCEPTED);
    for _ in 0..100 {
        if app.mails_to("later@example.de").len() == 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let mails = app.mails_to("later@example.de");
    assert_eq!(mails.len(), 2);
    assert!(app.mails_to("nobody@example.de").is_empty());
    // The first link was replaced by the second.
    let res = app
        .post(
            "/api/v1/auth/verify-email",
            &json!({"token": first.token()}),
        )
        .await;
    assert_error(res, StatusCode::BAD_REQUEST, "link_invalid").await;
    let res = app
        .post(
            "/api/v1/auth/verify-email",
            &json!({"token": mails[1].token()}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
}

#[tokio::test]
async fn profile_can_be_updated() {
    let app = spawn_app().await;
    let (tokens, _) = app.verified_user("profil@example.de").await;
    let res = app
        .call(
            Method::PATCH,
            "/api/v1/me",
            Some(&tokens.access_token),
            Some(&json!({"display_name": " Petr Svoboda ", "preferred_language": "cs"})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let me: User = res.json().await.unwrap();
    assert_eq!(me.display_name, "Petr Svoboda");
    assert_eq!(me.preferred_language, Language::Cs);
    let res = app
        .call(
            Method::PATCH,
            "/api/v1/me",
            Some(&tokens.access_token),
            Some(&json!({"display_name": "x".repeat(101)})),
        )
        .await;
    let body = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    assert_eq!(body["fields"]["display_name"], "display_name_too_long");
}

#[tokio::test]
async fn export_contains_all_personal_data() {
    let app = spawn_app().await;
    let (tokens, _) = app.verified_user("export@example.de").await;
    let res = app
        .get("/api/v1/me/export", Some(&tokens.access_token))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("glokal-data-export.json"));
    let export: AccountExport = res.json().await.unwrap();
    assert_eq!(export.user.email, "export@example.de");
    assert!(export.email_verified_at.is_some());
    assert_eq!(export.sessions.len(), 1);
    assert_eq!(export.mails.len(), 1, "the confirmation mail");
    assert_error(
        app.get("/api/v1/me/export", None).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
}

#[tokio::test]
async fn deleting_the_account_removes_it_and_needs_the_password() {
    let app = spawn_app().await;
    let (tokens, refresh) = app.verified_user("weg@example.de").await;
    let token = Some(tokens.access_token.as_str());
    let res = app
        .call(
            Method::DELETE,
            "/api/v1/me",
            token,
            Some(&json!({"password": "wrong password!"})),
        )
        .await;
    assert_error(res, StatusCode::FORBIDDEN, "wrong_password").await;
    let res = app
        .call(
            Method::DELETE,
            "/api/v1/me",
            token,
            Some(&json!({"password": PASSWORD})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);

    assert_error(
        app.get("/api/v1/me", token).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
    let res = app
        .post(
            "/api/v1/auth/login",
            &json!({"email": "weg@example.de", "password": PASSWORD}),
        )
        .await;
    assert_error(res, StatusCode::UNAUTHORIZED, "invalid_credentials").await;
    assert_error(
        app.post_with_cookie("/api/v1/auth/refresh", &refresh).await,
        StatusCode::UNAUTHORIZED,
        "refresh_token_invalid",
    )
    .await;
    app.wait_for_mail("weg@example.de", "gelöscht").await;
    // The address can be registered again.
    assert_eq!(
        app.register("weg@example.de", None).await.status(),
        StatusCode::CREATED
    );
}
