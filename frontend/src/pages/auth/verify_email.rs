//! `/verify-email?token=…`: confirms the address from the link in the mail.

use glokal_api_types::ErrorCode;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{encode, remembered_next, AuthCard};
use crate::api::{use_api, ApiClientError};
use crate::components::alert::{Alert, AlertKind, ErrorAlert};
use crate::components::spinner::Spinner;
use crate::components::task::{task, Job};
use crate::i18n::{tr, use_page_title};
use crate::session::use_session;

/// Sends the token once and shows the outcome.
#[component]
pub fn VerifyEmailPage() -> impl IntoView {
    use_page_title(tr("verify-title"));
    let api = use_api();
    let session = use_session();
    let token = use_query_map()
        .with_untracked(|q| q.get("token"))
        .filter(|t| !t.trim().is_empty());
    let result = RwSignal::new(None::<Result<(), ApiClientError>>);
    let verify = task();

    match token {
        Some(token) => {
            verify.dispatch_local(Job::new(async move {
                let outcome = api
                    .verify_email(token)
                    .await
                    .map(|user| session.set_user(user));
                result.set(Some(outcome));
            }));
        }
        None => result.set(Some(Err(ApiClientError::local(ErrorCode::LinkInvalid)))),
    }

    let outcome = move || match result.get() {
        None => view! { <Spinner label=tr("verify-pending") /> }.into_any(),
        Some(Ok(())) => {
            // Back to where the registration started (an invitation), if anywhere.
            let next = remembered_next();
            let (href, label) = match (session.is_logged_in(), next) {
                (true, Some(next)) => (next, tr("verify-continue")),
                (true, None) => ("/account".to_owned(), tr("nav-account")),
                (false, Some(next)) => {
                    (format!("/login?next={}", encode(&next)), tr("verify-login"))
                }
                (false, None) => ("/login".to_owned(), tr("verify-login")),
            };
            view! {
                <div class="stack" data-testid="verify-success">
                    <Alert kind=AlertKind::Success>
                        <p class="success-title"><strong>{tr("verify-success-title")}</strong></p>
                        <p>{tr("verify-success-text")}</p>
                    </Alert>
                    <a href=href class="btn btn-primary" data-testid="verify-login">{label}</a>
                </div>
            }
            .into_any()
        }
        Some(Err(error)) => view! {
            <div class="stack" data-testid="verify-failed">
                <ErrorAlert error=error />
                <p class="muted">{tr("verify-failed-hint")}</p>
                <a href="/login" class="btn btn-secondary">{tr("verify-login")}</a>
            </div>
        }
        .into_any(),
    };

    view! {
        <AuthCard title=tr("verify-title") testid="verify-page">
            {outcome}
        </AuthCard>
    }
}
