//! `/search`: hits for organisations and offers/requests in one list. The words, the type,
//! every filter, the order and the page live in the URL (shareable, the back button works);
//! facets count the hits per filter value, active filters are removable chips; snippets mark
//! the matched words (segments from the API, rendered as text and `<mark>`, never as HTML).

use std::sync::Arc;

use glokal_api_types::{
    FacetCount, SavedSearchInput, SearchFacets, SearchFrequency, SearchHit, SearchHitType,
    SearchQuery, SearchResults, ServerInfo, TextSegment,
};
use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_query_map;

use super::{filter_title, url_query, value_text, Known, FILTER_KEYS, PER_PAGE};
use crate::api::{use_api, ApiClientError};
use crate::components::alert::{Alert, AlertKind, ErrorAlert};
use crate::components::dialog::{ConfirmDialog, DialogHandle};
use crate::components::form::{Checks, FormFeedback, TextField};
use crate::components::fresh::Fresh;
use crate::components::spinner::Spinner;
use crate::components::task::{task, Job};
use crate::i18n::{dyn_flag, dyn_text, t_args, tr, use_i18n, use_page_title, Arg, Label};
use crate::pages::auth::encode;
use crate::pages::filters::{
    get, near_filter, pager, results_bar, use_set_params, Changes, FilterPanel,
};
use crate::pages::opportunities::type_badge;
use crate::pages::organizations::{
    country_label, use_certifications, use_info, use_nace, use_regions,
};
use crate::session::use_session;

type Answer = RwSignal<Option<Result<SearchResults, ApiClientError>>>;

/// Facets shown in the filter panel, in this order.
const FACETS: [&str; 9] = [
    "country",
    "region",
    "kind",
    "nace",
    "opportunity_type",
    "size_class",
    "certification",
    "language",
    "verified",
];

/// Values shown per facet (the most frequent).
const FACET_VALUES: usize = 8;

/// The counts of one facet.
fn facet_counts(facets: &SearchFacets, key: &str) -> Vec<FacetCount> {
    match key {
        "country" => facets.country.clone(),
        "region" => facets.region.clone(),
        "kind" => facets.kind.clone(),
        "nace" => facets.nace.clone(),
        "opportunity_type" => facets.opportunity_type.clone(),
        "size_class" => facets.size_class.clone(),
        "certification" => facets.certification.clone(),
        "language" => facets.language.clone(),
        "verified" => facets.verified.clone(),
        _ => facets.hit_type.clone(),
    }
}

