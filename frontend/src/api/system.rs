//! Public facts about the installation.

use glokal_api_types::ServerInfo;

use super::{Api, ApiClientError};

impl Api {
    /// `GET /info`: product name, version, languages, password policy.
    pub async fn info(self) -> Result<ServerInfo, ApiClientError> {
        self.get("/info", false).await
    }
}
