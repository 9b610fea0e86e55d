//! Texts in German, Czech and English: one tab per language (WAI-ARIA tabs; ←/→ move between
//! them). A tab shows "!" while a field of its language has an error and "✓" once filled.

use glokal_api_types::Language;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::form::FormFeedback;
use crate::i18n::tr;

/// The tab list and one panel per language. Ids: `<prefix>-tab-<code>` (also the test id),
/// `<prefix>-panel-<code>`. `fields` are the API fields whose `<field>.<code>` errors mark a tab.
pub fn lang_tabs<V: IntoView + 'static>(
    prefix: &'static str,
    label: &'static str,
    tab: RwSignal<Language>,
    feedback: FormFeedback,
    fields: &'static [&'static str],
    filled: impl Fn(Language) -> bool + Copy + Send + Sync + 'static,
    panel: impl Fn(Language) -> V,
) -> impl IntoView {
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let step = match ev.key().as_str() {
            "ArrowRight" => 1,
            "ArrowLeft" => 2,
            _ => return,
        };
        ev.prevent_default();
        let index = Language::ALL
            .iter()
            .position(|l| *l == tab.get_untracked())
            .unwrap_or(0);
        let next = Language::ALL[(index + step) % 3];
        tab.set(next);
        if let Some(button) = document()
            .get_element_by_id(&format!("{prefix}-tab-{}", next.code()))
            .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = button.focus();
        }
    };
    let tab_button = move |lang: Language| {
        let code = lang.code();
        let invalid = move || {
            fields
                .iter()
                .any(|f| feedback.field(&format!("{f}.{code}")).is_some())
        };
        view! {
            <button
                type="button"
                role="tab"
                id=format!("{prefix}-tab-{code}")
                class="tab"
                class:tab-invalid=invalid
                aria-selected=move || if tab.get() == lang { "true" } else { "false" }
                aria-controls=format!("{prefix}-panel-{code}")
                tabindex=move || if tab.get() == lang { "0" } else { "-1" }
                data-testid=format!("{prefix}-tab-{code}")
                on:click=move |_| tab.set(lang)
            >
                <span lang=code>{lang.endonym()}</span>
                <span class="tab-mark" aria-hidden="true">{move || if invalid() { "!" } else if filled(lang) { "✓" } else { "" }}</span>
            </button>
        }
    };
    let panels = Language::ALL
        .map(|lang| {
            let code = lang.code();
            view! {
                <div
                    role="tabpanel"
                    id=format!("{prefix}-panel-{code}")
                    aria-labelledby=format!("{prefix}-tab-{code}")
                    class="tab-panel"
                    hidden=move || tab.get() != lang
                >
                    {panel(lang)}
                </div>
            }
        })
        .into_iter()
        .collect_view();
    view! {
        <div class="tabs" role="tablist" aria-label=tr(label) on:keydown=on_keydown>
            {Language::ALL.map(tab_button).into_iter().collect_view()}
        </div>
        {panels}
    }
}

/// The language of the first tab that has an error among `fields` (to open it).
pub fn tab_with_error(
    errors: &std::collections::BTreeMap<String, String>,
    fields: &[&str],
) -> Option<Language> {
    Language::ALL.into_iter().find(|l| {
        fields
            .iter()
            .any(|f| errors.contains_key(&format!("{f}.{}", l.code())))
    })
}

/// A multi-line text of one language with its label (visually hidden with `hidden_label`) and
/// the error of `field`; `also` is a field whose error (e.g. "a text in at least one language")
/// marks this input too. Line breaks are kept.
#[component]
pub fn TextArea(
    #[prop(into)] id: String,
    #[prop(into)] field: String,
    label: crate::i18n::Label,
    value: RwSignal<String>,
    feedback: FormFeedback,
    lang: Language,
    #[prop(optional)] hidden_label: bool,
    #[prop(optional)] hint_id: Option<&'static str>,
    #[prop(optional)] also: Option<crate::components::form::FieldState>,
    #[prop(default = 8)] rows: u32,
) -> impl IntoView {
    use crate::components::form::{FieldErrorText, FieldState};
    let state = FieldState::new(feedback, field);
    let own_invalid = state.aria_invalid();
    let also_invalid = also.map(|a| a.aria_invalid());
    let error_id = format!("{id}-error");
    view! {
        <div class="field" class:field-invalid=state.invalid()>
            <label for=id.clone() class=if hidden_label { "sr-only" } else { "field-label" }>{crate::i18n::tr_label(label)}</label>
            <textarea
                id=id
                class="input textarea"
                rows=rows
                lang=lang.code()
                aria-invalid=move || if also_invalid.as_ref().is_some_and(|a| a() == "true") { "true" } else { own_invalid() }
                aria-describedby=state.described_by(hint_id.map(str::to_owned), error_id.clone())
                bind:value=value
            ></textarea>
            <FieldErrorText id=error_id state=state />
        </div>
    }
}
