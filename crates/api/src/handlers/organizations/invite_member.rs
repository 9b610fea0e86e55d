use actix_web::{post, web, HttpResponse};
use chrono::Utc;
use glokal_api_types::{ErrorBody, ErrorCode, InviteMemberRequest, MemberList, MemberRole};
use glokal_domain::Email;
use glokal_store::invitations::{self, NewInvitation};
use glokal_store::{organizations, users};
use uuid::Uuid;

use crate::auth::{tokens, CurrentUser};
use crate::error::{ApiError, ApiResult};
use crate::mail::templates;
use crate::state::AppState;

/// How long an invitation link is valid.
pub const INVITATION_DAYS: i64 = 14;

/// Invite a colleague as owner or editor (owners and platform admins).
///
/// A registered address becomes a member at once and is told by mail; any other address
/// gets an invitation mail with a link (valid 14 days) to register or log in and join.
/// Returns the members and open invitations afterwards.
#[utoipa::path(
    tag = "organizations",
    operation_id = "invite_member",
    params(("id" = Uuid, Path, description = "Organisation id")),
    request_body = InviteMemberRequest,
    responses(
        (status = 200, description = "Members and open invitations of the organisation", body = MemberList),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner", body = ErrorBody),
        (status = 404, description = "No such organisation", body = ErrorBody),
        (status = 409, description = "Already a member (`already_member`)", body = ErrorBody),
        (status = 422, description = "Invalid e-mail address", body = ErrorBody),
        (status = 429, description = "Too many mails to this address", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/organizations/{id}/members")]
pub async fn invite_member(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    body: web::Json<InviteMemberRequest>,
) -> ApiResult<HttpResponse> {
    let org = super::load(&state.db, *id).await?;
    super::require(
        super::effective_role(&state.db, org.id, &user.0).await?,
        &[MemberRole::Owner],
    )?;
    let email = Email::parse(body.email.trim()).map_err(|e| ApiError::field("email", e.code()))?;
    state.limiters.mail_to(email.as_str())?;
    let inviter = &user.0;
    let txn = glokal_store::begin_write(&state.db).await?;
    match users::find_by_email(&txn, email.as_str()).await? {
        Some(invitee) => {
            if organizations::member_role(&txn, org.id, invitee.id)
                .await?
                .is_some()
            {
                return Err(ApiError::Client(ErrorCode::AlreadyMember));
            }
            organizations::set_member(&txn, org.id, invitee.id, body.role).await?;
            let link = format!(
                "{}/organizations/{}",
                state.settings.public_url.trim_end_matches('/'),
                org.id
            );
            let mail = templates::member_added(
                invitee.language(),
                &invitee.display_name,
                &inviter.display_name,
                &org.name,
                body.role,
                &link,
            );
            state
                .mail
                .enqueue(&txn, Some(invitee.id), &invitee.email, &mail)
                .await?;
            tracing::info!(organization = %org.id, member = %invitee.id, "member added");
        }
        None => {
            let token = tokens::random_token();
            let lang = body.language.unwrap_or_else(|| inviter.language());
            let mail = templates::invitation(
                lang,
                &inviter.display_name,
                &org.name,
                body.role,
                &state.link("/invitations", &token),
                INVITATION_DAYS as u64,
            );
            invitations::create(
                &txn,
                NewInvitation {
                    organization_id: org.id,
                    email: email.as_str().to_owned(),
                    role: body.role,
                    token_hash: tokens::hash_token(&token),
                    invited_by: inviter.id,
                    expires_at: Utc::now() + chrono::Duration::days(INVITATION_DAYS),
                },
            )
            .await?;
            state
                .mail
                .enqueue(&txn, None, email.as_str(), &mail)
                .await?;
            tracing::info!(organization = %org.id, "invitation sent");
        }
    }
    txn.commit().await?;
    state.mail.kick();
    Ok(HttpResponse::Ok().json(super::member_list(&state.db, org.id).await?))
}
