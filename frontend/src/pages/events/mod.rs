//! Events ("Veranstaltungen"): the calendar (a list by month and a month grid), an event's page
//! with registration, the organisers' editor and check-in list, and the lists on a profile and
//! the account page. Times are Central European time (see `crate::time`).

pub mod calendar;
pub mod detail;
pub mod editor;
pub mod registrations;

use chrono::{Datelike, Utc};
use glokal_api_types::{
    EventQuery, EventStatus, EventSummary, EventType, LocalizedText, Organization,
    RegistrationStatus, Role,
};
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;

use crate::api::{use_api, wire_name};
use crate::components::alert::ErrorAlert;
use crate::components::fresh::Fresh;
use crate::components::spinner::Spinner;
use crate::i18n::{dyn_text, t_args, tr, tr_label, use_i18n, Arg, Label};
use crate::pages::organizations::profile::written_in;
use crate::session::use_session;
use crate::time;

/// Every type, in the order offered in selects.
pub const TYPES: [EventType; 4] = [
    EventType::Information,
    EventType::Cooperation,
    EventType::Workshop,
    EventType::Exhibition,
];

/// The name of a type.
pub fn type_label(kind: EventType) -> Label {
    Label::Id(match kind {
        EventType::Information => "event-type-information",
        EventType::Cooperation => "event-type-cooperation",
        EventType::Workshop => "event-type-workshop",
        EventType::Exhibition => "event-type-exhibition",
    })
}

/// A status other than "published" as a badge.
pub fn status_badge(status: EventStatus) -> Option<impl IntoView> {
    let (id, class) = match status {
        EventStatus::Published => return None,
        EventStatus::Draft => ("event-status-draft", "badge badge-draft"),
        EventStatus::Closed => ("event-status-closed", "badge badge-muted"),
        EventStatus::Done => ("event-status-done", "badge badge-muted"),
        EventStatus::Cancelled => ("event-status-cancelled", "badge badge-cancelled"),
    };
    Some(
        view! { <span class=class data-testid="event-status" data-status=wire_name(&status)>{tr(id)}</span> },
    )
}

/// The badges of an event: type, state, matchmaking, demo.
pub fn badges(
    kind: EventType,
    status: EventStatus,
    matchmaking: bool,
    demo: bool,
) -> impl IntoView {
    view! {
        <p class="opp-card-badges">
            <span class="badge badge-event" data-testid="event-type" data-type=wire_name(&kind)>{tr_label(type_label(kind))}</span>
            {status_badge(status)}
            {matchmaking.then(|| view! { <span class="badge badge-offer">{tr("event-matchmaking-badge")}</span> })}
            {demo.then(|| view! { <span class="badge badge-demo">{tr("org-demo")}</span> })}
        </p>
    }
}

/// "12 places left", "fully booked – waiting list", or nothing without a limit.
pub fn places_text(capacity: Option<u32>, places_left: Option<u32>) -> Option<Label> {
    capacity?;
    Some(match places_left {
        Some(0) | None => Label::Id("event-full"),
        Some(n) => {
            let text = |lang| {
                glokal_i18n::t_args(
                    lang,
                    "event-places-left",
                    &[("count", glokal_i18n::FluentValue::from(f64::from(n)))],
                )
            };
            Label::Labels(glokal_api_types::Labels {
                de: text(glokal_api_types::Language::De),
                cs: text(glokal_api_types::Language::Cs),
                en: text(glokal_api_types::Language::En),
            })
        }
    })
}

/// A title in the viewer's language (else the best one), as a reactive (language, text).
pub fn shown_text(
    text: LocalizedText,
) -> impl Fn() -> (glokal_api_types::Language, String) + Clone + Send + Sync + 'static {
    let i18n = use_i18n();
    move || {
        let ui = i18n.lang();
        text.best(ui)
            .map(|(lang, t)| (lang, t.to_owned()))
            .unwrap_or((ui, String::new()))
    }
}

/// The month of an instant in local time, as (year, month).
pub fn month_of(at: chrono::DateTime<Utc>) -> (i32, u32) {
    let local = time::local(at);
    (local.year(), local.month())
}

