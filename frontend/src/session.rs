//! The logged-in person: access token (kept in memory only) and their account.

use glokal_api_types::{AuthTokens, User};
use leptos::prelude::*;

/// Session state shared through context; the refresh token lives in an HttpOnly cookie.
#[derive(Clone, Copy)]
pub struct Session {
    token: RwSignal<Option<String>>,
    user: RwSignal<Option<User>>,
    ready: RwSignal<bool>,
}

impl Session {
    /// Whether the initial session restore (`/auth/refresh`) has finished.
    pub fn ready(&self) -> bool {
        self.ready.get()
    }

    /// Marks the initial session restore as finished.
    pub fn mark_ready(&self) {
        self.ready.set(true);
    }

    /// The logged-in account, if any (tracked).
    pub fn user(&self) -> Option<User> {
        self.user.get()
    }

    /// The logged-in account without subscribing to changes.
    pub fn user_untracked(&self) -> Option<User> {
        self.user.get_untracked()
    }

    /// Whether someone is logged in (tracked).
    pub fn is_logged_in(&self) -> bool {
        self.user.with(Option::is_some)
    }

    /// The current access token, read without tracking (for requests).
    pub fn token_untracked(&self) -> Option<String> {
        self.token.get_untracked()
    }

    /// Stores fresh tokens and the account they belong to.
    pub fn sign_in(&self, tokens: AuthTokens) {
        self.token.set(Some(tokens.access_token));
        self.user.set(Some(tokens.user));
    }

    /// Replaces the stored account after a profile change.
    pub fn set_user(&self, user: User) {
        if self.user.with_untracked(Option::is_some) {
            self.user.set(Some(user));
        }
    }

    /// Forgets token and account (logout, deletion, expired session).
    pub fn sign_out(&self) {
        self.token.set(None);
        self.user.set(None);
    }
}

/// Creates the (empty, not yet restored) session and provides it as context.
pub fn provide_session() -> Session {
    let session = Session {
        token: RwSignal::new(None),
        user: RwSignal::new(None),
        ready: RwSignal::new(false),
    };
    provide_context(session);
    session
}

/// The session provided by the app shell.
pub fn use_session() -> Session {
    expect_context::<Session>()
}
