//! The app shell: contexts, session restore, header/footer and the routes.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::api::use_api;
use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::components::leave_guard::provide_leave_guard;
use crate::i18n::{provide_i18n, tr};
use crate::notices::{provide_notices, NoticeBar, NoticeKind};
use crate::pages::account::AccountPage;
use crate::pages::auth::forgot_password::ForgotPasswordPage;
use crate::pages::auth::login::LoginPage;
use crate::pages::auth::register::RegisterPage;
use crate::pages::auth::reset_password::ResetPasswordPage;
use crate::pages::auth::verify_email::VerifyEmailPage;
use crate::pages::crm::import::ImportPage;
use crate::pages::crm::webhooks::WebhooksPage;
use crate::pages::events::calendar::EventsPage;
use crate::pages::events::detail::EventPage;
use crate::pages::events::editor::{EditEventPage, NewEventPage};
use crate::pages::events::registrations::RegistrationsPage;
use crate::pages::home::HomePage;
use crate::pages::inbox::list::InboxPage;
use crate::pages::inbox::notifications::NotificationsPage;
use crate::pages::inbox::thread::ThreadPage;
use crate::pages::inbox::ConversationRedirect;
use crate::pages::legal::imprint::ImprintPage;
use crate::pages::legal::privacy::PrivacyPage;
use crate::pages::matchmaking::manage::ManageMatchmakingPage;
use crate::pages::matchmaking::plan::TablePlanPage;
use crate::pages::matchmaking::MatchmakingPage;
use crate::pages::moderation::audit::AuditLogPage;
use crate::pages::moderation::queue::ModerationPage;
use crate::pages::moderation::report::ConversationReportPage;
use crate::pages::not_found::NotFoundPage;
use crate::pages::opportunities::detail::OpportunityPage;
use crate::pages::opportunities::editor::{EditOpportunityPage, NewOpportunityPage};
use crate::pages::opportunities::list::OpportunitiesPage;
use crate::pages::organizations::directory::DirectoryPage;
use crate::pages::organizations::editor::{EditOrganizationPage, NewOrganizationPage};
use crate::pages::organizations::invitation::InvitationPage;
use crate::pages::organizations::members::MembersPage;
use crate::pages::organizations::profile::ProfilePage;
use crate::pages::organizations::tokens::ApiTokensPage;
use crate::pages::search::results::SearchPage;
use crate::pages::search::saved::SavedSearchesPage;
use crate::pages::statistics::overview::StatisticsPage;
use crate::pages::unsubscribe::UnsubscribePage;
use crate::session::provide_session;
use crate::unread::provide_unread;

/// The root component.
#[component]
pub fn App() -> impl IntoView {
    provide_i18n();
    let session = provide_session();
    let notices = provide_notices();
    let api = use_api();
    provide_unread();
    provide_leave_guard();

    // Restore a session from the refresh cookie; a 401 simply means "not logged in".
    spawn_local(async move {
        if let Err(error) = api.refresh().await {
            if !error.is_auth_failure() {
                let path = window().location().pathname().unwrap_or_default();
                notices.show(NoticeKind::Error, error.message_id(), path);
            }
        }
        session.mark_ready();
    });

    view! {
        <Router>
            <a class="skip-link" href="#main" rel="external" on:click=focus_main>
                {tr("skip-to-content")}
            </a>
            <Header />
            <main id="main" class="site-main" tabindex="-1">
                <NoticeBar />
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/register") view=RegisterPage />
                    <Route path=path!("/login") view=LoginPage />
                    <Route path=path!("/verify-email") view=VerifyEmailPage />
                    <Route path=path!("/forgot-password") view=ForgotPasswordPage />
                    <Route path=path!("/reset-password") view=ResetPasswordPage />
                    <Route path=path!("/account") view=AccountPage />
                    <Route path=path!("/organizations") view=DirectoryPage />
                    <Route path=path!("/organizations/new") view=NewOrganizationPage />
                    <Route path=path!("/organizations/import") view=ImportPage />
                    <Route path=path!("/organizations/:id/edit") view=EditOrganizationPage />
                    <Route path=path!("/organizations/:id/members") view=MembersPage />
                    <Route path=path!("/organizations/:id/api-tokens") view=ApiTokensPage />
                    <Route path=path!("/organizations/:id/webhooks") view=WebhooksPage />
                    <Route path=path!("/invitations") view=InvitationPage />
                    <Route path=path!("/organizations/:id") view=ProfilePage />
                    <Route path=path!("/opportunities") view=OpportunitiesPage />
                    <Route path=path!("/opportunities/new") view=NewOpportunityPage />
                    <Route path=path!("/opportunities/:id/edit") view=EditOpportunityPage />
                    <Route path=path!("/opportunities/:id") view=OpportunityPage />
                    <Route path=path!("/events") view=EventsPage />
                    <Route path=path!("/events/new") view=NewEventPage />
                    <Route path=path!("/events/:id/edit") view=EditEventPage />
                    <Route path=path!("/events/:id/registrations") view=RegistrationsPage />
                    <Route path=path!("/events/:id/matchmaking") view=MatchmakingPage />
                    <Route path=path!("/events/:id/matchmaking/manage") view=ManageMatchmakingPage />
                    <Route path=path!("/events/:id/matchmaking/plan") view=TablePlanPage />
                    <Route path=path!("/events/:id") view=EventPage />
                    <Route path=path!("/inbox") view=InboxPage />
                    <Route path=path!("/inbox/:id") view=ThreadPage />
                    <Route path=path!("/conversations/:id") view=ConversationRedirect />
                    <Route path=path!("/notifications") view=NotificationsPage />
                    <Route path=path!("/imprint") view=ImprintPage />
                    <Route path=path!("/privacy") view=PrivacyPage />
                    <Route path=path!("/unsubscribe") view=UnsubscribePage />
                    // Search
                    <Route path=path!("/search") view=SearchPage />
                    <Route path=path!("/account/saved-searches") view=SavedSearchesPage />
                    // Institutions: programme indicators.
                    <Route path=path!("/statistics") view=StatisticsPage />
                    <Route path=path!("/moderation") view=ModerationPage />
                    <Route path=path!("/moderation/audit-log") view=AuditLogPage />
                    <Route path=path!("/moderation/reports/:id") view=ConversationReportPage />
                </Routes>
            </main>
            <Footer />
        </Router>
    }
}

/// Moves keyboard focus to the main content (the skip link's target).
fn focus_main(_: leptos::ev::MouseEvent) {
    use wasm_bindgen::JsCast;
    if let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}
