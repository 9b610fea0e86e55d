//! `/forgot-password`: asks for a reset link (the answer never reveals whether an account exists).

use leptos::prelude::*;

use super::AuthCard;
use crate::api::use_api;
use crate::components::alert::{Alert, AlertKind};
use crate::components::form::{Checks, FormError, FormFeedback, SubmitButton, TextField};
use crate::components::task::{task, Job};
use crate::i18n::{tr, use_page_title};

/// The reset request form.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    use_page_title(tr("forgot-title"));
    let api = use_api();
    let email = RwSignal::new(String::new());
    let feedback = FormFeedback::new();
    let sent = RwSignal::new(false);

    let request = task();

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        feedback.clear();
        sent.set(false);
        let value = email.get_untracked();
        match Checks::new().email("email", &value).finish() {
            Ok(()) => {
                let address = value.trim().to_owned();
                request.dispatch_local(Job::new(async move {
                    match api.request_password_reset(address).await {
                        Ok(()) => sent.set(true),
                        Err(error) => feedback.fail(error),
                    }
                }));
            }
            Err(error) => feedback.reject(&ev, error),
        }
    };

    view! {
        <AuthCard title=tr("forgot-title") lead=tr("forgot-lead") testid="forgot-page">
            {move || sent.get().then(|| view! {
                <div data-testid="forgot-success">
                    <Alert kind=AlertKind::Success><p>{tr("forgot-success")}</p></Alert>
                </div>
            })}
            <form class="form" novalidate on:submit=on_submit data-testid="forgot-form">
                <FormError feedback=feedback />
                <TextField
                    id="forgot-email"
                    field="email"
                    label=tr("forgot-email")
                    value=email
                    feedback=feedback
                    input_type="email"
                    autocomplete="email"
                />
                <SubmitButton label=tr("forgot-submit") pending=request.pending() testid="forgot-submit" />
            </form>
            <p class="auth-switch"><a href="/login">{tr("forgot-back")}</a></p>
        </AuthCard>
    }
}
