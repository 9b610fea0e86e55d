//! Alerts: a shortage alert reaches the matching organisations nearby (in-app and by mail in
//! each person's language, once), notification preferences per channel, saved searches with
//! instant and digest reports, and the signed one-click unsubscribe links.

use std::time::Duration;

use chrono::{Days, Utc};
use glokal_api_types::{
    Language, NotificationCategory, NotificationPage, NotificationPreferences, Opportunity,
    Organization, SavedSearch, SavedSearchList, Unsubscribed,
};
use reqwest::header::ACCEPT_LANGUAGE;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::{assert_error, create_organization, person, spawn_app, TestApp};

async fn org(
    app: &TestApp,
    token: &str,
    name: &str,
    country: &str,
    city: &str,
    nace: &str,
    desc: Value,
) -> Organization {
    let body = json!({"name": name, "kind": "company", "country": country, "city": city, "nace_main": nace, "description": desc});
    create_organization(app, token, &body).await
}

async fn notifications(app: &TestApp, token: &str, lang: &str) -> NotificationPage {
    let res = app
        .client
        .get(app.url("/api/v1/me/notifications"))
        .bearer_auth(token)
        .header(ACCEPT_LANGUAGE, lang)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    res.json().await.unwrap()
}

async fn wait_for_index(app: &TestApp, count: u64) {
    for _ in 0..200 {
        let body: Value = app
            .get("/api/v1/search?type=organization", None)
            .await
            .json()
            .await
            .unwrap();
        if body["total"].as_u64().unwrap_or(0) >= count {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("the index did not catch up");
}

fn alert(org: Uuid, publish: bool) -> Value {
    json!({
        "organization_id": org, "type": "shortage_alert",
        "title": {"cs": "Naléhavě hledáme granulát PA6 pro vstřikování"},
        "text": {"cs": "Kvůli výpadku dodavatele hledáme 2 t granulátu PA6 GF30 pro vstřikování plastů."},
        "keywords": ["PA6 GF30", "granulát"],
        "quantity": 2, "unit": "t",
        "needed_by": (Utc::now().date_naive() + Days::new(10)).to_string(),
        "max_distance_km": 100,
        "publish": publish
    })
}

async fn unsubscribe(app: &TestApp, token: &str) -> reqwest::Response {
    app.post("/api/v1/unsubscribe", &json!({ "token": token }))
        .await
}

async fn preferences(app: &TestApp, token: &str) -> NotificationPreferences {
    let res = app
        .get("/api/v1/me/notification-preferences", Some(token))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    res.json().await.unwrap()
}

fn channel(p: &NotificationPreferences, c: NotificationCategory) -> (bool, bool) {
    let item = p.items.iter().find(|i| i.category == c).unwrap();
    (item.in_app, item.email)
}

#[tokio::test]
async fn a_shortage_alert_reaches_matching_organisations_nearby_once() {
    let app = spawn_app().await;
    let (_, jana) = person(&app, "jana", Language::Cs).await;
    let (thomas_user, thomas) = person(&app, "thomas", Language::De).await;
    let (anna_user, anna) = person(&app, "anna", Language::De).await;
    let (kai_user, kai) = person(&app, "kai", Language::En).await;
    let poster = org(
        &app,
        &jana,
        "Nováková plasty s.r.o.",
        "CZ",
        "Liberec",
        "22.29",
        json!({"cs": "Vstřikování plastů."}),
    )
    .await;
    // Near Liberec and in plastics: alerted.
    let near = org(
        &app,
        &thomas,
        "Zittauer Kunststoff GmbH",
        "DE",
        "Zittau",
        "22.29",
        json!({"de": "Kunststoffspritzguss, Granulat PA6 und PA66 auf Lager."}),
    )
    .await;
    // Plastics, but far away (Plauen, about 230 km): not alerted.
    org(
        &app,
        &anna,
        "Vogtland Kunststoff GmbH",
        "DE",
        "Plauen",
        "22.29",
        json!({"de": "Kunststoffspritzguss und Granulat."}),
    )
    .await;
    // Nearby, but software: not alerted.
    org(
        &app,
        &kai,
        "Zittau Software GmbH",
        "DE",
        "Zittau",
        "62.01",
        json!({"en": "Software development and ERP consulting."}),
    )
    .await;
    wait_for_index(&app, 4).await;

    let res = app
        .call(
            Method::POST,
            "/api/v1/opportunities",
            Some(&jana),
            Some(&alert(poster.id, true)),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    let opp: Opportunity = res.json().await.unwrap();

    // In German, in the notification centre of the nearby firm's owner.
    let page = notifications(&app, &thomas, "de").await;
    let n = page
        .items
        .iter()
        .find(|n| n.kind == "shortage_alert")
        .expect("alerted in-app");
    assert!(n.title.starts_with("Engpass in Ihrer Nähe"), "{}", n.title);
    assert!(n.title.contains("granulát PA6"), "{}", n.title);
    assert!(
        n.body.contains("Nováková plasty s.r.o.") && n.body.contains("Liberec"),
        "{}",
        n.body
    );
    assert_eq!(
        n.link.as_deref(),
        Some(format!("/opportunities/{}", opp.id).as_str())
    );
    // And by mail, in German, with the reasons, the dates and the unsubscribe link.
    let mail = app
        .wait_for_mail(&thomas_user.email, "Dringend gesucht")
        .await;
    assert!(
        mail.body.contains("Nováková plasty s.r.o."),
        "{}",
        mail.body
    );
    assert!(mail.body.contains("Menge: 2 t"), "{}", mail.body);
    assert!(mail.body.contains("Benötigt bis:"), "{}", mail.body);
    assert!(
        mail.body.contains("Warum Sie diese Meldung erhalten"),
        "{}",
        mail.body
    );
    assert!(mail
        .body
        .contains(&format!("http://glokal.test/opportunities/{}", opp.id)));
    let link = mail.token_link();
    assert!(
        link.starts_with("http://glokal.test/unsubscribe?token="),
        "{link}"
    );
    let header = mail
        .list_unsubscribe
        .clone()
        .expect("List-Unsubscribe header");
    assert!(
        header.contains("http://glokal.test/api/v1/unsubscribe?token="),
        "{header}"
    );

    // The far and the unrelated firms hear nothing.
    for token in [&anna, &kai] {
        let page = notifications(&app, token, "de").await;
        assert!(!page.items.iter().any(|n| n.kind == "shortage_alert"));
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    for user in [&anna_user, &kai_user] {
        assert!(app
            .mails_to(&user.email)
            .iter()
            .all(|m| !m.subject.contains("Dringend") && !m.subject.contains("Urgently")));
    }

    // Editing the alert does not alert again.
    let mut changed = alert(poster.id, true);
    changed["quantity"] = json!(3);
    let res = app
        .call(
            Method::PUT,
            &format!("/api/v1/opportunities/{}", opp.id),
            Some(&jana),
            Some(&changed),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let alerts = |p: &NotificationPage| {
        p.items
            .iter()
            .filter(|n| n.kind == "shortage_alert")
            .count()
    };
    assert_eq!(alerts(&notifications(&app, &thomas, "de").await), 1);
    assert_eq!(
        app.mails_to(&thomas_user.email)
            .iter()
            .filter(|m| m.subject.contains("Dringend"))
            .count(),
        1
    );

    // One click on the mail's link: no more alert mails, the app channel stays.
    let token = mail.token();
    let res = unsubscribe(&app, &token).await;
    assert_eq!(res.status(), StatusCode::OK);
    let done: Unsubscribed = res.json().await.unwrap();
    assert_eq!(done.category, NotificationCategory::ShortageAlerts);
    assert_eq!(
        channel(
            &preferences(&app, &thomas).await,
            NotificationCategory::ShortageAlerts
        ),
        (true, false)
    );
    // Using it again changes nothing; forged, altered or missing tokens are refused.
    assert_eq!(unsubscribe(&app, &token).await.status(), StatusCode::OK);
    let mut altered = token.clone();
    altered.pop();
    altered.push(if token.ends_with('A') { 'B' } else { 'A' });
    assert_error(
        unsubscribe(&app, &altered).await,
        StatusCode::BAD_REQUEST,
        "link_invalid",
    )
    .await;
    assert_error(
        unsubscribe(&app, &thomas).await,
        StatusCode::BAD_REQUEST,
        "link_invalid",
    )
    .await;
    assert_error(
        app.post("/api/v1/unsubscribe", &json!({})).await,
        StatusCode::BAD_REQUEST,
        "link_invalid",
    )
    .await;

    // A draft alerts when it is published (once), the unsubscribed owner only in the app.
    let res = app
        .call(
            Method::POST,
            "/api/v1/opportunities",
            Some(&jana),
            Some(&alert(poster.id, false)),
        )
        .await;
    let draft: Opportunity = res.json().await.unwrap();
    assert_eq!(alerts(&notifications(&app, &thomas, "de").await), 1);
    let res = app
        .call(
            Method::PUT,
            &format!("/api/v1/opportunities/{}", draft.id),
            Some(&jana),
            Some(&alert(poster.id, true)),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    assert_eq!(alerts(&notifications(&app, &thomas, "de").await), 2);
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        app.mails_to(&thomas_user.email)
            .iter()
            .filter(|m| m.subject.contains("Dringend"))
            .count(),
        1
    );
    // The recipient organisation's other opportunities are unaffected; the poster got nothing.
    assert_eq!(alerts(&notifications(&app, &jana, "cs").await), 0);
    let _ = near;
}

/// A Czech moulder (`poster_token`) and a German plastics firm nearby (`recipient_token`); the
/// Czech one publishes a shortage alert.
async fn alert_near(app: &TestApp, poster_token: &str, recipient_token: &str) {
    let poster = org(
        app,
        poster_token,
        "Nováková plasty s.r.o.",
        "CZ",
        "Liberec",
        "22.29",
        json!({"cs": "Vstřikování plastů."}),
    )
    .await;
    org(
        app,
        recipient_token,
        "Zittauer Kunststoff GmbH",
        "DE",
        "Zittau",
        "22.29",
        json!({"de": "Kunststoffspritzguss und Granulat PA6."}),
    )
    .await;
    wait_for_index(app, 2).await;
    let res = app
        .call(
            Method::POST,
            "/api/v1/opportunities",
            Some(poster_token),
            Some(&alert(poster.id, true)),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
}

#[tokio::test]
async fn one_click_unsubscribe_as_mail_clients_post_it() {
    let app = spawn_app().await;
    let (_, jana) = person(&app, "jana", Language::Cs).await;
    let (user, thomas) = person(&app, "thomas", Language::En).await;
    alert_near(&app, &jana, &thomas).await;
    let mail = app.wait_for_mail(&user.email, "Urgently needed").await;
    let url = mail.list_unsubscribe.unwrap();
    let url = url
        .trim_matches(|c| c == '<' || c == '>')
        .replace("http://glokal.test", &app.address);
    // RFC 8058: POST with the form body `List-Unsubscribe=One-Click`.
    let res = app
        .client
        .post(url)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        channel(
            &preferences(&app, &thomas).await,
            NotificationCategory::ShortageAlerts
        ),
        (true, false)
    );
}

#[tokio::test]
async fn notification_preferences_per_channel() {
    let app = spawn_app().await;
    let (_, jana) = person(&app, "jana", Language::Cs).await;
    let (user, thomas) = person(&app, "thomas", Language::De).await;
    // Defaults: everything on.
    let p = preferences(&app, &thomas).await;
    assert_eq!(p.items.len(), 3);
    assert!(p.items.iter().all(|i| i.in_app && i.email));
    // Shortage alerts only by mail, not in the app.
    let res = app
        .call(Method::PUT, "/api/v1/me/notification-preferences", Some(&thomas), Some(&json!({"items": [{"category": "shortage_alerts", "in_app": false, "email": true}]})))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let p: NotificationPreferences = res.json().await.unwrap();
    assert_eq!(
        channel(&p, NotificationCategory::ShortageAlerts),
        (false, true)
    );
    assert_eq!(channel(&p, NotificationCategory::Messages), (true, true));
    alert_near(&app, &jana, &thomas).await;
    app.wait_for_mail(&user.email, "Dringend gesucht").await;
    assert!(notifications(&app, &thomas, "de")
        .await
        .items
        .iter()
        .all(|n| n.kind != "shortage_alert"));

    // Bad input and no login.
    let res = app
        .call(Method::PUT, "/api/v1/me/notification-preferences", Some(&thomas), Some(&json!({"items": [{"category": "messages", "in_app": true, "email": false}, {"category": "messages", "in_app": false, "email": false}]})))
        .await;
    let body = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    assert_eq!(body["fields"]["items[1].category"], "duplicate");
    let res = app
        .call(
            Method::PUT,
            "/api/v1/me/notification-preferences",
            Some(&thomas),
            Some(&json!({"items": [{"category": "newsletters", "in_app": true, "email": false}]})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        app.get("/api/v1/me/notification-preferences", None)
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
}

async fn save(app: &TestApp, token: &str, body: &Value) -> reqwest::Response {
    app.call(
        Method::POST,
        "/api/v1/me/saved-searches",
        Some(token),
        Some(body),
    )
    .await
}

#[tokio::test]
async fn saved_searches_report_new_hits_instantly_or_as_a_digest() {
    let app = spawn_app().await;
    let (jana_user, jana) = person(&app, "jana", Language::Cs).await;
    let (_, thomas) = person(&app, "thomas", Language::De).await;
    let (_, other) = person(&app, "other", Language::En).await;
    // Known before the search was saved: never reported.
    org(
        &app,
        &thomas,
        "Alte Spritzguss GmbH",
        "DE",
        "Zittau",
        "22.29",
        json!({"de": "Spritzguss seit 1990."}),
    )
    .await;
    wait_for_index(&app, 1).await;

    let res = save(&app, &jana, &json!({"name": "Vstřikování v Sasku", "query": {"q": "vstřikování", "country": "DE"}, "frequency": "instant"})).await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    let instant: SavedSearch = res.json().await.unwrap();
    assert!(instant.email);
    let res = save(
        &app,
        &jana,
        &json!({"name": "Weekly", "query": {"q": "Spritzguss"}, "frequency": "weekly"}),
    )
    .await;
    let weekly: SavedSearch = res.json().await.unwrap();

    // A new German injection moulder (written in German) is reported to the Czech searcher.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    org(
        &app,
        &thomas,
        "Neue Spritzguss GmbH",
        "DE",
        "Görlitz",
        "22.29",
        json!({"de": "Kunststoffspritzguss und Werkzeugbau."}),
    )
    .await;
    let mail = app
        .wait_for_mail(&jana_user.email, "Vstřikování v Sasku")
        .await;
    assert!(
        mail.subject.contains("Jeden nový výsledek"),
        "{}",
        mail.subject
    );
    assert!(mail.body.contains("Neue Spritzguss GmbH"), "{}", mail.body);
    assert!(!mail.body.contains("Alte Spritzguss GmbH"), "{}", mail.body);
    assert!(
        mail.body.contains("http://glokal.test/search?"),
        "{}",
        mail.body
    );
    assert!(mail.list_unsubscribe.is_some());
    let page = notifications(&app, &jana, "cs").await;
    let n = page
        .items
        .iter()
        .find(|n| n.kind == "saved_search")
        .expect("in-app notice");
    assert!(n.title.contains("Vstřikování v Sasku"), "{}", n.title);
    assert!(n.body.contains("Neue Spritzguss GmbH"), "{}", n.body);
    // Reported once: later polls find nothing new.
    tokio::time::sleep(Duration::from_secs(5)).await;
    assert_eq!(
        app.mails_to(&jana_user.email)
            .iter()
            .filter(|m| m.subject.contains("Vstřikování v Sasku"))
            .count(),
        1
    );

    // The weekly search waits for its week; then a digest.
    assert!(!app
        .mails_to(&jana_user.email)
        .iter()
        .any(|m| m.subject.contains("Weekly")));
    app.make_saved_searches_due().await;
    let digest = app.wait_for_mail(&jana_user.email, "Weekly").await;
    assert!(
        digest.body.contains("Neue Spritzguss GmbH"),
        "{}",
        digest.body
    );
    let list: SavedSearchList = app
        .get("/api/v1/me/saved-searches", Some(&jana))
        .await
        .json()
        .await
        .unwrap();
    let w = list.items.iter().find(|s| s.id == weekly.id).unwrap();
    assert_eq!(w.last_hit_count, 1);
    assert!(w.last_sent_at.is_some());

    // Unsubscribe from the digest's link: that search's mails stop, the other one's don't.
    let res = unsubscribe(&app, &digest.token()).await;
    assert_eq!(res.status(), StatusCode::OK);
    let done: Unsubscribed = res.json().await.unwrap();
    assert_eq!(done.saved_search_name.as_deref(), Some("Weekly"));
    let list: SavedSearchList = app
        .get("/api/v1/me/saved-searches", Some(&jana))
        .await
        .json()
        .await
        .unwrap();
    assert!(!list.items.iter().find(|s| s.id == weekly.id).unwrap().email);
    assert!(
        list.items
            .iter()
            .find(|s| s.id == instant.id)
            .unwrap()
            .email
    );

    // The data export holds the saved searches, the notifications and the preferences.
    let export: Value = app
        .get("/api/v1/me/export", Some(&jana))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(export["saved_searches"].as_array().unwrap().len(), 2);
    assert!(export["notifications"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n["kind"] == "saved_search"));
    assert_eq!(
        export["notification_preferences"].as_array().unwrap().len(),
        3
    );

    // Other people's saved searches do not exist for them.
    let path = format!("/api/v1/me/saved-searches/{}", instant.id);
    let body = json!({"name": "x", "query": {"q": "y"}});
    assert_error(
        app.call(Method::PUT, &path, Some(&other), Some(&body))
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_error(
        app.call(Method::DELETE, &path, Some(&other), None).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    // The owner changes and deletes it.
    let res = app.call(Method::PUT, &path, Some(&jana), Some(&json!({"name": "Jiný název", "query": {"q": "frézování"}, "frequency": "daily", "email": false}))).await;
    assert_eq!(res.status(), StatusCode::OK);
    let changed: SavedSearch = res.json().await.unwrap();
    assert_eq!(
        (changed.name.as_str(), changed.email),
        ("Jiný název", false)
    );
    assert_eq!(
        app.call(Method::DELETE, &path, Some(&jana), None)
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    // Deleting the search makes its unsubscribe link point nowhere.
    let _ = weekly;
}

#[tokio::test]
async fn saved_searches_are_checked_and_limited() {
    let app = spawn_app().await;
    let (_, token) = person(&app, "jana", Language::Cs).await;
    for (body, field, code) in [
        (
            json!({"name": " ", "query": {"q": "x"}}),
            "name",
            "required",
        ),
        (
            json!({"name": "x".repeat(101), "query": {"q": "x"}}),
            "name",
            "too_long",
        ),
        (
            json!({"name": "Radius", "query": {"q": "x", "radius_km": 50}}),
            "query.near",
            "required",
        ),
        (
            json!({"name": "Region", "query": {"region": "XX999"}}),
            "query.region",
            "unknown_value",
        ),
    ] {
        let res = save(&app, &token, &body).await;
        let err = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
        assert_eq!(err["fields"][field], code, "{body}");
    }
    let res = save(
        &app,
        &token,
        &json!({"name": "x", "query": {"q": "x"}, "frequency": "hourly"}),
    )
    .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    for i in 0..20 {
        let res = save(
            &app,
            &token,
            &json!({"name": format!("Suche {i}"), "query": {"q": "Spritzguss"}}),
        )
        .await;
        assert_eq!(res.status(), StatusCode::CREATED);
    }
    let res = save(
        &app,
        &token,
        &json!({"name": "Suche 21", "query": {"q": "Spritzguss"}}),
    )
    .await;
    assert_error(res, StatusCode::CONFLICT, "too_many_saved_searches").await;
    let list: SavedSearchList = app
        .get("/api/v1/me/saved-searches", Some(&token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list.items.len(), 20);
    assert_eq!(list.items[0].name, "Suche 19");
    assert_eq!(
        app.get("/api/v1/me/saved-searches", None).await.status(),
        StatusCode::UNAUTHORIZED
    );
}
