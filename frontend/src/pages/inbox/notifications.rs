//! `/notifications`: the notification centre — newest first, in the UI language, each with a
//! link to what it is about (opening it marks it read), "mark all read", unread only, paging.

use glokal_api_types::{
    MarkNotificationsReadRequest, Notification, NotificationPage, NotificationQuery,
};
use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_navigate;

use super::{full_time, iso_time, short_time, PAGE_SIZE};
use crate::api::{use_api, ApiClientError};
use crate::components::alert::ErrorAlert;
use crate::components::form::{ActionButton, FormError, FormFeedback};
use crate::components::fresh::Fresh;
use crate::components::require_login::{login_gate, Gate};
use crate::components::spinner::Spinner;
use crate::components::task::{task, Job};
use crate::i18n::{dyn_text, t_args, tr, use_i18n, use_page_title, Arg};
use crate::unread::use_unread;

/// The page.
#[component]
pub fn NotificationsPage() -> impl IntoView {
    use_page_title(tr("notifications-title"));
    let api = use_api();
    let i18n = use_i18n();
    let unread = use_unread();
    let gate = login_gate();
    let unread_only = RwSignal::new(false);
    // Pages loaded so far ("show more" adds the next one).
    let pages = RwSignal::new(1u64);
    let data = RwSignal::new(None::<Result<NotificationPage, ApiClientError>>);
    let generation = StoredValue::new(0u32);
    // Loaded again when the language (the texts come in it), the filter or the page count
    // changes, and when the bell's count changes while the page is open.
    let bell = Memo::new(move |_| unread.notifications());
    Effect::new(move |_| {
        i18n.lang();
        // Read, not only tracked: a memo nobody reads is never computed, so it never changes.
        bell.get();
        let (only, pages) = (unread_only.get(), pages.get());
        if gate() != Gate::Open {
            return;
        }
        generation.update_value(|g| *g += 1);
        let this = generation.get_value();
        spawn_local(async move {
            let query = NotificationQuery {
                unread_only: only.then_some(true),
                offset: Some(0),
                limit: Some((PAGE_SIZE * pages).min(100)),
            };
            let result = api.notifications(&query).await;
            if generation.try_get_value() == Some(this) {
                data.set(Some(result));
            }
        });
    });

    let feedback = FormFeedback::new();
    let mark_all = task();
    let on_mark_all = Callback::new(move |()| {
        feedback.clear();
        mark_all.dispatch_local(Job::new(async move {
            let request = MarkNotificationsReadRequest {
                ids: Vec::new(),
                all: true,
            };
            match api.mark_notifications_read(&request).await {
                Ok(_) => unread.refresh(),
                Err(error) => feedback.fail(error),
            }
        }));
    });

    let any_unread = move || data.with(|d| matches!(d, Some(Ok(p)) if p.unread > 0));
    let results = move || {
        Fresh(match data.get() {
            None => EitherOf4::A(view! { <div class="page-loading"><Spinner /></div> }),
            Some(Err(error)) => EitherOf4::B(view! { <ErrorAlert error=error /> }),
            Some(Ok(page)) if page.items.is_empty() => EitherOf4::C(view! {
                <div class="empty-state" data-testid="notifications-empty">
                    <p class="empty-title">{tr(if untrack(move || unread_only.get()) { "notifications-empty-unread" } else { "notifications-empty" })}</p>
                </div>
            }),
            Some(Ok(page)) => EitherOf4::D(list(page, pages)),
        })
    };
    let page = move || {
        view! {
            <section class="container narrow notifications-page" data-testid="notifications-page">
                <header class="page-header page-header-actions">
                    <h1>{tr("notifications-title")}</h1>
                    <div hidden=move || !any_unread()>
                        <ActionButton label=tr("notifications-mark-all") pending=mark_all.pending() testid="notifications-mark-all" on_click=on_mark_all />
                    </div>
                </header>
                <FormError feedback=feedback />
                <label class="checkbox">
                    <input
                        type="checkbox"
                        id="notifications-unread-only"
                        prop:checked=move || unread_only.get()
                        on:change=move |ev| { pages.set(1); unread_only.set(event_target_checked(&ev)); }
                    />
                    <span>{tr("notifications-unread-only")}</span>
                </label>
                <div class="notifications-results">{results}</div>
            </section>
        }
    };
    move || {
        Fresh(match gate() {
            Gate::Login(path) => EitherOf4::A(view! { <Redirect path=path /> }),
            Gate::Away => EitherOf4::B(()),
            Gate::Wait => EitherOf4::C(view! { <div class="page-loading"><Spinner /></div> }),
            Gate::Open => EitherOf4::D(page()),
        })
    }
}

/// The notifications and "show more".
fn list(page: NotificationPage, pages: RwSignal<u64>) -> impl IntoView {
    let more = page.total > page.items.len() as u64 && page.items.len() < 100;
    let count = t_args(
        "notifications-count",
        vec![("count", Arg::Num(page.unread as f64))],
    );
    view! {
        <p class="results-count" data-testid="notifications-count" aria-live="polite">{count}</p>
        <ul class="notification-list" data-testid="notifications-list">
            {page.items.into_iter().map(item).collect_view()}
        </ul>
        {more.then(|| view! {
            <p class="notifications-more">
                <button type="button" class="btn btn-secondary" data-testid="notifications-more" on:click=move |_| pages.update(|p| *p += 1)>
                    {tr("notifications-more")}
                </button>
            </p>
        })}
    }
}

/// One notification: title, text, time; a link (when it has one) that marks it read first.
fn item(n: Notification) -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let unread = use_unread();
    let navigate = use_navigate();
    let at = n.created_at;
    let when = dyn_text(move || short_time(i18n.lang(), at));
    let full = dyn_text(move || full_time(i18n.lang(), at));
    let id = n.id;
    let was_unread = !n.read;
    let title = match n
        .link
        .clone()
        .filter(|l| l.starts_with('/') && !l.starts_with("//"))
    {
        Some(link) => {
            let href = link.clone();
            Either::Left(view! {
                <a
                    href=href
                    class="notification-link"
                    data-testid="notification-link"
                    on:click=move |ev: leptos::ev::MouseEvent| {
                        if !was_unread || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
                            return;
                        }
                        // Marked read first, then followed (the router would not wait).
                        ev.prevent_default();
                        let navigate = navigate.clone();
                        let link = link.clone();
                        spawn_local(async move {
                            let request = MarkNotificationsReadRequest { ids: vec![id], all: false };
                            let _ = api.mark_notifications_read(&request).await;
                            unread.refresh();
                            navigate(&link, Default::default());
                        });
                    }
                >
                    {n.title.clone()}
                </a>
            })
        }
        None => Either::Right(n.title.clone()),
    };
    view! {
        <li class="notification" class:notification-unread=was_unread data-testid="notification" data-kind=n.kind.clone() data-read=n.read.to_string()>
            <p class="notification-title">
                {was_unread.then(|| view! { <span class="notification-dot" aria-hidden="true"></span><span class="sr-only">{tr("notifications-unread")} " "</span> })}
                {title}
            </p>
            <p class="notification-body">{n.body.clone()}</p>
            <p class="notification-time"><time datetime=iso_time(at) title=full>{when}</time></p>
        </li>
    }
}
