use actix_web::{get, web, HttpResponse};
use glokal_api_types::{ErrorBody, NaceItem, NaceQuery};
use glokal_domain::reference::{fold, nace};

/// NACE Rev. 2 with German (WZ 2008), Czech (CZ-NACE) and English labels.
///
/// Without parameters all 996 entries in official order; `q` searches codes and labels in
/// all three languages (diacritics ignored), `level` and `parent` narrow the tree.
#[utoipa::path(
    tag = "reference",
    operation_id = "list_nace",
    params(NaceQuery),
    responses(
        (status = 200, description = "Matching entries in official order", body = Vec<NaceItem>),
        (status = 400, description = "Malformed parameters", body = ErrorBody),
    )
)]
#[get("/reference/nace")]
pub async fn list_nace(query: web::Query<NaceQuery>) -> HttpResponse {
    let q = query
        .q
        .as_deref()
        .map(|q| fold(q.trim()))
        .filter(|q| !q.is_empty());
    let items: Vec<NaceItem> = nace::all()
        .iter()
        .filter(|e| query.level.is_none_or(|level| e.level == level))
        .filter(|e| {
            query
                .parent
                .as_deref()
                .is_none_or(|p| e.parent.as_deref() == Some(p))
        })
        .filter(|e| {
            q.as_deref()
                .is_none_or(|q| e.code.to_lowercase().starts_with(q) || e.labels.matches(q))
        })
        .map(|e| NaceItem {
            code: e.code.clone(),
            level: e.level,
            parent: e.parent.clone(),
            label: super::labels(&e.labels),
        })
        .collect();
    HttpResponse::Ok()
        .insert_header(super::CACHE_A_DAY)
        .json(items)
}
