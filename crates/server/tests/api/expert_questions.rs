//! "Ask an expert": a company's question arrives in the institution's queue; the institution
//! answers, hands it over to another institution (recorded, the new one notified, the old one
//! no longer sees it), and closes it; a new message reopens it. Rights and refusals.

use glokal_api_types::{Conversation, ConversationPage, Organization, Role};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::helpers::{assert_error, create_organization, spawn_app, TestApp};

async fn queue(app: &TestApp, token: &str, org: uuid::Uuid) -> ConversationPage {
    let res = app
        .get(
            &format!("/api/v1/conversations?organization_id={org}&kind=ask_expert&open_only=true"),
            Some(token),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    res.json().await.unwrap()
}

async fn post(app: &TestApp, token: &str, path: &str, body: Option<Value>) -> reqwest::Response {
    app.call(Method::POST, path, Some(token), body.as_ref())
        .await
}

#[tokio::test]
async fn a_question_is_answered_handed_over_closed_and_reopened() {
    let app = spawn_app().await;
    let (_, firm_user) = app.user_with_role(Role::Member).await;
    let (_, ihk_user) = app.user_with_role(Role::InstitutionStaff).await;
    let (_, tul_user) = app.user_with_role(Role::InstitutionStaff).await;
    let firm: Organization = create_organization(&app, &firm_user, &json!({"name": "Nováková plasty s.r.o.", "kind": "company", "country": "CZ", "city": "Liberec", "description": {"cs": "Plasty"}})).await;
    let ihk: Organization = create_organization(&app, &ihk_user, &json!({"name": "IHK Dresden", "kind": "chamber", "country": "DE", "city": "Dresden", "description": {"de": "Kammer"}})).await;
    let tul: Organization = create_organization(&app, &tul_user, &json!({"name": "Technická univerzita v Liberci", "kind": "research", "country": "CZ", "city": "Liberec", "description": {"cs": "Univerzita"}})).await;

    let res = post(&app, &firm_user, "/api/v1/conversations", Some(json!({"from_organization_id": firm.id, "to_organization_id": ihk.id, "kind": "ask_expert", "subject": "Recycling", "body": "Wer prüft recyceltes PA6 für die Automobilindustrie?"}))).await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    let question: Conversation = res.json().await.unwrap();
    assert!(question.cross_border);
    let q = queue(&app, &ihk_user, ihk.id).await;
    assert_eq!(q.items.len(), 1);
    assert_eq!(q.items[0].id, question.id);

    // Only the institution asked hands over or closes.
    let hand = format!("/api/v1/conversations/{}/hand-over", question.id);
    assert_eq!(
        post(
            &app,
            &firm_user,
            &hand,
            Some(json!({"to_organization_id": tul.id}))
        )
        .await
        .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        post(
            &app,
            &tul_user,
            &hand,
            Some(json!({"to_organization_id": tul.id}))
        )
        .await
        .status(),
        StatusCode::NOT_FOUND
    );
    // Not to a company, nor to the asker or itself.
    let body = assert_error(
        post(
            &app,
            &ihk_user,
            &hand,
            Some(json!({"to_organization_id": firm.id})),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_eq!(body["fields"]["to_organization_id"], "not_an_expert");
    let res = post(
        &app,
        &ihk_user,
        &hand,
        Some(json!({"to_organization_id": ihk.id})),
    )
    .await;
    let body = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    assert_eq!(body["fields"]["to_organization_id"], "same_organization");
    let (_, other_user) = app.user_with_role(Role::Member).await;
    let other_firm: Organization = create_organization(&app, &other_user, &json!({"name": "Elbe Metall GmbH", "kind": "company", "country": "DE", "city": "Pirna", "description": {"de": "Metall"}})).await;
    let body = assert_error(
        post(
            &app,
            &ihk_user,
            &hand,
            Some(json!({"to_organization_id": other_firm.id})),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_eq!(body["fields"]["to_organization_id"], "not_an_expert");
    let body = assert_error(
        post(
            &app,
            &ihk_user,
            &hand,
            Some(json!({"to_organization_id": uuid::Uuid::new_v4()})),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_eq!(body["fields"]["to_organization_id"], "unknown_organization");

    // Handed over with a note: the university has it, the chamber no longer.
    let res = post(&app, &ihk_user, &hand, Some(json!({"to_organization_id": tul.id, "note": "Das Kunststoff-Labor der TUL prüft PA6-Rezyklate."}))).await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    assert!(queue(&app, &ihk_user, ihk.id).await.items.is_empty());
    assert_eq!(
        app.get(
            &format!("/api/v1/conversations/{}", question.id),
            Some(&ihk_user)
        )
        .await
        .status(),
        StatusCode::NOT_FOUND
    );
    let q = queue(&app, &tul_user, tul.id).await;
    assert_eq!(q.items.len(), 1);
    assert!(!q.items[0].cross_border, "Czech firm and Czech university");
    let notes: Value = app
        .get("/api/v1/me/notifications", Some(&tul_user))
        .await
        .json()
        .await
        .unwrap();
    assert!(notes.to_string().contains("IHK Dresden"), "{notes}");
    let seen: Conversation = app
        .get(
            &format!("/api/v1/conversations/{}", question.id),
            Some(&firm_user),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(seen.other_organization.id, Some(tul.id));
    assert_eq!(seen.handoffs.len(), 1);
    assert_eq!(
        seen.handoffs[0]
            .from_organization
            .as_ref()
            .and_then(|o| o.id),
        Some(ihk.id)
    );
    assert_eq!(
        seen.handoffs[0].to_organization.as_ref().and_then(|o| o.id),
        Some(tul.id)
    );
    assert_eq!(
        seen.handoffs[0].note.as_deref(),
        Some("Das Kunststoff-Labor der TUL prüft PA6-Rezyklate.")
    );
    assert_eq!(seen.messages.len(), 1, "the history moves along");

    // The university answers and closes; the question leaves the open queue.
    let res = post(
        &app,
        &tul_user,
        &format!("/api/v1/conversations/{}/messages", question.id),
        Some(json!({"body": "Ano, naše laboratoř to zkouší. Pošlete vzorky."})),
    )
    .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let close = format!("/api/v1/conversations/{}/close", question.id);
    assert_eq!(
        post(&app, &firm_user, &close, None).await.status(),
        StatusCode::FORBIDDEN
    );
    let res = post(&app, &tul_user, &close, None).await;
    assert_eq!(res.status(), StatusCode::OK);
    let closed: Conversation = res.json().await.unwrap();
    assert!(closed.closed_at.is_some());
    assert!(queue(&app, &tul_user, tul.id).await.items.is_empty());

    // A follow-up from the firm reopens it.
    let res = post(
        &app,
        &firm_user,
        &format!("/api/v1/conversations/{}/messages", question.id),
        Some(json!({"body": "Děkujeme, kolik vzorků?"})),
    )
    .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    assert_eq!(queue(&app, &tul_user, tul.id).await.items.len(), 1);
    // Closing and reopening by hand.
    assert_eq!(
        post(&app, &tul_user, &close, None).await.status(),
        StatusCode::OK
    );
    let res = app
        .call(Method::DELETE, &close, Some(&tul_user), None)
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(queue(&app, &tul_user, tul.id).await.items.len(), 1);

    // An ordinary contact is no expert question.
    let res = post(&app, &firm_user, "/api/v1/conversations", Some(json!({"from_organization_id": firm.id, "to_organization_id": other_firm.id, "body": "Dobrý den"}))).await;
    let contact: Conversation = res.json().await.unwrap();
    assert_error(
        post(
            &app,
            &other_user,
            &format!("/api/v1/conversations/{}/close", contact.id),
            None,
        )
        .await,
        StatusCode::CONFLICT,
        "not_an_expert_question",
    )
    .await;
    assert_error(
        post(
            &app,
            &other_user,
            &format!("/api/v1/conversations/{}/hand-over", contact.id),
            Some(json!({"to_organization_id": tul.id})),
        )
        .await,
        StatusCode::CONFLICT,
        "not_an_expert_question",
    )
    .await;
}
