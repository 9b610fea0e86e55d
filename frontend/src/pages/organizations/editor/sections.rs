//! The editor's sections: basic data, address, contact channels, classification, description,
//! registration numbers and contact persons.

use std::sync::Arc;

use glokal_api_types::{Language, LanguageItem};
use leptos::prelude::*;

use super::state::{ContactRow, OrgForm};
use crate::api::{label_in, use_api, wire_name, ApiClientError};
use crate::components::alert::{Alert, AlertKind, ErrorAlert};
use crate::components::chips::Chips;
use crate::components::combobox::{ComboOption, Combobox};
use crate::components::form::{
    select_option, ActionButton, FieldErrorText, FieldState, FormFeedback, SelectField, TextField,
};
use crate::components::fresh::Fresh;
use crate::components::lang_tabs::{lang_tabs, TextArea};
use crate::components::task::{task, Job};
use crate::i18n::{t_args, tr, tr_label, use_i18n, Arg, Label};
use crate::pages::organizations::{
    country_label, kind_label, language_label, region_label, size_label, spoken_name,
    use_languages, use_nace, use_regions, PlaceSearch, KINDS, SIZES, SPOKEN,
};
use leptos::either::Either;

/// "Fill in from the register": for Czech organisations, the form is pre-filled from ARES by IČO.
pub fn ares_panel(form: OrgForm) -> impl IntoView {
    let api = use_api();
    let ico = RwSignal::new(form.ico.get_untracked());
    let result = RwSignal::new(None::<Result<Option<String>, ApiClientError>>);
    // A malformed IČO is reported under the input; other failures as an alert.
    let ico_feedback = FormFeedback::new();
    let ico_state = FieldState::new(ico_feedback, "ico");
    let lookup = task();
    let nace = use_nace();
    let fill = Callback::new(move |()| {
        let number = ico.get_untracked();
        result.set(None);
        ico_feedback.clear();
        lookup.dispatch_local(Job::new(async move {
            match api.lookup_cz_company(&number).await {
                Ok(record) => {
                    let dissolved = record.dissolved_on.map(|d| d.to_string());
                    apply_record(api, form, record, nace.get_untracked()).await;
                    result.set(Some(Ok(dissolved)));
                }
                Err(error) if error.fields().contains_key("ico") => ico_feedback.fail(error),
                Err(error) => result.set(Some(Err(error))),
            }
        }));
    });
    let outcome = move || {
        Fresh(match result.get() {
            None => None,
            Some(Ok(dissolved)) => Some(Either::Left(view! {
                <Alert kind=AlertKind::Success>
                    <p data-testid="ares-filled">{tr("editor-ares-filled")}</p>
                    {dissolved.map(|date| view! { <p><strong>{t_args("editor-ares-dissolved", vec![("date", Arg::Text(date))])}</strong></p> })}
                </Alert>
            })),
            Some(Err(error)) => Some(Either::Right(view! { <ErrorAlert error=error /> })),
        })
    };
    view! {
        <section class="card form-section ares-panel" aria-labelledby="org-ares-title" hidden=move || form.country.with(|c| c != "CZ") data-testid="ares-panel">
            <h2 id="org-ares-title">{tr("editor-ares-title")}</h2>
            <p class="muted" id="org-ares-hint">{tr("editor-ares-text")}</p>
            <div class="inline-add">
                <label for="org-ares-ico" class="sr-only">{tr("editor-ico")}</label>
                <input
                    id="org-ares-ico"
                    class="input"
                    inputmode="numeric"
                    aria-invalid=ico_state.aria_invalid()
                    aria-describedby=ico_state.described_by(Some("org-ares-hint".into()), "org-ares-ico-error".into())
                    bind:value=ico
                />
                <ActionButton label=tr("editor-ares-fill") pending=lookup.pending() testid="ares-fill" class="btn btn-secondary" on_click=fill />
            </div>
            <FieldErrorText id="org-ares-ico-error" state=ico_state />
            {outcome}
        </section>
    }
}

