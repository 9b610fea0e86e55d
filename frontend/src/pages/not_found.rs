//! Fallback for unknown paths.

use leptos::prelude::*;

use crate::i18n::{tr, use_page_title};

/// The 404 page.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    use_page_title(tr("notfound-title"));
    view! {
        <section class="container narrow not-found" data-testid="not-found-page">
            <p class="not-found-code" aria-hidden="true">"404"</p>
            <h1>{tr("notfound-title")}</h1>
            <p class="lead">{tr("notfound-text")}</p>
            <a href="/" class="btn btn-primary">{tr("notfound-home")}</a>
        </section>
    }
}
