//! The Kooperationsbörse (B2B matchmaking) of an event:
//! - `/events/:id/matchmaking` for participants (event profile, partners with suggestions,
//!   meeting requests, agenda and ratings); organisers and co-organisers' staff see the
//!   participants there too;
//! - `/events/:id/matchmaking/manage` for organisers (settings, scheduling, publishing);
//! - `/events/:id/matchmaking/plan` for organisers: the printable table plan.

pub mod agenda;
pub mod manage;
pub mod partners;
pub mod plan;
pub mod profile;
pub mod requests;

use chrono::{DateTime, Utc};
use glokal_api_types::{
    ErrorCode, Event, MatchmakingSettings, MeetingOutcome, MeetingRequestList,
    MeetingRequestStatus, RegistrationStatus, Slot, UnscheduledMeeting, UnscheduledReason,
};
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use uuid::Uuid;

use crate::api::{use_api, wire_name, Api, ApiClientError};
use crate::components::alert::{Alert, AlertKind, ErrorAlert};
use crate::components::fresh::Fresh;
use crate::i18n::{dyn_text, t_args, tr, tr_label, use_i18n, use_page_title, Arg, Label};
use crate::pages::events::shown_text;
use crate::pages::{entity_page, use_path_entity};
use crate::time;

/// An event and its Kooperationsbörse (`None` while the organisers have not set it up, or when
/// the event has none).
#[derive(Clone)]
pub struct Bourse {
    pub event: Event,
    pub settings: Option<MatchmakingSettings>,
}

/// Loads the event and, if it has matchmaking, its settings.
pub async fn load_bourse(api: Api, id: Uuid) -> Result<Bourse, ApiClientError> {
    let event = api.event(id).await?;
    if !event.matchmaking {
        return Ok(Bourse {
            event,
            settings: None,
        });
    }
    let settings = match api.matchmaking(id).await {
        Ok(settings) => Some(settings),
        Err(error) if error.code() == Some(ErrorCode::MatchmakingUnavailable) => None,
        Err(error) => return Err(error),
    };
    Ok(Bourse { event, settings })
}

/// `/events/:id/matchmaking` (login required).
#[component]
pub fn MatchmakingPage() -> impl IntoView {
    use_page_title(tr("mm-title"));
    let api = use_api();
    let state = use_path_entity(move |id| load_bourse(api, id));
    entity_page(state, true, participant_page)
}

/// The page header: back to the event, the title, the event's name and time.
pub fn header(
    event: &Event,
    title: &'static str,
    actions: impl IntoView + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = event.id;
    let shown = shown_text(event.title.clone());
    let lang = shown.clone();
    let (starts, ends) = (event.starts_at, event.ends_at);
    let when = dyn_text(move || time::span(i18n.lang(), starts, ends));
    let place = event.venue.as_ref().map(|v| format!(" · {}", v.city));
    view! {
        <header class="page-header page-header-actions">
            <div>
                <p class="back-link no-print"><a href=format!("/events/{id}") data-testid="mm-back">{tr("checkin-back")}</a></p>
                <h1>{tr(title)}</h1>
                <p class="lead" lang=move || lang().0.code() data-testid="mm-event">{dyn_text(move || shown().1)}</p>
                <p class="muted">{when}{place}</p>
            </div>
            {actions}
        </header>
    }
}

/// An info box with one message.
pub fn note(message: &'static str, testid: &'static str) -> impl IntoView {
    view! { <Alert kind=AlertKind::Info><p data-testid=testid>{tr(message)}</p></Alert> }
}

fn participant_page(bourse: Bourse) -> impl IntoView {
    let Bourse { event, settings } = bourse;
    let id = event.id;
    let manage_links = event.can_manage.then(|| {
        view! {
            <div class="profile-actions no-print">
                <a href=format!("/events/{id}/matchmaking/manage") class="btn btn-secondary" data-testid="mm-manage-link">{tr("mm-manage")}</a>
            </div>
        }
    });
    let body = match settings {
        _ if !event.matchmaking => EitherOf3::A(note("mm-none", "mm-none")),
        None => EitherOf3::A(note(
            if event.can_manage {
                "mm-not-set-up-organiser"
            } else {
                "mm-not-set-up"
            },
            "mm-not-set-up",
        )),
        Some(settings) => match settings.my_participant_id {
            Some(me) => EitherOf3::B(participant_sections(id, settings, me)),
            None => EitherOf3::C(outsider(&event, settings)),
        },
    };
    view! {
        <section class="container mm-page" data-testid="mm-page" data-id=id.to_string()>
            {header(&event, "mm-title", manage_links)}
            {body}
        </section>
    }
}

