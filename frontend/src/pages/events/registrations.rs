//! `/events/:id/registrations`: the organisers' check-in list — name, organisation, status and
//! an "arrived" toggle big enough for a phone at the door; printable as a plain table.

use glokal_api_types::{Event, RegistrationEntry, RegistrationList, RegistrationStatus};
use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;

use super::{registration_state, shown_text};
use crate::api::{use_api, wire_name, ApiClientError};
use crate::components::alert::ErrorAlert;
use crate::components::fresh::Fresh;
use crate::components::spinner::Spinner;
use crate::i18n::{dyn_flag, dyn_text, t_args, tr, use_i18n, use_page_title, Arg};
use crate::pages::{entity_page, forbidden_note, use_path_entity};
use crate::time;

/// The page (organisers and co-organisers' staff).
#[component]
pub fn RegistrationsPage() -> impl IntoView {
    use_page_title(tr("checkin-title"));
    let api = use_api();
    let state = use_path_entity(move |id| api.event(id));
    entity_page(state, true, checkin)
}

fn checkin(event: Event) -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let id = event.id;
    let list = RwSignal::new(None::<Result<RegistrationList, ApiClientError>>);
    leptos::task::spawn_local(async move {
        let result = api.registrations(id).await;
        list.try_set(Some(result));
    });
    let title = shown_text(event.title.clone());
    let lang = title.clone();
    let (starts, ends) = (event.starts_at, event.ends_at);
    let when = dyn_text(move || time::span(i18n.lang(), starts, ends));
    let place = event
        .venue
        .as_ref()
        .map(|v| format!(" · {}, {}", v.name, v.city));
    let back = format!("/events/{id}");
    let content = move || {
        Fresh(match list.get() {
            None => EitherOf4::A(view! { <div class="page-loading"><Spinner /></div> }),
            Some(Err(error)) if error.status() == Some(403) => EitherOf4::B(forbidden_note(
                "checkin-forbidden",
                "checkin-forbidden",
                back.clone(),
                "event-back-to-detail",
            )),
            Some(Err(error)) => EitherOf4::C(view! { <ErrorAlert error=error /> }),
            Some(Ok(data)) => EitherOf4::D(table(id, data)),
        })
    };
    view! {
        <section class="container checkin-page" data-testid="checkin-page">
            <header class="page-header page-header-actions">
                <div>
                    <p class="back-link no-print"><a href=format!("/events/{id}") data-testid="checkin-back">{tr("checkin-back")}</a></p>
                    <h1>{tr("checkin-title")}</h1>
                    <p class="lead" lang=move || lang().0.code() data-testid="checkin-event">{dyn_text(move || title().1)}</p>
                    <p class="muted">{when}{place}</p>
                    {move || list.with(|l| matches!(l, Some(Ok(_)))).then(|| view! {
                        <div class="no-print">{crate::pages::crm::export_buttons(format!("/events/{id}/registrations/export"), "crm-export", "export-registrations", "glokal-registrations")}</div>
                    })}
                </div>
                <button type="button" class="btn btn-secondary no-print" data-testid="checkin-print" on:click=|_| { let _ = window().print(); }>
                    {tr("checkin-print")}
                </button>
            </header>
            {content}
        </section>
    }
}