/// Copies what the register knows into the form (the town is looked up among the places, so
/// that region and distance work).
async fn apply_record(
    api: crate::api::Api,
    form: OrgForm,
    record: glokal_api_types::CompanyRegistryRecord,
    nace: Option<std::sync::Arc<crate::api::NaceIndex>>,
) {
    let set = |signal: RwSignal<String>, value: Option<String>| {
        if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
            signal.set(value);
        }
    };
    form.name.set(record.name);
    set(form.legal_form, record.legal_form);
    set(form.street, record.street);
    set(form.postal_code, record.postal_code);
    set(form.country, record.country.or(Some("CZ".to_owned())));
    set(form.ico, Some(record.ico));
    set(form.dic, record.dic);
    if let Some(founded) = record.founded_on {
        form.founding_year
            .set(chrono::Datelike::year(&founded).to_string());
    }
    // NACE codes the platform knows (divisions and below): the first becomes the main one.
    let known: Vec<String> = record
        .nace_codes
        .into_iter()
        .filter(|code| {
            nace.as_ref()
                .is_none_or(|n| n.get(code).is_some_and(|item| item.level >= 2))
        })
        .collect();
    if let Some(first) = known.first() {
        if form.nace_main.with_untracked(Vec::is_empty) {
            form.nace_main.set(vec![first.clone()]);
        }
        let main = form.nace_main.get_untracked();
        form.nace_codes.update(|codes| {
            for code in &known {
                if !main.contains(code) && !codes.contains(code) {
                    codes.push(code.clone());
                }
            }
        });
    }
    if let Some(city) = record.city.filter(|c| !c.trim().is_empty()) {
        form.city.set(city.clone());
        form.place_id.set(None);
        form.region_code.set(None);
        let folded = glokal_domain::reference::fold(&city);
        let found = api.places(&city, 5).await.unwrap_or_default();
        let country = form.country.get_untracked();
        if let Some(place) = found
            .into_iter()
            .find(|p| p.country == country && glokal_domain::reference::fold(&p.name) == folded)
        {
            form.place_id.set(Some(place.id));
            form.region_code.set(place.region_code);
        }
    }
}

/// Basic data: name, legal form, kind, founding year, size class.
pub fn basics(form: OrgForm, feedback: FormFeedback) -> impl IntoView {
    let kinds = KINDS
        .iter()
        .map(|k| (wire_name(k), kind_label(*k)))
        .collect::<Vec<_>>();
    let sizes = SIZES
        .iter()
        .map(|s| (wire_name(s), size_label(*s)))
        .collect::<Vec<_>>();
    view! {
        <section class="card form-section" aria-labelledby="org-basics-title">
            <h2 id="org-basics-title">{tr("editor-basics")}</h2>
            <div class="form-grid">
                <div class="span-2">
                    <TextField id="org-name" field="name" label=tr("editor-name") hint=tr("editor-name-hint") value=form.name feedback=feedback autocomplete="organization" />
                </div>
                <TextField id="org-legal-form" field="legal_form" label=tr("editor-legal-form") hint=tr("editor-legal-form-hint") value=form.legal_form feedback=feedback required=false />
                <SelectField id="org-kind" field="kind" label=tr("editor-kind") value=form.kind feedback=feedback options=kinds />
                <TextField id="org-founding-year" field="founding_year" label=tr("editor-founding-year") value=form.founding_year feedback=feedback required=false inputmode="numeric" />
                <SelectField id="org-size" field="size_class" label=tr("editor-size") value=form.size_class feedback=feedback options=sizes empty=Label::Id("editor-not-specified") required=false />
            </div>
        </section>
    }
}

/// The signals of a town chosen from the place list (or typed).
#[derive(Clone, Copy)]
pub struct Town {
    pub city: RwSignal<String>,
    pub place_id: RwSignal<Option<u32>>,
    /// Region of the chosen place, for display.
    pub region_code: RwSignal<Option<String>>,
    pub country: RwSignal<String>,
}

