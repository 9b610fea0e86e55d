//! The role matrix: every protected endpoint × anonymous, member, institution staff, admin.

use glokal_api_types::{Role, UserPage};
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::helpers::{assert_error, spawn_app};

#[tokio::test]
async fn every_endpoint_checks_the_callers_role() {
    let app = spawn_app().await;
    let (member, member_token) = app.user_with_role(Role::Member).await;
    let (_, staff_token) = app.user_with_role(Role::InstitutionStaff).await;
    let (_, admin_token) = app.user_with_role(Role::PlatformAdmin).await;
    let role_path = format!("/api/v1/admin/users/{}/role", member.id);
    let role_body = json!({"role": "member"});

    // (method, path, body, expected status for: anonymous, member, staff, admin)
    let matrix: Vec<(Method, &str, Option<serde_json::Value>, [u16; 4])> = vec![
        (Method::GET, "/api/v1/me", None, [401, 200, 200, 200]),
        (
            Method::PATCH,
            "/api/v1/me",
            Some(json!({})),
            [401, 200, 200, 200],
        ),
        (Method::GET, "/api/v1/me/export", None, [401, 200, 200, 200]),
        (
            Method::POST,
            "/api/v1/me/password",
            Some(
                json!({"current_password": "wrong wrong", "new_password": "Another-Good-Password 1"}),
            ),
            [401, 403, 403, 403],
        ),
        (
            Method::DELETE,
            "/api/v1/me",
            Some(json!({"password": "wrong wrong"})),
            [401, 403, 403, 403],
        ),
        (
            Method::GET,
            "/api/v1/admin/users",
            None,
            [401, 403, 403, 200],
        ),
        (
            Method::PUT,
            role_path.as_str(),
            Some(role_body.clone()),
            [401, 403, 403, 200],
        ),
        (Method::GET, "/api/v1/info", None, [200, 200, 200, 200]),
        (
            Method::GET,
            "/api/v1/admin/moderation",
            None,
            [401, 403, 403, 200],
        ),
        (
            Method::GET,
            "/api/v1/admin/audit-log",
            None,
            [401, 403, 403, 200],
        ),
        (
            Method::GET,
            "/api/v1/organizations/export",
            None,
            [401, 403, 200, 200],
        ),
        (
            Method::GET,
            "/api/v1/opportunities/export",
            None,
            [401, 403, 200, 200],
        ),
        // A JSON body is no table with a name column: 422 once the caller may import.
        (
            Method::POST,
            "/api/v1/organizations/import?dry_run=true",
            Some(json!({})),
            [401, 403, 422, 422],
        ),
    ];
    let callers = [
        None,
        Some(member_token.as_str()),
        Some(staff_token.as_str()),
        Some(admin_token.as_str()),
    ];
    for (method, path, body, expected) in &matrix {
        for (caller, want) in callers.iter().zip(expected) {
            let res = app.call(method.clone(), path, *caller, body.as_ref()).await;
            assert_eq!(
                res.status().as_u16(),
                *want,
                "{method} {path} as caller #{:?}",
                callers.iter().position(|c| c == caller)
            );
        }
    }
}

#[tokio::test]
async fn admins_list_accounts_and_grant_roles_but_not_their_own() {
    let app = spawn_app().await;
    let (member, member_token) = app.user_with_role(Role::Member).await;
    let admin = app.admin_token().await;
    let page: UserPage = app
        .get("/api/v1/admin/users?limit=1", Some(&admin))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.total, 2);
    let res = app
        .call(
            Method::PUT,
            &format!("/api/v1/admin/users/{}/role", member.id),
            Some(&admin),
            Some(&json!({"role": "institution_staff"})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    // The new role applies immediately, even to the member's existing access token.
    let me: glokal_api_types::User = app
        .get("/api/v1/me", Some(&member_token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me.role, Role::InstitutionStaff);

    let admin_me: glokal_api_types::User = app
        .get("/api/v1/me", Some(&admin))
        .await
        .json()
        .await
        .unwrap();
    let res = app
        .call(
            Method::PUT,
            &format!("/api/v1/admin/users/{}/role", admin_me.id),
            Some(&admin),
            Some(&json!({"role": "member"})),
        )
        .await;
    assert_error(res, StatusCode::FORBIDDEN, "forbidden").await;
    let res = app
        .call(
            Method::PUT,
            &format!("/api/v1/admin/users/{}/role", uuid::Uuid::new_v4()),
            Some(&admin),
            Some(&json!({"role": "member"})),
        )
        .await;
    assert_error(res, StatusCode::NOT_FOUND, "not_found").await;
}
