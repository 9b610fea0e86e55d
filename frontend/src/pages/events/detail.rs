//! `/events/:id`: an event with description, programme, venue, organisers, places and the
//! `.ics` file; registration on behalf of one's organisation (or "log in to register"); the
//! organisers' actions (edit, check-in list, publish, close registration, cancel, delete).

use glokal_api_types::{
    Event, EventRegistrationRequest, EventStatus, Membership, RegistrationStatus, Role,
};
use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use uuid::Uuid;

use super::{badges, registration_state, shown_text};
use crate::api::{use_api, wire_name, ApiClientError};
use crate::components::alert::{Alert, AlertKind};
use crate::components::dialog::{ConfirmDialog, DialogHandle};
use crate::components::form::{ActionButton, FormError, FormFeedback, SelectField, SubmitButton};
use crate::components::fresh::Fresh;
use crate::components::lang_tabs::TextArea;
use crate::components::task::{task, Job};
use crate::i18n::{dyn_text, t_args, tr, tr_label, use_i18n, use_page_title, Arg, Label};
use crate::notices::{use_notices, NoticeKind};
use crate::pages::organizations::profile::{text_card, written_in};
use crate::pages::organizations::{country_label, languages_text, use_languages};
use crate::pages::{entity_page, use_path_entity, Entity};
use crate::session::use_session;
use crate::time;

/// The page.
#[component]
pub fn EventPage() -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let state: Entity<Event> = use_path_entity(move |id| api.event(id));
    let generic = tr("events-title");
    use_page_title(move || {
        state
            .with(|e| {
                e.as_ref()
                    .and_then(|r| r.as_ref().ok())
                    .and_then(|e| e.title.best(i18n.lang()).map(|(_, t)| t.to_owned()))
            })
            .unwrap_or_else(&generic)
    });
    entity_page(state, false, move |event| detail(event, state))
}

/// Reloads the event after a change elsewhere (registration, cancellation).
fn reload(state: Entity<Event>, id: Uuid) {
    let api = use_api();
    leptos::task::spawn_local(async move {
        let result = api.event(id).await;
        state.try_set(Some(result));
    });
}

/// A term and its description.
fn fact(term: &'static str, testid: &'static str, value: impl IntoView + 'static) -> impl IntoView {
    view! { <div><dt>{tr(term)}</dt><dd data-testid=testid>{value}</dd></div> }
}

