//! Registration, login, e-mail confirmation and password reset.

pub mod forgot_password;
pub mod login;
pub mod register;
pub mod reset_password;
pub mod verify_email;

use leptos::prelude::*;

/// The centred card the account pages share: heading, lead text, content.
#[component]
pub fn AuthCard(
    /// Page heading.
    #[prop(into)]
    title: TextProp,
    /// Introductory sentence under the heading.
    #[prop(optional, into)]
    lead: Option<TextProp>,
    /// Stable selector of the page for tests.
    testid: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <section class="auth-page container" data-testid=testid>
            <div class="card auth-card">
                <h1 class="auth-title">{move || title.get().to_string()}</h1>
                {lead.map(|lead| view! { <p class="lead">{move || lead.get().to_string()}</p> })}
                {children()}
            </div>
        </section>
    }
}

/// A safe in-app path from the `next` query parameter (never another origin).
pub fn safe_next(next: Option<String>) -> String {
    match next {
        Some(path) if path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') => {
            path
        }
        _ => "/account".to_owned(),
    }
}

/// `localStorage` key of the page to return to after registering and confirming the address
/// (the confirmation link in the mail cannot carry it).
const NEXT_KEY: &str = "glokal.next";

/// Remembers where to go after the confirmation mail's link and the login.
pub fn remember_next(path: &str) {
    if let Some(storage) = window().local_storage().ok().flatten() {
        let _ = storage.set_item(NEXT_KEY, path);
    }
}

/// The page remembered by [`remember_next`], if it is a safe in-app path.
pub fn remembered_next() -> Option<String> {
    let path = window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(NEXT_KEY)
        .ok()
        .flatten()?;
    let safe = safe_next(Some(path.clone()));
    (safe == path).then_some(path)
}

/// Forgets the remembered page (after it has been used).
pub fn forget_next() {
    if let Some(storage) = window().local_storage().ok().flatten() {
        let _ = storage.remove_item(NEXT_KEY);
    }
}

/// `path` as a query value.
pub fn encode(path: &str) -> String {
    String::from(js_sys::encode_uri_component(path))
}
