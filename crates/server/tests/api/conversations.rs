//! Contact and messaging: conversations between organisations, messages, attachments,
//! blocks, reports, anti-spam limits, notifications and mail throttling.

use chrono::Utc;
use glokal_api_types::{
    Attachment, Conversation, ConversationKind, ConversationPage, ConversationReport, Language,
    Membership, Message, NotificationPage, Opportunity, Organization, ReportOutcome, ReportPage,
    ReportStatus, ReportedConversation, Role, User,
};
use reqwest::header::{CONTENT_DISPOSITION, CONTENT_TYPE, RETRY_AFTER, X_CONTENT_TYPE_OPTIONS};
use reqwest::{Method, Response, StatusCode};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::{
    assert_error, language, person, spawn_app, spawn_app_with, TestApp, PASSWORD,
};

const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
const PNG: &[u8] =
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

async fn create_org(
    app: &TestApp,
    token: &str,
    name: &str,
    country: &str,
    city: &str,
    kind: &str,
) -> Organization {
    let body = json!({"name": name, "kind": kind, "country": country, "city": city, "description": {"de": "Text"}});
    let res = app
        .call(
            Method::POST,
            "/api/v1/organizations",
            Some(token),
            Some(&body),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    res.json().await.unwrap()
}

async fn add_member(app: &TestApp, owner: &str, org: Uuid, email: &str, role: &str) {
    let res = app
        .call(
            Method::POST,
            &format!("/api/v1/organizations/{org}/members"),
            Some(owner),
            Some(&json!({"email": email, "role": role})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
}

async fn call(
    app: &TestApp,
    method: Method,
    path: &str,
    token: Option<&str>,
    body: Option<&Value>,
) -> (StatusCode, Value) {
    let res = app.call(method, path, token, body).await;
    let status = res.status();
    (status, res.json().await.unwrap_or(Value::Null))
}

async fn start(app: &TestApp, token: &str, body: &Value) -> Conversation {
    let res = app
        .call(
            Method::POST,
            "/api/v1/conversations",
            Some(token),
            Some(body),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    res.json().await.unwrap()
}

async fn send(app: &TestApp, token: &str, conversation: Uuid, body: &Value) -> Message {
    let res = app
        .call(
            Method::POST,
            &format!("/api/v1/conversations/{conversation}/messages"),
            Some(token),
            Some(body),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    res.json().await.unwrap()
}

async fn inbox(app: &TestApp, token: &str, query: &str) -> ConversationPage {
    let res = app
        .get(&format!("/api/v1/conversations{query}"), Some(token))
        .await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    res.json().await.unwrap()
}

async fn get_conversation(app: &TestApp, token: &str, id: Uuid) -> Conversation {
    let res = app
        .get(&format!("/api/v1/conversations/{id}"), Some(token))
        .await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    res.json().await.unwrap()
}

async fn notifications(app: &TestApp, token: &str, lang: &str) -> NotificationPage {
    let res = app
        .client
        .get(app.url("/api/v1/me/notifications"))
        .bearer_auth(token)
        .headers(language(lang))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    res.json().await.unwrap()
}

async fn upload(
    app: &TestApp,
    token: Option<&str>,
    bytes: Vec<u8>,
    content_type: &str,
    name: Option<&str>,
) -> Response {
    let path = match name {
        Some(name) => {
            let encoded: String = name
                .bytes()
                .map(|b| {
                    if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                        (b as char).to_string()
                    } else {
                        format!("%{b:02X}")
                    }
                })
                .collect();
            format!("/api/v1/attachments?name={encoded}")
        }
        None => "/api/v1/attachments".to_owned(),
    };
    let mut req = app
        .client
        .post(app.url(&path))
        .header(CONTENT_TYPE, content_type)
        .body(bytes);
    if let Some(token) = token {
        req = req.bearer_auth(token);
    }
    req.send().await.expect("request")
}

async fn uploaded(
    app: &TestApp,
    token: &str,
    bytes: &[u8],
    content_type: &str,
    name: &str,
) -> Attachment {
    let res = upload(app, Some(token), bytes.to_vec(), content_type, Some(name)).await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    res.json().await.unwrap()
}

async fn database(app: &TestApp) -> DatabaseConnection {
    glokal_store::connect(&app.database_url()).await.unwrap()
}

/// Mails queued for a user whose subject contains `part` (the outbox table: deterministic,
/// unlike the worker's files).
async fn queued_mails(app: &TestApp, user: Uuid, part: &str) -> usize {
    let db = database(app).await;
    let mails = glokal_store::mail_outbox::list_for_user(&db, user)
        .await
        .unwrap();
    db.close().await.ok();
    mails.iter().filter(|m| m.subject.contains(part)).count()
}

/// Two companies across the border with an owner and an editor each, and an outsider.
struct World {
    de: Organization,
    cz: Organization,
    de_owner: (User, String),
    de_editor: (User, String),
    cz_owner: (User, String),
    cz_editor: (User, String),
    outsider: (User, String),
    admin: String,
}

async fn world(app: &TestApp) -> World {
    let de_owner = person(app, "thomas", Language::De).await;
    let de_editor = person(app, "anke", Language::De).await;
    let cz_owner = person(app, "jana", Language::Cs).await;
    let cz_editor = person(app, "petr", Language::En).await;
    let outsider = person(app, "karel", Language::Cs).await;
    let de = create_org(
        app,
        &de_owner.1,
        "Zittauer Kunststoff GmbH",
        "DE",
        "Zittau",
        "company",
    )
    .await;
    let cz = create_org(
        app,
        &cz_owner.1,
        "Liberecké plasty s.r.o.",
        "CZ",
        "Liberec",
        "company",
    )
    .await;
    add_member(app, &de_owner.1, de.id, &de_editor.0.email, "editor").await;
    add_member(app, &cz_owner.1, cz.id, &cz_editor.0.email, "editor").await;
    create_org(
        app,
        &outsider.1,
        "Děčínská strojírna s.r.o.",
        "CZ",
        "Děčín",
        "company",
    )
    .await;
    let (_, admin) = app.user_with_role(Role::PlatformAdmin).await;
    World {
        de,
        cz,
        de_owner,
        de_editor,
        cz_owner,
        cz_editor,
        outsider,
        admin,
    }
}

fn contact(from: Uuid, to: Uuid, body: &str) -> Value {
    json!({"from_organization_id": from, "to_organization_id": to, "subject": "Spritzguss PA6", "body": body})
}

#[tokio::test]
async fn lifecycle_start_read_reply_archive_and_continue() {
    let app = spawn_app().await;
    let w = world(&app).await;

    // Thomas (DE) contacts the Czech company; plain text with line breaks, HTML stays text.
    let first = "Dobrý den,\r\nwir suchen einen Lieferanten für <b>PA6</b>-Gehäuse.";
    let res = app
        .call(
            Method::POST,
            "/api/v1/conversations",
            Some(&w.de_owner.1),
            Some(&contact(w.de.id, w.cz.id, first)),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    let started: Conversation = res.json().await.unwrap();
    assert_eq!(location, format!("/api/v1/conversations/{}", started.id));
    assert_eq!(started.kind, ConversationKind::Contact);
    assert!(started.cross_border);
    assert_eq!(started.my_organization.id, Some(w.de.id));
    assert_eq!(
        started.other_organization.name.as_deref(),
        Some("Liberecké plasty s.r.o.")
    );
    assert_eq!(started.other_organization.country, "CZ");
    assert_eq!(started.messages.len(), 1);
    let message = &started.messages[0];
    assert_eq!(
        message.body,
        "Dobrý den,\nwir suchen einen Lieferanten für <b>PA6</b>-Gehäuse."
    );
    assert!(message.from_my_side);
    assert_eq!(message.sender_user_id, Some(w.de_owner.0.id));
    assert_eq!(message.sender_name.as_deref(), Some("Test Person"));
    assert_eq!(
        message.sender_organization_name.as_deref(),
        Some("Zittauer Kunststoff GmbH")
    );
    assert!(started.can_reply && !started.archived);
    // The writer's data export holds the message.
    let export: Value = app
        .get("/api/v1/me/export", Some(&w.de_owner.1))
        .await
        .json()
        .await
        .unwrap();
    let written = export["messages"].as_array().unwrap();
    assert_eq!(written.len(), 1);
    assert_eq!(written[0]["conversation_id"], started.id.to_string());
    assert!(written[0]["body"]
        .as_str()
        .unwrap()
        .starts_with("Dobrý den,\nwir suchen"));

    // Both members of the Czech company see it unread in their inbox; a mail in their language.
    for (user, token) in [&w.cz_owner, &w.cz_editor] {
        let page = inbox(&app, token, "").await;
        assert_eq!(page.total, 1, "inbox of {}", user.email);
        let item = &page.items[0];
        assert_eq!(item.id, started.id);
        assert_eq!(item.unread_count, 1);
        assert_eq!(item.my_organization_id, w.cz.id);
        assert_eq!(
            item.other_organization.name.as_deref(),
            Some("Zittauer Kunststoff GmbH")
        );
        assert_eq!(item.other_organization.country, "DE");
        assert_eq!(item.subject.as_deref(), Some("Spritzguss PA6"));
        assert_eq!(
            item.last_message_preview,
            "Dobrý den, wir suchen einen Lieferanten für <b>PA6</b>-Gehäuse."
        );
        assert!(!item.last_message_from_my_side);
    }
    let cs_mail = app
        .wait_for_mail(&w.cz_owner.0.email, "Zittauer Kunststoff GmbH")
        .await;
    assert!(cs_mail.subject.contains("navázal"), "{}", cs_mail.subject);
    assert!(cs_mail.body.starts_with("Dobrý den, Test Person,"));
    assert!(
        cs_mail
            .body
            .replace("\r\n", "\n")
            .contains("> Dobrý den,\n> wir suchen"),
        "{}",
        cs_mail.body
    );
    assert!(cs_mail
        .body
        .contains(&format!("http://glokal.test/conversations/{}", started.id)));
    let en_mail = app
        .wait_for_mail(&w.cz_editor.0.email, "Zittauer Kunststoff GmbH")
        .await;
    assert!(en_mail.subject.contains("would like to get in touch"));
    // The sender side gets no notification, the colleague neither.
    assert_eq!(notifications(&app, &w.de_editor.1, "de").await.total, 0);
    assert_eq!(queued_mails(&app, w.de_editor.0.id, "Liberecké").await, 0);
    // Strangers see nothing.
    assert_eq!(inbox(&app, &w.outsider.1, "").await.total, 0);

    // Notifications in the reader's language, with a link to the conversation.
    let page = notifications(&app, &w.cz_owner.1, "cs").await;
    assert_eq!((page.total, page.unread), (1, 1));
    let n = &page.items[0];
    assert_eq!(n.kind, "conversation_started");
    assert_eq!(n.title, "Nová konverzace od Zittauer Kunststoff GmbH");
    assert!(n
        .body
        .starts_with("Test Person píše organizaci Liberecké plasty s.r.o.: Dobrý den"));
    assert_eq!(
        n.link.as_deref(),
        Some(format!("/conversations/{}", started.id).as_str())
    );
    let de_title = notifications(&app, &w.cz_owner.1, "de").await.items[0]
        .title
        .clone();
    assert_eq!(de_title, "Neue Unterhaltung von Zittauer Kunststoff GmbH");

    // Jana reads it: her unread count and her notification are cleared, Petr's are not.
    let thread = get_conversation(&app, &w.cz_owner.1, started.id).await;
    assert_eq!(
        thread.unread_count, 1,
        "reading does not mark read by itself"
    );
    assert!(!thread.messages[0].from_my_side);
    let (status, _) = call(
        &app,
        Method::POST,
        &format!("/api/v1/conversations/{}/read", started.id),
        Some(&w.cz_owner.1),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(
        inbox(&app, &w.cz_owner.1, "").await.items[0].unread_count,
        0
    );
    assert_eq!(
        inbox(&app, &w.cz_owner.1, "?unread_only=true").await.total,
        0
    );
    assert_eq!(
        inbox(&app, &w.cz_editor.1, "?unread_only=true").await.total,
        1
    );
    assert_eq!(notifications(&app, &w.cz_owner.1, "cs").await.unread, 0);
    assert_eq!(notifications(&app, &w.cz_editor.1, "en").await.unread, 1);

    // Petr answers: the German side gets it unread, with a mail in German.
    let reply = send(
        &app,
        &w.cz_editor.1,
        started.id,
        &json!({"body": "Guten Tag,\nwir können liefern."}),
    )
    .await;
    assert!(reply.from_my_side);
    assert_eq!(reply.sender_organization_id, Some(w.cz.id));
    let de_page = inbox(&app, &w.de_editor.1, "").await;
    assert_eq!(de_page.items[0].unread_count, 1);
    assert_eq!(de_page.items[0].message_count, 2);
    let de_mail = app
        .wait_for_mail(&w.de_editor.0.email, "Liberecké plasty s.r.o.")
        .await;
    assert!(
        de_mail.subject.contains("Neue Nachricht von"),
        "{}",
        de_mail.subject
    );
    assert_eq!(
        inbox(&app, &w.cz_editor.1, "").await.items[0].unread_count,
        0,
        "the writer has read up to their own message"
    );

    // Thread order: oldest first.
    let thread = get_conversation(&app, &w.de_owner.1, started.id).await;
    let bodies: Vec<&str> = thread.messages.iter().map(|m| m.body.as_str()).collect();
    assert_eq!(bodies.len(), 2);
    assert!(bodies[1].starts_with("Guten Tag"));

    // The Czech side archives it; the German side still has it in its inbox.
    let (status, _) = call(
        &app,
        Method::POST,
        &format!("/api/v1/conversations/{}/archive", started.id),
        Some(&w.cz_owner.1),
        Some(&json!({"archived": true})),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(inbox(&app, &w.cz_owner.1, "").await.total, 0);
    assert_eq!(
        inbox(&app, &w.cz_editor.1, "").await.total,
        0,
        "per organisation"
    );
    let archive = inbox(&app, &w.cz_owner.1, "?archived=true").await;
    assert_eq!(archive.total, 1);
    assert!(archive.items[0].archived);
    assert_eq!(inbox(&app, &w.de_owner.1, "").await.total, 1);

    // Contacting again (either direction, no opportunity) continues the same conversation,
    // which comes back into the archive's inbox.
    let res = app
        .call(
            Method::POST,
            "/api/v1/conversations",
            Some(&w.de_owner.1),
            Some(&contact(
                w.de.id,
                w.cz.id,
                "Noch eine Frage zur Lieferzeit.",
            )),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let again: Conversation = res.json().await.unwrap();
    assert_eq!(again.id, started.id);
    assert_eq!(again.messages.len(), 3);
    let res = app
        .call(
            Method::POST,
            "/api/v1/conversations",
            Some(&w.cz_owner.1),
            Some(&contact(w.cz.id, w.de.id, "Odpověď: dodání do 14 dnů.")),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let reverse: Conversation = res.json().await.unwrap();
    assert_eq!(reverse.id, started.id);
    assert_eq!(reverse.my_organization.id, Some(w.cz.id));
    assert_eq!(
        inbox(&app, &w.cz_owner.1, "").await.total,
        1,
        "back in the inbox"
    );
    assert_eq!(inbox(&app, &w.cz_owner.1, "?archived=true").await.total, 0);

    // The inbox per organisation; someone else's organisation is refused.
    assert_eq!(
        inbox(
            &app,
            &w.de_owner.1,
            &format!("?organization_id={}", w.de.id)
        )
        .await
        .total,
        1
    );
    assert_error(
        app.get(
            &format!("/api/v1/conversations?organization_id={}", w.cz.id),
            Some(&w.de_owner.1),
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    assert_error(
        app.get("/api/v1/conversations?limit=0", Some(&w.de_owner.1))
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;

    // Notifications: mark one read, then all.
    let page = notifications(&app, &w.de_editor.1, "de").await;
    assert!(page.unread >= 1);
    let (status, body) = call(
        &app,
        Method::POST,
        "/api/v1/me/notifications/read",
        Some(&w.de_editor.1),
        Some(&json!({"ids": [page.items[0].id]})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["unread"], page.unread - 1);
    let (status, body) = call(
        &app,
        Method::POST,
        "/api/v1/me/notifications/read",
        Some(&w.de_editor.1),
        Some(&json!({"all": true})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["unread"], 0);
    let (status, body) = call(
        &app,
        Method::POST,
        "/api/v1/me/notifications/read",
        Some(&w.de_editor.1),
        Some(&json!({})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["fields"]["ids"], "required");
    assert_eq!(
        app.get("/api/v1/me/notifications", None).await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn interest_in_opportunities_and_asking_experts() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let mut offer = json!({
        "organization_id": w.cz.id,
        "type": "capacity_offer",
        "title": {"cs": "Volná kapacita vstřikování", "de": "Freie Spritzgusskapazität"},
        "text": {"cs": "Stroje 250 t.", "de": "Maschinen 250 t."},
        "capacity": {"process": "Spritzguss", "available_from": Utc::now().date_naive().to_string(), "available_until": (Utc::now().date_naive() + chrono::Days::new(30)).to_string()},
        "publish": true
    });
    let res = app
        .call(
            Method::POST,
            "/api/v1/opportunities",
            Some(&w.cz_owner.1),
            Some(&offer),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let published: Opportunity = res.json().await.unwrap();
    offer["publish"] = json!(false);
    let draft: Opportunity = app
        .call(
            Method::POST,
            "/api/v1/opportunities",
            Some(&w.cz_owner.1),
            Some(&offer),
        )
        .await
        .json()
        .await
        .unwrap();

    // Express interest: the recipient is the opportunity's organisation.
    let interest = start(
        &app,
        &w.de_owner.1,
        &json!({"from_organization_id": w.de.id, "opportunity_id": published.id, "body": "Wir haben Interesse an Ihrer Kapazität."}),
    )
    .await;
    assert_eq!(interest.kind, ConversationKind::Interest);
    assert_eq!(interest.opportunity_id, Some(published.id));
    assert_eq!(interest.other_organization.id, Some(w.cz.id));
    assert_eq!(
        interest
            .opportunity_title
            .as_ref()
            .and_then(|t| t.cs.as_deref()),
        Some("Volná kapacita vstřikování")
    );
    let item = &inbox(&app, &w.cz_owner.1, "").await.items[0];
    assert_eq!(item.opportunity_id, Some(published.id));
    assert!(item.opportunity_title.is_some());
    // A general contact between the same two is a conversation of its own.
    let general = start(
        &app,
        &w.de_owner.1,
        &contact(w.de.id, w.cz.id, "Allgemeine Anfrage zu Ihrem Profil."),
    )
    .await;
    assert_ne!(general.id, interest.id);
    assert_eq!(inbox(&app, &w.cz_owner.1, "").await.total, 2);

    // Invalid starts get field codes.
    let cases: Vec<(Value, &str, &str)> = vec![
        (
            json!({"from_organization_id": w.de.id, "opportunity_id": published.id, "to_organization_id": w.de.id, "body": "x"}),
            "to_organization_id",
            "not_opportunity_organization",
        ),
        (
            json!({"from_organization_id": w.de.id, "opportunity_id": draft.id, "body": "x"}),
            "opportunity_id",
            "unknown_opportunity",
        ),
        (
            json!({"from_organization_id": w.de.id, "opportunity_id": Uuid::new_v4(), "body": "x"}),
            "opportunity_id",
            "unknown_opportunity",
        ),
        (
            json!({"from_organization_id": w.de.id, "body": "x"}),
            "to_organization_id",
            "required",
        ),
        (
            json!({"from_organization_id": w.de.id, "to_organization_id": Uuid::new_v4(), "body": "x"}),
            "to_organization_id",
            "unknown_organization",
        ),
        (
            json!({"from_organization_id": Uuid::new_v4(), "to_organization_id": w.cz.id, "body": "x"}),
            "from_organization_id",
            "unknown_organization",
        ),
        (
            json!({"from_organization_id": w.de.id, "to_organization_id": w.de.id, "body": "x"}),
            "to_organization_id",
            "same_organization",
        ),
        (
            json!({"from_organization_id": w.de.id, "to_organization_id": w.cz.id, "kind": "interest", "body": "x"}),
            "opportunity_id",
            "required",
        ),
        (
            json!({"from_organization_id": w.de.id, "to_organization_id": w.cz.id, "kind": "ask_expert", "body": "x"}),
            "kind",
            "not_an_expert",
        ),
        (
            json!({"from_organization_id": w.de.id, "to_organization_id": w.cz.id, "body": "  "}),
            "body",
            "required",
        ),
        (
            json!({"from_organization_id": w.de.id, "to_organization_id": w.cz.id, "body": "x".repeat(5001)}),
            "body",
            "too_long",
        ),
        (
            json!({"from_organization_id": w.de.id, "to_organization_id": w.cz.id, "body": "a\u{0007}b"}),
            "body",
            "control_characters",
        ),
        (
            json!({"from_organization_id": w.de.id, "to_organization_id": w.cz.id, "subject": "s".repeat(201), "body": "x"}),
            "subject",
            "too_long",
        ),
    ];
    for (body, field, code) in cases {
        let (status, error) = call(
            &app,
            Method::POST,
            "/api/v1/conversations",
            Some(&w.de_owner.1),
            Some(&body),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {error}");
        assert_eq!(error["fields"][field], code, "{body}: {error}");
    }
    // 5000 characters are fine (added to the general conversation).
    let res = app
        .call(
            Method::POST,
            "/api/v1/conversations",
            Some(&w.de_editor.1),
            Some(&json!({"from_organization_id": w.de.id, "to_organization_id": w.cz.id, "body": "ž".repeat(5000)})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    // Writing for an organisation one does not belong to is forbidden.
    assert_error(
        app.call(
            Method::POST,
            "/api/v1/conversations",
            Some(&w.outsider.1),
            Some(&contact(w.de.id, w.cz.id, "Ich bin nicht von hier.")),
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    assert_error(
        app.call(
            Method::POST,
            "/api/v1/conversations",
            Some(&w.admin),
            Some(&contact(
                w.de.id,
                w.cz.id,
                "Admins schreiben nicht für Firmen.",
            )),
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;

    // A closed opportunity takes no new interest, but its existing conversation goes on.
    let (status, _) = call(
        &app,
        Method::POST,
        &format!("/api/v1/opportunities/{}/close", published.id),
        Some(&w.cz_owner.1),
        Some(&json!({"outcome": "partner_found_glokal"})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let memberships: Vec<Membership> = app
        .get("/api/v1/me/organizations", Some(&w.outsider.1))
        .await
        .json()
        .await
        .unwrap();
    let outsider_org = memberships[0].organization_id;
    assert_error(
        app.call(
            Method::POST,
            "/api/v1/conversations",
            Some(&w.outsider.1),
            Some(&json!({"from_organization_id": outsider_org, "opportunity_id": published.id, "body": "Máme zájem."})),
        )
        .await,
        StatusCode::CONFLICT,
        "opportunity_not_open",
    )
    .await;
    let res = app
        .call(
            Method::POST,
            "/api/v1/conversations",
            Some(&w.de_owner.1),
            Some(&json!({"from_organization_id": w.de.id, "opportunity_id": published.id, "body": "Danke, dann ein andermal."})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);

    // Ask an expert: only institutions of the right kinds.
    let chamber = create_org(
        &app,
        &w.outsider.1,
        "IHK Dresden",
        "DE",
        "Dresden",
        "chamber",
    )
    .await;
    let asked = start(
        &app,
        &w.cz_owner.1,
        &json!({"from_organization_id": w.cz.id, "to_organization_id": chamber.id, "kind": "ask_expert", "subject": "Zoll", "body": "Jak funguje clo při dodávkách do Saska?"}),
    )
    .await;
    assert_eq!(asked.kind, ConversationKind::AskExpert);
    assert!(asked.cross_border);
}

#[tokio::test]
async fn rights_matrix() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let conversation = start(
        &app,
        &w.de_owner.1,
        &contact(w.de.id, w.cz.id, "Guten Tag, wir hätten eine Anfrage."),
    )
    .await;
    let pdf = uploaded(&app, &w.de_editor.1, PDF, "application/pdf", "Anfrage.pdf").await;
    send(
        &app,
        &w.de_editor.1,
        conversation.id,
        &json!({"body": "Anbei die Zeichnung.", "attachment_ids": [pdf.id]}),
    )
    .await;
    let path = format!("/api/v1/conversations/{}", conversation.id);
    let callers: [(&str, Option<&str>); 7] = [
        ("anonymous", None),
        ("member of neither side", Some(&w.outsider.1)),
        ("platform admin", Some(&w.admin)),
        ("editor of the starting side", Some(&w.de_editor.1)),
        ("editor of the other side", Some(&w.cz_editor.1)),
        ("owner of the starting side", Some(&w.de_owner.1)),
        ("owner of the other side", Some(&w.cz_owner.1)),
    ];
    let members = [401, 404, 404, 0, 0, 0, 0];
    let expect = |ok: u16| members.map(|m| if m == 0 { ok } else { m });
    for ((who, token), (get, send, read, archive, report, download)) in callers.iter().zip(
        expect(200)
            .into_iter()
            .zip(expect(201))
            .zip(expect(204))
            .zip(expect(204))
            .zip(expect(201))
            .zip(expect(200))
            .map(|(((((a, b), c), d), e), f)| (a, b, c, d, e, f)),
    ) {
        let status = |res: Response| res.status().as_u16();
        assert_eq!(
            status(app.call(Method::GET, &path, *token, None).await),
            get,
            "get as {who}"
        );
        assert_eq!(
            status(
                app.call(
                    Method::POST,
                    &format!("{path}/messages"),
                    *token,
                    Some(&json!({"body": format!("Nachricht von {who}")}))
                )
                .await
            ),
            send,
            "send as {who}"
        );
        assert_eq!(
            status(
                app.call(Method::POST, &format!("{path}/read"), *token, None)
                    .await
            ),
            read,
            "mark read as {who}"
        );
        assert_eq!(
            status(
                app.call(
                    Method::POST,
                    &format!("{path}/archive"),
                    *token,
                    Some(&json!({"archived": false}))
                )
                .await
            ),
            archive,
            "archive as {who}"
        );
        assert_eq!(
            status(
                app.call(
                    Method::POST,
                    &format!("{path}/reports"),
                    *token,
                    Some(&json!({"reason": format!("Test report by {who}")}))
                )
                .await
            ),
            report,
            "report as {who}"
        );
        let res = app.call(Method::GET, &pdf.url, *token, None).await;
        assert_eq!(status(res), download, "download as {who}");
        assert_eq!(
            status(
                app.call(Method::POST, &format!("{path}/block"), *token, None)
                    .await
            ),
            expect(204)[callers.iter().position(|c| c.0 == *who).unwrap()],
            "block as {who}"
        );
        assert_eq!(
            status(
                app.call(Method::DELETE, &format!("{path}/block"), *token, None)
                    .await
            ),
            expect(204)[callers.iter().position(|c| c.0 == *who).unwrap()],
            "unblock as {who}"
        );
    }
    // The inbox of strangers and admins stays empty.
    assert_eq!(inbox(&app, &w.outsider.1, "").await.total, 0);
    assert_eq!(inbox(&app, &w.admin, "").await.total, 0);
    assert_eq!(
        app.get("/api/v1/conversations", None).await.status(),
        StatusCode::UNAUTHORIZED
    );

    // The download is an attachment that browsers must not sniff.
    let res = app.get(&pdf.url, Some(&w.cz_editor.1)).await;
    assert_eq!(res.headers()[CONTENT_TYPE], "application/pdf");
    assert_eq!(res.headers()[X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(
        res.headers()[CONTENT_DISPOSITION],
        "attachment; filename=\"Anfrage.pdf\"; filename*=UTF-8''Anfrage.pdf"
    );
    assert_eq!(res.bytes().await.unwrap().as_ref(), PDF);

    // Reports: only platform admins list, read and resolve them; while one is open they can
    // read the conversation and download its attachments, afterwards no longer.
    for token in [&w.de_owner.1, &w.outsider.1] {
        assert_error(
            app.get("/api/v1/admin/reports", Some(token)).await,
            StatusCode::FORBIDDEN,
            "forbidden",
        )
        .await;
    }
    let page: ReportPage = app
        .get("/api/v1/admin/reports", Some(&w.admin))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(page.total, 4, "one report per member");
    let report = &page.items[0];
    assert_eq!(report.status, ReportStatus::Open);
    assert_eq!(report.reason, "Test report by editor of the starting side");
    assert_eq!(report.reporter_organization.id, Some(w.de.id));
    assert_eq!(report.reported_organization.id, Some(w.cz.id));
    let res = app
        .get(
            &format!("/api/v1/admin/reports/{}", report.id),
            Some(&w.admin),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let reported: ReportedConversation = res.json().await.unwrap();
    assert!(reported.messages.len() >= 2);
    assert!(reported.messages.iter().all(|m| !m.from_my_side));
    assert_eq!(reported.messages[1].attachments[0].id, pdf.id);
    assert_eq!(
        app.get(
            &format!("/api/v1/admin/reports/{}", report.id),
            Some(&w.de_owner.1)
        )
        .await
        .status(),
        StatusCode::FORBIDDEN
    );
    // Resolve them all; then admins lose access again.
    for item in &page.items {
        let res = app
            .call(
                Method::POST,
                &format!("/api/v1/admin/reports/{}/resolve", item.id),
                Some(&w.admin),
                Some(&json!({"outcome": "dismissed", "note": "Testmeldungen."})),
            )
            .await;
        assert_eq!(res.status(), StatusCode::OK);
        let resolved: ConversationReport = res.json().await.unwrap();
        assert_eq!(resolved.outcome, Some(ReportOutcome::Dismissed));
        assert!(resolved.resolved_at.is_some());
    }
    assert_error(
        app.call(
            Method::POST,
            &format!("/api/v1/admin/reports/{}/resolve", report.id),
            Some(&w.admin),
            Some(&json!({"outcome": "action_taken"})),
        )
        .await,
        StatusCode::CONFLICT,
        "report_resolved",
    )
    .await;
    let open: ReportPage = app
        .get("/api/v1/admin/reports", Some(&w.admin))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(open.total, 0);
    let resolved: ReportPage = app
        .get("/api/v1/admin/reports?status=resolved", Some(&w.admin))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(resolved.total, 4);
    assert_eq!(
        app.get(&pdf.url, Some(&w.admin)).await.status(),
        StatusCode::NOT_FOUND
    );
    let (status, error) = call(
        &app,
        Method::POST,
        &format!("{path}/reports"),
        Some(&w.cz_owner.1),
        Some(&json!({"reason": " "})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error["fields"]["reason"], "required");

    // Unknown and malformed ids are 404.
    for path in [
        format!("/api/v1/conversations/{}", Uuid::new_v4()),
        "/api/v1/conversations/not-a-uuid".to_owned(),
        format!("/api/v1/attachments/{}", Uuid::new_v4()),
        format!("/api/v1/admin/reports/{}", Uuid::new_v4()),
    ] {
        assert_error(
            app.get(&path, Some(&w.admin)).await,
            StatusCode::NOT_FOUND,
            "not_found",
        )
        .await;
    }
}

#[tokio::test]
async fn new_organisations_are_limited_and_duplicates_refused() {
    let app = spawn_app_with(&[("GLOKAL_NEW_CONVERSATIONS_PER_DAY", "2".to_owned())]).await;
    let (_, sender) = person(&app, "spam", Language::De).await;
    let (_, other) = person(&app, "ziel", Language::Cs).await;
    let from = create_org(&app, &sender, "Neue Firma GmbH", "DE", "Zittau", "company").await;
    let mut targets = Vec::new();
    for (i, city) in ["Liberec", "Děčín", "Jablonec nad Nisou", "Most"]
        .iter()
        .enumerate()
    {
        targets.push(
            create_org(
                &app,
                &other,
                &format!("Cíl {i} s.r.o."),
                "CZ",
                city,
                "company",
            )
            .await,
        );
    }
    // Two new conversations a day for a new organisation …
    for target in &targets[..2] {
        start(
            &app,
            &sender,
            &contact(from.id, target.id, &format!("Angebot für {}", target.name)),
        )
        .await;
    }
    let res = app
        .call(
            Method::POST,
            "/api/v1/conversations",
            Some(&sender),
            Some(&contact(from.id, targets[2].id, "Noch ein Angebot")),
        )
        .await;
    let retry: u64 = res.headers()[RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        (86_000..=86_400).contains(&retry),
        "Retry-After until the oldest is a day old: {retry}"
    );
    assert_error(res, StatusCode::TOO_MANY_REQUESTS, "rate_limited").await;
    // … but writing in existing ones goes on.
    let res = app
        .call(
            Method::POST,
            "/api/v1/conversations",
            Some(&sender),
            Some(&contact(from.id, targets[0].id, "Nachtrag")),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);

    // After 30 days an organisation is established: 50 a day.
    let db = database(&app).await;
    {
        use glokal_store::entities::organization::{Column, Entity};
        Entity::update_many()
            .col_expr(
                Column::CreatedAt,
                Expr::value(Utc::now() - chrono::Duration::days(31)),
            )
            .filter(Column::Id.eq(from.id))
            .exec(&db)
            .await
            .unwrap();
    }
    start(
        &app,
        &sender,
        &contact(from.id, targets[2].id, "Angebot für den dritten"),
    )
    .await;

    // The same first message to a second organisation within 24 hours is refused (case and
    // spacing do not matter); a different text is fine.
    let (_, other_sender) = person(&app, "massen", Language::De).await;
    let mass = create_org(
        &app,
        &other_sender,
        "Massenmail GmbH",
        "DE",
        "Görlitz",
        "company",
    )
    .await;
    let text = "Wir bieten günstige Lagerflächen an.\nRufen Sie uns an!";
    start(&app, &other_sender, &contact(mass.id, targets[0].id, text)).await;
    assert_error(
        app.call(
            Method::POST,
            "/api/v1/conversations",
            Some(&other_sender),
            Some(&contact(
                mass.id,
                targets[1].id,
                "wir bieten  günstige Lagerflächen an. rufen Sie uns an!",
            )),
        )
        .await,
        StatusCode::CONFLICT,
        "duplicate_message",
    )
    .await;
    start(
        &app,
        &other_sender,
        &contact(
            mass.id,
            targets[1].id,
            "Guten Tag, passt unser Lager zu Ihnen?",
        ),
    )
    .await;
    // A day later the same text may go out again.
    {
        use glokal_store::entities::conversation::{Column, Entity};
        Entity::update_many()
            .col_expr(
                Column::CreatedAt,
                Expr::value(Utc::now() - chrono::Duration::hours(25)),
            )
            .filter(Column::InitiatorOrganizationId.eq(mass.id))
            .exec(&db)
            .await
            .unwrap();
    }
    start(&app, &other_sender, &contact(mass.id, targets[3].id, text)).await;
    db.close().await.ok();
}

#[tokio::test]
async fn blocked_organisations_cannot_write() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let conversation = start(
        &app,
        &w.de_owner.1,
        &contact(w.de.id, w.cz.id, "Kaufen Sie unsere Produkte!"),
    )
    .await;
    let path = format!("/api/v1/conversations/{}", conversation.id);
    let (status, _) = call(
        &app,
        Method::POST,
        &format!("{path}/block"),
        Some(&w.cz_editor.1),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let seen = get_conversation(&app, &w.cz_owner.1, conversation.id).await;
    assert!(seen.blocked_by_me && !seen.blocked_by_other && !seen.can_reply);
    let seen = get_conversation(&app, &w.de_editor.1, conversation.id).await;
    assert!(!seen.blocked_by_me && seen.blocked_by_other && !seen.can_reply);
    assert_eq!(seen.messages.len(), 1, "existing messages stay readable");

    for token in [&w.de_owner.1, &w.cz_owner.1] {
        assert_error(
            app.call(
                Method::POST,
                &format!("{path}/messages"),
                Some(token),
                Some(&json!({"body": "Hallo?"})),
            )
            .await,
            StatusCode::FORBIDDEN,
            "blocked",
        )
        .await;
    }
    // No new conversations either (about an opportunity or in the other direction).
    assert_error(
        app.call(
            Method::POST,
            "/api/v1/conversations",
            Some(&w.de_owner.1),
            Some(&json!({"from_organization_id": w.de.id, "to_organization_id": w.cz.id, "kind": "contact", "body": "Neuer Versuch"})),
        )
        .await,
        StatusCode::FORBIDDEN,
        "blocked",
    )
    .await;
    assert_error(
        app.call(
            Method::POST,
            "/api/v1/conversations",
            Some(&w.cz_owner.1),
            Some(&contact(w.cz.id, w.de.id, "Od nás také ne.")),
        )
        .await,
        StatusCode::FORBIDDEN,
        "blocked",
    )
    .await;
    // The other side cannot lift it; the blocking side can.
    let (status, _) = call(
        &app,
        Method::DELETE,
        &format!("{path}/block"),
        Some(&w.de_owner.1),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert!(
        !get_conversation(&app, &w.de_owner.1, conversation.id)
            .await
            .can_reply
    );
    let (status, _) = call(
        &app,
        Method::DELETE,
        &format!("{path}/block"),
        Some(&w.cz_owner.1),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    send(
        &app,
        &w.de_owner.1,
        conversation.id,
        &json!({"body": "Danke!"}),
    )
    .await;

    // A deleted account's messages stay, without its name.
    send(
        &app,
        &w.de_editor.1,
        conversation.id,
        &json!({"body": "Ich gehe."}),
    )
    .await;
    let (status, _) = call(
        &app,
        Method::DELETE,
        "/api/v1/me",
        Some(&w.de_editor.1),
        Some(&json!({"password": PASSWORD})),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let thread = get_conversation(&app, &w.cz_owner.1, conversation.id).await;
    let gone = thread.messages.last().unwrap();
    assert_eq!(gone.body, "Ich gehe.");
    assert_eq!(
        (gone.sender_user_id, gone.sender_name.as_deref()),
        (None, None)
    );
    assert_eq!(
        gone.sender_organization_name.as_deref(),
        Some("Zittauer Kunststoff GmbH")
    );

    // Once an organisation is deleted, the other side keeps the thread but cannot write.
    let (status, _) = call(
        &app,
        Method::DELETE,
        &format!("/api/v1/organizations/{}", w.cz.id),
        Some(&w.cz_owner.1),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let left = get_conversation(&app, &w.de_owner.1, conversation.id).await;
    assert_eq!(left.other_organization.id, None);
    assert_eq!(left.other_organization.country, "CZ");
    assert!(!left.can_reply);
    assert_eq!(left.messages.len(), 3);
    assert_error(
        app.call(
            Method::POST,
            &format!("{path}/messages"),
            Some(&w.de_owner.1),
            Some(&json!({"body": "Hallo?"})),
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    assert_eq!(
        app.get(&path, Some(&w.cz_owner.1)).await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn attachments_are_type_checked_sent_and_cleaned_up() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let conversation = start(
        &app,
        &w.de_owner.1,
        &contact(w.de.id, w.cz.id, "Guten Tag, Zeichnungen folgen."),
    )
    .await;
    let token = w.de_owner.1.as_str();

    // Accepted by content, whatever was declared; the name gets the real extension.
    let pdf = uploaded(&app, token, PDF, "application/octet-stream", "Zeichnung").await;
    assert_eq!(
        (pdf.content_type.as_str(), pdf.file_name.as_str()),
        ("application/pdf", "Zeichnung.pdf")
    );
    assert_eq!(pdf.size_bytes, PDF.len() as u64);
    let png = uploaded(&app, token, PNG, "image/png", "foto.png").await;
    assert_eq!(png.content_type, "image/png");
    let webp = uploaded(
        &app,
        token,
        b"RIFF\x1a\0\0\0WEBPVP8L\x0d\0\0\0\x2f\0\0\0\x10\x07\x10\x11\x11\x88\x88\xfe\x07\0",
        "image/webp",
        "bild.webp",
    )
    .await;
    assert_eq!(webp.content_type, "image/webp");
    let jpeg = uploaded(
        &app,
        token,
        &[
            0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F', b'I', b'F', 0, 1,
        ],
        "image/jpeg",
        "scan.jpeg",
    )
    .await;
    assert_eq!(jpeg.content_type, "image/jpeg");

    // Refused: other types (415), fakes (422), too large (413), strangers (401/403).
    for (bytes, content_type, name) in [
        (
            b"PK\x03\x04zipzip".to_vec(),
            "application/zip",
            Some("daten.zip"),
        ),
        (b"GIF89a\x01\0\x01\0".to_vec(), "image/gif", None),
        (
            b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".to_vec(),
            "image/svg+xml",
            Some("logo.svg"),
        ),
        (Vec::new(), "application/octet-stream", None),
    ] {
        assert_error(
            upload(&app, Some(token), bytes, content_type, name).await,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_attachment_type",
        )
        .await;
    }
    for (bytes, content_type, name) in [
        (
            b"<html><script>alert(1)</script></html>".to_vec(),
            "application/pdf",
            Some("rechnung.pdf"),
        ),
        (
            b"MZ\x90\0\x03\0\0\0".to_vec(),
            "application/octet-stream",
            Some("rechnung.pdf"),
        ),
        (PNG.to_vec(), "application/pdf", None),
        (PDF.to_vec(), "image/jpeg", Some("scan.jpg")),
    ] {
        assert_error(
            upload(&app, Some(token), bytes, content_type, name).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "attachment_type_mismatch",
        )
        .await;
    }
    let mut huge = PDF.to_vec();
    huge.resize(10 * 1024 * 1024 + 1, b' ');
    assert_error(
        upload(
            &app,
            Some(token),
            huge,
            "application/pdf",
            Some("gross.pdf"),
        )
        .await,
        StatusCode::PAYLOAD_TOO_LARGE,
        "attachment_too_large",
    )
    .await;
    let mut limit = PDF.to_vec();
    limit.resize(10 * 1024 * 1024, b' ');
    let at_limit = uploaded(&app, token, &limit, "application/pdf", "genau.pdf").await;
    assert_eq!(at_limit.size_bytes, 10 * 1024 * 1024);
    assert_error(
        upload(&app, None, PDF.to_vec(), "application/pdf", None).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
    let (_, nobody) = person(&app, "ohnefirma", Language::De).await;
    assert_error(
        upload(&app, Some(&nobody), PDF.to_vec(), "application/pdf", None).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;

    // Unsent uploads are visible to their uploader only.
    assert_eq!(
        app.get(&pdf.url, Some(token)).await.status(),
        StatusCode::OK
    );
    assert_eq!(
        app.get(&pdf.url, Some(&w.de_editor.1)).await.status(),
        StatusCode::NOT_FOUND
    );

    // At most five per message; only one's own unsent uploads.
    let (status, error) = call(
        &app,
        Method::POST,
        &format!("/api/v1/conversations/{}/messages", conversation.id),
        Some(token),
        Some(&json!({"body": "x", "attachment_ids": (0..6).map(|_| Uuid::new_v4()).collect::<Vec<_>>()})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error["fields"]["attachment_ids"], "too_many");
    let (status, error) = call(
        &app,
        Method::POST,
        &format!("/api/v1/conversations/{}/messages", conversation.id),
        Some(&w.de_editor.1),
        Some(&json!({"body": "x", "attachment_ids": [pdf.id]})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error["fields"]["attachment_ids"], "unknown_attachment");

    // Sent with a message (text optional then), downloadable by the other side.
    let message = send(
        &app,
        token,
        conversation.id,
        &json!({"attachment_ids": [pdf.id, png.id, webp.id, jpeg.id, pdf.id]}),
    )
    .await;
    assert_eq!(message.body, "");
    let names: Vec<&str> = message
        .attachments
        .iter()
        .map(|a| a.file_name.as_str())
        .collect();
    assert_eq!(names.len(), 4);
    assert!(names.contains(&"Zeichnung.pdf") && names.contains(&"scan.jpeg"));
    let res = app.get(&png.url, Some(&w.cz_editor.1)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[CONTENT_TYPE], "image/png");
    assert!(res.headers()[CONTENT_DISPOSITION]
        .to_str()
        .unwrap()
        .starts_with("attachment;"));
    assert_eq!(res.bytes().await.unwrap().as_ref(), PNG);
    let thread = get_conversation(&app, &w.cz_owner.1, conversation.id).await;
    assert_eq!(thread.messages[1].attachments.len(), 4);
    // A sent attachment cannot be sent again.
    let (status, error) = call(
        &app,
        Method::POST,
        &format!("/api/v1/conversations/{}/messages", conversation.id),
        Some(token),
        Some(&json!({"body": "nochmal", "attachment_ids": [pdf.id]})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error["fields"]["attachment_ids"], "unknown_attachment");
    // Neither text nor attachment: required.
    let (status, error) = call(
        &app,
        Method::POST,
        &format!("/api/v1/conversations/{}/messages", conversation.id),
        Some(token),
        Some(&json!({"body": ""})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error["fields"]["body"], "required");

    // Uploads not sent within a day are removed with their files on a later upload.
    let db = database(&app).await;
    {
        use glokal_store::entities::message_attachment::{Column, Entity};
        Entity::update_many()
            .col_expr(
                Column::CreatedAt,
                Expr::value(Utc::now() - chrono::Duration::hours(25)),
            )
            .filter(Column::Id.eq(at_limit.id))
            .exec(&db)
            .await
            .unwrap();
    }
    let data_dir = app.outbox.parent().unwrap().to_owned();
    let stale_file = data_dir
        .join("media/attachments")
        .join(at_limit.id.simple().to_string());
    assert!(stale_file.exists());
    let sent_file = data_dir
        .join("media/attachments")
        .join(pdf.id.simple().to_string());
    uploaded(&app, token, PDF, "application/pdf", "neu.pdf").await;
    assert!(!stale_file.exists(), "stale upload's file removed");
    assert!(sent_file.exists(), "sent attachments stay");
    assert_eq!(
        app.get(&at_limit.url, Some(token)).await.status(),
        StatusCode::NOT_FOUND
    );
    db.close().await.ok();
}

#[tokio::test]
async fn mails_are_throttled_per_conversation_and_recipient() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let conversation = start(
        &app,
        &w.de_owner.1,
        &contact(w.de.id, w.cz.id, "Erste Nachricht."),
    )
    .await;
    let subject = "Zittauer Kunststoff GmbH";
    for i in 0..3 {
        send(
            &app,
            &w.de_owner.1,
            conversation.id,
            &json!({"body": format!("Nachricht {i}")}),
        )
        .await;
    }
    // Four messages: four notifications each, one mail each.
    for (user, token) in [&w.cz_owner, &w.cz_editor] {
        assert_eq!(notifications(&app, token, "cs").await.unread, 4);
        assert_eq!(
            queued_mails(&app, user.id, subject).await,
            1,
            "{}",
            user.email
        );
    }
    // Another conversation mails at once.
    let (_, third) = person(&app, "dritte", Language::De).await;
    let third_org = create_org(
        &app,
        &third,
        "Görlitzer Metall GmbH",
        "DE",
        "Görlitz",
        "company",
    )
    .await;
    start(
        &app,
        &third,
        &contact(third_org.id, w.cz.id, "Andere Unterhaltung."),
    )
    .await;
    assert_eq!(
        queued_mails(&app, w.cz_owner.0.id, "Görlitzer Metall GmbH").await,
        1
    );
    // Fifteen minutes later the next message mails again.
    let db = database(&app).await;
    {
        use glokal_store::entities::notification::{Column, Entity};
        Entity::update_many()
            .col_expr(
                Column::MailedAt,
                Expr::value(Utc::now() - chrono::Duration::minutes(16)),
            )
            .filter(Column::MailedAt.is_not_null())
            .exec(&db)
            .await
            .unwrap();
    }
    db.close().await.ok();
    send(
        &app,
        &w.de_editor.1,
        conversation.id,
        &json!({"body": "Nach einer Pause."}),
    )
    .await;
    assert_eq!(queued_mails(&app, w.cz_owner.0.id, subject).await, 2);
    assert_eq!(queued_mails(&app, w.cz_editor.0.id, subject).await, 2);
    // The German owner got none: his side wrote everything.
    assert_eq!(queued_mails(&app, w.de_owner.0.id, "Liberecké").await, 0);
    assert_eq!(notifications(&app, &w.de_owner.1, "de").await.total, 0);
}

#[tokio::test]
async fn contacts_are_counted_as_domestic_or_cross_border() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let since = Utc::now() - chrono::Duration::minutes(1);
    let (_, other) = person(&app, "sachse", Language::De).await;
    let saxon = create_org(
        &app,
        &other,
        "Bautzner Werkzeugbau GmbH",
        "DE",
        "Bautzen",
        "company",
    )
    .await;
    let cross = start(
        &app,
        &w.de_owner.1,
        &contact(w.de.id, w.cz.id, "Grenzüberschreitend."),
    )
    .await;
    assert!(cross.cross_border);
    let domestic = start(
        &app,
        &w.de_owner.1,
        &contact(w.de.id, saxon.id, "Inländisch."),
    )
    .await;
    assert!(!domestic.cross_border);
    start(&app, &other, &contact(saxon.id, w.cz.id, "Přes hranici.")).await;
    // A further message does not count as another contact.
    send(&app, &w.cz_owner.1, cross.id, &json!({"body": "Antwort"})).await;

    let db = database(&app).await;
    let counts = glokal_store::conversations::contact_counts(&db, since)
        .await
        .unwrap();
    assert_eq!((counts.domestic, counts.cross_border), (1, 2));
    let later =
        glokal_store::conversations::contact_counts(&db, Utc::now() + chrono::Duration::minutes(1))
            .await
            .unwrap();
    assert_eq!((later.domestic, later.cross_border), (0, 0));
    db.close().await.ok();
}

#[tokio::test]
async fn demo_conversations_are_seeded_once() {
    let app = spawn_app().await;
    let db = database(&app).await;
    glokal_server::cli::seed::demo(&db).await.unwrap();
    glokal_server::cli::seed::demo(&db).await.unwrap();
    db.close().await.ok();
    // The demo company account belongs to every demo company, the chamber account to every
    // institution.
    let (firma, _) = app
        .login(
            "firma@demo.glokal.eu",
            glokal_server::cli::seed::DEMO_PASSWORD,
        )
        .await;
    let page = inbox(&app, &firma.access_token, "?limit=100").await;
    assert_eq!(page.total, 5, "seeding twice creates each thread once");
    let expert = page
        .items
        .iter()
        .find(|c| c.kind == ConversationKind::AskExpert)
        .expect("a question to an expert");
    assert_eq!(expert.unread_count, 1, "the chamber's answer is unread");
    assert!(page
        .items
        .iter()
        .any(|c| c.opportunity_title.is_some() && c.cross_border));
    let (kammer, _) = app
        .login(
            "kammer@demo.glokal.eu",
            glokal_server::cli::seed::DEMO_PASSWORD,
        )
        .await;
    let page = inbox(&app, &kammer.access_token, "").await;
    assert_eq!(page.total, 1);
    let thread = get_conversation(&app, &kammer.access_token, page.items[0].id).await;
    assert_eq!(thread.messages.len(), 2);
    assert!(thread.messages[1].from_my_side);
    // Demo threads do not count for the indicators.
    let db = database(&app).await;
    let counts =
        glokal_store::conversations::contact_counts(&db, Utc::now() - chrono::Duration::days(1))
            .await
            .unwrap();
    assert_eq!((counts.domestic, counts.cross_border), (0, 0));
    db.close().await.ok();
}
