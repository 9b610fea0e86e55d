//! `/moderation/audit-log`: what moderators did — who, which action on which target (under
//! its name at the time), why and when, and where the target stands now; `?target=<id>` shows
//! one target's history, `page` pages through it. Hidden or suspended targets can be shown
//! again from here.

use glokal_api_types::{AuditLogPage, ModerationEntry};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::params::ParamsMap;
use uuid::Uuid;

use super::{
    action_buttons, action_dialog, action_label, admin_page, date_text, state_chip, target_href,
    target_label, ActionDialog,
};
use crate::api::use_api;
use crate::components::fresh::Fresh;
use crate::i18n::{t_args, tr, use_page_title, Arg};
use crate::pages::filters::{get, offset, pager, param, results_area, use_results};

const PATH: &str = "/moderation/audit-log";
const PAGE_SIZE: u64 = 50;

fn api_query(params: &ParamsMap) -> (Option<Uuid>, u64) {
    (
        get(params, "target").and_then(|t| Uuid::parse_str(&t).ok()),
        offset(params, PAGE_SIZE),
    )
}

/// The page (platform admins).
#[component]
pub fn AuditLogPage() -> impl IntoView {
    use_page_title(tr("mod-audit-title"));
    admin_page(audit_page)
}

fn audit_page() -> impl IntoView {
    let api = use_api();
    let results = use_results(
        api_query,
        move |(target, offset): (Option<Uuid>, u64)| async move {
            api.audit_log(target, offset, PAGE_SIZE).await
        },
        true,
    );
    let data = results.data;
    // Done: the new entry on top, the target's state updated in every entry.
    let on_done = Callback::new(move |entry: ModerationEntry| {
        data.update(|d| {
            if let Some(Ok(page)) = d {
                for e in page
                    .items
                    .iter_mut()
                    .filter(|e| e.target_id == entry.target_id)
                {
                    e.target_now = entry.target_now;
                }
                page.items.insert(0, entry);
                page.total += 1;
            }
        });
    });
    let (dialog, dialog_view) = action_dialog(PATH, on_done);
    let target = param("target");
    let filter = move || {
        Fresh((!target().is_empty()).then(|| {
            view! {
                <p class="mod-filter" data-testid="audit-filter">
                    {tr("mod-audit-filtered")} " "
                    <a href=PATH data-testid="audit-show-all">{tr("mod-audit-all")}</a>
                </p>
            }
        }))
    };
    view! {
        <section class="container mod-page" data-testid="audit-page">
            <p class="back-link page-back"><a href="/moderation">{tr("mod-back")}</a></p>
            <header class="page-header">
                <h1>{tr("mod-audit-title")}</h1>
                <p class="lead">{tr("mod-audit-lead")}</p>
            </header>
            {filter}
            {results_area(results, "audit", PATH, move |page| entries(page, dialog))}
            {dialog_view}
        </section>
    }
}

fn entries(page: AuditLogPage, dialog: ActionDialog) -> impl IntoView {
    if page.items.is_empty() {
        return Either::Left(view! {
            <div class="empty-state" data-testid="audit-empty">
                <p class="empty-title">{tr("mod-audit-empty")}</p>
            </div>
        });
    }
    let count = t_args(
        "mod-audit-count",
        vec![("count", Arg::Num(page.total as f64))],
    );
    let offset = untrack(|| {
        param("page")()
            .parse::<u64>()
            .unwrap_or(1)
            .max(1)
            .saturating_sub(1)
            * PAGE_SIZE
    });
    Either::Right(view! {
        <p class="results-count" data-testid="audit-count">{count}</p>
        <ul class="mod-list">{page.items.into_iter().map(|e| entry(e, dialog)).collect_view()}</ul>
        {pager(PATH, page.total, offset, PAGE_SIZE)}
    })
}

/// One action: when, who, what on which target, why, and the target's state now (with
/// unhide or unsuspend where that applies).
fn entry(e: ModerationEntry, dialog: ActionDialog) -> impl IntoView {
    let now = e.target_now.map(|s| (s.hidden, s.suspended));
    let actor = e
        .actor_name
        .clone()
        .map(Either::Left)
        .unwrap_or_else(|| Either::Right(tr("mod-audit-deleted-actor")));
    let undo = now.filter(|(h, s)| *h || *s).map(|state| {
        view! {
            <div class="mod-undo">
                {action_buttons(dialog, e.target_type, e.target_id, e.target_name.clone(), state, false)}
            </div>
        }
    });
    view! {
        <li class="card mod-item mod-entry" data-testid="audit-entry" data-target=e.target_id.to_string() data-action=e.action.as_str()>
            <p class="mod-chips">
                <span class="badge mod-chip-action" data-testid="audit-action">{tr(action_label(e.action))}</span>
                <span class="badge badge-muted">{tr(target_label(e.target_type))}</span>
                <span class="mod-now">{tr("mod-audit-now")} " " {state_chip(now)}</span>
            </p>
            <h3 class="mod-item-title">
                <a href=target_href(e.target_type, e.target_id) data-testid="audit-target">{e.target_name.clone()}</a>
            </h3>
            {(!e.reason.is_empty()).then(|| view! { <p class="mod-reason" data-testid="audit-reason">{e.reason.clone()}</p> })}
            <p class="muted mod-meta">
                <span data-testid="audit-actor">{actor}</span> " · " {date_text(e.created_at)}
            </p>
            {undo}
        </li>
    }
}
