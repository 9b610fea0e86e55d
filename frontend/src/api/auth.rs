//! Registration, e-mail confirmation, login/logout and password reset.

use glokal_api_types::{
    AuthTokens, EmailRequest, LoginRequest, RegisterRequest, ResetPasswordRequest, User,
    VerifyEmailRequest,
};
use gloo_net::http::Method;

use super::{Api, ApiClientError};

impl Api {
    /// `POST /auth/register`: creates the account and sends the confirmation mail.
    pub async fn register(self, request: RegisterRequest) -> Result<User, ApiClientError> {
        self.call(Method::POST, "/auth/register", &request, false)
            .await
    }

    /// `POST /auth/verify-email`: confirms the address with the token from the mail.
    pub async fn verify_email(self, token: String) -> Result<User, ApiClientError> {
        self.call(
            Method::POST,
            "/auth/verify-email",
            &VerifyEmailRequest { token },
            false,
        )
        .await
    }

    /// `POST /auth/resend-verification`: sends a new confirmation mail.
    pub async fn resend_verification(self, email: String) -> Result<(), ApiClientError> {
        self.call_empty(
            Method::POST,
            "/auth/resend-verification",
            Some(&EmailRequest { email }),
            false,
        )
        .await
    }

    /// `POST /auth/login`: logs in and stores the session.
    pub async fn login(self, request: LoginRequest) -> Result<AuthTokens, ApiClientError> {
        let tokens: AuthTokens = self
            .call(Method::POST, "/auth/login", &request, false)
            .await?;
        self.session.sign_in(tokens.clone());
        Ok(tokens)
    }

    /// `POST /auth/logout`: ends the session on the server; the local session ends either way.
    pub async fn logout(self) -> Result<(), ApiClientError> {
        let result = self
            .call_empty::<()>(Method::POST, "/auth/logout", None, false)
            .await;
        self.session.sign_out();
        result
    }

    /// `POST /auth/password-reset`: sends a reset link if the address is registered.
    pub async fn request_password_reset(self, email: String) -> Result<(), ApiClientError> {
        self.call_empty(
            Method::POST,
            "/auth/password-reset",
            Some(&EmailRequest { email }),
            false,
        )
        .await
    }

    /// `POST /auth/password-reset/confirm`: sets a new password with the token from the mail.
    pub async fn reset_password(self, request: ResetPasswordRequest) -> Result<(), ApiClientError> {
        self.call_empty(
            Method::POST,
            "/auth/password-reset/confirm",
            Some(&request),
            false,
        )
        .await
    }
}
