//! The way from the account page to the saved searches.

use leptos::prelude::*;

use crate::i18n::tr;

/// The card on the account page (`#saved-searches`).
#[component]
pub fn SavedSearchesSection() -> impl IntoView {
    view! {
        <section class="card account-card" id="saved-searches" aria-labelledby="account-saved-title" data-testid="account-saved-searches">
            <h2 id="account-saved-title">{tr("saved-title")}</h2>
            <p>{tr("account-saved-text")}</p>
            <a href="/account/saved-searches" class="btn btn-secondary" data-testid="account-saved-link">{tr("account-saved-link")}</a>
        </section>
    }
}
