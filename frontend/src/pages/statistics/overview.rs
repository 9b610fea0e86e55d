//! `/statistics`: the period (from/to, presets), headline figures, charts and the drill-down
//! to the organisations cooperating across the border. Printable (buttons and folded tables
//! left out).

use chrono::{Datelike, NaiveDate};
use glokal_api_types::{KeyCount, Statistics, StatisticsQuery};
use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use super::charts::{bar_chart, month_chart, split_chart};
use super::cooperating::CooperatingSection;
use super::{format_count, key_label, may_read_statistics, period_query, Dimension};
use crate::api::use_api;
use crate::components::alert::ErrorAlert;
use crate::components::fresh::Fresh;
use crate::components::spinner::Spinner;
use crate::i18n::{format_day, today, tr, use_i18n, use_page_title};
use crate::pages::filters::{use_results, Results};
use crate::pages::organizations::{iso_date, parse_date, use_regions};
use crate::pages::restricted_page;

/// The page (login required; institution staff and platform admins).
#[component]
pub fn StatisticsPage() -> impl IntoView {
    use_page_title(tr("stats-title"));
    restricted_page(
        may_read_statistics,
        "stats-forbidden",
        "stats-forbidden",
        ("/", "notfound-home"),
        dashboard_page,
    )
}

fn dashboard_page() -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let regions = use_regions();
    let results: Results<Statistics> = use_results(
        period_query,
        move |query: StatisticsQuery| async move { api.statistics(&query).await },
        true,
    );
    let Results { data, loading } = results;
    let content = move || {
        let lang = i18n.lang();
        let regions = regions.get();
        Fresh(match data.get() {
            None => EitherOf3::A(view! { <div class="page-loading"><Spinner /></div> }),
            Some(Err(error)) => EitherOf3::B(view! { <ErrorAlert error=error /> }),
            Some(Ok(stats)) => EitherOf3::C(dashboard(stats, lang, &regions)),
        })
    };
    let period = Signal::derive(move || {
        data.with(|d| match d {
            Some(Ok(stats)) => Some((stats.from, stats.to)),
            _ => None,
        })
    });
    view! {
        <section class="container stats-page" data-testid="stats-page">
            <header class="page-header page-header-actions">
                <div>
                    <h1>{tr("stats-title")}</h1>
                    <p class="lead">{tr("stats-lead")}</p>
                    <p class="stats-period-line" data-testid="stats-period">{move || {
                        let lang = i18n.lang();
                        period.get().map(|(from, to)| format!("{}: {} – {}", i18n.t("stats-period"), format_day(lang, from), format_day(lang, to)))
                    }}</p>
                </div>
                <button type="button" class="btn btn-secondary no-print" data-testid="stats-print" on:click=|_| { let _ = window().print(); }>
                    {tr("stats-print")}
                </button>
            </header>
            <PeriodForm period=period />
            <div class="stats-content" aria-busy=move || if loading.get() { "true" } else { "false" }>
                {content}
            </div>
            <CooperatingSection data=data />
        </section>
    }
}

