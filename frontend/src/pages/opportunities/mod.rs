//! The marketplace ("Angebote & Gesuche"): the list with filters in the URL, an offer's or
//! request's page with the organisation's actions, the editor, and the list on a profile.

pub mod detail;
pub mod editor;
pub mod list;
pub mod matches;

use glokal_api_types::{
    CloseOutcome, Language, OpportunityQuery, OpportunityStatus, OpportunitySummary,
    OpportunityType, Organization,
};
use leptos::either::EitherOf3;
use leptos::prelude::*;

use crate::api::{use_api, wire_name};
use crate::components::alert::ErrorAlert;
use crate::components::fresh::Fresh;
use crate::components::spinner::Spinner;
use crate::i18n::{dyn_text, format_day, t_args, tr, tr_label, use_i18n, Arg, Label};
use crate::pages::organizations::{country_label, org_logo, profile::written_in};

/// Page size of the marketplace.
pub const PAGE_SIZE: u64 = 20;

/// The name of a type ("Kapazitätsangebot", "Engpass – dringend").
pub fn type_label(kind: OpportunityType) -> Label {
    Label::Dyn(
        format!("opp-type-{}", kind.as_str()),
        kind.as_str().to_owned(),
    )
}

/// A type as a badge; shortage alerts stand out.
pub fn type_badge(kind: OpportunityType) -> impl IntoView {
    let class = match kind {
        OpportunityType::ShortageAlert => "badge badge-urgent",
        k if k.is_offer() => "badge badge-offer",
        _ => "badge badge-request",
    };
    view! { <span class=class data-testid="opp-type" data-type=kind.as_str()>{tr_label(type_label(kind))}</span> }
}

/// A status other than "published" as a badge (drafts, expired, closed).
pub fn status_badge(status: OpportunityStatus) -> impl IntoView {
    let (id, class) = match status {
        OpportunityStatus::Draft => ("opp-status-draft", "badge badge-draft"),
        OpportunityStatus::Published => ("opp-status-published", "badge badge-success"),
        OpportunityStatus::Expired => ("opp-status-expired", "badge badge-muted"),
        OpportunityStatus::Closed => ("opp-status-closed", "badge badge-muted"),
    };
    view! { <span class=class data-testid="opp-status" data-status=wire_name(&status)>{tr(id)}</span> }
}

/// The outcome of a closed offer or request.
pub fn outcome_label(outcome: CloseOutcome) -> Label {
    Label::Id(match outcome {
        CloseOutcome::PartnerFoundGlokal => "opp-outcome-partner_found_glokal",
        CloseOutcome::FoundElsewhere => "opp-outcome-found_elsewhere",
        CloseOutcome::NoLongerNeeded => "opp-outcome-no_longer_needed",
    })
}

/// `2 t`, `500 Stück` (a comma in Czech and German).
pub fn quantity_text(lang: Language, quantity: Option<f64>, unit: Option<&str>) -> Option<String> {
    let quantity = quantity?;
    let mut number = if quantity.fract() == 0.0 {
        format!("{}", quantity as i64)
    } else {
        format!("{quantity}")
    };
    if lang != Language::En {
        number = number.replace('.', ",");
    }
    Some(match unit {
        Some(unit) => format!("{number} {unit}"),
        None => number,
    })
}

/// "Needed by …" (urgent for shortage alerts) or "open until …".
fn dates_line(item: &OpportunitySummary) -> impl IntoView {
    let i18n = use_i18n();
    let needed = item.needed_by;
    let valid = item.valid_until;
    let urgent = item.opportunity_type == OpportunityType::ShortageAlert;
    let text = dyn_text(move || {
        let lang = i18n.lang();
        match needed {
            Some(date) => t_args(
                "opp-needed-by",
                vec![("date", Arg::Text(format_day(lang, date)))],
            )(),
            None => t_args(
                "opp-valid-until",
                vec![("date", Arg::Text(format_day(lang, valid)))],
            )(),
        }
    });
    view! { <span class="opp-date" class:opp-date-urgent=urgent data-testid="opp-date">{text}</span> }
}

