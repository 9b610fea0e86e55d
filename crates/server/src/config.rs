//! Configuration, read once from `GLOKAL_*` environment variables into types.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{bail, Context};
use glokal_api::auth::rate_limit::RateLimits;
use glokal_api::mail::worker::WorkerTiming;
use glokal_api::webhooks::worker::WebhookTiming;
use glokal_api::ConversationLimits;
use secrecy::{ExposeSecret, SecretString};

/// Signing secret used in development when `GLOKAL_JWT_SECRET` is not set. Refused in production.
pub const DEVELOPMENT_JWT_SECRET: &str = "glokal-development-secret-not-for-production";
/// Minimum length of a production JWT secret, in bytes.
pub const MIN_SECRET_BYTES: usize = 32;
/// The public ARES REST API (Czech company register), used when `GLOKAL_ARES_URL` is not set.
pub const DEFAULT_ARES_URL: &str = "https://ares.gov.cz/ekonomicke-subjekty-v-be/rest";

/// `GLOKAL_ENV`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Environment {
    Development,
    Production,
}

/// `GLOKAL_LOG_FORMAT`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable lines (default).
    Pretty,
    /// One JSON object per line.
    Json,
}

/// Everything the server reads from its environment.
#[derive(Debug, Clone)]
pub struct Config {
    pub environment: Environment,
    /// `GLOKAL_BIND`, default `127.0.0.1:8080`.
    pub bind: String,
    /// `GLOKAL_PUBLIC_URL`: base URL people open (links in mails); default `http://<bind>`.
    pub public_url: String,
    /// `GLOKAL_DATA_DIR`, default `./data`: SQLite file, outbox, media.
    pub data_dir: PathBuf,
    /// `GLOKAL_DATABASE_URL`, default `sqlite://<data dir>/glokal.db?mode=rwc`.
    pub database_url: String,
    /// `GLOKAL_JWT_SECRET`.
    pub jwt_secret: SecretString,
    /// `GLOKAL_SMTP_URL`; without it mails are written to `<data dir>/outbox/`.
    pub smtp_url: Option<SecretString>,
    /// `GLOKAL_MAIL_FROM`, default `Glokal <noreply@localhost>`.
    pub mail_from: String,
    /// `GLOKAL_STATIC_DIR`, default `dist`: the built SPA.
    pub static_dir: PathBuf,
    /// `GLOKAL_LOG_FORMAT`: `pretty` (default) or `json`.
    pub log_format: LogFormat,
    /// `GLOKAL_ARES_URL`: base URL of the ARES REST API, default [`DEFAULT_ARES_URL`]; no trailing slash.
    pub ares_url: String,
    /// `GLOKAL_MAP_TILES_URL`: an XYZ tile server (`https://…/{z}/{x}/{y}.png`) for maps on
    /// profiles; without it the SPA links to the coordinates on OpenStreetMap instead.
    pub map_tiles_url: Option<String>,
    /// `GLOKAL_MAP_ATTRIBUTION`: credit shown on maps (default `© OpenStreetMap contributors`).
    pub map_attribution: String,
    /// Access-token lifetime (15 minutes).
    pub access_token_ttl: Duration,
    /// Refresh-token lifetime (30 days, renewed on every rotation).
    pub refresh_token_ttl: Duration,
    /// Login and mail rate limits.
    pub rate_limits: RateLimits,
    /// Mail worker polling and retry back-off.
    pub mail_timing: WorkerTiming,
    /// New conversations per day: `GLOKAL_NEW_CONVERSATIONS_PER_DAY` (default 10) for
    /// organisations younger than 30 days, 50 for older ones.
    pub conversation_limits: ConversationLimits,
    /// `GLOKAL_SEARCH_INDEX`: `disk` (default, `<data dir>/search/`) or `memory` (tests; rebuilt
    /// from the database at every start).
    pub search_in_memory: bool,
    /// How often the search index follows the change feed (200 ms).
    pub search_poll: Duration,
    /// `GLOKAL_SAVED_SEARCH_POLL_SECONDS` (default 60): how often due saved-search reports
    /// are looked for (an `instant` search reports within about this time).
    pub saved_search_poll: Duration,
    /// `GLOKAL_WEBHOOKS_ALLOW_HTTP` (`true`/`false`, default false; refused in production):
    /// let webhooks use plain `http://` endpoints, e.g. a CRM on the same host while testing.
    pub webhooks_allow_http: bool,
    /// Webhook worker polling, retries and time-out.
    pub webhook_timing: WebhookTiming,
    /// `GLOKAL_MODERATION`: `post` (default: new organisations are visible at once and wait
    /// in the moderation queue) or `pre` (they stay hidden until a moderator approves them).
    pub pre_moderation: bool,
}

