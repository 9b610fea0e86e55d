//! The header's search box: a combobox with suggestions as one types (organisations, NACE
//! activities, glossary terms in the UI language). Enter or the button searches (`/search?q=…`);
//! a suggestion opens the organisation, searches the activity (`/search?nace=…`) or the term.
//! On wide screens it sits behind a magnifier button and opens below the header; on narrow ones
//! it is a full-width row of the header (CSS).

use glokal_api_types::{SuggestionKind, Suggestions};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};

use crate::api::use_api;
use crate::components::combobox::{ComboOption, Combobox};
use crate::i18n::{tr, use_i18n};
use crate::pages::auth::encode;

/// Id of the search input (its label and the toggle point here).
const INPUT_ID: &str = "header-search-input";

/// How many suggestions to ask for.
const SUGGESTIONS: u32 = 8;

/// The `/search` address of a search for `text` (all hits when blank).
pub fn search_href(text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        "/search".to_owned()
    } else {
        format!("/search?q={}", encode(text))
    }
}

/// A suggestion as a combobox option: the value says what it is (`o:`, `n:`, `t:`).
fn option(
    suggestion: glokal_api_types::Suggestion,
    lang: glokal_api_types::Language,
) -> ComboOption {
    let (prefix, detail) = match suggestion.kind {
        SuggestionKind::Organization => ("o", glokal_i18n::t(lang, "search-suggest-organization")),
        SuggestionKind::Nace => ("n", format!("NACE {}", suggestion.value)),
        SuggestionKind::Term => ("t", glokal_i18n::t(lang, "search-suggest-term")),
    };
    ComboOption {
        value: format!("{prefix}:{}", suggestion.value),
        label: suggestion.label,
        detail,
    }
}

/// The search box in the header.
#[component]
pub fn HeaderSearch() -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let navigate = use_navigate();
    let location = use_location();
    let query = use_query_map();
    let open = RwSignal::new(false);
    let text = RwSignal::new(String::new());
    let options = RwSignal::new(Vec::<ComboOption>::new());
    let generation = StoredValue::new(0u32);

    // On the results page the box shows what was searched; another page closes the panel.
    Effect::new(move |_| {
        let path = location.pathname.get();
        open.set(false);
        if path == "/search" {
            text.set(query.with_untracked(|q| q.get("q").unwrap_or_default()));
        }
    });
    Effect::new(move |_| {
        let q = query.with(|q| q.get("q"));
        if location.pathname.get_untracked() == "/search" {
            text.set(q.unwrap_or_default());
        }
    });

    // Suggestions after a short pause in typing; only the answer to the latest text counts.
    let on_type = Callback::new(move |typed: String| {
        generation.update_value(|g| *g += 1);
        let this = generation.get_value();
        let typed = typed.trim().to_owned();
        if typed.chars().count() < 2 {
            options.set(Vec::new());
            return;
        }
        spawn_local(async move {
            gloo_timers::future::TimeoutFuture::new(200).await;
            if generation.try_get_value() != Some(this) {
                return;
            }
            let found = api
                .suggest(&typed, SUGGESTIONS)
                .await
                .unwrap_or(Suggestions {
                    suggestions: Vec::new(),
                });
            if generation.try_get_value() != Some(this) {
                return;
            }
            let lang = i18n.lang_untracked();
            options.set(
                found
                    .suggestions
                    .into_iter()
                    .map(|s| option(s, lang))
                    .collect(),
            );
        });
    });

    // Ends the suggestions in flight and closes the panel (focus back on its button).
    let finish = move || {
        generation.update_value(|g| *g += 1);
        options.set(Vec::new());
        if open.get_untracked() {
            open.set(false);
            focus("header-search-toggle");
        }
    };

    let go = {
        let navigate = navigate.clone();
        move |href: String| {
            finish();
            navigate(&href, Default::default());
        }
    };
    let on_pick = {
        let go = go.clone();
        Callback::new(move |picked: ComboOption| {
            let (kind, value) = picked.value.split_once(':').unwrap_or(("t", ""));
            match kind {
                "o" => go(format!("/organizations/{value}")),
                "n" => {
                    text.set(String::new());
                    go(format!("/search?nace={}", encode(value)));
                }
                _ => {
                    text.set(picked.label.clone());
                    go(search_href(&picked.label));
                }
            }
        })
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        go(search_href(&text.get_untracked()));
    };
    // Escape with the list closed closes the panel; tabbing out of it too.
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && !ev.default_prevented() && open.get_untracked() {
            ev.prevent_default();
            finish();
        }
    };
    let on_focusout = move |ev: leptos::ev::FocusEvent| {
        use wasm_bindgen::JsCast;
        let inside = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest(".header-search, .search-toggle").ok().flatten())
            .is_some();
        if !inside {
            open.set(false);
        }
    };
    let toggle = move |_| {
        let now = !open.get_untracked();
        open.set(now);
        if now {
            // The panel is shown by this change; focus its input once it is there.
            gloo_timers::callback::Timeout::new(0, || focus(INPUT_ID)).forget();
        }
    };

    view! {
        <button
            type="button"
            id="header-search-toggle"
            class="search-toggle"
            aria-controls="header-search"
            aria-expanded=move || if open.get() { "true" } else { "false" }
            aria-label=tr("search-open")
            data-testid="header-search-toggle"
            on:click=toggle
        >
            {magnifier()}
        </button>
        <form
            id="header-search"
            class="header-search"
            class:open=move || open.get()
            role="search"
            aria-label=tr("search-label")
            data-testid="header-search"
            on:submit=on_submit
            on:keydown=on_keydown
            on:focusout=on_focusout
        >
            <label for=INPUT_ID class="sr-only">{tr("search-label")}</label>
            <Combobox
                id=INPUT_ID
                text=text
                options=options
                on_pick=on_pick
                on_type=on_type
                placeholder=tr("search-placeholder")
            />
            <button type="submit" class="btn btn-primary search-submit" data-testid="header-search-submit">
                {magnifier()}
                <span class="sr-only">{tr("search-submit")}</span>
            </button>
        </form>
    }
}

/// The magnifier icon.
pub fn magnifier() -> impl IntoView {
    view! {
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2"></circle>
            <path d="M15.5 15.5L21 21" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"></path>
        </svg>
    }
}

/// Moves the focus to the element with this id, if it is there.
fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
