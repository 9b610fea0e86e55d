//! The notification bell in the header and the inbox entry of the account menu, each with its
//! unread count (see `crate::unread`).

use leptos::prelude::*;

use crate::components::fresh::Fresh;
use crate::i18n::{t_args, tr, Arg};
use crate::session::use_session;
use crate::unread::use_unread;

/// A count as shown in a badge (`99+` above 99).
fn badge_text(count: u64) -> String {
    if count > 99 {
        "99+".to_owned()
    } else {
        count.to_string()
    }
}

/// The bell: a link to the notification centre with the number of unread notifications
/// (logged-in people only).
#[component]
pub fn NotificationBell() -> impl IntoView {
    let session = use_session();
    let unread = use_unread();
    let logged_in = Memo::new(move |_| session.is_logged_in());
    let count = Memo::new(move |_| unread.notifications().unwrap_or(0));
    move || {
        Fresh(logged_in.get().then(|| {
            let label = move || {
                t_args(
                    "bell-label",
                    vec![("count", Arg::Num(count.get() as f64))],
                )()
            };
            view! {
                <a href="/notifications" class="bell" aria-label=label data-testid="header-bell" data-count=move || count.get().to_string()>
                    <svg class="bell-icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
                        <path d="M6 16V11a6 6 0 0 1 12 0v5l1.5 2h-15z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"></path>
                        <path d="M10 20.5a2 2 0 0 0 4 0" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"></path>
                    </svg>
                    <span class="bell-count" aria-hidden="true" hidden=move || count.get() == 0>{move || badge_text(count.get())}</span>
                </a>
            }
        }))
    }
}

/// "Inbox" in the account menu, with the number of conversations that have unread messages.
pub fn inbox_menu_item() -> impl IntoView {
    let unread = use_unread();
    let count = Memo::new(move |_| unread.conversations().unwrap_or(0));
    let hidden_count = move || {
        t_args(
            "inbox-menu-unread",
            vec![("count", Arg::Num(count.get() as f64))],
        )()
    };
    view! {
        <li>
            <a href="/inbox" class="account-menu-item inbox-menu-item" data-testid="header-inbox" data-count=move || count.get().to_string()>
                <span>{tr("inbox-title")}</span>
                <span class="count-badge" aria-hidden="true" hidden=move || count.get() == 0>{move || badge_text(count.get())}</span>
                <span class="sr-only" hidden=move || count.get() == 0>{hidden_count}</span>
            </a>
        </li>
    }
}