/// A town by autocomplete from the place list (which sets coordinates and region on the
/// server); a typed name is looked up by the server. `field` is the API field of the town
/// (`city`, `venue.city`), `place_field` that of its id.
#[allow(clippy::too_many_arguments)]
pub fn town_field(
    id: &'static str,
    field: &'static str,
    place_field: &'static str,
    label: &'static str,
    hint: &'static str,
    chosen_testid: &'static str,
    town: Town,
    feedback: FormFeedback,
) -> impl IntoView {
    let regions = use_regions();
    let search = PlaceSearch::new(regions);
    let on_type = Callback::new(move |text: String| {
        // A typed town is looked up by its name on the server unless one is picked from the list.
        town.place_id.set(None);
        town.region_code.set(None);
        search.on_type.run(text);
    });
    let on_pick = Callback::new(move |option: ComboOption| {
        if let Some(place) = search.place(&option.value) {
            town.city.set(place.name.clone());
            town.place_id.set(Some(place.id));
            town.region_code.set(place.region_code.clone());
            town.country.set(place.country.clone());
        }
    });
    let i18n = use_i18n();
    let chosen = move || {
        let lang = i18n.lang();
        let region = town
            .region_code
            .get()
            .and_then(|code| region_label(&regions.get(), &code))
            .map(|l| format!(" · {}", l.text_in(lang)))
            .unwrap_or_default();
        format!(
            "✓ {}{region} · {}",
            town.city.get(),
            country_label(&town.country.get()).text_in(lang)
        )
    };
    let city = FieldState::new(feedback, field);
    let place = FieldState::new(feedback, place_field);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    view! {
        <div class="span-2 field" class:field-invalid=city.invalid()>
            <label for=id class="field-label">{tr(label)}</label>
            <p class="field-hint" id=hint_id.clone()>{tr(hint)}</p>
            <Combobox
                id=id
                text=town.city
                options=search.options
                on_pick=on_pick
                on_type=on_type
                invalid=Signal::derive(city.aria_invalid())
                described_by=Signal::derive(city.described_by(Some(hint_id), error_id.clone()))
            />
            <p class="place-chosen" data-testid=chosen_testid hidden=move || town.place_id.with(Option::is_none)>{chosen}</p>
            <FieldErrorText id=error_id state=city />
            <FieldErrorText id=format!("{id}-place-error") state=place />
        </div>
    }
}

/// Countries offered for addresses (and the current one, if another).
pub fn country_options(current: &str) -> Vec<(String, Label)> {
    let mut countries: Vec<String> = vec!["DE".into(), "CZ".into(), "PL".into()];
    if !current.is_empty() && !countries.iter().any(|c| c == current) {
        countries.push(current.to_owned());
    }
    countries
        .into_iter()
        .map(|c| {
            let label = country_label(&c);
            (c, label)
        })
        .collect()
}

/// Address: country, town (chosen from the place list), street, postal code.
pub fn address(form: OrgForm, feedback: FormFeedback) -> impl IntoView {
    let countries = country_options(&form.country.get_untracked());
    let town = Town {
        city: form.city,
        place_id: form.place_id,
        region_code: form.region_code,
        country: form.country,
    };
    view! {
        <section class="card form-section" aria-labelledby="org-address-title">
            <h2 id="org-address-title">{tr("editor-address")}</h2>
            <div class="form-grid">
                <SelectField id="org-country" field="country" label=tr("editor-country") value=form.country feedback=feedback options=countries />
                {town_field("org-city", "city", "place_id", "editor-city", "editor-city-hint", "org-place-chosen", town, feedback)}
                <TextField id="org-street" field="street" label=tr("editor-street") value=form.street feedback=feedback required=false autocomplete="street-address" />
                <TextField id="org-postal-code" field="postal_code" label=tr("editor-postal-code") value=form.postal_code feedback=feedback required=false autocomplete="postal-code" />
            </div>
        </section>
    }
}

