//! Contact and messaging: the inbox, a conversation's thread, "Contact" / "Express interest"
//! on profiles and offers, and the notification centre. Times are shown in the browser's own
//! time zone (messages are not tied to the border region's clock like events are).

pub mod contact;
pub mod expert;
pub mod list;
pub mod notifications;
pub mod thread;

use chrono::{DateTime, Utc};
use glokal_api_types::{ConversationKind, ConversationParty, Language};
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_params_map, use_query_map};
use uuid::Uuid;

use crate::i18n::{format_date, Label};

/// Conversations per page of the inbox, notifications per page of the centre.
pub const PAGE_SIZE: u64 = 20;
/// Longest message, in characters (as the API checks).
pub const MESSAGE_MAX: usize = 5000;
/// Longest subject, in characters.
pub const SUBJECT_MAX: usize = 200;

/// The browser's local clock time of an instant (`14:05`; Czech `14:05` too).
fn clock(at: DateTime<Utc>) -> String {
    let local = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        at.timestamp_millis() as f64
    ));
    format!("{:02}:{:02}", local.get_hours(), local.get_minutes())
}

/// Today's messages by their time, older ones by their day.
pub fn short_time(lang: Language, at: DateTime<Utc>) -> String {
    let day = format_date(lang, at);
    if day == format_date(lang, Utc::now()) {
        clock(at)
    } else {
        day
    }
}

/// Day and time.
pub fn full_time(lang: Language, at: DateTime<Utc>) -> String {
    format!("{}, {}", format_date(lang, at), clock(at))
}

/// The machine-readable time for `<time datetime>`.
pub fn iso_time(at: DateTime<Utc>) -> String {
    String::from(
        js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
            at.timestamp_millis() as f64
        ))
        .to_iso_string(),
    )
}

/// An organisation of a conversation by name ("a deleted organisation" once it is gone).
pub fn party_name(party: &ConversationParty) -> Label {
    match &party.name {
        Some(name) => Label::Plain(name.clone()),
        None => Label::Id("inbox-deleted-organization"),
    }
}

/// Why a conversation was opened.
pub fn kind_label(kind: ConversationKind) -> Label {
    Label::Id(match kind {
        ConversationKind::Contact => "inbox-kind-contact",
        ConversationKind::Interest => "inbox-kind-interest",
        ConversationKind::AskExpert => "inbox-kind-ask_expert",
    })
}

/// The path of a conversation, seen from the caller's organisation `side`.
pub fn thread_href(id: Uuid, side: Option<Uuid>) -> String {
    match side {
        Some(side) => format!("/inbox/{id}?as={side}"),
        None => format!("/inbox/{id}"),
    }
}

/// The `as` parameter of the URL: which of the caller's organisations is acting.
pub fn side_param() -> Memo<Option<Uuid>> {
    let query = use_query_map();
    Memo::new(move |_| query.with(|q| q.get_str("as").and_then(|s| Uuid::parse_str(s).ok())))
}

/// `/conversations/:id`, the path notifications and mails link to: goes to the thread.
#[component]
pub fn ConversationRedirect() -> impl IntoView {
    let params = use_params_map();
    let id = params.with_untracked(|p| p.get("id").unwrap_or_default());
    view! { <Redirect path=format!("/inbox/{id}") /> }
}
