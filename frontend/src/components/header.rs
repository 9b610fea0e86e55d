//! Site header: wordmark, main navigation, language switcher and the account area.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate};

use crate::api::use_api;
use crate::components::bell::{inbox_menu_item, NotificationBell};
use crate::components::language_switcher::LanguageSwitcher;
use crate::components::logo::Logo;
use crate::components::search_box::HeaderSearch;
use crate::i18n::{tr, use_i18n};
use crate::notices::{use_notices, NoticeKind};
use crate::session::use_session;

/// One entry of the main navigation.
struct NavItem {
    href: &'static str,
    /// Message id of the label.
    label_id: &'static str,
    /// Only active on exactly this path (for `/`).
    exact: bool,
}

/// The main navigation; features (directory, marketplace, events, search) add entries here.
const NAV_ITEMS: &[NavItem] = &[
    NavItem {
        href: "/",
        label_id: "nav-home",
        exact: true,
    },
    NavItem {
        href: "/organizations",
        label_id: "nav-directory",
        exact: false,
    },
    NavItem {
        href: "/opportunities",
        label_id: "nav-marketplace",
        exact: false,
    },
    NavItem {
        href: "/events",
        label_id: "nav-events",
        exact: false,
    },
];

/// The header shown on every page.
#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let menu_open = RwSignal::new(false);
    crate::unread::poll_unread();
    Effect::new(move |_| {
        location.pathname.track();
        menu_open.set(false);
    });

    view! {
        <header class="site-header">
            <div class="container header-inner">
                <a href="/" class="brand" data-testid="brand" aria-label=tr("nav-home-label")>
                    <Logo />
                </a>
                <HeaderSearch />
                <LanguageSwitcher />
                <NotificationBell />
                <button
                    type="button"
                    class="menu-toggle"
                    aria-controls="site-menu"
                    aria-expanded=move || if menu_open.get() { "true" } else { "false" }
                    data-testid="menu-toggle"
                    on:click=move |_| menu_open.update(|open| *open = !*open)
                >
                    <span class="menu-toggle-bars" aria-hidden="true"></span>
                    <span class="menu-toggle-label">
                        {move || if menu_open.get() { i18n.t("nav-menu-close") } else { i18n.t("nav-menu") }}
                    </span>
                </button>
                <div id="site-menu" class="site-menu" class:open=move || menu_open.get()>
                    <nav class="main-nav" aria-label=tr("nav-label")>
                        <ul>
                            {NAV_ITEMS
                                .iter()
                                .map(|item| {
                                    let id = item.label_id;
                                    view! {
                                        <li>
                                            <A href=item.href exact=item.exact attr:class="nav-link" attr:data-testid=id>
                                                {move || i18n.t(id)}
                                            </A>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </nav>
                    <AccountArea />
                </div>
            </div>
        </header>
    }
}

/// Login/register links, or the account menu (my account, my organisations, log out).
#[component]
fn AccountArea() -> impl IntoView {
    let session = use_session();
    let api = use_api();
    let notices = use_notices();
    let navigate = use_navigate();
    let location = use_location();
    let ready = Memo::new(move |_| session.ready());
    let user = Memo::new(move |_| session.user().map(|u| u.display_name));
    let logging_out = RwSignal::new(false);
    let open = RwSignal::new(false);
    let statistics = Memo::new(move |_| crate::pages::statistics::may_read_statistics());
    let moderation = Memo::new(move |_| crate::pages::moderation::is_admin());
    // The menu closes when a page is opened, on Escape and on a click elsewhere.
    Effect::new(move |_| {
        location.pathname.track();
        location.hash.track();
        open.set(false);
    });
    let outside = window_event_listener(leptos::ev::click, move |ev| {
        use wasm_bindgen::JsCast;
        let inside = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest(".account-menu").ok().flatten())
            .is_some();
        if !inside && open.get_untracked() {
            open.set(false);
        }
    });
    on_cleanup(move || outside.remove());
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            open.set(false);
            if let Some(toggle) = document()
                .get_element_by_id("account-menu-toggle")
                .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
            {
                let _ = toggle.focus();
            }
        }
    };

    // Tabbing out of the menu closes it.
    let on_focusout = move |ev: leptos::ev::FocusEvent| {
        use wasm_bindgen::JsCast;
        let inside = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest(".account-menu").ok().flatten())
            .is_some();
        if !inside {
            open.set(false);
        }
    };

    let logout = move |_| {
        let navigate = navigate.clone();
        logging_out.set(true);
        open.set(false);
        spawn_local(async move {
            // Leave protected pages first, so they do not redirect to the login form.
            navigate("/", Default::default());
            let result = api.logout().await;
            logging_out.set(false);
            match result {
                Ok(()) => notices.show(NoticeKind::Success, "logout-done", "/"),
                Err(error) => notices.show(NoticeKind::Error, error.message_id(), "/"),
            }
        });
    };

    move || {
        if !ready.get() {
            return view! { <div class="account-area" aria-hidden="true"></div> }.into_any();
        }
        match user.get() {
            Some(name) => {
                let initials = initials(&name);
                let logout = logout.clone();
                let identity = move || {
                    view! {
                        <span class="avatar" aria-hidden="true">{initials.clone()}</span>
                        <span class="account-link-text">
                            <span class="account-link-label">{tr("nav-account")}</span>
                            <span class="account-link-name">{name.clone()}</span>
                        </span>
                    }
                };
                view! {
                    <div
                        class="account-area account-menu"
                        class:open=move || open.get()
                        data-testid="header-logged-in"
                        on:keydown=on_keydown
                        on:focusout=on_focusout
                    >
                        // In the folded-out menu of small screens the entries are listed directly.
                        <p class="account-identity">{identity()}</p>
                        <button
                            type="button"
                            id="account-menu-toggle"
                            class="account-link account-menu-toggle"
                            aria-expanded=move || if open.get() { "true" } else { "false" }
                            aria-controls="account-menu"
                            data-testid="header-account-menu"
                            on:click=move |_| open.update(|o| *o = !*o)
                        >
                            {identity()}
                            <svg class="account-caret" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
                                <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.8"></path>
                            </svg>
                        </button>
                        <ul id="account-menu" class="account-menu-list">
                            <li>
                                <A href="/account" exact=true attr:class="account-menu-item" attr:data-testid="header-account">
                                    {tr("nav-account")}
                                </A>
                            </li>
                            {inbox_menu_item()}
                            <li>
                                <a href="/account#organizations" class="account-menu-item" data-testid="header-my-organizations">
                                    {tr("nav-my-organizations")}
                                </a>
                            </li>
                            <li>
                                <a href="/account#registrations" class="account-menu-item" data-testid="header-my-registrations">
                                    {tr("nav-my-registrations")}
                                </a>
                            </li>
                            // Search
                            <li>
                                <A href="/account/saved-searches" attr:class="account-menu-item" attr:data-testid="header-saved-searches">
                                    {tr("nav-saved-searches")}
                                </A>
                            </li>
                            // Institution staff and platform admins: the programme's statistics.
                            {move || statistics.get().then(|| view! {
                                <li>
                                    <A href="/statistics" attr:class="account-menu-item" attr:data-testid="header-statistics">
                                        {tr("nav-statistics")}
                                    </A>
                                </li>
                            })}
                            // Platform admins: the moderation queue.
                            {move || moderation.get().then(|| view! {
                                <li>
                                    <A href="/moderation" attr:class="account-menu-item" attr:data-testid="header-moderation">
                                        {tr("mod-nav")}
                                    </A>
                                </li>
                            })}
                            <li>
                                <button
                                    type="button"
                                    class="account-menu-item account-menu-logout"
                                    data-testid="header-logout"
                                    disabled=move || logging_out.get()
                                    on:click=logout
                                >
                                    {tr("nav-logout")}
                                </button>
                            </li>
                        </ul>
                    </div>
                }
                .into_any()
            }
            None => view! {
                <div class="account-area" data-testid="header-logged-out">
                    <a href="/login" class="btn btn-ghost btn-small" data-testid="header-login">
                        {tr("nav-login")}
                    </a>
                    <a href="/register" class="btn btn-primary btn-small" data-testid="header-register">
                        {tr("nav-register")}
                    </a>
                </div>
            }
            .into_any(),
        }
    }
}

/// Up to two initials of a display name, for the avatar.
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|word| word.chars().next())
        .take(2)
        .flat_map(char::to_uppercase)
        .collect()
}
