//! `/events/:id/matchmaking/manage`: the organisers set up the Kooperationsbörse (meeting days,
//! breaks, slot length, tables, interpreter tables, default maximum, request expiry, booking
//! deadline), schedule the accepted requests (a draft), publish the schedule, and open the
//! table plan.

use chrono::Duration;
use glokal_api_types::{
    Event, MatchmakingInput, MatchmakingSettings, PublishScheduleResult, ScheduleResult,
    TimeRangeInput,
};
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use uuid::Uuid;

use super::{header, load_bourse, note, slots_summary, unscheduled_list, Bourse};
use crate::api::{use_api, ApiClientError};
use crate::components::alert::{Alert, AlertKind};
use crate::components::dialog::{ConfirmDialog, DialogHandle};
use crate::components::form::{
    ActionButton, Checks, FieldErrorText, FieldState, FormError, FormFeedback, SubmitButton,
    TextField,
};
use crate::components::fresh::Fresh;
use crate::components::leave_guard::{release_leave_guard, use_leave_guard};
use crate::components::task::{task, Job};
use crate::i18n::{dyn_text, t_args, tr, use_i18n, use_page_title, Arg};
use crate::pages::organizations::editor::sections::editable_row;
use crate::pages::organizations::editor::state::optional;
use crate::pages::{entity_page, forbidden_note, use_path_entity};
use crate::time;

/// Id of the settings form.
const FORM_ID: &str = "mm-settings-form";

/// The page (organisers).
#[component]
pub fn ManageMatchmakingPage() -> impl IntoView {
    use_page_title(tr("mm-manage-title"));
    let api = use_api();
    let state = use_path_entity(move |id| load_bourse(api, id));
    entity_page(state, true, manage)
}

fn manage(bourse: Bourse) -> impl IntoView {
    let Bourse { event, settings } = bourse;
    let id = event.id;
    if !event.can_manage {
        return EitherOf3::A(forbidden_note(
            "mm-manage-forbidden",
            "mm-manage-forbidden",
            format!("/events/{id}"),
            "event-back-to-detail",
        ));
    }
    if !event.matchmaking {
        return EitherOf3::B(view! {
            <section class="container narrow page-error">
                {note("mm-none-organiser", "mm-none")}
                <p><a href=format!("/events/{id}/edit") class="btn btn-secondary">{tr("event-edit")}</a></p>
            </section>
        });
    }
    let settings = RwSignal::new(settings);
    let links = view! {
        <div class="profile-actions no-print">
            <a href=format!("/events/{id}/matchmaking") class="btn btn-secondary" data-testid="mm-participants-link">{tr("mm-participants-link")}</a>
            <a href=format!("/events/{id}/matchmaking/plan") class="btn btn-secondary" data-testid="mm-plan-link">{tr("mm-plan-title")}</a>
        </div>
    };
    // The figures follow every change; the scheduling card (with its last result) is built once
    // the Kooperationsbörse is set up.
    let configured = Memo::new(move |_| settings.with(Option::is_some));
    let figures = move || Fresh(settings.get().map(|s| status(&s)));
    let overview = move || {
        Fresh(if configured.get() {
            Either::Right(schedule(id, settings))
        } else {
            Either::Left(note("mm-not-set-up-organiser", "mm-not-set-up"))
        })
    };
    EitherOf3::C(view! {
        <section class="container mm-page mm-manage" data-testid="mm-manage" data-id=id.to_string()>
            {header(&event, "mm-manage-title", links)}
            {figures}
            {overview}
            {settings_form(&event, settings)}
        </section>
    })
}

