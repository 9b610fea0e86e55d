//! Moderation for platform admins (`/moderation`, its audit log and conversation reports) and
//! the "Report" button on profiles and offers. The admins act in one dialog that asks for the
//! reason; every page shares it and the labels below.

pub mod audit;
pub mod queue;
pub mod report;
pub mod report_button;

use glokal_api_types::{
    ModerationAction, ModerationEntry, ModerationRequest, ModerationTarget, ReportCategory, Role,
};
use leptos::prelude::*;
use uuid::Uuid;

use crate::api::{use_api, ApiClientError};
use crate::components::dialog::{ConfirmDialog, DialogHandle};
use crate::components::form::{FieldErrorText, FieldState, FormFeedback};
use crate::components::task::{task, Job};
use crate::i18n::{dyn_text, format_date, tr, use_i18n};
use crate::notices::{use_notices, NoticeKind};
use crate::pages::restricted_page;
use crate::session::use_session;

/// Longest reason, in characters (as the API checks).
pub const REASON_MAX: usize = 2000;

/// Whether the logged-in person is a platform admin.
pub fn is_admin() -> bool {
    use_session()
        .user()
        .is_some_and(|u| matches!(u.role, Role::PlatformAdmin))
}

/// A page for platform admins: visitors go to the login form, others get a "not allowed" note.
pub fn admin_page<V: IntoView + 'static>(
    content: impl Fn() -> V + Send + Sync + 'static,
) -> impl IntoView {
    restricted_page(
        is_admin,
        "mod-forbidden",
        "mod-forbidden",
        ("/", "notfound-home"),
        content,
    )
}

/// The label of a report category.
pub fn category_label(category: ReportCategory) -> &'static str {
    match category {
        ReportCategory::Spam => "mod-category-spam",
        ReportCategory::Misleading => "mod-category-misleading",
        ReportCategory::Offensive => "mod-category-offensive",
        ReportCategory::Illegal => "mod-category-illegal",
        ReportCategory::Other => "mod-category-other",
    }
}

/// The label of a moderator's action.
pub fn action_label(action: ModerationAction) -> &'static str {
    match action {
        ModerationAction::Approve => "mod-action-approve",
        ModerationAction::Hide => "mod-action-hide",
        ModerationAction::Unhide => "mod-action-unhide",
        ModerationAction::Warn => "mod-action-warn",
        ModerationAction::Suspend => "mod-action-suspend",
        ModerationAction::Unsuspend => "mod-action-unsuspend",
    }
}

/// "Organisation" or "offer/request".
pub fn target_label(target: ModerationTarget) -> &'static str {
    match target {
        ModerationTarget::Organization => "mod-target-organization",
        ModerationTarget::Opportunity => "mod-target-opportunity",
    }
}

/// The public page of a target.
pub fn target_href(target: ModerationTarget, id: Uuid) -> String {
    match target {
        ModerationTarget::Organization => format!("/organizations/{id}"),
        ModerationTarget::Opportunity => format!("/opportunities/{id}"),
    }
}

/// The state of a target as a chip (`data-state`: hidden, suspended, visible, deleted).
pub fn state_chip(state: Option<(bool, bool)>) -> impl IntoView {
    let (key, label, class) = match state {
        Some((_, true)) => ("suspended", "mod-state-suspended", "badge mod-chip-danger"),
        Some((true, false)) => ("hidden", "mod-state-hidden", "badge mod-chip-warning"),
        Some((false, false)) => ("visible", "mod-state-visible", "badge badge-success"),
        None => ("deleted", "mod-state-deleted", "badge badge-muted"),
    };
    view! { <span class=class data-testid="mod-state" data-state=key>{tr(label)}</span> }
}

/// A date in the UI language.
pub fn date_text(at: chrono::DateTime<chrono::Utc>) -> impl Fn() -> String + Clone + Send + Sync {
    let i18n = use_i18n();
    dyn_text(move || format_date(i18n.lang(), at))
}

/// What an admin is about to do.
#[derive(Clone, PartialEq)]
pub struct Pending {
    pub target_type: ModerationTarget,
    pub target_id: Uuid,
    pub name: String,
    pub action: ModerationAction,
}

/// The dialog asking for the reason of an action; open it with [`ActionDialog::open`].
#[derive(Clone, Copy)]
pub struct ActionDialog {
    pending: RwSignal<Option<Pending>>,
    reason: RwSignal<String>,
    feedback: FormFeedback,
    handle: DialogHandle,
}

impl ActionDialog {
    pub fn open(&self, pending: Pending) {
        self.feedback.clear();
        self.reason.set(String::new());
        self.pending.set(Some(pending));
        self.handle.open();
    }
}

