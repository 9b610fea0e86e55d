//! The participant's event profile: what they offer and look for (per language), keywords,
//! NACE codes, languages at the table, the meeting rounds they are there and their own maximum.
//! Until saved, the API fills it with a suggestion drawn from the organisation.

use chrono::{DateTime, Utc};
use glokal_api_types::{Language, MatchmakingSettings, Participation, ParticipationInput, Slot};
use leptos::either::EitherOf3;
use leptos::prelude::*;
use uuid::Uuid;

use super::clock_span;
use crate::api::{use_api, ApiClientError};
use crate::components::alert::{Alert, AlertKind, ErrorAlert};
use crate::components::form::{
    Checks, FieldErrorText, FieldState, FormFeedback, SubmitButton, TextField,
};
use crate::components::fresh::Fresh;
use crate::components::lang_tabs::{lang_tabs, tab_with_error, TextArea};
use crate::components::leave_guard::{release_leave_guard, use_leave_guard};
use crate::components::spinner::Spinner;
use crate::components::task::{task, Job};
use crate::i18n::{dyn_flag, dyn_text, t_args, tr, use_i18n, Arg, Label};
use crate::pages::organizations::editor::sections::{keywords_field, language_picker, nace_picker};
use crate::pages::organizations::editor::state::TextsRow;
use crate::pages::organizations::{use_languages, use_nace};
use crate::time;

/// Id of the form element.
const FORM_ID: &str = "mm-profile-form";

/// The section (loads the participation itself).
pub fn profile(event: Uuid, settings: MatchmakingSettings) -> impl IntoView {
    let api = use_api();
    let state = RwSignal::new(None::<Result<Participation, ApiClientError>>);
    leptos::task::spawn_local(async move {
        let result = api.participation(event).await;
        state.try_set(Some(result));
    });
    let slots = StoredValue::new(settings.slots);
    let default_max = settings.max_meetings;
    let content = move || {
        Fresh(match state.get() {
            None => EitherOf3::A(view! { <Spinner /> }),
            Some(Err(error)) => EitherOf3::B(view! { <ErrorAlert error=error /> }),
            Some(Ok(p)) => EitherOf3::C(form(event, p, slots.get_value(), default_max)),
        })
    };
    view! {
        <section id="mm-profile" class="card form-section mm-section" aria-labelledby="mm-profile-title" data-testid="mm-profile">
            <h2 id="mm-profile-title">{tr("mm-profile-title")}</h2>
            <p class="muted">{tr("mm-profile-lead")}</p>
            {content}
        </section>
    }
}

/// Every field of the form.
#[derive(Clone, Copy)]
struct ProfileForm {
    offer: TextsRow,
    seek: TextsRow,
    keywords: RwSignal<Vec<String>>,
    nace_codes: RwSignal<Vec<String>>,
    languages: RwSignal<Vec<String>>,
    /// Indexes of the rounds the participant is there.
    available: RwSignal<Vec<u32>>,
    max_meetings: RwSignal<String>,
    /// Number of rounds (all checked: `available_slots` is sent as `null`).
    rounds: usize,
}

impl ProfileForm {
    fn new(p: &Participation, rounds: usize) -> Self {
        let available = match &p.available_slots {
            Some(list) => list.clone(),
            None => (0..rounds as u32).collect(),
        };
        Self {
            offer: TextsRow::new(Some(&p.offer)),
            seek: TextsRow::new(Some(&p.seek)),
            keywords: RwSignal::new(p.keywords.clone()),
            nace_codes: RwSignal::new(p.nace_codes.clone()),
            languages: RwSignal::new(p.languages.clone()),
            available: RwSignal::new(available),
            max_meetings: RwSignal::new(p.max_meetings.map(|m| m.to_string()).unwrap_or_default()),
            rounds,
        }
    }

    /// What would be sent (tracked).
    fn input(&self) -> ParticipationInput {
        let mut available = self.available.get();
        available.sort_unstable();
        available.dedup();
        ParticipationInput {
            offer: self.offer.text(),
            seek: self.seek.text(),
            keywords: self.keywords.get(),
            nace_codes: self.nace_codes.get(),
            languages: self.languages.get(),
            available_slots: (available.len() != self.rounds).then_some(available),
            max_meetings: self.max_meetings.get().trim().parse().ok(),
        }
    }

