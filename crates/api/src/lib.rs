//! The Glokal REST API: actix-web handlers (one per file), the one [`ApiError`],
//! authentication, mail, and the OpenAPI document built from the same routes.

pub mod alerts;
pub mod auth;
pub mod error;
pub mod handlers;
pub mod import;
pub mod lang;
pub mod mail;
pub mod matching;
pub mod media;
pub mod middleware;
pub mod registry;
pub mod saved_search_worker;
pub mod spreadsheet;
pub mod state;
pub mod webhooks;

use actix_web::web;
pub use error::{ApiError, ApiResult};
use glokal_api_types::ErrorCode;
pub use state::{ApiSettings, AppState, ConversationLimits};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_actix_web::service_config::ServiceConfig;
use utoipa_actix_web::{scope, AppExt};

use handlers::events;
use handlers::matchmaking;
use handlers::moderation;
use handlers::webhooks as webhook_handlers;
use handlers::{
    admin, auth as auth_handlers, invitations, me, opportunities, organizations, reference,
    registry as registry_handlers, search, system,
};
use handlers::{attachments, conversations, notifications, reports, saved_searches, statistics};

/// Largest JSON body accepted (1 MiB); bigger bodies get 413.
pub const JSON_LIMIT_BYTES: usize = 1 << 20;

/// The static part of the OpenAPI document; paths are added from the routes.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Glokal API",
        description = "REST API of Glokal, the network platform for SMEs and economic-development institutions in the Saxon–Czech border region.\n\n\
Errors always have the body `ErrorBody` with a stable `code` (see the `ErrorCode` schema), a `message` in the language of `Accept-Language` (de, cs, en), and for 422 the failing `fields`.\n\n\
Authenticate with `Authorization: Bearer <access_token>` from `login` or `refresh_token`; access tokens live 15 minutes, the refresh token is an HttpOnly cookie.",
        license(name = "MIT", identifier = "MIT"),
    ),
    components(schemas(glokal_api_types::ErrorBody, glokal_api_types::ErrorCode)),
    modifiers(&SecuritySchemes),
    tags(
        (name = "auth", description = "Registration, login, sessions, password reset"),
        (name = "me", description = "The caller's own account, GDPR export and deletion"),
        (name = "registry", description = "Company data from public registers (the Czech ARES), to fill in forms"),
        (name = "admin", description = "Platform administration"),
        (name = "organizations", description = "Organisation profiles, the directory and memberships"),
        (name = "opportunities", description = "The marketplace: offers and requests of organisations, their matching partners"),
        (name = "events", description = "Events: calendar, iCalendar export, registration with waiting list, check-in"),
        (name = "matchmaking", description = "Kooperationsbörse (B2B matchmaking): settings and slots, participants' profiles and suggested partners, meeting requests, scheduling, agenda and table plan, ratings"),
        (name = "search", description = "Cross-lingual search over organisations and opportunities, suggestions, saved searches"),
        (name = "statistics", description = "Programme indicators for institution staff: organisations, marketplace, contacts and meetings across the border, events"),
        (name = "reference", description = "NACE Rev. 2, regions and places in three languages"),
        (name = "conversations", description = "Contact and messaging between organisations: conversations, messages, attachments, blocks and abuse reports"),
        (name = "notifications", description = "The caller's in-app notifications, channels per category, one-click unsubscribe"),
        (name = "moderation", description = "Reports on profiles and offers, the platform admins' moderation queue (reports, new organisations), actions (approve, hide, warn, suspend) and the audit log"),
        (name = "webhooks", description = "Webhooks for institutions' CRMs: signed HTTPS deliveries of platform events (organisations, offers and requests, event registrations) with retries and a delivery log. Verify `Glokal-Signature: t=<unix seconds>,v1=<hex>`: v1 = HMAC-SHA256(secret, \"<t>.<raw body>\"); reject if it differs (constant-time compare) or t is older than 5 minutes; de-duplicate on the body's `id`."),
        (name = "system", description = "Health, readiness and server facts"),
    )
)]
struct ApiDoc;

struct SecuritySchemes;

