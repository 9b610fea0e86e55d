use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{assert_error, spawn_app};

#[tokio::test]
async fn health_and_readiness_answer() {
    let app = spawn_app().await;
    for path in ["/healthz", "/readyz"] {
        let res = app.get(path, None).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(res.headers()["cache-control"], "no-store");
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["status"], "ok");
    }
}

#[tokio::test]
async fn every_response_has_a_request_id_and_security_headers() {
    let app = spawn_app().await;
    let res = app.get("/api/v1/info", None).await;
    assert_eq!(res.status(), StatusCode::OK);
    let headers = res.headers();
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["x-frame-options"], "DENY");
    assert_eq!(
        headers["referrer-policy"],
        "strict-origin-when-cross-origin"
    );
    assert_eq!(headers["x-request-id"].to_str().unwrap().len(), 36);
    let info: glokal_api_types::ServerInfo = res.json().await.unwrap();
    assert_eq!(info.password_min_length, 10);
    assert_eq!(info.languages.len(), 3);

    let echoed = app
        .client
        .get(app.url("/healthz"))
        .header("x-request-id", "crm-sync-42")
        .send()
        .await
        .unwrap();
    assert_eq!(echoed.headers()["x-request-id"], "crm-sync-42");
}

#[tokio::test]
async fn unknown_api_paths_are_json_404_and_other_paths_serve_the_spa() {
    let app = spawn_app().await;
    assert_error(
        app.get("/api/v1/no-such-thing", None).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_error(
        app.get("/api/elsewhere", None).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    let deep = app.get("/account/settings", None).await;
    assert_eq!(deep.status(), StatusCode::OK);
    assert!(deep.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    let csp = deep.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
        "{csp}"
    );
}

#[tokio::test]
async fn api_documentation_is_served_offline() {
    let app = spawn_app().await;
    let spec: Value = app
        .get("/api/openapi.json", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(spec["info"]["title"], "Glokal API");
    assert!(spec["paths"]["/api/v1/auth/login"]["post"].is_object());
    let redirect = app.get("/api/docs", None).await;
    assert!(redirect.status().is_redirection());
    let ui = app.get("/api/docs/", None).await;
    assert_eq!(ui.status(), StatusCode::OK);
    let html = ui.text().await.unwrap();
    assert!(html.contains("swagger"), "Swagger UI page");
    assert!(!html.contains("https://"), "no assets from the internet");
    let script = app.get("/api/docs/swagger-ui-bundle.js", None).await;
    assert_eq!(
        script.status(),
        StatusCode::OK,
        "vendored Swagger UI assets"
    );
}

#[tokio::test]
async fn a_configured_tile_server_is_announced_and_allowed_for_images() {
    let plain = spawn_app().await;
    let info: glokal_api_types::ServerInfo =
        plain.get("/api/v1/info", None).await.json().await.unwrap();
    assert!(info.map_tiles_url.is_none());
    let app = crate::helpers::spawn_app_with(&[(
        "GLOKAL_MAP_TILES_URL",
        "https://tiles.example.org/{z}/{x}/{y}.png".to_owned(),
    )])
    .await;
    let info: glokal_api_types::ServerInfo =
        app.get("/api/v1/info", None).await.json().await.unwrap();
    assert_eq!(
        info.map_tiles_url.as_deref(),
        Some("https://tiles.example.org/{z}/{x}/{y}.png")
    );
    let page = app.get("/organizations", None).await;
    let csp = page.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        csp.contains("img-src 'self' data: blob: https://tiles.example.org;"),
        "{csp}"
    );
    assert!(
        !plain.get("/", None).await.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("tiles.example.org")
    );
}

#[tokio::test]
async fn unchanged_resources_answer_304_to_if_none_match() {
    use glokal_api_types::Role;
    use reqwest::Method;
    let app = spawn_app().await;
    let (_, token) = app.user_with_role(Role::Member).await;
    let body = serde_json::json!({"name": "ETag GmbH", "kind": "company", "country": "DE", "city": "Zittau", "description": {"de": "Text"}});
    let res = app
        .call(
            Method::POST,
            "/api/v1/organizations",
            Some(&token),
            Some(&body),
        )
        .await;
    let org: Value = res.json().await.unwrap();
    let path = format!("/api/v1/organizations/{}", org["id"].as_str().unwrap());
    let get = |etag: Option<String>| {
        let mut request = app.client.get(app.url(&path));
        if let Some(tag) = etag {
            request = request.header("If-None-Match", tag);
        }
        request.send()
    };
    let first = get(None).await.unwrap();
    assert_eq!(first.status(), StatusCode::OK);
    let tag = first.headers()["etag"].to_str().unwrap().to_owned();
    assert!(tag.starts_with('"') && tag.ends_with('"'), "{tag}");
    // Unchanged: 304 with the same tag and no body.
    let again = get(Some(tag.clone())).await.unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(again.headers()["etag"].to_str().unwrap(), tag);
    assert!(again.bytes().await.unwrap().is_empty());
    assert_eq!(
        get(Some(format!("W/{tag}"))).await.unwrap().status(),
        StatusCode::NOT_MODIFIED
    );
    assert_eq!(
        get(Some("\"something-else\"".into()))
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
    // Changed: a new tag, the full answer.
    let mut changed = body.clone();
    changed["name"] = "ETag und Söhne GmbH".into();
    let res = app
        .call(Method::PUT, &path, Some(&token), Some(&changed))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let after = get(Some(tag.clone())).await.unwrap();
    assert_eq!(after.status(), StatusCode::OK);
    assert_ne!(after.headers()["etag"].to_str().unwrap(), tag);
    // Lists carry tags too; errors and writes do not.
    let list = app.get("/api/v1/organizations", None).await;
    assert!(list.headers().contains_key("etag"));
    let missing = app
        .get(
            "/api/v1/organizations/00000000-0000-4000-8000-000000000000",
            None,
        )
        .await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert!(!missing.headers().contains_key("etag"));
}
