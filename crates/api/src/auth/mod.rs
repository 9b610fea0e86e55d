//! Authentication: password hashing, access tokens (JWT), refresh-token cookies,
//! the `CurrentUser` extractor and login rate limits.

pub mod api_tokens;
pub mod cookies;
pub mod current_user;
pub mod jwt;
pub mod passwords;
pub mod rate_limit;
pub mod tokens;
pub mod unsubscribe;

pub use current_user::{Caller, CurrentUser, MaybeUser};
