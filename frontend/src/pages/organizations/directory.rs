//! `/organizations`: the directory with filters (all kept in the URL query, so a filtered list
//! can be shared and the back button works), sorting and paging.

use std::sync::Arc;

use glokal_api_types::{
    ErrorCode, OrganizationKind, OrganizationPage, OrganizationQuery, OrganizationSort,
    OrganizationSummary, SizeClass,
};
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;

use super::{
    certification_text, country_label, kind_label, language_label, org_logo, region_label,
    size_label, use_certifications, use_nace, use_regions, PlaceSearch, COUNTRIES, KINDS,
    PAGE_SIZE, SIZES, SPOKEN,
};
use crate::api::{from_wire_name, use_api, wire_name, ApiClientError, NaceIndex};
use crate::components::alert::{Alert, AlertKind, ErrorAlert};
use crate::components::combobox::{ComboOption, Combobox};
use crate::components::form::select_option;
use crate::components::fresh::Fresh;
use crate::components::spinner::Spinner;
use crate::i18n::{t_args, tr, tr_label, use_page_title, Arg, Label};

/// Radius choices of the "within N km" filter.
const RADII: [u32; 5] = [10, 25, 50, 100, 200];

/// URL parameters of the directory: seven filters, then radius and sort order (besides them:
/// `place`, the chosen town's name, and `page`).
const FILTER_KEYS: [&str; 10] = [
    "kind",
    "country",
    "region",
    "nace",
    "size_class",
    "language",
    "certification",
    "near",
    "radius_km",
    "sort",
];

