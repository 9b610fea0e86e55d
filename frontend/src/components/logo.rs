//! The Glokal mark: two overlapping circles (two regions, one network) and the wordmark.

use leptos::prelude::*;

/// Logo mark and wordmark; decorative mark, the wordmark carries the name.
#[component]
pub fn Logo() -> impl IntoView {
    view! {
        <span class="logo">
            <svg class="logo-mark" viewBox="0 0 40 40" width="36" height="36" aria-hidden="true" focusable="false">
                <circle cx="15" cy="20" r="11" fill="none" stroke="currentColor" stroke-width="4"></circle>
                <circle cx="25" cy="20" r="11" fill="none" stroke="#e0a63a" stroke-width="4"></circle>
                <circle cx="20" cy="20" r="3" fill="currentColor"></circle>
            </svg>
            <span class="logo-word">"Glokal"</span>
        </span>
    }
}
