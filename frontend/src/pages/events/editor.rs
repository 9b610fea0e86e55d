//! `/events/new?organization=<id>` and `/events/:id/edit`: the organisers' editor (institution
//! staff who are owners or editors of the organising organisation, platform admins). Times are
//! entered in Central European time. Saving keeps a new event a draft; it is published from its
//! page.

use glokal_api_types::{
    Event, EventInput, EventStatus, EventType, Language, Membership, ProgrammeItemInput, VenueInput,
};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use uuid::Uuid;

use super::TYPES;
use crate::api::{from_wire_name, use_api, wire_name, ApiClientError};
use crate::components::form::{
    Checks, FieldErrorText, FieldState, FormFeedback, SelectField, SubmitButton, TextField,
};
use crate::components::fresh::Fresh;
use crate::components::lang_tabs::{lang_tabs, tab_with_error, TextArea};
use crate::components::leave_guard::{release_leave_guard, use_leave_guard};
use crate::components::task::{task, Job};
use crate::i18n::{dyn_flag, dyn_text, t_args, tr, use_i18n, use_page_title, Arg, Label};
use crate::notices::{use_notices, NoticeKind};
use crate::pages::organizations::editor::sections::{
    country_options, editable_row, language_picker, town_field, Town,
};
use crate::pages::organizations::editor::state::{optional, TextsRow};
use crate::pages::organizations::use_languages;
use crate::pages::{
    editor_actions, entity_page, forbidden_note, my_organizations_page, use_path_entity,
};
use crate::time;

/// Id of the form element.
const FORM_ID: &str = "event-form";

/// One programme item; `key` stays the same while rows are added or removed.
#[derive(Clone, Copy)]
struct ProgrammeRow {
    key: u32,
    at: RwSignal<String>,
    title: TextsRow,
    speaker: RwSignal<String>,
}

/// Every field of the editor.
#[derive(Clone, Copy)]
struct EventForm {
    organization: RwSignal<String>,
    /// Kept as they are (the API names them by id).
    co_organizers: StoredValue<Vec<Uuid>>,
    title: TextsRow,
    description: TextsRow,
    /// Wire name of the type.
    kind: RwSignal<String>,
    /// `venue`, `online` or `hybrid`.
    mode: RwSignal<String>,
    venue_name: RwSignal<String>,
    street: RwSignal<String>,
    postal_code: RwSignal<String>,
    town: Town,
    online_url: RwSignal<String>,
    starts: RwSignal<String>,
    ends: RwSignal<String>,
    languages: RwSignal<Vec<String>>,
    capacity: RwSignal<String>,
    deadline: RwSignal<String>,
    programme: RwSignal<Vec<ProgrammeRow>>,
    next_key: StoredValue<u32>,
    matchmaking: RwSignal<bool>,
}

