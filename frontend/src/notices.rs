//! App-wide notices shown above the page (logged out, account deleted, failed background saves).

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::alert::{Alert, AlertKind};
use crate::i18n::{tr, use_i18n};

/// How a notice looks and is announced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    Success,
    Error,
}

/// One notice: a message id, translated when shown so it follows language changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub message_id: String,
    /// The page it belongs to; leaving that page removes it.
    pub path: String,
}

/// The current app-wide notice; removed when the person leaves its page.
#[derive(Clone, Copy)]
pub struct Notices(RwSignal<Option<Notice>>);

impl Notices {
    /// Shows a notice (replacing the previous one).
    pub fn show(&self, kind: NoticeKind, message_id: impl Into<String>, path: impl Into<String>) {
        self.0.set(Some(Notice {
            kind,
            message_id: message_id.into(),
            path: path.into(),
        }));
    }

    /// The notice to show, if any (tracked).
    pub fn current(&self) -> Option<Notice> {
        self.0.get()
    }

    /// Removes the notice.
    pub fn clear(&self) {
        self.0.set(None);
    }
}

/// Creates the notice slot and provides it as context.
pub fn provide_notices() -> Notices {
    let notices = Notices(RwSignal::new(None));
    provide_context(notices);
    notices
}

/// The notice slot provided by the app shell.
pub fn use_notices() -> Notices {
    expect_context::<Notices>()
}

/// Shows the current notice above the page content, with a dismiss button.
#[component]
pub fn NoticeBar() -> impl IntoView {
    let notices = use_notices();
    let i18n = use_i18n();
    let location = use_location();
    Effect::new(move |_| {
        let path = location.pathname.get();
        if notices
            .0
            .with_untracked(|n| n.as_ref().is_some_and(|n| n.path != path))
        {
            notices.clear();
        }
    });
    move || {
        notices.current().map(|notice| {
            let kind = match notice.kind {
                NoticeKind::Success => AlertKind::Success,
                NoticeKind::Error => AlertKind::Error,
            };
            let id = notice.message_id.clone();
            view! {
                <div class="notice-bar container" data-testid="notice">
                    <Alert kind=kind>
                        <p>{move || i18n.t(&id)}</p>
                        <button type="button" class="btn-link notice-dismiss" on:click=move |_| notices.clear()>
                            {tr("common-dismiss")}
                        </button>
                    </Alert>
                </div>
            }
        })
    }
}
