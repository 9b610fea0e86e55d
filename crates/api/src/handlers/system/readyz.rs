use actix_web::{get, web, HttpResponse};
use glokal_api_types::HealthStatus;

use crate::state::AppState;

/// Readiness: the database answers.
#[utoipa::path(
    tag = "system",
    operation_id = "readyz",
    responses(
        (status = 200, description = "Ready to serve", body = HealthStatus),
        (status = 503, description = "Database unreachable", body = HealthStatus),
    )
)]
#[get("/readyz")]
pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    if glokal_store::ping(&state.db).await {
        HttpResponse::Ok().json(HealthStatus {
            status: "ok".to_owned(),
        })
    } else {
        HttpResponse::ServiceUnavailable().json(HealthStatus {
            status: "unavailable".to_owned(),
        })
    }
}
