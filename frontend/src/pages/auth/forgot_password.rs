//! `/forgot-password`: asks for a reset link (the answer never reveals whether an account exists).

use leptos::prelude::*;
use leptos_router::components::A;

use super::AuthCard;
use crate::api::use_api;
use crate::components::alert::{Alert, AlertKind};
use crate::components::form::{Checks, FormError, FormFeedback, SubmitButton, TextField};
use crate::i18n::{tr, use_page_title};

/// The reset request form.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    use_page_title(tr("forgot-title"));
    let api = use_api();
    let email = RwSignal::new(String::new());
    let feedback = FormFeedback::new();
    let sent = RwSignal::new(false);

    let request = Action::new_local(move |email: &String| {
        let email = email.clone();
        async move {
            match api.request_password_reset(email).await {
                Ok(()) => sent.set(true),
                Err(error) => feedback.fail(error),
            }
        }
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        feedback.clear();
        sent.set(false);
        let value = email.get_untracked();
        match Checks::new().email("email", &value).finish() {
            Ok(()) => {
                request.dispatch(value.trim().to_owned());
            }
            Err(error) => feedback.fail(error),
        }
    };

    view! {
        <AuthCard title=tr("forgot-title") lead=tr("forgot-lead") testid="forgot-page">
            <Show when=move || sent.get()>
                <div data-testid="forgot-success">
                    <Alert kind=AlertKind::Success><p>{tr("forgot-success")}</p></Alert>
                </div>
            </Show>
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
            <p class="auth-switch"><A href="/login">{tr("forgot-back")}</A></p>
        </AuthCard>
    }
}