/// Contact channels: website, e-mail, phone.
pub fn channels(form: OrgForm, feedback: FormFeedback) -> impl IntoView {
    view! {
        <section class="card form-section" aria-labelledby="org-channels-title">
            <h2 id="org-channels-title">{tr("editor-channels")}</h2>
            <div class="form-grid">
                <div class="span-2">
                    <TextField id="org-website" field="website" label=tr("editor-website") hint=tr("editor-website-hint") value=form.website feedback=feedback required=false input_type="url" autocomplete="url" />
                </div>
                <TextField id="org-email" field="email" label=tr("editor-email") value=form.email feedback=feedback required=false input_type="email" autocomplete="email" />
                <TextField id="org-phone" field="phone" label=tr("editor-phone") value=form.phone feedback=feedback required=false input_type="tel" autocomplete="tel" />
            </div>
        </section>
    }
}

/// A text input with an "Add" button that hands its text to `add` (on Enter, or `,` too).
pub fn adder(
    id: &'static str,
    text: RwSignal<String>,
    add: Callback<()>,
    comma: bool,
    invalid: FieldState,
) -> impl IntoView {
    view! {
        <div class="inline-add">
            <input
                id=id
                class="input"
                aria-invalid=invalid.aria_invalid()
                aria-describedby=invalid.described_by(Some(format!("{id}-hint")), format!("{id}-error"))
                bind:value=text
                on:keydown=move |ev| {
                    if ev.key() == "Enter" || (comma && ev.key() == ",") {
                        ev.prevent_default();
                        add.run(());
                    }
                }
            />
            <button type="button" class="btn btn-secondary btn-small" data-testid=format!("{id}-add") on:click=move |_| add.run(())>
                {tr("editor-add")}
            </button>
        </div>
        <FieldErrorText id=format!("{id}-error") state=invalid />
    }
}

/// Classification: NACE codes, languages spoken, keywords.
pub fn classification(form: OrgForm, feedback: FormFeedback) -> impl IntoView {
    let nace = use_nace();
    // Further codes the server refused (`nace_codes[i]`), marked on their chips.
    let refused = Signal::derive(move || {
        form.nace_codes.with(|codes| {
            codes
                .iter()
                .enumerate()
                .filter(|(i, _)| feedback.field(&format!("nace_codes[{i}]")).is_some())
                .map(|(_, c)| c.clone())
                .collect::<Vec<_>>()
        })
    });
    let refused_code = RwSignal::new(None::<String>);
    let refused_feedback = FormFeedback::new();
    Effect::new(move |_| {
        let code = form.nace_codes.with(|codes| {
            (0..codes.len()).find_map(|i| feedback.field(&format!("nace_codes[{i}]")))
        });
        match code {
            Some(code) => refused_feedback.fail(ApiClientError::Invalid(
                [("nace_codes".to_owned(), code)].into(),
            )),
            None => refused_feedback.clear(),
        }
        refused_code.set(None);
    });

    let known = use_languages();
    view! {
        <section class="card form-section" aria-labelledby="org-classification-title">
            <h2 id="org-classification-title">{tr("editor-classification")}</h2>
            <div class="form-grid">
                {nace_picker("org-nace-main", "nace_main", "editor-nace-main", form.nace_main, true, Some(form.nace_codes), feedback, nace, None)}
                {nace_picker("org-nace-more", "nace_codes", "editor-nace-more", form.nace_codes, false, Some(form.nace_main), feedback, nace, Some(refused))}
                {language_picker("org-lang".to_owned(), "editor-languages", form.languages, FieldState::new(feedback, "languages"), known, false)}
                {keywords_field("org-keywords", form.keywords, feedback)}
            </div>
        </section>
    }
}

/// Keywords: typed and added with Enter, a comma or the button; shown as chips (test id `id`).
pub fn keywords_field(
    id: &'static str,
    values: RwSignal<Vec<String>>,
    feedback: FormFeedback,
) -> impl IntoView {
    let keyword = RwSignal::new(String::new());
    let add_keyword = Callback::new(move |()| {
        let words: Vec<String> = keyword
            .get_untracked()
            .split(',')
            .map(|w| w.trim().to_owned())
            .filter(|w| !w.is_empty())
            .collect();
        values.update(|k| {
            for word in words {
                if !k.iter().any(|x| x.eq_ignore_ascii_case(&word)) {
                    k.push(word);
                }
            }
        });
        keyword.set(String::new());
    });
    let state = FieldState::new(feedback, "keywords");
    view! {
        <div class="field span-2" class:field-invalid=state.invalid()>
            <label for=id class="field-label">{tr("editor-keywords")} <span class="field-optional">" " {tr("form-optional")}</span></label>
            <p class="field-hint" id=format!("{id}-hint")>{tr("editor-keywords-hint")}</p>
            <Chips values=values label=Callback::new(|k: String| k) testid=id />
            {adder(id, keyword, add_keyword, true, state)}
        </div>
    }
}

