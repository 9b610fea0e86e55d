use actix_web::{get, web};
use glokal_api_types::{ErrorBody, SuggestQuery, Suggestions};

use crate::error::{ApiError, ApiResult};
use crate::lang::RequestLanguage;
use crate::state::AppState;

/// Suggestions for the search box as someone types: organisation names containing a word
/// that starts with the text, then NACE labels and glossary terms in the viewer's language.
#[utoipa::path(
    tag = "search",
    operation_id = "suggest",
    params(SuggestQuery),
    responses(
        (status = 200, description = "Up to `limit` suggestions (none for an empty `q`)", body = Suggestions),
        (status = 422, description = "`q` over 100 characters or `limit` outside 1–20", body = ErrorBody),
    )
)]
#[get("/search/suggest")]
pub async fn suggest(
    state: web::Data<AppState>,
    query: web::Query<SuggestQuery>,
    lang: RequestLanguage,
) -> ApiResult<web::Json<Suggestions>> {
    let query = query.into_inner();
    let q = query.q.unwrap_or_default();
    if q.chars().count() > 100 {
        return Err(ApiError::field("q", "too_long"));
    }
    let limit = query.limit.unwrap_or(10);
    if !(1..=20).contains(&limit) {
        return Err(ApiError::field("limit", "out_of_range"));
    }
    let lang = query.lang.or(lang.0).unwrap_or_default();
    let suggestions = state.search.suggest(&q, lang, limit as usize)?;
    Ok(web::Json(Suggestions { suggestions }))
}
