//! `/account/saved-searches`: the saved searches with their frequency (changed in place), a link
//! that opens each on the results page, deleting after confirming, and the empty state.

use glokal_api_types::{SavedSearch, SavedSearchInput, SearchFrequency};
use leptos::either::EitherOf4;
use leptos::prelude::*;
use leptos::task::spawn_local;
use uuid::Uuid;

use super::results::frequency_select;
use super::saved_search_href;
use crate::api::{use_api, ApiClientError};
use crate::components::alert::{Alert, AlertKind, ErrorAlert};
use crate::components::dialog::{ConfirmDialog, DialogHandle};
use crate::components::form::FormFeedback;
use crate::components::fresh::Fresh;
use crate::components::require_login::RequireLogin;
use crate::components::spinner::Spinner;
use crate::components::task::{task, Job};
use crate::i18n::{dyn_text, format_date, t_args, tr, use_i18n, use_page_title, Arg};

type List = RwSignal<Option<Result<Vec<SavedSearch>, ApiClientError>>>;

/// The page (login required).
#[component]
pub fn SavedSearchesPage() -> impl IntoView {
    use_page_title(tr("saved-title"));
    view! {
        <RequireLogin>
            <section class="container narrow saved-searches-page" data-testid="saved-searches-page">
                <header class="page-header">
                    <a href="/account" class="back-link">{tr("saved-back")}</a>
                    <h1>{tr("saved-title")}</h1>
                    <p class="lead">{tr("saved-lead")}</p>
                </header>
                <SavedList />
            </section>
        </RequireLogin>
    }
}

#[component]
fn SavedList() -> impl IntoView {
    let api = use_api();
    let list: List = RwSignal::new(None);
    let load = move || {
        spawn_local(async move {
            let result = api.saved_searches().await.map(|l| l.items);
            list.try_set(Some(result));
        })
    };
    load();

    // Deleting: which one, after confirming in the dialog.
    let handle = DialogHandle::new();
    let feedback = FormFeedback::new();
    let target = RwSignal::new(None::<(Uuid, String)>);
    let deleted = RwSignal::new(false);
    let delete = task();
    let on_confirm = Callback::new(move |_ev: leptos::ev::SubmitEvent| {
        let Some((id, _)) = target.get_untracked() else {
            return;
        };
        delete.dispatch_local(Job::new(async move {
            match api.delete_saved_search(id).await {
                Ok(()) => {
                    handle.close();
                    deleted.set(true);
                    list.update(|l| {
                        if let Some(Ok(items)) = l {
                            items.retain(|s| s.id != id);
                        }
                    });
                }
                Err(error) => feedback.fail(error),
            }
        }));
    });
    let ask = Callback::new(move |(id, name): (Uuid, String)| {
        feedback.clear();
        target.set(Some((id, name)));
        handle.open();
    });
    let i18n = use_i18n();
    let dialog_text = move || {
        let name = target.get().map(|t| t.1).unwrap_or_default();
        i18n.t_args("saved-delete-text", &[("name", name.as_str().into())])
    };

    let content = move || {
        Fresh(match list.get() {
            None => EitherOf4::A(view! { <div class="page-loading"><Spinner /></div> }),
            Some(Err(error)) => EitherOf4::B(view! {
                <div class="stack" data-testid="saved-searches-error">
                    <ErrorAlert error=error />
                    <p><button type="button" class="btn btn-primary" on:click=move |_| { list.set(None); load(); }>{tr("search-retry")}</button></p>
                </div>
            }),
            Some(Ok(items)) if items.is_empty() => EitherOf4::C(view! {
                <div class="empty-state" data-testid="saved-searches-empty">
                    <p class="empty-title">{tr("saved-empty")}</p>
                    <p>{tr("saved-empty-hint")}</p>
                    <a href="/search" class="btn btn-primary">{tr("saved-empty-action")}</a>
                </div>
            }),
            Some(Ok(items)) => EitherOf4::D(view! {
                <ul class="saved-list" data-testid="saved-searches">
                    {items.into_iter().map(|item| saved_item(item, ask)).collect_view()}
                </ul>
            }),
        })
    };

    view! {
        {move || deleted.get().then(|| view! {
            <Alert kind=AlertKind::Success><p data-testid="saved-search-deleted">{tr("saved-deleted")}</p></Alert>
        })}
        {content}
        <ConfirmDialog
            handle=handle
            id="saved-search-delete"
            title=tr("saved-delete-title")
            text=dialog_text
            confirm=tr("saved-delete")
            feedback=feedback
            pending=delete.pending()
            on_confirm=on_confirm
        />
    }
}