/// The search page.
#[component]
pub fn SearchPage() -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let params = use_query_map();
    let set_params = use_set_params("/search");
    let nace = use_nace();
    let regions = use_regions();
    let certifications = use_certifications();
    let info = use_info();
    let known = Signal::derive(move || Known {
        nace: nace.get(),
        regions: regions.get(),
        certifications: certifications.get(),
    });
    let q = move || params.with(|p| get(p, "q")).unwrap_or_default();
    let title = move || {
        let q = q();
        if q.is_empty() {
            i18n.t("search-title")
        } else {
            i18n.t_args("search-title-for", &[("q", q.as_str().into())])
        }
    };
    use_page_title(title);

    // The answer for the URL's search in the UI language; only the latest request counts.
    let data: Answer = RwSignal::new(None);
    let loading = RwSignal::new(true);
    let retry = RwSignal::new(0u32);
    let wanted = move |lang| {
        let mut query = params.with_untracked(url_query);
        query.lang = Some(lang);
        query
    };
    Effect::new(move |_| {
        params.track();
        retry.track();
        let query = wanted(i18n.lang());
        loading.set(true);
        spawn_local(async move {
            let result = api.search(&query).await;
            let current = params.try_with_untracked(url_query).map(|mut c| {
                c.lang = query.lang;
                c
            });
            if current.as_ref() == Some(&query) {
                data.set(Some(result));
                loading.set(false);
            }
        });
    });

    let filtered = move || {
        params.with(|p| {
            FILTER_KEYS
                .iter()
                .filter(|key| get(p, key).is_some())
                .count()
        })
    };
    let reset_href = move || match q().as_str() {
        "" => "/search".to_owned(),
        text => format!("/search?q={}", encode(text)),
    };

    view! {
        <section class="container search-page" data-testid="search-page">
            <header class="page-header page-header-actions">
                <div>
                    <h1 data-testid="search-heading">{title}</h1>
                    {expanded_note(data)}
                </div>
                <SaveSearch />
            </header>
            <QueryForm />
            {type_toggle(data, set_params)}
            {chips(known, set_params)}
            <div class="directory-layout search-layout">
                <FilterPanel active=Signal::derive(filtered) testid="search-filters">
                    {move || {
                        let lang = i18n.lang();
                        let known = known.get();
                        let current = params.get();
                        let facets = data.with(|d| match d {
                            Some(Ok(results)) => Some(results.facets.clone()),
                            _ => None,
                        });
                        Fresh(facets.map(|facets| {
                            FACETS
                                .iter()
                                .map(|&key| {
                                    facet_group(
                                        key,
                                        facet_counts(&facets, key),
                                        get(&current, key).unwrap_or_default(),
                                        &known,
                                        lang,
                                        set_params,
                                    )
                                })
                                .collect_view()
                        }))
                    }}
                    {near_filter(set_params, regions)}
                    <a href=reset_href class="btn btn-ghost btn-small" data-testid="search-reset-filters">
                        {tr("search-reset")}
                    </a>
                </FilterPanel>
                <div class="directory-results search-results" aria-busy=move || if loading.get() { "true" } else { "false" }>
                    {move || {
                        Fresh(match data.get() {
                            None => EitherOf4::A(skeleton()),
                            Some(Err(error)) => EitherOf4::B(error_state(error, retry)),
                            Some(Ok(results)) if results.hits.is_empty() => {
                                EitherOf4::C(empty_state(untrack(filtered) > 0, reset_href()))
                            }
                            Some(Ok(results)) => EitherOf4::D(results_view(results, set_params, info)),
                        })
                    }}
                    <div class="results-loading" hidden=move || !(loading.get() && data.with(Option::is_some))>
                        <Spinner />
                    </div>
                </div>
            </div>
        </section>
    }
}

/// The words of the search, editable on the page (the header's box on small screens).
#[component]
fn QueryForm() -> impl IntoView {
    let params = use_query_map();
    let set_params = use_set_params("/search");
    let text = RwSignal::new(String::new());
    Effect::new(move |_| text.set(params.with(|p| p.get("q").unwrap_or_default())));
    view! {
        <form
            class="search-form"
            role="search"
            aria-label=tr("search-label")
            on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                set_params.run(vec![("q", Some(text.get_untracked().trim().to_owned()))]);
            }
        >
            <label for="search-q" class="sr-only">{tr("search-label")}</label>
            <input
                id="search-q"
                class="input"
                type="search"
                autocomplete="off"
                placeholder=tr("search-placeholder")
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
                data-testid="search-q"
            />
            <button type="submit" class="btn btn-primary" data-testid="search-q-submit">{tr("search-submit")}</button>
        </form>
    }
}

/// "Also searched for: …" (glossary concepts recognised in the words, in the UI language).
fn expanded_note(data: Answer) -> impl IntoView {
    move || {
        let terms = data.with(|d| match d {
            Some(Ok(results)) if !results.expanded.is_empty() => Some(results.expanded.join(", ")),
            _ => None,
        });
        Fresh(terms.map(|terms| {
            view! {
                <p class="lead search-expanded" data-testid="search-expanded">
                    {t_args("search-expanded", vec![("terms", Arg::Text(terms))])}
                </p>
            }
        }))
    }
}

