//! Unread counts for the header: notifications (the bell) and conversations with unread
//! messages (the inbox link). Refreshed on every navigation, every 45 seconds while the tab is
//! visible, and by the pages that read something.

use std::time::Duration;

use glokal_api_types::{ConversationQuery, NotificationQuery};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_location;

use crate::api::{use_api, Api};
use crate::session::{use_session, Session};

/// How often the counts are fetched while the page stays open.
const POLL_EVERY: Duration = Duration::from_secs(45);

/// The counts, shared through context.
#[derive(Clone, Copy)]
pub struct Unread {
    notifications: RwSignal<Option<u64>>,
    conversations: RwSignal<Option<u64>>,
    /// Only the newest request's answer is applied.
    generation: StoredValue<u32>,
    api: Api,
    session: Session,
}

impl Unread {
    /// Unread notifications (tracked); `None` until known or when logged out.
    pub fn notifications(&self) -> Option<u64> {
        self.notifications.get()
    }

    /// Conversations with unread messages (tracked).
    pub fn conversations(&self) -> Option<u64> {
        self.conversations.get()
    }

    /// Fetches both counts again (nothing when logged out).
    pub fn refresh(&self) {
        let this = *self;
        this.generation.update_value(|g| *g = g.wrapping_add(1));
        if this.session.user_untracked().is_none() {
            this.notifications.set(None);
            this.conversations.set(None);
            return;
        }
        let generation = this.generation.get_value();
        spawn_local(async move {
            let bell = NotificationQuery {
                limit: Some(1),
                ..Default::default()
            };
            let inbox = ConversationQuery {
                unread_only: Some(true),
                limit: Some(1),
                ..Default::default()
            };
            let notifications = this.api.notifications(&bell);
            let conversations = this.api.list_conversations(&inbox);
            let (notifications, conversations) =
                futures::future::join(notifications, conversations).await;
            if this.generation.try_get_value() != Some(generation) {
                return;
            }
            if let Ok(page) = notifications {
                this.notifications.set(Some(page.unread));
            }
            if let Ok(page) = conversations {
                this.conversations.set(Some(page.total));
            }
        });
    }
}

/// Creates the counts and provides them as context (call once, in the app shell).
pub fn provide_unread() -> Unread {
    let unread = Unread {
        notifications: RwSignal::new(None),
        conversations: RwSignal::new(None),
        generation: StoredValue::new(0),
        api: use_api(),
        session: use_session(),
    };
    provide_context(unread);
    unread
}

/// The counts provided by the app shell.
pub fn use_unread() -> Unread {
    expect_context::<Unread>()
}

/// Keeps the counts fresh: after logging in or out, on every navigation and every
/// [`POLL_EVERY`] while the tab is visible (call once, inside the router).
pub fn poll_unread() {
    let unread = use_unread();
    let session = use_session();
    let location = use_location();
    let ready = Memo::new(move |_| session.ready());
    let logged_in = Memo::new(move |_| session.is_logged_in());
    Effect::new(move |_| {
        location.pathname.track();
        if ready.get() {
            // Read (a memo that is only tracked is never computed and never changes).
            logged_in.get();
            unread.refresh();
        }
    });
    let interval = set_interval_with_handle(
        move || {
            if session.user_untracked().is_some() && !document().hidden() {
                unread.refresh();
            }
        },
        POLL_EVERY,
    );
    if let Ok(handle) = interval {
        on_cleanup(move || handle.clear());
    }
}