/// From/to with "show" and the presets; the period lives in the URL.
#[component]
fn PeriodForm(period: Signal<Option<(NaiveDate, NaiveDate)>>) -> impl IntoView {
    let params = use_query_map();
    let navigate = use_navigate();
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let invalid = RwSignal::new(false);
    // The inputs show the period the figures are for (the API's default without parameters),
    // each time it changes — not when the same period is loaded again (e.g. with demo data),
    // which would overwrite what the person is typing.
    Effect::new(move |shown: Option<Option<(NaiveDate, NaiveDate)>>| {
        let shown = shown.flatten();
        match period.get() {
            Some((a, b)) if shown != Some((a, b)) => {
                from.set(iso_date(a));
                to.set(iso_date(b));
                Some((a, b))
            }
            _ => shown,
        }
    });
    let demo = move || params.with(|p| p.get_str("demo") == Some("true"));
    let demo_navigate = navigate.clone();
    let go = move |a: NaiveDate, b: NaiveDate| {
        let mut map = params.get_untracked();
        map.replace("from", iso_date(a));
        map.replace("to", iso_date(b));
        navigate(
            &format!("/statistics{}", map.to_query_string()),
            Default::default(),
        );
    };
    let submit = go.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let a = parse_date(&from.get_untracked());
        let b = parse_date(&to.get_untracked());
        match (a, b) {
            (Some(a), Some(b)) if a <= b => {
                invalid.set(false);
                submit(a, b);
            }
            _ => invalid.set(true),
        }
    };
    let today = today().unwrap_or_default();
    let presets: [(&'static str, &'static str, NaiveDate, NaiveDate); 3] = [
        (
            "stats-preset-12-months",
            "stats-preset-12",
            {
                // The first day of the month eleven months back (the API's default).
                let months = today.year() * 12 + today.month0() as i32 - 11;
                NaiveDate::from_ymd_opt(months.div_euclid(12), months.rem_euclid(12) as u32 + 1, 1)
                    .unwrap_or(today)
            },
            today,
        ),
        (
            "stats-preset-this-year",
            "stats-preset-year",
            NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today),
            today,
        ),
        (
            "stats-preset-last-year",
            "stats-preset-last-year",
            NaiveDate::from_ymd_opt(today.year() - 1, 1, 1).unwrap_or(today),
            NaiveDate::from_ymd_opt(today.year() - 1, 12, 31).unwrap_or(today),
        ),
    ];
    let buttons = presets
        .into_iter()
        .map(|(label, testid, a, b)| {
            let go = go.clone();
            let pressed = move || {
                if period.get() == Some((a, b)) {
                    "true"
                } else {
                    "false"
                }
            };
            view! {
                <button type="button" class="btn btn-ghost btn-small" aria-pressed=pressed data-testid=testid on:click=move |_| go(a, b)>
                    {tr(label)}
                </button>
            }
        })
        .collect_view();
    view! {
        <form class="card stats-period no-print" novalidate on:submit=on_submit aria-label=tr("stats-period") data-testid="stats-period-form">
            <div class="stats-period-fields">
                <div class="field">
                    <label for="stats-from" class="field-label">{tr("stats-from")}</label>
                    <input id="stats-from" class="input" type="date" aria-invalid=move || if invalid.get() { "true" } else { "false" } aria-describedby="stats-period-error" bind:value=from />
                </div>
                <div class="field">
                    <label for="stats-to" class="field-label">{tr("stats-to")}</label>
                    <input id="stats-to" class="input" type="date" aria-invalid=move || if invalid.get() { "true" } else { "false" } aria-describedby="stats-period-error" bind:value=to />
                </div>
                <button type="submit" class="btn btn-primary" data-testid="stats-apply">{tr("stats-apply")}</button>
            </div>
            <p class="field-error" id="stats-period-error" hidden=move || !invalid.get()>{tr("stats-period-invalid")}</p>
            <div class="stats-presets" role="group" aria-label=tr("stats-presets")>{buttons}</div>
            <label class="checkbox">
                <input
                    type="checkbox"
                    data-testid="stats-demo"
                    prop:checked=demo
                    on:change=move |ev| {
                        let mut map = params.get_untracked();
                        if event_target_checked(&ev) {
                            map.replace("demo", "true".to_owned());
                        } else {
                            map.remove("demo");
                        }
                        demo_navigate(&format!("/statistics{}", map.to_query_string()), Default::default());
                    }
                />
                {tr("stats-include-demo")}
            </label>
        </form>
    }
}

/// The count of `key` in a list.
fn count(list: &[KeyCount], key: &str) -> u64 {
    list.iter()
        .find(|k| k.key == key)
        .map(|k| k.count)
        .unwrap_or(0)
}

/// One headline figure (`data-value` holds the number for tests and scripts).
fn figure(
    label: String,
    value: u64,
    testid: &'static str,
    detail: String,
    lang: glokal_api_types::Language,
) -> impl IntoView {
    view! {
        <li class="card stats-figure">
            <p class="stats-figure-label">{label}</p>
            <p class="stats-figure-value" data-testid=testid data-value=value>{format_count(lang, value)}</p>
            <p class="stats-figure-detail">{detail}</p>
        </li>
    }
}

