//! An editable combobox with a list of suggestions (WAI-ARIA combobox pattern, list autocomplete):
//! type to filter, ↓/↑ to move through the suggestions, Enter to pick, Escape to close.

use leptos::prelude::*;

use crate::components::fresh::Fresh;
use crate::i18n::{t_args, Arg};

/// One suggestion.
#[derive(Clone, Debug, PartialEq)]
pub struct ComboOption {
    /// Machine value (place id, NACE code).
    pub value: String,
    /// Main text.
    pub label: String,
    /// Secondary text (region, country), may be empty.
    pub detail: String,
}

/// The input and its listbox; the caller renders the label and fills `options` (usually from
/// `on_type`).
#[component]
pub fn Combobox(
    /// Id of the input (its label points here).
    #[prop(into)]
    id: String,
    /// The typed text.
    text: RwSignal<String>,
    /// Current suggestions.
    options: RwSignal<Vec<ComboOption>>,
    /// `aria-invalid` of the surrounding field.
    #[prop(optional, into)]
    invalid: Option<Signal<&'static str>>,
    /// `aria-describedby` of the surrounding field.
    #[prop(optional, into)]
    described_by: Option<Signal<Option<String>>>,
    /// Called with the chosen suggestion.
    on_pick: Callback<ComboOption>,
    /// Called after each edit of the text by the person.
    #[prop(optional)]
    on_type: Option<Callback<String>>,
    /// Placeholder text.
    #[prop(optional, into)]
    placeholder: Option<TextProp>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let listbox_id = format!("{id}-listbox");
    let expanded = move || open.get() && options.with(|o| !o.is_empty());

    let pick = move |index: usize| {
        if let Some(option) = options.with_untracked(|o| o.get(index).cloned()) {
            open.set(false);
            active.set(None);
            on_pick.run(option);
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let count = options.with_untracked(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" | "ArrowUp" if count > 0 => {
                ev.prevent_default();
                let down = ev.key() == "ArrowDown";
                let next = match (active.get_untracked(), down, open.get_untracked()) {
                    (_, true, false) | (None, true, _) => 0,
                    (None, false, _) | (_, false, false) => count - 1,
                    (Some(i), true, true) => (i + 1) % count,
                    (Some(i), false, true) => (i + count - 1) % count,
                };
                open.set(true);
                active.set(Some(next));
            }
            "Enter" if untrack(expanded) => {
                if let Some(index) = active.get_untracked() {
                    ev.prevent_default();
                    pick(index);
                }
            }
            "Escape" if untrack(expanded) => {
                ev.prevent_default();
                open.set(false);
                active.set(None);
            }
            _ => {}
        }
    };
    let option_id = {
        let id = id.clone();
        move |index: usize| format!("{id}-option-{index}")
    };
    let active_descendant = {
        let option_id = option_id.clone();
        move || expanded().then(|| active.get().map(&option_id)).flatten()
    };
    let status = move || {
        open.get().then(|| {
            t_args(
                "combobox-count",
                vec![("count", Arg::Num(options.with(Vec::len) as f64))],
            )()
        })
    };

    view! {
        <div class="combobox">
            <input
                id=id
                class="input"
                type="text"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                aria-autocomplete="list"
                aria-expanded=move || if expanded() { "true" } else { "false" }
                aria-controls=listbox_id.clone()
                aria-activedescendant=active_descendant
                aria-invalid=move || invalid.map(|i| i.get()).unwrap_or("false")
                aria-describedby=move || described_by.and_then(|d| d.get())
                placeholder=move || placeholder.as_ref().map(|p| p.get().to_string())
                prop:value=move || text.get()
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    text.set(value.clone());
                    open.set(true);
                    active.set(None);
                    if let Some(on_type) = on_type {
                        on_type.run(value);
                    }
                }
                on:keydown=on_keydown
                on:blur=move |_| open.set(false)
            />
            <ul id=listbox_id class="combobox-list" role="listbox" hidden=move || !expanded()>
                {move || {
                    let items = options
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(index, option)| {
                            view! {
                                <li
                                    id=option_id(index)
                                    role="option"
                                    class="combobox-option"
                                    data-value=option.value
                                    aria-selected=move || if active.get() == Some(index) { "true" } else { "false" }
                                    on:mousedown=|ev| ev.prevent_default()
                                    on:click=move |_| pick(index)
                                >
                                    <span class="combobox-label">{option.label}</span>
                                    <span class="combobox-detail">{option.detail}</span>
                                </li>
                            }
                        })
                        .collect_view();
                    Fresh(items)
                }}
            </ul>
            <span class="sr-only" aria-live="polite">{status}</span>
        </div>
    }
}