fn detail(event: Event, state: Entity<Event>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let api = use_api();
    let id = event.id;
    let shown = shown_text(event.title.clone());
    let heading = {
        let shown = shown.clone();
        move || {
            let (lang, text) = shown();
            Fresh(view! { <h1 lang=lang.code() data-testid="event-title">{text}</h1> })
        }
    };
    let note = move || Fresh(written_in(shown().0, i18n.lang()));
    let (starts, ends) = (event.starts_at, event.ends_at);
    let when = dyn_text(move || time::span(i18n.lang(), starts, ends));
    let place = match (&event.venue, &event.online_url) {
        (Some(venue), Some(_)) => format!("{} + ", venue.city),
        (Some(venue), None) => venue.city.clone(),
        (None, _) => String::new(),
    };
    let online = event.online_url.is_some().then(|| tr("event-online"));

    // My organisations (for registering, and to find co-organisers' staff).
    let mine = RwSignal::new(None::<Result<Vec<Membership>, ApiClientError>>);
    if session.is_logged_in() {
        leptos::task::spawn_local(async move {
            let result = api.my_organizations().await;
            mine.try_set(Some(result));
        });
    }
    let co_ids: Vec<Uuid> = event.co_organizers.iter().map(|o| o.id).collect();
    let can_manage = event.can_manage;
    let staff = move || {
        can_manage
            || session.user().is_some_and(|u| {
                u.role == Role::InstitutionStaff
                    && mine.with(|m| {
                        m.as_ref()
                            .and_then(|m| m.as_ref().ok())
                            .is_some_and(|m| m.iter().any(|o| co_ids.contains(&o.organization_id)))
                    })
            })
    };
    let list_link = move || {
        staff().then(|| view! {
            <a href=format!("/events/{id}/registrations") class="btn btn-secondary" data-testid="event-registrations-link">{tr("event-registrations")}</a>
        })
    };
    let actions = view! {
        <div class="profile-actions" data-testid="event-actions">
            {list_link}
            {can_manage.then(|| manager_actions(&event, state))}
        </div>
    };

    let cancelled = (event.status == EventStatus::Cancelled).then(|| {
        let reason = event.cancellation_reason.clone();
        view! {
            <Alert kind=AlertKind::Error>
                <p data-testid="event-cancelled-note">{tr("event-cancelled-note")}</p>
                {reason.map(|r| view! { <p class="profile-description">{r}</p> })}
            </Alert>
        }
    });
    let draft = (event.status == EventStatus::Draft).then(|| {
        view! { <Alert kind=AlertKind::Info><p data-testid="event-draft-note">{tr("event-draft-note")}</p></Alert> }
    });

    let programme = (!event.programme.is_empty()).then(|| {
        let items = event
            .programme
            .iter()
            .map(|item| {
                let at = item.starts_at;
                let clock = dyn_text(move || time::clock(i18n.lang(), at));
                let title = shown_text(item.title.clone());
                let lang = title.clone();
                view! {
                    <li class="programme-item" data-testid="programme-item">
                        <span class="programme-time">{clock}</span>
                        <div>
                            <p class="programme-title" lang=move || lang().0.code()>{dyn_text(move || title().1)}</p>
                            {item.speaker.clone().map(|s| view! { <p class="muted">{s}</p> })}
                        </div>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="card profile-card" aria-labelledby="event-programme-title">
                <h2 id="event-programme-title">{tr("event-programme")}</h2>
                <ol class="programme" data-testid="event-programme">{items}</ol>
            </section>
        }
    });

    let description = (!event.description.languages().is_empty()).then(|| {
        text_card(
            "event-field-description",
            event.description.clone(),
            "event-description",
            "event-description",
        )
    });

    view! {
        <article class="container profile event-detail" data-testid="event-page" data-id=id.to_string() data-status=wire_name(&event.status)>
            <p class="back-link page-back"><a href="/events" data-testid="event-back">{tr("events-back")}</a></p>
            <header class="profile-header">
                <div class="opp-heading">
                    {badges(event.kind, event.status, event.matchmaking, event.demo)}
                    {heading}
                    {note}
                    <p class="profile-place" data-testid="event-when">{when} " · " {place} {online}</p>
                </div>
                {actions}
            </header>
            {cancelled}
            {draft}
            <div class="profile-layout">
                <div class="profile-main">
                    {registration_card(&event, state, mine)}
                    {crate::pages::matchmaking::event_card(&event)}
                    {description}
                    {programme}
                </div>
                <aside class="profile-side">
                    {facts(&event)}
                    {venue_card(&event)}
                    {organisers_card(&event)}
                </aside>
            </div>
        </article>
    }
}

/// When, deadline, languages, places; the `.ics` download.
fn facts(event: &Event) -> impl IntoView {
    let i18n = use_i18n();
    let known = use_languages();
    let (starts, ends, deadline) = (event.starts_at, event.ends_at, event.registration_deadline);
    let languages = event.languages.clone();
    let spoken = dyn_text(move || languages_text(&known.get(), &languages, i18n.lang()));
    let places = match event.capacity {
        Some(capacity) => {
            let (registered, waiting) = (event.registered, event.waiting);
            let text = dyn_text(move || {
                let taken = t_args(
                    "event-places-of",
                    vec![
                        ("registered", Arg::Num(f64::from(registered))),
                        ("capacity", Arg::Num(f64::from(capacity))),
                    ],
                )();
                if waiting > 0 {
                    let queue = t_args(
                        "event-waiting-count",
                        vec![("count", Arg::Num(f64::from(waiting)))],
                    )();
                    format!("{taken} · {queue}")
                } else {
                    taken
                }
            });
            Either::Left(fact("event-places", "event-fact-places", text))
        }
        None => Either::Right(fact(
            "event-places",
            "event-fact-places",
            tr("event-no-limit"),
        )),
    };
    view! {
        <section class="card profile-card" aria-labelledby="event-facts-title">
            <h2 id="event-facts-title">{tr("event-facts")}</h2>
            <dl class="facts">
                {fact("event-when", "event-fact-when", dyn_text(move || time::span(i18n.lang(), starts, ends)))}
                {fact("event-deadline", "event-fact-deadline", dyn_text(move || time::moment(i18n.lang(), deadline)))}
                {fact("event-languages", "event-fact-languages", spoken)}
                {places}
            </dl>
            <p><a href=event.ics_url.clone() download="event.ics" class="btn btn-secondary btn-small" data-testid="event-ics">{tr("event-ics")}</a></p>
        </section>
    }
}

/// The venue with its address and a map link, and the online link.
fn venue_card(event: &Event) -> impl IntoView {
    let venue = event.venue.clone().map(|v| {
        let map = v.lat.zip(v.lon).map(|(lat, lon)| {
            let href = format!("https://www.openstreetmap.org/?mlat={lat:.5}&mlon={lon:.5}#map=15/{lat:.5}/{lon:.5}");
            view! { <p><a href=href target="_blank" rel="noopener noreferrer" data-testid="event-map-link">{tr("profile-map-link")}</a></p> }
        });
        let town = format!("{} {}", v.postal_code.clone().unwrap_or_default(), v.city).trim().to_owned();
        view! {
            <address class="profile-address" data-testid="event-venue">
                <strong>{v.name.clone()}</strong>
                {v.street.clone().map(|s| view! { <span>{s}</span> })}
                <span>{town}</span>
                <span>{tr_label(country_label(&v.country))}</span>
            </address>
            {map}
        }
    });
    let online = event.online_url.clone().map(|url| {
        view! {
            <p>
                <span class="contact-label">{tr("event-online-link")}</span><br />
                <a href=url.clone() target="_blank" rel="noopener noreferrer nofollow" data-testid="event-online-link" class="break-anywhere">{url.clone()}</a>
            </p>
        }
    });
    view! {
        <section class="card profile-card" aria-labelledby="event-venue-title">
            <h2 id="event-venue-title">{tr("event-venue")}</h2>
            {venue}
            {online}
        </section>
    }
}

/// The organiser and co-organisers, linking to their profiles.
fn organisers_card(event: &Event) -> impl IntoView {
    let link = |org: &glokal_api_types::EventOrganizer| {
        view! { <li><a href=format!("/organizations/{}", org.id)>{org.name.clone()}</a></li> }
    };
    let co = (!event.co_organizers.is_empty()).then(|| {
        view! {
            <p class="contact-label">{tr("event-co-organisers")}</p>
            <ul class="nace-list" data-testid="event-co-organisers">{event.co_organizers.iter().map(link).collect_view()}</ul>
        }
    });
    view! {
        <section class="card profile-card" aria-labelledby="event-organisers-title">
            <h2 id="event-organisers-title">{tr("event-organiser")}</h2>
            <ul class="nace-list" data-testid="event-organiser">{link(&event.organizer)}</ul>
            {co}
        </section>
    }
}

/// Registration: log in first; one's own registration with its state and "cancel"; or the
/// form (which organisation, a note).
fn registration_card(
    event: &Event,
    state: Entity<Event>,
    mine: RwSignal<Option<Result<Vec<Membership>, ApiClientError>>>,
) -> impl IntoView {
    let session = use_session();
    let api = use_api();
    let notices = use_notices();
    let id = event.id;
    let open =
        event.status == EventStatus::Published && chrono::Utc::now() <= event.registration_deadline;
    let full = event.places_left == Some(0);
    let own = event.my_registration.clone();

    let content = match (own, session.is_logged_in(), open) {
        // Registered or waiting: the state and "cancel".
        (Some(own), _, _) => {
            let dialog = DialogHandle::new();
            let feedback = FormFeedback::new();
            let cancel = task();
            let on_confirm = Callback::new(move |_| {
                cancel.dispatch_local(Job::new(async move {
                    match api.cancel_registration(id, own.id).await {
                        Ok(()) => {
                            dialog.close();
                            notices.show(
                                NoticeKind::Success,
                                "registration-cancelled-notice",
                                format!("/events/{id}"),
                            );
                            reload(state, id);
                        }
                        Err(error) => feedback.fail(error),
                    }
                }));
            });
            let waiting = own.status == RegistrationStatus::Waiting;
            let done = event.status == EventStatus::Done;
            EitherOf4::A(view! {
                <div class="registration-state" class:registration-waiting=waiting data-testid="my-registration" data-status=wire_name(&own.status) data-position=own.waiting_position.map(|p| p.to_string())>
                    <p class="registration-status">{registration_state(own.status, own.waiting_position)}</p>
                    <p class="muted">{tr(if waiting { "registration-waiting-text" } else { "registration-confirmed-text" })}</p>
                </div>
                {(!done).then(|| view! {
                    <button type="button" class="btn btn-secondary" data-testid="registration-cancel-open" on:click=move |_| { feedback.clear(); dialog.open(); }>
                        {tr("registration-cancel")}
                    </button>
                })}
                <ConfirmDialog
                    handle=dialog
                    id="registration-cancel"
                    title=tr("registration-cancel-title")
                    text=tr("registration-cancel-text")
                    confirm=tr("registration-cancel-confirm")
                    feedback=feedback
                    pending=cancel.pending()
                    on_confirm=on_confirm
                />
            })
        }
        (None, _, false) => EitherOf4::B(view! {
            <p class="muted" data-testid="registration-closed">{tr("registration-not-open")}</p>
        }),
        (None, false, true) => EitherOf4::C(view! {
            <p>{tr("registration-login-text")}</p>
            <p class="button-row">
                <a href=format!("/login?next=/events/{id}") class="btn btn-primary" data-testid="registration-login">{tr("registration-login")}</a>
                <a href=format!("/register?next=/events/{id}") class="btn btn-ghost">{tr("nav-register")}</a>
            </p>
        }),
        (None, true, true) => EitherOf4::D(move || {
            Fresh(match mine.get() {
                None => EitherOf4::A(view! { <crate::components::spinner::Spinner /> }),
                Some(Err(error)) => {
                    EitherOf4::B(view! { <crate::components::alert::ErrorAlert error=error /> })
                }
                Some(Ok(orgs)) if orgs.is_empty() => EitherOf4::C(view! {
                    <p data-testid="registration-no-organization">{tr("registration-no-organization")}</p>
                    <p><a href="/organizations/new" class="btn btn-secondary">{tr("directory-register")}</a></p>
                }),
                Some(Ok(orgs)) => EitherOf4::D(register_form(id, orgs, full, state)),
            })
        }),
    };
    view! {
        <section class="card profile-card registration-card" aria-labelledby="registration-title" data-testid="registration-card">
            <h2 id="registration-title">{tr("registration-title")}</h2>
            {content}
        </section>
    }
}

/// "Register" on behalf of one of `orgs`, with a note.
fn register_form(
    id: Uuid,
    orgs: Vec<Membership>,
    full: bool,
    state: Entity<Event>,
) -> impl IntoView {
    let api = use_api();
    let notices = use_notices();
    let organization = RwSignal::new(
        orgs.first()
            .map(|m| m.organization_id.to_string())
            .unwrap_or_default(),
    );
    let note = RwSignal::new(String::new());
    let feedback = FormFeedback::new();
    let send = task();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        feedback.clear();
        let note = note.get_untracked().trim().to_owned();
        let request = EventRegistrationRequest {
            organization_id: Uuid::parse_str(&organization.get_untracked()).unwrap_or_default(),
            note: (!note.is_empty()).then_some(note),
        };
        send.dispatch_local(Job::new(async move {
            match api.register_for_event(id, &request).await {
                Ok(registration) => {
                    let message = if registration.status == RegistrationStatus::Waiting {
                        "registration-waiting-notice"
                    } else {
                        "registration-confirmed-notice"
                    };
                    notices.show(NoticeKind::Success, message, format!("/events/{id}"));
                    reload(state, id);
                }
                Err(error) => feedback.fail(error),
            }
        }));
    };
    let options = orgs
        .iter()
        .map(|m| {
            (
                m.organization_id.to_string(),
                Label::Plain(m.organization_name.clone()),
            )
        })
        .collect();
    view! {
        <form class="form" novalidate on:submit=on_submit data-testid="registration-form">
            {full.then(|| view! { <Alert kind=AlertKind::Info><p data-testid="registration-full">{tr("registration-full")}</p></Alert> })}
            <FormError feedback=feedback />
            <SelectField id="registration-organization" field="organization_id" label=tr("registration-organization") value=organization feedback=feedback options=options />
            <TextArea id="registration-note" field="note" label=Label::Id("registration-note") value=note feedback=feedback lang=crate::i18n::use_i18n().lang_untracked() rows=3 />
            <SubmitButton label=if full { tr("registration-submit-waiting") } else { tr("registration-submit") } pending=send.pending() testid="registration-submit" />
        </form>
    }
}

/// Edit, publish, close registration, cancel (everybody registered gets a mail), delete a draft.
fn manager_actions(event: &Event, state: Entity<Event>) -> impl IntoView {
    let api = use_api();
    let notices = use_notices();
    let navigate = use_navigate();
    let id = event.id;
    let status = event.status;
    let done = move |updated: Event, message: &'static str| {
        state.set(Some(Ok(updated)));
        notices.show(NoticeKind::Success, message, format!("/events/{id}"));
    };
    let feedback = FormFeedback::new();
    let action = task();
    let run = move |name: &'static str, message: &'static str| {
        Callback::new(move |()| {
            feedback.clear();
            action.dispatch_local(Job::new(async move {
                match api.event_action(id, name).await {
                    Ok(updated) => done(updated, message),
                    Err(error) => feedback.fail(error),
                }
            }));
        })
    };

    let cancel_dialog = DialogHandle::new();
    let cancel_feedback = FormFeedback::new();
    let cancel = task();
    let reason = RwSignal::new(String::new());
    let on_cancel = Callback::new(move |_| {
        let reason = reason.get_untracked().trim().to_owned();
        cancel.dispatch_local(Job::new(async move {
            match api
                .cancel_event(id, (!reason.is_empty()).then_some(reason))
                .await
            {
                Ok(updated) => {
                    cancel_dialog.close();
                    done(updated, "event-cancelled-notice");
                }
                Err(error) => cancel_feedback.fail(error),
            }
        }));
    });

    let delete_dialog = DialogHandle::new();
    let delete_feedback = FormFeedback::new();
    let delete = task();
    let on_delete = Callback::new(move |_| {
        let navigate = navigate.clone();
        delete.dispatch_local(Job::new(async move {
            match api.delete_event(id).await {
                Ok(()) => {
                    delete_dialog.close();
                    navigate("/events", Default::default());
                    notices.show(NoticeKind::Success, "event-deleted-notice", "/events");
                }
                Err(error) => delete_feedback.fail(error),
            }
        }));
    });

    let draft = status == EventStatus::Draft;
    let running = matches!(status, EventStatus::Published | EventStatus::Closed);
    let editable = !matches!(status, EventStatus::Cancelled | EventStatus::Done);
    let registered = event.registered + event.waiting;
    view! {
        {editable.then(|| view! { <a href=format!("/events/{id}/edit") class="btn btn-secondary" data-testid="event-edit">{tr("event-edit")}</a> })}
        {draft.then(|| view! {
            <ActionButton label=tr("event-publish") pending=action.pending() testid="event-publish" class="btn btn-primary" on_click=run("publish", "event-published-notice") />
            <button type="button" class="btn btn-ghost btn-danger-text" data-testid="event-delete-open" on:click=move |_| { delete_feedback.clear(); delete_dialog.open(); }>
                {tr("event-delete")}
            </button>
        })}
        {(status == EventStatus::Published).then(|| view! {
            <ActionButton label=tr("event-close") pending=action.pending() testid="event-close" on_click=run("close", "event-closed-notice") />
        })}
        {running.then(|| view! {
            <button type="button" class="btn btn-ghost btn-danger-text" data-testid="event-cancel-open" on:click=move |_| { cancel_feedback.clear(); cancel_dialog.open(); }>
                {tr("event-cancel")}
            </button>
        })}
        <div class="actions-error"><FormError feedback=feedback /></div>
        <ConfirmDialog
            handle=cancel_dialog
            id="event-cancel"
            title=tr("event-cancel-title")
            text=t_args("event-cancel-text", vec![("count", Arg::Num(f64::from(registered)))])
            confirm=tr("event-cancel-confirm")
            feedback=cancel_feedback
            pending=cancel.pending()
            on_confirm=on_cancel
        >
            <TextArea id="event-cancel-reason" field="reason" label=Label::Id("event-cancel-reason") value=reason feedback=cancel_feedback lang=crate::i18n::use_i18n().lang_untracked() rows=3 />
        </ConfirmDialog>
        <ConfirmDialog
            handle=delete_dialog
            id="event-delete"
            title=tr("event-delete-title")
            text=tr("event-delete-text")
            confirm=tr("event-delete-confirm")
            feedback=delete_feedback
            pending=delete.pending()
            on_confirm=on_delete
        />
    }
}
