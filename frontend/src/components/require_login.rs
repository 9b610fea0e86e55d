//! Guard for pages that need a logged-in person.

use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_location;

use crate::components::spinner::Spinner;
use crate::session::use_session;

/// Shows `children` when logged in, a spinner while the session is restored,
/// and otherwise redirects to `/login?next=<this page>`.
#[component]
pub fn RequireLogin(children: ChildrenFn) -> impl IntoView {
    let session = use_session();
    let location = use_location();
    let guarded_path = location.pathname.get_untracked();
    let ready = Memo::new(move |_| session.ready());
    let logged_in = Memo::new(move |_| session.is_logged_in());
    move || {
        if !ready.get() {
            view! { <div class="page-loading"><Spinner /></div> }.into_any()
        } else if logged_in.get() {
            children().into_any()
        } else if window().location().pathname().ok().as_deref() != Some(guarded_path.as_str()) {
            // The person is already on the way elsewhere (logout, deleted account): no redirect.
            ().into_any()
        } else {
            view! { <Redirect path=format!("/login?next={guarded_path}") /> }.into_any()
        }
    }
}

/// Where a page that needs a login stands (see [`login_gate`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Gate {
    /// The session is still being restored.
    Wait,
    /// Logged in: show the page.
    Open,
    /// Not logged in: go to the login form, which returns here.
    Login(String),
    /// Not logged in, but already on the way elsewhere (logout): show nothing.
    Away,
}

/// The same decision as [`RequireLogin`], for pages that render their content themselves
/// (a `RequireLogin` wrapper would type-erase the whole page, which costs bundle size).
pub fn login_gate() -> impl Fn() -> Gate + Copy + Send + Sync + 'static {
    let session = use_session();
    let guarded_path = StoredValue::new(use_location().pathname.get_untracked());
    // A memo: a refreshed token or a changed profile must not re-render the page (and lose
    // what was typed into a form).
    let gate = Memo::new(move |_| {
        if !session.ready() {
            Gate::Wait
        } else if session.is_logged_in() {
            Gate::Open
        } else {
            let path = guarded_path.get_value();
            if window().location().pathname().ok().as_deref() != Some(path.as_str()) {
                Gate::Away
            } else {
                Gate::Login(format!("/login?next={path}"))
            }
        }
    });
    move || gate.get()
}
