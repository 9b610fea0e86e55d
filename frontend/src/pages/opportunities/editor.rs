//! `/opportunities/new?organization=<id>` and `/opportunities/:id/edit`: the editor of an offer
//! or request (owners and editors of the organisation). Fields that only apply to some types
//! (the day a shortage must be solved, the free capacity) appear only for them.

use glokal_api_types::{
    Capacity, Language, Membership, Opportunity, OpportunityInput, OpportunityStatus,
    OpportunityType,
};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use uuid::Uuid;

use super::type_label;
use crate::api::{use_api, ApiClientError};
use crate::components::chips::Chips;
use crate::components::form::{
    Checks, FieldErrorText, FieldState, FormFeedback, SelectField, SubmitButton, TextField,
};
use crate::components::fresh::Fresh;
use crate::components::lang_tabs::{lang_tabs, tab_with_error, TextArea};
use crate::components::leave_guard::{release_leave_guard, use_leave_guard};
use crate::components::task::{task, Job};
use crate::i18n::{dyn_flag, tr, use_i18n, use_page_title, Label};
use crate::notices::{use_notices, NoticeKind};
use crate::pages::organizations::editor::offerings::certification_choices;
use crate::pages::organizations::editor::sections::{keywords_field, nace_picker};
use crate::pages::organizations::editor::state::{optional, TextsRow};
use crate::pages::organizations::{
    certification_name, country_label, iso_date, parse_date, use_certifications, use_nace,
    COUNTRIES,
};
use crate::pages::{
    editor_actions, entity_page, forbidden_note, my_organizations_page, use_path_entity,
};

/// Id of the form element.
const FORM_ID: &str = "opp-form";

/// Every field of the editor.
#[derive(Clone, Copy)]
struct OppForm {
    organization: RwSignal<String>,
    /// Wire name of the type.
    kind: RwSignal<String>,
    title: TextsRow,
    text: TextsRow,
    nace: RwSignal<Vec<String>>,
    keywords: RwSignal<Vec<String>>,
    quantity: RwSignal<String>,
    unit: RwSignal<String>,
    valid_until: RwSignal<String>,
    needed_by: RwSignal<String>,
    process: RwSignal<String>,
    material: RwSignal<String>,
    available_from: RwSignal<String>,
    available_until: RwSignal<String>,
    targets: RwSignal<Vec<String>>,
    cross_border: RwSignal<bool>,
    max_distance: RwSignal<String>,
    certifications: RwSignal<Vec<String>>,
}

/// A decimal number as typed (`2,5` or `2.5`).
fn number(text: &str) -> Option<f64> {
    text.trim().replace(',', ".").parse::<f64>().ok()
}

impl OppForm {
    fn new(o: Option<&Opportunity>, organization: String) -> Self {
        let text = |value: Option<String>| RwSignal::new(value.unwrap_or_default());
        let capacity = o.and_then(|o| o.capacity.clone());
        let date =
            |d: Option<chrono::NaiveDate>| RwSignal::new(d.map(iso_date).unwrap_or_default());
        Self {
            organization: RwSignal::new(organization),
            kind: RwSignal::new(
                o.map(|o| o.opportunity_type)
                    .unwrap_or(OpportunityType::SupplierRequest)
                    .as_str()
                    .to_owned(),
            ),
            title: TextsRow::new(o.map(|o| &o.title)),
            text: TextsRow::new(o.map(|o| &o.text)),
            nace: RwSignal::new(o.map(|o| o.nace_codes.clone()).unwrap_or_default()),
            keywords: RwSignal::new(o.map(|o| o.keywords.clone()).unwrap_or_default()),
            quantity: text(o.and_then(|o| o.quantity).map(|q| q.to_string())),
            unit: text(o.and_then(|o| o.unit.clone())),
            // A draft's stored default is not shown, so that it follows the publication.
            valid_until: date(
                o.filter(|o| o.status != OpportunityStatus::Draft)
                    .map(|o| o.valid_until),
            ),
            needed_by: date(o.and_then(|o| o.needed_by)),
            process: text(capacity.as_ref().map(|c| c.process.clone())),
            material: text(capacity.as_ref().and_then(|c| c.material.clone())),
            available_from: date(capacity.as_ref().map(|c| c.available_from)),
            available_until: date(capacity.as_ref().map(|c| c.available_until)),
            targets: RwSignal::new(o.map(|o| o.target_countries.clone()).unwrap_or_default()),
            cross_border: RwSignal::new(o.is_some_and(|o| o.cross_border_only)),
            max_distance: text(o.and_then(|o| o.max_distance_km).map(|km| km.to_string())),
            certifications: RwSignal::new(o.map(|o| o.certifications.clone()).unwrap_or_default()),
        }
    }