/// One offer or request in a list (marketplace, profile).
pub fn opportunity_card(item: OpportunitySummary, show_org: bool) -> impl IntoView {
    let i18n = use_i18n();
    let title = item.title.clone();
    let shown = move || {
        let ui = i18n.lang();
        title
            .best(ui)
            .map(|(lang, text)| (lang, text.to_owned()))
            .unwrap_or((ui, String::new()))
    };
    let heading = {
        let shown = shown.clone();
        let href = format!("/opportunities/{}", item.id);
        move || {
            let (lang, text) = shown();
            Fresh(view! { <a href=href.clone() lang=lang.code()>{text}</a> })
        }
    };
    let note = move || Fresh(written_in(shown().0, i18n.lang()));
    let urgent = item.opportunity_type == OpportunityType::ShortageAlert;
    let quantity = item.quantity;
    let unit = item.unit.clone();
    let amount = move || quantity_text(i18n.lang(), quantity, unit.as_deref());
    let distance = item
        .distance_km
        .map(|km| t_args("directory-distance", vec![("km", Arg::Num(km.round()))]));
    let country = country_label(&item.country);
    let org = show_org.then(|| {
        let place = format!("{} · ", item.city);
        view! {
            <p class="opp-card-org">
                {org_logo(None, &item.organization_name, "org-logo-small")}
                <span>
                    <a href=format!("/organizations/{}", item.organization_id) class="opp-org-name">{item.organization_name.clone()}</a>
                    <span class="muted">" · " {place} {tr_label(country)}</span>
                </span>
            </p>
        }
    });
    view! {
        <li
            class="card opp-card"
            class:opp-card-urgent=urgent
            data-testid="opp-card"
            data-id=item.id.to_string()
            data-type=item.opportunity_type.as_str()
        >
            <div class="opp-card-badges">
                {type_badge(item.opportunity_type)}
                {(item.status != OpportunityStatus::Published).then(|| status_badge(item.status))}
                {item.cross_border_only.then(|| view! { <span class="badge">{tr("opp-cross-border")}</span> })}
                {item.demo.then(|| view! { <span class="badge badge-demo" title=tr("org-demo-note")>{tr("org-demo")}</span> })}
                {distance.map(|d| view! { <span class="badge badge-distance" data-testid="opp-distance">{d}</span> })}
            </div>
            <h2 class="opp-card-title" data-testid="opp-card-title">{heading}</h2>
            {note}
            {org}
            <p class="opp-card-foot">
                {dates_line(&item)}
                {move || amount().map(|a| view! { <span class="opp-quantity">{a}</span> })}
            </p>
        </li>
    }
}

/// The offers and requests of an organisation on its profile: the open ones, and drafts for
/// its owners and editors, who also get the "new" button.
pub fn organization_opportunities(org: &Organization) -> impl IntoView {
    let api = use_api();
    let id = org.id;
    let query = OpportunityQuery {
        organization_id: Some(id),
        limit: Some(50),
        ..Default::default()
    };
    let list =
        crate::pages::organizations::load(
            async move { Some(api.list_opportunities(&query).await) },
        );
    let new = org.my_role.is_some().then(|| {
        view! {
            <a href=format!("/opportunities/new?organization={id}") class="btn btn-secondary btn-small" data-testid="profile-new-opportunity">
                {tr("opp-new")}
            </a>
        }
    });
    let content = move || {
        Fresh(match list.get() {
            None => EitherOf3::A(view! { <Spinner /> }),
            Some(Err(error)) => EitherOf3::B(view! { <ErrorAlert error=error /> }),
            Some(Ok(page)) if page.items.is_empty() => EitherOf3::C(either::Either::Left(
                view! { <p class="muted" data-testid="profile-opportunities-none">{tr("opp-profile-none")}</p> },
            )),
            Some(Ok(page)) => EitherOf3::C(either::Either::Right(view! {
                <ul class="opp-list opp-list-compact" data-testid="profile-opportunities">
                    {page.items.into_iter().map(|item| opportunity_card(item, false)).collect_view()}
                </ul>
            })),
        })
    };
    view! {
        <section class="card profile-card" aria-labelledby="profile-opportunities-title">
            <div class="card-title-row">
                <h2 id="profile-opportunities-title">{tr("opp-title")}</h2>
                {new}
            </div>
            {content}
        </section>
    }
}

use leptos::either;
