//! argon2id password hashing (OWASP parameters: 19 MiB, 2 iterations, 1 lane).

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

use crate::error::{ApiError, ApiResult};

fn hasher() -> Argon2<'static> {
    // `Argon2::default()` is argon2id v19 with m=19456 KiB, t=2, p=1.
    Argon2::default()
}

/// Hashes a password into a PHC string (`$argon2id$v=19$…`).
pub fn hash(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    hasher()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|err| anyhow::anyhow!("hashing a password failed: {err}"))
}

/// Checks a password against a PHC string; malformed hashes never match.
pub fn verify(password: &str, phc: &str) -> bool {
    match PasswordHash::new(phc) {
        Ok(parsed) => hasher()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// Hashes on the blocking thread pool, off the async workers.
pub async fn hash_blocking(password: String) -> ApiResult<String> {
    actix_web::web::block(move || hash(&password))
        .await?
        .map_err(ApiError::Unexpected)
}

/// Verifies on the blocking thread pool. With `None` it verifies against a dummy hash,
/// so an unknown account costs the same time as a wrong password.
pub async fn verify_blocking(
    password: String,
    phc: Option<String>,
    dummy: &'static str,
) -> ApiResult<bool> {
    let known = phc.is_some();
    let phc = phc.unwrap_or_else(|| dummy.to_owned());
    let matches = actix_web::web::block(move || verify(&password, &phc)).await?;
    Ok(known && matches)
}

/// A hash of a random password, computed once, for [`verify_blocking`] with unknown accounts.
pub fn dummy_hash() -> &'static str {
    use std::sync::OnceLock;
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| hash(&super::tokens::random_token()).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_with_argon2id_and_verifies() {
        let phc = hash("Grenzland-Kooperation 2026").unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify("Grenzland-Kooperation 2026", &phc));
        assert!(!verify("grenzland-kooperation 2026", &phc));
        assert!(!verify("anything", "not a hash"));
    }
}
