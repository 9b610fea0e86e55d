//! Lists with filters kept in the URL query (directory, marketplace, calendar): so a filtered
//! list can be shared and the back button works. The filter panel, its selects (region, NACE
//! sections and divisions, "within N km of a town"), the loading of results for the URL's
//! query, the count and sort bar, and paging.

use std::future::Future;
use std::sync::Arc;

use glokal_api_types::RegionItem;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;

use crate::api::{ApiClientError, NaceIndex};
use crate::components::combobox::{ComboOption, Combobox};
use crate::components::form::select_option;
use crate::components::fresh::Fresh;
use crate::i18n::{dyn_flag, t_args, tr, Arg, Label};
use crate::pages::organizations::PlaceSearch;
use crate::session::use_session;

/// Radius choices of the "within N km" filter.
pub const RADII: [u32; 5] = [10, 25, 50, 100, 200];

/// Changes to URL parameters: (name, new value or `None` to remove).
pub type Changes = Vec<(&'static str, Option<String>)>;

/// The value of a URL parameter (tracked), `""` when absent.
pub fn param(key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let params = use_query_map();
    move || params.with(|p| p.get(key).unwrap_or_default())
}

/// A URL parameter, trimmed, if not blank.
pub fn get(params: &ParamsMap, key: &str) -> Option<String> {
    params
        .get_str(key)
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

/// The offset of the page in the URL (`page`, from 1).
pub fn offset(params: &ParamsMap, page_size: u64) -> u64 {
    let page = get(params, "page")
        .and_then(|p| p.parse::<u64>().ok())
        .unwrap_or(1)
        .max(1);
    (page - 1) * page_size
}

/// Changes some parameters of the list at `path`; any change goes back to the first page.
pub fn use_set_params(path: &'static str) -> Callback<Changes> {
    let params = use_query_map();
    let navigate = use_navigate();
    Callback::new(move |changes: Changes| {
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
        navigate(&format!("{path}{}", map.to_query_string()), options);
    })
}

/// How many of `keys` are set in the URL (tracked).
pub fn active_filters(keys: &'static [&'static str]) -> impl Fn() -> usize + Copy + Send + Sync {
    let params = use_query_map();
    move || {
        params.with(|p| {
            keys.iter()
                .filter(|key| p.get_str(key).is_some_and(|v| !v.is_empty()))
                .count()
        })
    }
}

/// The answer for the URL's query: `None` until the first one; the previous answer stays while
/// the next loads (`loading`). Only the answer to the query still in the URL counts. With
/// `session`, loading waits for the session (drafts of one's own organisations come along)
/// and repeats after logging in or out.
pub struct Results<T: Send + Sync + 'static> {
    pub data: RwSignal<Option<Result<T, ApiClientError>>>,
    pub loading: RwSignal<bool>,
}

pub fn use_results<Q, T, F, Fut>(query: fn(&ParamsMap) -> Q, fetch: F, session: bool) -> Results<T>
where
    Q: PartialEq + Clone + Send + Sync + 'static,
    T: Send + Sync + 'static,
    F: Fn(Q) -> Fut + Copy + 'static,
    Fut: Future<Output = Result<T, ApiClientError>> + 'static,
{
    let params = use_query_map();
    let data = RwSignal::new(None);
    let loading = RwSignal::new(true);
    let state = use_session();
    let ready = Memo::new(move |_| !session || state.ready());
    let logged_in = Memo::new(move |_| session && state.is_logged_in());
    Effect::new(move |_| {
        let q = params.with(query);
        let (ready, _) = (ready.get(), logged_in.get());
        if !ready {
            return;
        }
        loading.set(true);
        spawn_local(async move {
            let result = fetch(q.clone()).await;
            if params.try_with_untracked(query).as_ref() == Some(&q) {
                data.set(Some(result));
                loading.set(false);
            }
        });
    });
    Results { data, loading }
}