/// Not a participant: why not, and (for organisers and co-organisers' staff) the participants.
fn outsider(event: &Event, settings: MatchmakingSettings) -> impl IntoView {
    let waiting = event
        .my_registration
        .as_ref()
        .is_some_and(|r| r.status == RegistrationStatus::Waiting);
    let message = if waiting {
        "mm-outsider-waiting"
    } else if event.can_manage {
        "mm-outsider-organiser"
    } else {
        "mm-outsider"
    };
    let requests = RwSignal::new(None);
    view! {
        {note(message, "mm-outsider")}
        {partners::partners(event.id, settings, None, requests)}
    }
}

/// Status line, section navigation and the participant's sections.
fn participant_sections(event: Uuid, settings: MatchmakingSettings, me: Uuid) -> impl IntoView {
    let api = use_api();
    let requests = RwSignal::new(None::<Result<MeetingRequestList, ApiClientError>>);
    reload_requests(api, event, requests);
    let nav = [
        ("#mm-agenda", "mm-agenda-title"),
        ("#mm-requests", "mm-requests-title"),
        ("#mm-partners", "mm-partners-title"),
        ("#mm-profile", "mm-profile-title"),
    ]
    .map(|(href, label)| view! { <li><a href=href rel="external">{tr(label)}</a></li> })
    .into_iter()
    .collect_view();
    view! {
        {booking_status(&settings)}
        <nav class="mm-nav no-print" aria-label=tr("mm-nav")>
            <ul>{nav}</ul>
        </nav>
        {agenda::agenda(event)}
        {requests::requests(event, settings.booking_open, requests)}
        {partners::partners(event, settings.clone(), Some(me), requests)}
        {profile::profile(event, settings)}
    }
}

/// The error of the last attempt, if any (one closure type for every such slot on these pages).
pub fn error_slot(error: RwSignal<Option<ApiClientError>>) -> impl IntoView {
    move || Fresh(error.get().map(|e| view! { <ErrorAlert error=e /> }))
}

/// Loads the caller's meeting requests into `slot`.
pub fn reload_requests(
    api: Api,
    event: Uuid,
    slot: RwSignal<Option<Result<MeetingRequestList, ApiClientError>>>,
) {
    leptos::task::spawn_local(async move {
        let result = api.meeting_requests(event).await;
        slot.try_set(Some(result));
    });
}

/// "Requests can be sent until …" or "booking is closed"; the number of meeting rounds.
fn booking_status(settings: &MatchmakingSettings) -> impl IntoView {
    let i18n = use_i18n();
    let deadline = settings.booking_deadline;
    let open = settings.booking_open;
    let text = dyn_text(move || {
        let at = time::moment(i18n.lang(), deadline);
        let id = if open {
            "mm-booking-open"
        } else {
            "mm-booking-closed"
        };
        t_args(id, vec![("deadline", Arg::Text(at))])()
    });
    let rounds = slots_summary(&settings.slots, settings.slot_minutes);
    view! {
        <p class="mm-status" class:mm-status-closed=!open data-testid="mm-booking" data-open=open.to_string()>
            {text}
        </p>
        <p class="muted">{rounds}</p>
    }
}

/// "12 meeting rounds of 20 minutes, 10:00–16:00".
pub fn slots_summary(
    slots: &[Slot],
    minutes: u32,
) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let i18n = use_i18n();
    let count = slots.len();
    let span = slots
        .first()
        .zip(slots.last())
        .map(|(a, b)| (a.starts_at, b.ends_at));
    dyn_text(move || {
        let text = t_args(
            "mm-rounds",
            vec![
                ("count", Arg::Num(count as f64)),
                ("minutes", Arg::Num(f64::from(minutes))),
            ],
        )();
        match span {
            Some((a, b)) => format!("{text} · {}", time::span(i18n.lang(), a, b)),
            None => text,
        }
    })
}

/// `10:00–10:20`.
pub fn clock_span(
    starts: DateTime<Utc>,
    ends: DateTime<Utc>,
) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let i18n = use_i18n();
    dyn_text(move || {
        let lang = i18n.lang();
        format!("{}–{}", time::clock(lang, starts), time::clock(lang, ends))
    })
}