/// Figures: participants, accepted requests, draft and publication, outcomes.
fn status(s: &MatchmakingSettings) -> impl IntoView {
    let i18n = use_i18n();
    let fact = |term: &'static str, testid: &'static str, value: String| {
        view! { <div><dt>{tr(term)}</dt><dd data-testid=testid>{value}</dd></div> }
    };
    let moment = move |at: Option<chrono::DateTime<chrono::Utc>>, none: &'static str| {
        dyn_text(move || match at {
            Some(at) => time::moment(i18n.lang(), at),
            None => i18n.t(none),
        })
    };
    let outcomes = s.outcomes.filter(|o| o.ratings > 0).map(|o| {
        let line = |id: &'static str, n: u32| {
            view! { <li>{tr(id)} ": " <strong>{n}</strong></li> }
        };
        view! {
            <h3>{tr("mm-outcomes-title")}</h3>
            <p class="muted">{t_args("mm-outcomes-ratings", vec![("ratings", Arg::Num(f64::from(o.ratings))), ("meetings", Arg::Num(f64::from(o.meetings)))])}</p>
            <ul class="mm-outcomes" data-testid="mm-outcomes">
                {line("mm-outcome-no_follow_up", o.no_follow_up)}
                {line("mm-outcome-follow_up_planned", o.follow_up_planned)}
                {line("mm-outcome-offer_quote", o.offer_quote)}
                {line("mm-outcome-cooperation_agreement", o.cooperation_agreement)}
            </ul>
        }
    });
    view! {
        <section class="card mm-section" aria-labelledby="mm-overview-title" data-testid="mm-overview">
            <h2 id="mm-overview-title">{tr("mm-overview-title")}</h2>
            <p class="muted">{slots_summary(&s.slots, s.slot_minutes)}</p>
            <dl class="facts">
                {fact("mm-overview-participants", "mm-overview-participants", s.participants.to_string())}
                {fact("mm-overview-accepted", "mm-overview-accepted", s.accepted_requests.to_string())}
                <div><dt>{tr("mm-overview-draft")}</dt><dd data-testid="mm-overview-draft">{moment(s.draft_generated_at, "mm-overview-none")}</dd></div>
                <div><dt>{tr("mm-overview-published")}</dt><dd data-testid="mm-overview-published">{moment(s.schedule_published_at, "mm-overview-none")}</dd></div>
            </dl>
            {outcomes}
        </section>
    }
}

/// Reloads the settings (figures, draft and publication times) after a change.
fn reload(id: Uuid, settings: RwSignal<Option<MatchmakingSettings>>) {
    let api = use_api();
    leptos::task::spawn_local(async move {
        if let Ok(fresh) = api.matchmaking(id).await {
            settings.try_set(Some(fresh));
        }
    });
}

/// "Schedule" (a draft, with its figures and what could not be placed) and "publish".
fn schedule(id: Uuid, settings: RwSignal<Option<MatchmakingSettings>>) -> impl IntoView {
    let api = use_api();
    let result = RwSignal::new(None::<ScheduleResult>);
    let published = RwSignal::new(None::<PublishScheduleResult>);
    let feedback = FormFeedback::new();
    let run = task();
    let on_schedule = Callback::new(move |()| {
        feedback.clear();
        published.set(None);
        run.dispatch_local(Job::new(async move {
            match api.schedule_meetings(id).await {
                Ok(r) => {
                    result.set(Some(r));
                    reload(id, settings);
                }
                Err(error) => feedback.fail(error),
            }
        }));
    });
    let dialog = DialogHandle::new();
    let publish_feedback = FormFeedback::new();
    let publish = task();
    let on_publish = Callback::new(move |_| {
        publish.dispatch_local(Job::new(async move {
            match api.publish_schedule(id).await {
                Ok(r) => {
                    dialog.close();
                    published.set(Some(r));
                    reload(id, settings);
                }
                Err(error) => publish_feedback.fail(error),
            }
        }));
    });
    let has_draft =
        move || settings.with(|s| s.as_ref().is_some_and(|s| s.draft_generated_at.is_some()));
    let outcome = move || Fresh(result.get().map(schedule_result));
    let publish_outcome = move || {
        Fresh(published.get().map(|r| {
            let text = t_args(
                "mm-published",
                vec![
                    ("meetings", Arg::Num(f64::from(r.meetings))),
                    ("notified", Arg::Num(f64::from(r.notified))),
                ],
            );
            view! { <Alert kind=AlertKind::Success><p data-testid="mm-published" data-meetings=r.meetings.to_string()>{text}</p></Alert> }
        }))
    };
    view! {
        <section class="card mm-section" aria-labelledby="mm-schedule-title" data-testid="mm-schedule">
            <h2 id="mm-schedule-title">{tr("mm-schedule-title")}</h2>
            <p class="muted">{tr("mm-schedule-lead")}</p>
            <div class="button-row">
                <ActionButton label=tr("mm-schedule-run") pending=run.pending() testid="mm-schedule-run" class="btn btn-primary" on_click=on_schedule />
                <button type="button" class="btn btn-secondary" data-testid="mm-publish-open" disabled=move || !has_draft() on:click=move |_| { publish_feedback.clear(); dialog.open(); }>
                    {tr("mm-publish")}
                </button>
                <a href=format!("/events/{id}/matchmaking/plan?version=draft") class="btn btn-ghost" data-testid="mm-draft-plan-link" hidden=move || !has_draft()>{tr("mm-plan-draft-link")}</a>
            </div>
            <FormError feedback=feedback />
            <div class="mm-results" aria-live="polite" data-testid="mm-schedule-outcome">
                {outcome}
                {publish_outcome}
            </div>
            <ConfirmDialog
                handle=dialog
                id="mm-publish"
                title=tr("mm-publish-title")
                text=tr("mm-publish-text")
                confirm=tr("mm-publish-confirm")
                feedback=publish_feedback
                pending=publish.pending()
                on_confirm=on_publish
                confirm_class="btn btn-primary"
            />
        </section>
    }
}

