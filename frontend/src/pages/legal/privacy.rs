//! `/privacy`: what personal data the platform processes and why, the privacy settings, and
//! the terms of use (the text a new account accepts, in the version `CURRENT_TERMS_VERSION`).

use glokal_api_types::CURRENT_TERMS_VERSION;
use glokal_i18n::FluentValue;
use leptos::prelude::*;

use crate::i18n::{tr, use_i18n, use_page_title, version_label};

/// The privacy policy and terms of use.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    use_page_title(tr("privacy-title"));
    let i18n = use_i18n();
    view! {
        <article class="container narrow prose" data-testid="privacy-page">
            <h1>{tr("privacy-title")}</h1>
            <p class="lead">{tr("privacy-lead")}</p>
            <p class="muted" data-testid="privacy-version">
                {move || i18n.t_args("privacy-version", &[("version", FluentValue::from(version_label(i18n.lang(), CURRENT_TERMS_VERSION)))])}
            </p>
            <h2>{tr("privacy-controller-title")}</h2>
            <p>{tr("privacy-controller-text")} " " <a href="/imprint">{tr("footer-imprint")}</a> "."</p>
            <h2>{tr("privacy-data-title")}</h2>
            <ul>
                <li>{tr("privacy-data-account")}</li>
                <li>{tr("privacy-data-sessions")}</li>
                <li>{tr("privacy-data-mails")}</li>
                <li>{tr("privacy-data-organizations")}</li>
                <li>{tr("privacy-data-messages")}</li>
                <li>{tr("privacy-data-events")}</li>
                <li>{tr("privacy-data-notifications")}</li>
                <li>{tr("privacy-data-consents")}</li>
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
            <h2>{tr("privacy-settings-title")}</h2>
            <p>{tr("privacy-settings-text")} " " <a href="/account#privacy">{tr("privacy-settings-link")}</a></p>
            <h2>{tr("privacy-rights-title")}</h2>
            <p>{tr("privacy-rights-text")}</p>
            <ul>
                <li>{tr("privacy-rights-export")}</li>
                <li>{tr("privacy-rights-rectify")}</li>
                <li>{tr("privacy-rights-delete")}</li>
                <li>{tr("privacy-rights-complaint")}</li>
            </ul>
            <h2 id="terms">{tr("terms-title")}</h2>
            <p>{tr("terms-lead")}</p>
            <ul>
                <li>{tr("terms-truthful")}</li>
                <li>{tr("terms-business")}</li>
                <li>{tr("terms-lawful")}</li>
                <li>{tr("terms-moderation")}</li>
                <li>{tr("terms-end")}</li>
            </ul>
        </article>
    }
}
