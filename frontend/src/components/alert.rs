//! Success, info and error messages.

use glokal_i18n::FluentValue;
use leptos::prelude::*;

use crate::api::ApiClientError;
use crate::i18n::use_i18n;

/// The look and screen-reader role of an alert.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AlertKind {
    Success,
    Info,
    Error,
}

/// A message box; errors are announced immediately (`role="alert"`), others politely.
#[component]
pub fn Alert(kind: AlertKind, children: Children) -> impl IntoView {
    let (class, role, icon) = match kind {
        AlertKind::Success => ("alert alert-success", "status", "✓"),
        AlertKind::Info => ("alert alert-info", "status", "i"),
        AlertKind::Error => ("alert alert-error", "alert", "!"),
    };
    view! {
        <div class=class role=role>
            <span class="alert-icon" aria-hidden="true">{icon}</span>
            <div class="alert-body">{children()}</div>
        </div>
    }
}

/// The translated message of an API error, with the waiting time for rate limits.
#[component]
pub fn ErrorAlert(error: ApiClientError) -> impl IntoView {
    let i18n = use_i18n();
    let message_id = error.message_id();
    let server_message = error.server_message().map(str::to_owned);
    let retry_after = error.retry_after();
    let text = move || {
        let lang = i18n.lang();
        match &server_message {
            // A code this build does not know yet: the server's text is already translated.
            Some(message) if !glokal_i18n::has(lang, &message_id) => message.clone(),
            _ => i18n.t(&message_id),
        }
    };
    let retry = move || {
        retry_after.map(|seconds| {
            let text = i18n.t_args(
                "alert-retry-after",
                &[("seconds", FluentValue::from(seconds as f64))],
            );
            view! { " " {text} }
        })
    };
    view! {
        <Alert kind=AlertKind::Error>
            <p data-testid="error-message" data-error-code=error.code().map(|c| c.as_str())>
                {text}
                {retry}
            </p>
        </Alert>
    }
}
