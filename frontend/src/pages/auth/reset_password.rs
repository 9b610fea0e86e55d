//! `/reset-password?token=…`: sets a new password with the token from the mail.

use glokal_api_types::ResetPasswordRequest;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use super::AuthCard;
use crate::api::{use_api, ApiClientError};
use crate::components::alert::{Alert, AlertKind};
use crate::components::form::{Checks, FormError, FormFeedback, SubmitButton, TextField};
use crate::i18n::{tr, use_page_title};

/// The new-password form.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    use_page_title(tr("reset-title"));
    let api = use_api();
    let token = use_query_map().with_untracked(|q| q.get("token")).unwrap_or_default();

    let password = RwSignal::new(String::new());
    let password_repeat = RwSignal::new(String::new());
    let feedback = FormFeedback::new();
    let done = RwSignal::new(false);

    let reset = Action::new_local(move |request: &ResetPasswordRequest| {
        let request = request.clone();
        async move {
            match api.reset_password(request).await {
                Ok(()) => done.set(true),
                Err(error) => feedback.fail(error),
            }
        }
    });

    let link_invalid = Memo::new(move |_| {
        feedback.error().is_some_and(|e| e.code() == Some(glokal_api_types::ErrorCode::LinkInvalid))
    });

    let on_submit = {
        let token = token.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            feedback.clear();
            let (pw, repeat) = (password.get_untracked(), password_repeat.get_untracked());
            let checks = Checks::new()
                .new_password("new_password", &pw)
                .required("password_repeat", &repeat)
                .same("password_repeat", &pw, &repeat)
                .finish();
            match checks {
                Ok(()) => {
                    reset.dispatch(ResetPasswordRequest { token: token.clone(), new_password: pw });
                }
                Err(error) => feedback.fail(error),
            }
        }
    };
    if token.trim().is_empty() {
        feedback.fail(ApiClientError::local(glokal_api_types::ErrorCode::LinkInvalid));
    }

    view! {
        <AuthCard title=tr("reset-title") lead=tr("reset-lead") testid="reset-page">
            <Show
                when=move || done.get()
                fallback=move || {
                    view! {
                        <form class="form" novalidate on:submit=on_submit.clone() data-testid="reset-form">
                            <FormError feedback=feedback />
                            <Show when=move || link_invalid.get()>
                                <p><A href="/forgot-password" attr:class="btn btn-secondary btn-small">{tr("reset-request-new")}</A></p>
                            </Show>
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
                    }
                }
            >
                <div data-testid="reset-success">
                    <Alert kind=AlertKind::Success><p>{tr("reset-success")}</p></Alert>
                    <A href="/login" attr:class="btn btn-primary" attr:data-testid="reset-login">{tr("reset-login")}</A>
                </div>
            </Show>
        </AuthCard>
    }
}
