//! GDPR: consent at registration and its record, the privacy settings and what they
//! change for others (names in messages, notification mails), and the data export.

use glokal_api_types::{
    AccountExport, ConsentKind, ConsentOverview, Conversation, Language, Message, NotificationPage,
    Organization, PrivacySettings, ProfileVisibility, CURRENT_TERMS_VERSION,
};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::{assert_error, create_organization, person, spawn_app, TestApp, PASSWORD};

async fn consents(app: &TestApp, token: &str) -> ConsentOverview {
    let res = app.get("/api/v1/me/consents", Some(token)).await;
    assert_eq!(res.status(), StatusCode::OK);
    res.json().await.unwrap()
}

async fn set_privacy(app: &TestApp, token: &str, body: Value) -> reqwest::Response {
    app.call(Method::PUT, "/api/v1/me/privacy", Some(token), Some(&body))
        .await
}

fn company(name: &str, country: &str, city: &str) -> Value {
    json!({"name": name, "kind": "company", "country": country, "city": city, "description": {"de": "Text"}})
}

#[tokio::test]
async fn registration_records_the_accepted_terms_and_new_versions_are_accepted_later() {
    let app = spawn_app().await;
    let body = |version: Option<&str>| {
        let mut body =
            json!({"email": "jana@firma.example", "password": PASSWORD, "display_name": "Jana"});
        if let Some(v) = version {
            body["accepted_terms_version"] = json!(v);
        }
        body
    };
    for (version, code) in [
        (None, "terms_not_accepted"),
        (Some(" "), "terms_not_accepted"),
        (Some("2020-01-01"), "terms_version_outdated"),
    ] {
        let res = app.post("/api/v1/auth/register", &body(version)).await;
        let error = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
        assert_eq!(error["fields"]["accepted_terms_version"], code);
    }
    // Nothing was created by the refused attempts: the address is still free.
    let res = app
        .post("/api/v1/auth/register", &body(Some(CURRENT_TERMS_VERSION)))
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);

    let (_, token) = person(&app, "petr", Language::Cs).await;
    let overview = consents(&app, &token).await;
    assert_eq!(overview.records.len(), 1);
    let record = &overview.records[0];
    assert_eq!(
        (record.kind, record.text_version.as_str(), record.granted),
        (ConsentKind::Terms, CURRENT_TERMS_VERSION, true)
    );
    assert!((chrono::Utc::now() - record.recorded_at).num_seconds() < 60);
    assert_eq!(overview.current.len(), 1);
    assert!(!overview.current[0].outstanding);

    // Only the version in force can be accepted; the terms cannot be withdrawn.
    let record = |version: &str, granted: bool| json!({"kind": "terms", "text_version": version, "granted": granted});
    let res = app
        .call(
            Method::POST,
            "/api/v1/me/consents",
            Some(&token),
            Some(&record("2020-01-01", true)),
        )
        .await;
    let error = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    assert_eq!(error["fields"]["text_version"], "terms_version_outdated");
    let res = app
        .call(
            Method::POST,
            "/api/v1/me/consents",
            Some(&token),
            Some(&record(CURRENT_TERMS_VERSION, false)),
        )
        .await;
    let error = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    assert_eq!(error["fields"]["granted"], "consent_required");
    let res = app
        .call(
            Method::POST,
            "/api/v1/me/consents",
            Some(&token),
            Some(&json!({"kind": "newsletter", "text_version": CURRENT_TERMS_VERSION, "granted": true})),
        )
        .await;
    assert_error(res, StatusCode::BAD_REQUEST, "invalid_json").await;
    assert_eq!(
        app.call(
            Method::POST,
            "/api/v1/me/consents",
            None,
            Some(&record(CURRENT_TERMS_VERSION, true))
        )
        .await
        .status(),
        StatusCode::UNAUTHORIZED
    );

    // An account from before the terms (e.g. created on the command line) has them
    // outstanding until it accepts; every acceptance is kept.
    let (_, admin) = app
        .user_with_role(glokal_api_types::Role::PlatformAdmin)
        .await;
    let db = glokal_store::connect(&app.database_url()).await.unwrap();
    {
        use glokal_store::entities::consent::Entity;
        use sea_orm::EntityTrait;
        Entity::delete_many().exec(&db).await.unwrap();
    }
    db.close().await.ok();
    let overview = consents(&app, &admin).await;
    assert!(overview.records.is_empty() && overview.current[0].outstanding);
    for _ in 0..2 {
        let res = app
            .call(
                Method::POST,
                "/api/v1/me/consents",
                Some(&admin),
                Some(&record(CURRENT_TERMS_VERSION, true)),
            )
            .await;
        assert_eq!(res.status(), StatusCode::CREATED);
    }
    let overview = consents(&app, &admin).await;
    assert_eq!(overview.records.len(), 2);
    assert!(!overview.current[0].outstanding);
}