    /// The chosen type (tracked).
    fn kind(&self) -> OpportunityType {
        OpportunityType::parse(&self.kind.get()).unwrap_or(OpportunityType::SupplierRequest)
    }

    /// What would be sent (tracked).
    fn input(&self, publish: bool) -> OpportunityInput {
        let kind = self.kind();
        let capacity = match (
            kind,
            parse_date(&self.available_from.get()),
            parse_date(&self.available_until.get()),
        ) {
            (OpportunityType::CapacityOffer, Some(from), Some(until)) => Some(Capacity {
                process: self.process.get().trim().to_owned(),
                material: optional(self.material.get()),
                available_from: from,
                available_until: until,
            }),
            _ => None,
        };
        OpportunityInput {
            organization_id: Uuid::parse_str(&self.organization.get()).unwrap_or_default(),
            opportunity_type: kind,
            title: self.title.text(),
            text: self.text.text(),
            nace_codes: self.nace.get(),
            keywords: self.keywords.get(),
            quantity: number(&self.quantity.get()),
            unit: optional(self.unit.get()),
            valid_until: parse_date(&self.valid_until.get()),
            needed_by: (!kind.is_offer())
                .then(|| parse_date(&self.needed_by.get()))
                .flatten(),
            capacity,
            target_countries: self.targets.get(),
            cross_border_only: self.cross_border.get(),
            max_distance_km: self.max_distance.get().trim().parse().ok(),
            certifications: self.certifications.get(),
            publish,
        }
    }

    /// Browser-side checks of what the server would refuse anyway.
    fn checks(&self, input: &OpportunityInput) -> Result<(), ApiClientError> {
        let kind = input.opportunity_type;
        let filled = |s: RwSignal<String>| !s.get_untracked().trim().is_empty();
        let mut checks = Checks::new()
            .check(
                "title",
                !input.title.languages().is_empty(),
                "text_required",
            )
            .check(
                "quantity",
                !filled(self.quantity) || input.quantity.is_some(),
                "not_a_number",
            )
            .check(
                "max_distance_km",
                !filled(self.max_distance) || input.max_distance_km.is_some(),
                "not_a_number",
            )
            .check(
                "needed_by",
                kind != OpportunityType::ShortageAlert || input.needed_by.is_some(),
                "required",
            );
        if kind == OpportunityType::CapacityOffer {
            checks = checks
                .required("capacity.process", &self.process.get_untracked())
                .check(
                    "capacity.available_from",
                    parse_date(&self.available_from.get_untracked()).is_some(),
                    "required",
                )
                .check(
                    "capacity.available_until",
                    parse_date(&self.available_until.get_untracked()).is_some(),
                    "required",
                );
        }
        checks.finish()
    }
}

/// `/opportunities/new` (login required; for members of an organisation).
#[component]
pub fn NewOpportunityPage() -> impl IntoView {
    use_page_title(tr("opp-new-title"));
    let query = use_query_map();
    my_organizations_page("opp-no-organization", false, move |orgs| {
        let wanted = query.with_untracked(|q| q.get("organization"));
        editor(None, orgs, wanted)
    })
}

/// `/opportunities/:id/edit` (owners and editors of the organisation; not once closed).
#[component]
pub fn EditOpportunityPage() -> impl IntoView {
    use_page_title(tr("opp-edit-title"));
    let api = use_api();
    let state = use_path_entity(move |id| api.opportunity(id));
    entity_page(state, true, move |o: Opportunity| {
        let back = format!("/opportunities/{}", o.id);
        if o.my_role.is_none() {
            Either::Left(forbidden_note(
                "opp-forbidden",
                "opp-forbidden",
                back,
                "opp-back-to-detail",
            ))
        } else if o.status == OpportunityStatus::Closed {
            Either::Left(forbidden_note(
                "opp-closed-no-edit",
                "opp-closed-no-edit",
                back,
                "opp-back-to-detail",
            ))
        } else {
            Either::Right(editor(Some(o), Vec::new(), None))
        }
    })
}