    fn checks(&self, input: &ParticipationInput) -> Result<(), ApiClientError> {
        let max = self.max_meetings.get_untracked();
        Checks::new()
            .check("languages", !input.languages.is_empty(), "required")
            .check(
                "max_meetings",
                max.trim().is_empty() || input.max_meetings.is_some(),
                "not_a_number",
            )
            .finish()
    }
}

fn form(event: Uuid, p: Participation, slots: Vec<Slot>, default_max: u32) -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let form = ProfileForm::new(&p, slots.len());
    let initial = RwSignal::new(untrack(|| form.input()));
    let dirty = Memo::new(move |_| form.input() != initial.get());
    use_leave_guard(dirty.into());
    let saved = RwSignal::new(p.saved);
    let done = RwSignal::new(false);
    let feedback = FormFeedback::new();
    let tab = RwSignal::new(i18n.lang_untracked());
    let show_errors = move |error: ApiClientError| {
        if let Some(lang) = tab_with_error(&error.fields(), &["offer", "seek"]) {
            tab.set(lang);
        }
        feedback.fail_and_focus(FORM_ID, error);
    };
    let save = task();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        feedback.clear();
        done.set(false);
        let input = untrack(|| form.input());
        if let Err(error) = form.checks(&input) {
            show_errors(error);
            return;
        }
        save.dispatch_local(Job::new(async move {
            match api.update_participation(event, &input).await {
                Ok(_) => {
                    initial.set(input);
                    release_leave_guard();
                    saved.set(true);
                    done.set(true);
                }
                Err(error) => show_errors(error),
            }
        }));
    };

    let filled = move |lang| {
        form.offer.get(lang).with(|t| !t.trim().is_empty())
            || form.seek.get(lang).with(|t| !t.trim().is_empty())
    };
    let panel = move |lang: Language| {
        let code = lang.code();
        view! {
            <div class="tab-fields">
                <TextArea id=format!("mm-offer-{code}") field=format!("offer.{code}") label=Label::Id("mm-profile-offer") value=form.offer.get(lang) feedback=feedback lang=lang rows=4 />
                <TextArea id=format!("mm-seek-{code}") field=format!("seek.{code}") label=Label::Id("mm-profile-seek") value=form.seek.get(lang) feedback=feedback lang=lang rows=4 />
            </div>
        }
    };
    let max_hint = t_args(
        "mm-profile-max-hint",
        vec![("count", Arg::Num(f64::from(default_max)))],
    );
    view! {
        <form id=FORM_ID class="form" novalidate on:submit=on_submit data-testid="mm-profile-form" data-saved=move || saved.get().to_string()>
            <div hidden=dyn_flag(move || saved.get())>
                <Alert kind=AlertKind::Info><p data-testid="mm-profile-suggested">{tr("mm-profile-suggested")}</p></Alert>
            </div>
            {lang_tabs("mm-profile-lang", "mm-profile-texts", tab, feedback, &["offer", "seek"], filled, panel)}
            <div class="form-grid">
                {keywords_field("mm-keywords", form.keywords, feedback)}
                {nace_picker("mm-nace", "nace_codes", "mm-profile-nace", form.nace_codes, false, None, feedback, use_nace(), None)}
                {language_picker("mm-lang".to_owned(), "mm-profile-languages", form.languages, FieldState::new(feedback, "languages"), use_languages(), true)}
            </div>
            {availability(form, slots, feedback)}
            <div class="form-grid">
                <TextField id="mm-max" field="max_meetings" label=tr("mm-profile-max") hint=max_hint value=form.max_meetings feedback=feedback required=false inputmode="numeric" />
            </div>
            <div class="editor-actions">
                <div role="status" aria-live="polite">
                    {move || Fresh(done.get().then(|| view! { <Alert kind=AlertKind::Success><p data-testid="mm-profile-saved">{tr("mm-profile-saved")}</p></Alert> }))}
                </div>
                <crate::components::form::FormError feedback=feedback />
                <div class="editor-buttons">
                    <SubmitButton label=tr("mm-profile-save") pending=save.pending() testid="mm-profile-save" />
                    <span class="editor-dirty" hidden=move || !dirty.get()>{tr("editor-unsaved")}</span>
                </div>
            </div>
        </form>
    }
}

