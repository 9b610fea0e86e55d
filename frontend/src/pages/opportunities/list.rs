//! `/opportunities`: the marketplace with filters in the URL (types, country, region, NACE,
//! distance from a town, open only), sorting and paging.

use glokal_api_types::{OpportunityPage, OpportunityQuery, OpportunitySort, OpportunityType};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::params::ParamsMap;

use super::{opportunity_card, type_label, PAGE_SIZE};
use crate::api::{from_wire_name, use_api};
use crate::components::fresh::Fresh;
use crate::i18n::{t_args, tr, tr_label, use_page_title, Arg, Label};
use crate::pages::filters::{
    active_filters, empty_state, get, nace_filter, near_filter, offset, pager, param,
    region_filter, results_area, results_bar, use_results, use_set_params, Changes, FilterPanel,
    FilterSelect,
};
use crate::pages::organizations::{country_label, use_nace, use_regions, COUNTRIES};

/// Where the marketplace lives.
const PATH: &str = "/opportunities";

/// URL parameters that filter (besides them: `place`, `radius_km`, `sort`, `page`).
const FILTER_KEYS: [&str; 6] = ["type", "country", "region", "nace", "near", "open_only"];

/// The API query described by the page's URL.
fn api_query(params: &ParamsMap) -> OpportunityQuery {
    let get = |key: &str| get(params, key);
    let near = get("near").and_then(|n| n.parse::<u32>().ok());
    let sort = get("sort").and_then(|s| from_wire_name::<OpportunitySort>(&s));
    OpportunityQuery {
        types: get("type"),
        country: get("country"),
        region: get("region"),
        nace: get("nace"),
        near,
        radius_km: near.and(get("radius_km").and_then(|r| r.parse::<f64>().ok())),
        organization_id: None,
        open_only: get("open_only").map(|o| o != "false"),
        sort: sort.filter(|s| *s != OpportunitySort::Distance || near.is_some()),
        offset: Some(offset(params, PAGE_SIZE)),
        limit: Some(PAGE_SIZE),
        ..Default::default()
    }
}

/// The marketplace page.
#[component]
pub fn OpportunitiesPage() -> impl IntoView {
    use_page_title(tr("opp-title"));
    let api = use_api();
    let set_params = use_set_params(PATH);
    let results = use_results(
        api_query,
        move |query: OpportunityQuery| async move { api.list_opportunities(&query).await },
        false,
    );
    let filtered = active_filters(&FILTER_KEYS);
    Fresh(view! {
        <section class="container directory" data-testid="opportunities-page">
            <header class="page-header page-header-actions">
                <div>
                    <h1>{tr("opp-title")}</h1>
                    <p class="lead">{tr("opp-lead")}</p>
                    {move || crate::pages::statistics::may_read_statistics().then(|| crate::pages::crm::export_buttons("/opportunities/export".to_owned(), "crm-export", "export-opportunities", "glokal-opportunities"))}
                </div>
                <a href="/opportunities/new" class="btn btn-primary" data-testid="opp-new">{tr("opp-new")}</a>
            </header>
            <div class="directory-layout">
                <Filters set_params=set_params />
                {results_area(results, "opp", PATH, move |page| results_view(page, untrack(filtered) > 0, set_params))}
            </div>
        </section>
    })
}

/// The filter panel.
#[component]
fn Filters(set_params: Callback<Changes>) -> impl IntoView {
    let nace = use_nace();
    let regions = use_regions();
    let countries = COUNTRIES
        .iter()
        .map(|c| (c.to_string(), country_label(c)))
        .collect::<Vec<_>>();
    let types = param("type");
    let open_only = param("open_only");
    // One checkbox per type; the URL holds them comma-separated.
    let checkbox = move |kind: OpportunityType| {
        let code = kind.as_str();
        let checked = move || types().split(',').any(|t| t == code);
        view! {
            <label class="checkbox">
                <input
                    type="checkbox"
                    id=format!("filter-type-{code}")
                    prop:checked=checked
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        let chosen: Vec<&str> = OpportunityType::ALL
                            .iter()
                            .map(|t| t.as_str())
                            .filter(|t| if *t == code { on } else { types().split(',').any(|x| x == *t) })
                            .collect();
                        set_params.run(vec![("type", Some(chosen.join(",")))]);
                    }
                />
                <span>{tr_label(type_label(kind))}</span>
            </label>
        }
    };
    let group = move |legend: &'static str, offers: bool| {
        view! {
            <fieldset class="checkbox-group filter-types">
                <legend class="field-label">{tr(legend)}</legend>
                {OpportunityType::ALL.into_iter().filter(|t| t.is_offer() == offers).map(checkbox).collect_view()}
            </fieldset>
        }
    };
    view! {
        <FilterPanel active=Signal::derive(active_filters(&FILTER_KEYS)) testid="opp-filters">
            {group("opp-filter-offers", true)}
            {group("opp-filter-requests", false)}
            <FilterSelect key="country" label="directory-filter-country" all="directory-all-countries" options=countries set_params=set_params />
            {region_filter(set_params, regions)}
            {nace_filter(set_params, nace)}
            {near_filter(set_params, regions)}
            <label class="checkbox">
                <input
                    type="checkbox"
                    id="filter-open-only"
                    prop:checked=move || open_only() != "false"
                    on:change=move |ev| {
                        let value = (!event_target_checked(&ev)).then(|| "false".to_owned());
                        set_params.run(vec![("open_only", value)]);
                    }
                />
                <span>{tr("opp-filter-open-only")}</span>
            </label>
            <a href=PATH class="btn btn-ghost btn-small" data-testid="opp-reset-filters">{tr("directory-reset")}</a>
        </FilterPanel>
    }
}

/// Count, sort order, cards and paging (built anew for every answer).
fn results_view(
    page: OpportunityPage,
    filtered: bool,
    set_params: Callback<Changes>,
) -> impl IntoView {
    if page.items.is_empty() {
        return Either::Left(if filtered {
            empty_state(
                "opp-empty",
                "opp-empty-filtered",
                PATH.into(),
                "btn btn-secondary",
                "directory-reset",
            )
        } else {
            empty_state(
                "opp-empty",
                "opp-empty",
                "/opportunities/new".into(),
                "btn btn-primary",
                "opp-new",
            )
        });
    }
    let mut sorts = vec![
        ("newest".to_owned(), Label::Id("opp-sort-newest")),
        ("deadline".to_owned(), Label::Id("opp-sort-deadline")),
    ];
    if !untrack(param("near")).is_empty() {
        sorts.push(("distance".to_owned(), Label::Id("directory-sort-distance")));
    }
    let total = page.total;
    let count = t_args("opp-count", vec![("count", Arg::Num(total as f64))]);
    Either::Right(view! {
        {results_bar("opp", count, "opp-sort", sorts, set_params)}
        <ul class="opp-list" data-testid="opp-results">
            {page.items.into_iter().map(|item| opportunity_card(item, true)).collect_view()}
        </ul>
        {pager(PATH, total, page.offset, PAGE_SIZE)}
    })
}
