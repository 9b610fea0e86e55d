use actix_web::{post, web};
use glokal_api_types::{
    ErrorBody, ErrorCode, NotificationCategory, NotificationChannels, UnsubscribeRequest,
    Unsubscribed,
};
use glokal_store::{notification_preferences, saved_searches, users};

use crate::auth::unsubscribe::{self as unsubscribe_token, Scope};
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// One-click unsubscribe from alert and digest mails, without logging in: the signed token of
/// the mail's link turns the mails of a category (shortage alerts) or of one saved search off.
///
/// The token comes as `?token=` (mail clients' RFC 8058 one-click `POST` with the form body
/// `List-Unsubscribe=One-Click`; the mails carry `List-Unsubscribe` and
/// `List-Unsubscribe-Post`) or in a JSON body `{"token": "…"}` (the SPA's page behind the
/// link). Tokens are valid for 180 days; using one again changes nothing.
#[utoipa::path(
    tag = "notifications",
    operation_id = "unsubscribe",
    params(UnsubscribeRequest),
    request_body(content = UnsubscribeRequest, description = "Or the token as `?token=`"),
    responses(
        (status = 200, description = "These mails are off now", body = Unsubscribed),
        (status = 400, description = "No token, or a forged, altered or expired one (`link_invalid`)", body = ErrorBody),
        (status = 404, description = "The account or the saved search no longer exists", body = ErrorBody),
    )
)]
#[post("/unsubscribe")]
pub async fn unsubscribe(
    state: web::Data<AppState>,
    query: web::Query<UnsubscribeRequest>,
    body: web::Bytes,
) -> ApiResult<web::Json<Unsubscribed>> {
    let token = match query.into_inner().token {
        Some(t) => t,
        None => serde_json::from_slice::<UnsubscribeRequest>(&body)
            .ok()
            .and_then(|b| b.token)
            .ok_or(ApiError::Client(ErrorCode::LinkInvalid))?,
    };
    let (user, scope) = unsubscribe_token::verify(&state.settings.jwt_secret, token.trim())?;
    let account = users::find_by_id(&state.db, user)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    let answer = match scope {
        Scope::Category(category) => {
            let current =
                notification_preferences::channels(&state.db, account.id, category).await?;
            notification_preferences::set(
                &state.db,
                account.id,
                NotificationChannels {
                    email: false,
                    ..current
                },
            )
            .await?;
            Unsubscribed {
                category,
                saved_search_name: None,
            }
        }
        Scope::SavedSearch(id) => {
            let search = saved_searches::get_own(&state.db, account.id, id)
                .await?
                .ok_or(ApiError::Client(ErrorCode::NotFound))?;
            saved_searches::stop_mails(&state.db, search.id).await?;
            Unsubscribed {
                category: NotificationCategory::SavedSearches,
                saved_search_name: Some(search.name),
            }
        }
    };
    tracing::info!(user_id = %account.id, ?scope, "unsubscribed by link");
    Ok(web::Json(answer))
}
