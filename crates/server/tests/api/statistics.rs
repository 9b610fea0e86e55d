//! Programme indicators: who may read them, the counts behind them, the cross-border
//! indicator with its drill-down as JSON and CSV, and the period's checks.

use glokal_api_types::{
    CooperatingOrganizations, CooperationEvidence, Organization, Role, Statistics,
};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::{assert_error, create_organization, spawn_app, TestApp};

async fn org(app: &TestApp, token: &str, name: &str, country: &str, city: &str) -> Organization {
    let body = json!({"name": name, "kind": "company", "country": country, "city": city, "description": {"de": "Text"}});
    create_organization(app, token, &body).await
}

async fn start(app: &TestApp, token: &str, from: Uuid, to: Uuid) -> Uuid {
    let body = json!({"from_organization_id": from, "to_organization_id": to, "body": format!("Guten Tag {}", Uuid::new_v4())});
    let res = app
        .call(
            Method::POST,
            "/api/v1/conversations",
            Some(token),
            Some(&body),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    res.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap()
}

async fn reply(app: &TestApp, token: &str, conversation: Uuid) {
    let res = app
        .call(
            Method::POST,
            &format!("/api/v1/conversations/{conversation}/messages"),
            Some(token),
            Some(&json!({"body": "Dobrý den, rádi."})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
}

async fn statistics(app: &TestApp, token: &str, query: &str) -> Statistics {
    let res = app
        .get(&format!("/api/v1/statistics{query}"), Some(token))
        .await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    res.json().await.unwrap()
}

fn count(list: &[glokal_api_types::KeyCount], key: &str) -> u64 {
    list.iter()
        .find(|k| k.key == key)
        .map(|k| k.count)
        .unwrap_or(0)
}

#[tokio::test]
async fn cross_border_contacts_make_the_indicator_and_can_be_drilled_down() {
    let app = spawn_app().await;
    let (_, staff) = app.user_with_role(Role::InstitutionStaff).await;
    let (_, de_owner) = app.user_with_role(Role::Member).await;
    let (_, cz_owner) = app.user_with_role(Role::Member).await;
    let (_, de2_owner) = app.user_with_role(Role::Member).await;
    let de = org(&app, &de_owner, "Zittauer Kunststoff GmbH", "DE", "Zittau").await;
    let cz = org(&app, &cz_owner, "Liberecké plasty s.r.o.", "CZ", "Liberec").await;
    let de2 = org(&app, &de2_owner, "Görlitzer Metall GmbH", "DE", "Görlitz").await;

    let empty = statistics(&app, &staff, "").await;
    assert_eq!(empty.organizations.total, 3);
    assert_eq!(count(&empty.organizations.by_country, "DE"), 2);
    assert_eq!(count(&empty.organizations.by_country, "CZ"), 1);
    assert_eq!(empty.organizations.new_in_period, 3);
    assert_eq!(count(&empty.organizations.by_kind, "company"), 3);
    assert_eq!(empty.contacts.total, 0);
    assert_eq!(empty.cooperation.organizations, 0);
    assert_eq!(empty.months.len(), 12, "{:?}", empty.months);

    // A cross-border contact without an answer is a contact, not yet cooperation.
    let cross = start(&app, &de_owner, de.id, cz.id).await;
    let s = statistics(&app, &staff, "").await;
    assert_eq!(
        (
            s.contacts.total,
            s.contacts.cross_border,
            s.contacts.domestic
        ),
        (1, 1, 0)
    );
    assert_eq!(s.contacts_with_replies.total, 0);
    assert_eq!(s.cooperation.organizations, 0);
    // The Czech side answers: both count, through the conversation.
    reply(&app, &cz_owner, cross).await;
    // A domestic contact with an answer does not.
    let domestic = start(&app, &de_owner, de.id, de2.id).await;
    reply(&app, &de2_owner, domestic).await;
    // An offer published counts by type.
    let res = app
        .call(
            Method::POST,
            "/api/v1/opportunities",
            Some(&de_owner),
            Some(&json!({
                "organization_id": de.id, "type": "supplier_request",
                "title": {"de": "Spritzguss gesucht"}, "text": {"de": "Text"}, "publish": true
            })),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);

    let s = statistics(&app, &staff, "").await;
    assert_eq!(
        (
            s.contacts.total,
            s.contacts.cross_border,
            s.contacts.domestic
        ),
        (2, 1, 1)
    );
    assert_eq!(
        (
            s.contacts_with_replies.cross_border,
            s.contacts_with_replies.domestic
        ),
        (1, 1)
    );
    assert_eq!(s.cooperation.organizations, 2);
    assert_eq!(s.cooperation.through_conversation, 2);
    assert_eq!(
        (
            s.cooperation.through_meeting,
            s.cooperation.through_agreement
        ),
        (0, 0)
    );
    assert_eq!(count(&s.cooperation.by_country, "DE"), 1);
    assert_eq!(count(&s.cooperation.by_country, "CZ"), 1);
    assert_eq!(s.opportunities.published, 1);
    assert_eq!(count(&s.opportunities.by_type, "supplier_request"), 1);
    let month = s.months.last().unwrap();
    assert_eq!(month.month, chrono::Utc::now().format("%Y-%m").to_string());
    assert_eq!(
        (month.contacts.cross_border, month.contacts.domestic),
        (1, 1)
    );
    assert_eq!(month.cooperating_organizations, 2);
    assert!(s.months[..11].iter().all(|m| m.contacts.total == 0));

    // The drill-down names them, as JSON …
    let res = app
        .get("/api/v1/statistics/cooperating-organizations", Some(&staff))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let list: CooperatingOrganizations = res.json().await.unwrap();
    let names: Vec<&str> = list.items.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(
        names,
        ["Liberecké plasty s.r.o.", "Zittauer Kunststoff GmbH"]
    );
    assert!(list
        .items
        .iter()
        .all(|o| o.evidence == [CooperationEvidence::Conversation]));
    // … and as CSV for spreadsheets.
    let res = app
        .get(
            "/api/v1/statistics/cooperating-organizations?format=csv",
            Some(&staff),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    assert!(res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains(".csv"));
    let bytes = res.bytes().await.unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "BOM for spreadsheets"
    );
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "id;name;country;city;region;evidence;first_at");
    assert_eq!(lines.len(), 3, "{text}");
    assert!(
        lines[1].contains(";Liberecké plasty s.r.o.;CZ;Liberec;CZ051;conversation;"),
        "{}",
        lines[1]
    );

    // Another period sees nothing of it.
    let past = statistics(&app, &staff, "?from=2024-01-01&to=2024-12-31").await;
    assert_eq!(
        (past.contacts.total, past.cooperation.organizations),
        (0, 0)
    );
    assert_eq!(past.months.len(), 12);
    assert_eq!(past.months[0].month, "2024-01");
    // The organisations registered now are not new in 2024.
    assert_eq!(past.organizations.new_in_period, 0);
}

#[tokio::test]
async fn only_institution_staff_and_admins_read_statistics_and_periods_are_checked() {
    let app = spawn_app().await;
    let (_, member) = app.user_with_role(Role::Member).await;
    let (_, staff) = app.user_with_role(Role::InstitutionStaff).await;
    let admin = app.admin_token().await;
    for path in [
        "/api/v1/statistics",
        "/api/v1/statistics/cooperating-organizations",
    ] {
        assert_error(
            app.get(path, None).await,
            StatusCode::UNAUTHORIZED,
            "unauthorized",
        )
        .await;
        assert_error(
            app.get(path, Some(&member)).await,
            StatusCode::FORBIDDEN,
            "forbidden",
        )
        .await;
        assert_eq!(app.get(path, Some(&staff)).await.status(), StatusCode::OK);
        assert_eq!(app.get(path, Some(&admin)).await.status(), StatusCode::OK);
    }
    for (query, field, code) in [
        ("?from=2026-05-01&to=2026-04-01", "from", "after_end"),
        ("?from=2010-01-01&to=2026-01-01", "from", "out_of_range"),
        (
            "/cooperating-organizations?format=xml",
            "format",
            "unknown_value",
        ),
    ] {
        let res = app
            .get(&format!("/api/v1/statistics{query}"), Some(&staff))
            .await;
        let body = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
        assert_eq!(body["fields"][field], code, "{query}");
    }
    let res = app
        .get("/api/v1/statistics?from=yesterday", Some(&staff))
        .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
}
