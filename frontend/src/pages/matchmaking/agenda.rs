//! The participant's agenda once the schedule is published: time, table (interpreter), the
//! other side with its contact person, the `.ics` download, and after each meeting its rating.

use glokal_api_types::{Agenda, AgendaMeeting, MeetingOutcome};
use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;
use uuid::Uuid;

use super::{clock_span, error_slot, outcome_label, table_label, OUTCOMES};
use crate::api::{from_wire_name, use_api, wire_name, ApiClientError};
use crate::components::alert::{Alert, AlertKind, ErrorAlert};
use crate::components::download::save_text;
use crate::components::form::{select_option, ActionButton};
use crate::components::fresh::Fresh;
use crate::components::spinner::Spinner;
use crate::components::task::{task, Job};
use crate::i18n::{dyn_text, tr, tr_label, use_i18n, Label};
use crate::pages::organizations::{country_label, languages_text, use_languages};
use crate::time;

/// The section (loads the agenda itself).
pub fn agenda(event: Uuid) -> impl IntoView {
    let api = use_api();
    let state = RwSignal::new(None::<Result<Agenda, ApiClientError>>);
    leptos::task::spawn_local(async move {
        let result = api.agenda(event).await;
        state.try_set(Some(result));
    });
    let content = move || {
        Fresh(match state.get() {
            None => EitherOf4::A(view! { <Spinner /> }),
            Some(Err(error)) => EitherOf4::B(view! { <ErrorAlert error=error /> }),
            Some(Ok(agenda)) if agenda.published_at.is_none() => EitherOf4::C(
                view! { <p class="muted" data-testid="mm-agenda-unpublished">{tr("mm-agenda-unpublished")}</p> },
            ),
            Some(Ok(agenda)) => EitherOf4::D(meetings(event, agenda)),
        })
    };
    view! {
        <section id="mm-agenda" class="card mm-section" aria-labelledby="mm-agenda-title" data-testid="mm-agenda">
            <h2 id="mm-agenda-title">{tr("mm-agenda-title")}</h2>
            {content}
        </section>
    }
}

/// The published meetings and the calendar download.
fn meetings(event: Uuid, agenda: Agenda) -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let download = task();
    let failed = RwSignal::new(None::<ApiClientError>);
    let on_download = Callback::new(move |()| {
        failed.set(None);
        download.dispatch_local(Job::new(async move {
            let lang = i18n.lang_untracked();
            match api.agenda_ics(event, lang).await {
                Ok(text) => {
                    if save_text(&text, "text/calendar", "glokal-meetings.ics").is_err() {
                        failed.set(Some(ApiClientError::Unexpected { status: 200 }));
                    }
                }
                Err(error) => failed.set(Some(error)),
            }
        }));
    });
    let list = if agenda.meetings.is_empty() {
        Either::Left(
            view! { <p class="muted" data-testid="mm-agenda-empty">{tr("mm-agenda-empty")}</p> },
        )
    } else {
        let rows = agenda.meetings.into_iter().map(meeting).collect_view();
        Either::Right(view! {
            <ol class="mm-agenda-list" data-testid="mm-agenda-list">{rows}</ol>
            <div class="button-row">
                <ActionButton label=tr("mm-agenda-ics") pending=download.pending() testid="mm-agenda-ics" on_click=on_download />
            </div>
            {error_slot(failed)}
        })
    };
    view! {
        <p class="muted">{tr("mm-agenda-lead")}</p>
        {list}
    }
}

