//! Login and mail rate limits (in memory, per process): per account and per client IP.

use std::hash::Hash;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::error::ApiError;

/// A bucket: `burst` attempts at once, one more every `period`.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub burst: u32,
    pub period: Duration,
}

/// The configured limits.
#[derive(Debug, Clone, Copy)]
pub struct RateLimits {
    /// Login attempts per account (e-mail address).
    pub login_per_account: Limit,
    /// Login attempts per client IP.
    pub login_per_ip: Limit,
    /// Mails (confirmation, reset) per target address.
    pub mail_per_address: Limit,
    /// Requests per API token.
    pub api_token: Limit,
}

impl Default for RateLimits {
    fn default() -> Self {
        RateLimits {
            login_per_account: Limit {
                burst: 5,
                period: Duration::from_secs(60),
            },
            login_per_ip: Limit {
                burst: 30,
                period: Duration::from_secs(10),
            },
            mail_per_address: Limit {
                burst: 3,
                period: Duration::from_secs(300),
            },
            // 120 at once, then two a second (120 a minute sustained).
            api_token: Limit {
                burst: 120,
                period: Duration::from_millis(500),
            },
        }
    }
}

struct Keyed<K: Hash + Eq + Clone> {
    limiter: DefaultKeyedRateLimiter<K>,
}

impl<K: Hash + Eq + Clone> Keyed<K> {
    fn new(limit: Limit) -> Self {
        let burst = NonZeroU32::new(limit.burst.max(1)).unwrap_or(NonZeroU32::MIN);
        let quota = Quota::with_period(limit.period.max(Duration::from_millis(1)))
            .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
            .allow_burst(burst);
        Keyed {
            limiter: RateLimiter::keyed(quota),
        }
    }

    fn check(&self, key: &K) -> Result<(), ApiError> {
        if self.limiter.len() > 50_000 {
            self.limiter.retain_recent();
        }
        self.limiter.check_key(key).map_err(|not_until| {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            ApiError::RateLimited {
                retry_after_secs: wait.as_secs().max(1),
            }
        })
    }
}

/// All limiters of the process.
pub struct RateLimiters {
    login_account: Keyed<String>,
    login_ip: Keyed<IpAddr>,
    mail_address: Keyed<String>,
    api_token: Keyed<uuid::Uuid>,
}

impl RateLimiters {
    /// Limiters with the given limits.
    pub fn new(limits: RateLimits) -> Self {
        RateLimiters {
            login_account: Keyed::new(limits.login_per_account),
            login_ip: Keyed::new(limits.login_per_ip),
            mail_address: Keyed::new(limits.mail_per_address),
            api_token: Keyed::new(limits.api_token),
        }
    }

    /// Counts a login attempt; 429 when the IP or the account is over its limit.
    pub fn login_attempt(&self, email: &str, ip: Option<IpAddr>) -> Result<(), ApiError> {
        if let Some(ip) = ip {
            self.login_ip.check(&ip)?;
        }
        self.login_account.check(&email.trim().to_lowercase())
    }

    /// Counts a request made with an API token; 429 with `Retry-After` over its limit.
    pub fn api_request(&self, token: uuid::Uuid) -> Result<(), ApiError> {
        self.api_token.check(&token)
    }

    /// Counts a mail to an address; 429 when too many were asked for.
    pub fn mail_to(&self, email: &str) -> Result<(), ApiError> {
        self.mail_address.check(&email.trim().to_lowercase())
    }
}