impl Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer_auth",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .build(),
            ),
        );
        components.add_security_scheme(
            "api_token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("glk_…")
                    .description(Some(
                        "Scoped API token of an institution (`create_api_token`), sent as `Authorization: Bearer glk_…`. Scopes: `organizations:read` (organisations with contact persons), `opportunities:read`, `events:read`, `statistics:read` (programme indicators). A token without the scope an operation lists gets 403 `insufficient_scope`; an unknown or revoked token 401. Each token may make 120 requests at once, then two a second (`GLOKAL_API_TOKEN_BURST`); beyond that 429 `rate_limited` with `Retry-After` (seconds).",
                    ))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "refresh_cookie",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(
                auth::cookies::REFRESH_COOKIE,
            ))),
        );
    }
}

/// Registers every route: `/healthz`, `/readyz` and the API under `/api/v1`.
pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(system::healthz::healthz)
        .service(system::readyz::readyz)
        .service(
            scope("/api/v1")
                .app_data(
                    web::JsonConfig::default()
                        .limit(JSON_LIMIT_BYTES)
                        .error_handler(error::json_error),
                )
                .app_data(web::QueryConfig::default().error_handler(error::query_error))
                .app_data(web::PathConfig::default().error_handler(error::path_error))
                .service(system::get_server_info::get_server_info)
                .service(auth_handlers::register::register)
                .service(auth_handlers::verify_email::verify_email)
                .service(auth_handlers::resend_verification::resend_verification)
                .service(auth_handlers::login::login)
                .service(auth_handlers::refresh_token::refresh_token)
                .service(auth_handlers::logout::logout)
                .service(auth_handlers::request_password_reset::request_password_reset)
                .service(auth_handlers::reset_password::reset_password)
                .service(me::get_me::get_me)
                .service(me::list_my_organizations::list_my_organizations)
                .service(me::update_me::update_me)
                .service(me::change_password::change_password)
                .service(me::export_me::export_me)
                .service(me::get_privacy::get_privacy)
                .service(me::update_privacy::update_privacy)
                .service(me::get_my_consents::get_my_consents)
                .service(me::record_consent::record_consent)
                .service(me::delete_me::delete_me)
                .service(registry_handlers::lookup_cz_company::lookup_cz_company)
                .service(admin::list_users::list_users)
                .service(admin::set_user_role::set_user_role)
                .service(organizations::export_organizations::export_organizations)
                .service(organizations::import_organizations::import_organizations)
                .service(organizations::list_organizations::list_organizations)
                .service(organizations::create_organization::create_organization)
                .service(organizations::get_organization::get_organization)
                .service(organizations::update_organization::update_organization)
                .service(organizations::end_management::end_management)
                .service(organizations::delete_organization::delete_organization)
                .service(organizations::invite_member::invite_member)
                .service(organizations::list_members::list_members)
                .service(organizations::update_member::update_member)
                .service(organizations::remove_member::remove_member)
                .service(organizations::revoke_invitation::revoke_invitation)
                .service(organizations::upload_logo::upload_logo)
                .service(organizations::delete_logo::delete_logo)
                .service(organizations::verify_organization::verify_organization)
                .service(organizations::revoke_verification::revoke_verification)
                .service(organizations::check_registry::check_registry)
                .service(events::list_events::list_events)
                .service(events::get_events_feed::get_events_feed)
                .service(events::create_event::create_event)
                .service(events::get_event::get_event)
                .service(events::update_event::update_event)
                .service(events::delete_event::delete_event)
                .service(events::publish_event::publish_event)
                .service(events::close_event::close_event)
                .service(events::cancel_event::cancel_event)
                .service(events::get_event_ics::get_event_ics)
                .service(events::register_for_event::register_for_event)
                .service(events::export_registrations::export_registrations)
                .service(events::list_registrations::list_registrations)
                .service(events::cancel_registration::cancel_registration)
                .service(events::check_in::check_in)
                .service(events::my_registrations::my_registrations)
                .service(matchmaking::configure_matchmaking::configure_matchmaking)
                .service(matchmaking::get_matchmaking::get_matchmaking)
                .service(matchmaking::list_slots::list_slots)
                .service(matchmaking::get_my_participation::get_my_participation)
                .service(matchmaking::update_my_participation::update_my_participation)
                .service(matchmaking::list_participants::list_participants)
                .service(matchmaking::request_meeting::request_meeting)
                .service(matchmaking::list_meeting_requests::list_meeting_requests)
                .service(matchmaking::answer_meeting_request::answer_meeting_request)
                .service(matchmaking::cancel_meeting_request::cancel_meeting_request)
                .service(matchmaking::schedule_meetings::schedule_meetings)
                .service(matchmaking::publish_schedule::publish_schedule)
                .service(matchmaking::get_agenda::get_agenda)
                .service(matchmaking::get_agenda_ics::get_agenda_ics)
                .service(matchmaking::get_table_plan::get_table_plan)
                .service(matchmaking::rate_meeting::rate_meeting)
                .service(invitations::get_invitation::get_invitation)
                .service(invitations::accept_invitation::accept_invitation)
                .service(opportunities::export_opportunities::export_opportunities)
                .service(opportunities::list_opportunities::list_opportunities)
                .service(opportunities::create_opportunity::create_opportunity)
                .service(opportunities::get_opportunity::get_opportunity)
                .service(opportunities::update_opportunity::update_opportunity)
                .service(opportunities::delete_opportunity::delete_opportunity)
                .service(opportunities::close_opportunity::close_opportunity)
                .service(opportunities::extend_opportunity::extend_opportunity)
                .service(organizations::create_api_token::create_api_token)
                .service(organizations::list_api_tokens::list_api_tokens)
                .service(organizations::revoke_api_token::revoke_api_token)
                .service(webhook_handlers::create_webhook::create_webhook)
                .service(webhook_handlers::list_webhooks::list_webhooks)
                .service(webhook_handlers::delete_webhook::delete_webhook)
                .service(webhook_handlers::list_webhook_deliveries::list_webhook_deliveries)
                .service(webhook_handlers::redeliver_webhook::redeliver_webhook)
                .service(opportunities::list_opportunity_matches::list_opportunity_matches)
                .service(opportunities::dismiss_match::dismiss_match)
                .service(opportunities::restore_match::restore_match)
                .service(conversations::list_conversations::list_conversations)
                .service(conversations::start_conversation::start_conversation)
                .service(conversations::get_conversation::get_conversation)
                .service(conversations::send_message::send_message)
                .service(conversations::hand_over_question::hand_over_question)
                .service(conversations::close_question::close_question)
                .service(conversations::close_question::reopen_question)
                .service(conversations::mark_conversation_read::mark_conversation_read)
                .service(conversations::archive_conversation::archive_conversation)
                .service(conversations::block_organization::block_organization)
                .service(conversations::unblock_organization::unblock_organization)
                .service(conversations::report_conversation::report_conversation)
                .service(attachments::upload_attachment::upload_attachment)
                .service(attachments::download_attachment::download_attachment)
                .service(reports::list_reports::list_reports)
                .service(reports::get_report::get_report)
                .service(reports::resolve_report::resolve_report)
                .service(moderation::report_content::report_content)
                .service(moderation::get_moderation_queue::get_moderation_queue)
                .service(moderation::moderate::moderate)
                .service(moderation::list_audit_log::list_audit_log)
                .service(notifications::list_notifications::list_notifications)
                .service(notifications::mark_notifications_read::mark_notifications_read)
                .service(notifications::get_notification_preferences::get_notification_preferences)
                .service(
                    notifications::update_notification_preferences::update_notification_preferences,
                )
                .service(notifications::unsubscribe::unsubscribe)
                .service(saved_searches::list_saved_searches::list_saved_searches)
                .service(saved_searches::create_saved_search::create_saved_search)
                .service(saved_searches::update_saved_search::update_saved_search)
                .service(saved_searches::delete_saved_search::delete_saved_search)
                .service(statistics::get_statistics::get_statistics)
                .service(statistics::list_cooperating_organizations::list_cooperating_organizations)
                .service(reference::list_nace::list_nace)
                .service(reference::list_certifications::list_certifications)
                .service(reference::list_languages::list_languages)
                .service(reference::list_regions::list_regions)
                .service(reference::search_places::search_places)
                .service(search::suggest::suggest)
                .service(search::search::search)
                .default_service(web::to(not_found)),
        );
}

/// JSON 404 for unknown API paths (the SPA fallback must not answer those).
pub async fn not_found() -> Result<actix_web::HttpResponse, ApiError> {
    Err(ApiError::Client(ErrorCode::NotFound))
}

/// The OpenAPI document, built from the same routes the server registers.
pub fn openapi() -> utoipa::openapi::OpenApi {
    let (_, spec) = actix_web::App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .configure(configure)
        .split_for_parts();
    spec
}
