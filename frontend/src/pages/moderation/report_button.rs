//! "Report" on a profile or an offer, for logged-in people outside the organisation: a dialog
//! with the category and an optional note; a second report while the first is open is refused
//! (`already_reported`, shown in the dialog).

use glokal_api_types::{ModerationTarget, ReportCategory, ReportContentRequest};
use leptos::prelude::*;
use uuid::Uuid;

use super::{category_label, note_field};
use crate::api::use_api;
use crate::components::dialog::{ConfirmDialog, DialogHandle};
use crate::components::form::{FormFeedback, SelectField};
use crate::components::task::{task, Job};
use crate::i18n::{tr, Label};
use crate::notices::{use_notices, NoticeKind};
use crate::session::use_session;

/// The button and its dialog (nothing for visitors); `path` is where the thank-you shows.
#[component]
pub fn ReportButton(target_type: ModerationTarget, target_id: Uuid, path: String) -> impl IntoView {
    let session = use_session();
    let logged_in = Memo::new(move |_| session.is_logged_in());
    let api = use_api();
    let notices = use_notices();
    let dialog = DialogHandle::new();
    let feedback = FormFeedback::new();
    let category = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let run = task();
    let on_confirm = Callback::new(move |ev: leptos::ev::SubmitEvent| {
        let Some(chosen) = ReportCategory::ALL
            .into_iter()
            .find(|c| category.with_untracked(|v| v == c.as_str()))
        else {
            feedback.reject(
                &ev,
                crate::api::ApiClientError::Invalid(
                    [("category".to_owned(), "required".to_owned())].into(),
                ),
            );
            return;
        };
        // Optional except for "other": the API then asks for it at the field.
        let reason = note.get_untracked().trim().to_owned();
        let request = ReportContentRequest {
            target_type,
            target_id,
            category: chosen,
            reason,
        };
        let path = path.clone();
        run.dispatch_local(Job::new(async move {
            match api.report_content(&request).await {
                Ok(()) => {
                    dialog.close();
                    notices.show(NoticeKind::Success, "mod-report-thanks", path);
                }
                Err(error) => feedback.fail(error),
            }
        }));
    });
    let text = if target_type == ModerationTarget::Organization {
        "mod-report-text-organization"
    } else {
        "mod-report-text-opportunity"
    };
    let options = ReportCategory::ALL
        .into_iter()
        .map(|c| (c.as_str().to_owned(), Label::Id(category_label(c))))
        .collect::<Vec<_>>();
    view! {
        <div class="report-link" hidden=move || !logged_in.get()>
            <button
                type="button"
                class="btn btn-ghost btn-small btn-danger-text"
                data-testid="report-open"
                on:click=move |_| {
                    feedback.clear();
                    category.set(String::new());
                    note.set(String::new());
                    dialog.open();
                }
            >
                {tr("mod-report")}
            </button>
        </div>
        <ConfirmDialog
            handle=dialog
            id="report"
            title=tr("mod-report-title")
            text=tr(text)
            confirm=tr("mod-report-confirm")
            feedback=feedback
            pending=run.pending()
            on_confirm=on_confirm
            confirm_class="btn btn-primary"
        >
            <SelectField id="report-category" field="category" label=tr("mod-report-category") value=category feedback=feedback options=options empty=Label::Id("mod-report-choose") />
            {note_field("report-note", "reason", "mod-report-note", Some("mod-report-note-hint"), true, note, feedback)}
        </ConfirmDialog>
    }
}
