//! `glokal seed --demo` fills the directory, idempotently.

use glokal_api_types::{EventPage, EventStatus, EventType, OrganizationPage, PlaceItem};

use crate::helpers::spawn_app;

#[tokio::test]
async fn demo_data_is_idempotent_and_spread_over_the_programme_area() {
    let app = spawn_app().await;
    let db = glokal_store::connect(&app.database_url()).await.unwrap();
    glokal_server::cli::seed::demo(&db).await.unwrap();
    glokal_server::cli::seed::demo(&db).await.unwrap();
    db.close().await.ok();

    // The demo people accepted the terms in force, once (seeding twice adds nothing).
    for (email, ..) in glokal_server::cli::seed::DEMO_ACCOUNTS {
        let (tokens, _) = app
            .login(email, glokal_server::cli::seed::DEMO_PASSWORD)
            .await;
        let consents: glokal_api_types::ConsentOverview = app
            .get("/api/v1/me/consents", Some(&tokens.access_token))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(consents.records.len(), 1, "{email}");
        assert!(!consents.current[0].outstanding, "{email}");
    }

    let expected: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("../../data/demo_organizations.json")).unwrap();
    let all: OrganizationPage = app
        .get("/api/v1/organizations?limit=1", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        all.total as usize,
        expected.len(),
        "seeding twice creates everything once"
    );
    if expected.is_empty() {
        return;
    }
    assert!(
        all.items.iter().all(|o| o.demo),
        "demo organisations are marked"
    );
    for region in [
        "DED2C", "DED42", "DED2D", "DED43", "DED2F", "DED44", "DED45", "DED41", "DED21", "CZ041",
        "CZ042", "CZ051",
    ] {
        let page: OrganizationPage = app
            .get(
                &format!("/api/v1/organizations?region={region}&limit=1"),
                None,
            )
            .await
            .json()
            .await
            .unwrap();
        assert!(page.total > 0, "demo data in {region}");
    }
    let zittau: Vec<PlaceItem> = app
        .get("/api/v1/reference/places?q=Zittau&limit=1", None)
        .await
        .json()
        .await
        .unwrap();
    let near: OrganizationPage = app
        .get(
            &format!(
                "/api/v1/organizations?near={}&radius_km=30&country=CZ",
                zittau[0].id
            ),
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(near.total > 0, "Czech partners within 30 km of Zittau");

    // demo events: published ones public, the draft only for its organisers, once each
    let expected: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("../../data/demo_events.json")).unwrap();
    let drafts = expected
        .iter()
        .filter(|e| e["published"] == serde_json::json!(false))
        .count();
    let events: EventPage = app
        .get("/api/v1/events?limit=100", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(events.total as usize, expected.len() - drafts);
    assert!(events.items.iter().all(|e| e.demo));
    assert!(events.items.iter().any(|e| e.status == EventStatus::Done));
    for country in ["DE", "CZ"] {
        assert!(
            events.items.iter().any(|e| e.kind == EventType::Cooperation
                && e.matchmaking
                && e.country.as_deref() == Some(country)
                && e.status == EventStatus::Published),
            "a Kooperationsbörse in {country}"
        );
    }
    let staff = app
        .login("kammer@demo.glokal.eu", "Glokal-Demo-2026")
        .await
        .0;
    let own: EventPage = app
        .get("/api/v1/events?status=draft", Some(&staff.access_token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(own.total as usize, drafts);
}
