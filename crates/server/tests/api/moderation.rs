//! Moderation: reports on profiles and offers, the admins' queue, hiding (gone from lists,
//! search and public pages at once, still there for the members), warnings, suspension, and
//! the audit log; who may do what.

use std::time::{Duration, Instant};

use glokal_api_types::{
    AuditLogPage, ModerationAction, ModerationEntry, ModerationQueue, Organization,
    OrganizationPage, ReportCategory, Role, SearchResults, TargetState,
};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::{assert_error, create_organization, spawn_app, TestApp};

async fn moderate(app: &TestApp, admin: &str, body: Value) -> reqwest::Response {
    app.call(
        Method::POST,
        "/api/v1/admin/moderation/actions",
        Some(admin),
        Some(&body),
    )
    .await
}

async fn queue(app: &TestApp, admin: &str) -> ModerationQueue {
    let res = app.get("/api/v1/admin/moderation", Some(admin)).await;
    assert_eq!(res.status(), StatusCode::OK);
    res.json().await.unwrap()
}

async fn search_ids(app: &TestApp, q: &str) -> Vec<Uuid> {
    let res: SearchResults = app
        .get(&format!("/api/v1/search?q={q}"), None)
        .await
        .json()
        .await
        .unwrap();
    res.hits.iter().map(|h| h.id).collect()
}

