//! "My registrations": the events one registered for (or waits for), with their state.

use glokal_api_types::{EventStatus, MyRegistration, RegistrationStatus};
use leptos::either::EitherOf4;
use leptos::prelude::*;

use crate::api::{use_api, wire_name};
use crate::components::alert::ErrorAlert;
use crate::components::fresh::Fresh;
use crate::components::spinner::Spinner;
use crate::i18n::{dyn_text, tr, use_i18n};
use crate::pages::events::{registration_state, shown_text, status_badge};
use crate::pages::organizations::load;
use crate::time;

/// The card on the account page (the header's "My registrations" links here).
#[component]
pub fn RegistrationsSection() -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let list = load(async move { Some(api.my_registrations().await) });
    let item = move |mine: MyRegistration| {
        let event = mine.event;
        let registration = mine.registration;
        let title = shown_text(event.title.clone());
        let lang = title.clone();
        let (starts, ends) = (event.starts_at, event.ends_at);
        let when = dyn_text(move || time::span(i18n.lang(), starts, ends));
        let waiting = registration.status == RegistrationStatus::Waiting;
        view! {
            <li class="my-org" data-testid="my-registration-item" data-id=event.id.to_string() data-status=wire_name(&registration.status)>
                <div class="my-org-head">
                    <a href=format!("/events/{}", event.id) class="my-org-name" lang=move || lang().0.code()>{dyn_text(move || title().1)}</a>
                    <span class="badge" class:badge-success=!waiting class:badge-draft=waiting>
                        {registration_state(registration.status, registration.waiting_position)}
                    </span>
                </div>
                <p class="muted my-org-links">
                    <span>{when}</span>
                    <span>{registration.organization.name.clone()}</span>
                    {(event.status != EventStatus::Published).then(|| status_badge(event.status)).flatten()}
                </p>
            </li>
        }
    };
    let content = move || {
        Fresh(match list.get() {
            None => EitherOf4::A(view! { <Spinner /> }),
            Some(Err(error)) => EitherOf4::B(view! { <ErrorAlert error=error /> }),
            Some(Ok(items)) if items.is_empty() => EitherOf4::C(view! {
                <p class="muted" data-testid="my-registrations-none">{tr("account-registrations-none")}</p>
            }),
            Some(Ok(items)) => EitherOf4::D(view! {
                <ul class="my-orgs" data-testid="my-registrations">{items.into_iter().map(item).collect_view()}</ul>
            }),
        })
    };
    view! {
        <section class="card account-card" id="registrations" aria-labelledby="account-registrations-title" data-testid="account-registrations">
            <h2 id="account-registrations-title">{tr("account-registrations-title")}</h2>
            {content}
            <a href="/events" class="btn btn-secondary">{tr("account-registrations-calendar")}</a>
        </section>
    }
}