/// The counts, a name filter and the table.
fn table(event_id: uuid::Uuid, data: RegistrationList) -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let checked_in = RwSignal::new(data.checked_in);
    let (confirmed, waiting, capacity) = (data.confirmed, data.waiting, data.capacity);
    let summary = dyn_text(move || {
        let mut parts = vec![match capacity {
            Some(capacity) => t_args(
                "event-places-of",
                vec![
                    ("registered", Arg::Num(f64::from(confirmed))),
                    ("capacity", Arg::Num(f64::from(capacity))),
                ],
            )(),
            None => t_args(
                "checkin-confirmed",
                vec![("count", Arg::Num(f64::from(confirmed)))],
            )(),
        }];
        if waiting > 0 {
            parts.push(t_args(
                "event-waiting-count",
                vec![("count", Arg::Num(f64::from(waiting)))],
            )());
        }
        parts.push(t_args(
            "checkin-arrived-count",
            vec![("count", Arg::Num(f64::from(checked_in.get())))],
        )());
        parts.join(" · ")
    });
    let filter = RwSignal::new(String::new());
    let error = RwSignal::new(None::<ApiClientError>);
    let row = move |entry: RegistrationEntry| {
        let arrived = RwSignal::new(entry.checked_in);
        let busy = RwSignal::new(false);
        let registration = entry.id;
        let name = entry.name.clone();
        let haystack = glokal_domain::reference::fold(&format!(
            "{} {} {}",
            entry.name, entry.email, entry.organization.name
        ));
        let shown = move || {
            let query = glokal_domain::reference::fold(filter.get().trim());
            query.is_empty() || haystack.contains(&query)
        };
        let toggle = move |_| {
            let next = !arrived.get_untracked();
            busy.set(true);
            error.set(None);
            leptos::task::spawn_local(async move {
                match api.check_in(event_id, registration, next).await {
                    Ok(updated) => {
                        arrived.set(updated.checked_in);
                        checked_in.update(|n| {
                            if updated.checked_in {
                                *n += 1
                            } else {
                                *n = n.saturating_sub(1)
                            }
                        });
                    }
                    Err(e) => error.set(Some(e)),
                }
                busy.set(false);
            });
        };
        let confirmed = entry.status == RegistrationStatus::Confirmed;
        let label = move || {
            t_args(
                "checkin-toggle-label",
                vec![("name", Arg::Text(name.clone()))],
            )()
        };
        let control = if confirmed {
            Either::Left(view! {
                <button
                    type="button"
                    class="checkin-toggle no-print"
                    aria-pressed=move || if arrived.get() { "true" } else { "false" }
                    aria-label=label
                    disabled=move || busy.get()
                    data-testid="checkin-toggle"
                    on:click=toggle
                >
                    <span class="checkin-box" aria-hidden="true">{move || if arrived.get() { "✓" } else { "" }}</span>
                    <span>{dyn_text(move || if arrived.get() { i18n.t("checkin-arrived") } else { i18n.t("checkin-not-arrived") })}</span>
                </button>
                <span class="print-only" aria-hidden="true">{move || if arrived.get() { "☑" } else { "☐" }}</span>
            })
        } else {
            Either::Right(view! { <span class="muted">"—"</span> })
        };
        view! {
            <tr
                class="checkin-row"
                class:checkin-row-waiting=!confirmed
                data-testid="checkin-row"
                data-id=entry.id.to_string()
                data-email=entry.email.clone()
                data-status=wire_name(&entry.status)
                data-checked-in=move || arrived.get().to_string()
                hidden=dyn_flag(move || !shown())
            >
                <td data-label=tr("checkin-name")>
                    <strong>{entry.name.clone()}</strong>
                    <span class="checkin-email">{entry.email.clone()}</span>
                    {entry.note.clone().map(|note| view! { <span class="checkin-note">{note}</span> })}
                </td>
                <td data-label=tr("checkin-organization")>{entry.organization.name.clone()}</td>
                <td data-label=tr("checkin-status")>{registration_state(entry.status, entry.waiting_position)}</td>
                <td data-label=tr("checkin-arrived-column") class="checkin-cell">{control}</td>
            </tr>
        }
    };
    if data.items.is_empty() {
        return Either::Left(view! {
            <p class="checkin-summary" data-testid="checkin-summary">{summary}</p>
            <div class="empty-state" data-testid="checkin-empty"><p class="empty-title">{tr("checkin-empty")}</p></div>
        });
    }
    Either::Right(view! {
        <p class="checkin-summary" data-testid="checkin-summary" aria-live="polite">{summary}</p>
        <div class="field checkin-filter no-print">
            <label for="checkin-filter" class="field-label">{tr("checkin-filter")}</label>
            <input id="checkin-filter" class="input" type="search" autocomplete="off" bind:value=filter />
        </div>
        {move || error.get().map(|e| view! { <ErrorAlert error=e /> })}
        <table class="checkin-table" data-testid="checkin-table">
            <thead>
                <tr>
                    <th scope="col">{tr("checkin-name")}</th>
                    <th scope="col">{tr("checkin-organization")}</th>
                    <th scope="col">{tr("checkin-status")}</th>
                    <th scope="col">{tr("checkin-arrived-column")}</th>
                </tr>
            </thead>
            <tbody>{data.items.into_iter().map(row).collect_view()}</tbody>
        </table>
    })
}
