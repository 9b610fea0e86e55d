//! `/events/:id/matchmaking/plan[?version=draft]`: who meets whom at which table and time, one
//! table per meeting round (organisers; printable).

use glokal_api_types::{ScheduleVersion, TablePlan, TablePlanSide, TablePlanSlot};
use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{clock_span, header, load_bourse, table_label, unscheduled_list, Bourse};
use crate::api::{use_api, wire_name, ApiClientError};
use crate::components::alert::ErrorAlert;
use crate::components::fresh::Fresh;
use crate::components::spinner::Spinner;
use crate::i18n::{dyn_text, tr, use_i18n, use_page_title};
use crate::pages::{entity_page, forbidden_note, use_path_entity};
use crate::time;

/// The page (organisers).
#[component]
pub fn TablePlanPage() -> impl IntoView {
    use_page_title(tr("mm-plan-title"));
    let api = use_api();
    let state = use_path_entity(move |id| load_bourse(api, id));
    entity_page(state, true, plan_page)
}

fn plan_page(bourse: Bourse) -> impl IntoView {
    let api = use_api();
    let query = use_query_map();
    let event = bourse.event;
    let id = event.id;
    if !event.can_manage {
        return Either::Left(forbidden_note(
            "mm-manage-forbidden",
            "mm-manage-forbidden",
            format!("/events/{id}"),
            "event-back-to-detail",
        ));
    }
    let version = Memo::new(move |_| {
        if query.with(|q| q.get("version")).as_deref() == Some("draft") {
            ScheduleVersion::Draft
        } else {
            ScheduleVersion::Published
        }
    });
    let plan = RwSignal::new(None::<Result<TablePlan, ApiClientError>>);
    Effect::new(move |_| {
        let version = version.get();
        plan.set(None);
        leptos::task::spawn_local(async move {
            let result = api.table_plan(id, version).await;
            plan.try_set(Some(result));
        });
    });
    let switch = move |v: ScheduleVersion, label: &'static str| {
        let href = match v {
            ScheduleVersion::Published => format!("/events/{id}/matchmaking/plan"),
            ScheduleVersion::Draft => format!("/events/{id}/matchmaking/plan?version=draft"),
        };
        view! {
            <a
                href=href
                class="lang-button"
                data-testid=format!("mm-plan-{}", wire_name(&v))
                aria-current=move || (version.get() == v).then_some("page")
            >
                {tr(label)}
            </a>
        }
    };
    let actions = view! {
        <div class="profile-actions no-print">
            <a href=format!("/events/{id}/matchmaking/manage") class="btn btn-ghost" data-testid="mm-plan-manage">{tr("mm-manage")}</a>
            <button type="button" class="btn btn-secondary" data-testid="mm-plan-print" on:click=|_| { let _ = window().print(); }>
                {tr("checkin-print")}
            </button>
        </div>
    };
    let content = move || {
        Fresh(match plan.get() {
            None => EitherOf4::A(view! { <div class="page-loading"><Spinner /></div> }),
            Some(Err(error)) => EitherOf4::B(view! { <ErrorAlert error=error /> }),
            Some(Ok(p)) if p.slots.iter().all(|s| s.meetings.is_empty()) => EitherOf4::C(view! {
                <div class="empty-state" data-testid="mm-plan-empty">
                    <p class="empty-title">{tr(if p.version == ScheduleVersion::Draft { "mm-plan-empty-draft" } else { "mm-plan-empty" })}</p>
                </div>
                {unscheduled(p)}
            }),
            Some(Ok(p)) => EitherOf4::D(tables(p)),
        })
    };
    Either::Right(view! {
        <section class="container mm-plan-page" data-testid="mm-plan" data-id=id.to_string()>
            {header(&event, "mm-plan-title", actions)}
            <div class="text-lang-switch no-print" role="group" aria-label=tr("mm-plan-version")>
                {switch(ScheduleVersion::Published, "mm-plan-published")}
                {switch(ScheduleVersion::Draft, "mm-plan-draft")}
            </div>
            {content}
        </section>
    })
}

/// The draft's requests without a place.
fn unscheduled(p: TablePlan) -> Option<impl IntoView> {
    (p.version == ScheduleVersion::Draft).then(|| {
        view! {
            <section class="mm-plan-unscheduled">
                <h2>{tr("mm-unscheduled-title")}</h2>
                {unscheduled_list(p.unscheduled)}
            </section>
        }
    })
}

/// One table per round with meetings.
fn tables(p: TablePlan) -> impl IntoView {
    let i18n = use_i18n();
    let generated = p.generated_at.map(|at| {
        let text = dyn_text(move || time::moment(i18n.lang(), at));
        let label = if p.version == ScheduleVersion::Draft {
            "mm-plan-generated-draft"
        } else {
            "mm-plan-generated"
        };
        view! { <p class="muted" data-testid="mm-plan-generated">{tr(label)} " " {text}</p> }
    });
    let rounds = p
        .slots
        .iter()
        .filter(|s| !s.meetings.is_empty())
        .cloned()
        .map(round)
        .collect_view();
    view! {
        {generated}
        <div class="mm-plan-rounds" data-testid="mm-plan-rounds">{rounds}</div>
        {unscheduled(p)}
    }
}

/// A side of a meeting: organisation, person, country.
fn side(s: TablePlanSide) -> impl IntoView {
    view! {
        <strong>{s.organization_name}</strong>
        <span class="mm-plan-person">{s.person_name} " · " {s.country}</span>
    }
}

/// One round: its time and the meetings by table.
fn round(slot: TablePlanSlot) -> impl IntoView {
    let i18n = use_i18n();
    let starts = slot.starts_at;
    let day = dyn_text(move || time::day(i18n.lang(), starts));
    let rows = slot
        .meetings
        .into_iter()
        .map(|m| {
            let missing = m.interpreter_missing.then(|| {
                view! { <span class="mm-warning">{tr("mm-interpreter-missing-short")}</span> }
            });
            let (a, b) = (m.a.participant_id.to_string(), m.b.participant_id.to_string());
            view! {
                <tr data-testid="mm-plan-meeting" data-table=m.table.to_string() data-a=a data-b=b>
                    <th scope="row" class="mm-plan-table-cell">{table_label(m.table, m.interpreter_table)} {missing}</th>
                    <td>{side(m.a)}</td>
                    <td>{side(m.b)}</td>
                </tr>
            }
        })
        .collect_view();
    let caption_id = format!("mm-round-{}", slot.index);
    let labelled_by = caption_id.clone();
    view! {
        <section class="mm-plan-round" data-testid="mm-plan-round" data-slot=slot.index.to_string() aria-labelledby=labelled_by>
            <h2 id=caption_id class="mm-plan-time">
                <span data-testid="mm-plan-time">{clock_span(slot.starts_at, slot.ends_at)}</span>
                <span class="muted">" · " {day}</span>
            </h2>
            <table class="mm-plan-table">
                <thead>
                    <tr>
                        <th scope="col">{tr("mm-plan-table")}</th>
                        <th scope="col">{tr("mm-plan-side")}</th>
                        <th scope="col">{tr("mm-plan-side")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