/// One filter select: "all" plus `options`; the URL parameter `key` holds the value
/// (`value` overrides what counts as selected). Its id is `filter-<key>`.
#[component]
pub fn FilterSelect(
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

/// The filter panel (`aria-labelledby="filters-title"`); on small screens folded away behind a
/// button that counts the active filters.
#[component]
pub fn FilterPanel(
    #[prop(into)] active: Signal<usize>,
    testid: &'static str,
    children: Children,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let toggle_text = move || {
        if open.get() {
            tr("directory-filters-hide")()
        } else {
            t_args(
                "directory-filters-show",
                vec![("count", Arg::Num(active.get() as f64))],
            )()
        }
    };
    view! {
        <aside class="card filters" class:open=move || open.get() aria-labelledby="filters-title" data-testid=testid>
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
            {children()}
        </aside>
    }
}

/// Regions of the country chosen in the URL (`country`) as the `region` filter.
pub fn region_filter(
    set_params: Callback<Changes>,
    regions: ReadSignal<Option<Arc<Vec<RegionItem>>>>,
) -> impl IntoView {
    let country = param("country");
    move || {
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

/// The `nace` filter (a code prefix): a section, then one of its divisions.
pub fn nace_filter(
    set_params: Callback<Changes>,
    nace: ReadSignal<Option<Arc<NaceIndex>>>,
) -> impl IntoView {
    let nace_code = param("nace");
    move || {
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
    }
}

/// "Within N km of <town>" (`near`, `radius_km`; the town's name travels in the URL too,
/// `place`, for display). Removing the town also drops sorting by distance.
pub fn near_filter(
    set_params: Callback<Changes>,
    regions: ReadSignal<Option<Arc<Vec<RegionItem>>>>,
) -> impl IntoView {
    let params = use_query_map();
    let near = param("near");
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
    let radii = RADII
        .iter()
        .map(|r| (r.to_string(), Label::Plain(format!("{r} km"))))
        .collect::<Vec<_>>();
    view! {
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
                    hidden=dyn_flag(move || near().is_empty())
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
    }
}

/// The count of results (`<testid>-count`) and the sort select `sort_id` (its first choice is
/// the default).
pub fn results_bar(
    testid: &'static str,
    count: impl Fn() -> String + Send + Sync + 'static,
    sort_id: &'static str,
    sorts: Vec<(String, Label)>,
    set_params: Callback<Changes>,
) -> impl IntoView {
    let sort = param("sort");
    let default = sorts.first().map(|s| s.0.clone()).unwrap_or_default();
    let sort_value = Signal::derive(move || {
        let sort = sort();
        if sort.is_empty() {
            default.clone()
        } else {
            sort
        }
    });
    view! {
        <div class="results-bar">
            <p class="results-count" data-testid=format!("{testid}-count") aria-live="polite">{count}</p>
            <div class="results-sort">
                <label for=sort_id>{tr("directory-sort")}</label>
                <select
                    id=sort_id
                    class="input select"
                    on:change=move |ev| set_params.run(vec![("sort", Some(event_target_value(&ev)))])
                >
                    {sorts.into_iter().map(|(value, text)| select_option(value, text, sort_value)).collect_view()}
                </select>
            </div>
        </div>
    }
}

/// Previous/next page links of the list at `path` (nothing when everything fits one page).
pub fn pager(path: &'static str, total: u64, offset: u64, page_size: u64) -> impl IntoView {
    let params = use_query_map();
    let last_page = total.div_ceil(page_size).max(1);
    let current_page = offset / page_size + 1;
    let page_link = move |number: u64| {
        let mut map = params.get_untracked();
        if number <= 1 {
            map.remove("page");
        } else {
            map.replace("page", number.to_string());
        }
        format!("{path}{}", map.to_query_string())
    };
    (last_page > 1).then(|| {
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
    })
}

/// The results column: a spinner until the first answer, the error (a filter the server does
/// not know from an edited or outdated link gets a plain explanation) with a link to `reset`,
/// or `content`; while the next answer loads, the previous one stays, dimmed.
pub fn results_area<T, V>(
    results: Results<T>,
    testid: &'static str,
    reset: &'static str,
    content: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    use crate::components::alert::{Alert, AlertKind, ErrorAlert};
    use crate::components::spinner::Spinner;
    use glokal_api_types::ErrorCode;
    use leptos::either::{Either, EitherOf3};
    let Results { data, loading } = results;
    view! {
        <div class="directory-results" aria-busy=move || if loading.get() { "true" } else { "false" }>
            {move || {
                Fresh(match data.get() {
                    None => EitherOf3::A(view! { <div class="page-loading"><Spinner /></div> }),
                    Some(Err(error)) => EitherOf3::B(view! {
                        <div class="stack" data-testid=format!("{testid}-error")>
                            {if error.code() == Some(ErrorCode::ValidationFailed) {
                                Either::Left(view! { <Alert kind=AlertKind::Error><p>{tr("directory-invalid-filter")}</p></Alert> })
                            } else {
                                Either::Right(view! { <ErrorAlert error=error /> })
                            }}
                            <p><a href=reset class="btn btn-secondary">{tr("directory-reset")}</a></p>
                        </div>
                    }),
                    Some(Ok(page)) => EitherOf3::C(content(page)),
                })
            }}
            <div class="results-loading" hidden=move || !(loading.get() && data.with(Option::is_some))>
                <Spinner />
            </div>
        </div>
    }
}

/// The empty state of a list: a text and one button.
pub fn empty_state(
    testid: &'static str,
    text: &'static str,
    href: String,
    class: &'static str,
    action: &'static str,
) -> impl IntoView {
    view! {
        <div class="empty-state" data-testid=testid>
            <p class="empty-title">{tr(text)}</p>
            <a href=href class=class>{tr(action)}</a>
        </div>
    }
}
