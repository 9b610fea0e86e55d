//! The editor's certifications (from the platform's list, with an optional expiry date) and
//! products and services (a name in at least one language, a description per language).

use glokal_api_types::Language;
use leptos::prelude::*;

use super::sections::editable_row;
use super::state::{CertificationRow, OfferingRow, OrgForm, TextsRow};
use crate::components::form::{
    select_option, FieldErrorText, FieldState, FormFeedback, SelectField,
};
use crate::components::fresh::Fresh;
use crate::i18n::{t_args, tr, use_i18n, Arg, Label};
use crate::pages::organizations::{certification_name, certification_text, use_certifications};

/// The `<option>`s of a certification picker: "choose …" and the list without those already
/// `taken`, in the list's order.
pub fn certification_choices(
    known: ReadSignal<Option<std::sync::Arc<Vec<glokal_api_types::CertificationItem>>>>,
    taken: &[String],
    lang: Language,
    chosen: RwSignal<String>,
) -> impl IntoView {
    let options: Vec<(String, Label)> = known
        .get()
        .map(|items| {
            items
                .iter()
                .filter(|c| !taken.contains(&c.code))
                .map(|c| (c.code.clone(), Label::Plain(certification_text(c, lang))))
                .collect()
        })
        .unwrap_or_default();
    Fresh(
        std::iter::once((String::new(), Label::Id("editor-certification-choose")))
            .chain(options)
            .map(|(code, label)| select_option(code, label, chosen.into()))
            .collect_view(),
    )
}

/// Certifications held: chosen from the list, each with an optional expiry date.
pub fn certifications(form: OrgForm, feedback: FormFeedback) -> impl IntoView {
    let i18n = use_i18n();
    let known = use_certifications();
    let chosen = RwSignal::new(String::new());
    let choices = move || {
        let taken: Vec<String> = form
            .certifications
            .with(|rows| rows.iter().map(|r| r.code.get_value()).collect());
        certification_choices(known, &taken, i18n.lang(), chosen)
    };
    let add = move |_| {
        let code = chosen.get_untracked();
        if code.is_empty() {
            return;
        }
        let key = form.key();
        let entry = glokal_api_types::CertificationEntry {
            code,
            expires_on: None,
        };
        form.certifications
            .update(|rows| rows.push(CertificationRow::new(key, &entry)));
        chosen.set(String::new());
    };
    let row = move |(index, row): (usize, CertificationRow)| {
        let key = row.key;
        let code = row.code.get_value();
        let name = {
            let code = code.clone();
            move || certification_name(&known.get(), &code, i18n.lang())
        };
        let date_id = format!("cert-{key}-expires");
        let code_state = FieldState::new(feedback, format!("certifications[{index}].code"));
        let date_state = FieldState::new(feedback, format!("certifications[{index}].expires_on"));
        let remove_label = {
            let name = name.clone();
            move || {
                t_args(
                    "editor-certification-remove-named",
                    vec![("name", Arg::Text(name()))],
                )()
            }
        };
        view! {
            <li class="cert-row" data-testid="cert-row" data-code=code class:field-invalid=code_state.invalid()>
                <div class="cert-row-name">
                    <span class="cert-name">{name}</span>
                    <FieldErrorText id=format!("cert-{key}-error") state=code_state />
                </div>
                <div class="field cert-row-date" class:field-invalid=date_state.invalid()>
                    <label for=date_id.clone() class="field-label">
                        {tr("editor-certification-expires")}
                        <span class="field-optional">" " {tr("form-optional")}</span>
                    </label>
                    <input
                        id=date_id.clone()
                        class="input"
                        type="date"
                        aria-invalid=date_state.aria_invalid()
                        aria-describedby=date_state.described_by(None, format!("{date_id}-error"))
                        bind:value=row.expires_on
                    />
                    <FieldErrorText id=format!("{date_id}-error") state=date_state />
                </div>
                <button
                    type="button"
                    class="btn btn-ghost btn-small"
                    data-testid="cert-remove"
                    aria-label=remove_label
                    on:click=move |_| form.certifications.update(|rows| rows.retain(|r| r.key != key))
                >
                    {tr("editor-remove")}
                </button>
            </li>
        }
    };
    let rows = move || {
        Fresh(
            form.certifications
                .get()
                .into_iter()
                .enumerate()
                .map(row)
                .collect_view(),
        )
    };
    view! {
        <section class="card form-section" aria-labelledby="org-certs-title" data-testid="org-certifications">
            <h2 id="org-certs-title">{tr("editor-certifications")}</h2>
            <p class="muted">{tr("editor-certifications-lead")}</p>
            <ul class="cert-rows" hidden=move || form.certifications.with(Vec::is_empty)>{rows}</ul>
            <div class="field">
                <label for="org-cert-choose" class="field-label">{tr("editor-certification-add")}</label>
                <div class="inline-add">
                    <select id="org-cert-choose" class="input select" on:change=move |ev| chosen.set(event_target_value(&ev))>
                        {choices}
                    </select>
                    <button type="button" class="btn btn-secondary btn-small" data-testid="org-cert-add" on:click=add>
                        {tr("editor-add")}
                    </button>
                </div>
            </div>
            <FieldErrorText id="org-certifications-error" state=FieldState::new(feedback, "certifications") />
        </section>
    }
}