/// One meeting: when, where, with whom; the rating once it is over.
fn meeting(m: AgendaMeeting) -> impl IntoView {
    let i18n = use_i18n();
    let known = use_languages();
    let starts = m.starts_at;
    let day = dyn_text(move || time::day(i18n.lang(), starts));
    let org = m.with.organization.clone();
    let country = org.country.clone();
    let place = dyn_text(move || {
        format!(
            "{}, {}",
            org.city,
            country_label(&country).text_in(i18n.lang())
        )
    });
    let languages = m.with.languages.clone();
    let spoken = dyn_text(move || languages_text(&known.get(), &languages, i18n.lang()));
    let missing = m.interpreter_missing.then(|| {
        view! { <p class="mm-warning" data-testid="mm-interpreter-missing">{tr("mm-interpreter-missing")}</p> }
    });
    let over = m.ends_at <= chrono::Utc::now();
    let rating = over.then(|| rating(m.meeting_id, m.my_rating));
    let email = m.with.contact_email.clone();
    view! {
        <li
            class="mm-meeting"
            data-testid="mm-meeting"
            data-id=m.meeting_id.to_string()
            data-slot=m.slot.to_string()
            data-table=m.table.to_string()
            data-with=m.with.participant_id.to_string()
        >
            <div class="mm-meeting-when">
                <span class="mm-meeting-time" data-testid="mm-meeting-time">{clock_span(m.starts_at, m.ends_at)}</span>
                <span class="muted">{day}</span>
            </div>
            <div class="mm-meeting-body">
                <p class="mm-meeting-table" data-testid="mm-meeting-table">{table_label(m.table, m.interpreter_table)}</p>
                <p class="mm-meeting-with">
                    <a href=format!("/organizations/{}", m.with.organization.id) data-testid="mm-meeting-with">{m.with.organization.name.clone()}</a>
                    <span class="muted">" · " {place}</span>
                </p>
                <p class="muted">
                    {m.with.contact_name.clone().map(|name| view! { {name} " · " })}
                    {email.map(|email| view! {
                        <a href=format!("mailto:{email}") class="break-anywhere">{email.clone()}</a>
                        " · "
                    })}
                    {spoken}
                </p>
                {missing}
                {rating}
            </div>
        </li>
    }
}

/// "How did it go?" with the four outcomes.
fn rating(meeting: Uuid, current: Option<MeetingOutcome>) -> impl IntoView {
    let api = use_api();
    let value = RwSignal::new(current.map(|o| wire_name(&o)).unwrap_or_default());
    let saved = RwSignal::new(current);
    let failed = RwSignal::new(None::<ApiClientError>);
    let save = task();
    let id = format!("mm-rating-{meeting}");
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        failed.set(None);
        let Some(outcome) = from_wire_name::<MeetingOutcome>(&value.get_untracked()) else {
            return;
        };
        save.dispatch_local(Job::new(async move {
            match api.rate_meeting(meeting, outcome).await {
                Ok(rating) => saved.set(Some(rating.outcome)),
                Err(error) => failed.set(Some(error)),
            }
        }));
    };
    let options = std::iter::once((String::new(), Label::Id("mm-rating-choose")))
        .chain(OUTCOMES.iter().map(|o| (wire_name(o), outcome_label(*o))))
        .map(|(code, label)| select_option(code, label, value.into()))
        .collect_view();
    view! {
        <form class="mm-rating" novalidate on:submit=on_submit data-testid="mm-rating">
            <label for=id.clone() class="field-label">{tr("mm-rating-label")}</label>
            <div class="inline-add">
                <select id=id class="input select" data-testid="mm-rating-select" on:change=move |ev| value.set(event_target_value(&ev))>
                    {options}
                </select>
                <button type="submit" class="btn btn-secondary btn-small" data-testid="mm-rating-save" disabled=move || save.pending().get()>
                    {tr("mm-rating-save")}
                </button>
            </div>
            <div aria-live="polite">
                {move || Fresh(saved.get().map(|o| view! {
                    <Alert kind=AlertKind::Success>
                        <p data-testid="mm-rating-saved" data-outcome=wire_name(&o)>{tr("mm-rating-saved")} " " {tr_label(outcome_label(o))}</p>
                    </Alert>
                }))}
                {error_slot(failed)}
            </div>
        </form>
    }
}
