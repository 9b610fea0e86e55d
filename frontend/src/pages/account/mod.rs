//! `/account`: profile and language, password, data export, account deletion.

mod delete;
mod export;
mod password;
mod profile;

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
                    <section class="card account-card" aria-labelledby="account-org-title" data-testid="account-organization">
                        <h2 id="account-org-title">{tr("account-org-title")}</h2>
                        <p class="muted">{tr("account-org-text")}</p>
                        <a href="/organizations/new" class="btn btn-secondary" data-testid="account-org-register">{tr("directory-register")}</a>
                    </section>
                    <password::PasswordSection />
                    <export::ExportSection />
                    <delete::DeleteSection />
                </div>
            </section>
        </RequireLogin>
    }
}