/// Waits until the search for `q` does (or does not) contain `id` (5 s at most).
async fn search_until(app: &TestApp, q: &str, id: Uuid, present: bool) {
    let start = Instant::now();
    while search_ids(app, q).await.contains(&id) != present {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "search for {q}: {id} present={present} not reached"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn directory_ids(app: &TestApp) -> Vec<Uuid> {
    let page: OrganizationPage = app
        .get("/api/v1/organizations?limit=100", None)
        .await
        .json()
        .await
        .unwrap();
    page.items.iter().map(|o| o.id).collect()
}

#[tokio::test]
async fn a_report_reaches_the_queue_and_hiding_removes_the_profile_everywhere_at_once() {
    let app = spawn_app().await;
    let admin = app.admin_token().await;
    let (_, owner) = app.user_with_role(Role::Member).await;
    let (_, reader) = app.user_with_role(Role::Member).await;
    let spam: Organization = create_organization(&app, &owner, &json!({"name": "Billigware Xyloprofit", "kind": "company", "country": "DE", "city": "Görlitz", "description": {"de": "Xyloprofit verkauft alles."}})).await;
    let res = app
        .call(
            Method::POST,
            "/api/v1/opportunities",
            Some(&owner),
            Some(&json!({
                "organization_id": spam.id, "type": "product_offer", "publish": true,
                "title": {"de": "Xyloprofit Wundermittel"}, "text": {"de": "Kaufen!"}
            })),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let offer: Value = res.json().await.unwrap();
    let offer_id: Uuid = offer["id"].as_str().unwrap().parse().unwrap();

    // New organisations wait for a first look (post-moderation: visible meanwhile).
    assert!(queue(&app, &admin)
        .await
        .new_organizations
        .iter()
        .any(|o| o.id == spam.id));
    assert!(directory_ids(&app).await.contains(&spam.id));
    search_until(&app, "Xyloprofit", spam.id, true).await;

    // Someone reports it.
    let res = app
        .call(Method::POST, "/api/v1/reports", Some(&reader), Some(&json!({"target_type": "organization", "target_id": spam.id, "category": "spam", "reason": "Spam, keine echte Firma."})))
        .await;
    assert_eq!(res.status(), StatusCode::ACCEPTED);
    // A second click while the first report is open adds nothing: 409 `already_reported`.
    let res = app
        .call(
            Method::POST,
            "/api/v1/reports",
            Some(&reader),
            Some(
                &json!({"target_type": "organization", "target_id": spam.id, "reason": "Nochmal"}),
            ),
        )
        .await;
    assert_error(res, StatusCode::CONFLICT, "already_reported").await;
    // An unknown category is malformed input.
    let res = app
        .call(Method::POST, "/api/v1/reports", Some(&reader), Some(&json!({"target_type": "organization", "target_id": spam.id, "category": "boring", "reason": "x"})))
        .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let q = queue(&app, &admin).await;
    let report = q
        .reports
        .iter()
        .find(|r| r.target_id == spam.id)
        .expect("report queued");
    assert_eq!(report.target_name, "Billigware Xyloprofit");
    assert_eq!(report.reason, "Spam, keine echte Firma.");
    assert_eq!(report.category, ReportCategory::Spam);
    assert_eq!(
        q.reports.iter().filter(|r| r.target_id == spam.id).count(),
        1
    );
    assert!(!report.target_hidden);

    // Hidden: gone from the directory, search, the public profile and its offer — at once.
    let res = moderate(&app, &admin, json!({"target_type": "organization", "target_id": spam.id, "action": "hide", "reason": "Spam"})).await;
    assert_eq!(res.status(), StatusCode::OK);
    let entry: ModerationEntry = res.json().await.unwrap();
    assert_eq!(
        entry.target_now,
        Some(TargetState {
            hidden: true,
            suspended: false
        })
    );
    assert!(
        queue(&app, &admin)
            .await
            .new_organizations
            .iter()
            .find(|o| o.id == spam.id)
            .expect("still awaiting a first look")
            .hidden
    );
    assert!(!directory_ids(&app).await.contains(&spam.id));
    assert_eq!(
        app.get(&format!("/api/v1/organizations/{}", spam.id), None)
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&format!("/api/v1/organizations/{}", spam.id), Some(&reader))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&format!("/api/v1/opportunities/{offer_id}"), None)
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let list: Value = app
        .get("/api/v1/opportunities", None)
        .await
        .json()
        .await
        .unwrap();
    assert!(!list.to_string().contains(&offer_id.to_string()));
    search_until(&app, "Xyloprofit", spam.id, false).await;
    search_until(&app, "Xyloprofit", offer_id, false).await;
    // Its members still see it, and are told why.
    assert_eq!(
        app.get(&format!("/api/v1/organizations/{}", spam.id), Some(&owner))
            .await
            .status(),
        StatusCode::OK
    );
    let notes: Value = app
        .get("/api/v1/me/notifications", Some(&owner))
        .await
        .json()
        .await
        .unwrap();
    assert!(notes.to_string().contains("Spam"), "{notes}");
    // Nobody can contact it.
    let (_, other) = app.user_with_role(Role::Member).await;
    let other_org = create_organization(&app, &other, &json!({"name": "Neugier GmbH", "kind": "company", "country": "DE", "city": "Bautzen", "description": {"de": "x"}})).await;
    let res = app.call(Method::POST, "/api/v1/conversations", Some(&other), Some(&json!({"from_organization_id": other_org.id, "to_organization_id": spam.id, "body": "Hallo"}))).await;
    let body = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    assert_eq!(body["fields"]["to_organization_id"], "unknown_organization");
    // The report is closed; reporting hidden content is a 404.
    assert!(queue(&app, &admin)
        .await
        .reports
        .iter()
        .all(|r| r.target_id != spam.id));
    let res = app
        .call(
            Method::POST,
            "/api/v1/reports",
            Some(&reader),
            Some(
                &json!({"target_type": "organization", "target_id": spam.id, "reason": "Noch mal"}),
            ),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);

    // Shown again: back everywhere.
    let res = moderate(&app, &admin, json!({"target_type": "organization", "target_id": spam.id, "action": "unhide", "reason": "Nach Rücksprache echt"})).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(directory_ids(&app).await.contains(&spam.id));
    search_until(&app, "Xyloprofit", spam.id, true).await;
    search_until(&app, "Xyloprofit", offer_id, true).await;

    // The audit log tells who did what, when and why.
    let log: AuditLogPage = app
        .get(
            &format!("/api/v1/admin/audit-log?target_id={}", spam.id),
            Some(&admin),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(log.total, 2);
    assert_eq!(log.items[0].action, ModerationAction::Unhide);
    assert_eq!(log.items[1].action, ModerationAction::Hide);
    assert_eq!(log.items[1].reason, "Spam");
    assert_eq!(log.items[1].target_name, "Billigware Xyloprofit");
    // Both entries tell where it stands now (shown again), not at the time of the action.
    assert!(log
        .items
        .iter()
        .all(|e| e.target_now.is_some_and(|s| !s.hidden && !s.suspended)));
    assert!(log.items[1].actor_name.is_some());

    // Approve takes it off the new-organisations queue.
    let res = moderate(
        &app,
        &admin,
        json!({"target_type": "organization", "target_id": spam.id, "action": "approve"}),
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(queue(&app, &admin)
        .await
        .new_organizations
        .iter()
        .all(|o| o.id != spam.id));
}

#[tokio::test]
async fn offers_can_be_hidden_and_suspended_organisations_cannot_post_or_write() {
    let app = spawn_app().await;
    let admin = app.admin_token().await;
    let (_, owner) = app.user_with_role(Role::Member).await;
    let org: Organization = create_organization(&app, &owner, &json!({"name": "Grenzhandel s.r.o.", "kind": "company", "country": "CZ", "city": "Liberec", "description": {"cs": "Obchod"}})).await;
    let post = |title: &str| json!({"organization_id": org.id, "type": "product_offer", "publish": true, "title": {"cs": title}, "text": {"cs": "Text"}});
    let res = app
        .call(
            Method::POST,
            "/api/v1/opportunities",
            Some(&owner),
            Some(&post("Padělky hodinek")),
        )
        .await;
    let offer: Value = res.json().await.unwrap();
    let offer_id: Uuid = offer["id"].as_str().unwrap().parse().unwrap();
    let (_, reader) = app.user_with_role(Role::Member).await;
    let res = app
        .call(
            Method::POST,
            "/api/v1/reports",
            Some(&reader),
            Some(
                &json!({"target_type": "opportunity", "target_id": offer_id, "reason": "Padělky"}),
            ),
        )
        .await;
    assert_eq!(res.status(), StatusCode::ACCEPTED);
    assert!(queue(&app, &admin)
        .await
        .reports
        .iter()
        .any(|r| r.target_id == offer_id && r.target_name == "Padělky hodinek"));

    let res = moderate(&app, &admin, json!({"target_type": "opportunity", "target_id": offer_id, "action": "hide", "reason": "Padělky"})).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        app.get(&format!("/api/v1/opportunities/{offer_id}"), None)
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&format!("/api/v1/opportunities/{offer_id}"), Some(&owner))
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        app.get(&format!("/api/v1/organizations/{}", org.id), None)
            .await
            .status(),
        StatusCode::OK,
        "the organisation stays"
    );

    // Offers cannot be suspended; organisations can.
    let body = assert_error(moderate(&app, &admin, json!({"target_type": "opportunity", "target_id": offer_id, "action": "suspend", "reason": "x"})).await, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    assert_eq!(body["fields"]["action"], "not_applicable");
    let res = moderate(&app, &admin, json!({"target_type": "organization", "target_id": org.id, "action": "suspend", "reason": "Wiederholt Fälschungen"})).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_error(
        app.call(
            Method::POST,
            "/api/v1/opportunities",
            Some(&owner),
            Some(&post("Další")),
        )
        .await,
        StatusCode::FORBIDDEN,
        "organization_suspended",
    )
    .await;
    let (_, partner) = app.user_with_role(Role::Member).await;
    let partner_org = create_organization(&app, &partner, &json!({"name": "Partner GmbH", "kind": "company", "country": "DE", "city": "Zittau", "description": {"de": "x"}})).await;
    let res = app.call(Method::POST, "/api/v1/conversations", Some(&owner), Some(&json!({"from_organization_id": org.id, "to_organization_id": partner_org.id, "body": "Dobrý den"}))).await;
    assert_error(res, StatusCode::FORBIDDEN, "organization_suspended").await;
    assert_eq!(
        app.get(&format!("/api/v1/organizations/{}", org.id), None)
            .await
            .status(),
        StatusCode::NOT_FOUND
    );

    let res = moderate(&app, &admin, json!({"target_type": "organization", "target_id": org.id, "action": "unsuspend", "reason": "Geklärt"})).await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = app
        .call(
            Method::POST,
            "/api/v1/opportunities",
            Some(&owner),
            Some(&post("Sklo")),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    assert_eq!(
        app.get(&format!("/api/v1/organizations/{}", org.id), None)
            .await
            .status(),
        StatusCode::OK
    );

    // A warning reaches the owners.
    let res = moderate(&app, &admin, json!({"target_type": "organization", "target_id": org.id, "action": "warn", "reason": "Bitte keine Markenware anbieten."})).await;
    assert_eq!(res.status(), StatusCode::OK);
    let notes: Value = app
        .get("/api/v1/me/notifications", Some(&owner))
        .await
        .json()
        .await
        .unwrap();
    assert!(notes
        .to_string()
        .contains("Bitte keine Markenware anbieten."));
}

#[tokio::test]
async fn only_admins_moderate_and_bad_input_is_refused() {
    let app = spawn_app().await;
    let admin = app.admin_token().await;
    let (_, staff) = app.user_with_role(Role::InstitutionStaff).await;
    let (_, member) = app.user_with_role(Role::Member).await;
    let org: Organization = create_organization(&app, &member, &json!({"name": "Firma", "kind": "company", "country": "DE", "city": "Pirna", "description": {"de": "x"}})).await;
    let hide = json!({"target_type": "organization", "target_id": org.id, "action": "hide", "reason": "x"});
    assert_eq!(
        app.call(
            Method::POST,
            "/api/v1/admin/moderation/actions",
            None,
            Some(&hide)
        )
        .await
        .status(),
        StatusCode::UNAUTHORIZED
    );
    for user in [&member, &staff] {
        assert_eq!(
            moderate(&app, user, hide.clone()).await.status(),
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            app.get("/api/v1/admin/moderation", Some(user))
                .await
                .status(),
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            app.get("/api/v1/admin/audit-log", Some(user))
                .await
                .status(),
            StatusCode::FORBIDDEN
        );
    }
    let body = assert_error(moderate(&app, &admin, json!({"target_type": "organization", "target_id": org.id, "action": "hide", "reason": "  "})).await, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    assert_eq!(body["fields"]["reason"], "required");
    assert_eq!(moderate(&app, &admin, json!({"target_type": "organization", "target_id": Uuid::new_v4(), "action": "hide", "reason": "x"})).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(moderate(&app, &admin, json!({"target_type": "organization", "target_id": org.id, "action": "delete_everything", "reason": "x"})).await.status(), StatusCode::BAD_REQUEST);
    // Reports: logged in only, with a reason, about something that exists.
    let report =
        json!({"target_type": "organization", "target_id": org.id, "reason": "Falsche Angaben"});
    assert_eq!(
        app.call(Method::POST, "/api/v1/reports", None, Some(&report))
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    let body = assert_error(
        app.call(
            Method::POST,
            "/api/v1/reports",
            Some(&staff),
            Some(&json!({"target_type": "organization", "target_id": org.id, "reason": ""})),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_eq!(body["fields"]["reason"], "required");
    // A category other than "other" speaks for itself: the note may stay empty.
    assert_eq!(
        app.call(
            Method::POST,
            "/api/v1/reports",
            Some(&staff),
            Some(&json!({"target_type": "organization", "target_id": org.id, "category": "misleading"})),
        )
        .await
        .status(),
        StatusCode::ACCEPTED
    );
    assert_eq!(
        app.call(
            Method::POST,
            "/api/v1/reports",
            Some(&staff),
            Some(
                &json!({"target_type": "opportunity", "target_id": Uuid::new_v4(), "reason": "x"})
            )
        )
        .await
        .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/api/v1/admin/audit-log?limit=0", Some(&admin))
            .await
            .status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

#[tokio::test]
async fn with_pre_moderation_new_organisations_wait_for_approval() {
    let app = crate::helpers::spawn_app_with(&[("GLOKAL_MODERATION", "pre".to_owned())]).await;
    let (_, owner) = app.user_with_role(Role::Member).await;
    let (_, other) = app.user_with_role(Role::Member).await;
    let admin = app.admin_token().await;
    let body = json!({"name": "Vorab Präzision GmbH", "kind": "company", "country": "DE", "city": "Bautzen", "description": {"de": "Präzisionsdrehteile aus Bautzen."}});
    let created: Organization = create_organization(&app, &owner, &body).await;
    let spare: Organization = create_organization(
        &app,
        &owner,
        &json!({"name": "Zweitfirma Bautzen GmbH", "kind": "company", "country": "DE", "city": "Bautzen", "description": {"de": "Zweite Firma."}}),
    )
    .await;
    let path = format!("/api/v1/organizations/{}", created.id);

    // Waiting: the members see it with the reason, nobody else does.
    let own: Organization = app.get(&path, Some(&owner)).await.json().await.unwrap();
    let status = own.moderation.expect("members see the status");
    assert!(status.awaiting_review && status.hidden_reason.is_none() && !status.suspended);
    assert_eq!(app.get(&path, None).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        app.get(&path, Some(&other)).await.status(),
        StatusCode::NOT_FOUND
    );
    assert!(!directory_ids(&app).await.contains(&created.id));
    assert!(search_ids(&app, "Präzisionsdrehteile").await.is_empty());
    let waiting = queue(&app, &admin).await;
    let text = serde_json::to_string(&waiting).unwrap();
    assert!(text.contains(&created.id.to_string()), "{text}");

    // A moderator hides the second one for cause: approving later does not show it.
    let res = moderate(
        &app,
        &admin,
        json!({"target_type": "organization", "target_id": spare.id, "action": "hide", "reason": "Scheinfirma"}),
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);

    // Approved: public at once, in the directory and in search.
    for id in [created.id, spare.id] {
        let res = moderate(
            &app,
            &admin,
            json!({"target_type": "organization", "target_id": id, "action": "approve"}),
        )
        .await;
        assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    }
    let public: Organization = app.get(&path, None).await.json().await.unwrap();
    assert_eq!(public.moderation, None);
    let own: Organization = app.get(&path, Some(&owner)).await.json().await.unwrap();
    assert_eq!(own.moderation, None);
    assert!(directory_ids(&app).await.contains(&created.id));
    search_until(&app, "Präzisionsdrehteile", created.id, true).await;
    let spare_path = format!("/api/v1/organizations/{}", spare.id);
    assert_eq!(
        app.get(&spare_path, None).await.status(),
        StatusCode::NOT_FOUND
    );
    let own_spare: Organization = app
        .get(&spare_path, Some(&owner))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        own_spare
            .moderation
            .and_then(|m| m.hidden_reason)
            .as_deref(),
        Some("Scheinfirma")
    );
}