/// What the scheduler did.
fn schedule_result(r: ScheduleResult) -> impl IntoView {
    let scheduled = t_args(
        "mm-scheduled",
        vec![
            ("scheduled", Arg::Num(f64::from(r.scheduled))),
            ("requests", Arg::Num(f64::from(r.requests))),
        ],
    );
    let bound = t_args(
        "mm-upper-bound",
        vec![("bound", Arg::Num(f64::from(r.upper_bound)))],
    );
    let kept = (r.kept > 0).then(|| {
        view! { <p>{t_args("mm-kept", vec![("count", Arg::Num(f64::from(r.kept)))])}</p> }
    });
    let interpreters = (r.interpreter_missing > 0).then(|| {
        view! { <p class="mm-warning" data-testid="mm-interpreters-missing">{t_args("mm-interpreters-missing", vec![("count", Arg::Num(f64::from(r.interpreter_missing)))])}</p> }
    });
    view! {
        <Alert kind=AlertKind::Success>
            <p data-testid="mm-scheduled" data-scheduled=r.scheduled.to_string() data-requests=r.requests.to_string() data-bound=r.upper_bound.to_string()>
                <strong>{scheduled}</strong>
            </p>
            <p data-testid="mm-upper-bound">{bound}</p>
            {kept}
            {interpreters}
        </Alert>
        <h3>{tr("mm-unscheduled-title")}</h3>
        {unscheduled_list(r.unscheduled)}
    }
}

/// A period of the form; `key` stays the same while rows are added or removed.
#[derive(Clone, Copy)]
struct Period {
    key: u32,
    starts: RwSignal<String>,
    ends: RwSignal<String>,
}

/// Every field of the settings form (numbers as typed).
#[derive(Clone, Copy)]
struct SettingsForm {
    days: RwSignal<Vec<Period>>,
    breaks: RwSignal<Vec<Period>>,
    next_key: StoredValue<u32>,
    slot_minutes: RwSignal<String>,
    tables: RwSignal<String>,
    interpreter_tables: RwSignal<String>,
    max_meetings: RwSignal<String>,
    expiry_hours: RwSignal<String>,
    deadline: RwSignal<String>,
}

fn period(
    key: u32,
    starts: chrono::DateTime<chrono::Utc>,
    ends: chrono::DateTime<chrono::Utc>,
) -> Period {
    Period {
        key,
        starts: RwSignal::new(time::input_value(starts)),
        ends: RwSignal::new(time::input_value(ends)),
    }
}

impl SettingsForm {
    /// The saved settings, or a proposal: the event's first day (at most eight hours), 20-minute
    /// meetings, ten tables.
    fn new(event: &Event, settings: Option<&MatchmakingSettings>) -> Self {
        let number = |n: u32| RwSignal::new(n.to_string());
        let (days, breaks): (Vec<Period>, Vec<Period>) = match settings {
            Some(s) => (
                s.days
                    .iter()
                    .enumerate()
                    .map(|(i, d)| period(i as u32, d.starts_at, d.ends_at))
                    .collect(),
                s.breaks
                    .iter()
                    .enumerate()
                    .map(|(i, b)| period((s.days.len() + i) as u32, b.starts_at, b.ends_at))
                    .collect(),
            ),
            None => {
                let end = event.ends_at.min(event.starts_at + Duration::hours(8));
                (vec![period(0, event.starts_at, end)], Vec::new())
            }
        };
        // A deadline equal to the first day's start is the default: shown empty.
        let deadline = settings
            .filter(|s| {
                s.days
                    .first()
                    .is_none_or(|d| d.starts_at != s.booking_deadline)
            })
            .map(|s| time::input_value(s.booking_deadline))
            .unwrap_or_default();
        Self {
            next_key: StoredValue::new((days.len() + breaks.len()) as u32),
            days: RwSignal::new(days),
            breaks: RwSignal::new(breaks),
            slot_minutes: number(settings.map_or(20, |s| s.slot_minutes)),
            tables: number(settings.map_or(10, |s| s.tables)),
            interpreter_tables: number(settings.map_or(0, |s| s.interpreter_tables)),
            max_meetings: number(settings.map_or(8, |s| s.max_meetings)),
            expiry_hours: number(settings.map_or(48, |s| s.request_expiry_hours)),
            deadline: RwSignal::new(deadline),
        }
    }

