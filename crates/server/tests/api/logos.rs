//! Logo upload: only real PNG/JPEG/WebP images, size-limited, re-encoded, served as PNG.

use std::io::Cursor;

use glokal_api_types::{Organization, Role};
use reqwest::header::CONTENT_TYPE;
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::helpers::{assert_error, spawn_app, TestApp};

fn image_bytes(width: u32, height: u32, format: image::ImageFormat) -> Vec<u8> {
    let image = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 120])
    });
    let mut out = Vec::new();
    image.write_to(&mut Cursor::new(&mut out), format).unwrap();
    out
}

async fn upload(
    app: &TestApp,
    org: &Organization,
    token: Option<&str>,
    content_type: &str,
    body: Vec<u8>,
) -> reqwest::Response {
    let mut req = app
        .client
        .put(app.url(&format!("/api/v1/organizations/{}/logo", org.id)))
        .header(CONTENT_TYPE, content_type)
        .body(body);
    if let Some(token) = token {
        req = req.bearer_auth(token);
    }
    req.send().await.unwrap()
}

async fn company(app: &TestApp, token: &str) -> Organization {
    let body = json!({"name": "Logo s.r.o.", "kind": "company", "country": "CZ", "city": "Most", "description": {"cs": "Loga."}});
    app.call(
        Method::POST,
        "/api/v1/organizations",
        Some(token),
        Some(&body),
    )
    .await
    .json()
    .await
    .unwrap()
}

#[tokio::test]
async fn a_logo_is_scaled_stored_as_png_and_replaced() {
    let app = spawn_app().await;
    let (_, owner) = app.user_with_role(Role::Member).await;
    let org = company(&app, &owner).await;
    assert!(org.logo_url.is_none());

    let res = upload(
        &app,
        &org,
        Some(&owner),
        "image/jpeg",
        image_bytes(1600, 800, image::ImageFormat::Jpeg),
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    let updated: Organization = res.json().await.unwrap();
    let url = updated.logo_url.clone().expect("logo_url");
    assert!(
        url.starts_with("/media/logos/") && url.ends_with(".png"),
        "{url}"
    );

    let served = app.client.get(app.url(&url)).send().await.unwrap();
    assert_eq!(served.status(), StatusCode::OK);
    assert_eq!(served.headers()[CONTENT_TYPE], "image/png");
    assert_eq!(served.headers()["x-content-type-options"], "nosniff");
    assert!(served.headers()["cache-control"]
        .to_str()
        .unwrap()
        .contains("immutable"));
    let png = image::load_from_memory(&served.bytes().await.unwrap()).unwrap();
    assert_eq!(
        (png.width(), png.height()),
        (512, 256),
        "scaled to 512 px, aspect kept"
    );

    // the directory and the profile carry it; a new upload replaces the file
    let listed: glokal_api_types::OrganizationPage = app
        .get("/api/v1/organizations", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed.items[0].logo_url.as_deref(), Some(url.as_str()));
    let res = upload(
        &app,
        &org,
        Some(&owner),
        "image/webp",
        image_bytes(64, 64, image::ImageFormat::WebP),
    )
    .await;
    let replaced: Organization = res.json().await.unwrap();
    assert_ne!(replaced.logo_url.as_deref(), Some(url.as_str()));
    assert_eq!(
        app.client.get(app.url(&url)).send().await.unwrap().status(),
        StatusCode::NOT_FOUND,
        "the old file is gone"
    );

    assert_eq!(
        app.call(
            Method::DELETE,
            &format!("/api/v1/organizations/{}/logo", org.id),
            Some(&owner),
            None
        )
        .await
        .status(),
        StatusCode::NO_CONTENT
    );
    let fetched: Organization = app
        .get(&format!("/api/v1/organizations/{}", org.id), None)
        .await
        .json()
        .await
        .unwrap();
    assert!(fetched.logo_url.is_none());
    assert_eq!(
        app.client
            .get(app.url(replaced.logo_url.as_deref().unwrap()))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn bad_logos_are_refused_with_clear_codes() {
    let app = spawn_app().await;
    let (_, owner) = app.user_with_role(Role::Member).await;
    let (_, stranger) = app.user_with_role(Role::Member).await;
    let org = company(&app, &owner).await;
    let png = image_bytes(32, 32, image::ImageFormat::Png);

    let svg = b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".to_vec();
    assert_error(
        upload(&app, &org, Some(&owner), "image/svg+xml", svg.clone()).await,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_media_type",
    )
    .await;
    // an SVG (or HTML) declared as PNG is still not an image
    assert_error(
        upload(&app, &org, Some(&owner), "image/png", svg).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_image",
    )
    .await;
    assert_error(
        upload(
            &app,
            &org,
            Some(&owner),
            "image/png",
            b"plain text, not an image".to_vec(),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_image",
    )
    .await;
    let mut truncated = image_bytes(300, 300, image::ImageFormat::Png);
    truncated.truncate(200);
    assert_error(
        upload(&app, &org, Some(&owner), "image/png", truncated).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_image",
    )
    .await;
    // over 2 MiB
    let mut huge = png.clone();
    huge.resize(2 * 1024 * 1024 + 1, 0);
    assert_error(
        upload(&app, &org, Some(&owner), "image/png", huge).await,
        StatusCode::PAYLOAD_TOO_LARGE,
        "payload_too_large",
    )
    .await;
    // rights
    assert_error(
        upload(&app, &org, None, "image/png", png.clone()).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
    assert_error(
        upload(&app, &org, Some(&stranger), "image/png", png.clone()).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    let delete = format!("/api/v1/organizations/{}/logo", org.id);
    assert_error(
        app.call(Method::DELETE, &delete, Some(&stranger), None)
            .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    // nothing was stored by the refused uploads
    let fetched: Organization = app
        .get(&format!("/api/v1/organizations/{}", org.id), None)
        .await
        .json()
        .await
        .unwrap();
    assert!(fetched.logo_url.is_none());
    assert_error(
        app.get("/media/logos/../glokal.db", None).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
}