/// One text per language (inputs or text areas) as a group with a legend; errors of the whole
/// group (`field`) and of each language (`field.de`, …) appear under the right place.
fn texts_group(
    id: String,
    field: String,
    legend: &'static str,
    hint: &'static str,
    texts: TextsRow,
    feedback: FormFeedback,
    multiline: bool,
) -> impl IntoView {
    let group = FieldState::new(feedback, field.clone());
    let group_error = format!("{id}-error");
    let group_error_id = group_error.clone();
    let input = move |lang: Language| {
        let code = lang.code();
        let input_id = format!("{id}-{code}");
        let error_id = format!("{input_id}-error");
        let state = FieldState::new(feedback, format!("{field}.{code}"));
        let own = state.aria_invalid();
        let in_group = group.aria_invalid();
        let invalid = move || if in_group() == "true" { "true" } else { own() };
        let own_error = state.described_by(None, error_id.clone());
        let group_error = group_error.clone();
        let described_by = move || {
            let ids: Vec<String> = (group.code().is_some().then(|| group_error.clone()))
                .into_iter()
                .chain(own_error())
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        };
        let value = texts.get(lang);
        let control = if multiline {
            leptos::either::Either::Left(view! {
                <textarea id=input_id.clone() class="input textarea textarea-small" rows="3" lang=code aria-invalid=invalid aria-describedby=described_by bind:value=value></textarea>
            })
        } else {
            leptos::either::Either::Right(view! {
                <input id=input_id.clone() class="input" lang=code aria-invalid=invalid aria-describedby=described_by bind:value=value />
            })
        };
        view! {
            <div class="field" class:field-invalid=state.invalid()>
                <label for=input_id class="field-label field-label-lang" lang=code>{lang.endonym()}</label>
                {control}
                <FieldErrorText id=error_id state=state />
            </div>
        }
    };
    view! {
        <fieldset class="field texts-group span-2" class:field-invalid=group.invalid()>
            <legend class="field-label">{tr(legend)}</legend>
            <p class="field-hint">{tr(hint)}</p>
            <div class="lang-grid">{Language::ALL.map(input).into_iter().collect_view()}</div>
            <FieldErrorText id=group_error_id state=group />
        </fieldset>
    }
}

/// Products and services: rows to add and remove.
pub fn offerings(form: OrgForm, feedback: FormFeedback) -> impl IntoView {
    let kinds = || {
        vec![
            ("product".to_owned(), Label::Id("offering-kind-product")),
            ("service".to_owned(), Label::Id("offering-kind-service")),
        ]
    };
    let row = move |(index, offering): (usize, OfferingRow)| {
        let key = offering.key;
        let field = move |name: &str| format!("offerings[{index}].{name}");
        let fields = view! {
            <SelectField id=format!("offering-{key}-kind") field=field("kind") label=tr("editor-offering-kind") value=offering.kind feedback=feedback options=kinds() />
            {texts_group(format!("offering-{key}-name"), field("name"), "editor-offering-name", "editor-offering-name-hint", offering.name, feedback, false)}
            {texts_group(format!("offering-{key}-description"), field("description"), "editor-offering-description", "editor-offering-description-hint", offering.description, feedback, true)}
        };
        let remove = move || form.offerings.update(|rows| rows.retain(|r| r.key != key));
        editable_row(
            "offering",
            "editor-offering-n",
            index,
            fields,
            "editor-offering-remove",
            remove,
        )
    };
    let add = move |_| {
        let key = form.key();
        form.offerings
            .update(|rows| rows.push(OfferingRow::new(key, None)));
    };
    view! {
        <section class="card form-section" aria-labelledby="org-offerings-title" data-testid="org-offerings">
            <h2 id="org-offerings-title">{tr("editor-offerings")}</h2>
            <p class="muted">{tr("editor-offerings-lead")}</p>
            <div class="contact-rows">
                {move || Fresh(form.offerings.get().into_iter().enumerate().map(row).collect_view())}
                <FieldErrorText id="org-offerings-error" state=FieldState::new(feedback, "offerings") />
                <button type="button" class="btn btn-secondary" data-testid="offering-add" on:click=add>
                    {tr("editor-offering-add")}
                </button>
            </div>
        </section>
    }
}