/// The form: `o` is the offer or request being edited; a new one is posted for one of `orgs`
/// (`wanted` chosen first).
fn editor(o: Option<Opportunity>, orgs: Vec<Membership>, wanted: Option<String>) -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let navigate = use_navigate();
    let notices = use_notices();
    let editing = o.as_ref().map(|o| o.id);
    let published = o
        .as_ref()
        .is_some_and(|o| o.status != OpportunityStatus::Draft);
    let organization = match &o {
        Some(o) => o.organization_id.to_string(),
        None => wanted
            .filter(|w| orgs.iter().any(|m| m.organization_id.to_string() == *w))
            .or_else(|| orgs.first().map(|m| m.organization_id.to_string()))
            .unwrap_or_default(),
    };
    let form = OppForm::new(o.as_ref(), organization);
    let initial = RwSignal::new(untrack(|| form.input(false)));
    let dirty = Memo::new(move |_| form.input(false) != initial.get());
    use_leave_guard(dirty.into());

    let feedback = FormFeedback::new();
    let ui = i18n.lang_untracked();
    let first = untrack(|| form.title.text().languages().first().copied());
    let tab = RwSignal::new(match first {
        Some(lang) if untrack(|| form.title.get(ui).get().trim().is_empty()) => lang,
        _ => ui,
    });
    let show_errors = move |error: ApiClientError| {
        if let Some(lang) = tab_with_error(&error.fields(), &["title", "text"]) {
            tab.set(lang);
        }
        feedback.fail_and_focus(FORM_ID, error);
    };
    let publish = RwSignal::new(published);
    let save = task();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        feedback.clear();
        let publish = publish.get_untracked();
        let input = untrack(|| form.input(publish));
        if let Err(error) = form.checks(&input) {
            show_errors(error);
            return;
        }
        let navigate = navigate.clone();
        save.dispatch_local(Job::new(async move {
            let result = match editing {
                Some(id) => api.update_opportunity(id, &input).await,
                None => api.create_opportunity(&input).await,
            };
            match result {
                Ok(saved) => {
                    initial.set(OpportunityInput {
                        publish: false,
                        ..input
                    });
                    release_leave_guard();
                    let path = format!("/opportunities/{}", saved.id);
                    navigate(&path, Default::default());
                    let message = if publish {
                        "opp-published-notice"
                    } else {
                        "opp-saved-notice"
                    };
                    notices.show(NoticeKind::Success, message, path);
                }
                Err(error) => show_errors(error),
            }
        }));
    };

    let organization_field = if editing.is_some() {
        Either::Left(view! {
            <p class="field"><span class="field-label">{tr("opp-field-organization")}</span> <span data-testid="opp-organization-name">{o.as_ref().map(|o| o.organization_name.clone())}</span></p>
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
            <SelectField id="opp-organization" field="organization_id" label=tr("opp-field-organization") value=form.organization feedback=feedback options=options />
        })
    };
    let types = OpportunityType::ALL
        .iter()
        .map(|t| (t.as_str().to_owned(), type_label(*t)))
        .collect::<Vec<_>>();

    let buttons = if published {
        Either::Left(view! {
            <SubmitButton label=tr("opp-save") pending=save.pending() testid="opp-submit" />
        })
    } else {
        Either::Right(view! {
            <SubmitButton label=tr("opp-save-draft") pending=save.pending() testid="opp-save-draft" class="btn btn-secondary" on_click=Callback::new(move |()| publish.set(false)) />
            <SubmitButton label=tr("opp-publish") pending=save.pending() testid="opp-submit-publish" on_click=Callback::new(move |()| publish.set(true)) />
        })
    };
    let cancel = editing
        .map(|id| format!("/opportunities/{id}"))
        .unwrap_or_else(|| "/opportunities".to_owned());
    let heading = if editing.is_some() {
        "opp-edit-title"
    } else {
        "opp-new-title"
    };

    view! {
        <section class="container editor" data-testid="opp-editor">
            <header class="page-header">
                <h1>{tr(heading)}</h1>
                <p class="lead">{tr("opp-editor-lead")}</p>
                <p class="form-note">{tr("editor-required-note")}</p>
            </header>
            <form id=FORM_ID class="editor-form" novalidate on:submit=on_submit data-testid="opp-form">
                <section class="card form-section" aria-labelledby="opp-basics-title">
                    <h2 id="opp-basics-title">{tr("opp-section-basics")}</h2>
                    <div class="form-grid">
                        {organization_field}
                        <SelectField id="opp-type" field="type" label=tr("opp-field-type") value=form.kind feedback=feedback options=types />
                    </div>
                    <p class="muted">{tr("opp-type-hint")}</p>
                </section>
                {texts(form, feedback, tab)}
                {details(form, feedback)}
                {classification(form, feedback)}
                {audience(form, feedback)}
                {editor_actions(feedback, buttons, cancel, dirty)}
            </form>
        </section>
    }
}

