//! `/login`: e-mail and password; offers a new confirmation mail when the address is unconfirmed.

use glokal_api_types::{ErrorCode, LoginRequest};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use super::{encode, forget_next, safe_next, AuthCard};
use crate::api::{use_api, ApiClientError};
use crate::components::alert::{Alert, AlertKind, ErrorAlert};
use crate::components::form::{Checks, FormError, FormFeedback, SubmitButton, TextField};
use crate::components::task::{task, Job};
use crate::i18n::{tr, use_i18n, use_page_title};
use crate::session::use_session;

/// The login form.
#[component]
pub fn LoginPage() -> impl IntoView {
    use_page_title(tr("login-title"));
    let api = use_api();
    let i18n = use_i18n();
    let session = use_session();
    let navigate = use_navigate();
    let query = use_query_map();

    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let feedback = FormFeedback::new();
    let login = task();

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        feedback.clear();
        let (email, password) = (email.get_untracked(), password.get_untracked());
        if let Err(error) = Checks::new()
            .required("email", &email)
            .required("password", &password)
            .finish()
        {
            feedback.reject(&ev, error);
            return;
        }
        let request = LoginRequest {
            email: email.trim().to_owned(),
            password,
        };
        let next = safe_next(query.with_untracked(|q| q.get("next")));
        let navigate = navigate.clone();
        login.dispatch_local(Job::new(async move {
            match api.login(request).await {
                Ok(tokens) => {
                    i18n.set_lang(tokens.user.preferred_language);
                    forget_next();
                    navigate(&next, Default::default());
                }
                Err(error) => feedback.fail(error),
            }
        }));
    };

    let not_verified = Memo::new(move |_| {
        feedback.error().and_then(|e| e.code()) == Some(ErrorCode::EmailNotVerified)
    });
    let logged_in = Memo::new(move |_| session.is_logged_in());
    // Registering instead keeps the way back.
    let register_href = match query.with_untracked(|q| q.get("next")) {
        Some(next) => format!("/register?next={}", encode(&safe_next(Some(next)))),
        None => "/register".to_owned(),
    };

    view! {
        <AuthCard title=tr("login-title") lead=tr("login-lead") testid="login-page">
            {move || logged_in.get().then(|| view! {
                <Alert kind=AlertKind::Info>
                    <p>{tr("login-already")} " " <a href="/account">{tr("nav-account")}</a></p>
                </Alert>
            })}
            <form class="form" novalidate on:submit=on_submit data-testid="login-form">
                <FormError feedback=feedback />
                {move || not_verified.get().then(|| view! { <ResendConfirmation email=email /> })}
                <TextField
                    id="login-email"
                    field="email"
                    label=tr("login-email")
                    value=email
                    feedback=feedback
                    input_type="email"
                    autocomplete="email"
                />
                <TextField
                    id="login-password"
                    field="password"
                    label=tr("login-password")
                    value=password
                    feedback=feedback
                    password=true
                    autocomplete="current-password"
                />
                <p class="form-aside">
                    <a href="/forgot-password" data-testid="login-forgot">{tr("login-forgot")}</a>
                </p>
                <SubmitButton label=tr("login-submit") pending=login.pending() testid="login-submit" />
            </form>
            <p class="auth-switch">
                {tr("login-no-account")} " " <a href=register_href data-testid="login-register">{tr("login-register-link")}</a>
            </p>
        </AuthCard>
    }
}

/// "Send the confirmation mail again" for an unconfirmed address.
#[component]
pub fn ResendConfirmation(email: RwSignal<String>) -> impl IntoView {
    let api = use_api();
    let resend = task();
    let result = RwSignal::new(None::<Result<(), ApiClientError>>);
    let on_click = move |_| {
        let address = email.get_untracked().trim().to_owned();
        result.set(None);
        resend.dispatch_local(Job::new(async move {
            result.set(Some(api.resend_verification(address).await));
        }));
    };
    view! {
        <div class="resend" data-testid="resend-confirmation">
            <p>{tr("login-resend-text")}</p>
            <button
                type="button"
                class="btn btn-secondary btn-small"
                data-testid="resend-submit"
                disabled=move || resend.pending().get()
                on:click=on_click
            >
                {tr("login-resend")}
            </button>
            {move || match result.get() {
                Some(Ok(())) => Some(view! {
                    <Alert kind=AlertKind::Success><p>{tr("login-resend-sent")}</p></Alert>
                }.into_any()),
                Some(Err(error)) => Some(view! { <ErrorAlert error=error /> }.into_any()),
                None => None,
            }}
        </div>
    }
}
