//! Request plumbing: base path, `Accept-Language`, bearer token, one retry after refreshing
//! an expired access token, and a single in-flight refresh shared by all callers.

use std::cell::RefCell;

use futures::future::{FutureExt, LocalBoxFuture, Shared};
use glokal_api_types::{AuthTokens, ErrorCode};
use gloo_net::http::{Method, RequestBuilder, Response};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::JsValue;

use super::ApiClientError;
use crate::i18n::{use_i18n, I18n};
use crate::session::{use_session, Session};

/// Base path of the REST API (same origin as the SPA).
const BASE: &str = "/api/v1";

type RefreshFuture = Shared<LocalBoxFuture<'static, Result<AuthTokens, ApiClientError>>>;

thread_local! {
    /// The refresh currently in flight: refresh tokens rotate, so two parallel refreshes
    /// would look like a reused token to the server and end the session.
    static REFRESH: RefCell<Option<RefreshFuture>> = const { RefCell::new(None) };
}

/// A request body: its content type and the data (JSON text, or a file for uploads).
#[derive(Clone)]
pub(super) struct Body {
    pub content_type: String,
    pub data: JsValue,
}

impl Body {
    /// A JSON text.
    fn json(text: String) -> Self {
        Self {
            content_type: "application/json".to_owned(),
            data: JsValue::from_str(&text),
        }
    }
}

/// The API client; copy it freely into closures and futures.
#[derive(Clone, Copy)]
pub struct Api {
    pub(super) session: Session,
    pub(super) i18n: I18n,
}

/// The API client bound to the app's session and language.
pub fn use_api() -> Api {
    Api {
        session: use_session(),
        i18n: use_i18n(),
    }
}

impl Api {
    /// Sends a request; with `auth` the access token is attached and refreshed once on `token_expired`.
    pub(super) async fn send(
        self,
        method: Method,
        path: &str,
        body: Option<Body>,
        auth: bool,
    ) -> Result<Response, ApiClientError> {
        let token = if auth {
            self.session.token_untracked()
        } else {
            None
        };
        let response = self
            .send_once(method.clone(), path, body.as_ref(), token.as_deref())
            .await?;
        if response.ok() {
            return Ok(response);
        }
        let error = ApiClientError::from_response(&response).await;
        if !(auth && error.code() == Some(ErrorCode::TokenExpired)) {
            return Err(error);
        }
        let tokens = self.refresh().await?;
        let retry = self
            .send_once(method, path, body.as_ref(), Some(&tokens.access_token))
            .await?;
        if retry.ok() {
            Ok(retry)
        } else {
            Err(ApiClientError::from_response(&retry).await)
        }
    }

    async fn send_once(
        self,
        method: Method,
        path: &str,
        body: Option<&Body>,
        token: Option<&str>,
    ) -> Result<Response, ApiClientError> {
        let mut request = RequestBuilder::new(&format!("{BASE}{path}"))
            .method(method)
            .header("Accept", "application/json")
            .header("Accept-Language", self.i18n.lang_untracked().code());
        if let Some(token) = token {
            request = request.header("Authorization", &format!("Bearer {token}"));
        }
        let request = match body {
            Some(body) => request
                .header("Content-Type", &body.content_type)
                .body(body.data.clone()),
            None => request.build(),
        }
        .map_err(|_| ApiClientError::Network)?;
        request.send().await.map_err(|_| ApiClientError::Network)
    }

    /// Exchanges the refresh cookie for a new access token and stores it in the session.
    /// Concurrent callers share one request; a 401 ends the local session.
    pub async fn refresh(self) -> Result<AuthTokens, ApiClientError> {
        let shared = REFRESH.with(|slot| {
            let mut slot = slot.borrow_mut();
            if let Some(existing) = slot.as_ref() {
                return existing.clone();
            }
            let future = async move {
                let result = match self.send(Method::POST, "/auth/refresh", None, false).await {
                    Ok(response) => decode::<AuthTokens>(response).await,
                    Err(error) => Err(error),
                };
                REFRESH.with(|slot| slot.borrow_mut().take());
                result
            }
            .boxed_local()
            .shared();
            *slot = Some(future.clone());
            future
        });
        let result = shared.await;
        match &result {
            Ok(tokens) => self.session.sign_in(tokens.clone()),
            Err(error) if error.is_auth_failure() => self.session.sign_out(),
            Err(_) => {}
        }
        result
    }

    /// GET returning JSON.
    pub(super) async fn get<T: DeserializeOwned>(
        self,
        path: &str,
        auth: bool,
    ) -> Result<T, ApiClientError> {
        decode(self.send(Method::GET, path, None, auth).await?).await
    }

    /// POST without a body, returning JSON.
    pub(super) async fn post_for<T: DeserializeOwned>(
        self,
        path: &str,
        auth: bool,
    ) -> Result<T, ApiClientError> {
        decode(self.send(Method::POST, path, None, auth).await?).await
    }

    /// Any method with a JSON body, returning JSON.
    pub(super) async fn call<B: Serialize, T: DeserializeOwned>(
        self,
        method: Method,
        path: &str,
        body: &B,
        auth: bool,
    ) -> Result<T, ApiClientError> {
        decode(
            self.send(method, path, Some(Body::json(encode(body)?)), auth)
                .await?,
        )
        .await
    }

    /// Any method with an optional JSON body and an empty answer (202/204).
    pub(super) async fn call_empty<B: Serialize>(
        self,
        method: Method,
        path: &str,
        body: Option<&B>,
        auth: bool,
    ) -> Result<(), ApiClientError> {
        let body = body.map(encode).transpose()?.map(Body::json);
        self.send(method, path, body, auth).await.map(|_| ())
    }

    /// Any method with a raw body (a file) of the given content type, returning JSON.
    pub(super) async fn upload<T: DeserializeOwned>(
        self,
        method: Method,
        path: &str,
        content_type: &str,
        data: JsValue,
        auth: bool,
    ) -> Result<T, ApiClientError> {
        let body = Body {
            content_type: content_type.to_owned(),
            data,
        };
        decode(self.send(method, path, Some(body), auth).await?).await
    }
}

fn encode<B: Serialize>(body: &B) -> Result<String, ApiClientError> {
    // Serialising our own request types cannot fail; report it as an internal error if it does.
    serde_json::to_string(body).map_err(|_| ApiClientError::Unexpected { status: 0 })
}

async fn decode<T: DeserializeOwned>(response: Response) -> Result<T, ApiClientError> {
    let status = response.status();
    response
        .json::<T>()
        .await
        .map_err(|_| ApiClientError::Unexpected { status })
}