    /// Adds a row to `list`, starting where the last one ended (or at `fallback`).
    fn add(&self, list: RwSignal<Vec<Period>>, fallback: RwSignal<Vec<Period>>) {
        let key = self.next_key.get_value();
        self.next_key.set_value(key + 1);
        let from = list
            .with_untracked(|rows| rows.last().map(|r| r.ends.get_untracked()))
            .or_else(|| {
                fallback.with_untracked(|rows| rows.first().map(|r| r.starts.get_untracked()))
            })
            .unwrap_or_default();
        list.update(|rows| {
            rows.push(Period {
                key,
                starts: RwSignal::new(from.clone()),
                ends: RwSignal::new(from),
            })
        });
    }

    /// What would be sent (tracked); numbers that do not parse go as 0 (checked before).
    fn input(&self) -> MatchmakingInput {
        let ranges = |rows: Vec<Period>| -> Vec<TimeRangeInput> {
            rows.iter()
                .map(|p| TimeRangeInput {
                    starts_at: time::rfc3339(&p.starts.get()),
                    ends_at: time::rfc3339(&p.ends.get()),
                })
                .collect()
        };
        let number = |s: RwSignal<String>| -> u32 { s.get().trim().parse().unwrap_or(0) };
        MatchmakingInput {
            days: ranges(self.days.get()),
            slot_minutes: number(self.slot_minutes),
            breaks: ranges(self.breaks.get()),
            tables: number(self.tables),
            interpreter_tables: number(self.interpreter_tables),
            max_meetings: number(self.max_meetings),
            request_expiry_hours: number(self.expiry_hours),
            booking_deadline: optional(self.deadline.get()).map(|d| time::rfc3339(&d)),
        }
    }

    /// Numbers and times the browser can check.
    fn checks(&self) -> Result<(), ApiClientError> {
        let mut checks = Checks::new();
        for (field, value) in [
            ("slot_minutes", self.slot_minutes),
            ("tables", self.tables),
            ("interpreter_tables", self.interpreter_tables),
            ("max_meetings", self.max_meetings),
            ("request_expiry_hours", self.expiry_hours),
        ] {
            let ok = value.get_untracked().trim().parse::<u32>().is_ok();
            checks = checks.check(field, ok, "not_a_number");
        }
        for (name, list) in [("days", self.days), ("breaks", self.breaks)] {
            for (i, p) in list.get_untracked().iter().enumerate() {
                for (part, value) in [("starts_at", p.starts), ("ends_at", p.ends)] {
                    let ok = time::parse_input(&value.get_untracked()).is_some();
                    checks = checks.check(&format!("{name}[{i}].{part}"), ok, "required");
                }
            }
        }
        checks
            .check("days", !self.days.with_untracked(Vec::is_empty), "required")
            .finish()
    }
}

