//! One module per page, grouped by feature.

pub mod account;
pub mod auth;
pub mod crm;
pub mod events;
pub mod filters;
pub mod home;
pub mod inbox;
pub mod legal;
pub mod matchmaking;
pub mod moderation;
pub mod not_found;
pub mod opportunities;
pub mod organizations;
pub mod search;
pub mod statistics;
pub mod unsubscribe;

use std::future::Future;

use glokal_api_types::ErrorCode;
use leptos::either::EitherOf5;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_params_map;
use uuid::Uuid;

use crate::api::ApiClientError;
use crate::components::alert::{Alert, AlertKind, ErrorAlert};
use crate::components::fresh::Fresh;
use crate::components::require_login::{login_gate, Gate};
use crate::components::spinner::Spinner;
use crate::i18n::tr;
use crate::session::use_session;

/// The loading state of the thing a page shows (organisation, offer, event).
pub type Entity<T> = RwSignal<Option<Result<T, ApiClientError>>>;

/// Loads the thing whose id is the path's `:id` once the session is restored (so that the
/// caller's rights come along), and again after logging in or out; a malformed id is a 404.
pub fn use_path_entity<T, F, Fut>(fetch: F) -> Entity<T>
where
    T: Send + Sync + 'static,
    F: Fn(Uuid) -> Fut + Copy + 'static,
    Fut: Future<Output = Result<T, ApiClientError>> + 'static,
{
    let session = use_session();
    let params = use_params_map();
    let state: Entity<T> = RwSignal::new(None);
    let generation = StoredValue::new(0u32);
    // Memos: a refreshed token or a changed profile is not a reason to load again.
    let ready = Memo::new(move |_| session.ready());
    let logged_in = Memo::new(move |_| session.is_logged_in());
    Effect::new(move |_| {
        let id = params.with(|p| p.get_str("id").map(Uuid::parse_str));
        let (ready, _) = (ready.get(), logged_in.get());
        generation.update_value(|g| *g += 1);
        let this = generation.get_value();
        match id {
            Some(Ok(id)) if ready => spawn_local(async move {
                let result = fetch(id).await;
                if generation.try_get_value() == Some(this) {
                    state.set(Some(result));
                }
            }),
            Some(Ok(_)) => state.set(None),
            _ => state.set(Some(Err(ApiClientError::local(ErrorCode::NotFound)))),
        }
    });
    state
}

/// A page showing `state`: with `login`, visitors go to the login form first; a spinner while
/// loading, the 404 page, an error, or `content`.
pub fn entity_page<T, V>(
    state: Entity<T>,
    login: bool,
    content: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let gate = login_gate();
    move || {
        let gate = if login { gate() } else { Gate::Open };
        Fresh(match (gate, state.get()) {
            (Gate::Login(path), _) => EitherOf5::A(Some(view! { <Redirect path=path /> })),
            (Gate::Away, _) => EitherOf5::A(None),
            (Gate::Wait, _) | (_, None) => {
                EitherOf5::B(view! { <div class="page-loading"><Spinner /></div> })
            }
            (_, Some(Err(error))) if error.status() == Some(404) => {
                EitherOf5::C(view! { <not_found::NotFoundPage /> })
            }
            (_, Some(Err(error))) => EitherOf5::D(view! {
                <section class="container narrow page-error"><ErrorAlert error=error /></section>
            }),
            (_, Some(Ok(value))) => EitherOf5::E(content(value)),
        })
    }
}

/// "You may not do this here" with a link back (test id `testid`).
pub fn forbidden_note(
    message: &'static str,
    testid: &'static str,
    back: String,
    back_label: &'static str,
) -> impl IntoView {
    view! {
        <section class="container narrow page-error" data-testid=testid>
            <Alert kind=AlertKind::Error><p>{tr(message)}</p></Alert>
            <p><a href=back>{tr(back_label)}</a></p>
        </section>
    }
}

