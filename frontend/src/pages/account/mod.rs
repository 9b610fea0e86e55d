//! `/account`: profile and language, organisations, registrations, notifications, privacy
//! settings and consents, saved searches, password, data export, account deletion.

mod delete;
mod export;
mod notifications;
mod organizations;
mod password;
mod privacy;
mod profile;
mod registrations;
mod saved_searches;

use leptos::prelude::*;

use crate::components::require_login::RequireLogin;
use crate::i18n::{tr, use_page_title};

/// The account settings page (login required).
#[component]
pub fn AccountPage() -> impl IntoView {
    use_page_title(tr("account-title"));
    view! {
        <RequireLogin>
            <section class="container account-page" data-testid="account-page">
                <header class="page-header">
                    <h1>{tr("account-title")}</h1>
                    <p class="lead">{tr("account-lead")}</p>
                </header>
                <div class="account-grid">
                    <profile::ProfileSection />
                    <organizations::OrganizationsSection />
                    <registrations::RegistrationsSection />
                    // Search
                    <notifications::NotificationsSection />
                    <privacy::PrivacySection />
                    <saved_searches::SavedSearchesSection />
                    <password::PasswordSection />
                    <export::ExportSection />
                    <delete::DeleteSection />
                </div>
            </section>
        </RequireLogin>
    }
}
