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