/// All / organisations / offers and requests, with the counts where known.
fn type_toggle(data: Answer, set_params: Callback<Changes>) -> impl IntoView {
    let params = use_query_map();
    let current = move || {
        params
            .with(|p| get(p, "type"))
            .unwrap_or_else(|| "all".to_owned())
    };
    // Counts per type are known for all hits only while no type is chosen.
    let count = move |value: &'static str| {
        let chosen = current();
        if chosen != "all" && chosen != value {
            return None;
        }
        data.with(|d| match d {
            Some(Ok(results)) if value == "all" => Some(results.total),
            Some(Ok(results)) => results
                .facets
                .hit_type
                .iter()
                .find(|c| c.value == value)
                .map(|c| c.count),
            _ => None,
        })
    };
    let button = move |value: &'static str, label: &'static str| {
        let pressed = move || current() == value;
        view! {
            <button
                type="button"
                class="type-toggle-option"
                aria-pressed=move || if pressed() { "true" } else { "false" }
                data-testid=format!("search-type-{value}")
                on:click=move |_| {
                    let mut changes: Changes = vec![("type", (value != "all").then(|| value.to_owned()))];
                    if value == "organization" {
                        changes.push(("opportunity_type", None));
                    }
                    set_params.run(changes);
                }
            >
                {tr(label)}
                <span class="type-toggle-count">
                    {move || count(value).map(|n| n.to_string()).unwrap_or_default()}
                </span>
            </button>
        }
    };
    view! {
        <div class="type-toggle" role="group" aria-label=tr("search-type-label") data-testid="search-type">
            {button("all", "search-type-all")}
            {button("organization", "search-type-organization")}
            {button("opportunity", "search-type-opportunity")}
        </div>
    }
}

/// The active filters as chips; each removes its filter.
fn chips(known: Signal<Known>, set_params: Callback<Changes>) -> impl IntoView {
    let params = use_query_map();
    let i18n = use_i18n();
    move || {
        let lang = i18n.lang();
        let known = known.get();
        let active: Vec<(&'static str, String)> = params.with(|p| {
            FILTER_KEYS
                .iter()
                .filter_map(|key| get(p, key).map(|value| (*key, value)))
                .collect()
        });
        let place = params.with(|p| get(p, "place"));
        let radius = params.with(|p| get(p, "radius_km"));
        let items = active
            .into_iter()
            .map(|(key, value)| {
                let text = if key == "near" {
                    let place = place.clone().unwrap_or_else(|| value.clone());
                    match &radius {
                        Some(km) => glokal_i18n::t_args(
                            lang,
                            "search-chip-near",
                            &[("km", km.as_str().into()), ("place", place.as_str().into())],
                        ),
                        None => place,
                    }
                } else {
                    format!(
                        "{}: {}",
                        glokal_i18n::t(lang, filter_title(key)),
                        value_text(key, &value, &known, lang)
                    )
                };
                let remove_label = glokal_i18n::t_args(
                    lang,
                    "search-chip-remove",
                    &[("filter", text.as_str().into())],
                );
                let mut changes: Changes = vec![(key, None)];
                if key == "near" {
                    changes.extend([("place", None), ("radius_km", None)]);
                    let sort = params.with_untracked(|p| get(p, "sort"));
                    if sort.as_deref() == Some("distance") {
                        changes.push(("sort", None));
                    }
                }
                view! {
                    <li class="chip" data-testid="search-chip" data-key=key>
                        <span>{text}</span>
                        <button
                            type="button"
                            class="chip-remove"
                            aria-label=remove_label
                            on:click=move |_| {
                                set_params.run(changes.clone());
                                focus_results_count();
                            }
                        >
                            "×"
                        </button>
                    </li>
                }
            })
            .collect::<Vec<_>>();
        let empty = items.is_empty();
        Fresh(view! {
            <ul class="chips search-chips" data-testid="search-chips" aria-label=i18n.t("search-chips-label") hidden=empty>
                {items}
            </ul>
        })
    }
}

/// After a chip is removed its button is gone: the focus goes to the count of results.
fn focus_results_count() {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .query_selector("[data-testid=search-count]")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.set_attribute("tabindex", "-1");
        let _ = el.focus();
    }
}

