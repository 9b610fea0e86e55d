//! `/moderation`: the queue of platform admins — open reports on profiles and offers, new
//! organisations awaiting a first look, and open reports on conversations — with the actions
//! (each asks for the reason); an item is updated or leaves the list as soon as it is done.

use glokal_api_types::{
    ContentReport, ConversationReport, ModerationAction, ModerationEntry, ModerationQueue,
    ModerationTarget, QueuedOrganization, ReportPage, ReportStatus,
};
use leptos::either::EitherOf4;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{
    action_buttons, action_dialog, admin_page, category_label, date_text, state_chip, target_href,
    target_label, ActionDialog,
};
use crate::api::{use_api, ApiClientError};
use crate::components::alert::ErrorAlert;
use crate::components::fresh::Fresh;
use crate::components::spinner::Spinner;
use crate::i18n::{t_args, tr, tr_label, use_page_title, Arg};
use crate::pages::inbox::party_name;
use crate::pages::organizations::country_label;

const PATH: &str = "/moderation";

type Loaded = Option<Result<(ModerationQueue, ReportPage), ApiClientError>>;

/// The page (platform admins).
#[component]
pub fn ModerationPage() -> impl IntoView {
    use_page_title(tr("mod-title"));
    admin_page(queue_page)
}

fn queue_page() -> impl IntoView {
    let api = use_api();
    let data: RwSignal<Loaded> = RwSignal::new(None);
    spawn_local(async move {
        let result = async {
            let queue = api.moderation_queue().await?;
            let reports = api.conversation_reports(ReportStatus::Open, 100).await?;
            Ok((queue, reports))
        }
        .await;
        data.try_set(Some(result));
    });
    // Done: the item is updated, or leaves the queue when the action settled it.
    let on_done = Callback::new(move |entry: ModerationEntry| {
        use ModerationAction::*;
        let now = entry.target_now.map(|s| (s.hidden, s.suspended));
        let id = entry.target_id;
        data.update(|d| {
            if let Some(Ok((q, _))) = d {
                if matches!(entry.action, Approve | Hide | Warn | Suspend) {
                    q.reports.retain(|r| r.target_id != id);
                }
                for r in q.reports.iter_mut().filter(|r| r.target_id == id) {
                    r.target_hidden = now.is_some_and(|n| n.0);
                }
                if matches!(entry.action, Approve | Suspend) {
                    q.new_organizations.retain(|o| o.id != id);
                }
                for o in q.new_organizations.iter_mut().filter(|o| o.id == id) {
                    (o.hidden, o.suspended) = now.unwrap_or_default();
                }
            }
        });
    });
    let (dialog, dialog_view) = action_dialog(PATH, on_done);
    let content = move || {
        Fresh(match data.get() {
            None => EitherOf4::A(view! { <div class="page-loading"><Spinner /></div> }),
            Some(Err(error)) => EitherOf4::B(view! { <ErrorAlert error=error /> }),
            Some(Ok((q, c)))
                if q.reports.is_empty() && q.new_organizations.is_empty() && c.items.is_empty() =>
            {
                EitherOf4::C(view! {
                    <div class="empty-state" data-testid="mod-empty">
                        <p class="empty-title">{tr("mod-empty")}</p>
                        <p class="muted">{tr("mod-empty-text")}</p>
                    </div>
                })
            }
            Some(Ok((q, c))) => EitherOf4::D(view! {
                {section("mod-reports", "mod-reports-title", q.reports.len(), q.reports.into_iter().map(|r| report_item(r, dialog)).collect_view())}
                {section("mod-orgs", "mod-orgs-title", q.new_organizations.len(), q.new_organizations.into_iter().map(|o| org_item(o, dialog)).collect_view())}
                {section("mod-conv-reports", "mod-convs-title", c.items.len(), c.items.into_iter().map(conversation_item).collect_view())}
            }),
        })
    };
    view! {
        <section class="container mod-page" data-testid="mod-queue">
            <header class="page-header mod-header">
                <div>
                    <h1>{tr("mod-title")}</h1>
                    <p class="lead">{tr("mod-lead")}</p>
                </div>
                <a href="/moderation/audit-log" class="btn btn-secondary" data-testid="mod-audit-link">{tr("mod-audit-title")}</a>
            </header>
            {content}
            {dialog_view}
        </section>
    }
}

