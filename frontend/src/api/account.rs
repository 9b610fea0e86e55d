//! The logged-in person's own account (`/me`).

use glokal_api_types::{
    AccountExport, AuthTokens, ChangePasswordRequest, ConsentOverview, DeleteAccountRequest,
    PrivacySettings, RecordConsentRequest, UnsubscribeRequest, Unsubscribed, UpdateMeRequest, User,
};
use gloo_net::http::Method;

use super::{Api, ApiClientError};

impl Api {
    /// `POST /unsubscribe`: turns off the mails a signed link from a mail names (no login).
    pub async fn unsubscribe(self, token: String) -> Result<Unsubscribed, ApiClientError> {
        self.call(
            Method::POST,
            "/unsubscribe",
            &UnsubscribeRequest { token: Some(token) },
            false,
        )
        .await
    }

    /// `GET /me`: the current account.
    #[allow(dead_code)] // kept for pages that need a fresh copy of the account
    pub async fn me(self) -> Result<User, ApiClientError> {
        self.get("/me", true).await
    }

    /// `PATCH /me`: changes name and/or preferred language; updates the session.
    pub async fn update_me(self, request: UpdateMeRequest) -> Result<User, ApiClientError> {
        let user: User = self.call(Method::PATCH, "/me", &request, true).await?;
        self.session.set_user(user.clone());
        Ok(user)
    }

    /// `POST /me/password`: changes the password; other sessions end, the new token is stored.
    pub async fn change_password(
        self,
        request: ChangePasswordRequest,
    ) -> Result<AuthTokens, ApiClientError> {
        let tokens: AuthTokens = self
            .call(Method::POST, "/me/password", &request, true)
            .await?;
        self.session.sign_in(tokens.clone());
        Ok(tokens)
    }

    /// `GET /me/privacy`: who sees the person's name and address, whether mails are sent.
    pub async fn privacy(self) -> Result<PrivacySettings, ApiClientError> {
        self.get("/me/privacy", true).await
    }

    /// `PUT /me/privacy`: stores the privacy settings.
    pub async fn update_privacy(
        self,
        settings: PrivacySettings,
    ) -> Result<PrivacySettings, ApiClientError> {
        self.call(Method::PUT, "/me/privacy", &settings, true).await
    }

    /// `GET /me/consents`: the versions in force and the person's consent record.
    pub async fn consents(self) -> Result<ConsentOverview, ApiClientError> {
        self.get("/me/consents", true).await
    }

    /// `POST /me/consents`: accepts a text version in force.
    pub async fn record_consent(
        self,
        request: RecordConsentRequest,
    ) -> Result<ConsentOverview, ApiClientError> {
        self.call(Method::POST, "/me/consents", &request, true)
            .await
    }

    /// `GET /me/export`: every piece of personal data held about the caller, as the server's
    /// JSON text (checked to be an `AccountExport`, handed on unchanged for the download).
    pub async fn export(self) -> Result<String, ApiClientError> {
        let response = self.send(Method::GET, "/me/export", None, true).await?;
        let status = response.status();
        let text = response.text().await.map_err(|_| ApiClientError::Network)?;
        serde_json::from_str::<AccountExport>(&text)
            .map_err(|_| ApiClientError::Unexpected { status })?;
        Ok(text)
    }

    /// `DELETE /me`: deletes the account (password confirms). The caller ends the local
    /// session once it has left pages that require a login.
    pub async fn delete_account(self, password: String) -> Result<(), ApiClientError> {
        self.call_empty(
            Method::DELETE,
            "/me",
            Some(&DeleteAccountRequest { password }),
            true,
        )
        .await
    }
}