/// One saved search: name (opens it), what it searches, the last report, frequency, delete.
fn saved_item(item: SavedSearch, ask: Callback<(Uuid, String)>) -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let href = saved_search_href(&item.query);
    let id = item.id;
    let select_id = format!("saved-frequency-{id}");
    let frequency = RwSignal::new(item.frequency.as_str().to_owned());
    let stored = StoredValue::new(item.clone());
    let status = RwSignal::new(None::<Result<(), ApiClientError>>);
    // A changed frequency is saved at once (the whole search, as the API replaces it).
    Effect::new(move |previous: Option<String>| {
        let chosen = frequency.get();
        if previous.is_some_and(|p| p != chosen) {
            let current = stored.get_value();
            let input = SavedSearchInput {
                name: current.name.clone(),
                query: current.query.clone(),
                frequency: SearchFrequency::parse(&chosen).unwrap_or_default(),
                email: current.email,
            };
            status.set(None);
            spawn_local(async move {
                match api.update_saved_search(id, &input).await {
                    Ok(saved) => {
                        stored.set_value(saved);
                        status.try_set(Some(Ok(())));
                    }
                    Err(error) => {
                        // Back to what is stored.
                        frequency.try_set(stored.get_value().frequency.as_str().to_owned());
                        status.try_set(Some(Err(error)));
                    }
                }
            });
        }
        chosen
    });
    let words = item.query.q.clone().filter(|q| !q.trim().is_empty());
    let filters = [
        item.query.country.is_some(),
        item.query.region.is_some(),
        item.query.kind.is_some(),
        item.query.nace.is_some(),
        item.query.opportunity_type.is_some(),
        item.query.size_class.is_some(),
        item.query.certification.is_some(),
        item.query.language.is_some(),
        item.query.verified.is_some(),
        item.query.near.is_some(),
    ]
    .into_iter()
    .filter(|set| *set)
    .count();
    let summary = match words {
        Some(q) => t_args(
            "saved-summary-words",
            vec![("q", Arg::Text(q)), ("filters", Arg::Num(filters as f64))],
        ),
        None => t_args(
            "saved-summary-filters",
            vec![("filters", Arg::Num(filters as f64))],
        ),
    };
    let (last_sent, hits) = (item.last_sent_at, item.last_hit_count);
    let report = dyn_text(move || match last_sent {
        Some(at) => i18n.t_args(
            "saved-last-report",
            &[
                ("date", format_date(i18n.lang(), at).into()),
                ("count", (hits as f64).into()),
            ],
        ),
        None => i18n.t("saved-no-report"),
    });
    let name = item.name.clone();
    view! {
        <li class="card saved-search" data-testid="saved-search" data-id=id.to_string()>
            <h2 class="saved-search-name"><a href=href.clone() data-testid="saved-search-link">{item.name.clone()}</a></h2>
            <p class="muted saved-search-summary">{summary}</p>
            <p class="muted saved-search-report">{report}</p>
            <div class="saved-search-actions">
                <div data-testid="saved-search-frequency-field">{frequency_select(select_id, frequency)}</div>
                <a href=href class="btn btn-secondary btn-small" data-testid="saved-search-open">{tr("saved-open")}</a>
                <button
                    type="button"
                    class="btn btn-danger-outline btn-small"
                    data-testid="saved-search-delete"
                    on:click=move |_| ask.run((id, name.clone()))
                >
                    {tr("saved-delete")}
                </button>
            </div>
            <div aria-live="polite">
                {move || status.get().map(|result| match result {
                    Ok(()) => leptos::either::Either::Left(view! {
                        <p class="form-note saved-search-saved" data-testid="saved-search-saved">{tr("saved-frequency-saved")}</p>
                    }),
                    Err(error) => leptos::either::Either::Right(view! { <ErrorAlert error=error /> }),
                })}
            </div>
        </li>
    }
}
