//! The authenticated caller, as an extractor: `Authorization: Bearer <access token>`.

use std::future::Future;
use std::pin::Pin;

use actix_web::http::header;
use actix_web::{web, FromRequest, HttpRequest};
use glokal_api_types::{ApiScope, ErrorCode, Role};
use glokal_store::entities::user;

use crate::error::ApiError;
use crate::state::AppState;

/// The logged-in user, loaded fresh from the database on every request, so a deleted
/// account or a changed role takes effect at once.
#[derive(Debug, Clone)]
pub struct CurrentUser(pub user::Model);

impl CurrentUser {
    /// Fails with 403 unless the user has one of the roles.
    pub fn require_role(&self, allowed: &[Role]) -> Result<(), ApiError> {
        if allowed.contains(&self.0.role()) {
            Ok(())
        } else {
            Err(ApiError::Client(ErrorCode::Forbidden))
        }
    }
}

/// The bearer token of a request, if well-formed.
fn bearer_token(req: &HttpRequest) -> Option<String> {
    let value = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim().to_owned())
        .filter(|t| !t.is_empty())
}

impl FromRequest for CurrentUser {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _payload: &mut actix_web::dev::Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let token = bearer_token(req);
        Box::pin(async move {
            let state = state.ok_or_else(|| {
                ApiError::Unexpected(anyhow::anyhow!("application state missing"))
            })?;
            let token = token.ok_or(ApiError::Client(ErrorCode::Unauthorized))?;
            let claims = state.jwt.verify(&token)?;
            let user = glokal_store::users::find_by_id(&state.db, claims.sub)
                .await?
                .ok_or(ApiError::Client(ErrorCode::Unauthorized))?;
            Ok(CurrentUser(user))
        })
    }
}

/// The caller if an access token was sent: `None` without `Authorization` header; an
/// invalid or expired token is still a 401 (so the SPA knows to refresh).
#[derive(Debug, Clone)]
pub struct MaybeUser(pub Option<user::Model>);

impl FromRequest for MaybeUser {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut actix_web::dev::Payload) -> Self::Future {
        if !req.headers().contains_key(header::AUTHORIZATION) {
            return Box::pin(async { Ok(MaybeUser(None)) });
        }
        let current = CurrentUser::from_request(req, payload);
        Box::pin(async move { current.await.map(|user| MaybeUser(Some(user.0))) })
    }
}

/// Whoever calls a read endpoint: a logged-in person, an institution's API token
/// (`Bearer glk_…`), or nobody. An invalid access token or API token is a 401.
#[derive(Debug, Clone, Default)]
pub struct Caller {
    pub user: Option<user::Model>,
    pub token: Option<super::api_tokens::TokenAuth>,
}

impl Caller {
    /// With an API token: 403 `insufficient_scope` unless it carries `scope`.
    pub fn require_scope(&self, scope: ApiScope) -> Result<(), ApiError> {
        match &self.token {
            Some(token) if !token.scopes.contains(&scope) => {
                Err(ApiError::Client(ErrorCode::InsufficientScope))
            }
            _ => Ok(()),
        }
    }

    /// Institution staff and platform admins pass; an API token needs `scope` (403
    /// `insufficient_scope`); other people get 403 and nobody 401. For the institutions'
    /// reports and exports.
    pub fn require_staff_or_scope(&self, scope: ApiScope) -> Result<(), ApiError> {
        match (&self.user, &self.token) {
            (Some(user), _)
                if matches!(user.role(), Role::InstitutionStaff | Role::PlatformAdmin) =>
            {
                Ok(())
            }
            (Some(_), _) => Err(ApiError::Client(ErrorCode::Forbidden)),
            (None, Some(_)) => self.require_scope(scope),
            (None, None) => Err(ApiError::Client(ErrorCode::Unauthorized)),
        }
    }

    /// Whether the caller has the token scope.
    pub fn has_scope(&self, scope: ApiScope) -> bool {
        self.token
            .as_ref()
            .is_some_and(|t| t.scopes.contains(&scope))
    }
}

impl FromRequest for Caller {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut actix_web::dev::Payload) -> Self::Future {
        let Some(token) = bearer_token(req) else {
            if req.headers().contains_key(header::AUTHORIZATION) {
                return Box::pin(async { Err(ApiError::Client(ErrorCode::Unauthorized)) });
            }
            return Box::pin(async { Ok(Caller::default()) });
        };
        if token.starts_with(super::api_tokens::PREFIX) {
            let state = req.app_data::<web::Data<AppState>>().cloned();
            return Box::pin(async move {
                let state = state.ok_or_else(|| {
                    ApiError::Unexpected(anyhow::anyhow!("application state missing"))
                })?;
                let auth = super::api_tokens::authenticate(&state, &token).await?;
                Ok(Caller {
                    user: None,
                    token: Some(auth),
                })
            });
        }
        let current = CurrentUser::from_request(req, payload);
        Box::pin(async move {
            current.await.map(|user| Caller {
                user: Some(user.0),
                token: None,
            })
        })
    }
}