/// One facet: its values with their counts; pressing one filters, pressing it again removes
/// the filter.
fn facet_group(
    key: &'static str,
    counts: Vec<FacetCount>,
    current: String,
    known: &Known,
    lang: glokal_api_types::Language,
    set_params: Callback<Changes>,
) -> impl IntoView {
    let empty = counts.is_empty();
    let options = counts
        .into_iter()
        .take(FACET_VALUES)
        .map(|count| {
            let text = value_text(key, &count.value, known, lang);
            let selected = count.value == current;
            let value = count.value.clone();
            view! {
                <li>
                    <button
                        type="button"
                        class="facet-option"
                        aria-pressed=if selected { "true" } else { "false" }
                        data-value=count.value
                        on:click=move |_| set_params.run(vec![(key, (!selected).then(|| value.clone()))])
                    >
                        <span class="facet-label">{text}</span>
                        <span class="facet-count">{count.count}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    (!empty).then(|| {
        view! {
            <fieldset class="facet" data-testid=format!("facet-{key}")>
                <legend class="field-label">{glokal_i18n::t(lang, filter_title(key))}</legend>
                <ul class="facet-list">{options}</ul>
            </fieldset>
        }
    })
}

/// Grey placeholders while the first answer loads.
fn skeleton() -> impl IntoView {
    view! {
        <div data-testid="search-loading">
            <p class="sr-only" role="status">{tr("search-loading")}</p>
            <ul class="org-list" aria-hidden="true">
                {(0..3)
                    .map(|_| view! {
                        <li class="card search-hit skeleton">
                            <span class="skeleton-line skeleton-title"></span>
                            <span class="skeleton-line"></span>
                            <span class="skeleton-line skeleton-short"></span>
                        </li>
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}

/// The error, with "try again" (and "remove the filters" for a filter the server refused).
fn error_state(error: ApiClientError, retry: RwSignal<u32>) -> impl IntoView {
    let invalid = error.code() == Some(glokal_api_types::ErrorCode::ValidationFailed);
    view! {
        <div class="stack" data-testid="search-error">
            {if invalid {
                Either::Left(view! { <Alert kind=AlertKind::Error><p>{tr("directory-invalid-filter")}</p></Alert> })
            } else {
                Either::Right(view! { <ErrorAlert error=error /> })
            }}
            <p class="button-row">
                <button type="button" class="btn btn-primary" data-testid="search-retry" on:click=move |_| retry.update(|n| *n += 1)>
                    {tr("search-retry")}
                </button>
                <a href="/search" class="btn btn-secondary">{tr("search-reset")}</a>
            </p>
        </div>
    }
}

/// Nothing found: a hint, and a way back without filters.
fn empty_state(filtered: bool, reset: String) -> impl IntoView {
    view! {
        <div class="empty-state" data-testid="search-empty">
            <p class="empty-title">{tr("search-empty")}</p>
            <p>{tr(if filtered { "search-empty-hint-filters" } else { "search-empty-hint" })}</p>
            {filtered.then(|| view! { <a href=reset class="btn btn-secondary">{tr("search-reset")}</a> })}
        </div>
    }
}

/// Count, order, the map (when a tile server is configured), hits and paging.
fn results_view(
    results: SearchResults,
    set_params: Callback<Changes>,
    info: ReadSignal<Option<Arc<ServerInfo>>>,
) -> impl IntoView {
    let params = use_query_map();
    let map_on = move || params.with(|p| get(p, "view")).as_deref() == Some("map");
    let has_tiles = move || info.with(|i| i.as_ref().is_some_and(|i| i.map_tiles_url.is_some()));
    let hits = results.hits.clone();
    let map = move || {
        Fresh((map_on() && has_tiles()).then(|| {
            info.get()
                .and_then(|info| super::map::results_map(&info, &hits))
        }))
    };
    // The map on or off, on the same page of hits.
    let show_map = {
        let navigate = leptos_router::hooks::use_navigate();
        Callback::new(move |on: bool| {
            let mut map = params.get_untracked();
            if on {
                map.replace("view", "map".to_owned());
            } else {
                map.remove("view");
            }
            let options = leptos_router::NavigateOptions {
                scroll: false,
                ..Default::default()
            };
            navigate(&format!("/search{}", map.to_query_string()), options);
        })
    };
    let map_toggle = move || {
        Fresh(has_tiles().then(|| {
            let on = map_on();
            view! {
                <button
                    type="button"
                    class="btn btn-secondary btn-small"
                    aria-pressed=if on { "true" } else { "false" }
                    data-testid="search-map-toggle"
                    on:click=move |_| show_map.run(!on)
                >
                    {tr("search-map")}
                </button>
            }
        }))
    };
    let mut sorts = vec![
        ("relevance".to_owned(), Label::Id("search-sort-relevance")),
        ("newest".to_owned(), Label::Id("search-sort-newest")),
    ];
    if params.with_untracked(|p| get(p, "near")).is_some() {
        sorts.push(("distance".to_owned(), Label::Id("search-sort-distance")));
    }
    let total = results.total;
    let offset = u64::from(results.page.saturating_sub(1)) * u64::from(PER_PAGE);
    let count = t_args("search-count", vec![("count", Arg::Num(total as f64))]);
    view! {
        <div class="search-results-head">
            {results_bar("search", count, "search-sort", sorts, set_params)}
            {map_toggle}
        </div>
        {map}
        <ul class="org-list" data-testid="search-results">
            {results
                .hits
                .into_iter()
                .enumerate()
                .map(|(i, hit)| hit_card(hit, i + 1, map_on))
                .collect_view()}
        </ul>
        {pager("/search", total, offset, u64::from(PER_PAGE))}
    }
}

/// Text with the matched words marked: plain text nodes and `<mark>`, never HTML.
pub fn marked(segments: Vec<TextSegment>) -> impl IntoView {
    segments
        .into_iter()
        .map(|segment| {
            if segment.mark {
                Either::Left(view! { <mark>{segment.text}</mark> })
            } else {
                Either::Right(segment.text)
            }
        })
        .collect_view()
}

/// One hit: type, title, organisation, place, distance, the snippet and its language; with the
/// map shown, its marker's number.
fn hit_card(
    hit: SearchHit,
    number: usize,
    map_on: impl Fn() -> bool + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let href = match hit.hit_type {
        SearchHitType::Organization => format!("/organizations/{}", hit.id),
        SearchHitType::Opportunity => format!("/opportunities/{}", hit.id),
    };
    let badge = match hit.opportunity_type {
        Some(kind) => Either::Left(type_badge(kind)),
        None => Either::Right(view! {
            <span class="badge badge-org" data-testid="search-hit-type">{tr("search-hit-organization")}</span>
        }),
    };
    let country = country_label(&hit.country);
    let town = hit.town.clone();
    let place = dyn_text(move || {
        let country = country.text_in(i18n.lang());
        if town.is_empty() {
            country
        } else {
            format!("{town}, {country}")
        }
    });
    let distance = hit
        .distance_km
        .map(|km| t_args("directory-distance", vec![("km", Arg::Num(km.round()))]));
    let text_lang = hit.text_language;
    let written = move || {
        text_lang.filter(|l| *l != i18n.lang()).map(|l| {
            view! {
                <span class="badge badge-lang" data-testid="search-hit-lang" data-lang=l.code()>
                    {t_args("search-written-in", vec![("lang", Arg::Text(l.code().to_owned()))])}
                </span>
            }
        })
    };
    let snippet = (!hit.snippet.is_empty()).then(|| {
        view! {
            <p class="search-hit-snippet" lang=text_lang.map(|l| l.code()) data-testid="search-hit-snippet">
                {marked(hit.snippet)}
            </p>
        }
    });
    let kind = match hit.hit_type {
        SearchHitType::Organization => "organization",
        SearchHitType::Opportunity => "opportunity",
    };
    view! {
        <li class="card search-hit" data-testid="search-hit" data-id=hit.id.to_string() data-type=kind>
            <div class="search-hit-head">
                <span class="hit-number" hidden=dyn_flag(move || !map_on()) aria-hidden="true">{number}</span>
                {badge}
                {hit.expired.then(|| view! { <span class="badge badge-muted">{tr("search-hit-expired")}</span> })}
                {distance.map(|d| view! { <span class="badge badge-distance" data-testid="search-hit-distance">{d}</span> })}
            </div>
            <h2 class="search-hit-title">
                <a href=href data-testid="search-hit-link">{marked(hit.title_segments)}</a>
            </h2>
            <p class="search-hit-meta">
                {hit.organization_name.map(|name| view! { <span class="search-hit-org">{name}</span> " · " })}
                <span>{place}</span>
                " "
                {written}
            </p>
            {snippet}
        </li>
    }
}

/// "Save this search": a dialog with name and frequency; visitors go to the login form, which
/// brings them back here.
#[component]
fn SaveSearch() -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let params = use_query_map();
    let i18n = use_i18n();
    let handle = DialogHandle::new();
    let feedback = FormFeedback::new();
    let name = RwSignal::new(String::new());
    let frequency = RwSignal::new("daily".to_owned());
    let saved = RwSignal::new(false);
    let save = task();
    let logged_in = Memo::new(move |_| session.is_logged_in());
    Effect::new(move |_| {
        params.track();
        saved.set(false);
    });
    let login_href = move || {
        let here = format!("/search{}", params.with(|p| p.to_query_string()));
        format!("/login?next={}", encode(&here))
    };
    let open = move |_| {
        feedback.clear();
        let suggested = params
            .with_untracked(|p| get(p, "q"))
            .unwrap_or_else(|| i18n.t("search-save-default-name"));
        name.set(suggested.chars().take(100).collect());
        handle.open();
    };
    let on_confirm = Callback::new(move |ev: leptos::ev::SubmitEvent| {
        let text = name.get_untracked().trim().to_owned();
        match Checks::new().required("name", &text).finish() {
            Ok(()) => {
                let query = SearchQuery {
                    page: None,
                    per_page: None,
                    sort: None,
                    ..params.with_untracked(url_query)
                };
                let input = SavedSearchInput {
                    name: text,
                    query,
                    frequency: SearchFrequency::parse(&frequency.get_untracked())
                        .unwrap_or_default(),
                    email: true,
                };
                save.dispatch_local(Job::new(async move {
                    match api.create_saved_search(&input).await {
                        Ok(_) => {
                            handle.close();
                            saved.set(true);
                        }
                        Err(error) => feedback.fail(error),
                    }
                }));
            }
            Err(error) => feedback.reject(&ev, error),
        }
    });
    view! {
        <div class="search-save">
            {move || {
                if logged_in.get() {
                    Either::Left(view! {
                        <button type="button" class="btn btn-secondary" data-testid="search-save" on:click=open>
                            {tr("search-save")}
                        </button>
                    })
                } else {
                    Either::Right(view! {
                        <a href=login_href class="btn btn-secondary" data-testid="search-save-login">{tr("search-save-login")}</a>
                    })
                }
            }}
            {move || saved.get().then(|| view! {
                <div data-testid="search-saved">
                    <Alert kind=AlertKind::Success>
                        <p>{tr("search-saved")} " " <a href="/account/saved-searches">{tr("search-saved-link")}</a></p>
                    </Alert>
                </div>
            })}
            <ConfirmDialog
                handle=handle
                id="save-search"
                title=tr("search-save-title")
                text=tr("search-save-text")
                confirm=tr("search-save-confirm")
                confirm_class="btn btn-primary"
                feedback=feedback
                pending=save.pending()
                on_confirm=on_confirm
            >
                <TextField id="save-search-name" field="name" label=tr("search-save-name") value=name feedback=feedback />
                {frequency_select("save-search-frequency".to_owned(), frequency)}
            </ConfirmDialog>
        </div>
    }
}

/// The frequency of a saved search's reports as a select bound to `value`.
pub fn frequency_select(id: String, value: RwSignal<String>) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone() class="field-label">{tr("search-frequency")}</label>
            <select id=id class="input select" bind:value=value>
                <option value="instant">{tr("search-frequency-instant")}</option>
                <option value="daily">{tr("search-frequency-daily")}</option>
                <option value="weekly">{tr("search-frequency-weekly")}</option>
            </select>
        </div>
    }
}