/// Changes to URL parameters: (name, new value or `None` to remove).
type Changes = Vec<(&'static str, Option<String>)>;

/// The API query described by the page's URL.
fn api_query(params: &ParamsMap) -> OrganizationQuery {
    let get = |key: &str| {
        params
            .get_str(key)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    let near = get("near").and_then(|n| n.parse::<u32>().ok());
    let page = get("page")
        .and_then(|p| p.parse::<u64>().ok())
        .unwrap_or(1)
        .max(1);
    let sort = get("sort").and_then(|s| from_wire_name::<OrganizationSort>(&s));
    OrganizationQuery {
        kind: get("kind").and_then(|k| from_wire_name::<OrganizationKind>(&k)),
        country: get("country"),
        region: get("region"),
        nace: get("nace"),
        size_class: get("size_class").and_then(|s| from_wire_name::<SizeClass>(&s)),
        language: get("language"),
        certification: get("certification"),
        near,
        radius_km: near.and(get("radius_km").and_then(|r| r.parse::<f64>().ok())),
        sort: sort.filter(|s| *s != OrganizationSort::Distance || near.is_some()),
        verified: get("verified").and_then(|v| v.parse().ok()),
        updated_since: None,
        cursor: None,
        offset: Some((page - 1) * PAGE_SIZE),
        limit: Some(PAGE_SIZE),
    }
}

/// The value of a URL parameter (tracked), `""` when absent.
fn param(key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let params = use_query_map();
    move || params.with(|p| p.get(key).unwrap_or_default())
}

/// The directory page.
#[component]
pub fn DirectoryPage() -> impl IntoView {
    use_page_title(tr("directory-title"));
    let api = use_api();
    let params = use_query_map();
    let navigate = use_navigate();
    let nace = use_nace();
    let regions = use_regions();

    // Changes some parameters; any filter change goes back to the first page.
    let set_params = Callback::new(move |changes: Changes| {
        let mut map = params.get_untracked();
        for (key, value) in changes {
            match value.filter(|v| !v.is_empty()) {
                Some(value) => map.replace(key, value),
                None => {
                    map.remove(key);
                }
            }
        }
        map.remove("page");
        let options = NavigateOptions {
            scroll: false,
            ..Default::default()
        };
        navigate(&format!("/organizations{}", map.to_query_string()), options);
    });

    // The results of the current query; the previous ones stay visible (dimmed) while loading.
    let results =
        RwSignal::new(None::<(OrganizationQuery, Result<OrganizationPage, ApiClientError>)>);
    let loading = RwSignal::new(true);
    Effect::new(move |_| {
        let query = params.with(api_query);
        loading.set(true);
        spawn_local(async move {
            let result = api.list_organizations(&query).await;
            // Only the answer to the query still in the URL counts.
            if params.try_with_untracked(api_query).as_ref() == Some(&query) {
                results.set(Some((query, result)));
                loading.set(false);
            }
        });
    });
    let filtered = move || {
        params.with(|p| {
            FILTER_KEYS[..8]
                .iter()
                .any(|key| p.get_str(key).is_some_and(|v| !v.is_empty()))
        })
    };

    view! {
        <section class="container directory" data-testid="directory-page">
            <header class="page-header page-header-actions">
                <div>
                    <h1>{tr("directory-title")}</h1>
                    <p class="lead">{tr("directory-lead")}</p>
                </div>
                <a href="/organizations/new" class="btn btn-primary" data-testid="directory-register">
                    {tr("directory-register")}
                </a>
            </header>
            <div class="directory-layout">
                <Filters set_params=set_params nace=nace regions=regions />
                <div class="directory-results" aria-busy=move || if loading.get() { "true" } else { "false" }>
                    {move || {
                        Fresh(match results.get() {
                            None => EitherOf3::A(view! { <div class="page-loading"><Spinner /></div> }),
                            Some((_, Err(error))) => EitherOf3::B(view! {
                                <div class="stack" data-testid="directory-error">
                                    {if error.code() == Some(ErrorCode::ValidationFailed) {
                                        // A filter from an edited or outdated link the server does not know.
                                        Either::Left(view! { <Alert kind=AlertKind::Error><p>{tr("directory-invalid-filter")}</p></Alert> })
                                    } else {
                                        Either::Right(view! { <ErrorAlert error=error /> })
                                    }}
                                    <p><a href="/organizations" class="btn btn-secondary">{tr("directory-reset")}</a></p>
                                </div>
                            }),
                            Some((_, Ok(page))) => EitherOf3::C(results_view(page, untrack(filtered), set_params, nace, regions)),
                        })
                    }}
                    <div class="results-loading" hidden=move || !(loading.get() && results.with(Option::is_some))>
                        <Spinner />
                    </div>
                </div>
            </div>
        </section>
    }
}

/// One filter select: "all" plus `options`; the URL parameter `key` holds the value
/// (`value` overrides what counts as selected).
#[component]
fn FilterSelect(
    key: &'static str,
    label: &'static str,
    /// The "no filter" choice.
    all: &'static str,
    options: Vec<(String, Label)>,
    set_params: Callback<Changes>,
    #[prop(optional, into)] disabled: Signal<bool>,
    /// What is selected, when it is not simply the URL parameter `key`.
    #[prop(optional, into)]
    value: Option<Signal<String>>,
    /// Changes for a choice, when not simply setting `key`.
    #[prop(optional)]
    on_choose: Option<Callback<String, Changes>>,
) -> impl IntoView {
    let current = value.unwrap_or_else(|| Signal::derive(param(key)));
    let id = format!("filter-{key}");
    let options = std::iter::once((String::new(), Label::Id(all))).chain(options);
    view! {
        <div class="field">
            <label for=id.clone() class="field-label">{tr(label)}</label>
            <select
                id=id
                class="input select"
                disabled=move || disabled.get()
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    let changes = match on_choose {
                        Some(choose) => choose.run(value),
                        None => vec![(key, Some(value))],
                    };
                    set_params.run(changes);
                }
            >
                {options.map(|(value, text)| select_option(value, text, current)).collect_view()}
            </select>
        </div>
    }
}

/// NACE entries of one level (and parent) as select options, labelled "22 – …".
fn nace_options(index: &NaceIndex, level: u8, parent: Option<&str>) -> Vec<(String, Label)> {
    index
        .items
        .iter()
        .filter(|item| {
            item.level == level && parent.is_none_or(|p| item.parent.as_deref() == Some(p))
        })
        .map(|item| {
            let labels = &item.label;
            let text = |label: &str| format!("{} – {label}", item.code);
            let label = glokal_api_types::Labels {
                de: text(&labels.de),
                cs: text(&labels.cs),
                en: text(&labels.en),
            };
            (item.code.clone(), Label::Labels(label))
        })
        .collect()
}

/// Section and division of a NACE code (a deeper code from a shared link counts too).
fn nace_ancestors(index: &NaceIndex, code: &str) -> (Option<String>, Option<String>) {
    let (mut section, mut division) = (None, None);
    let mut current = index.get(code);
    while let Some(item) = current {
        match item.level {
            1 => section = Some(item.code.clone()),
            2 => division = Some(item.code.clone()),
            _ => {}
        }
        current = item.parent.as_deref().and_then(|p| index.get(p));
    }
    (section, division)
}

/// The filter panel.
#[component]
fn Filters(
    set_params: Callback<Changes>,
    nace: ReadSignal<Option<Arc<NaceIndex>>>,
    regions: ReadSignal<Option<Arc<Vec<glokal_api_types::RegionItem>>>>,
) -> impl IntoView {
    let params = use_query_map();
    let country = param("country");
    let nace_code = param("nace");
    let near = param("near");
    let certifications = use_certifications();

    let kinds = KINDS
        .iter()
        .map(|k| (wire_name(k), kind_label(*k)))
        .collect::<Vec<_>>();
    let countries = COUNTRIES
        .iter()
        .map(|c| (c.to_string(), country_label(c)))
        .collect::<Vec<_>>();
    let sizes = SIZES
        .iter()
        .map(|s| (wire_name(s), size_label(*s)))
        .collect::<Vec<_>>();
    let languages = SPOKEN
        .iter()
        .map(|l| (l.to_string(), language_label(l)))
        .collect::<Vec<_>>();
    let radii = RADII
        .iter()
        .map(|r| (r.to_string(), Label::Plain(format!("{r} km"))))
        .collect::<Vec<_>>();

    // Regions of the chosen country; sections, and the divisions of the chosen section.
    let region_select = move || {
        let country = country();
        let options = regions
            .get()
            .map(|regions| {
                regions
                    .iter()
                    .filter(|r| country.is_empty() || r.country == country)
                    .map(|r| (r.code.clone(), Label::Labels(r.name.clone())))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        Fresh(view! {
            <FilterSelect key="region" label="directory-filter-region" all="directory-all-regions" options=options set_params=set_params />
        })
    };
    let nace_selects = move || {
        let index = nace.get();
        let code = nace_code();
        let (section, division) = index
            .as_deref()
            .map(|i| nace_ancestors(i, &code))
            .unwrap_or_default();
        let sections = index
            .as_deref()
            .map(|i| nace_options(i, 1, None))
            .unwrap_or_default();
        let divisions = match (index.as_deref(), section.as_deref()) {
            (Some(i), Some(s)) => Some(nace_options(i, 2, Some(s))),
            _ => None,
        };
        let section_value = section.clone().unwrap_or_default();
        // "All industries of the sector" goes back to the section.
        let back_to = section.clone();
        Fresh(view! {
            <FilterSelect
                key="nace"
                label="directory-filter-section"
                all="directory-all-sections"
                options=sections
                set_params=set_params
                value=Signal::stored(section_value)
            />
            {divisions.map(|divisions| view! {
                <FilterSelect
                    key="division"
                    label="directory-filter-division"
                    all="directory-all-divisions"
                    options=divisions
                    set_params=set_params
                    value=Signal::stored(division.unwrap_or_default())
                    on_choose=Callback::new(move |value: String| {
                        vec![("nace", if value.is_empty() { back_to.clone() } else { Some(value) })]
                    })
                />
            })}
        })
    };

    // Certifications by name and topic; the topics follow the UI language.
    let certification_select = move || {
        let options = certifications
            .get()
            .map(|items| {
                items
                    .iter()
                    .map(|c| {
                        let text = |lang| certification_text(c, lang);
                        let label = glokal_api_types::Labels {
                            de: text(glokal_api_types::Language::De),
                            cs: text(glokal_api_types::Language::Cs),
                            en: text(glokal_api_types::Language::En),
                        };
                        (c.code.clone(), Label::Labels(label))
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        Fresh(view! {
            <FilterSelect key="certification" label="directory-filter-certification" all="directory-all-certifications" options=options set_params=set_params />
        })
    };

    // "Within N km of <place>": the town's name travels in the URL too (`place`), for display.
    let place_text = RwSignal::new(String::new());
    Effect::new(move |_| place_text.set(params.with(|p| p.get("place").unwrap_or_default())));
    let search = PlaceSearch::new(regions);
    let on_pick = Callback::new(move |option: ComboOption| {
        let radius = params
            .with_untracked(|p| p.get("radius_km"))
            .unwrap_or_else(|| "50".to_owned());
        set_params.run(vec![
            ("near", Some(option.value)),
            ("place", Some(option.label)),
            ("radius_km", Some(radius)),
        ]);
    });
    let clear_place = move |_| {
        let sort = params
            .with_untracked(|p| p.get("sort"))
            .filter(|s| s != "distance");
        set_params.run(vec![
            ("near", None),
            ("place", None),
            ("radius_km", None),
            ("sort", sort),
        ]);
    };

    // On small screens the panel is folded away behind a button that counts the active filters.
    let open = RwSignal::new(false);
    let active = move || {
        params.with(|p| {
            FILTER_KEYS[..8]
                .iter()
                .filter(|key| p.get_str(key).is_some_and(|v| !v.is_empty()))
                .count()
        })
    };
    let toggle_text = move || {
        if open.get() {
            tr("directory-filters-hide")()
        } else {
            t_args(
                "directory-filters-show",
                vec![("count", Arg::Num(active() as f64))],
            )()
        }
    };

    view! {
        <aside class="card filters" class:open=move || open.get() aria-labelledby="filters-title" data-testid="directory-filters">
            <div class="filters-head">
                <h2 id="filters-title" class="filters-title">{tr("directory-filters")}</h2>
                <button
                    type="button"
                    class="btn btn-secondary btn-small filters-toggle"
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    data-testid="filters-toggle"
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {toggle_text}
                </button>
            </div>
            <FilterSelect key="kind" label="directory-filter-kind" all="directory-all-kinds" options=kinds set_params=set_params />
            <FilterSelect key="country" label="directory-filter-country" all="directory-all-countries" options=countries set_params=set_params />
            {region_select}
            {nace_selects}
            <FilterSelect key="size_class" label="directory-filter-size" all="directory-all-sizes" options=sizes set_params=set_params />
            <FilterSelect key="language" label="directory-filter-language" all="directory-all-languages" options=languages set_params=set_params />
            {certification_select}
            <fieldset class="filter-near">
                <legend class="field-label">{tr("directory-filter-near")}</legend>
                <div class="field">
                    <label for="filter-place" class="sr-only">{tr("directory-filter-place")}</label>
                    <Combobox
                        id="filter-place"
                        text=place_text
                        options=search.options
                        on_pick=on_pick
                        on_type=search.on_type
                        placeholder=tr("directory-place-placeholder")
                    />
                    <button
                        type="button"
                        class="btn btn-ghost btn-small"
                        data-testid="filter-place-clear"
                        hidden=move || near().is_empty()
                        on:click=clear_place
                    >
                        {tr("directory-place-clear")}
                    </button>
                </div>
                <FilterSelect
                    key="radius_km"
                    label="directory-filter-radius"
                    all="directory-radius-any"
                    options=radii
                    set_params=set_params
                    disabled=Signal::derive(move || near().is_empty())
                />
            </fieldset>
            <a href="/organizations" class="btn btn-ghost btn-small" data-testid="directory-reset-filters">{tr("directory-reset")}</a>
        </aside>
    }
}

/// Count, sort order, result cards and paging (built anew for every answer).
fn results_view(
    page: OrganizationPage,
    filtered: bool,
    set_params: Callback<Changes>,
    nace: ReadSignal<Option<Arc<NaceIndex>>>,
    regions: ReadSignal<Option<Arc<Vec<glokal_api_types::RegionItem>>>>,
) -> impl IntoView {
    let params = use_query_map();
    if page.items.is_empty() {
        let (text, href, class, action) = if filtered {
            (
                "directory-empty-filtered",
                "/organizations",
                "btn btn-secondary",
                "directory-reset",
            )
        } else {
            (
                "directory-empty",
                "/organizations/new",
                "btn btn-primary",
                "directory-register",
            )
        };
        return Either::Left(view! {
            <div class="empty-state" data-testid="directory-empty">
                <p class="empty-title">{tr(text)}</p>
                <a href=href class=class>{tr(action)}</a>
            </div>
        });
    }
    let sort = Signal::derive(param("sort"));
    let near = untrack(param("near"));
    let mut sorts = vec![
        ("name".to_owned(), Label::Id("directory-sort-name")),
        ("newest".to_owned(), Label::Id("directory-sort-newest")),
    ];
    if !near.is_empty() {
        sorts.push(("distance".to_owned(), Label::Id("directory-sort-distance")));
    }
    let sort_value = Signal::derive(move || {
        let sort = sort.get();
        if sort.is_empty() {
            "name".to_owned()
        } else {
            sort
        }
    });
    let total = page.total;
    let last_page = total.div_ceil(PAGE_SIZE).max(1);
    let current_page = page.offset / PAGE_SIZE + 1;
    let page_link = move |number: u64| {
        let mut map = params.get_untracked();
        if number <= 1 {
            map.remove("page");
        } else {
            map.replace("page", number.to_string());
        }
        format!("/organizations{}", map.to_query_string())
    };
    let pager = (last_page > 1).then(|| {
        view! {
            <nav class="pagination" aria-label=tr("directory-pages")>
                <a
                    href=page_link(current_page.saturating_sub(1))
                    class="btn btn-secondary btn-small"
                    rel="prev"
                    data-testid="page-prev"
                    hidden={current_page <= 1}
                >
                    {tr("directory-prev")}
                </a>
                <span class="pagination-info">
                    {t_args("directory-page-of", vec![("page", Arg::Num(current_page as f64)), ("pages", Arg::Num(last_page as f64))])}
                </span>
                <a
                    href=page_link(current_page + 1)
                    class="btn btn-secondary btn-small"
                    rel="next"
                    data-testid="page-next"
                    hidden={current_page >= last_page}
                >
                    {tr("directory-next")}
                </a>
            </nav>
        }
    });
    Either::Right(view! {
        <div class="results-bar">
            <p class="results-count" data-testid="directory-count" aria-live="polite">
                {t_args("directory-count", vec![("count", Arg::Num(total as f64))])}
            </p>
            <div class="results-sort">
                <label for="directory-sort">{tr("directory-sort")}</label>
                <select
                    id="directory-sort"
                    class="input select"
                    on:change=move |ev| set_params.run(vec![("sort", Some(event_target_value(&ev)))])
                >
                    {sorts.into_iter().map(|(value, text)| select_option(value, text, sort_value)).collect_view()}
                </select>
            </div>
        </div>
        <ul class="org-list" data-testid="directory-results">
            {page.items.into_iter().map(|org| org_card(org, nace, regions)).collect_view()}
        </ul>
        {pager}
    })
}

/// One organisation in the result list.
fn org_card(
    org: OrganizationSummary,
    nace: ReadSignal<Option<Arc<NaceIndex>>>,
    regions: ReadSignal<Option<Arc<Vec<glokal_api_types::RegionItem>>>>,
) -> impl IntoView {
    let region = org.region_code.clone();
    let city = org.city.clone();
    // Town and region; the region's name once the regions are loaded.
    let place = move || {
        let region = region
            .as_deref()
            .and_then(|code| region_label(&regions.get(), code));
        let label = match region {
            Some(Label::Labels(names)) => Label::Labels(glokal_api_types::Labels {
                de: format!("{city}, {}", names.de),
                cs: format!("{city}, {}", names.cs),
                en: format!("{city}, {}", names.en),
            }),
            _ => Label::Plain(city.clone()),
        };
        tr_label(label)()
    };
    let nace_label = org.nace_main.clone().map(|code| {
        move || {
            let lang = crate::i18n::use_i18n().lang();
            nace.get()
                .map(|index| index.label(&code, lang))
                .unwrap_or_else(|| code.clone())
        }
    });
    let distance = org
        .distance_km
        .map(|km| t_args("directory-distance", vec![("km", Arg::Num(km.round()))]));
    let logo = org_logo(org.logo_url.clone(), &org.name, "org-logo-card");
    view! {
        <li class="card org-card" data-testid="org-card" data-id=org.id.to_string()>
            {logo}
            <div class="org-card-body">
            <div class="org-card-head">
                <h2 class="org-card-title"><a href=format!("/organizations/{}", org.id)>{org.name}</a></h2>
                {org.demo.then(|| view! { <span class="badge badge-demo" title=tr("org-demo-note")>{tr("org-demo")}</span> })}
                {distance.map(|d| view! { <span class="badge badge-distance" data-testid="org-distance">{d}</span> })}
            </div>
            <p class="org-card-meta">
                <span class="org-kind">{tr_label(kind_label(org.kind))}</span>
                " · "
                <span>{place}</span>
            </p>
            {nace_label.map(|label| view! { <p class="org-card-nace">{label}</p> })}
            <p class="org-card-foot">
                {org.size_class.map(|s| view! { <span class="muted">{tr_label(size_label(s))}</span> })}
                <span class="text-langs">
                    {tr("directory-texts-in")}
                    {org
                        .text_languages
                        .into_iter()
                        .map(|l| view! { " " <span class="badge badge-lang" lang=l.code()>{l.code().to_uppercase()}</span> })
                        .collect_view()}
                </span>
            </p>
            </div>
        </li>
    }
}