/// The name of a request's state.
pub fn status_label(status: MeetingRequestStatus) -> Label {
    Label::Id(match status {
        MeetingRequestStatus::Pending => "mm-status-pending",
        MeetingRequestStatus::Accepted => "mm-status-accepted",
        MeetingRequestStatus::Declined => "mm-status-declined",
        MeetingRequestStatus::Expired => "mm-status-expired",
        MeetingRequestStatus::Cancelled => "mm-status-cancelled",
    })
}

/// A request's state as a badge.
pub fn status_badge(status: MeetingRequestStatus) -> impl IntoView {
    let class = match status {
        MeetingRequestStatus::Pending => "badge badge-draft",
        MeetingRequestStatus::Accepted => "badge badge-success",
        _ => "badge badge-muted",
    };
    view! { <span class=class data-testid="mm-request-status" data-status=wire_name(&status)>{tr_label(status_label(status))}</span> }
}

/// Every outcome of a meeting, in the order offered.
pub const OUTCOMES: [MeetingOutcome; 4] = [
    MeetingOutcome::NoFollowUp,
    MeetingOutcome::FollowUpPlanned,
    MeetingOutcome::OfferQuote,
    MeetingOutcome::CooperationAgreement,
];

/// The name of an outcome.
pub fn outcome_label(outcome: MeetingOutcome) -> Label {
    Label::Id(match outcome {
        MeetingOutcome::NoFollowUp => "mm-outcome-no_follow_up",
        MeetingOutcome::FollowUpPlanned => "mm-outcome-follow_up_planned",
        MeetingOutcome::OfferQuote => "mm-outcome-offer_quote",
        MeetingOutcome::CooperationAgreement => "mm-outcome-cooperation_agreement",
    })
}

/// "Table 3" or "Table 12 (with interpreter)" for a 1-based table number.
pub fn table_label(
    table: u32,
    interpreter: bool,
) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let id = if interpreter {
        "matchmaking-interpreter-table"
    } else {
        "matchmaking-table"
    };
    t_args(id, vec![("table", Arg::Num(f64::from(table)))])
}

/// The reason an accepted request got no slot, in the UI language (else the server's text).
pub fn reason_label(reason: UnscheduledReason, message: String) -> Label {
    Label::Dyn(
        format!("matchmaking-unscheduled-{}", wire_name(&reason)),
        message,
    )
}

/// The accepted requests without a place, with their reasons.
pub fn unscheduled_list(items: Vec<UnscheduledMeeting>) -> impl IntoView {
    if items.is_empty() {
        return Either::Left(
            view! { <p class="muted" data-testid="mm-unscheduled-none">{tr("mm-unscheduled-none")}</p> },
        );
    }
    let rows = items
        .into_iter()
        .map(|item| {
            let pair = format!(
                "{} – {}",
                item.a.organization_name, item.b.organization_name
            );
            view! {
                <li data-testid="mm-unscheduled" data-reason=wire_name(&item.reason)>
                    <strong>{pair}</strong>
                    <span class="muted">{tr_label(reason_label(item.reason, item.message))}</span>
                </li>
            }
        })
        .collect_view();
    Either::Right(view! { <ul class="mm-unscheduled">{rows}</ul> })
}

/// On an event's page: the Kooperationsbörse with "take part" for confirmed participants and
/// "manage" for organisers (nothing for events without one).
pub fn event_card(event: &Event) -> Option<impl IntoView> {
    if !event.matchmaking {
        return None;
    }
    let id = event.id;
    let confirmed = event
        .my_registration
        .as_ref()
        .is_some_and(|r| r.status == RegistrationStatus::Confirmed);
    let text = if confirmed {
        "event-mm-participant"
    } else if event.can_manage {
        "event-mm-organiser"
    } else {
        "event-mm-info"
    };
    let take_part = confirmed.then(|| {
        view! { <a href=format!("/events/{id}/matchmaking") class="btn btn-primary" data-testid="event-mm-take-part">{tr("event-mm-take-part")}</a> }
    });
    let manage = event.can_manage.then(|| {
        view! {
            <a href=format!("/events/{id}/matchmaking/manage") class="btn btn-secondary" data-testid="event-mm-manage">{tr("mm-manage")}</a>
            <a href=format!("/events/{id}/matchmaking") class="btn btn-ghost" data-testid="event-mm-participants">{tr("mm-participants-link")}</a>
        }
    });
    Some(view! {
        <section class="card profile-card" aria-labelledby="event-mm-title" data-testid="event-matchmaking">
            <h2 id="event-mm-title">{tr("mm-title")}</h2>
            <p>{tr(text)}</p>
            <p class="button-row">{take_part}{manage}</p>
        </section>
    })
}
