//! Loading indicator, announced politely to screen readers.

use leptos::prelude::*;

use crate::i18n::tr;

/// A spinner with a visible "Loading…" label inside a live region.
#[component]
pub fn Spinner(#[prop(optional, into)] label: Option<TextProp>) -> impl IntoView {
    let default_label = tr("common-loading");
    let text = move || {
        label
            .as_ref()
            .map(|l| l.get().to_string())
            .unwrap_or_else(&default_label)
    };
    view! {
        <div class="spinner" role="status" aria-live="polite" data-testid="spinner">
            <span class="spinner-icon" aria-hidden="true"></span>
            <span class="spinner-label">{text}</span>
        </div>
    }
}
