//! `/unsubscribe?token=…`: the page behind the unsubscribe link of alert and digest mails.
//! The link itself changes nothing (mail scanners open links); the page sends the token once.

use glokal_api_types::{ErrorCode, NotificationCategory, Unsubscribed};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::{use_api, ApiClientError};
use crate::components::alert::{Alert, AlertKind, ErrorAlert};
use crate::components::spinner::Spinner;
use crate::components::task::{task, Job};
use crate::i18n::{t_args, tr, use_page_title, Arg};
use crate::pages::auth::AuthCard;

/// Sends the token once and says which mails stop.
#[component]
pub fn UnsubscribePage() -> impl IntoView {
    use_page_title(tr("unsubscribe-title"));
    let api = use_api();
    let token = use_query_map()
        .with_untracked(|q| q.get("token"))
        .filter(|t| !t.trim().is_empty());
    let result = RwSignal::new(None::<Result<Unsubscribed, ApiClientError>>);
    let send = task();
    match token {
        Some(token) => {
            send.dispatch_local(Job::new(async move {
                result.set(Some(api.unsubscribe(token).await));
            }));
        }
        None => result.set(Some(Err(ApiClientError::local(ErrorCode::LinkInvalid)))),
    }
    let outcome = move || match result.get() {
        None => view! { <Spinner label=tr("unsubscribe-pending") /> }.into_any(),
        Some(Ok(done)) => {
            let text = match (done.category, done.saved_search_name) {
                (NotificationCategory::SavedSearches, Some(name)) => {
                    t_args("unsubscribe-done-search", vec![("name", Arg::Text(name))])
                }
                (NotificationCategory::ShortageAlerts, _) => {
                    t_args("unsubscribe-done-alerts", vec![])
                }
                _ => t_args("unsubscribe-done-other", vec![]),
            };
            view! {
                <div class="stack" data-testid="unsubscribe-success">
                    <Alert kind=AlertKind::Success>
                        <p class="success-title"><strong>{tr("unsubscribe-done-title")}</strong></p>
                        <p>{text}</p>
                    </Alert>
                    <p class="muted">{tr("unsubscribe-settings-hint")}</p>
                    <a href="/account" class="btn btn-secondary">{tr("nav-account")}</a>
                </div>
            }
            .into_any()
        }
        Some(Err(error)) => view! {
            <div class="stack" data-testid="unsubscribe-failed">
                <ErrorAlert error=error />
                <p class="muted">{tr("unsubscribe-failed-hint")}</p>
                <a href="/account" class="btn btn-secondary">{tr("nav-account")}</a>
            </div>
        }
        .into_any(),
    };
    view! {
        <AuthCard title=tr("unsubscribe-title") testid="unsubscribe-page">
            {outcome}
        </AuthCard>
    }
}
