//! Matching partners of an opportunity, for its organisation's owners and editors: who fits,
//! how well and why (the reasons come written from the server in the UI language), with
//! "dismiss", and the dismissed ones on request with "suggest again".

use glokal_api_types::{MatchTargetType, PartnerMatch, PartnerMatches};
use leptos::prelude::*;
use leptos::task::spawn_local;
use uuid::Uuid;

use super::type_badge;
use crate::api::{use_api, ApiClientError};
use crate::components::alert::ErrorAlert;
use crate::components::spinner::Spinner;
use crate::i18n::{t_args, tr, tr_label, use_i18n, Arg};
use crate::pages::organizations::{country_label, org_logo};

/// The panel (loads on its own; reloads when the UI language changes).
#[component]
pub fn MatchesPanel(id: Uuid) -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let show_dismissed = RwSignal::new(false);
    let version = RwSignal::new(0u32);
    let result = RwSignal::new(None::<Result<PartnerMatches, ApiClientError>>);
    let action_error = RwSignal::new(None::<ApiClientError>);
    Effect::new(move |_| {
        i18n.lang();
        version.get();
        let all = show_dismissed.get();
        spawn_local(async move {
            let loaded = api.opportunity_matches(id, all).await;
            result.try_set(Some(loaded));
        });
    });
    // Dismiss or restore one suggestion, then reload the list.
    let change = move |m: &PartnerMatch| {
        let (kind, target, dismissed) = (m.target_type, m.target_id, m.dismissed);
        spawn_local(async move {
            let done = if dismissed {
                api.restore_match(id, kind, target).await
            } else {
                api.dismiss_match(id, kind, target).await
            };
            match done {
                Ok(()) => {
                    action_error.set(None);
                    version.update(|v| *v += 1);
                }
                Err(e) => action_error.set(Some(e)),
            }
        });
    };
    let list = move || match result.get() {
        None => view! { <Spinner label=tr("matches-loading") /> }.into_any(),
        Some(Err(error)) => view! { <ErrorAlert error=error /> }.into_any(),
        Some(Ok(found)) if found.items.is_empty() => view! {
            <p class="muted" data-testid="matches-empty">{tr("matches-empty")}</p>
        }
        .into_any(),
        Some(Ok(found)) => view! {
            <ol class="match-list" data-testid="matches">
                {found.items.into_iter().map(|m| card(m, change)).collect_view()}
            </ol>
        }
        .into_any(),
    };
    let dismissed_count = move || {
        result.with(|r| match r {
            Some(Ok(found)) => found.dismissed,
            _ => 0,
        })
    };
    view! {
        <section class="card profile-card matches" aria-labelledby="matches-title" data-testid="matches-panel">
            <h2 id="matches-title">{tr("matches-title")}</h2>
            <p class="muted">{tr("matches-lead")}</p>
            {move || action_error.get().map(|error| view! { <ErrorAlert error=error /> })}
            <div aria-live="polite">{list}</div>
            <label class="checkbox" hidden=move || dismissed_count() == 0 && !show_dismissed.get()>
                <input type="checkbox" data-testid="matches-show-dismissed" bind:checked=show_dismissed />
                <span>{move || t_args("matches-show-dismissed", vec![("count", Arg::Num(dismissed_count() as f64))])()}</span>
            </label>
        </section>
    }
}

/// One suggestion: the partner, its score and reasons, and the dismiss/restore button.
fn card(m: PartnerMatch, change: impl Fn(&PartnerMatch) + Copy + 'static) -> impl IntoView {
    let i18n = use_i18n();
    let org = m.organization.clone();
    let (href, title, title_lang) = match &m.opportunity {
        Some(o) => {
            let best = o.title.best(i18n.lang_untracked());
            (
                format!("/opportunities/{}", o.id),
                best.map(|(_, t)| t.to_owned()).unwrap_or_default(),
                best.map(|(l, _)| l.code()),
            )
        }
        None => (format!("/organizations/{}", org.id), org.name.clone(), None),
    };
    let kind = m
        .opportunity
        .as_ref()
        .map(|o| type_badge(o.opportunity_type));
    let by = m.opportunity.as_ref().map(|_| {
        let href = format!("/organizations/{}", org.id);
        view! { <a href=href>{org.name.clone()}</a> " · " }
    });
    let score_label = t_args(
        "matches-score",
        vec![("score", Arg::Num(f64::from(m.score)))],
    );
    let button_label = if m.dismissed {
        tr("matches-restore")
    } else {
        tr("matches-dismiss")
    };
    let reasons = m
        .reasons
        .iter()
        .map(|r| view! { <li data-code=crate::api::wire_name(&r.code)>{r.text.clone()}</li> })
        .collect_view();
    let target = match m.target_type {
        MatchTargetType::Organization => "organization",
        MatchTargetType::Opportunity => "opportunity",
    };
    let verified = org
        .verified
        .then(|| view! { <span class="badge badge-verified">{tr("matches-verified")}</span> });
    let item = m.clone();
    view! {
        <li class="match-card" class:match-dismissed=m.dismissed data-testid="match" data-target=target data-id=m.target_id.to_string()>
            {org_logo(org.logo_url.clone(), &org.name, "org-logo-small")}
            <div class="match-body">
                <p class="match-badges">{kind}{verified}</p>
                <p class="match-title"><a href=href lang=title_lang data-testid="match-link">{title}</a></p>
                <p class="muted match-where">{by}{org.city.clone()} " · " {tr_label(country_label(&org.country))}</p>
                <ul class="match-reasons" data-testid="match-reasons">{reasons}</ul>
            </div>
            <div class="match-side">
                <p class="match-score" data-testid="match-score" data-score=m.score>{score_label}</p>
                <button type="button" class="btn btn-secondary btn-small" data-testid="match-toggle" on:click=move |_| change(&item)>
                    {button_label}
                </button>
            </div>
        </li>
    }
}
