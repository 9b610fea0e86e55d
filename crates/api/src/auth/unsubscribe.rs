//! Signed one-click unsubscribe tokens for alert and digest mails: an HS256 JWT with its own
//! key (derived from the JWT secret, so an access token never passes as one and the reverse),
//! audience `glokal-unsubscribe`, the account, what to turn off, and an expiry.

use chrono::Utc;
use glokal_api_types::{ErrorCode, NotificationCategory};
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use uuid::Uuid;

use crate::error::ApiError;

const AUDIENCE: &str = "glokal-unsubscribe";
const ISSUER: &str = "glokal";
/// How long the link in a mail works.
pub const VALID_DAYS: i64 = 180;

/// What a token turns off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Mails of a category (e.g. shortage alerts).
    Category(NotificationCategory),
    /// Mails of one saved search.
    SavedSearch(Uuid),
}

impl Scope {
    fn encode(self) -> String {
        match self {
            Scope::Category(c) => format!("category:{}", c.as_str()),
            Scope::SavedSearch(id) => format!("saved_search:{id}"),
        }
    }

    fn decode(text: &str) -> Option<Scope> {
        let (kind, value) = text.split_once(':')?;
        match kind {
            "category" => NotificationCategory::parse(value).map(Scope::Category),
            "saved_search" => value.parse().ok().map(Scope::SavedSearch),
            _ => None,
        }
    }
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct Claims {
    sub: Uuid,
    scope: String,
    aud: String,
    iss: String,
    iat: i64,
    exp: i64,
}

fn key(secret: &[u8]) -> Vec<u8> {
    let mut k = secret.to_vec();
    k.extend_from_slice(b":unsubscribe");
    k
}

/// A token for `user` turning off `scope`, valid for [`VALID_DAYS`].
pub fn issue(secret: &[u8], user: Uuid, scope: Scope) -> String {
    issue_at(secret, user, scope, Utc::now().timestamp())
}

fn issue_at(secret: &[u8], user: Uuid, scope: Scope, now: i64) -> String {
    let claims = Claims {
        sub: user,
        scope: scope.encode(),
        aud: AUDIENCE.to_owned(),
        iss: ISSUER.to_owned(),
        iat: now,
        exp: now + VALID_DAYS * 86_400,
    };
    encode(
        &Header::new(Algorithm::HS256),
        &claims,
        &EncodingKey::from_secret(&key(secret)),
    )
    .unwrap_or_default()
}

/// The account and scope of a valid token; `link_invalid` (400) for a forged, altered,
/// expired or unreadable one.
pub fn verify(secret: &[u8], token: &str) -> Result<(Uuid, Scope), ApiError> {
    let mut validation = Validation::new(Algorithm::HS256);
    validation.set_audience(&[AUDIENCE]);
    validation.set_issuer(&[ISSUER]);
    validation.set_required_spec_claims(&["exp", "sub", "aud", "iss"]);
    validation.leeway = 0;
    let invalid = || ApiError::Client(ErrorCode::LinkInvalid);
    let data = decode::<Claims>(token, &DecodingKey::from_secret(&key(secret)), &validation)
        .map_err(|_| invalid())?;
    let scope = Scope::decode(&data.claims.scope).ok_or_else(invalid)?;
    Ok((data.claims.sub, scope))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &[u8] = b"a-test-secret-of-at-least-32-bytes!!";

    #[test]
    fn round_trip_and_refusals() {
        let user = Uuid::new_v4();
        let search = Uuid::new_v4();
        let token = issue(SECRET, user, Scope::SavedSearch(search));
        assert_eq!(
            verify(SECRET, &token).unwrap(),
            (user, Scope::SavedSearch(search))
        );
        let alerts = issue(
            SECRET,
            user,
            Scope::Category(NotificationCategory::ShortageAlerts),
        );
        assert_eq!(
            verify(SECRET, &alerts).unwrap().1,
            Scope::Category(NotificationCategory::ShortageAlerts)
        );
        // Another secret, an altered payload, an expired token, an access token: refused.
        assert!(verify(b"another-secret-of-at-least-32-bytes!", &token).is_err());
        let mut parts: Vec<String> = token.split('.').map(str::to_owned).collect();
        parts[1] = issue(SECRET, Uuid::new_v4(), Scope::SavedSearch(search))
            .split('.')
            .nth(1)
            .unwrap()
            .to_owned();
        assert!(verify(SECRET, &parts.join(".")).is_err());
        let old = issue_at(
            SECRET,
            user,
            Scope::SavedSearch(search),
            Utc::now().timestamp() - VALID_DAYS * 86_400 - 10,
        );
        assert!(verify(SECRET, &old).is_err());
        let access = crate::auth::jwt::JwtKeys::new(SECRET, std::time::Duration::from_secs(900))
            .issue(user, glokal_api_types::Role::Member)
            .unwrap();
        assert!(verify(SECRET, &access).is_err());
        assert!(verify(SECRET, "not-a-token").is_err());
    }
}
