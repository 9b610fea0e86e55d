//! `/opportunities/:id`: an offer or request with everything the API gives; the organisation's
//! owners and editors edit, publish, extend, close (with the outcome) and delete drafts here.

use chrono::Days;
use glokal_api_types::{
    CloseOutcome, ModerationTarget, Opportunity, OpportunityInput, OpportunityStatus,
    OpportunityType,
};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::{outcome_label, quantity_text, status_badge, type_badge, type_label};
use crate::api::{from_wire_name, use_api, wire_name};
use crate::components::alert::{Alert, AlertKind};
use crate::components::dialog::{ConfirmDialog, DialogHandle};
use crate::components::form::{ActionButton, FormFeedback, TextField};
use crate::components::fresh::Fresh;
use crate::components::task::{task, Job};
use crate::i18n::{
    dyn_text, format_date, format_day, t_args, tr, tr_label, use_i18n, use_page_title, Arg,
};
use crate::notices::{use_notices, NoticeKind};
use crate::pages::inbox::contact::{contact_card, ContactTarget};
use crate::pages::moderation::report_button::ReportButton;
use crate::pages::organizations::profile::text_card;
use crate::pages::organizations::{
    country_label, iso_date, kind_label, load, org_logo, parse_date, use_nace,
};
use crate::pages::{entity_page, use_path_entity, Entity};

/// The page.
#[component]
pub fn OpportunityPage() -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let state: Entity<Opportunity> = use_path_entity(move |id| api.opportunity(id));
    let generic = tr("opp-detail-title");
    use_page_title(move || {
        state
            .with(|o| {
                o.as_ref()
                    .and_then(|r| r.as_ref().ok())
                    .and_then(|o| o.title.best(i18n.lang()).map(|(_, t)| t.to_owned()))
            })
            .unwrap_or_else(&generic)
    });
    entity_page(state, false, move |o| detail(o, state))
}

/// What would be sent to publish it unchanged (a past `valid_until` falls back to the default).
pub fn input_of(o: &Opportunity, publish: bool) -> OpportunityInput {
    let today = crate::i18n::today();
    OpportunityInput {
        organization_id: o.organization_id,
        opportunity_type: o.opportunity_type,
        title: o.title.clone(),
        text: o.text.clone(),
        nace_codes: o.nace_codes.clone(),
        keywords: o.keywords.clone(),
        quantity: o.quantity,
        unit: o.unit.clone(),
        valid_until: Some(o.valid_until).filter(|d| today.is_none_or(|t| *d >= t)),
        needed_by: o.needed_by,
        capacity: o.capacity.clone(),
        target_countries: o.target_countries.clone(),
        cross_border_only: o.cross_border_only,
        max_distance_km: o.max_distance_km,
        certifications: o.certifications.clone(),
        publish,
    }
}

/// A term and its description.
fn fact(term: &'static str, testid: &'static str, value: impl IntoView + 'static) -> impl IntoView {
    view! { <div><dt>{tr(term)}</dt><dd data-testid=testid>{value}</dd></div> }
}

