use actix_web::{get, web};
use glokal_api_types::HealthStatus;

/// Liveness: the process is up (does not touch the database).
#[utoipa::path(
    tag = "system",
    operation_id = "healthz",
    responses((status = 200, description = "Process alive", body = HealthStatus))
)]
#[get("/healthz")]
pub async fn healthz() -> web::Json<HealthStatus> {
    web::Json(HealthStatus {
        status: "ok".to_owned(),
    })
}