/// Languages spoken: the usual four as checkboxes, any other chosen from the platform's list
/// (`id` prefixes the element ids: `<id>-de`, `<id>-other`, …).
pub fn language_picker(
    id: String,
    legend: &'static str,
    values: RwSignal<Vec<String>>,
    state: FieldState,
    known: ReadSignal<Option<Arc<Vec<LanguageItem>>>>,
    required: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let other = RwSignal::new(String::new());
    let checkbox = {
        let id = id.clone();
        move |code: &'static str| {
            view! {
                <label class="checkbox">
                    <input
                        type="checkbox"
                        id=format!("{id}-{code}")
                        prop:checked=move || values.with(|l| l.iter().any(|x| x == code))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            values.update(|l| {
                                l.retain(|x| x != code);
                                if on {
                                    l.push(code.to_owned());
                                }
                            });
                        }
                    />
                    <span>{tr_label(language_label(code))}</span>
                </label>
            }
        }
    };
    let chip = Callback::new(move |code: String| spoken_name(&known.get(), &code, i18n.lang()));
    // Further languages from the list, by name in the UI language, without those chosen.
    let choices = move || {
        let lang = i18n.lang();
        let chosen = values.get();
        let mut list: Vec<(String, String)> = known
            .get()
            .map(|items| {
                items
                    .iter()
                    .filter(|l| !SPOKEN.contains(&l.code.as_str()) && !chosen.contains(&l.code))
                    .map(|l| (l.code.clone(), label_in(&l.name, lang).to_owned()))
                    .collect()
            })
            .unwrap_or_default();
        list.sort_by(|a, b| a.1.cmp(&b.1));
        Fresh(
            std::iter::once((String::new(), Label::Id("editor-languages-choose")))
                .chain(
                    list.into_iter()
                        .map(|(code, name)| (code, Label::Plain(name))),
                )
                .map(|(code, label)| select_option(code, label, other.into()))
                .collect_view(),
        )
    };
    let add = move |_| {
        let code = other.get_untracked();
        if !code.is_empty() {
            values.update(|l| {
                if !l.contains(&code) {
                    l.push(code);
                }
            });
            other.set(String::new());
        }
    };
    let select_id = format!("{id}-other");
    view! {
        <fieldset class="field span-2 checkbox-group" class:field-invalid=state.invalid()>
            <legend class="field-label">{tr(legend)} {(!required).then(|| view! { <span class="field-optional">" " {tr("form-optional")}</span> })}</legend>
            <div class="checkbox-row">{SPOKEN.map(checkbox).into_iter().collect_view()}</div>
            <Chips values=values label=chip testid=format!("{id}-chips") skip=|code: &str| SPOKEN.contains(&code) />
            <label for=select_id.clone() class="field-hint">{tr("editor-languages-other")}</label>
            <div class="inline-add">
                <select
                    id=select_id
                    class="input select"
                    aria-invalid=state.aria_invalid()
                    aria-describedby=state.described_by(None, format!("{id}-error"))
                    on:change=move |ev| other.set(event_target_value(&ev))
                >
                    {choices}
                </select>
                <button type="button" class="btn btn-secondary btn-small" data-testid=format!("{id}-other-add") on:click=add>
                    {tr("editor-add")}
                </button>
            </div>
            <FieldErrorText id=format!("{id}-error") state=state />
        </fieldset>
    }
}