/// The dialog (render it once per page) and its handle; `on_done` gets the audit-log entry of a
/// successful action (shown on `path` as a notice).
pub fn action_dialog(
    path: &'static str,
    on_done: Callback<ModerationEntry>,
) -> (ActionDialog, impl IntoView) {
    let api = use_api();
    let i18n = use_i18n();
    let notices = use_notices();
    let dialog = ActionDialog {
        pending: RwSignal::new(None),
        reason: RwSignal::new(String::new()),
        feedback: FormFeedback::new(),
        handle: DialogHandle::new(),
    };
    let run = task();
    let action = move || dialog.pending.with(|p| p.as_ref().map(|p| p.action));
    let on_confirm = Callback::new(move |ev: leptos::ev::SubmitEvent| {
        let Some(p) = dialog.pending.get_untracked() else {
            return;
        };
        let reason = dialog.reason.get_untracked().trim().to_owned();
        let check = if reason.is_empty() && p.action != ModerationAction::Approve {
            Some("required")
        } else if reason.chars().count() > REASON_MAX {
            Some("too_long")
        } else {
            None
        };
        if let Some(code) = check {
            dialog.feedback.reject(
                &ev,
                ApiClientError::Invalid([("reason".to_owned(), code.to_owned())].into()),
            );
            return;
        }
        let request = ModerationRequest {
            target_type: p.target_type,
            target_id: p.target_id,
            action: p.action,
            reason,
        };
        run.dispatch_local(Job::new(async move {
            match api.moderate(&request).await {
                Ok(entry) => {
                    dialog.handle.close();
                    let done = match entry.action {
                        ModerationAction::Approve => "mod-done-approve",
                        ModerationAction::Hide => "mod-done-hide",
                        ModerationAction::Unhide => "mod-done-unhide",
                        ModerationAction::Warn => "mod-done-warn",
                        ModerationAction::Suspend => "mod-done-suspend",
                        ModerationAction::Unsuspend => "mod-done-unsuspend",
                    };
                    notices.show(NoticeKind::Success, done, path);
                    on_done.run(entry);
                }
                Err(error) => dialog.feedback.fail(error),
            }
        }));
    });
    let title = move || {
        dialog
            .pending
            .with(|p| {
                p.as_ref()
                    .map(|p| format!("{}: {}", i18n.t(action_label(p.action)), p.name))
            })
            .unwrap_or_default()
    };
    let text = move || {
        action()
            .map(|a| {
                i18n.t(match a {
                    ModerationAction::Approve => "mod-explain-approve",
                    ModerationAction::Hide => "mod-explain-hide",
                    ModerationAction::Unhide => "mod-explain-unhide",
                    ModerationAction::Warn => "mod-explain-warn",
                    ModerationAction::Suspend => "mod-explain-suspend",
                    ModerationAction::Unsuspend => "mod-explain-unsuspend",
                })
            })
            .unwrap_or_default()
    };
    let confirm = move || {
        action()
            .map(|a| i18n.t(action_label(a)))
            .unwrap_or_default()
    };
    let view = view! {
        <ConfirmDialog
            handle=dialog.handle
            id="mod-action"
            title=title
            text=text
            confirm=confirm
            feedback=dialog.feedback
            pending=run.pending()
            on_confirm=on_confirm
            confirm_class="btn btn-primary"
        >
            {note_field("mod-reason", "reason", "mod-reason", Some("mod-reason-hint"), false, dialog.reason, dialog.feedback)}
        </ConfirmDialog>
    };
    (dialog, view)
}

/// The actions that apply to a target: approve (a new organisation), warn, hide or unhide,
/// suspend (organisations) or unsuspend, and the link to its history in the audit log.
pub fn action_buttons(
    dialog: ActionDialog,
    target_type: ModerationTarget,
    target_id: Uuid,
    name: String,
    (hidden, suspended): (bool, bool),
    approve: bool,
) -> impl IntoView {
    use ModerationAction::*;
    let organization = target_type == ModerationTarget::Organization;
    let mut actions = Vec::new();
    if approve {
        actions.push(Approve);
    }
    if !suspended {
        actions.push(Warn);
        actions.push(if hidden { Unhide } else { Hide });
    }
    if organization {
        actions.push(if suspended { Unsuspend } else { Suspend });
    }
    let buttons = actions
        .into_iter()
        .map(|action| {
            let pending = Pending {
                target_type,
                target_id,
                name: name.clone(),
                action,
            };
            let class = if matches!(action, Hide | Suspend) {
                "btn btn-ghost btn-small btn-danger-text"
            } else {
                "btn btn-secondary btn-small"
            };
            view! {
                <button type="button" class=class data-testid=format!("mod-{}", action.as_str()) on:click=move |_| dialog.open(pending.clone())>
                    {tr(action_label(action))}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="mod-actions">
            {buttons}
            <a class="mod-history" href=format!("/moderation/audit-log?target={target_id}") data-testid="mod-history">{tr("mod-history")}</a>
        </div>
    }
}

/// A labelled multi-line text (a reason or a note) with its hint and the error of `field`:
/// one view for every such field of these pages (bundle size).
pub fn note_field(
    id: &'static str,
    field: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    optional: bool,
    value: RwSignal<String>,
    feedback: FormFeedback,
) -> impl IntoView {
    let state = FieldState::new(feedback, field);
    let error_id = format!("{id}-error");
    let hint_id = hint.map(|_| format!("{id}-hint"));
    view! {
        <div class="field" class:field-invalid=state.invalid()>
            <label for=id class="field-label">
                {tr(label)}
                {optional.then(|| view! { <span class="field-optional">" " {tr("form-optional")}</span> })}
            </label>
            {hint.map(|hint| view! { <p class="field-hint" id=hint_id.clone()>{tr(hint)}</p> })}
            <textarea
                id=id
                class="input textarea textarea-small"
                rows="3"
                maxlength=REASON_MAX.to_string()
                aria-required=if optional { "false" } else { "true" }
                aria-invalid=state.aria_invalid()
                aria-describedby=state.described_by(hint_id.clone(), error_id.clone())
                bind:value=value
            ></textarea>
            <FieldErrorText id=error_id state=state />
        </div>
    }
}
