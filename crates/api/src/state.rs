//! Shared application state handed to every handler as `web::Data<AppState>`.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use glokal_search::SearchIndex;
use glokal_store::DatabaseConnection;

use crate::auth::jwt::JwtKeys;
use crate::auth::rate_limit::{RateLimiters, RateLimits};
use crate::mail::MailQueue;
use crate::registry::CzRegistry;
use crate::webhooks::WebhookQueue;

/// What the API needs from the configuration.
#[derive(Clone)]
pub struct ApiSettings {
    /// Secret for signing access tokens (at least 32 bytes in production).
    pub jwt_secret: Vec<u8>,
    /// Lifetime of access tokens.
    pub access_token_ttl: Duration,
    /// Lifetime of a refresh token (each rotation issues a new one).
    pub refresh_token_ttl: Duration,
    /// Public base URL of the SPA, for links in mails (no trailing slash).
    pub public_url: String,
    /// Login and mail limits.
    pub rate_limits: RateLimits,
    /// Base URL of the ARES REST API (Czech company register), without trailing slash.
    pub ares_url: String,
    /// Folder for uploaded media (logos under `logos/`), served at `/media/`.
    pub media_dir: PathBuf,
    /// XYZ tile URL template for maps in the SPA, if configured.
    pub map_tiles_url: Option<String>,
    /// Credit shown on maps.
    pub map_attribution: String,
    /// Anti-spam limits of contact and messaging.
    pub conversation_limits: ConversationLimits,
    /// Whether webhooks may use plain `http://` URLs (`GLOKAL_WEBHOOKS_ALLOW_HTTP`; tests and
    /// local development only — production endpoints must be `https://`).
    pub webhooks_allow_http: bool,
    /// New organisations stay hidden until a moderator approves them (`GLOKAL_MODERATION=pre`).
    pub pre_moderation: bool,
}

/// How many new conversations an organisation may start per 24 hours (rolling).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConversationLimits {
    /// For organisations younger than [`ConversationLimits::new_organization_days`]
    /// (`GLOKAL_NEW_CONVERSATIONS_PER_DAY`, default 10).
    pub new_organization_per_day: u32,
    /// For older organisations (default 50).
    pub established_per_day: u32,
    /// Age in days until an organisation counts as established (default 30).
    pub new_organization_days: u32,
}

impl Default for ConversationLimits {
    fn default() -> Self {
        ConversationLimits {
            new_organization_per_day: 10,
            established_per_day: 50,
            new_organization_days: 30,
        }
    }
}

/// Shared state.
pub struct AppState {
    pub db: DatabaseConnection,
    pub jwt: JwtKeys,
    pub settings: ApiSettings,
    pub limiters: RateLimiters,
    pub mail: MailQueue,
    /// The Czech company register with its look-up cache (one HTTP client, reused).
    pub registry: CzRegistry,
    /// The search index (shared with the change-feed follower). [`AppState::new`] starts
    /// with an empty one in memory; the server hands in its own with [`AppState::with_search`].
    pub search: Arc<SearchIndex>,
    /// Wakes the webhook delivery worker.
    pub webhooks: WebhookQueue,
}

impl AppState {
    /// Builds the state from a connection, settings and the mail queue; fails only if the
    /// HTTP client for external registers cannot be set up.
    pub fn new(
        db: DatabaseConnection,
        settings: ApiSettings,
        mail: MailQueue,
    ) -> anyhow::Result<Self> {
        Ok(AppState {
            jwt: JwtKeys::new(&settings.jwt_secret, settings.access_token_ttl),
            limiters: RateLimiters::new(settings.rate_limits),
            registry: CzRegistry::new(&settings.ares_url)?,
            search: Arc::new(SearchIndex::in_ram()?),
            webhooks: WebhookQueue::new(),
            db,
            settings,
            mail,
        })
    }

    /// Uses this search index.
    pub fn with_search(mut self, search: Arc<SearchIndex>) -> Self {
        self.search = search;
        self
    }

    /// A link into the SPA, e.g. `link("/verify-email", token)`.
    pub fn link(&self, path: &str, token: &str) -> String {
        format!(
            "{}{}?token={}",
            self.settings.public_url.trim_end_matches('/'),
            path,
            token
        )
    }
}
