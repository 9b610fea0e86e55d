//! `/login`: e-mail and password; offers a new confirmation mail when the address is unconfirmed.

use glokal_api_types::{ErrorCode, LoginRequest};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use super::{safe_next, AuthCard};
use crate::api::use_api;
use crate::components::alert::{Alert, AlertKind, ErrorAlert};
use crate::components::form::{Checks, FormError, FormFeedback, SubmitButton, TextField};
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

    let login = Action::new_local(move |request: &LoginRequest| {
        let request = request.clone();
        let navigate = navigate.clone();
        let next = safe_next(query.with_untracked(|q| q.get("next")));
        async move {
            match api.login(request).await {
                Ok(tokens) => {
                    i18n.set_lang(tokens.user.preferred_language);
                    navigate(&next, Default::default());
                }
                Err(error) => feedback.fail(error),
            }
        }
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        feedback.clear();
        let (email, password) = (email.get_untracked(), password.get_untracked());
        match Checks::new().required("email", &email).required("password", &password).finish() {
            Ok(()) => {
                login.dispatch(LoginRequest { email: email.trim().to_owned(), password });
            }
            Err(error) => feedback.fail(error),
        }
    };

    let not_verified = Memo::new(move |_| feedback.error().and_then(|e| e.code()) == Some(ErrorCode::EmailNotVerified));

    view! {
        <AuthCard title=tr("login-title") lead=tr("login-lead") testid="login-page">
            <Show when=move || session.is_logged_in()>
                <Alert kind=AlertKind::Info>
                    <p>{tr("login-already")} " " <A href="/account">{tr("nav-account")}</A></p>
                </Alert>
            </Show>
            <form class="form" novalidate on:submit=on_submit data-testid="login-form">
                <FormError feedback=feedback />
                <Show when=move || not_verified.get()>
                    <ResendConfirmation email=email />
                </Show>
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
                    <A href="/forgot-password" attr:data-testid="login-forgot">{tr("login-forgot")}</A>
                </p>
                <SubmitButton label=tr("login-submit") pending=login.pending() testid="login-submit" />
            </form>
            <p class="auth-switch">
                {tr("login-no-account")} " " <A href="/register">{tr("login-register-link")}</A>
            </p>
        </AuthCard>
    }
}

/// "Send the confirmation mail again" for an unconfirmed address.
#[component]
pub fn ResendConfirmation(email: RwSignal<String>) -> impl IntoView {
    let api = use_api();
    let resend = Action::new_local(move |email: &String| api.resend_verification(email.clone()));
    let result = resend.value();
    view! {
        <div class="resend" data-testid="resend-confirmation">
            <p>{tr("login-resend-text")}</p>
            <button
                type="button"
                class="btn btn-secondary btn-small"
                data-testid="resend-submit"
                disabled=move || resend.pending().get()
                on:click=move |_| {
                    resend.dispatch(email.get_untracked().trim().to_owned());
                }
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
