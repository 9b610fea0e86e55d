//! An "Ask an expert" question in its thread: open or closed, its hand-overs between
//! institutions, and — for the institution asked — close, reopen and hand over to another
//! institution (chosen from the directory's chambers, clusters, research institutions,
//! development agencies and associations, with a note).

use glokal_api_types::{
    Conversation, ExpertHandoff, HandOverRequest, OrganizationKind, OrganizationQuery,
    OrganizationSummary,
};
use leptos::either::Either;
use leptos::prelude::*;
use leptos::task::spawn_local;
use uuid::Uuid;

use super::party_name;
use crate::api::{use_api, ApiClientError};
use crate::components::alert::ErrorAlert;
use crate::components::dialog::{ConfirmDialog, DialogHandle};
use crate::components::form::{ActionButton, FormError, FormFeedback, SelectField};
use crate::components::fresh::Fresh;
use crate::components::spinner::Spinner;
use crate::components::task::{task, Job};
use crate::i18n::{dyn_text, format_date, t_args, tr, use_i18n, Arg, Label};
use crate::notices::{use_notices, NoticeKind};
use crate::pages::moderation::note_field;

/// Longest hand-over note, in characters.
const NOTE_MAX: usize = 2000;

/// The institutions one can hand a question to (the kinds the API accepts).
const EXPERT_KINDS: [OrganizationKind; 5] = [
    OrganizationKind::Chamber,
    OrganizationKind::Cluster,
    OrganizationKind::Research,
    OrganizationKind::DevelopmentAgency,
    OrganizationKind::Association,
];

type Institutions = Option<Result<Vec<OrganizationSummary>, ApiClientError>>;

