use actix_web::{get, web};
use glokal_api_types::{Language, ServerInfo};

use crate::state::AppState;

/// Public facts about this installation (version, languages, password policy, map tiles).
#[utoipa::path(
    tag = "system",
    operation_id = "get_server_info",
    responses((status = 200, description = "Server facts", body = ServerInfo))
)]
#[get("/info")]
pub async fn get_server_info(state: web::Data<AppState>) -> web::Json<ServerInfo> {
    web::Json(ServerInfo {
        name: "Glokal".to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
        languages: Language::ALL.to_vec(),
        password_min_length: glokal_domain::PASSWORD_MIN_CHARS as u32,
        map_tiles_url: state.settings.map_tiles_url.clone(),
        map_attribution: state.settings.map_attribution.clone(),
        terms_version: glokal_api_types::CURRENT_TERMS_VERSION.to_owned(),
    })
}