/// Slots in blocks: a new block on a new day or after a gap (a break).
fn blocks(slots: Vec<Slot>) -> Vec<Vec<Slot>> {
    let mut out: Vec<Vec<Slot>> = Vec::new();
    for slot in slots {
        match out.last_mut() {
            Some(block)
                if block.last().is_some_and(|last: &Slot| {
                    last.ends_at == slot.starts_at
                        && time::local(last.starts_at).date() == time::local(slot.starts_at).date()
                }) =>
            {
                block.push(slot)
            }
            _ => out.push(vec![slot]),
        }
    }
    out
}

/// The rounds as checkboxes, one group per day and block between breaks, each with
/// "all"/"none".
fn availability(form: ProfileForm, slots: Vec<Slot>, feedback: FormFeedback) -> impl IntoView {
    let i18n = use_i18n();
    let state = FieldState::new(feedback, "available_slots");
    let count = move || form.available.with(Vec::len);
    let total = form.rounds;
    let summary = dyn_text(move || {
        t_args(
            "mm-profile-rounds-chosen",
            vec![
                ("count", Arg::Num(count() as f64)),
                ("total", Arg::Num(total as f64)),
            ],
        )()
    });
    let group = move |block: Vec<Slot>| {
        let (first, last): (DateTime<Utc>, DateTime<Utc>) = (
            block.first().map(|s| s.starts_at).unwrap_or_default(),
            block.last().map(|s| s.ends_at).unwrap_or_default(),
        );
        let legend = dyn_text(move || {
            let lang = i18n.lang();
            format!(
                "{}, {}–{}",
                time::day(lang, first),
                time::clock(lang, first),
                time::clock(lang, last)
            )
        });
        let all: Vec<u32> = block.iter().map(|s| s.index).collect();
        let legend_id = format!("mm-rounds-{}", all.first().copied().unwrap_or_default());
        let (all_described, none_described) = (legend_id.clone(), legend_id.clone());
        let set_all = move |on: bool| {
            let all = all.clone();
            form.available.update(move |a| {
                a.retain(|i| !all.contains(i));
                if on {
                    a.extend(all.iter().copied());
                }
            })
        };
        let set_none = set_all.clone();
        let boxes = block
            .into_iter()
            .map(|slot| {
                let index = slot.index;
                view! {
                    <label class="checkbox mm-slot">
                        <input
                            type="checkbox"
                            id=format!("mm-slot-{index}")
                            data-testid="mm-slot"
                            data-index=index.to_string()
                            prop:checked=move || form.available.with(|a| a.contains(&index))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                form.available.update(|a| {
                                    a.retain(|i| *i != index);
                                    if on {
                                        a.push(index);
                                    }
                                });
                            }
                        />
                        <span>{clock_span(slot.starts_at, slot.ends_at)}</span>
                    </label>
                }
            })
            .collect_view();
        view! {
            <fieldset class="mm-slot-group">
                <legend id=legend_id>{legend}</legend>
                <div class="mm-slot-buttons">
                    <button type="button" class="btn-link" aria-describedby=all_described on:click=move |_| set_all(true)>{tr("mm-profile-rounds-all")}</button>
                    <button type="button" class="btn-link" aria-describedby=none_described on:click=move |_| set_none(false)>{tr("mm-profile-rounds-none")}</button>
                </div>
                <div class="mm-slot-grid">{boxes}</div>
            </fieldset>
        }
    };
    view! {
        <div class="field mm-availability" class:field-invalid=state.invalid()>
            <h3 class="field-label">{tr("mm-profile-rounds")}</h3>
            <p class="field-hint">{tr("mm-profile-rounds-hint")}</p>
            <p class="muted" aria-live="polite" data-testid="mm-rounds-chosen">{summary}</p>
            {blocks(slots).into_iter().map(group).collect_view()}
            <FieldErrorText id="mm-available-error" state=state />
        </div>
    }
}
