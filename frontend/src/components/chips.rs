//! Removable chips (keywords, NACE codes, languages).

use leptos::prelude::*;

use crate::components::fresh::Fresh;
use crate::i18n::{t_args, use_i18n, Arg};

/// A list of values as chips, each with a remove button.
#[component]
pub fn Chips(
    /// The values, in order.
    values: RwSignal<Vec<String>>,
    /// Visible text of a value.
    label: Callback<String, String>,
    /// Stable selector for tests.
    #[prop(into)]
    testid: String,
    /// Values whose chip is marked as invalid.
    #[prop(optional, into)]
    invalid: Option<Signal<Vec<String>>>,
    /// Values not shown here (shown elsewhere, e.g. as checkboxes).
    #[prop(optional)]
    skip: Option<fn(&str) -> bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let shown = move || {
        let mut shown = values.get();
        if let Some(skip) = skip {
            shown.retain(|v| !skip(v));
        }
        shown
    };
    view! {
        <ul class="chips" data-testid=testid hidden=move || shown().is_empty()>
            {move || {
                // Labels follow the UI language.
                i18n.lang();
                let chips = shown()
                    .into_iter()
                    .map(|value| {
                        let text = label.run(value.clone());
                        let bad = invalid.is_some_and(|i| i.with(|i| i.contains(&value)));
                        let remove_label = untrack(t_args("chips-remove", vec![("item", Arg::Text(text.clone()))]));
                        let removed = value.clone();
                        view! {
                            <li class="chip" class:chip-invalid=bad data-value=value>
                                <span>{text}</span>
                                <button
                                    type="button"
                                    class="chip-remove"
                                    aria-label=remove_label
                                    on:click=move |_| values.update(|v| v.retain(|x| *x != removed))
                                >
                                    "×"
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                Fresh(chips)
            }}
        </ul>
    }
}
