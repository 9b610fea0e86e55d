//! `/organizations`: the directory with filters (all kept in the URL query, so a filtered list
//! can be shared and the back button works), sorting and paging.

use std::sync::Arc;

use glokal_api_types::{
    OrganizationKind, OrganizationPage, OrganizationQuery, OrganizationSort, OrganizationSummary,
    SizeClass,
};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::params::ParamsMap;

use super::{
    certification_text, country_label, kind_label, language_label, org_logo, region_label,
    size_label, use_certifications, use_nace, use_regions, COUNTRIES, KINDS, PAGE_SIZE, SIZES,
    SPOKEN,
};
use crate::api::{from_wire_name, use_api, wire_name, NaceIndex};
use crate::components::fresh::Fresh;
use crate::i18n::{t_args, tr, tr_label, use_page_title, Arg, Label};
use crate::pages::filters::{
    active_filters, empty_state, get, nace_filter, near_filter, offset, pager, param,
    region_filter, results_area, results_bar, use_results, use_set_params, Changes, FilterPanel,
    FilterSelect,
};

/// URL parameters of the directory's filters (besides them: `place`, the chosen town's name,
/// `radius_km`, `sort` and `page`).
const FILTER_KEYS: [&str; 9] = [
    "kind",
    "country",
    "region",
    "nace",
    "size_class",
    "language",
    "certification",
    "near",
    "verified",
];

/// The API query described by the page's URL.
fn api_query(params: &ParamsMap) -> OrganizationQuery {
    let get = |key: &str| get(params, key);
    let near = get("near").and_then(|n| n.parse::<u32>().ok());
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
        offset: Some(offset(params, PAGE_SIZE)),
        limit: Some(PAGE_SIZE),
    }
}

/// The directory page.
#[component]
pub fn DirectoryPage() -> impl IntoView {
    use_page_title(tr("directory-title"));
    let api = use_api();
    let nace = use_nace();
    let regions = use_regions();
    let set_params = use_set_params("/organizations");
    let results = use_results(
        api_query,
        move |query: OrganizationQuery| async move { api.list_organizations(&query).await },
        false,
    );
    let filtered = active_filters(&FILTER_KEYS);

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
                {results_area(results, "directory", "/organizations", move |page| {
                    results_view(page, untrack(filtered) > 0, set_params, nace, regions)
                })}
            </div>
        </section>
    }
}

/// The filter panel.
#[component]
fn Filters(
    set_params: Callback<Changes>,
    nace: ReadSignal<Option<Arc<NaceIndex>>>,
    regions: ReadSignal<Option<Arc<Vec<glokal_api_types::RegionItem>>>>,
) -> impl IntoView {
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

    view! {
        <FilterPanel active=Signal::derive(active_filters(&FILTER_KEYS)) testid="directory-filters">
            <FilterSelect key="kind" label="directory-filter-kind" all="directory-all-kinds" options=kinds set_params=set_params />
            <FilterSelect key="country" label="directory-filter-country" all="directory-all-countries" options=countries set_params=set_params />
            {region_filter(set_params, regions)}
            {nace_filter(set_params, nace)}
            <FilterSelect key="size_class" label="directory-filter-size" all="directory-all-sizes" options=sizes set_params=set_params />
            <FilterSelect key="language" label="directory-filter-language" all="directory-all-languages" options=languages set_params=set_params />
            {certification_select}
            {near_filter(set_params, regions)}
            {verified_filter(set_params)}
            <a href="/organizations" class="btn btn-ghost btn-small" data-testid="directory-reset-filters">{tr("directory-reset")}</a>
        </FilterPanel>
    }
}

/// "Only verified organisations" (`verified=true`).
fn verified_filter(set_params: Callback<Changes>) -> impl IntoView {
    let verified = param("verified");
    view! {
        <div class="field filter-verified">
            <label class="checkbox">
                <input
                    type="checkbox"
                    data-testid="filter-verified"
                    prop:checked=move || verified() == "true"
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        set_params.run(vec![("verified", on.then(|| "true".to_owned()))]);
                    }
                />
                {tr("directory-filter-verified")}
            </label>
        </div>
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
    if page.items.is_empty() {
        return Either::Left(if filtered {
            empty_state(
                "directory-empty",
                "directory-empty-filtered",
                "/organizations".into(),
                "btn btn-secondary",
                "directory-reset",
            )
        } else {
            empty_state(
                "directory-empty",
                "directory-empty",
                "/organizations/new".into(),
                "btn btn-primary",
                "directory-register",
            )
        });
    }
    let mut sorts = vec![
        ("name".to_owned(), Label::Id("directory-sort-name")),
        ("newest".to_owned(), Label::Id("directory-sort-newest")),
    ];
    if !untrack(param("near")).is_empty() {
        sorts.push(("distance".to_owned(), Label::Id("directory-sort-distance")));
    }
    let total = page.total;
    let count = t_args("directory-count", vec![("count", Arg::Num(total as f64))]);
    Either::Right(view! {
        {results_bar("directory", count, "directory-sort", sorts, set_params)}
        <ul class="org-list" data-testid="directory-results">
            {page.items.into_iter().map(|org| org_card(org, nace, regions)).collect_view()}
        </ul>
        {pager("/organizations", total, page.offset, PAGE_SIZE)}
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
            {super::verification::verification_badges(org.verified_at, org.verified_by.clone(), org.register_checked)}
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
