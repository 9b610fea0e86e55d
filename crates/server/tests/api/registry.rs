//! Czech company look-up against a fake ARES (wiremock) speaking the real REST API v3.

use std::time::{Duration, Instant};

use glokal_api_types::{CompanyRegistryRecord, RegistrySource};
use reqwest::StatusCode;
use serde_json::Value;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::helpers::{assert_error, language, spawn_app_with, TestApp};

/// The path of one company on ARES.
fn ares_path(ico: &str) -> String {
    format!("/ekonomicke-subjekty-v-be/rest/ekonomicke-subjekty/{ico}")
}

/// A fixture from `fixtures/`.
fn fixture(name: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/api/fixtures")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A fake ARES and a server configured to use it, with a logged-in member.
async fn app_with_ares() -> (TestApp, MockServer, String) {
    let ares = MockServer::start().await;
    let app = spawn_app_with(&[(
        "GLOKAL_ARES_URL",
        format!("{}/ekonomicke-subjekty-v-be/rest", ares.uri()),
    )])
    .await;
    let (tokens, _) = app.verified_user("firma@example.cz").await;
    (app, ares, tokens.access_token)
}

async fn lookup(app: &TestApp, ico: &str, token: Option<&str>) -> reqwest::Response {
    app.get(&format!("/api/v1/registry/cz/{ico}"), token).await
}

#[tokio::test]
async fn a_company_found_in_ares_is_mapped_field_by_field() {
    let (app, ares, token) = app_with_ares().await;
    Mock::given(method("GET"))
        .and(path(ares_path("28715306")))
        .and(header("accept", "application/json"))
        .respond_with(ResponseTemplate::new(200).set_body_json(fixture("ares_liberec_sro.json")))
        .expect(1)
        .mount(&ares)
        .await;

    let res = lookup(&app, "28715306", Some(&token)).await;
    assert_eq!(res.status(), StatusCode::OK);
    let record: CompanyRegistryRecord = res.json().await.unwrap();
    assert_eq!(record.ico, "28715306");
    assert_eq!(record.dic.as_deref(), Some("CZ28715306"));
    assert_eq!(record.name, "NISA-PLAST Liberec s.r.o.");
    assert_eq!(record.legal_form_code.as_deref(), Some("112"));
    assert_eq!(
        record.legal_form.as_deref(),
        Some("Společnost s ručením omezeným")
    );
    assert_eq!(record.street.as_deref(), Some("Švermova 1087/36a"));
    assert_eq!(record.postal_code.as_deref(), Some("460 10"));
    assert_eq!(record.city.as_deref(), Some("Liberec"));
    assert_eq!(record.country.as_deref(), Some("CZ"));
    assert_eq!(record.nace_codes, vec!["22.29", "46.90"]);
    assert_eq!(
        record.founded_on,
        chrono::NaiveDate::from_ymd_opt(2003, 1, 15)
    );
    assert_eq!(record.dissolved_on, None);
    assert_eq!(record.source, RegistrySource::Ares);
}

#[tokio::test]
async fn a_sole_trader_without_street_gets_part_of_town_and_number() {
    let (app, ares, token) = app_with_ares().await;
    Mock::given(method("GET"))
        .and(path(ares_path("74125362")))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(fixture("ares_sole_trader_village.json")),
        )
        .mount(&ares)
        .await;

    // Spaces as people type them are fine.
    let res = lookup(&app, "741%2025%20362", Some(&token)).await;
    assert_eq!(res.status(), StatusCode::OK);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["ico"], "74125362");
    assert_eq!(
        body["dic"],
        Value::Null,
        "absent fields are null, not missing"
    );
    assert_eq!(
        body["legal_form"],
        "Fyzická osoba podnikající dle živnostenského zákona"
    );
    assert_eq!(body["street"], "Světlík 12");
    assert_eq!(body["postal_code"], "407 57");
    assert_eq!(body["city"], "Horní Podluží");
    assert_eq!(body["nace_codes"], serde_json::json!(["16", "16.23", "43"]));
    assert_eq!(body["founded_on"], "1998-04-01");
    assert_eq!(body["dissolved_on"], "2024-12-31");
    assert_eq!(body["source"], "ares");
}

#[tokio::test]
async fn an_unknown_ico_is_404_and_the_answer_is_cached() {
    let (app, ares, token) = app_with_ares().await;
    Mock::given(method("GET"))
        .and(path(ares_path("25073150")))
        .respond_with(ResponseTemplate::new(404).set_body_json(fixture("ares_not_found.json")))
        .expect(1)
        .mount(&ares)
        .await;

    let body = assert_error(
        lookup(&app, "25073150", Some(&token)).await,
        StatusCode::NOT_FOUND,
        "company_not_found",
    )
    .await;
    assert!(body.get("fields").is_none());
    let res = app
        .client
        .get(app.url("/api/v1/registry/cz/25073150"))
        .bearer_auth(&token)
        .headers(language("cs"))
        .send()
        .await
        .unwrap();
    let body = assert_error(res, StatusCode::NOT_FOUND, "company_not_found").await;
    assert!(
        body["message"].as_str().unwrap().contains("ARES"),
        "translated message: {body}"
    );
}