/// Figures and charts of one answer, in `lang`.
fn dashboard(
    stats: Statistics,
    lang: glokal_api_types::Language,
    regions: &Option<std::sync::Arc<Vec<glokal_api_types::RegionItem>>>,
) -> impl IntoView {
    let t = |id: &str| glokal_i18n::t(lang, id);
    let n = |value: u64| format_count(lang, value);
    let orgs = &stats.organizations;
    let (de, cz) = (count(&orgs.by_country, "DE"), count(&orgs.by_country, "CZ"));
    // Where the records behind a count are listed: the directory and the marketplace with
    // the matching filter (they show what the viewer may see, now).
    let rows = |dimension: Dimension,
                list: &[KeyCount],
                drill: bool|
     -> Vec<(String, u64, Option<String>)> {
        list.iter()
            .map(|k| {
                let filter = match dimension {
                    Dimension::Country => Some(("/organizations", "country")),
                    Dimension::Region => Some(("/organizations", "region")),
                    Dimension::Kind => Some(("/organizations", "kind")),
                    Dimension::Size => Some(("/organizations", "size_class")),
                    Dimension::OpportunityType => Some(("/opportunities", "type")),
                    _ => None,
                };
                let href = filter
                    .filter(|_| drill && k.key != "none")
                    .map(|(page, param)| format!("{page}?{param}={}", k.key));
                (key_label(dimension, &k.key, lang, regions), k.count, href)
            })
            .collect()
    };
    let coop = &stats.cooperation;
    let args =
        |pairs: &[(&'static str, u64)]| -> Vec<(&'static str, glokal_i18n::FluentValue<'static>)> {
            pairs
                .iter()
                .map(|(k, v)| (*k, (*v as f64).into()))
                .collect()
        };
    let figures = view! {
        <ul class="stats-figures" data-testid="stats-figures">
            {figure(t("stats-fig-organizations"), orgs.total, "stats-orgs-total",
                format!("{} {} · {} {}", t("country-de"), n(de), t("country-cz"), n(cz)), lang)}
            {figure(t("stats-fig-contacts"), stats.contacts.cross_border, "stats-contacts-cross",
                glokal_i18n::t_args(lang, "stats-fig-contacts-detail", &args(&[("total", stats.contacts.total), ("answered", stats.contacts_with_replies.cross_border)])), lang)}
            {figure(t("stats-fig-meetings"), stats.meetings.cross_border, "stats-meetings-cross",
                glokal_i18n::t_args(lang, "stats-fig-meetings-detail", &args(&[("total", stats.meetings.total)])), lang)}
            {figure(t("stats-fig-cooperating"), coop.organizations, "stats-cooperating",
                glokal_i18n::t_args(lang, "stats-fig-cooperating-detail", &args(&[
                    ("conversation", coop.through_conversation),
                    ("meeting", coop.through_meeting),
                    ("agreement", coop.through_agreement),
                ])), lang)}
        </ul>
    };
    let events = &stats.events;
    let facts = view! {
        <section class="card stats-chart" aria-labelledby="stats-events-title" data-testid="stats-events">
            <h3 id="stats-events-title">{t("stats-events")}</h3>
            <dl class="facts">
                <div><dt>{t("stats-events-count")}</dt><dd>{n(events.events)}</dd></div>
                <div><dt>{t("stats-events-registrations")}</dt><dd>{n(events.registrations)}</dd></div>
                <div><dt>{t("stats-events-checked-in")}</dt><dd>{n(events.checked_in)}</dd></div>
                <div><dt>{t("stats-orgs-verified")}</dt><dd>{n(orgs.verified)}</dd></div>
                <div><dt>{t("stats-orgs-new")}</dt><dd>{n(orgs.new_in_period)}</dd></div>
                <div><dt>{t("stats-opps-published")}</dt><dd>{n(stats.opportunities.published)}</dd></div>
            </dl>
        </section>
    };
    let split = vec![
        (t("stats-split-contacts"), stats.contacts),
        (t("stats-split-answered"), stats.contacts_with_replies),
        (t("stats-split-meetings"), stats.meetings),
    ];
    view! {
        {figures}
        <h2 class="stats-heading">{t("stats-heading-cooperation")}</h2>
        <div class="stats-grid">
            {split_chart("stats-chart-split", t("stats-chart-split"), split, lang)}
            {month_chart("stats-chart-months", t("stats-chart-months"), &stats.months, lang)}
            {bar_chart("stats-chart-coop-country", t("stats-chart-coop-country"), t("stats-country"), rows(Dimension::Country, &coop.by_country, false), lang)}
            {bar_chart("stats-chart-meeting-outcomes", t("stats-chart-meeting-outcomes"), t("stats-outcome"), rows(Dimension::MeetingOutcome, &stats.meeting_outcomes, true), lang)}
        </div>
        <h2 class="stats-heading">{t("stats-heading-organizations")}</h2>
        <div class="stats-grid">
            {bar_chart("stats-chart-country", t("stats-chart-country"), t("stats-country"), rows(Dimension::Country, &orgs.by_country, true), lang)}
            {bar_chart("stats-chart-kind", t("stats-chart-kind"), t("stats-kind"), rows(Dimension::Kind, &orgs.by_kind, true), lang)}
            {bar_chart("stats-chart-size", t("stats-chart-size"), t("stats-size"), rows(Dimension::Size, &orgs.by_size, true), lang)}
            {bar_chart("stats-chart-region", t("stats-chart-region"), t("stats-region"), rows(Dimension::Region, &orgs.by_region, true), lang)}
        </div>
        <h2 class="stats-heading">{t("stats-heading-market")}</h2>
        <div class="stats-grid">
            {bar_chart("stats-chart-types", t("stats-chart-types"), t("stats-type"), rows(Dimension::OpportunityType, &stats.opportunities.by_type, true), lang)}
            {bar_chart("stats-chart-closed", t("stats-chart-closed"), t("stats-outcome"), rows(Dimension::CloseOutcome, &stats.opportunities.closed_by_outcome, true), lang)}
            {facts}
        </div>
    }
}
