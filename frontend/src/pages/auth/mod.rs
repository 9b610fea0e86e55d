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