#[tokio::test]
async fn privacy_settings_are_stored_checked_and_exported() {
    let app = spawn_app().await;
    let (_, token) = person(&app, "anke", Language::De).await;
    let res = app.get("/api/v1/me/privacy", Some(&token)).await;
    let defaults: PrivacySettings = res.json().await.unwrap();
    assert_eq!(
        serde_json::to_value(defaults).unwrap(),
        json!({"profile_visibility": "logged_in", "contact_visibility": "meeting_partners", "email_notifications": true})
    );
    let wanted = json!({"profile_visibility": "own_organizations", "contact_visibility": "nobody", "email_notifications": false});
    let res = set_privacy(&app, &token, wanted.clone()).await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = app.get("/api/v1/me/privacy", Some(&token)).await;
    assert_eq!(res.json::<Value>().await.unwrap(), wanted);

    for bad in [
        json!({"profile_visibility": "everybody", "contact_visibility": "nobody", "email_notifications": false}),
        json!({"profile_visibility": "logged_in"}),
    ] {
        assert_error(
            set_privacy(&app, &token, bad).await,
            StatusCode::BAD_REQUEST,
            "invalid_json",
        )
        .await;
    }
    assert_eq!(
        app.get("/api/v1/me/privacy", None).await.status(),
        StatusCode::UNAUTHORIZED
    );

    let export: AccountExport = app
        .get("/api/v1/me/export", Some(&token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(serde_json::to_value(export.privacy).unwrap(), wanted);
    assert_eq!(export.consents.len(), 1);
    assert_eq!(export.consents[0].text_version, CURRENT_TERMS_VERSION);
}

async fn start(app: &TestApp, token: &str, from: Uuid, to: Uuid) -> Conversation {
    let res = app
        .call(
            Method::POST,
            "/api/v1/conversations",
            Some(token),
            Some(&json!({"from_organization_id": from, "to_organization_id": to, "subject": "Spritzguss", "body": "Guten Tag, wir suchen Spritzguss."})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    res.json().await.unwrap()
}

async fn messages(app: &TestApp, token: &str, conversation: Uuid) -> Vec<Message> {
    let res = app
        .get(
            &format!("/api/v1/conversations/{conversation}"),
            Some(token),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let body: Value = res.json().await.unwrap();
    serde_json::from_value(body["messages"].clone()).unwrap()
}

async fn queued(app: &TestApp, user: Uuid, part: &str) -> usize {
    let db = glokal_store::connect(&app.database_url()).await.unwrap();
    let mails = glokal_store::mail_outbox::list_for_user(&db, user)
        .await
        .unwrap();
    db.close().await.ok();
    mails.iter().filter(|m| m.subject.contains(part)).count()
}

#[tokio::test]
async fn a_restricted_name_reaches_only_the_own_side_and_mails_can_be_turned_off() {
    let app = spawn_app().await;
    let (de_user, de) = person(&app, "thomas", Language::De).await;
    let (cz_user, cz) = person(&app, "jana", Language::Cs).await;
    let de_org: Organization = create_organization(
        &app,
        &de,
        &company("Zittauer Kunststoff GmbH", "DE", "Zittau"),
    )
    .await;
    let cz_org: Organization = create_organization(
        &app,
        &cz,
        &company("Liberecké plasty s.r.o.", "CZ", "Liberec"),
    )
    .await;

    // By default the other side sees the sender's name and gets a mail.
    let first = start(&app, &de, de_org.id, cz_org.id).await;
    let seen = messages(&app, &cz, first.id).await;
    assert_eq!(seen[0].sender_name.as_deref(), Some("Test Person"));
    assert_eq!(
        queued(&app, cz_user.id, "Zittauer Kunststoff GmbH").await,
        1
    );

    // The German keeps his name to his organisation; the Czech wants no mails.
    let res = set_privacy(
        &app,
        &de,
        json!({"profile_visibility": "own_organizations", "contact_visibility": "meeting_partners", "email_notifications": true}),
    )
    .await;
    assert_eq!(
        res.json::<PrivacySettings>()
            .await
            .unwrap()
            .profile_visibility,
        ProfileVisibility::OwnOrganizations
    );
    set_privacy(
        &app,
        &cz,
        json!({"profile_visibility": "logged_in", "contact_visibility": "meeting_partners", "email_notifications": false}),
    )
    .await;
    let res = app
        .call(
            Method::POST,
            &format!("/api/v1/conversations/{}/messages", first.id),
            Some(&de),
            Some(&json!({"body": "Noch eine Frage."})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let seen = messages(&app, &cz, first.id).await;
    assert!(
        seen.iter().all(|m| m.sender_name.is_none()),
        "also the earlier message"
    );
    assert!(seen
        .iter()
        .all(|m| m.sender_organization_name.as_deref() == Some("Zittauer Kunststoff GmbH")));
    let own = messages(&app, &de, first.id).await;
    assert!(own
        .iter()
        .all(|m| m.sender_name.as_deref() == Some("Test Person")));

    // The Czech is still told in the app (with the organisation, not the name), not by mail.
    let res = app
        .client
        .get(app.url("/api/v1/me/notifications"))
        .bearer_auth(&cz)
        .header("accept-language", "de")
        .send()
        .await
        .unwrap();
    let page: NotificationPage = res.json().await.unwrap();
    assert_eq!(page.total, 2);
    let latest = page
        .items
        .iter()
        .find(|n| n.body.contains("Noch eine Frage"))
        .unwrap();
    assert_eq!(
        latest.body,
        "Zittauer Kunststoff GmbH schreibt an Liberecké plasty s.r.o.: Noch eine Frage."
    );
    // A new conversation would mail at once (no throttle): still none.
    let (_, third) = person(&app, "karl", Language::De).await;
    let third_org: Organization = create_organization(
        &app,
        &third,
        &company("Görlitzer Metall GmbH", "DE", "Görlitz"),
    )
    .await;
    start(&app, &third, third_org.id, cz_org.id).await;
    assert_eq!(queued(&app, cz_user.id, "Görlitzer Metall GmbH").await, 0);
    assert_eq!(
        queued(&app, cz_user.id, "Zittauer Kunststoff GmbH").await,
        1
    );
    // The German, who kept mails on, hears of the Czech answer by mail.
    let res = app
        .call(
            Method::POST,
            &format!("/api/v1/conversations/{}/messages", first.id),
            Some(&cz),
            Some(&json!({"body": "Dobrý den."})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    assert_eq!(queued(&app, de_user.id, "Liberecké plasty").await, 1);
}
