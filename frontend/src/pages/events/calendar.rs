//! `/events`: the calendar — coming events grouped by month, or a month grid — with filters in
//! the URL (country, type, language, days), and the subscribable feed.

use chrono::{Datelike, Days, NaiveDate};
use glokal_api_types::{EventPage, EventQuery, EventSummary, EventType, Role};
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use leptos_router::params::ParamsMap;

use super::{month_groups, shown_text, TYPES};
use crate::api::{event_query, from_wire_name, use_api, wire_name};
use crate::components::fresh::Fresh;
use crate::i18n::{dyn_flag, dyn_text, t_args, tr, use_i18n, use_page_title, Arg};
use crate::pages::filters::{
    active_filters, empty_state, get, offset, pager, param, results_area, use_results,
    use_set_params, Changes, FilterPanel, FilterSelect,
};
use crate::pages::organizations::{
    country_label, iso_date, language_label, parse_date, COUNTRIES, SPOKEN,
};
use crate::session::use_session;
use crate::time;

/// Where the calendar lives.
const PATH: &str = "/events";

/// URL parameters that filter (besides them: `view`, `month`, `page`).
const FILTER_KEYS: [&str; 5] = ["country", "type", "language", "from", "to"];

/// Page size of the list.
const PAGE_SIZE: u64 = 20;

/// The month shown in the grid: `month=2027-03`, else the `from` day's, else this one.
fn shown_month(params: &ParamsMap) -> NaiveDate {
    get(params, "month")
        .and_then(|m| parse_date(&format!("{m}-01")))
        .or_else(|| get(params, "from").and_then(|d| parse_date(&d)))
        .unwrap_or_else(time::today)
        .with_day(1)
        .unwrap_or_else(time::today)
}

/// The first day of the next month.
fn next_month(first: NaiveDate) -> NaiveDate {
    let (year, month) = match first.month() {
        12 => (first.year() + 1, 1),
        m => (first.year(), m + 1),
    };
    NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(first)
}

fn month_view(params: &ParamsMap) -> bool {
    get(params, "view").as_deref() == Some("month")
}

/// The API query described by the page's URL.
fn api_query(params: &ParamsMap) -> EventQuery {
    let get = |key: &str| get(params, key);
    let (from, to, offset, limit) = if month_view(params) {
        let first = shown_month(params);
        let last = next_month(first) - Days::new(1);
        (Some(first), Some(last), 0, 100)
    } else {
        let from = get("from")
            .and_then(|d| parse_date(&d))
            .or_else(|| Some(time::today()));
        let to = get("to").and_then(|d| parse_date(&d));
        (from, to, offset(params, PAGE_SIZE), PAGE_SIZE)
    };
    EventQuery {
        country: get("country"),
        kind: get("type").and_then(|t| from_wire_name::<EventType>(&t)),
        language: get("language"),
        from,
        to,
        organization_id: None,
        status: None,
        offset: Some(offset),
        limit: Some(limit),
    }
}

/// The calendar page.
#[component]
pub fn EventsPage() -> impl IntoView {
    use_page_title(tr("events-title"));
    let api = use_api();
    let session = use_session();
    let params = use_query_map();
    let set_params = use_set_params(PATH);
    let results = use_results(
        api_query,
        move |query: EventQuery| async move { api.list_events(&query).await },
        true,
    );
    let filtered = active_filters(&FILTER_KEYS);
    let organiser = move || {
        session
            .user()
            .is_some_and(|u| matches!(u.role, Role::InstitutionStaff | Role::PlatformAdmin))
    };
    let month = move || params.with(month_view);
    let toggle = move |view: &'static str, label: &'static str| {
        let pressed = move || month() == (view == "month");
        view! {
            <button
                type="button"
                class="toggle-button"
                aria-pressed=move || if pressed() { "true" } else { "false" }
                data-testid=format!("view-{view}")
                on:click=move |_| {
                    let value = (view == "month").then(|| "month".to_owned());
                    set_params.run(vec![("view", value), ("month", None)]);
                }
            >
                {tr(label)}
            </button>
        }
    };
    Fresh(view! {
        <section class="container directory" data-testid="events-page">
            <header class="page-header page-header-actions">
                <div>
                    <h1>{tr("events-title")}</h1>
                    <p class="lead">{tr("events-lead")}</p>
                </div>
                <a href="/events/new" class="btn btn-primary" data-testid="event-new" hidden=dyn_flag(move || !organiser())>{tr("event-new")}</a>
            </header>
            <div class="directory-layout">
                <Filters set_params=set_params />
                <div class="events-column">
                    <div class="view-toggle" role="group" aria-label=tr("events-view")>
                        {toggle("list", "events-view-list")}
                        {toggle("month", "events-view-month")}
                    </div>
                    {results_area(results, "events", PATH, move |page| {
                        if untrack(month) {
                            Either::Left(month_grid(page))
                        } else {
                            Either::Right(list_view(page, untrack(filtered) > 0))
                        }
                    })}
                    {feed()}
                </div>
            </div>
        </section>
    })
}