/// Title and text per language (at least one; text and title in the same languages).
fn texts(form: OppForm, feedback: FormFeedback, tab: RwSignal<Language>) -> impl IntoView {
    let i18n = use_i18n();
    let required = FieldState::new(feedback, "title");
    let filled = move |lang| form.title.get(lang).with(|t| !t.trim().is_empty());
    let panel = move |lang: Language| {
        let code = lang.code();
        let title_label = move || format!("{} ({})", i18n.t("opp-field-title"), lang.endonym());
        view! {
            <div class="tab-fields">
                <TextField id=format!("opp-title-{code}") field=format!("title.{code}") label=title_label value=form.title.get(lang) feedback=feedback required=false />
                <TextArea
                    id=format!("opp-text-{code}")
                    field=format!("text.{code}")
                    label=Label::Id("opp-field-text")
                    value=form.text.get(lang)
                    feedback=feedback
                    lang=lang
                    also=required
                />
            </div>
        }
    };
    view! {
        <section class="card form-section" aria-labelledby="opp-texts-title">
            <h2 id="opp-texts-title">{tr("opp-section-texts")}</h2>
            <p class="muted">{tr("opp-texts-lead")}</p>
            <div class="tabs-block" class:field-invalid=required.invalid()>
                {lang_tabs("opp-lang", "opp-section-texts", tab, feedback, &["title", "text"], filled, panel)}
                <FieldErrorText id="opp-title-error" state=required />
            </div>
        </section>
    }
}

/// Quantity, the shortage's day, the free capacity, how long it is open.
fn details(form: OppForm, feedback: FormFeedback) -> impl IntoView {
    let request = move || !form.kind().is_offer();
    let capacity = move || form.kind() == OpportunityType::CapacityOffer;
    let shortage = move || form.kind() == OpportunityType::ShortageAlert;
    view! {
        <section class="card form-section" aria-labelledby="opp-details-title">
            <h2 id="opp-details-title">{tr("opp-section-details")}</h2>
            <div class="form-grid">
                <TextField id="opp-quantity" field="quantity" label=tr("opp-quantity") value=form.quantity feedback=feedback required=false inputmode="decimal" />
                <TextField id="opp-unit" field="unit" label=tr("opp-unit") hint=tr("opp-unit-hint") value=form.unit feedback=feedback required=false />
            </div>
            <div class="form-grid" hidden=dyn_flag(move || !request()) data-testid="opp-request-fields">
                {move || {
                    // Required for shortage alerts: the label says so.
                    let required = shortage();
                    Fresh(view! {
                        <TextField id="opp-needed-by" field="needed_by" label=tr("opp-needed-by-label") hint=tr("opp-needed-by-hint") value=form.needed_by feedback=feedback input_type="date" required=required />
                    })
                }}
            </div>
            <fieldset class="contact-row" hidden=dyn_flag(move || !capacity()) data-testid="opp-capacity-fields">
                <legend>{tr("opp-capacity")}</legend>
                <div class="form-grid">
                    <TextField id="opp-process" field="capacity.process" label=tr("opp-capacity-process") hint=tr("opp-capacity-process-hint") value=form.process feedback=feedback />
                    <TextField id="opp-material" field="capacity.material" label=tr("opp-capacity-material") value=form.material feedback=feedback required=false />
                    <TextField id="opp-available-from" field="capacity.available_from" label=tr("opp-capacity-from") value=form.available_from feedback=feedback input_type="date" />
                    <TextField id="opp-available-until" field="capacity.available_until" label=tr("opp-capacity-until") value=form.available_until feedback=feedback input_type="date" />
                </div>
            </fieldset>
            <div class="form-grid">
                <TextField id="opp-valid-until" field="valid_until" label=tr("opp-valid-until-label") hint=tr("opp-valid-until-hint") value=form.valid_until feedback=feedback input_type="date" required=false />
            </div>
        </section>
    }
}

