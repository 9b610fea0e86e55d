use actix_web::http::header::{ContentDisposition, DispositionParam, DispositionType};
use actix_web::{get, web, HttpResponse};
use chrono::Utc;
use glokal_api_types::{
    AccountExport, ErrorBody, MailExport, MatchmakingExport, MessageExport, SessionExport,
};
use glokal_store::{mail_outbox, refresh_tokens};

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// Export all personal data held about the caller (GDPR Art. 15 and 20), as JSON.
#[utoipa::path(
    tag = "me",
    operation_id = "export_me",
    responses(
        (status = 200, description = "Everything stored about the caller", body = AccountExport),
        (status = 401, description = "Not logged in", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/me/export")]
pub async fn export_me(state: web::Data<AppState>, user: CurrentUser) -> ApiResult<HttpResponse> {
    let user = user.0;
    let sessions = refresh_tokens::list_for_user(&state.db, user.id)
        .await?
        .into_iter()
        .map(|t| SessionExport {
            created_at: t.created_at,
            expires_at: t.expires_at,
            ended_at: t.revoked_at.or(t.rotated_at),
        })
        .collect();
    let mails = mail_outbox::list_for_user(&state.db, user.id)
        .await?
        .into_iter()
        .map(|m| MailExport {
            subject: m.subject,
            created_at: m.created_at,
            sent_at: m.sent_at,
        })
        .collect();
    let memberships = glokal_store::organizations::memberships(&state.db, user.id)
        .await?
        .into_iter()
        .map(|(org, role)| org.into_membership(role))
        .collect();
    let mut event_registrations = Vec::new();
    for registration in glokal_store::events::registrations_of_user(&state.db, user.id).await? {
        event_registrations
            .push(crate::handlers::events::registration_view(&state.db, registration).await?);
    }
    let messages = glokal_store::conversations::messages_by_user(&state.db, user.id)
        .await?
        .into_iter()
        .map(|m| MessageExport {
            conversation_id: m.conversation_id,
            body: m.body,
            sent_at: m.created_at,
        })
        .collect();
    let lang = user.language();
    let (notifications, _) =
        glokal_store::notifications::list(&state.db, user.id, false, 0, 100_000).await?;
    let notifications = notifications
        .into_iter()
        .map(|n| crate::handlers::notifications::render(n, lang))
        .collect();
    let notification_preferences =
        glokal_store::notification_preferences::get(&state.db, user.id).await?;
    let saved_searches = glokal_store::saved_searches::list(&state.db, user.id)
        .await?
        .into_iter()
        .map(|s| s.into_api())
        .collect();
    let mut matchmaking = Vec::new();
    for registration in glokal_store::events::registrations_of_user(&state.db, user.id).await? {
        use crate::handlers::matchmaking as mm;
        let Ok((event, _, settings)) =
            mm::load_configured(&state.db, registration.event_id, &user).await
        else {
            continue;
        };
        let Ok(me) = mm::require_participant(&state.db, &event, &user).await else {
            continue;
        };
        matchmaking.push(MatchmakingExport {
            participation: mm::get_my_participation::participation_view(&state.db, &me, &settings)
                .await?,
            requests: mm::list_meeting_requests::requests_of(&state.db, event.id, &me).await?,
            agenda: mm::get_agenda::agenda_of(&state.db, &event, &settings, &me).await?,
        });
    }
    let consents = glokal_store::privacy::consents(&state.db, user.id).await?;
    let export = AccountExport {
        privacy: user.privacy(),
        consents,
        matchmaking,
        messages,
        notifications,
        notification_preferences,
        saved_searches,
        memberships,
        event_registrations,
        exported_at: Utc::now(),
        email_verified_at: user.email_verified_at,
        updated_at: user.updated_at,
        user: user.into_api(),
        sessions,
        mails,
    };
    Ok(HttpResponse::Ok()
        .insert_header(ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![DispositionParam::Filename(
                "glokal-data-export.json".to_owned(),
            )],
        })
        .json(export))
}
