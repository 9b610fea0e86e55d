use actix_web::{get, HttpResponse};
use glokal_api_types::LanguageItem;
use glokal_domain::reference::spoken_languages;

/// Languages an organisation or contact person can speak (values of `languages`).
#[utoipa::path(
    tag = "reference",
    operation_id = "list_languages",
    responses((status = 200, description = "All languages", body = Vec<LanguageItem>))
)]
#[get("/reference/languages")]
pub async fn list_languages() -> HttpResponse {
    let items: Vec<LanguageItem> = spoken_languages::all()
        .iter()
        .map(|l| LanguageItem {
            code: l.code.to_owned(),
            name: super::labels(&l.name),
        })
        .collect();
    HttpResponse::Ok()
        .insert_header(super::CACHE_A_DAY)
        .json(items)
}