/// NACE codes and keywords.
fn classification(form: OppForm, feedback: FormFeedback) -> impl IntoView {
    let nace = use_nace();
    view! {
        <section class="card form-section" aria-labelledby="opp-classification-title">
            <h2 id="opp-classification-title">{tr("editor-classification")}</h2>
            <div class="form-grid">
                {nace_picker("opp-nace", "nace_codes", "opp-field-nace", form.nace, false, None, feedback, nace, None)}
                {keywords_field("opp-keywords", form.keywords, feedback)}
            </div>
        </section>
    }
}

/// Who it is meant for: countries, across the border only, distance.
fn audience(form: OppForm, feedback: FormFeedback) -> impl IntoView {
    let targets = FieldState::new(feedback, "target_countries");
    let checkbox = move |code: &'static str| {
        view! {
            <label class="checkbox">
                <input
                    type="checkbox"
                    id=format!("opp-target-{code}")
                    prop:checked=move || form.targets.with(|t| t.iter().any(|c| c == code))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        form.targets.update(|t| {
                            t.retain(|c| c != code);
                            if on {
                                t.push(code.to_owned());
                            }
                        });
                    }
                />
                <span>{crate::i18n::tr_label(country_label(code))}</span>
            </label>
        }
    };
    view! {
        <section class="card form-section" aria-labelledby="opp-audience-title">
            <h2 id="opp-audience-title">{tr("opp-audience")}</h2>
            <p class="muted">{tr("opp-audience-lead")}</p>
            <fieldset class="field checkbox-group" class:field-invalid=targets.invalid()>
                <legend class="field-label">{tr("opp-field-targets")} <span class="field-optional">" " {tr("form-optional")}</span></legend>
                <div class="checkbox-row">{COUNTRIES.map(checkbox).into_iter().collect_view()}{checkbox("PL")}</div>
                <FieldErrorText id="opp-targets-error" state=targets />
            </fieldset>
            <label class="checkbox">
                <input type="checkbox" id="opp-cross-border" bind:checked=form.cross_border />
                <span>{tr("opp-cross-border-long")}</span>
            </label>
            <div class="form-grid">
                <TextField id="opp-max-distance" field="max_distance_km" label=tr("opp-field-max-distance") value=form.max_distance feedback=feedback required=false inputmode="numeric" />
            </div>
            {certifications_field(form, feedback)}
        </section>
    }
}

/// Certifications asked of a partner: chosen from the platform's list, shown as chips.
fn certifications_field(form: OppForm, feedback: FormFeedback) -> impl IntoView {
    let i18n = use_i18n();
    let known = use_certifications();
    let state = FieldState::new(feedback, "certifications");
    let chosen = RwSignal::new(String::new());
    let choices =
        move || certification_choices(known, &form.certifications.get(), i18n.lang(), chosen);
    let label =
        Callback::new(move |code: String| certification_name(&known.get(), &code, i18n.lang()));
    view! {
        <div class="field" class:field-invalid=state.invalid()>
            <label class="field-label" for="opp-certifications">
                {tr("opp-field-certifications")} <span class="field-optional">" " {tr("form-optional")}</span>
            </label>
            <p class="field-hint" id="opp-certifications-hint">{tr("opp-field-certifications-hint")}</p>
            <select
                id="opp-certifications"
                class="input select"
                aria-describedby="opp-certifications-hint"
                on:change=move |ev| {
                    let code = event_target_value(&ev);
                    if !code.is_empty() {
                        form.certifications.update(|c| c.push(code));
                    }
                    chosen.set(String::new());
                }
            >
                {choices}
            </select>
            <Chips values=form.certifications label=label testid="opp-certifications-chips" />
            <FieldErrorText id="opp-certifications-error" state=state />
        </div>
    }
}