/// The filter panel.
#[component]
fn Filters(set_params: Callback<Changes>) -> impl IntoView {
    let params = use_query_map();
    let countries = COUNTRIES
        .iter()
        .map(|c| (c.to_string(), country_label(c)))
        .collect::<Vec<_>>();
    let types = TYPES
        .iter()
        .map(|t| (wire_name(t), super::type_label(*t)))
        .collect::<Vec<_>>();
    let languages = SPOKEN
        .iter()
        .map(|l| (l.to_string(), language_label(l)))
        .collect::<Vec<_>>();
    let day = move |key: &'static str, label: &'static str| {
        let value = param(key);
        view! {
            <div class="field" hidden=dyn_flag(move || params.with(month_view))>
                <label for=format!("filter-{key}") class="field-label">{tr(label)}</label>
                <input
                    id=format!("filter-{key}")
                    class="input"
                    type="date"
                    prop:value=value
                    on:change=move |ev| set_params.run(vec![(key, Some(event_target_value(&ev)))])
                />
            </div>
        }
    };
    view! {
        <FilterPanel active=Signal::derive(active_filters(&FILTER_KEYS)) testid="events-filters">
            <FilterSelect key="country" label="directory-filter-country" all="directory-all-countries" options=countries set_params=set_params />
            <FilterSelect key="type" label="events-filter-type" all="events-all-types" options=types set_params=set_params />
            <FilterSelect key="language" label="events-filter-language" all="directory-all-languages" options=languages set_params=set_params />
            {day("from", "events-filter-from")}
            {day("to", "events-filter-to")}
            <a href=PATH class="btn btn-ghost btn-small" data-testid="events-reset-filters">{tr("directory-reset")}</a>
        </FilterPanel>
    }
}

/// Coming events grouped by month, with paging.
fn list_view(page: EventPage, filtered: bool) -> impl IntoView {
    if page.items.is_empty() {
        return Either::Left(if filtered {
            empty_state(
                "events-empty",
                "events-empty-filtered",
                PATH.into(),
                "btn btn-secondary",
                "directory-reset",
            )
        } else {
            empty_state(
                "events-empty",
                "events-empty",
                "/organizations".into(),
                "btn btn-secondary",
                "events-empty-action",
            )
        });
    }
    let total = page.total;
    Either::Right(view! {
        <p class="results-count" data-testid="events-count" aria-live="polite">
            {t_args("events-count", vec![("count", Arg::Num(total as f64))])}
        </p>
        <div class="month-groups" data-testid="events-results">{month_groups(page.items)}</div>
        {pager(PATH, total, page.offset, PAGE_SIZE)}
    })
}

