use actix_web::{get, HttpResponse};
use glokal_api_types::RegionItem;
use glokal_domain::reference::regions;

/// The NUTS 3 regions of Saxony and the Czech border kraje, programme area first.
#[utoipa::path(
    tag = "reference",
    operation_id = "list_regions",
    responses((status = 200, description = "All regions", body = Vec<RegionItem>))
)]
#[get("/reference/regions")]
pub async fn list_regions() -> HttpResponse {
    let items: Vec<RegionItem> = regions::all()
        .iter()
        .map(|r| RegionItem {
            code: r.code.to_owned(),
            country: r.country.to_owned(),
            in_programme_area: r.in_programme_area,
            name: super::labels(&r.names),
        })
        .collect();
    HttpResponse::Ok()
        .insert_header(super::CACHE_A_DAY)
        .json(items)
}
