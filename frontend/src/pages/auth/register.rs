//! `/register`: name, e-mail, password twice, acceptance of the terms and privacy notice;
//! afterwards "check your inbox".

use glokal_api_types::{RegisterRequest, CURRENT_TERMS_VERSION};
use glokal_i18n::FluentValue;
use leptos::prelude::*;

use leptos_router::hooks::use_query_map;

use super::login::ResendConfirmation;
use super::{encode, remember_next, safe_next, AuthCard};
use crate::api::use_api;
use crate::components::alert::{Alert, AlertKind};
use crate::components::form::{
    Checks, FieldErrorText, FieldState, FormError, FormFeedback, SubmitButton, TextField,
};
use crate::components::task::{task, Job};
use crate::i18n::{tr, use_i18n, use_page_title, version_label};

/// The registration form.
#[component]
pub fn RegisterPage() -> impl IntoView {
    use_page_title(tr("register-title"));
    let api = use_api();
    let i18n = use_i18n();

    // From an invitation: where to return afterwards, and the invited address.
    let query = use_query_map();
    let next = query
        .with_untracked(|q| q.get("next"))
        .map(|n| safe_next(Some(n)));
    let login_href = match &next {
        Some(next) => format!("/login?next={}", encode(next)),
        None => "/login".to_owned(),
    };
    let next = StoredValue::new(next);
    let display_name = RwSignal::new(String::new());
    let email = RwSignal::new(query.with_untracked(|q| q.get("email")).unwrap_or_default());
    let password = RwSignal::new(String::new());
    let password_repeat = RwSignal::new(String::new());
    let accepted = RwSignal::new(false);
    let feedback = FormFeedback::new();
    let registered = RwSignal::new(None::<String>);
    let register = task();

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        feedback.clear();
        let (name, mail, pw, repeat) = (
            display_name.get_untracked(),
            email.get_untracked(),
            password.get_untracked(),
            password_repeat.get_untracked(),
        );
        let checks = Checks::new()
            .display_name("display_name", &name)
            .email("email", &mail)
            .new_password("password", &pw)
            .required("password_repeat", &repeat)
            .same("password_repeat", &pw, &repeat)
            .check(
                "accepted_terms_version",
                accepted.get_untracked(),
                "terms_not_accepted",
            )
            .finish();
        match checks {
            Ok(()) => {
                let request = RegisterRequest {
                    email: mail.trim().to_owned(),
                    password: pw,
                    display_name: name.trim().to_owned(),
                    preferred_language: Some(i18n.lang_untracked()),
                    accepted_terms_version: CURRENT_TERMS_VERSION.to_owned(),
                };
                let next = next.get_value();
                register.dispatch_local(Job::new(async move {
                    match api.register(request).await {
                        Ok(user) => {
                            if let Some(next) = next {
                                remember_next(&next);
                            }
                            password.set(String::new());
                            password_repeat.set(String::new());
                            registered.set(Some(user.email));
                        }
                        Err(error) => feedback.fail(error),
                    }
                }));
            }
            Err(error) => feedback.reject(&ev, error),
        }
    };

    let terms = FieldState::new(feedback, "accepted_terms_version");
    let success_login_href = login_href.clone();
    let form = move || {
        view! {
            <form class="form" novalidate on:submit=on_submit data-testid="register-form">
                <FormError feedback=feedback />
                <TextField
                    id="register-display-name"
                    field="display_name"
                    label=tr("register-display-name")
                    hint=tr("register-display-name-hint")
                    value=display_name
                    feedback=feedback
                    autocomplete="name"
                />
                <TextField
                    id="register-email"
                    field="email"
                    label=tr("register-email")
                    value=email
                    feedback=feedback
                    input_type="email"
                    autocomplete="email"
                />
                <TextField
                    id="register-password"
                    field="password"
                    label=tr("register-password")
                    hint=tr("password-hint")
                    value=password
                    feedback=feedback
                    password=true
                    autocomplete="new-password"
                />
                <TextField
                    id="register-password-repeat"
                    field="password_repeat"
                    label=tr("register-password-repeat")
                    value=password_repeat
                    feedback=feedback
                    password=true
                    autocomplete="new-password"
                />
                <div class="field" class:field-invalid=terms.invalid()>
                    <label class="checkbox">
                        <input
                            type="checkbox"
                            id="register-terms"
                            bind:checked=accepted
                            aria-invalid=terms.aria_invalid()
                            aria-describedby=terms.described_by(None, "register-terms-error".to_owned())
                        />
                        <span>
                            {tr("register-terms-before")} " "
                            <a href="/privacy#terms" target="_blank" rel="noopener">{tr("register-terms-link")}</a>
                            " "
                            {move || i18n.t_args("register-terms-after", &[("version", FluentValue::from(version_label(i18n.lang(), CURRENT_TERMS_VERSION)))])}
                        </span>
                    </label>
                    <FieldErrorText id="register-terms-error" state=terms />
                </div>
                <p class="form-note">{tr("register-privacy-note")}</p>
                <SubmitButton label=tr("register-submit") pending=register.pending() testid="register-submit" />
            </form>
            <p class="auth-switch">
                {tr("register-have-account")} " " <a href=login_href.clone()>{tr("register-login-link")}</a>
            </p>
        }
    };

    let success = move |address: String| {
        view! {
            <div class="success-panel" data-testid="register-success">
                <div class="success-icon" aria-hidden="true">"✉"</div>
                <Alert kind=AlertKind::Success>
                    <p class="success-title"><strong>{tr("register-success-title")}</strong></p>
                    <p>
                        {move || i18n.t_args("register-success-text", &[("email", FluentValue::from(address.clone()))])}
                    </p>
                </Alert>
                <p class="muted">{tr("register-success-hint")}</p>
                <ResendConfirmation email=email />
                <p class="auth-switch"><a href=success_login_href.clone() class="btn btn-secondary">{tr("register-login-link")}</a></p>
            </div>
        }
    };

    view! {
        <AuthCard title=tr("register-title") lead=tr("register-lead") testid="register-page">
            {move || match registered.get() {
                Some(address) => success(address).into_any(),
                None => form().into_any(),
            }}
        </AuthCard>
    }
}
