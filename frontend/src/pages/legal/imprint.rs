//! `/imprint`: provider information (filled in by the operator of the installation).

use leptos::prelude::*;

use crate::i18n::{tr, use_page_title};

/// The imprint (Impressum / Tiráž).
#[component]
pub fn ImprintPage() -> impl IntoView {
    use_page_title(tr("imprint-title"));
    view! {
        <article class="container narrow prose" data-testid="imprint-page">
            <h1>{tr("imprint-title")}</h1>
            <p class="lead">{tr("imprint-lead")}</p>
            <h2>{tr("imprint-provider-title")}</h2>
            <p>{tr("imprint-provider-text")}</p>
            <h2>{tr("imprint-contact-title")}</h2>
            <p>{tr("imprint-contact-text")}</p>
            <h2>{tr("imprint-responsible-title")}</h2>
            <p>{tr("imprint-responsible-text")}</p>
            <h2>{tr("imprint-project-title")}</h2>
            <p>{tr("imprint-project-text")}</p>
            <h2>{tr("imprint-software-title")}</h2>
            <p>{tr("imprint-software-text")}</p>
            <h2>{tr("imprint-disputes-title")}</h2>
            <p>{tr("imprint-disputes-text")}</p>
        </article>
    }
}
