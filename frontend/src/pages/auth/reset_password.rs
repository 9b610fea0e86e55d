//! `/reset-password?token=…`: sets a new password with the token from the mail.

use glokal_api_types::{ErrorCode, ResetPasswordRequest};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::AuthCard;
use crate::api::{use_api, ApiClientError};
use crate::components::alert::{Alert, AlertKind};
use crate::components::form::{Checks, FormError, FormFeedback, SubmitButton, TextField};
use crate::components::task::{task, Job};
use crate::i18n::{tr, use_page_title};

/// The new-password form.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    use_page_title(tr("reset-title"));
    let api = use_api();
    let token = use_query_map()
        .with_untracked(|q| q.get("token"))
        .unwrap_or_default();

    let password = RwSignal::new(String::new());
    let password_repeat = RwSignal::new(String::new());
    let feedback = FormFeedback::new();
    let done = RwSignal::new(false);
    let reset = task();

    let token_missing = token.trim().is_empty();
    if token_missing {
        feedback.fail(ApiClientError::local(ErrorCode::LinkInvalid));
    }
    let link_invalid = Memo::new(move |_| {
        feedback
            .error()
            .is_some_and(|e| e.code() == Some(ErrorCode::LinkInvalid))
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        feedback.clear();
        let (pw, repeat) = (password.get_untracked(), password_repeat.get_untracked());
        let checks = Checks::new()
            .new_password("new_password", &pw)
            .required("password_repeat", &repeat)
            .same("password_repeat", &pw, &repeat)
            .finish();
        if let Err(error) = checks {
            feedback.reject(&ev, error);
            return;
        }
        let request = ResetPasswordRequest {
            token: token.clone(),
            new_password: pw,
        };
        reset.dispatch_local(Job::new(async move {
            match api.reset_password(request).await {
                Ok(()) => done.set(true),
                Err(error) => feedback.fail(error),
            }
        }));
    };

    let form = view! {
        <form class="form" novalidate on:submit=on_submit data-testid="reset-form">
            <FormError feedback=feedback />
            {move || link_invalid.get().then(|| view! {
                <p><a href="/forgot-password" class="btn btn-secondary btn-small">{tr("reset-request-new")}</a></p>
            })}
            <TextField
                id="reset-password"
                field="new_password"
                label=tr("reset-password")
                hint=tr("password-hint")
                value=password
                feedback=feedback
                password=true
                autocomplete="new-password"
            />
            <TextField
                id="reset-password-repeat"
                field="password_repeat"
                label=tr("reset-password-repeat")
                value=password_repeat
                feedback=feedback
                password=true
                autocomplete="new-password"
            />
            <SubmitButton label=tr("reset-submit") pending=reset.pending() testid="reset-submit" />
        </form>
    };

    let has_token = !token_missing;
    view! {
        <AuthCard title=tr("reset-title") lead=tr("reset-lead") testid="reset-page">
            {(!has_token).then(|| view! {
                <div class="stack" data-testid="reset-missing-token">
                    <FormError feedback=feedback />
                    <a href="/forgot-password" class="btn btn-secondary">{tr("reset-request-new")}</a>
                </div>
            })}
            <div hidden=move || done.get() || !has_token>{form}</div>
            {move || done.get().then(|| view! {
                <div class="stack" data-testid="reset-success">
                    <Alert kind=AlertKind::Success><p>{tr("reset-success")}</p></Alert>
                    <a href="/login" class="btn btn-primary" data-testid="reset-login">{tr("reset-login")}</a>
                </div>
            })}
        </AuthCard>
    }
}