fn detail(o: Opportunity, state: Entity<Opportunity>) -> impl IntoView {
    let i18n = use_i18n();
    let nace = use_nace();
    let id = o.id;
    let title = o.title.clone();
    let shown = move || {
        let ui = i18n.lang();
        title
            .best(ui)
            .map(|(l, t)| (l, t.to_owned()))
            .unwrap_or((ui, String::new()))
    };
    let heading = {
        let shown = shown.clone();
        move || {
            let (lang, text) = shown();
            Fresh(view! { <h1 lang=lang.code() data-testid="opp-title">{text}</h1> })
        }
    };
    let place = {
        let (name, city, country) = (
            o.organization_name.clone(),
            o.city.clone(),
            country_label(&o.country),
        );
        dyn_text(move || format!("{name} · {city} · {}", country.text_in(i18n.lang())))
    };

    // The state as a note: draft, expired, closed with the outcome.
    let state_note = match (o.status, o.close_outcome) {
        (OpportunityStatus::Draft, _) => Some(Either::Left(view! {
            <Alert kind=AlertKind::Info><p data-testid="opp-draft-note">{tr("opp-draft-note")}</p></Alert>
        })),
        (OpportunityStatus::Expired, _) => Some(Either::Left(view! {
            <Alert kind=AlertKind::Info><p data-testid="opp-expired-note">{tr("opp-expired-note")}</p></Alert>
        })),
        (OpportunityStatus::Closed, outcome) => {
            let closed = o.closed_at;
            let text = dyn_text(move || {
                let lang = i18n.lang();
                let mut text = closed
                    .map(|at| {
                        t_args(
                            "opp-closed-on",
                            vec![("date", Arg::Text(format_date(lang, at)))],
                        )()
                    })
                    .unwrap_or_else(|| i18n.t("opp-status-closed"));
                if let Some(outcome) = outcome {
                    text = format!("{text} {}", outcome_label(outcome).text_in(lang));
                }
                text
            });
            Some(Either::Right(view! {
                <Alert kind=AlertKind::Info>
                    <p data-testid="opp-closed-note" data-outcome=outcome.map(|o| wire_name(&o))>{text}</p>
                </Alert>
            }))
        }
        _ => None,
    };

    let codes = o.nace_codes.clone();
    let nace_card = (!codes.is_empty()).then(|| {
        let items = move || {
            let index = nace.get();
            let lang = i18n.lang();
            Fresh(
                codes
                    .iter()
                    .map(|code| {
                        let label = index
                            .as_ref()
                            .map(|n| n.label(code, lang))
                            .unwrap_or_else(|| code.clone());
                        view! { <li data-code=code.clone()>{label}</li> }
                    })
                    .collect_view(),
            )
        };
        view! {
            <section class="card profile-card" aria-labelledby="opp-nace-title">
                <h2 id="opp-nace-title">{tr("profile-nace")}</h2>
                <ul class="nace-list" data-testid="opp-nace">{items}</ul>
            </section>
        }
    });
    let keywords = (!o.keywords.is_empty()).then(|| {
        view! {
            <section class="card profile-card" aria-labelledby="opp-keywords-title">
                <h2 id="opp-keywords-title">{tr("opp-keywords")}</h2>
                <ul class="chips" data-testid="opp-keywords">
                    {o.keywords.iter().map(|k| view! { <li class="chip">{k.clone()}</li> }).collect_view()}
                </ul>
            </section>
        }
    });

    let facts = facts(&o);
    let actions = o.my_role.map(|_| owner_actions(o.clone(), state));
    let organization = organization_card(&o);
    let matches = o
        .my_role
        .map(|_| view! { <super::matches::MatchesPanel id=id /> });
    let contact = (o.status == OpportunityStatus::Published && o.my_role.is_none()).then(|| {
        contact_card(ContactTarget {
            organization_id: o.organization_id,
            organization_name: o.organization_name.clone(),
            opportunity_id: Some(id),
            back: format!("/opportunities/{id}"),
            expert: false,
        })
    });

    view! {
        <article class="container profile opp-detail" data-testid="opp-page" data-id=id.to_string() data-status=wire_name(&o.status)>
            <p class="back-link page-back"><a href="/opportunities" data-testid="opp-back">{tr("opp-back")}</a></p>
            <header class="profile-header">
                <div class="opp-heading">
                    <p class="opp-card-badges">
                        {type_badge(o.opportunity_type)}
                        {(o.status != OpportunityStatus::Published).then(|| status_badge(o.status))}
                        {o.demo.then(|| view! { <span class="badge badge-demo">{tr("org-demo")}</span> })}
                    </p>
                    {heading}
                    <p class="profile-place" data-testid="opp-org-line">{place}</p>
                </div>
                {actions}
            </header>
            {state_note}
            <div class="profile-layout">
                <div class="profile-main">
                    {text_card("opp-description", o.text.clone(), "opp-text", "opp-text")}
                    {nace_card}
                    {keywords}
                    {matches}
                </div>
                <aside class="profile-side">
                    {contact}
                    {o.my_role.is_none().then(|| view! {
                        <ReportButton target_type=ModerationTarget::Opportunity target_id=id path=format!("/opportunities/{id}") />
                    })}
                    {facts}
                    {organization}
                </aside>
            </div>
        </article>
    }
}

