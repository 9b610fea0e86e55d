//! The refresh-token cookie: `HttpOnly; Secure; SameSite=Strict`, scoped to the auth path.

use std::time::Duration;

use actix_web::cookie::{time, Cookie, SameSite};
use actix_web::HttpRequest;

/// Cookie name.
pub const REFRESH_COOKIE: &str = "glokal_refresh";
/// Only requests to these endpoints carry the cookie.
pub const REFRESH_COOKIE_PATH: &str = "/api/v1/auth";

/// A cookie carrying a fresh refresh token.
pub fn refresh_cookie(token: &str, ttl: Duration) -> Cookie<'static> {
    Cookie::build(REFRESH_COOKIE, token.to_owned())
        .path(REFRESH_COOKIE_PATH)
        .http_only(true)
        .secure(true)
        .same_site(SameSite::Strict)
        .max_age(time::Duration::seconds(ttl.as_secs() as i64))
        .finish()
}

/// A cookie that makes the browser forget the refresh token.
pub fn cleared_refresh_cookie() -> Cookie<'static> {
    let mut cookie = refresh_cookie("", Duration::ZERO);
    cookie.make_removal();
    cookie
}

/// The refresh token the request carries, if any.
pub fn refresh_token_of(req: &HttpRequest) -> Option<String> {
    req.cookie(REFRESH_COOKIE)
        .map(|c| c.value().to_owned())
        .filter(|v| !v.is_empty())
}