/// Picks NACE codes by typing a code or words in any of the three languages; labels in the UI
/// language. `single` keeps one code; a code in `other` (the main activity, or the further
/// codes) moves here from there (`single`) or is not added twice. The chips' test id is
/// `<id>-chips`.
#[allow(clippy::too_many_arguments)]
pub fn nace_picker(
    id: &'static str,
    field: &'static str,
    label: &'static str,
    values: RwSignal<Vec<String>>,
    single: bool,
    other: Option<RwSignal<Vec<String>>>,
    feedback: FormFeedback,
    nace: ReadSignal<Option<std::sync::Arc<crate::api::NaceIndex>>>,
    refused: Option<Signal<Vec<String>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let text = RwSignal::new(String::new());
    let options = RwSignal::new(Vec::<ComboOption>::new());
    let on_type = Callback::new(move |query: String| {
        let lang = i18n.lang_untracked();
        let list = nace
            .get_untracked()
            .map(|index| {
                index
                    .search(&query, 2, 30)
                    .into_iter()
                    .map(|item| ComboOption {
                        value: item.code.clone(),
                        label: format!("{} – {}", item.code, label_in(&item.label, lang)),
                        detail: String::new(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        options.set(list);
    });
    let on_pick = Callback::new(move |option: ComboOption| {
        let code = option.value;
        if single {
            if let Some(other) = other {
                other.update(|codes| codes.retain(|c| *c != code));
            }
            values.set(vec![code]);
        } else if other.is_none_or(|o| o.with_untracked(|m| !m.contains(&code))) {
            values.update(|codes| {
                if !codes.contains(&code) {
                    codes.push(code);
                }
            });
        }
        text.set(String::new());
        options.set(Vec::new());
    });
    let chip_label = Callback::new(move |code: String| match nace.get() {
        Some(index) => index.label(&code, i18n.lang()),
        None => code,
    });
    let state = FieldState::new(feedback, field);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    view! {
        <div class="field span-2" class:field-invalid=state.invalid()>
            <label for=id class="field-label">{tr(label)} <span class="field-optional">" " {tr("form-optional")}</span></label>
            <p class="field-hint" id=hint_id.clone()>{tr("editor-nace-hint")}</p>
            <Chips values=values label=chip_label testid=format!("{id}-chips") invalid=refused.unwrap_or_default() />
            <Combobox
                id=id
                text=text
                options=options
                on_pick=on_pick
                on_type=on_type
                placeholder=tr("editor-nace-placeholder")
                invalid=Signal::derive(state.aria_invalid())
                described_by=Signal::derive(state.described_by(Some(hint_id), error_id.clone()))
            />
            <FieldErrorText id=error_id state=state />
        </div>
    }
}

/// The description with one tab per language (at least one language is required).
pub fn description(
    form: OrgForm,
    feedback: FormFeedback,
    tab: RwSignal<Language>,
) -> impl IntoView {
    let required = FieldState::new(feedback, "description");
    let filled = move |lang| form.description(lang).with(|t| !t.trim().is_empty());
    let panel = move |lang: Language| {
        let code = lang.code();
        let label = match lang {
            Language::De => "editor-description-de",
            Language::Cs => "editor-description-cs",
            Language::En => "editor-description-en",
        };
        view! {
            <TextArea
                id=format!("org-desc-{code}")
                field=format!("description.{code}")
                label=Label::Id(label)
                value=form.description(lang)
                feedback=feedback
                lang=lang
                hidden_label=true
                hint_id="org-description-hint"
                also=required
            />
        }
    };
    view! {
        <section class="card form-section" aria-labelledby="org-description-title">
            <h2 id="org-description-title">{tr("editor-description")}</h2>
            <p class="muted" id="org-description-hint">{tr("editor-description-lead")}</p>
            <div class="tabs-block" class:field-invalid=required.invalid()>
                {lang_tabs("org-desc", "editor-description", tab, feedback, &["description"], filled, panel)}
                <FieldErrorText id="org-description-error" state=required />
            </div>
        </section>
    }
}

/// Registration numbers: IČO, DIČ, Handelsregister, VAT id.
pub fn registration(form: OrgForm, feedback: FormFeedback) -> impl IntoView {
    view! {
        <section class="card form-section" aria-labelledby="org-registration-title">
            <h2 id="org-registration-title">{tr("editor-registration")}</h2>
            <p class="muted">{tr("editor-registration-lead")}</p>
            <div class="form-grid">
                <TextField id="org-ico" field="ico" label=tr("editor-ico") hint=tr("editor-ico-hint") value=form.ico feedback=feedback required=false inputmode="numeric" />
                <TextField id="org-dic" field="dic" label=tr("editor-dic") hint=tr("editor-dic-hint") value=form.dic feedback=feedback required=false />
                <TextField id="org-hr" field="hr_number" label=tr("editor-hr") hint=tr("editor-hr-hint") value=form.hr_number feedback=feedback required=false />
                <TextField id="org-vat" field="vat_id" label=tr("editor-vat") hint=tr("editor-vat-hint") value=form.vat_id feedback=feedback required=false />
            </div>
        </section>
    }
}

/// Contact persons: rows to add and remove.
pub fn contacts(form: OrgForm, feedback: FormFeedback) -> impl IntoView {
    let known = use_languages();
    let visibilities = || {
        vec![
            (
                "logged_in".to_owned(),
                Label::Id("editor-contact-visible-logged-in"),
            ),
            (
                "members".to_owned(),
                Label::Id("editor-contact-visible-members"),
            ),
        ]
    };
    let row = move |(index, contact): (usize, ContactRow)| {
        let key = contact.key;
        let id = move |name: &str| format!("contact-{key}-{name}");
        let field = move |name: &str| format!("contacts[{index}].{name}");
        let fields = view! {
            <TextField id=id("name") field=field("name") label=tr("editor-contact-name") value=contact.name feedback=feedback />
            <TextField id=id("role") field=field("role") label=tr("editor-contact-role") value=contact.role feedback=feedback required=false />
            <TextField id=id("email") field=field("email") label=tr("editor-contact-email") value=contact.email feedback=feedback required=false input_type="email" />
            <TextField id=id("phone") field=field("phone") label=tr("editor-contact-phone") value=contact.phone feedback=feedback required=false input_type="tel" />
            <SelectField id=id("visibility") field=field("visibility") label=tr("editor-contact-visibility") value=contact.visibility feedback=feedback options=visibilities() />
            {language_picker(id("lang"), "editor-contact-languages", contact.languages, FieldState::new(feedback, field("languages")), known, false)}
        };
        let remove = move || form.contacts.update(|rows| rows.retain(|r| r.key != key));
        editable_row(
            "contact",
            "editor-contact-n",
            index,
            fields,
            "editor-contact-remove",
            remove,
        )
    };
    view! {
        <section class="card form-section" aria-labelledby="org-contacts-title">
            <h2 id="org-contacts-title">{tr("editor-contacts")}</h2>
            <p class="muted">{tr("editor-contacts-lead")}</p>
            <div class="contact-rows">
                {move || Fresh(form.contacts.get().into_iter().enumerate().map(row).collect_view())}
                <FieldErrorText id="org-contacts-error" state=FieldState::new(feedback, "contacts") />
                <button type="button" class="btn btn-secondary" data-testid="contact-add" on:click=move |_| form.add_contact()>
                    {tr("editor-contact-add")}
                </button>
            </div>
        </section>
    }
}

/// One entry of a list in the form (a contact person, a product): a fieldset with the legend
/// `<legend_id>` (numbered), the fields, and a button that removes it. Test ids: `<name>-row`,
/// `<name>-remove`.
pub fn editable_row(
    name: &'static str,
    legend_id: &'static str,
    index: usize,
    fields: impl IntoView + 'static,
    remove_label: &'static str,
    remove: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <fieldset class="contact-row" data-testid=format!("{name}-row")>
            <legend>{t_args(legend_id, vec![("n", Arg::Num((index + 1) as f64))])}</legend>
            <div class="form-grid">{fields}</div>
            <button type="button" class="btn btn-ghost btn-small" data-testid=format!("{name}-remove") on:click=move |_| remove()>
                {tr(remove_label)}
            </button>
        </fieldset>
    }
}
