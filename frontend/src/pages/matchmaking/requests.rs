//! The caller's meeting requests: incoming ones to accept or decline, outgoing ones to
//! withdraw, each with its state and when a pending one expires.

use glokal_api_types::{MeetingAnswer, MeetingRequest, MeetingRequestList, MeetingRequestStatus};
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use uuid::Uuid;

use super::{reload_requests, status_badge};
use crate::api::{use_api, wire_name, ApiClientError};
use crate::components::alert::ErrorAlert;
use crate::components::fresh::Fresh;
use crate::components::spinner::Spinner;
use crate::i18n::{dyn_text, t_args, tr, use_i18n, Arg};
use crate::pages::organizations::country_label;
use crate::time;

type Requests = RwSignal<Option<Result<MeetingRequestList, ApiClientError>>>;

/// The section.
pub fn requests(event: Uuid, open: bool, requests: Requests) -> impl IntoView {
    let error = RwSignal::new(None::<ApiClientError>);
    let busy = RwSignal::new(false);
    let content = move || {
        Fresh(match requests.get() {
            None => EitherOf3::A(view! { <Spinner /> }),
            Some(Err(error)) => EitherOf3::B(view! { <ErrorAlert error=error /> }),
            Some(Ok(list)) => EitherOf3::C(view! {
                {column("mm-incoming-title", "mm-incoming-empty", "mm-incoming", list.incoming, true, event, open, requests, error, busy)}
                {column("mm-outgoing-title", "mm-outgoing-empty", "mm-outgoing", list.outgoing, false, event, open, requests, error, busy)}
            }),
        })
    };
    view! {
        <section id="mm-requests" class="card mm-section" aria-labelledby="mm-requests-title" data-testid="mm-requests">
            <h2 id="mm-requests-title">{tr("mm-requests-title")}</h2>
            <div aria-live="polite">{super::error_slot(error)}</div>
            <div class="mm-requests">{content}</div>
        </section>
    }
}

/// Incoming or outgoing requests.
#[allow(clippy::too_many_arguments)]
fn column(
    title: &'static str,
    empty: &'static str,
    testid: &'static str,
    items: Vec<MeetingRequest>,
    incoming: bool,
    event: Uuid,
    open: bool,
    requests: Requests,
    error: RwSignal<Option<ApiClientError>>,
    busy: RwSignal<bool>,
) -> impl IntoView {
    let list = if items.is_empty() {
        Either::Left(
            view! { <p class="muted" data-testid=format!("{testid}-empty")>{tr(empty)}</p> },
        )
    } else {
        let rows = items
            .into_iter()
            .map(|r| request(r, incoming, event, open, requests, error, busy))
            .collect_view();
        Either::Right(view! { <ul class="mm-request-list">{rows}</ul> })
    };
    view! {
        <div class="mm-request-column" data-testid=testid>
            <h3>{tr(title)}</h3>
            {list}
        </div>
    }
}

/// One request with its actions.
fn request(
    r: MeetingRequest,
    incoming: bool,
    event: Uuid,
    open: bool,
    requests: Requests,
    error: RwSignal<Option<ApiClientError>>,
    busy: RwSignal<bool>,
) -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let other = if incoming {
        r.from.clone()
    } else {
        r.to.clone()
    };
    let id = r.id;
    let pending = r.status == MeetingRequestStatus::Pending;
    let country = other.country.clone();
    let who = dyn_text(move || {
        let country = country_label(&country).text_in(i18n.lang());
        format!("{} ({country})", other.organization_name)
    });
    let (expires, created) = (r.expires_at, r.created_at);
    let when = dyn_text(move || {
        let lang = i18n.lang();
        let sent = t_args(
            "mm-request-sent-at",
            vec![("at", Arg::Text(time::moment(lang, created)))],
        )();
        if pending {
            let until = t_args(
                "mm-request-expires",
                vec![("at", Arg::Text(time::moment(lang, expires)))],
            )();
            format!("{sent} · {until}")
        } else {
            sent
        }
    });
    let run = move |action: Option<MeetingAnswer>| {
        error.set(None);
        busy.set(true);
        leptos::task::spawn_local(async move {
            let result = match action {
                Some(answer) => api.answer_meeting_request(id, answer).await,
                None => api.cancel_meeting_request(id).await,
            };
            busy.set(false);
            match result {
                Ok(_) => reload_requests(api, event, requests),
                Err(e) => error.set(Some(e)),
            }
        });
    };
    // Answers need booking to be open; the sender may withdraw a pending request at any time.
    let actions = (pending && (open || !incoming)).then(|| {
        if incoming {
            Either::Left(view! {
                <button type="button" class="btn btn-primary btn-small" data-testid="mm-request-accept" disabled=move || busy.get() on:click=move |_| run(Some(MeetingAnswer::Accept))>
                    {tr("mm-request-accept")}
                </button>
                <button type="button" class="btn btn-secondary btn-small" data-testid="mm-request-decline" disabled=move || busy.get() on:click=move |_| run(Some(MeetingAnswer::Decline))>
                    {tr("mm-request-decline")}
                </button>
            })
        } else {
            Either::Right(view! {
                <button type="button" class="btn btn-ghost btn-small btn-danger-text" data-testid="mm-request-cancel" disabled=move || busy.get() on:click=move |_| run(None)>
                    {tr("mm-request-cancel")}
                </button>
            })
        }
    });
    view! {
        <li class="mm-request" data-testid="mm-request" data-id=id.to_string() data-status=wire_name(&r.status) data-with=other.participant_id.to_string()>
            <div class="mm-card-head">
                <strong>{who}</strong>
                {status_badge(r.status)}
            </div>
            {r.message.map(|m| view! { <p class="profile-description mm-message">{m}</p> })}
            <p class="muted">{when}</p>
            {actions.map(|a| view! { <div class="button-row">{a}</div> })}
        </li>
    }
}