#[tokio::test]
async fn a_second_look_up_is_served_from_the_cache() {
    let (app, ares, token) = app_with_ares().await;
    Mock::given(method("GET"))
        .and(path(ares_path("28715306")))
        .respond_with(ResponseTemplate::new(200).set_body_json(fixture("ares_liberec_sro.json")))
        .expect(1)
        .mount(&ares)
        .await;

    let first: Value = lookup(&app, "28715306", Some(&token))
        .await
        .json()
        .await
        .unwrap();
    let second = lookup(&app, "28715306", Some(&token)).await;
    assert_eq!(second.status(), StatusCode::OK);
    assert_eq!(second.json::<Value>().await.unwrap(), first);
    assert_eq!(ares.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn an_ares_server_error_is_503_and_not_cached() {
    let (app, ares, token) = app_with_ares().await;
    Mock::given(method("GET"))
        .and(path(ares_path("28715306")))
        .respond_with(
            ResponseTemplate::new(500).set_body_json(
                serde_json::json!({"status": 500, "error": "Internal Server Error"}),
            ),
        )
        .expect(2)
        .mount(&ares)
        .await;

    assert_error(
        lookup(&app, "28715306", Some(&token)).await,
        StatusCode::SERVICE_UNAVAILABLE,
        "registry_unavailable",
    )
    .await;
    // A failure is not remembered: the next try asks ARES again.
    assert_error(
        lookup(&app, "28715306", Some(&token)).await,
        StatusCode::SERVICE_UNAVAILABLE,
        "registry_unavailable",
    )
    .await;
}

#[tokio::test]
async fn an_unreadable_answer_or_a_wrong_ares_url_is_503() {
    let (app, ares, token) = app_with_ares().await;
    Mock::given(method("GET"))
        .and(path(ares_path("28715306")))
        .respond_with(ResponseTemplate::new(200).set_body_string("<html>Údržba systému</html>"))
        .mount(&ares)
        .await;
    assert_error(
        lookup(&app, "28715306", Some(&token)).await,
        StatusCode::SERVICE_UNAVAILABLE,
        "registry_unavailable",
    )
    .await;

    // A 404 that is not ARES's "NENALEZENO" answer (here: no such path at all) means a
    // misconfigured URL, not an unknown company.
    assert_error(
        lookup(&app, "25596641", Some(&token)).await,
        StatusCode::SERVICE_UNAVAILABLE,
        "registry_unavailable",
    )
    .await;
}

#[tokio::test]
async fn a_slow_ares_is_given_up_on_within_five_seconds() {
    let (app, ares, token) = app_with_ares().await;
    Mock::given(method("GET"))
        .and(path(ares_path("28715306")))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(fixture("ares_liberec_sro.json"))
                .set_delay(Duration::from_secs(10)),
        )
        .mount(&ares)
        .await;

    let started = Instant::now();
    let res = lookup(&app, "28715306", Some(&token)).await;
    let waited = started.elapsed();
    assert_error(res, StatusCode::SERVICE_UNAVAILABLE, "registry_unavailable").await;
    assert!(
        waited < Duration::from_secs(5) + Duration::from_millis(500),
        "gave up after {waited:?}"
    );
    assert!(
        waited >= Duration::from_secs(3),
        "waited for the 4 s timeout, not less: {waited:?}"
    );
}

#[tokio::test]
async fn an_unreachable_ares_is_503() {
    // Nothing listens on this port.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let app = spawn_app_with(&[("GLOKAL_ARES_URL", format!("http://127.0.0.1:{port}/rest"))]).await;
    let (tokens, _) = app.verified_user("firma@example.cz").await;
    assert_error(
        lookup(&app, "28715306", Some(&tokens.access_token)).await,
        StatusCode::SERVICE_UNAVAILABLE,
        "registry_unavailable",
    )
    .await;
}

#[tokio::test]
async fn an_invalid_ico_is_422_without_asking_ares() {
    let (app, ares, token) = app_with_ares().await;
    for bad in ["28715307", "2871530", "287153066", "2871530x", "CZ28715306"] {
        let body = assert_error(
            lookup(&app, bad, Some(&token)).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
        )
        .await;
        assert_eq!(body["fields"]["ico"], "invalid_ico", "{bad}");
    }
    assert!(
        ares.received_requests().await.unwrap().is_empty(),
        "ARES must not be asked"
    );
}

#[tokio::test]
async fn anonymous_callers_get_401() {
    let (app, ares, _) = app_with_ares().await;
    assert_error(
        lookup(&app, "28715306", None).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
    assert_error(
        lookup(&app, "28715306", Some("not-a-token")).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
    assert!(ares.received_requests().await.unwrap().is_empty());
}