/// The facts: type, quantity, dates, capacity, who it is meant for.
fn facts(o: &Opportunity) -> impl IntoView {
    let i18n = use_i18n();
    let kind = o.opportunity_type;
    let (quantity, unit) = (o.quantity, o.unit.clone());
    let amount = quantity.map(move |_| {
        fact(
            "opp-quantity",
            "opp-fact-quantity",
            dyn_text(move || {
                quantity_text(i18n.lang(), quantity, unit.as_deref()).unwrap_or_default()
            }),
        )
    });
    let day = move |date: chrono::NaiveDate| dyn_text(move || format_day(i18n.lang(), date));
    let needed = o.needed_by.map(|d| {
        view! {
            <div class:opp-fact-urgent=kind == OpportunityType::ShortageAlert>
                <dt>{tr("opp-needed-by-label")}</dt>
                <dd data-testid="opp-fact-needed-by">{day(d)}</dd>
            </div>
        }
    });
    let capacity = o.capacity.clone().map(|c| {
        let (from, until) = (c.available_from, c.available_until);
        let period = dyn_text(move || {
            format!(
                "{} – {}",
                format_day(i18n.lang(), from),
                format_day(i18n.lang(), until)
            )
        });
        view! {
            {fact("opp-capacity-process", "opp-fact-process", c.process)}
            {c.material.map(|m| fact("opp-capacity-material", "opp-fact-material", m))}
            {fact("opp-capacity-period", "opp-fact-period", period)}
        }
    });
    let targets = o.target_countries.clone();
    let audience = (!targets.is_empty() || o.cross_border_only || o.max_distance_km.is_some())
        .then(|| {
            let cross = o.cross_border_only;
            let km = o.max_distance_km;
            let text = dyn_text(move || {
                let lang = i18n.lang();
                let mut parts: Vec<String> = Vec::new();
                if !targets.is_empty() {
                    parts.push(
                        targets
                            .iter()
                            .map(|c| country_label(c).text_in(lang))
                            .collect::<Vec<_>>()
                            .join(", "),
                    );
                }
                if cross {
                    parts.push(i18n.t("opp-cross-border-long"));
                }
                if let Some(km) = km {
                    parts.push(t_args(
                        "opp-max-distance",
                        vec![("km", Arg::Num(f64::from(km)))],
                    )());
                }
                parts.join(" · ")
            });
            fact("opp-audience", "opp-fact-audience", text)
        });
    let published = o.published_at.map(|at| {
        fact("opp-published", "opp-fact-published", move || {
            format_date(i18n.lang(), at)
        })
    });
    view! {
        <section class="card profile-card" aria-labelledby="opp-facts-title">
            <h2 id="opp-facts-title">{tr("opp-facts")}</h2>
            <dl class="facts">
                {fact("opp-type", "opp-fact-type", tr_label(type_label(kind)))}
                {amount}
                {needed}
                {capacity}
                {fact("opp-valid-until-label", "opp-fact-valid-until", day(o.valid_until))}
                {audience}
                {published}
            </dl>
        </section>
    }
}