/// The settings form.
fn settings_form(event: &Event, settings: RwSignal<Option<MatchmakingSettings>>) -> impl IntoView {
    let api = use_api();
    let id = event.id;
    let form = SettingsForm::new(event, settings.get_untracked().as_ref());
    let initial = RwSignal::new(untrack(|| form.input()));
    let dirty = Memo::new(move |_| form.input() != initial.get());
    use_leave_guard(dirty.into());
    let feedback = FormFeedback::new();
    let done = RwSignal::new(false);
    let save = task();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        feedback.clear();
        done.set(false);
        if let Err(error) = form.checks() {
            feedback.fail_and_focus(FORM_ID, error);
            return;
        }
        let input = untrack(|| form.input());
        save.dispatch_local(Job::new(async move {
            match api.configure_matchmaking(id, &input).await {
                Ok(saved) => {
                    initial.set(input);
                    release_leave_guard();
                    settings.set(Some(saved));
                    done.set(true);
                }
                Err(error) => feedback.fail_and_focus(FORM_ID, error),
            }
        }));
    };
    let number = |id: &'static str,
                  field: &'static str,
                  label: &'static str,
                  hint: &'static str,
                  value: RwSignal<String>| {
        view! { <TextField id=id field=field label=tr(label) hint=tr(hint) value=value feedback=feedback inputmode="numeric" /> }
    };
    view! {
        <section class="card form-section mm-section" aria-labelledby="mm-settings-title" data-testid="mm-settings">
            <h2 id="mm-settings-title">{tr("mm-settings-title")}</h2>
            <p class="muted">{tr("event-time-zone-note")}</p>
            <form id=FORM_ID class="form" novalidate on:submit=on_submit data-testid="mm-settings-form">
                {periods(form, form.days, form.breaks, "days", "mm-day", "mm-settings-days", "mm-settings-day-n", "mm-settings-day-add", "mm-settings-day-remove", feedback)}
                {periods(form, form.breaks, form.days, "breaks", "mm-break", "mm-settings-breaks", "mm-settings-break-n", "mm-settings-break-add", "mm-settings-break-remove", feedback)}
                <div class="form-grid">
                    {number("mm-slot-minutes", "slot_minutes", "mm-settings-slot-minutes", "mm-settings-slot-minutes-hint", form.slot_minutes)}
                    {number("mm-max-meetings", "max_meetings", "mm-settings-max-meetings", "mm-settings-max-meetings-hint", form.max_meetings)}
                    {number("mm-tables", "tables", "mm-settings-tables", "mm-settings-tables-hint", form.tables)}
                    {number("mm-interpreter-tables", "interpreter_tables", "mm-settings-interpreter-tables", "mm-settings-interpreter-tables-hint", form.interpreter_tables)}
                    {number("mm-expiry", "request_expiry_hours", "mm-settings-expiry", "mm-settings-expiry-hint", form.expiry_hours)}
                    <TextField id="mm-deadline" field="booking_deadline" label=tr("mm-settings-deadline") hint=tr("mm-settings-deadline-hint") value=form.deadline feedback=feedback required=false input_type="datetime-local" />
                </div>
                <div class="editor-actions">
                    <div role="status" aria-live="polite">
                        {move || Fresh(done.get().then(|| {
                            let summary = settings.with_untracked(|s| s.as_ref().map(|s| slots_summary(&s.slots, s.slot_minutes)));
                            view! { <Alert kind=AlertKind::Success><p data-testid="mm-settings-saved">{tr("mm-settings-saved")} " " {summary}</p></Alert> }
                        }))}
                    </div>
                    <FormError feedback=feedback />
                    <div class="editor-buttons">
                        <SubmitButton label=tr("mm-settings-save") pending=save.pending() testid="mm-settings-save" />
                        <span class="editor-dirty" hidden=move || !dirty.get()>{tr("editor-unsaved")}</span>
                    </div>
                </div>
            </form>
        </section>
    }
}

/// Meeting days or breaks: start and end each, add and remove.
#[allow(clippy::too_many_arguments)]
fn periods(
    form: SettingsForm,
    list: RwSignal<Vec<Period>>,
    fallback: RwSignal<Vec<Period>>,
    field: &'static str,
    prefix: &'static str,
    legend: &'static str,
    row_legend: &'static str,
    add: &'static str,
    remove: &'static str,
    feedback: FormFeedback,
) -> impl IntoView {
    let row = move |(index, p): (usize, Period)| {
        let key = p.key;
        let fields = view! {
            <TextField id=format!("{prefix}-{key}-starts") field=format!("{field}[{index}].starts_at") label=tr("event-starts") value=p.starts feedback=feedback input_type="datetime-local" />
            <TextField id=format!("{prefix}-{key}-ends") field=format!("{field}[{index}].ends_at") label=tr("event-ends") value=p.ends feedback=feedback input_type="datetime-local" />
        };
        editable_row(prefix, row_legend, index, fields, remove, move || {
            list.update(|rows| rows.retain(|r| r.key != key))
        })
    };
    let state = FieldState::new(feedback, field);
    let count = move || list.with(Vec::len);
    view! {
        <fieldset class="field mm-periods" class:field-invalid=state.invalid() data-testid=format!("{prefix}s")>
            <legend class="field-label">{tr(legend)}</legend>
            <div class="contact-rows">
                {move || Fresh(list.get().into_iter().enumerate().map(row).collect_view())}
                <FieldErrorText id=format!("{prefix}s-error") state=state />
                <button type="button" class="btn btn-secondary btn-small" data-testid=format!("{prefix}-add") on:click=move |_| form.add(list, fallback)>
                    {tr(add)}
                </button>
                <p class="sr-only" aria-live="polite">{dyn_text(move || t_args("mm-settings-rows", vec![("count", Arg::Num(count() as f64))])())}</p>
            </div>
        </fieldset>
    }
}