/// The panel above the messages of an expert question.
pub fn expert_panel(c: &Conversation) -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let notices = use_notices();
    let id = c.id;
    let me = c.my_organization.id;
    let path = format!("/inbox/{id}");
    let closed = RwSignal::new(c.closed_at);
    let handoffs = RwSignal::new(c.handoffs.clone());
    let handed_to = RwSignal::new(None::<String>);
    // The side asked did not write the first message.
    let asked = c.messages.first().is_some_and(|m| !m.from_my_side);
    let excluded = [c.my_organization.id, c.other_organization.id];

    let feedback = FormFeedback::new();
    let toggle = task();
    let toggle_path = path.clone();
    let on_toggle = Callback::new(move |()| {
        let to = closed.get_untracked().is_none();
        let path = toggle_path.clone();
        feedback.clear();
        toggle.dispatch_local(Job::new(async move {
            match api.set_question_closed(id, me, to).await {
                Ok(conversation) => {
                    closed.set(conversation.closed_at);
                    let message = if to {
                        "expert-closed-notice"
                    } else {
                        "expert-reopened-notice"
                    };
                    notices.show(NoticeKind::Success, message, path);
                }
                Err(error) => feedback.fail(error),
            }
        }));
    });

    // Hand over: the institutions are loaded when the dialog opens first.
    let dialog = DialogHandle::new();
    let dialog_feedback = FormFeedback::new();
    let institutions: RwSignal<Institutions> = RwSignal::new(None);
    let chosen = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let hand_over = task();
    let open_dialog = move |_| {
        dialog_feedback.clear();
        chosen.set(String::new());
        note.set(String::new());
        if institutions.with_untracked(|i| !matches!(i, Some(Ok(_)))) {
            institutions.set(None);
            spawn_local(async move {
                // One kind after the other (a join of five would grow the bundle).
                let mut result: Result<Vec<OrganizationSummary>, ApiClientError> = Ok(Vec::new());
                for kind in EXPERT_KINDS {
                    let query = OrganizationQuery {
                        kind: Some(kind),
                        limit: Some(100),
                        ..Default::default()
                    };
                    match api.list_organizations(&query).await {
                        Ok(page) => {
                            if let Ok(all) = result.as_mut() {
                                all.extend(
                                    page.items
                                        .into_iter()
                                        .filter(|o| !excluded.contains(&Some(o.id))),
                                );
                            }
                        }
                        Err(error) => {
                            result = Err(error);
                            break;
                        }
                    }
                }
                if let Ok(all) = result.as_mut() {
                    all.sort_by_key(|a| a.name.to_lowercase());
                }
                institutions.try_set(Some(result));
            });
        }
        dialog.open();
    };
    let on_hand_over = Callback::new(move |ev: leptos::ev::SubmitEvent| {
        let target = Uuid::parse_str(&chosen.get_untracked()).ok();
        let text = note.get_untracked().trim().to_owned();
        let mut fields = std::collections::BTreeMap::new();
        if target.is_none() {
            fields.insert("to_organization_id".to_owned(), "required".to_owned());
        }
        if text.chars().count() > NOTE_MAX {
            fields.insert("note".to_owned(), "too_long".to_owned());
        }
        let Some(to) = target.filter(|_| fields.is_empty()) else {
            dialog_feedback.reject(&ev, ApiClientError::Invalid(fields));
            return;
        };
        let name = institutions.with_untracked(|i| {
            i.as_ref()
                .and_then(|r| r.as_ref().ok())
                .and_then(|list| list.iter().find(|o| o.id == to).map(|o| o.name.clone()))
                .unwrap_or_default()
        });
        let request = HandOverRequest {
            to_organization_id: to,
            note: (!text.is_empty()).then_some(text),
        };
        let path = path.clone();
        hand_over.dispatch_local(Job::new(async move {
            match api.hand_over_question(id, me, &request).await {
                Ok(conversation) => {
                    dialog.close();
                    handoffs.set(conversation.handoffs);
                    handed_to.set(Some(name));
                    notices.show(NoticeKind::Success, "expert-handover-done", path);
                }
                Err(error) => dialog_feedback.fail(error),
            }
        }));
    });

    // Open, or closed on a day (one element whose text and look follow the state).
    let status_text = dyn_text(move || match closed.get() {
        Some(at) => i18n.t_args(
            "expert-status-closed",
            &[("date", format_date(i18n.lang(), at).into())],
        ),
        None => i18n.t("expert-status-open"),
    });
    let status_class = dyn_text(move || {
        if closed.with(Option::is_some) {
            "badge badge-muted".to_owned()
        } else {
            "badge badge-success".to_owned()
        }
    });
    let handoff_list = move || {
        Fresh(handoffs.with(|h| !h.is_empty()).then(|| {
            view! {
                <div class="expert-handoffs">
                    <h3 class="expert-handoffs-title">{tr("expert-handoffs")}</h3>
                    <ul data-testid="expert-handoffs">
                        {handoffs.get().into_iter().map(handoff).collect_view()}
                    </ul>
                </div>
            }
        }))
    };
    let handed_note = dyn_text(move || {
        handed_to
            .get()
            .map(|to| i18n.t_args("expert-handed-away", &[("to", to.into())]))
            .unwrap_or_default()
    });
    let buttons = asked.then(|| {
        view! {
            <div class="expert-actions" hidden=move || handed_to.with(Option::is_some)>
                <ActionButton
                    label=move || i18n.t(if closed.get().is_some() { "expert-reopen" } else { "expert-close" })
                    pending=toggle.pending()
                    testid="expert-toggle"
                    on_click=on_toggle
                />
                <button type="button" class="btn btn-ghost" data-testid="expert-handover-open" on:click=open_dialog>
                    {tr("expert-handover")}
                </button>
            </div>
            <FormError feedback=feedback />
        }
    });
    let select = move || {
        Fresh(match institutions.get() {
            None => Either::Left(view! { <Spinner /> }),
            Some(Err(error)) => Either::Right(Either::Left(view! { <ErrorAlert error=error /> })),
            Some(Ok(list)) => {
                let options = list
                    .into_iter()
                    .map(|o| {
                        (
                            o.id.to_string(),
                            Label::Plain(format!("{} ({})", o.name, o.city)),
                        )
                    })
                    .collect();
                Either::Right(Either::Right(view! {
                    <SelectField id="expert-handover-to" field="to_organization_id" label=tr("expert-handover-to") value=chosen feedback=dialog_feedback options=options empty=Label::Id("expert-handover-choose") />
                }))
            }
        })
    };
    view! {
        <section class="card expert-panel" data-testid="expert-panel" data-closed=move || closed.with(Option::is_some).to_string()>
            <p class="expert-status"><span class=status_class data-testid="expert-status">{status_text}</span></p>
            {handoff_list}
            <p class="expert-handed" data-testid="expert-handed-away" role="status" hidden=move || handed_to.with(Option::is_none)>{handed_note}</p>
            {buttons}
        </section>
        <ConfirmDialog
            handle=dialog
            id="expert-handover"
            title=tr("expert-handover-title")
            text=tr("expert-handover-text")
            confirm=tr("expert-handover-confirm")
            feedback=dialog_feedback
            pending=hand_over.pending()
            on_confirm=on_hand_over
            confirm_class="btn btn-primary"
        >
            {select}
            {note_field("expert-handover-note", "note", "expert-handover-note", None, true, note, dialog_feedback)}
        </ConfirmDialog>
    }
}

/// One hand-over: from, to, when, and the note.
fn handoff(h: ExpertHandoff) -> impl IntoView {
    let i18n = use_i18n();
    let name = |p: &Option<glokal_api_types::ConversationParty>| {
        p.as_ref()
            .map(|p| party_name(p).text_in(i18n.lang_untracked()))
            .unwrap_or_else(|| i18n.t("inbox-deleted-organization"))
    };
    let line = t_args(
        "expert-handoff-line",
        vec![
            ("from", Arg::Text(name(&h.from_organization))),
            ("to", Arg::Text(name(&h.to_organization))),
            ("date", Arg::Text(format_date(i18n.lang_untracked(), h.at))),
        ],
    );
    view! {
        <li class="expert-handoff" data-testid="expert-handoff">
            <span>{line}</span>
            {h.note.map(|n| view! { <p class="expert-handoff-note">{n}</p> })}
        </li>
    }
}
