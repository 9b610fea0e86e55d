//! The drill-down of the indicator: the organisations cooperating across the border in the
//! period (name with a link to the profile, country, town, evidence, since when), and the same
//! list as a CSV download.

use glokal_api_types::{CooperatingOrganizations, CooperationEvidence, Statistics};
use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::period_query;
use crate::api::{use_api, ApiClientError};
use crate::components::alert::ErrorAlert;
use crate::components::download::save_text;
use crate::components::form::ActionButton;
use crate::components::fresh::Fresh;
use crate::components::spinner::Spinner;
use crate::components::task::{task, Job};
use crate::i18n::{format_date, t_args, tr, tr_label, use_i18n, Arg};
use crate::pages::organizations::{country_label, iso_date};

/// The name of a kind of evidence.
fn evidence_id(evidence: CooperationEvidence) -> &'static str {
    match evidence {
        CooperationEvidence::Conversation => "stats-evidence-conversation",
        CooperationEvidence::Meeting => "stats-evidence-meeting",
        CooperationEvidence::Agreement => "stats-evidence-agreement",
    }
}

/// The section under the charts: "show the organisations" and "download CSV".
#[component]
pub fn CooperatingSection(
    data: RwSignal<Option<Result<Statistics, ApiClientError>>>,
) -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let params = use_query_map();
    let list = RwSignal::new(None::<Result<CooperatingOrganizations, ApiClientError>>);
    let open = RwSignal::new(false);
    let loading = RwSignal::new(false);
    // Another period: the list loaded before no longer applies.
    Effect::new(move |_| {
        params.with(period_query);
        list.set(None);
        open.set(false);
    });
    let count = Memo::new(move |_| {
        data.with(|d| match d {
            Some(Ok(stats)) => Some(stats.cooperation.organizations),
            _ => None,
        })
    });
    let toggle = move |_| {
        if open.get_untracked() {
            open.set(false);
            return;
        }
        open.set(true);
        if list.with_untracked(Option::is_none) {
            let query = params.with_untracked(period_query);
            loading.set(true);
            leptos::task::spawn_local(async move {
                let result = api.cooperating_organizations(&query).await;
                if params.try_with_untracked(period_query).as_ref() == Some(&query) {
                    list.set(Some(result));
                }
                loading.set(false);
            });
        }
    };
    let download = task();
    let failed = RwSignal::new(None::<ApiClientError>);
    let on_download = Callback::new(move |()| {
        failed.set(None);
        let query = params.with_untracked(period_query);
        let period = data.with_untracked(|d| match d {
            Some(Ok(stats)) => format!("{}-{}", iso_date(stats.from), iso_date(stats.to)),
            _ => "period".to_owned(),
        });
        download.dispatch_local(Job::new(async move {
            match api.cooperating_organizations_csv(&query).await {
                Ok(text) => {
                    // The browser drops the byte order mark when decoding; spreadsheets need it.
                    let text = format!("\u{feff}{}", text.trim_start_matches('\u{feff}'));
                    let name = format!("glokal-cooperating-organizations-{period}.csv");
                    if save_text(&text, "text/csv;charset=utf-8", &name).is_err() {
                        failed.set(Some(ApiClientError::Unexpected { status: 200 }));
                    }
                }
                Err(error) => failed.set(Some(error)),
            }
        }));
    });
    let toggle_text = move || {
        let n = count.get().unwrap_or(0);
        let id = if open.get() {
            "stats-drilldown-hide"
        } else {
            "stats-drilldown-show"
        };
        let lang = i18n.lang();
        glokal_i18n::t_args(lang, id, &[("count", (n as f64).into())])
    };
    let content = move || {
        let lang = i18n.lang();
        Fresh(match (open.get(), list.get()) {
            (false, _) => EitherOf4::A(()),
            (true, None) => EitherOf4::B(view! { <div class="page-loading"><Spinner /></div> }),
            (true, Some(Err(error))) => EitherOf4::C(view! { <ErrorAlert error=error /> }),
            (true, Some(Ok(list))) => EitherOf4::D(table(list, lang)),
        })
    };
    view! {
        <section class="card stats-cooperating" aria-labelledby="stats-coop-title" data-testid="stats-cooperating-section" hidden=move || count.get().is_none()>
            <h2 id="stats-coop-title">{tr("stats-coop-title")}</h2>
            <p class="muted">{tr("stats-coop-lead")}</p>
            <div class="button-row no-print">
                <button
                    type="button"
                    class="btn btn-secondary"
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    aria-controls="stats-coop-list"
                    data-testid="stats-drilldown"
                    on:click=toggle
                >
                    {toggle_text}
                </button>
                <ActionButton label=tr("stats-csv") pending=download.pending() testid="stats-csv" on_click=on_download />
            </div>
            {move || failed.get().map(|error| view! { <ErrorAlert error=error /> })}
            <div id="stats-coop-list" aria-busy=move || if loading.get() { "true" } else { "false" }>{content}</div>
        </section>
    }
}

/// The organisations as a table.
fn table(list: CooperatingOrganizations, lang: glokal_api_types::Language) -> impl IntoView {
    let t = |id: &str| glokal_i18n::t(lang, id);
    if list.items.is_empty() {
        return Either::Left(
            view! { <p class="muted" data-testid="stats-coop-empty">{t("stats-coop-empty")}</p> },
        );
    }
    let count = list.items.len();
    let (country, city, evidence_label, since) = (
        t("stats-country"),
        t("stats-coop-city"),
        t("stats-coop-evidence"),
        t("stats-coop-since"),
    );
    let rows = list
        .items
        .into_iter()
        .map(|org| {
            let evidence = org
                .evidence
                .iter()
                .map(|e| t(evidence_id(*e)))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <tr data-testid="stats-coop-row" data-id=org.id.to_string()>
                    <th scope="row"><a href=format!("/organizations/{}", org.id)>{org.name}</a></th>
                    <td data-label=country.clone()>{tr_label(country_label(&org.country))}</td>
                    <td data-label=city.clone()>{org.city}</td>
                    <td data-label=evidence_label.clone()>{evidence}</td>
                    <td data-label=since.clone()>{format_date(lang, org.first_at)}</td>
                </tr>
            }
        })
        .collect_view();
    Either::Right(view! {
        <p class="stats-coop-count">{t_args("stats-coop-count", vec![("count", Arg::Num(count as f64))])}</p>
        <table class="stats-data stats-coop-table" data-testid="stats-coop-table">
                <thead>
                    <tr>
                        <th scope="col">{t("stats-coop-name")}</th>
                        <th scope="col">{country.clone()}</th>
                        <th scope="col">{city.clone()}</th>
                        <th scope="col">{evidence_label.clone()}</th>
                        <th scope="col">{since.clone()}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
    })
}