impl Config {
    /// Reads the process environment.
    pub fn from_env() -> anyhow::Result<Config> {
        Config::from_lookup(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()))
    }

    /// Reads variables through `lookup` (tests pass a map).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> anyhow::Result<Config> {
        let environment = match lookup("GLOKAL_ENV").as_deref().map(str::trim) {
            None | Some("development") | Some("dev") => Environment::Development,
            Some("production") | Some("prod") => Environment::Production,
            Some(other) => bail!("GLOKAL_ENV must be `development` or `production`, not `{other}`"),
        };
        let bind = lookup("GLOKAL_BIND").unwrap_or_else(|| "127.0.0.1:8080".to_owned());
        let data_dir =
            PathBuf::from(lookup("GLOKAL_DATA_DIR").unwrap_or_else(|| "./data".to_owned()));
        let database_url = match lookup("GLOKAL_DATABASE_URL") {
            Some(url) => url,
            None => format!("sqlite://{}?mode=rwc", data_dir.join("glokal.db").display()),
        };
        glokal_store::Backend::of_url(&database_url).context("GLOKAL_DATABASE_URL")?;
        let jwt_secret = lookup("GLOKAL_JWT_SECRET");
        if environment == Environment::Production {
            match jwt_secret.as_deref() {
                None => bail!("GLOKAL_JWT_SECRET must be set in production (at least {MIN_SECRET_BYTES} random bytes, e.g. `openssl rand -base64 48`)"),
                Some(DEVELOPMENT_JWT_SECRET) => bail!("GLOKAL_JWT_SECRET is the public development default; set a random secret in production"),
                Some(s) if s.len() < MIN_SECRET_BYTES => bail!("GLOKAL_JWT_SECRET is too short for production (at least {MIN_SECRET_BYTES} bytes)"),
                Some(_) => {}
            }
            if lookup("GLOKAL_PUBLIC_URL").is_none() {
                bail!("GLOKAL_PUBLIC_URL must be set in production (links in mails point there)");
            }
        }
        let public_url = lookup("GLOKAL_PUBLIC_URL").unwrap_or_else(|| format!("http://{bind}"));
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            bail!("GLOKAL_PUBLIC_URL must start with http:// or https://");
        }
        let log_format = match lookup("GLOKAL_LOG_FORMAT").as_deref() {
            None | Some("pretty") | Some("text") => LogFormat::Pretty,
            Some("json") => LogFormat::Json,
            Some(other) => bail!("GLOKAL_LOG_FORMAT must be `pretty` or `json`, not `{other}`"),
        };
        let ares_url = lookup("GLOKAL_ARES_URL")
            .map(|u| u.trim().trim_end_matches('/').to_owned())
            .unwrap_or_else(|| DEFAULT_ARES_URL.to_owned());
        if !(ares_url.starts_with("http://") || ares_url.starts_with("https://")) {
            bail!("GLOKAL_ARES_URL must start with http:// or https://");
        }
        let map_tiles_url = lookup("GLOKAL_MAP_TILES_URL")
            .map(|u| u.trim().to_owned())
            .filter(|u| !u.is_empty());
        if let Some(url) = &map_tiles_url {
            if !url.starts_with("https://") && !url.starts_with("http://")
                || !["{z}", "{x}", "{y}"].iter().all(|p| url.contains(p))
            {
                bail!("GLOKAL_MAP_TILES_URL must be an http(s) URL with {{z}}, {{x}} and {{y}}, e.g. https://tile.example.org/{{z}}/{{x}}/{{y}}.png");
            }
        }
        let mut conversation_limits = ConversationLimits::default();
        if let Some(value) = lookup("GLOKAL_NEW_CONVERSATIONS_PER_DAY") {
            conversation_limits.new_organization_per_day = value
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=10_000).contains(n))
                .with_context(|| {
                    format!("GLOKAL_NEW_CONVERSATIONS_PER_DAY must be a number from 1 to 10000, not `{value}`")
                })?;
        }
        let saved_search_poll = match lookup("GLOKAL_SAVED_SEARCH_POLL_SECONDS") {
            Some(value) => Duration::from_secs(
                value
                    .trim()
                    .parse::<u64>()
                    .ok()
                    .filter(|n| (1..=3600).contains(n))
                    .with_context(|| {
                        format!("GLOKAL_SAVED_SEARCH_POLL_SECONDS must be a number from 1 to 3600, not `{value}`")
                    })?,
            ),
            None => Duration::from_secs(60),
        };
        let mut rate_limits = RateLimits::default();
        if let Some(value) = lookup("GLOKAL_LOGIN_BURST_PER_IP") {
            rate_limits.login_per_ip.burst = value
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=100_000).contains(n))
                .with_context(|| {
                    format!("GLOKAL_LOGIN_BURST_PER_IP must be a number from 1 to 100000, not `{value}`")
                })?;
        }
        if let Some(value) = lookup("GLOKAL_LOGIN_BURST_PER_ACCOUNT") {
            rate_limits.login_per_account.burst = value
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=1_000).contains(n))
                .with_context(|| {
                    format!("GLOKAL_LOGIN_BURST_PER_ACCOUNT must be a number from 1 to 1000, not `{value}`")
                })?;
        }
        if let Some(value) = lookup("GLOKAL_API_TOKEN_BURST") {
            rate_limits.api_token.burst = value
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=100_000).contains(n))
                .with_context(|| {
                    format!(
                        "GLOKAL_API_TOKEN_BURST must be a number from 1 to 100000, not `{value}`"
                    )
                })?;
        }
        let webhooks_allow_http = match lookup("GLOKAL_WEBHOOKS_ALLOW_HTTP")
            .as_deref()
            .map(str::trim)
        {
            None | Some("false") | Some("0") => false,
            Some("true") | Some("1") => true,
            Some(other) => {
                bail!("GLOKAL_WEBHOOKS_ALLOW_HTTP must be `true` or `false`, not `{other}`")
            }
        };
        let pre_moderation = match lookup("GLOKAL_MODERATION").as_deref().map(str::trim) {
            None | Some("post") => false,
            Some("pre") => true,
            Some(other) => bail!("GLOKAL_MODERATION must be `post` or `pre`, not `{other}`"),
        };
        if webhooks_allow_http && environment == Environment::Production {
            bail!("GLOKAL_WEBHOOKS_ALLOW_HTTP is refused in production: webhook endpoints must use https://");
        }
        Ok(Config {
            environment,
            bind,
            public_url: public_url.trim_end_matches('/').to_owned(),
            data_dir,
            database_url,
            jwt_secret: SecretString::from(
                jwt_secret.unwrap_or_else(|| DEVELOPMENT_JWT_SECRET.to_owned()),
            ),
            smtp_url: lookup("GLOKAL_SMTP_URL").map(SecretString::from),
            mail_from: lookup("GLOKAL_MAIL_FROM")
                .unwrap_or_else(|| "Glokal <noreply@localhost>".to_owned()),
            static_dir: PathBuf::from(
                lookup("GLOKAL_STATIC_DIR").unwrap_or_else(|| "dist".to_owned()),
            ),
            log_format,
            ares_url,
            map_tiles_url,
            map_attribution: lookup("GLOKAL_MAP_ATTRIBUTION")
                .unwrap_or_else(|| "© OpenStreetMap contributors".to_owned()),
            access_token_ttl: Duration::from_secs(15 * 60),
            refresh_token_ttl: Duration::from_secs(30 * 24 * 3600),
            rate_limits,
            mail_timing: WorkerTiming::default(),
            conversation_limits,
            search_in_memory: match lookup("GLOKAL_SEARCH_INDEX").as_deref().map(str::trim) {
                None | Some("disk") => false,
                Some("memory") => true,
                Some(other) => {
                    bail!("GLOKAL_SEARCH_INDEX must be `disk` or `memory`, not `{other}`")
                }
            },
            search_poll: Duration::from_millis(200),
            saved_search_poll,
            webhooks_allow_http,
            pre_moderation,
            webhook_timing: WebhookTiming::default(),
        })
    }

    /// Folder of the search index.
    pub fn search_dir(&self) -> PathBuf {
        self.data_dir.join("search")
    }

    /// Whether the development signing secret is in use.
    pub fn uses_development_secret(&self) -> bool {
        self.jwt_secret.expose_secret() == DEVELOPMENT_JWT_SECRET
    }

    /// Where mails go without SMTP.
    pub fn outbox_dir(&self) -> PathBuf {
        self.data_dir.join("outbox")
    }

    /// Scheme and host of the tile server (for the SPA's `img-src`), if one is configured.
    pub fn map_tiles_origin(&self) -> Option<String> {
        let url = self.map_tiles_url.as_deref()?;
        let (scheme, rest) = url.split_once("://")?;
        let host = rest.split('/').next()?;
        Some(format!("{scheme}://{host}"))
    }

    /// Uploaded media (organisation logos), served at `/media/`.
    pub fn media_dir(&self) -> PathBuf {
        self.data_dir.join("media")
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn config(vars: &[(&str, &str)]) -> anyhow::Result<Config> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|name| map.get(name).cloned())
    }

    #[test]
    fn development_defaults() {
        let c = config(&[]).unwrap();
        assert_eq!(c.environment, Environment::Development);
        assert_eq!(c.bind, "127.0.0.1:8080");
        assert_eq!(c.public_url, "http://127.0.0.1:8080");
        assert_eq!(c.database_url, "sqlite://./data/glokal.db?mode=rwc");
        assert!(c.uses_development_secret());
        assert!(c.smtp_url.is_none());
        assert_eq!(c.ares_url, DEFAULT_ARES_URL);
    }

    #[test]
    fn ares_url_from_env() {
        assert_eq!(
            config(&[("GLOKAL_ARES_URL", "http://127.0.0.1:9999/rest/")])
                .unwrap()
                .ares_url,
            "http://127.0.0.1:9999/rest"
        );
        assert!(config(&[("GLOKAL_ARES_URL", "ares.gov.cz")]).is_err());
    }

    #[test]
    fn production_refuses_missing_default_or_short_secret() {
        let url = ("GLOKAL_PUBLIC_URL", "https://glokal.example");
        assert!(config(&[("GLOKAL_ENV", "production"), url])
            .unwrap_err()
            .to_string()
            .contains("must be set"));
        assert!(config(&[
            ("GLOKAL_ENV", "production"),
            url,
            ("GLOKAL_JWT_SECRET", DEVELOPMENT_JWT_SECRET)
        ])
        .unwrap_err()
        .to_string()
        .contains("development default"));
        assert!(config(&[
            ("GLOKAL_ENV", "production"),
            url,
            ("GLOKAL_JWT_SECRET", "short")
        ])
        .is_err());
        let secret = "x".repeat(48);
        assert!(
            config(&[("GLOKAL_ENV", "production"), ("GLOKAL_JWT_SECRET", &secret)]).is_err(),
            "public URL required"
        );
        let ok = config(&[
            ("GLOKAL_ENV", "production"),
            url,
            ("GLOKAL_JWT_SECRET", &secret),
        ])
        .unwrap();
        assert!(!ok.uses_development_secret());
    }

    #[test]
    fn map_tiles_url_needs_placeholders_and_gives_the_image_origin() {
        assert!(config(&[]).unwrap().map_tiles_origin().is_none());
        let c = config(&[(
            "GLOKAL_MAP_TILES_URL",
            "https://tiles.example.org/osm/{z}/{x}/{y}.png",
        )])
        .unwrap();
        assert_eq!(
            c.map_tiles_origin().as_deref(),
            Some("https://tiles.example.org")
        );
        assert_eq!(c.map_attribution, "© OpenStreetMap contributors");
        assert!(config(&[("GLOKAL_MAP_TILES_URL", "https://tiles.example.org/tile.png")]).is_err());
        assert!(config(&[("GLOKAL_MAP_TILES_URL", "javascript:{z}{x}{y}")]).is_err());
    }

    #[test]
    fn new_conversations_per_day_from_env() {
        assert_eq!(
            config(&[]).unwrap().conversation_limits,
            ConversationLimits::default()
        );
        let c = config(&[("GLOKAL_NEW_CONVERSATIONS_PER_DAY", "3")]).unwrap();
        assert_eq!(c.conversation_limits.new_organization_per_day, 3);
        assert_eq!(c.conversation_limits.established_per_day, 50);
        assert!(config(&[("GLOKAL_NEW_CONVERSATIONS_PER_DAY", "0")]).is_err());
        assert!(config(&[("GLOKAL_NEW_CONVERSATIONS_PER_DAY", "many")]).is_err());
    }

    #[test]
    fn login_bursts_from_env() {
        let defaults = config(&[]).unwrap().rate_limits;
        assert_eq!(defaults.login_per_account.burst, 5);
        assert_eq!(defaults.login_per_ip.burst, 30);
        let c = config(&[
            ("GLOKAL_LOGIN_BURST_PER_ACCOUNT", "100"),
            ("GLOKAL_LOGIN_BURST_PER_IP", "1000"),
        ])
        .unwrap();
        assert_eq!(c.rate_limits.login_per_account.burst, 100);
        assert_eq!(c.rate_limits.login_per_ip.burst, 1000);
        assert!(config(&[("GLOKAL_LOGIN_BURST_PER_ACCOUNT", "0")]).is_err());
        assert!(config(&[("GLOKAL_LOGIN_BURST_PER_ACCOUNT", "5000")]).is_err());
    }

    #[test]
    fn rejects_bad_values() {
        assert!(config(&[("GLOKAL_ENV", "staging")]).is_err());
        assert!(config(&[("GLOKAL_DATABASE_URL", "mysql://x")]).is_err());
        assert!(config(&[("GLOKAL_LOG_FORMAT", "xml")]).is_err());
        assert!(config(&[("GLOKAL_PUBLIC_URL", "glokal.example")]).is_err());
        assert_eq!(
            config(&[("GLOKAL_LOG_FORMAT", "json")]).unwrap().log_format,
            LogFormat::Json
        );
    }
}