/// A page for some logged-in people only: the login form for visitors (it returns here), a
/// spinner while the session is restored, and for those `allowed` refuses the
/// [`forbidden_note`] with `message` (test id `testid`) and a link to `back`.
pub fn restricted_page<V: IntoView + 'static>(
    allowed: fn() -> bool,
    message: &'static str,
    testid: &'static str,
    (back, back_label): (&'static str, &'static str),
    content: impl Fn() -> V + Send + Sync + 'static,
) -> impl IntoView {
    let gate = login_gate();
    let allowed = Memo::new(move |_| allowed());
    move || {
        Fresh(match gate() {
            Gate::Login(path) => EitherOf5::A(view! { <Redirect path=path /> }),
            Gate::Away => EitherOf5::B(()),
            Gate::Wait => EitherOf5::C(view! { <div class="page-loading"><Spinner /></div> }),
            Gate::Open if !allowed.get() => {
                EitherOf5::D(forbidden_note(message, testid, back.to_owned(), back_label))
            }
            Gate::Open => EitherOf5::E(content()),
        })
    }
}

/// The end of an editor's form: the error of the last attempt, the buttons, "cancel" and the
/// note about unsaved changes.
pub fn editor_actions(
    feedback: crate::components::form::FormFeedback,
    buttons: impl IntoView + 'static,
    cancel: String,
    dirty: Memo<bool>,
) -> impl IntoView {
    use crate::components::form::FormError;
    view! {
        <div class="editor-actions">
            <FormError feedback=feedback />
            <div class="editor-buttons">
                {buttons}
                <a href=cancel class="btn btn-ghost" data-testid="editor-cancel">{tr("editor-cancel")}</a>
                <span class="editor-dirty" data-testid="editor-dirty" hidden=move || !dirty.get()>
                    {tr("editor-unsaved")}
                </span>
            </div>
        </div>
    }
}

/// A page for acting on behalf of one's organisations (login required; with `staff`, only for
/// institution staff and platform admins): `content` gets the memberships; without any, the
/// note `none` and a link to register an organisation.
pub fn my_organizations_page<V: IntoView + 'static>(
    none: &'static str,
    staff: bool,
    content: impl Fn(Vec<glokal_api_types::Membership>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    use glokal_api_types::Role;
    use leptos::either::Either;
    let api = crate::api::use_api();
    let session = use_session();
    let gate = login_gate();
    let orgs = RwSignal::new(None);
    Effect::new(move |_| {
        if gate() == Gate::Open && orgs.with_untracked(Option::is_none) {
            spawn_local(async move {
                let result = api.my_organizations().await;
                orgs.try_set(Some(result));
            });
        }
    });
    let allowed = move || {
        !staff
            || session
                .user_untracked()
                .is_some_and(|u| matches!(u.role, Role::InstitutionStaff | Role::PlatformAdmin))
    };
    move || {
        Fresh(match (gate(), orgs.get()) {
            (Gate::Login(path), _) => EitherOf5::A(Some(view! { <Redirect path=path /> })),
            (Gate::Away, _) => EitherOf5::A(None),
            (Gate::Wait, _) | (_, None) => {
                EitherOf5::B(view! { <div class="page-loading"><Spinner /></div> })
            }
            (_, Some(Err(error))) => EitherOf5::C(view! {
                <section class="container narrow page-error"><ErrorAlert error=error /></section>
            }),
            (_, Some(Ok(list))) if list.is_empty() || !allowed() => {
                let (message, link) = if allowed() {
                    (
                        none,
                        Either::Left(view! {
                            <p><a href="/organizations/new" class="btn btn-primary">{tr("directory-register")}</a></p>
                        }),
                    )
                } else {
                    (
                        "events-staff-only",
                        Either::Right(view! { <p><a href="/events">{tr("events-back")}</a></p> }),
                    )
                };
                EitherOf5::D(view! {
                    <section class="container narrow page-error" data-testid="no-organization">
                        <Alert kind=AlertKind::Info><p>{tr(message)}</p></Alert>
                        {link}
                    </section>
                })
            }
            (_, Some(Ok(list))) => EitherOf5::E(content(list)),
        })
    }
}
