//! `/moderation/reports/:id`: an abuse report on a conversation with the conversation's
//! messages, and resolving it (nothing wrong, or action taken) with an internal note.

use glokal_api_types::{ReportOutcome, ReportStatus, ReportedConversation, ResolveReportRequest};
use leptos::either::Either;
use leptos::prelude::*;

use super::{admin_page, date_text, note_field, REASON_MAX};
use crate::api::{use_api, wire_name, ApiClientError};
use crate::components::alert::ErrorAlert;
use crate::components::form::{FormError, FormFeedback, SelectField, SubmitButton};
use crate::components::fresh::Fresh;
use crate::components::task::{task, Job};
use crate::i18n::{tr, tr_label, use_page_title, Label};
use crate::notices::{use_notices, NoticeKind};
use crate::pages::inbox::thread::message_view;
use crate::pages::inbox::{kind_label, party_name};
use crate::pages::{entity_page, use_path_entity};

/// The page (platform admins).
#[component]
pub fn ConversationReportPage() -> impl IntoView {
    use_page_title(tr("mod-conv-title"));
    let api = use_api();
    let state = use_path_entity(move |id| api.conversation_report(id));
    admin_page(move || entity_page(state, true, report_view))
}

fn outcome_label(outcome: ReportOutcome) -> &'static str {
    match outcome {
        ReportOutcome::Dismissed => "mod-outcome-dismissed",
        ReportOutcome::ActionTaken => "mod-outcome-action_taken",
    }
}

fn report_view(data: ReportedConversation) -> impl IntoView {
    let report = RwSignal::new(data.report.clone());
    let download_error = RwSignal::new(None::<ApiClientError>);
    let r = data.report;
    let link = |party: &glokal_api_types::ConversationParty| {
        let name = tr_label(party_name(party));
        match party.id {
            Some(id) => Either::Left(view! { <a href=format!("/organizations/{id}")>{name}</a> }),
            None => Either::Right(name),
        }
    };
    let status = move || {
        let r = report.get();
        Fresh(match (r.status, r.outcome) {
            (ReportStatus::Resolved, outcome) => Either::Left(view! {
                <div class="card mod-resolved" data-testid="mod-conv-resolved">
                    <p><span class="badge badge-success">{tr("mod-conv-resolved")}</span> " "
                        {outcome.map(|o| tr(outcome_label(o)))}
                        {r.resolved_at.map(|at| view! { " · " {date_text(at)} })}
                    </p>
                    {r.note.clone().map(|n| view! { <p class="mod-reason">{n}</p> })}
                </div>
            }),
            (ReportStatus::Open, _) => Either::Right(resolve_form(r.id, report)),
        })
    };
    view! {
        <article class="container mod-page" data-testid="mod-conv-page">
            <p class="back-link page-back"><a href="/moderation">{tr("mod-back")}</a></p>
            <header class="page-header">
                <p class="profile-kind">{tr_label(kind_label(data.kind))}</p>
                <h1>{tr("mod-conv-title")}</h1>
                <p class="lead">{link(&r.reporter_organization)} " → " {link(&r.reported_organization)}</p>
                {data.subject.clone().map(|s| view! { <p class="thread-subject">{s}</p> })}
            </header>
            <div class="card mod-item">
                <h2 class="mod-item-title">{tr("mod-conv-reason")}</h2>
                <p class="mod-reason" data-testid="mod-conv-reason">{r.reason.clone()}</p>
                <p class="muted mod-meta">{r.reporter_name.clone().map(|n| format!("{n} · "))}{date_text(r.created_at)}</p>
            </div>
            {status}
            <section class="thread-messages" aria-labelledby="mod-conv-messages">
                <h2 id="mod-conv-messages">{tr("mod-conv-messages")}</h2>
                {move || Fresh(download_error.get().map(|error| view! { <ErrorAlert error=error /> }))}
                <ol class="thread" data-testid="mod-conv-messages">{data.messages.into_iter().map(|m| message_view(m, download_error)).collect_view()}</ol>
            </section>
        </article>
    }
}

/// Resolve: the outcome and an internal note.
fn resolve_form(
    id: uuid::Uuid,
    report: RwSignal<glokal_api_types::ConversationReport>,
) -> impl IntoView {
    let api = use_api();
    let notices = use_notices();
    let feedback = FormFeedback::new();
    let outcome = RwSignal::new("dismissed".to_owned());
    let note = RwSignal::new(String::new());
    let run = task();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        feedback.clear();
        let text = note.get_untracked().trim().to_owned();
        if text.chars().count() > REASON_MAX {
            feedback.reject(
                &ev,
                ApiClientError::Invalid([("note".to_owned(), "too_long".to_owned())].into()),
            );
            return;
        }
        let request = ResolveReportRequest {
            outcome: if outcome.get_untracked() == "action_taken" {
                ReportOutcome::ActionTaken
            } else {
                ReportOutcome::Dismissed
            },
            note: (!text.is_empty()).then_some(text),
        };
        run.dispatch_local(Job::new(async move {
            match api.resolve_report(id, &request).await {
                Ok(done) => {
                    report.set(done);
                    notices.show(
                        NoticeKind::Success,
                        "mod-conv-resolved-notice",
                        format!("/moderation/reports/{id}"),
                    );
                }
                Err(error) => feedback.fail(error),
            }
        }));
    };
    let options = [ReportOutcome::Dismissed, ReportOutcome::ActionTaken]
        .into_iter()
        .map(|o| (wire_name(&o), Label::Id(outcome_label(o))))
        .collect::<Vec<_>>();
    view! {
        <form class="card form mod-resolve" novalidate on:submit=on_submit data-testid="mod-conv-resolve">
            <h2>{tr("mod-conv-resolve")}</h2>
            <FormError feedback=feedback />
            <SelectField id="mod-conv-outcome" field="outcome" label=tr("mod-conv-outcome") value=outcome feedback=feedback options=options />
            {note_field("mod-conv-note", "note", "mod-conv-note", None, true, note, feedback)}
            <div><SubmitButton label=tr("mod-conv-resolve-submit") pending=run.pending() testid="mod-conv-resolve-submit" /></div>
        </form>
    }
}