/// A part of the queue with its heading and count (nothing when empty).
fn section(
    testid: &'static str,
    title: &'static str,
    count: usize,
    items: impl IntoView + 'static,
) -> impl IntoView {
    (count > 0).then(|| {
        let heading = format!("{testid}-heading");
        let labelled = heading.clone();
        view! {
            <section class="mod-section" aria-labelledby=labelled data-testid=testid>
                <h2 id=heading>{tr(title)} " " <span class="count-badge mod-count">{count.to_string()}</span></h2>
                <ul class="mod-list">{items}</ul>
            </section>
        }
    })
}

/// An open report on a profile or an offer.
fn report_item(r: ContentReport, dialog: ActionDialog) -> impl IntoView {
    let reported = t_args(
        "mod-reported-on",
        vec![("date", Arg::Text(date_text(r.created_at)()))],
    );
    view! {
        <li class="card mod-item" data-testid="mod-report" data-target=r.target_id.to_string()>
            <p class="mod-chips">
                <span class="badge badge-muted">{tr(target_label(r.target_type))}</span>
                <span class="badge mod-chip-category" data-testid="mod-report-category" data-category=r.category.as_str()>{tr(category_label(r.category))}</span>
                {r.target_hidden.then(|| state_chip(Some((true, false))))}
            </p>
            <h3 class="mod-item-title"><a href=target_href(r.target_type, r.target_id)>{r.target_name.clone()}</a></h3>
            {(!r.reason.is_empty()).then(|| view! { <p class="mod-reason" data-testid="mod-report-reason">{r.reason.clone()}</p> })}
            <p class="muted mod-meta">{reported}</p>
            {action_buttons(dialog, r.target_type, r.target_id, r.target_name, (r.target_hidden, false), false)}
        </li>
    }
}

/// A new organisation awaiting its first look.
fn org_item(o: QueuedOrganization, dialog: ActionDialog) -> impl IntoView {
    let registered = t_args(
        "mod-registered-on",
        vec![("date", Arg::Text(date_text(o.created_at)()))],
    );
    let flags = (o.hidden || o.suspended).then(|| state_chip(Some((o.hidden, o.suspended))));
    view! {
        <li class="card mod-item" data-testid="mod-org" data-id=o.id.to_string()>
            <p class="mod-chips">
                <span class="badge badge-muted">{tr("mod-new-organization")}</span>
                {flags}
            </p>
            <h3 class="mod-item-title"><a href=format!("/organizations/{}", o.id)>{o.name.clone()}</a></h3>
            <p class="muted mod-meta">
                {tr_label(country_label(&o.country))} " · " {o.city.clone()} " · " {registered}
            </p>
            {action_buttons(dialog, ModerationTarget::Organization, o.id, o.name, (o.hidden, o.suspended), true)}
        </li>
    }
}

/// An open report on a conversation, linking to its page.
fn conversation_item(r: ConversationReport) -> impl IntoView {
    let reported = t_args(
        "mod-reported-on",
        vec![("date", Arg::Text(date_text(r.created_at)()))],
    );
    view! {
        <li class="card mod-item" data-testid="mod-conv-report" data-id=r.id.to_string()>
            <h3 class="mod-item-title">
                <a href=format!("/moderation/reports/{}", r.id)>
                    {tr_label(party_name(&r.reporter_organization))} " → " {tr_label(party_name(&r.reported_organization))}
                </a>
            </h3>
            <p class="mod-reason">{r.reason.clone()}</p>
            <p class="muted mod-meta">{r.reporter_name.clone().map(|n| format!("{n} · "))}{reported}</p>
        </li>
    }
}