/// One event in a list: a date block, badges, title, time, place, organiser, places.
pub fn event_card(event: EventSummary) -> impl IntoView {
    let i18n = use_i18n();
    let shown = shown_text(event.title.clone());
    let heading = {
        let shown = shown.clone();
        let href = format!("/events/{}", event.id);
        move || {
            let (lang, text) = shown();
            Fresh(view! { <a href=href.clone() lang=lang.code()>{text}</a> })
        }
    };
    let note = move || Fresh(written_in(shown().0, i18n.lang()));
    let (starts, ends) = (event.starts_at, event.ends_at);
    let when = dyn_text(move || time::span(i18n.lang(), starts, ends));
    let local = time::local(starts);
    let month = local.month();
    let short_month = dyn_text(move || i18n.t(&format!("month-short-{month}")));
    let hybrid = (event.city.is_some() && event.online).then_some(" + ");
    let online = event.online.then(|| tr("event-online"));
    let places = places_text(event.capacity, event.places_left).map(|label| {
        let full = event.places_left == Some(0);
        view! { <span class="event-places" class:event-places-full=full data-testid="event-places">{tr_label(label)}</span> }
    });
    view! {
        <li
            class="card event-card"
            class:event-card-cancelled=event.status == EventStatus::Cancelled
            data-testid="event-card"
            data-id=event.id.to_string()
            data-status=wire_name(&event.status)
        >
            <div class="event-date" aria-hidden="true">
                <span class="event-date-day">{local.day()}</span>
                <span class="event-date-month">{short_month}</span>
            </div>
            <div class="event-card-body">
                {badges(event.kind, event.status, event.matchmaking, event.demo)}
                <h3 class="event-card-title" data-testid="event-card-title">{heading}</h3>
                {note}
                <p class="event-card-when" data-testid="event-when">{when}</p>
                <p class="event-card-meta">
                    <span data-testid="event-place">
                        {event.city.clone()}
                        {hybrid}
                        {online}
                    </span>
                    " · "
                    <span>{event.organizer.name.clone()}</span>
                    {places.map(|p| view! { " · " {p} })}
                </p>
            </div>
        </li>
    }
}

/// Events as cards under a heading per month (local time).
pub fn month_groups(events: Vec<EventSummary>) -> impl IntoView {
    let mut groups: Vec<((i32, u32), Vec<EventSummary>)> = Vec::new();
    for event in events {
        let month = month_of(event.starts_at);
        match groups.last_mut() {
            Some((m, list)) if *m == month => list.push(event),
            _ => groups.push((month, vec![event])),
        }
    }
    let i18n = use_i18n();
    groups
        .into_iter()
        .map(|((year, month), list)| {
            let heading = dyn_text(move || format!("{} {year}", time::month_name(i18n.lang(), month)));
            view! {
                <section class="month-group" data-testid="month-group" data-month=format!("{year}-{month:02}")>
                    <h2 class="month-heading">{heading}</h2>
                    <ul class="event-list">{list.into_iter().map(event_card).collect_view()}</ul>
                </section>
            }
        })
        .collect_view()
}

/// Whether the logged-in person may organise events (institution staff, platform admins).
pub fn may_organise() -> bool {
    use_session()
        .user_untracked()
        .is_some_and(|u| matches!(u.role, Role::InstitutionStaff | Role::PlatformAdmin))
}

/// An organisation's coming events on its profile; its staff members also get "new event".
pub fn organization_events(org: &Organization) -> impl IntoView {
    let api = use_api();
    let id = org.id;
    let query = EventQuery {
        organization_id: Some(id),
        from: Some(time::today()),
        limit: Some(20),
        ..Default::default()
    };
    let list =
        crate::pages::organizations::load(async move { Some(api.list_events(&query).await) });
    let new = (org.my_role.is_some() && may_organise()).then(|| {
        view! {
            <a href=format!("/events/new?organization={id}") class="btn btn-secondary btn-small" data-testid="profile-new-event">
                {tr("event-new")}
            </a>
        }
    });
    let content = move || {
        Fresh(match list.get() {
            None => EitherOf3::A(view! { <Spinner /> }),
            Some(Err(error)) => EitherOf3::B(view! { <ErrorAlert error=error /> }),
            Some(Ok(page)) if page.items.is_empty() => EitherOf3::C(Either::Left(
                view! { <p class="muted" data-testid="profile-events-none">{tr("event-profile-none")}</p> },
            )),
            Some(Ok(page)) => EitherOf3::C(Either::Right(view! {
                <ul class="event-list event-list-compact" data-testid="profile-events">
                    {page.items.into_iter().map(event_card).collect_view()}
                </ul>
            })),
        })
    };
    view! {
        <section class="card profile-card" aria-labelledby="profile-events-title">
            <div class="card-title-row">
                <h2 id="profile-events-title">{tr("events-title")}</h2>
                {new}
            </div>
            {content}
        </section>
    }
}

/// A registration's state as text: "confirmed", "waiting list, position 2", "cancelled".
pub fn registration_state(
    status: RegistrationStatus,
    position: Option<u32>,
) -> impl Fn() -> String + Clone + Send + Sync {
    match status {
        RegistrationStatus::Confirmed => t_args("registration-confirmed", vec![]),
        RegistrationStatus::Waiting => t_args(
            "registration-waiting",
            vec![("position", Arg::Num(f64::from(position.unwrap_or(0))))],
        ),
        RegistrationStatus::Cancelled => t_args("registration-cancelled", vec![]),
    }
}