impl EventForm {
    fn new(event: Option<&Event>, organization: String, lang: Language) -> Self {
        let text = |value: Option<String>| RwSignal::new(value.unwrap_or_default());
        let venue = event.and_then(|e| e.venue.clone());
        let mode = match event.map(|e| (e.venue.is_some(), e.online_url.is_some())) {
            Some((true, true)) => "hybrid",
            Some((false, true)) => "online",
            _ => "venue",
        };
        let programme: Vec<ProgrammeRow> = event
            .map(|e| {
                e.programme
                    .iter()
                    .enumerate()
                    .map(|(i, p)| ProgrammeRow {
                        key: i as u32,
                        at: RwSignal::new(time::input_value(p.starts_at)),
                        title: TextsRow::new(Some(&p.title)),
                        speaker: text(p.speaker.clone()),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let default_country = if lang == Language::Cs { "CZ" } else { "DE" };
        // A deadline equal to the start is the default: shown empty.
        let deadline = event
            .filter(|e| e.registration_deadline != e.starts_at)
            .map(|e| time::input_value(e.registration_deadline));
        Self {
            organization: RwSignal::new(organization),
            co_organizers: StoredValue::new(
                event
                    .map(|e| e.co_organizers.iter().map(|o| o.id).collect())
                    .unwrap_or_default(),
            ),
            title: TextsRow::new(event.map(|e| &e.title)),
            description: TextsRow::new(event.map(|e| &e.description)),
            kind: RwSignal::new(wire_name(
                &event.map(|e| e.kind).unwrap_or(EventType::Information),
            )),
            mode: RwSignal::new(mode.to_owned()),
            venue_name: text(venue.as_ref().map(|v| v.name.clone())),
            street: text(venue.as_ref().and_then(|v| v.street.clone())),
            postal_code: text(venue.as_ref().and_then(|v| v.postal_code.clone())),
            town: Town {
                city: text(venue.as_ref().map(|v| v.city.clone())),
                place_id: RwSignal::new(venue.as_ref().and_then(|v| v.place_id)),
                region_code: RwSignal::new(venue.as_ref().and_then(|v| v.region_code.clone())),
                country: RwSignal::new(
                    venue
                        .as_ref()
                        .map(|v| v.country.clone())
                        .unwrap_or_else(|| default_country.to_owned()),
                ),
            },
            online_url: text(event.and_then(|e| e.online_url.clone())),
            starts: text(event.map(|e| time::input_value(e.starts_at))),
            ends: text(event.map(|e| time::input_value(e.ends_at))),
            languages: RwSignal::new(
                event
                    .map(|e| e.languages.clone())
                    .unwrap_or_else(|| vec![lang.code().to_owned()]),
            ),
            capacity: text(event.and_then(|e| e.capacity).map(|c| c.to_string())),
            deadline: text(deadline),
            next_key: StoredValue::new(programme.len() as u32),
            programme: RwSignal::new(programme),
            matchmaking: RwSignal::new(event.is_some_and(|e| e.matchmaking)),
        }
    }

    fn add_item(&self) {
        let key = self.next_key.get_value();
        self.next_key.set_value(key + 1);
        // A new item starts at the event's start (or the last item's time).
        let at = self
            .programme
            .with_untracked(|rows| rows.last().map(|r| r.at.get_untracked()))
            .unwrap_or_else(|| self.starts.get_untracked());
        self.programme.update(|rows| {
            rows.push(ProgrammeRow {
                key,
                at: RwSignal::new(at),
                title: TextsRow::new(None),
                speaker: RwSignal::new(String::new()),
            })
        });
    }

    /// What would be sent (tracked).
    fn input(&self) -> EventInput {
        let mode = self.mode.get();
        let venue = (mode != "online").then(|| VenueInput {
            name: self.venue_name.get().trim().to_owned(),
            street: optional(self.street.get()),
            postal_code: optional(self.postal_code.get()),
            city: self.town.city.get().trim().to_owned(),
            country: self.town.country.get(),
            place_id: self.town.place_id.get(),
        });
        EventInput {
            organization_id: Uuid::parse_str(&self.organization.get()).unwrap_or_default(),
            co_organizer_ids: self.co_organizers.get_value(),
            title: self.title.text(),
            description: self.description.text(),
            kind: from_wire_name(&self.kind.get()).unwrap_or(EventType::Information),
            venue,
            online_url: (mode != "venue")
                .then(|| optional(self.online_url.get()))
                .flatten(),
            starts_at: time::rfc3339(&self.starts.get()),
            ends_at: time::rfc3339(&self.ends.get()),
            languages: self.languages.get(),
            capacity: self.capacity.get().trim().parse().ok(),
            registration_deadline: optional(self.deadline.get()).map(|d| time::rfc3339(&d)),
            programme: self
                .programme
                .get()
                .iter()
                .map(|row| ProgrammeItemInput {
                    starts_at: time::rfc3339(&row.at.get()),
                    title: row.title.text(),
                    speaker: optional(row.speaker.get()),
                })
                .collect(),
            matchmaking: self.matchmaking.get(),
        }
    }

    /// Browser-side checks of what the server would refuse anyway.
    fn checks(&self, input: &EventInput) -> Result<(), ApiClientError> {
        let capacity = self.capacity.get_untracked();
        let mut checks = Checks::new()
            .check(
                "title",
                !input.title.languages().is_empty(),
                "text_required",
            )
            .check(
                "starts_at",
                time::parse_input(&self.starts.get_untracked()).is_some(),
                "required",
            )
            .check(
                "ends_at",
                time::parse_input(&self.ends.get_untracked()).is_some(),
                "required",
            )
            .check("languages", !input.languages.is_empty(), "required")
            .check(
                "capacity",
                capacity.trim().is_empty() || input.capacity.is_some(),
                "not_a_number",
            );
        if let Some(venue) = &input.venue {
            checks = checks
                .required("venue.name", &venue.name)
                .required("venue.city", &venue.city);
        }
        if self.mode.get_untracked() != "venue" {
            checks = checks.required("online_url", input.online_url.as_deref().unwrap_or(""));
        }
        for (index, item) in input.programme.iter().enumerate() {
            checks = checks.check(
                &format!("programme[{index}].title"),
                !item.title.languages().is_empty(),
                "text_required",
            );
        }
        checks.finish()
    }
}

/// `/events/new` (institution staff with an organisation, platform admins).
#[component]
pub fn NewEventPage() -> impl IntoView {
    use_page_title(tr("event-new-title"));
    let query = use_query_map();
    my_organizations_page("event-no-organization", true, move |orgs| {
        let wanted = query.with_untracked(|q| q.get("organization"));
        editor(None, orgs, wanted)
    })
}

/// `/events/:id/edit` (organisers; not once cancelled or over).
#[component]
pub fn EditEventPage() -> impl IntoView {
    use_page_title(tr("event-edit-title"));
    let api = use_api();
    let state = use_path_entity(move |id| api.event(id));
    entity_page(state, true, move |event: Event| {
        let back = format!("/events/{}", event.id);
        if !event.can_manage {
            Either::Left(forbidden_note(
                "event-forbidden",
                "event-forbidden",
                back,
                "event-back-to-detail",
            ))
        } else if matches!(event.status, EventStatus::Cancelled | EventStatus::Done) {
            Either::Left(forbidden_note(
                "event-no-edit",
                "event-no-edit",
                back,
                "event-back-to-detail",
            ))
        } else {
            Either::Right(editor(Some(event), Vec::new(), None))
        }
    })
}

fn editor(event: Option<Event>, orgs: Vec<Membership>, wanted: Option<String>) -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let navigate = use_navigate();
    let notices = use_notices();
    let editing = event.as_ref().map(|e| e.id);
    let organization = match &event {
        Some(e) => e.organizer.id.to_string(),
        None => wanted
            .filter(|w| orgs.iter().any(|m| m.organization_id.to_string() == *w))
            .or_else(|| orgs.first().map(|m| m.organization_id.to_string()))
            .unwrap_or_default(),
    };
    let ui = i18n.lang_untracked();
    let form = EventForm::new(event.as_ref(), organization, ui);
    let initial = RwSignal::new(untrack(|| form.input()));
    let dirty = Memo::new(move |_| form.input() != initial.get());
    use_leave_guard(dirty.into());

    let feedback = FormFeedback::new();
    let first = untrack(|| form.title.text().languages().first().copied());
    let tab = RwSignal::new(match first {
        Some(lang) if untrack(|| form.title.get(ui).get().trim().is_empty()) => lang,
        _ => ui,
    });
    let show_errors = move |error: ApiClientError| {
        if let Some(lang) = tab_with_error(&error.fields(), &["title", "description"]) {
            tab.set(lang);
        }
        feedback.fail_and_focus(FORM_ID, error);
    };
    let save = task();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        feedback.clear();
        let input = untrack(|| form.input());
        if let Err(error) = form.checks(&input) {
            show_errors(error);
            return;
        }
        let navigate = navigate.clone();
        save.dispatch_local(Job::new(async move {
            let result = match editing {
                Some(id) => api.update_event(id, &input).await,
                None => api.create_event(&input).await,
            };
            match result {
                Ok(saved) => {
                    initial.set(input);
                    release_leave_guard();
                    let path = format!("/events/{}", saved.id);
                    navigate(&path, Default::default());
                    notices.show(NoticeKind::Success, "event-saved-notice", path);
                }
                Err(error) => show_errors(error),
            }
        }));
    };

    let organiser = if editing.is_some() {
        Either::Left(view! {
            <p class="field"><span class="field-label">{tr("event-organiser")}</span> <span>{event.as_ref().map(|e| e.organizer.name.clone())}</span></p>
        })
    } else {
        let options = orgs
            .iter()
            .map(|m| {
                (
                    m.organization_id.to_string(),
                    Label::Plain(m.organization_name.clone()),
                )
            })
            .collect();
        Either::Right(view! {
            <SelectField id="event-organization" field="organization_id" label=tr("event-organiser") value=form.organization feedback=feedback options=options />
        })
    };
    let types = TYPES
        .iter()
        .map(|t| (wire_name(t), super::type_label(*t)))
        .collect::<Vec<_>>();
    let cancel = editing
        .map(|id| format!("/events/{id}"))
        .unwrap_or_else(|| "/events".to_owned());
    let buttons = view! {
        <SubmitButton label=if editing.is_some() { tr("event-save") } else { tr("event-create") } pending=save.pending() testid="event-submit" />
    };
    let heading = if editing.is_some() {
        "event-edit-title"
    } else {
        "event-new-title"
    };

    view! {
        <section class="container editor" data-testid="event-editor">
            <header class="page-header">
                <h1>{tr(heading)}</h1>
                <p class="lead">{tr("event-editor-lead")}</p>
                <p class="form-note">{tr("editor-required-note")}</p>
            </header>
            <form id=FORM_ID class="editor-form" novalidate on:submit=on_submit data-testid="event-form">
                <section class="card form-section" aria-labelledby="event-basics-title">
                    <h2 id="event-basics-title">{tr("opp-section-basics")}</h2>
                    <div class="form-grid">
                        {organiser}
                        <SelectField id="event-type" field="type" label=tr("event-type") value=form.kind feedback=feedback options=types />
                    </div>
                    <label class="checkbox">
                        <input type="checkbox" id="event-matchmaking" bind:checked=form.matchmaking />
                        <span>{tr("event-matchmaking")}</span>
                    </label>
                </section>
                {texts(form, feedback, tab)}
                {when(form, feedback)}
                {place(form, feedback)}
                {participation(form, feedback)}
                {programme(form, feedback)}
                {editor_actions(feedback, buttons, cancel, dirty)}
            </form>
        </section>
    }
}

/// Title and description per language.
fn texts(form: EventForm, feedback: FormFeedback, tab: RwSignal<Language>) -> impl IntoView {
    let i18n = use_i18n();
    let required = FieldState::new(feedback, "title");
    let filled = move |lang| form.title.get(lang).with(|t| !t.trim().is_empty());
    let panel = move |lang: Language| {
        let code = lang.code();
        let title_label = move || format!("{} ({})", i18n.t("event-field-title"), lang.endonym());
        view! {
            <div class="tab-fields">
                <TextField id=format!("event-title-{code}") field=format!("title.{code}") label=title_label value=form.title.get(lang) feedback=feedback required=false />
                <TextArea
                    id=format!("event-description-{code}")
                    field=format!("description.{code}")
                    label=Label::Id("event-field-description")
                    value=form.description.get(lang)
                    feedback=feedback
                    lang=lang
                />
            </div>
        }
    };
    view! {
        <section class="card form-section" aria-labelledby="event-texts-title">
            <h2 id="event-texts-title">{tr("opp-section-texts")}</h2>
            <p class="muted">{tr("event-texts-lead")}</p>
            <div class="tabs-block" class:field-invalid=required.invalid()>
                {lang_tabs("event-lang", "opp-section-texts", tab, feedback, &["title", "description"], filled, panel)}
                <FieldErrorText id="event-title-error" state=required />
            </div>
        </section>
    }
}

/// Start, end (Central European time).
fn when(form: EventForm, feedback: FormFeedback) -> impl IntoView {
    view! {
        <section class="card form-section" aria-labelledby="event-when-title">
            <h2 id="event-when-title">{tr("event-when")}</h2>
            <p class="muted">{tr("event-time-zone-note")}</p>
            <div class="form-grid">
                <TextField id="event-starts" field="starts_at" label=tr("event-starts") value=form.starts feedback=feedback input_type="datetime-local" />
                <TextField id="event-ends" field="ends_at" label=tr("event-ends") value=form.ends feedback=feedback input_type="datetime-local" />
            </div>
        </section>
    }
}

/// In person (venue with a town from the place list), online (a link) or both.
fn place(form: EventForm, feedback: FormFeedback) -> impl IntoView {
    let modes = [
        ("venue", "event-mode-venue"),
        ("online", "event-mode-online"),
        ("hybrid", "event-mode-hybrid"),
    ];
    let venue_missing = FieldState::new(feedback, "venue");
    let radio = move |(value, label): (&'static str, &'static str)| {
        view! {
            <label class="checkbox">
                <input
                    type="radio"
                    name="event-mode"
                    id=format!("event-mode-{value}")
                    value=value
                    prop:checked=move || form.mode.with(|m| m == value)
                    on:change=move |_| form.mode.set(value.to_owned())
                />
                <span>{tr(label)}</span>
            </label>
        }
    };
    let countries = country_options(&form.town.country.get_untracked());
    view! {
        <section class="card form-section" aria-labelledby="event-place-title">
            <h2 id="event-place-title">{tr("event-venue")}</h2>
            <fieldset class="checkbox-group" class:field-invalid=venue_missing.invalid()>
                <legend class="field-label">{tr("event-mode")}</legend>
                <div class="checkbox-row">{modes.map(radio).into_iter().collect_view()}</div>
                <FieldErrorText id="event-venue-error" state=venue_missing />
            </fieldset>
            <div class="form-grid" hidden=dyn_flag(move || form.mode.with(|m| m == "online")) data-testid="event-venue-fields">
                <div class="span-2">
                    <TextField id="event-venue-name" field="venue.name" label=tr("event-venue-name") value=form.venue_name feedback=feedback />
                </div>
                <SelectField id="event-venue-country" field="venue.country" label=tr("editor-country") value=form.town.country feedback=feedback options=countries />
                {town_field("event-venue-city", "venue.city", "venue.place_id", "editor-city", "editor-city-hint", "event-place-chosen", form.town, feedback)}
                <TextField id="event-venue-street" field="venue.street" label=tr("editor-street") value=form.street feedback=feedback required=false />
                <TextField id="event-venue-postal-code" field="venue.postal_code" label=tr("editor-postal-code") value=form.postal_code feedback=feedback required=false />
            </div>
            <div class="form-grid" hidden=dyn_flag(move || form.mode.with(|m| m == "venue"))>
                <div class="span-2">
                    <TextField id="event-online-url" field="online_url" label=tr("event-online-link") hint=tr("editor-website-hint") value=form.online_url feedback=feedback input_type="url" />
                </div>
            </div>
        </section>
    }
}

/// Languages, places, registration deadline.
fn participation(form: EventForm, feedback: FormFeedback) -> impl IntoView {
    let known = use_languages();
    view! {
        <section class="card form-section" aria-labelledby="event-participation-title">
            <h2 id="event-participation-title">{tr("event-participation")}</h2>
            <div class="form-grid">
                {language_picker("event-lang-spoken".to_owned(), "event-languages", form.languages, FieldState::new(feedback, "languages"), known, true)}
                <TextField id="event-capacity" field="capacity" label=tr("event-capacity") hint=tr("event-capacity-hint") value=form.capacity feedback=feedback required=false inputmode="numeric" />
                <TextField id="event-deadline" field="registration_deadline" label=tr("event-deadline") hint=tr("event-deadline-hint") value=form.deadline feedback=feedback required=false input_type="datetime-local" />
            </div>
        </section>
    }
}

/// Programme items: a time, a title in at least one language, a speaker; add and remove.
fn programme(form: EventForm, feedback: FormFeedback) -> impl IntoView {
    let i18n = use_i18n();
    let row = move |(index, item): (usize, ProgrammeRow)| {
        let key = item.key;
        let title = FieldState::new(feedback, format!("programme[{index}].title"));
        let title_field = move |lang: Language| {
            let code = lang.code();
            let label = move || format!("{} ({})", i18n.t("event-field-title"), lang.endonym());
            view! {
                <TextField id=format!("programme-{key}-title-{code}") field=format!("programme[{index}].title.{code}") label=label value=item.title.get(lang) feedback=feedback required=false />
            }
        };
        let fields = view! {
            <TextField id=format!("programme-{key}-at") field=format!("programme[{index}].starts_at") label=tr("event-programme-at") value=item.at feedback=feedback input_type="datetime-local" />
            <TextField id=format!("programme-{key}-speaker") field=format!("programme[{index}].speaker") label=tr("event-programme-speaker") value=item.speaker feedback=feedback required=false />
            <div class="span-2 field" class:field-invalid=title.invalid()>
                <div class="lang-grid">{Language::ALL.map(title_field).into_iter().collect_view()}</div>
                <FieldErrorText id=format!("programme-{key}-title-error") state=title />
            </div>
        };
        let remove = move || form.programme.update(|rows| rows.retain(|r| r.key != key));
        editable_row(
            "programme",
            "event-programme-n",
            index,
            fields,
            "event-programme-remove",
            remove,
        )
    };
    let count = move || form.programme.with(Vec::len);
    view! {
        <section class="card form-section" aria-labelledby="event-programme-title">
            <h2 id="event-programme-title">{tr("event-programme")}</h2>
            <p class="muted">{tr("event-programme-lead")}</p>
            <div class="contact-rows">
                {move || Fresh(form.programme.get().into_iter().enumerate().map(row).collect_view())}
                <FieldErrorText id="event-programme-error" state=FieldState::new(feedback, "programme") />
                <button type="button" class="btn btn-secondary" data-testid="programme-add" on:click=move |_| form.add_item()>
                    {tr("event-programme-add")}
                </button>
                <p class="sr-only" aria-live="polite">{dyn_text(move || t_args("event-programme-count", vec![("count", Arg::Num(count() as f64))])())}</p>
            </div>
        </section>
    }
}