/// A month as a grid (Monday first), the month's events listed below it.
fn month_grid(page: EventPage) -> impl IntoView {
    let i18n = use_i18n();
    let params = use_query_map();
    let first = untrack(|| params.with(shown_month));
    let next = next_month(first);
    let previous = (first - Days::new(1)).with_day(1).unwrap_or(first);
    let link = move |month: NaiveDate| {
        let mut map = params.get_untracked();
        map.replace("month", iso_date(month)[..7].to_owned());
        map.remove("page");
        format!("{PATH}{}", map.to_query_string())
    };
    let (year, month) = (first.year(), first.month());
    let caption = dyn_text(move || format!("{} {year}", time::month_name(i18n.lang(), month)));
    let today = time::today();

    // The days of the grid: blanks before the 1st, the month's days, blanks to a full week.
    let lead = first.weekday().num_days_from_monday() as usize;
    let days = (next - first).num_days() as usize;
    let cells = (lead + days).div_ceil(7) * 7;
    let events = page.items.clone();
    let cell = move |index: usize| {
        let Some(day) = index
            .checked_sub(lead)
            .filter(|d| *d < days)
            .map(|d| first + Days::new(d as u64))
        else {
            return Either::Left(view! { <td class="month-cell month-cell-empty"></td> });
        };
        let on_day: Vec<EventSummary> = events
            .iter()
            .filter(|e| {
                time::local(e.starts_at).date() <= day && day <= time::local(e.ends_at).date()
            })
            .cloned()
            .collect();
        let count = on_day.len();
        let items = on_day
            .into_iter()
            .map(|e| {
                let shown = shown_text(e.title.clone());
                let clock = dyn_text(move || time::clock(i18n.lang(), e.starts_at));
                let cancelled = e.status == glokal_api_types::EventStatus::Cancelled;
                view! {
                    <li>
                        <a href=format!("/events/{}", e.id) class="month-event" class:month-event-cancelled=cancelled data-testid="month-event" data-id=e.id.to_string()>
                            <span class="month-event-time">{clock}</span>
                            " "
                            <span class="month-event-title">{dyn_text(move || shown().1)}</span>
                        </a>
                    </li>
                }
            })
            .collect_view();
        Either::Right(view! {
            <td class="month-cell" class:month-cell-today=day == today class:month-cell-busy={count > 0} data-day=iso_date(day)>
                <span class="month-day">{day.day()}</span>
                <ul class="month-events">{items}</ul>
            </td>
        })
    };
    let weeks = (0..cells / 7)
        .map(|week| view! { <tr>{(0..7).map(|d| cell(week * 7 + d)).collect_view()}</tr> })
        .collect_view();
    let weekdays = (1..=7)
        .map(|n| {
            view! {
                <th scope="col" abbr=move || i18n.t(&format!("weekday-{n}"))>{move || i18n.t(&format!("weekday-short-{n}"))}</th>
            }
        })
        .collect_view();
    let below = if page.items.is_empty() {
        EitherOf3::A(
            view! { <p class="muted" data-testid="month-empty">{tr("events-month-empty")}</p> },
        )
    } else if page.total > page.items.len() as u64 {
        EitherOf3::B(
            view! { <div class="month-groups">{month_groups(page.items)}</div> <p class="muted">{tr("events-month-more")}</p> },
        )
    } else {
        EitherOf3::C(view! { <div class="month-groups">{month_groups(page.items)}</div> })
    };
    view! {
        <nav class="month-nav" aria-label=tr("events-month-nav")>
            <a href=link(previous) class="btn btn-secondary btn-small" data-testid="month-prev" aria-label=tr("events-month-prev")>"←"</a>
            <h2 class="month-title" data-testid="month-title">{caption.clone()}</h2>
            <a href=link(next) class="btn btn-secondary btn-small" data-testid="month-next" aria-label=tr("events-month-next")>"→"</a>
        </nav>
        <div class="month-scroll">
            <table class="month-grid" data-testid="month-grid">
                <caption class="sr-only">{caption}</caption>
                <thead><tr>{weekdays}</tr></thead>
                <tbody>{weeks}</tbody>
            </table>
        </div>
        {below}
    }
}

/// The subscribable `events.ics` feed with the current filters and language.
fn feed() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_query_map();
    let url = dyn_text(move || {
        let query = params.with(|p| {
            let mut q = api_query(p);
            q.from = None;
            q.to = None;
            q.offset = None;
            q.limit = None;
            event_query(&q)
        });
        let separator = if query.is_empty() { "?" } else { "&" };
        let origin = window().location().origin().unwrap_or_default();
        format!(
            "{origin}/api/v1/events.ics{query}{separator}lang={}",
            i18n.lang().code()
        )
    });
    let href = url.clone();
    view! {
        <section class="card events-feed" aria-labelledby="events-feed-title" data-testid="events-feed">
            <h2 id="events-feed-title">{tr("events-feed-title")}</h2>
            <p class="muted">{tr("events-feed-text")}</p>
            <p class="events-feed-url"><a href=href data-testid="events-feed-link">{url}</a></p>
        </section>
    }
}
