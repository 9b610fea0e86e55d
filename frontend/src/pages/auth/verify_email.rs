//! `/verify-email?token=…`: confirms the address from the link in the mail.

use glokal_api_types::ErrorCode;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use super::AuthCard;
use crate::api::{use_api, ApiClientError};
use crate::components::alert::{Alert, AlertKind, ErrorAlert};
use crate::components::spinner::Spinner;
use crate::i18n::{tr, use_page_title};
use crate::session::use_session;

/// Sends the token once and shows the outcome.
#[component]
pub fn VerifyEmailPage() -> impl IntoView {
    use_page_title(tr("verify-title"));
    let api = use_api();
    let session = use_session();
    let token = use_query_map().with_untracked(|q| q.get("token")).filter(|t| !t.trim().is_empty());

    let verify = Action::new_local(move |token: &String| {
        let token = token.clone();
        async move {
            let user = api.verify_email(token).await?;
            session.set_user(user);
            Ok::<(), ApiClientError>(())
        }
    });
    let missing_token = token.is_none();
    if let Some(token) = token {
        verify.dispatch(token);
    }
    let result = verify.value();

    let view_result = move || {
        if missing_token {
            let error = ApiClientError::local(ErrorCode::LinkInvalid);
            return view! { <Failed error=error /> }.into_any();
        }
        match result.get() {
            None => view! { <Spinner label=tr("verify-pending") /> }.into_any(),
            Some(Ok(())) => view! {
                <div data-testid="verify-success">
                    <Alert kind=AlertKind::Success>
                        <p class="success-title"><strong>{tr("verify-success-title")}</strong></p>
                        <p>{tr("verify-success-text")}</p>
                    </Alert>
                    {move || if session.is_logged_in() {
                        view! { <A href="/account" attr:class="btn btn-primary">{tr("nav-account")}</A> }.into_any()
                    } else {
                        view! { <A href="/login" attr:class="btn btn-primary" attr:data-testid="verify-login">{tr("verify-login")}</A> }.into_any()
                    }}
                </div>
            }
            .into_any(),
            Some(Err(error)) => view! { <Failed error=error /> }.into_any(),
        }
    };

    view! {
        <AuthCard title=tr("verify-title") testid="verify-page">
            {view_result}
        </AuthCard>
    }
}

/// The error and the way to a new link (log in → resend).
#[component]
fn Failed(error: ApiClientError) -> impl IntoView {
    view! {
        <div data-testid="verify-failed">
            <ErrorAlert error=error />
            <p>{tr("verify-failed-hint")}</p>
            <A href="/login" attr:class="btn btn-secondary">{tr("verify-login")}</A>
        </div>
    }
}
