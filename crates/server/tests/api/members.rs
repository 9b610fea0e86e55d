//! Memberships: inviting (registered or not), roles, hand-over, leaving, invitations.

use glokal_api_types::{InvitationPreview, MemberList, MemberRole, Membership, Organization, Role};
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::helpers::{assert_error, spawn_app, TestApp, PASSWORD};

async fn company(app: &TestApp, token: &str) -> Organization {
    let body = json!({"name": "Elbtal Präzision GmbH", "kind": "company", "country": "DE", "city": "Pirna", "description": {"de": "Präzisionsteile."}});
    let res = app
        .call(
            Method::POST,
            "/api/v1/organizations",
            Some(token),
            Some(&body),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    res.json().await.unwrap()
}

#[tokio::test]
async fn registered_colleagues_are_added_and_told_by_mail() {
    let app = spawn_app().await;
    let (owner_user, owner) = app.user_with_role(Role::Member).await;
    let (colleague, colleague_token) = app.user_with_role(Role::Member).await;
    let org = company(&app, &owner).await;
    let members_path = format!("/api/v1/organizations/{}/members", org.id);

    let res = app
        .call(
            Method::POST,
            &members_path,
            Some(&owner),
            Some(&json!({"email": colleague.email.to_uppercase(), "role": "editor"})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let list: MemberList = res.json().await.unwrap();
    assert_eq!(
        list.members
            .iter()
            .map(|m| (m.email.as_str(), m.role))
            .collect::<Vec<_>>(),
        [
            (owner_user.email.as_str(), MemberRole::Owner),
            (colleague.email.as_str(), MemberRole::Editor)
        ]
    );
    assert!(list.invitations.is_empty());
    let mail = app
        .wait_for_mail(&colleague.email, "Elbtal Präzision GmbH")
        .await;
    assert!(
        mail.body
            .contains(&format!("http://glokal.test/organizations/{}", org.id)),
        "{}",
        mail.body
    );

    // again: 409; the colleague now sees the organisation among theirs, and may list members
    let again = app
        .call(
            Method::POST,
            &members_path,
            Some(&owner),
            Some(&json!({"email": colleague.email, "role": "owner"})),
        )
        .await;
    assert_error(again, StatusCode::CONFLICT, "already_member").await;
    let mine: Vec<Membership> = app
        .get("/api/v1/me/organizations", Some(&colleague_token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        mine,
        [Membership {
            organization_id: org.id,
            organization_name: org.name.clone(),
            role: MemberRole::Editor,
            logo_url: None,
        }]
    );
    assert_eq!(
        app.get(&members_path, Some(&colleague_token))
            .await
            .status(),
        StatusCode::OK
    );
    // editors cannot invite
    let by_editor = app
        .call(
            Method::POST,
            &members_path,
            Some(&colleague_token),
            Some(&json!({"email": "x@firma.example", "role": "editor"})),
        )
        .await;
    assert_error(by_editor, StatusCode::FORBIDDEN, "forbidden").await;
    let bad = app
        .call(
            Method::POST,
            &members_path,
            Some(&owner),
            Some(&json!({"email": "not-an-address", "role": "editor"})),
        )
        .await;
    let body = assert_error(bad, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    assert_eq!(body["fields"]["email"], "invalid_email");
}

#[tokio::test]
async fn people_without_an_account_get_an_invitation_that_works_once() {
    let app = spawn_app().await;
    let (_, owner) = app.user_with_role(Role::Member).await;
    let org = company(&app, &owner).await;
    let members_path = format!("/api/v1/organizations/{}/members", org.id);
    let invitee = "petra.novakova@firma.example";

    let res = app
        .call(
            Method::POST,
            &members_path,
            Some(&owner),
            Some(&json!({"email": invitee, "role": "owner", "language": "cs"})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let list: MemberList = res.json().await.unwrap();
    assert_eq!(list.members.len(), 1);
    assert_eq!(
        (list.invitations[0].email.as_str(), list.invitations[0].role),
        (invitee, MemberRole::Owner)
    );
    let mail = app.wait_for_mail(invitee, "Elbtal").await;
    assert!(
        mail.subject.contains("Pozvánka"),
        "Czech as asked: {}",
        mail.subject
    );
    let link = mail.token_link();
    assert!(
        link.starts_with("http://glokal.test/invitations?token="),
        "{link}"
    );
    let token = mail.token();

    // anybody holding the link sees what it offers; a wrong token is a 404
    let preview: InvitationPreview = app
        .get(&format!("/api/v1/invitations/{token}"), None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (
            preview.organization_id,
            preview.role,
            preview.email.as_str()
        ),
        (org.id, MemberRole::Owner, invitee)
    );
    assert_error(
        app.get("/api/v1/invitations/not-a-token", None).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;

    // accepting needs a login (which needs a confirmed address)
    let accept = format!("/api/v1/invitations/{token}/accept");
    assert_error(
        app.call(Method::POST, &accept, None, None).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
    assert_eq!(
        app.register(invitee, None).await.status(),
        StatusCode::CREATED
    );
    let mut confirm = None;
    for _ in 0..200 {
        confirm = app
            .mails_to(invitee)
            .into_iter()
            .find(|m| m.token_link().contains("/verify-email?"));
        if confirm.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let confirm = confirm.expect("confirmation mail");
    assert_eq!(
        app.post(
            "/api/v1/auth/verify-email",
            &json!({"token": confirm.token()})
        )
        .await
        .status(),
        StatusCode::OK
    );
    let (tokens, _) = app.login(invitee, PASSWORD).await;
    let res = app
        .call(Method::POST, &accept, Some(&tokens.access_token), None)
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let membership: Membership = res.json().await.unwrap();
    assert_eq!(
        (membership.organization_id, membership.role),
        (org.id, MemberRole::Owner)
    );
    // once only
    assert_error(
        app.call(Method::POST, &accept, Some(&tokens.access_token), None)
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    let list: MemberList = app
        .get(&members_path, Some(&owner))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list.members.len(), 2);
    assert!(list.invitations.is_empty());
}

#[tokio::test]
async fn owners_revoke_invitations() {
    let app = spawn_app().await;
    let (_, owner) = app.user_with_role(Role::Member).await;
    let (_, stranger) = app.user_with_role(Role::Member).await;
    let org = company(&app, &owner).await;
    let members_path = format!("/api/v1/organizations/{}/members", org.id);
    let list: MemberList = app
        .call(
            Method::POST,
            &members_path,
            Some(&owner),
            Some(&json!({"email": "later@firma.example", "role": "editor"})),
        )
        .await
        .json()
        .await
        .unwrap();
    let token = app.wait_for_mail("later@firma.example", "").await.token();
    let path = format!(
        "/api/v1/organizations/{}/invitations/{}",
        org.id, list.invitations[0].id
    );
    assert_error(
        app.call(Method::DELETE, &path, Some(&stranger), None).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    assert_eq!(
        app.call(Method::DELETE, &path, Some(&owner), None)
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    assert_error(
        app.call(Method::DELETE, &path, Some(&owner), None).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_error(
        app.get(&format!("/api/v1/invitations/{token}"), None).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_error(
        app.get(&members_path, Some(&stranger)).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    assert_error(
        app.get(&members_path, None).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
}

#[tokio::test]
async fn hand_over_and_leave_keep_an_owner() {
    let app = spawn_app().await;
    let (owner_user, owner) = app.user_with_role(Role::Member).await;
    let (colleague, colleague_token) = app.user_with_role(Role::Member).await;
    let org = company(&app, &owner).await;
    let members_path = format!("/api/v1/organizations/{}/members", org.id);
    let me_path = format!("{members_path}/{}", owner_user.id);
    let colleague_path = format!("{members_path}/{}", colleague.id);

    // the only owner can neither leave nor step down
    assert_error(
        app.call(Method::DELETE, &me_path, Some(&owner), None).await,
        StatusCode::CONFLICT,
        "last_owner",
    )
    .await;
    assert_error(
        app.call(
            Method::PUT,
            &me_path,
            Some(&owner),
            Some(&json!({"role": "editor"})),
        )
        .await,
        StatusCode::CONFLICT,
        "last_owner",
    )
    .await;
    app.call(
        Method::POST,
        &members_path,
        Some(&owner),
        Some(&json!({"email": colleague.email, "role": "editor"})),
    )
    .await;
    // an editor cannot promote themself
    let promote_self = app
        .call(
            Method::PUT,
            &colleague_path,
            Some(&colleague_token),
            Some(&json!({"role": "owner"})),
        )
        .await;
    assert_error(promote_self, StatusCode::FORBIDDEN, "forbidden").await;
    // hand over: colleague becomes owner, then the first owner leaves
    let list: MemberList = app
        .call(
            Method::PUT,
            &colleague_path,
            Some(&owner),
            Some(&json!({"role": "owner"})),
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(list.members.iter().all(|m| m.role == MemberRole::Owner));
    assert_eq!(
        app.call(Method::DELETE, &me_path, Some(&owner), None)
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    assert_error(app.call(Method::PUT, &format!("/api/v1/organizations/{}", org.id), Some(&owner), Some(&json!({"name": "X", "kind": "company", "country": "DE", "city": "Pirna", "description": {"de": "x"}}))).await, StatusCode::FORBIDDEN, "forbidden").await;
    let list: MemberList = app
        .get(&members_path, Some(&colleague_token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        list.members.iter().map(|m| m.user_id).collect::<Vec<_>>(),
        [colleague.id]
    );
    // unknown member: 404; platform admins may manage any organisation
    assert_error(
        app.call(Method::DELETE, &me_path, Some(&colleague_token), None)
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    let (_, admin) = app.user_with_role(Role::PlatformAdmin).await;
    assert_eq!(
        app.get(&members_path, Some(&admin)).await.status(),
        StatusCode::OK
    );
    assert!(app
        .get("/api/v1/me/organizations", Some(&owner))
        .await
        .json::<Vec<Membership>>()
        .await
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn the_only_owner_hands_over_before_deleting_the_account() {
    let app = spawn_app().await;
    let (owner_user, owner) = app.user_with_role(Role::Member).await;
    let (colleague, _) = app.user_with_role(Role::Member).await;
    let org = company(&app, &owner).await;
    let export: glokal_api_types::AccountExport = app
        .get("/api/v1/me/export", Some(&owner))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        export.memberships,
        [Membership {
            organization_id: org.id,
            organization_name: org.name.clone(),
            role: MemberRole::Owner,
            logo_url: None,
        }]
    );

    let delete = json!({"password": PASSWORD});
    assert_error(
        app.call(Method::DELETE, "/api/v1/me", Some(&owner), Some(&delete))
            .await,
        StatusCode::CONFLICT,
        "last_owner",
    )
    .await;
    let members_path = format!("/api/v1/organizations/{}/members", org.id);
    app.call(
        Method::POST,
        &members_path,
        Some(&owner),
        Some(&json!({"email": colleague.email, "role": "owner"})),
    )
    .await;
    assert_eq!(
        app.call(Method::DELETE, "/api/v1/me", Some(&owner), Some(&delete))
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    let (colleague_token, _) = app.login(&colleague.email, PASSWORD).await;
    let list: MemberList = app
        .get(&members_path, Some(&colleague_token.access_token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        list.members.iter().map(|m| m.user_id).collect::<Vec<_>>(),
        [colleague.id],
        "{} is gone",
        owner_user.id
    );
}
