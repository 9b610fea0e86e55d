use actix_web::{get, HttpResponse};
use glokal_api_types::CertificationItem;
use glokal_domain::reference::certifications;

/// Certifications an organisation can list on its profile (ISO 9001, IATF 16949, …).
#[utoipa::path(
    tag = "reference",
    operation_id = "list_certifications",
    responses((status = 200, description = "All certifications", body = Vec<CertificationItem>))
)]
#[get("/reference/certifications")]
pub async fn list_certifications() -> HttpResponse {
    let items: Vec<CertificationItem> = certifications::all()
        .iter()
        .map(|c| CertificationItem {
            code: c.code.to_owned(),
            name: c.name.to_owned(),
            topic: super::labels(&c.topic),
        })
        .collect();
    HttpResponse::Ok()
        .insert_header(super::CACHE_A_DAY)
        .json(items)
}
