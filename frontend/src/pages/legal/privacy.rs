//! `/privacy`: what personal data the platform processes and why.

use leptos::prelude::*;

use crate::i18n::{tr, use_page_title};

/// The privacy policy.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    use_page_title(tr("privacy-title"));
    view! {
        <article class="container narrow prose" data-testid="privacy-page">
            <h1>{tr("privacy-title")}</h1>
            <p class="lead">{tr("privacy-lead")}</p>
            <h2>{tr("privacy-controller-title")}</h2>
            <p>{tr("privacy-controller-text")} " " <a href="/imprint">{tr("footer-imprint")}</a> "."</p>
            <h2>{tr("privacy-data-title")}</h2>
            <ul>
                <li>{tr("privacy-data-account")}</li>
                <li>{tr("privacy-data-sessions")}</li>
                <li>{tr("privacy-data-mails")}</li>
                <li>{tr("privacy-data-logs")}</li>
            </ul>
            <h2>{tr("privacy-purpose-title")}</h2>
            <p>{tr("privacy-purpose-text")}</p>
            <h2>{tr("privacy-storage-title")}</h2>
            <p>{tr("privacy-storage-text")}</p>
            <h2>{tr("privacy-cookies-title")}</h2>
            <p>{tr("privacy-cookies-text")}</p>
            <h2>{tr("privacy-recipients-title")}</h2>
            <p>{tr("privacy-recipients-text")}</p>
            <h2>{tr("privacy-rights-title")}</h2>
            <p>{tr("privacy-rights-text")}</p>
            <ul>
                <li>{tr("privacy-rights-export")}</li>
                <li>{tr("privacy-rights-rectify")}</li>
                <li>{tr("privacy-rights-delete")}</li>
                <li>{tr("privacy-rights-complaint")}</li>
            </ul>
        </article>
    }
}
