//! Scoped API tokens (`glk_` + 43 characters of base64url randomness): only the SHA-256 is
//! stored; every use is rate-limited per token and recorded (at most once a minute).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use glokal_api_types::{ApiScope, ErrorCode};
use glokal_store::api_tokens;
use rand::RngCore;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Every API token starts with this (JWT access tokens never do).
pub const PREFIX: &str = "glk_";

/// A new token: the secret (shown once), its hash and its recognisable start.
pub fn generate() -> (String, String, String) {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes));
    let prefix = token.chars().take(10).collect();
    (token.clone(), hash(&token), prefix)
}

/// The stored form of a token.
pub fn hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A valid token: whose it is and what it may do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenAuth {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub scopes: Vec<ApiScope>,
    /// The person who created the token (`None` once their account is deleted).
    pub created_by: Option<Uuid>,
}

/// Checks a presented token: 401 when unknown or revoked, 429 over its rate limit.
pub async fn authenticate(state: &AppState, token: &str) -> ApiResult<TokenAuth> {
    let stored = api_tokens::by_hash(&state.db, &hash(token))
        .await?
        .filter(|t| t.revoked_at.is_none())
        .ok_or(ApiError::Client(ErrorCode::Unauthorized))?;
    state.limiters.api_request(stored.id)?;
    api_tokens::touch(&state.db, &stored, chrono::Utc::now()).await?;
    Ok(TokenAuth {
        id: stored.id,
        organization_id: stored.organization_id,
        scopes: stored.scopes(),
        created_by: stored.created_by,
    })
}