/// The organisation: logo (loaded with the organisation), name, kind, town, link to its profile.
fn organization_card(o: &Opportunity) -> impl IntoView {
    let api = use_api();
    let org_id = o.organization_id;
    let org = load(async move { api.organization(org_id).await.ok() });
    let name = o.organization_name.clone();
    let logo = move || {
        let url = org.with(|o| o.as_ref().and_then(|o| o.logo_url.clone()));
        Fresh(org_logo(url, &name, "org-logo-card"))
    };
    let href = format!("/organizations/{org_id}");
    view! {
        <section class="card profile-card" aria-labelledby="opp-org-title">
            <h2 id="opp-org-title">{tr("opp-organization")}</h2>
            <div class="opp-org">
                {logo}
                <div>
                    <p class="opp-org-name"><a href=href.clone() data-testid="opp-org-link">{o.organization_name.clone()}</a></p>
                    <p class="muted">{tr_label(kind_label(o.organization_kind))} " · " {o.city.clone()} " · " {tr_label(country_label(&o.country))}</p>
                </div>
            </div>
            <p><a href=href>{tr("opp-org-profile")}</a></p>
        </section>
    }
}

/// Edit, publish, extend, close and delete, for the organisation's owners and editors.
fn owner_actions(o: Opportunity, state: Entity<Opportunity>) -> impl IntoView {
    let api = use_api();
    let notices = use_notices();
    let navigate = use_navigate();
    let id = o.id;
    let status = o.status;
    let path = format!("/opportunities/{id}");
    let org_path = format!("/organizations/{}", o.organization_id);
    let done = move |updated: Opportunity, message: &'static str| {
        state.set(Some(Ok(updated)));
        notices.show(NoticeKind::Success, message, format!("/opportunities/{id}"));
    };

    // Publish a draft as it is.
    let publish = task();
    let publish_feedback = FormFeedback::new();
    let input = input_of(&o, true);
    let on_publish = Callback::new(move |()| {
        let input = input.clone();
        publish_feedback.clear();
        publish.dispatch_local(Job::new(async move {
            match api.update_opportunity(id, &input).await {
                Ok(updated) => done(updated, "opp-published-notice"),
                Err(error) => publish_feedback.fail(error),
            }
        }));
    });

    // Extend: a new last day (default: three months on from today or the current one).
    let extend_dialog = DialogHandle::new();
    let extend_feedback = FormFeedback::new();
    let extend = task();
    let today = crate::i18n::today().unwrap_or(o.valid_until);
    let suggested = o.valid_until.max(today) + Days::new(90);
    let limit = today + Days::new(365);
    let until = RwSignal::new(iso_date(suggested.min(limit)));
    let on_extend = Callback::new(move |_| {
        let Some(date) = parse_date(&until.get_untracked()) else {
            extend_feedback.fail(crate::api::ApiClientError::Invalid(
                [("valid_until".to_owned(), "required".to_owned())].into(),
            ));
            return;
        };
        extend.dispatch_local(Job::new(async move {
            match api.extend_opportunity(id, date).await {
                Ok(updated) => {
                    extend_dialog.close();
                    done(updated, "opp-extended-notice");
                }
                Err(error) => extend_feedback.fail(error),
            }
        }));
    });

    // Close with an outcome.
    let close_dialog = DialogHandle::new();
    let close_feedback = FormFeedback::new();
    let close = task();
    let outcome = RwSignal::new("partner_found_glokal".to_owned());
    let on_close = Callback::new(move |_| {
        let chosen = from_wire_name::<CloseOutcome>(&outcome.get_untracked())
            .unwrap_or(CloseOutcome::NoLongerNeeded);
        close.dispatch_local(Job::new(async move {
            match api.close_opportunity(id, chosen).await {
                Ok(updated) => {
                    close_dialog.close();
                    done(updated, "opp-closed-notice");
                }
                Err(error) => close_feedback.fail(error),
            }
        }));
    });
    let outcomes = [
        CloseOutcome::PartnerFoundGlokal,
        CloseOutcome::FoundElsewhere,
        CloseOutcome::NoLongerNeeded,
    ];

    // Delete a draft.
    let delete_dialog = DialogHandle::new();
    let delete_feedback = FormFeedback::new();
    let delete = task();
    let on_delete = Callback::new(move |_| {
        let navigate = navigate.clone();
        let org_path = org_path.clone();
        delete.dispatch_local(Job::new(async move {
            match api.delete_opportunity(id).await {
                Ok(()) => {
                    delete_dialog.close();
                    navigate(&org_path, Default::default());
                    notices.show(NoticeKind::Success, "opp-deleted-notice", org_path);
                }
                Err(error) => delete_feedback.fail(error),
            }
        }));
    });

    let draft = status == OpportunityStatus::Draft;
    let open = matches!(
        status,
        OpportunityStatus::Published | OpportunityStatus::Expired
    );
    let closed = status == OpportunityStatus::Closed;
    view! {
        <div class="profile-actions opp-actions" data-testid="opp-actions">
            {(!closed).then(|| view! {
                <a href=format!("{path}/edit") class="btn btn-secondary" data-testid="opp-edit">{tr("opp-edit")}</a>
            })}
            {draft.then(|| view! {
                <ActionButton label=tr("opp-publish") pending=publish.pending() testid="opp-publish" class="btn btn-primary" on_click=on_publish />
                <button type="button" class="btn btn-ghost btn-danger-text" data-testid="opp-delete-open" on:click=move |_| { delete_feedback.clear(); delete_dialog.open(); }>
                    {tr("opp-delete")}
                </button>
            })}
            {open.then(|| view! {
                <button type="button" class="btn btn-secondary" data-testid="opp-extend-open" on:click=move |_| { extend_feedback.clear(); extend_dialog.open(); }>
                    {tr("opp-extend")}
                </button>
                <button type="button" class="btn btn-primary" data-testid="opp-close-open" on:click=move |_| { close_feedback.clear(); close_dialog.open(); }>
                    {tr("opp-close")}
                </button>
            })}
        </div>
        <div class="opp-actions-error">
            <crate::components::form::FormError feedback=publish_feedback />
        </div>
        <ConfirmDialog
            handle=extend_dialog
            id="opp-extend"
            title=tr("opp-extend-title")
            text=tr("opp-extend-text")
            confirm=tr("opp-extend-confirm")
            feedback=extend_feedback
            pending=extend.pending()
            on_confirm=on_extend
            confirm_class="btn btn-primary"
        >
            <TextField id="opp-extend-date" field="valid_until" label=tr("opp-valid-until-label") value=until feedback=extend_feedback input_type="date" />
        </ConfirmDialog>
        <ConfirmDialog
            handle=close_dialog
            id="opp-close"
            title=tr("opp-close-title")
            text=tr("opp-close-text")
            confirm=tr("opp-close-confirm")
            feedback=close_feedback
            pending=close.pending()
            on_confirm=on_close
            confirm_class="btn btn-primary"
        >
            <fieldset class="checkbox-group radio-list">
                <legend class="field-label">{tr("opp-close-outcome")}</legend>
                {outcomes.map(|choice| {
                    let value = wire_name(&choice);
                    let checked = value.clone();
                    view! {
                        <label class="checkbox">
                            <input
                                type="radio"
                                name="opp-outcome"
                                id=format!("opp-outcome-{value}")
                                value=value.clone()
                                prop:checked=move || outcome.with(|o| *o == checked)
                                on:change=move |ev| outcome.set(event_target_value(&ev))
                            />
                            <span>{tr_label(outcome_label(choice))}</span>
                        </label>
                    }
                }).into_iter().collect_view()}
            </fieldset>
        </ConfirmDialog>
        <ConfirmDialog
            handle=delete_dialog
            id="opp-delete"
            title=tr("opp-delete-title")
            text=tr("opp-delete-text")
            confirm=tr("opp-delete-confirm")
            feedback=delete_feedback
            pending=delete.pending()
            on_confirm=on_delete
        />
    }
}
