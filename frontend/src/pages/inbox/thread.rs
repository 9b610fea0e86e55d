//! `/inbox/:id`: a conversation's thread (oldest first; own messages on the right), the reply
//! form with attachments, and archive, block and report. Opening it marks it read.

use glokal_api_types::{Attachment, Conversation, ErrorCode, Message, SendMessageRequest};
use leptos::either::Either;
use leptos::prelude::*;
use leptos::task::spawn_local;
use uuid::Uuid;
use wasm_bindgen::{JsCast, JsValue};

use super::{full_time, iso_time, kind_label, party_name, side_param, MESSAGE_MAX};
use crate::api::{use_api, ApiClientError};
use crate::components::alert::{Alert, AlertKind, ErrorAlert};
use crate::components::dialog::{ConfirmDialog, DialogHandle};
use crate::components::form::{
    ActionButton, FieldErrorText, FieldState, FormError, FormFeedback, SubmitButton,
};
use crate::components::fresh::Fresh;
use crate::components::task::{task, Job};
use crate::i18n::{dyn_text, t_args, tr, tr_label, use_i18n, use_page_title, Arg};
use crate::notices::{use_notices, NoticeKind};
use crate::pages::organizations::{country_label, org_logo};
use crate::pages::{entity_page, use_path_entity, Entity};
use crate::unread::use_unread;

/// Most attachments per message.
const ATTACHMENTS_MAX: usize = 5;
/// Largest attachment the server accepts.
const ATTACHMENT_MAX_BYTES: f64 = 10.0 * 1024.0 * 1024.0;
/// The types the server accepts, by declared type and by file name extension.
const ATTACHMENT_TYPES: [&str; 4] = ["application/pdf", "image/png", "image/jpeg", "image/webp"];
const ATTACHMENT_EXTENSIONS: [&str; 5] = ["pdf", "png", "jpg", "jpeg", "webp"];
/// Longest report reason, in characters.
const REASON_MAX: usize = 2000;

/// The page.
#[component]
pub fn ThreadPage() -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let side = side_param();
    let state: Entity<Conversation> =
        use_path_entity(move |id| api.conversation(id, side.get_untracked()));
    let generic = tr("inbox-title");
    use_page_title(move || {
        state
            .with(|c| {
                c.as_ref()
                    .and_then(|r| r.as_ref().ok())
                    .map(|c| party_name(&c.other_organization).text_in(i18n.lang()))
            })
            .unwrap_or_else(&generic)
    });
    entity_page(state, true, thread)
}

/// A file size for people (`320 kB`, `1.4 MB`).
fn size_text(bytes: u64) -> String {
    let bytes = bytes as f64;
    if bytes < 1000.0 * 1000.0 {
        format!("{} kB", (bytes / 1000.0).ceil().max(1.0))
    } else {
        format!("{:.1} MB", bytes / 1_000_000.0)
    }
}

/// Why an upload was not made.
#[derive(Clone)]
enum UploadProblem {
    Api(ApiClientError),
    TooMany,
}

/// Checked in the browser before uploading: type (by declared type or extension) and size.
fn check_file(file: &web_sys::File) -> Result<(), ApiClientError> {
    let name = file.name().to_ascii_lowercase();
    let extension = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    let typed = ATTACHMENT_TYPES.contains(&file.type_().as_str());
    if !typed && !ATTACHMENT_EXTENSIONS.contains(&extension) {
        return Err(ApiClientError::local(ErrorCode::UnsupportedAttachmentType));
    }
    if file.size() > ATTACHMENT_MAX_BYTES {
        return Err(ApiClientError::local(ErrorCode::AttachmentTooLarge));
    }
    Ok(())
}

fn thread(c: Conversation) -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let unread = use_unread();
    let id = c.id;
    let me = c.my_organization.id;
    let path = format!("/inbox/{id}");
    let messages = RwSignal::new(c.messages.clone());
    let archived = RwSignal::new(c.archived);
    let blocked_by_me = RwSignal::new(c.blocked_by_me);
    let both_exist = c.my_organization.id.is_some() && c.other_organization.id.is_some();
    let blocked_by_other = c.blocked_by_other;
    let can_reply = move || both_exist && !blocked_by_other && !blocked_by_me.get();

    // Opened: everything read (and the notifications about it), then the header's counts.
    let mark_read = move || {
        spawn_local(async move {
            if api.mark_conversation_read(id, me).await.is_ok() {
                unread.refresh();
            }
        });
    };
    if c.unread_count > 0 {
        mark_read();
    }
    // A new notification while the thread is open: load the messages again.
    let seen = StoredValue::new(None::<u64>);
    Effect::new(move |_| {
        let count = unread.notifications();
        let before = seen.get_value();
        seen.set_value(count);
        if let (Some(before), Some(now)) = (before, count) {
            if now > before {
                spawn_local(async move {
                    if let Ok(fresh) = api.conversation(id, me).await {
                        let grew = messages.with_untracked(|m| m.len()) < fresh.messages.len();
                        messages.try_set(fresh.messages);
                        if grew {
                            mark_read();
                        }
                    }
                });
            }
        }
    });

    let other = c.other_organization.clone();
    let other_name = party_name(&other);
    let logo_name = other.name.clone().unwrap_or_default();
    let heading = match other.id {
        Some(org) => Either::Left(view! {
            <a href=format!("/organizations/{org}") data-testid="thread-other-link">{tr_label(other_name.clone())}</a>
        }),
        None => Either::Right(tr_label(other_name.clone())),
    };
    let title = c.opportunity_title.clone();
    let about = c.opportunity_id.map(|opp| {
        let text = dyn_text(move || {
            title
                .as_ref()
                .and_then(|t| t.best(i18n.lang()))
                .map(|(_, t)| t.to_owned())
                .unwrap_or_else(|| i18n.t("thread-opportunity-gone"))
        });
        view! {
            <p class="thread-about">
                <span class="muted">{tr("thread-about")} " "</span>
                <a href=format!("/opportunities/{opp}") data-testid="thread-opportunity">{text}</a>
            </p>
        }
    });
    let subject = c
        .subject
        .clone()
        .map(|s| view! { <p class="thread-subject" data-testid="thread-subject">{s}</p> });
    let mine = party_name(&c.my_organization);
    let expert = (c.kind == glokal_api_types::ConversationKind::AskExpert)
        .then(|| super::expert::expert_panel(&c));
    let states = view! {
        {move || Fresh(blocked_by_me.get().then(|| view! {
            <Alert kind=AlertKind::Info><p data-testid="thread-blocked-by-me">{tr("thread-blocked-by-me")}</p></Alert>
        }))}
        {blocked_by_other.then(|| view! {
            <Alert kind=AlertKind::Info><p data-testid="thread-blocked-by-other">{tr("thread-blocked-by-other")}</p></Alert>
        })}
        {(!both_exist).then(|| view! {
            <Alert kind=AlertKind::Info><p data-testid="thread-gone">{tr("thread-organization-gone")}</p></Alert>
        })}
    };

    let download_error = RwSignal::new(None::<ApiClientError>);
    let list = move || {
        Fresh(
            messages
                .get()
                .into_iter()
                .map(|m| message_view(m, download_error))
                .collect_view(),
        )
    };
    let count = move || messages.with(Vec::len);

    view! {
        <article class="container thread-page" data-testid="thread-page" data-id=id.to_string() data-archived=move || archived.get().to_string()>
            <p class="back-link page-back"><a href="/inbox" data-testid="thread-back">{tr("thread-back")}</a></p>
            <header class="profile-header thread-header">
                <div class="profile-identity thread-identity">
                    {org_logo(other.logo_url.clone(), &logo_name, "org-logo-card")}
                    <div>
                        <p class="profile-kind">
                            {tr_label(kind_label(c.kind))}
                            {c.cross_border.then(|| view! { " " <span class="badge">{tr("thread-cross-border")}</span> })}
                            <span class="badge badge-muted thread-archived-badge" data-testid="thread-archived-badge" hidden=move || !archived.get()>{tr("thread-archived")}</span>
                        </p>
                        <h1 data-testid="thread-other">{heading}</h1>
                        <p class="muted">
                            {tr_label(country_label(&other.country))}
                            {other.city.clone().map(|city| format!(" · {city}"))}
                            " · "
                            {t_args("inbox-as", vec![("organization", Arg::Text(mine.text_in(i18n.lang_untracked())))])}
                        </p>
                        {about}
                        {subject}
                    </div>
                </div>
                {actions(id, me, path.clone(), archived, blocked_by_me, both_exist)}
            </header>
            {states}
            {expert}
            <section class="thread-messages" aria-labelledby="thread-messages-title">
                <h2 id="thread-messages-title" class="sr-only">{tr("thread-messages")}</h2>
                {move || Fresh(download_error.get().map(|error| view! { <div data-testid="download-error"><ErrorAlert error=error /></div> }))}
                <ol class="thread" data-testid="thread-messages" data-count=move || count().to_string()>{list}</ol>
            </section>
            {move || Fresh(can_reply().then(|| compose(id, me, messages, archived)))}
        </article>
    }
}

/// One message: author, organisation and time, the text as plain text with its line breaks,
/// and its attachments.
pub(crate) fn message_view(
    m: Message,
    download_error: RwSignal<Option<ApiClientError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let at = m.created_at;
    let when = dyn_text(move || full_time(i18n.lang(), at));
    let author = match (&m.sender_name, &m.sender_organization_name) {
        (Some(name), Some(org)) => Either::Left(format!("{name} · {org}")),
        (None, Some(org)) => Either::Left(org.clone()),
        (Some(name), None) => Either::Left(name.clone()),
        (None, None) => Either::Right(tr("inbox-deleted-organization")),
    };
    let side = if m.from_my_side {
        "thread-from-me"
    } else {
        "thread-from-other"
    };
    let attachments = (!m.attachments.is_empty()).then(|| {
        view! {
            <ul class="msg-files" aria-label=tr("thread-attachments")>
                {m.attachments.into_iter().map(|a| attachment_view(a, download_error)).collect_view()}
            </ul>
        }
    });
    let body = (!m.body.is_empty())
        .then(|| view! { <p class="msg-body" data-testid="message-body">{m.body}</p> });
    view! {
        <li class="msg" class:msg-mine=m.from_my_side data-testid="message" data-mine=m.from_my_side.to_string()>
            <p class="msg-meta">
                <span class="sr-only">{tr(side)} " "</span>
                <span class="msg-author" data-testid="message-author">{author}</span>
                <time class="msg-time" datetime=iso_time(at)>{when}</time>
            </p>
            {body}
            {attachments}
        </li>
    }
}

/// An attachment as a download button (downloads need the access token).
fn attachment_view(
    a: Attachment,
    download_error: RwSignal<Option<ApiClientError>>,
) -> impl IntoView {
    let api = use_api();
    let busy = task();
    let (id, name, content_type) = (a.id, a.file_name.clone(), a.content_type.clone());
    let on_click = Callback::new(move |()| {
        let (name, content_type) = (name.clone(), content_type.clone());
        download_error.set(None);
        busy.dispatch_local(Job::new(async move {
            match api.download_attachment(id).await {
                Ok(bytes) => {
                    if save_file(&bytes, &name, &content_type).is_err() {
                        download_error.set(Some(ApiClientError::Unexpected { status: 200 }));
                    }
                }
                Err(error) => download_error.set(Some(error)),
            }
        }));
    });
    let label = format!("{} ({})", a.file_name, size_text(a.size_bytes));
    view! {
        <li class="msg-file" data-testid="message-attachment" data-name=a.file_name.clone()>
            <ActionButton label=label pending=busy.pending() testid="attachment-download" class="btn btn-ghost btn-small msg-file-button" on_click=on_click />
        </li>
    }
}

/// Saves bytes as a file through a temporary object URL.
fn save_file(bytes: &[u8], name: &str, content_type: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(content_type);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let anchor: web_sys::HtmlAnchorElement = document().create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// The reply form: text (with its length), attachments uploaded as they are chosen, "send".
fn compose(
    id: Uuid,
    me: Option<Uuid>,
    messages: RwSignal<Vec<Message>>,
    archived: RwSignal<bool>,
) -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let body = RwSignal::new(String::new());
    let files = RwSignal::new(Vec::<Attachment>::new());
    let problem = RwSignal::new(None::<UploadProblem>);
    let feedback = FormFeedback::new();
    let send = task();
    let upload = task();
    let sent = RwSignal::new(false);

    let on_files = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let chosen: Vec<web_sys::File> = input
            .files()
            .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
            .unwrap_or_default();
        input.set_value("");
        problem.set(None);
        if chosen.is_empty() {
            return;
        }
        if files.with_untracked(Vec::len) + chosen.len() > ATTACHMENTS_MAX {
            problem.set(Some(UploadProblem::TooMany));
            return;
        }
        // Checked here first, so that nobody waits for an upload the server would refuse.
        if let Some(error) = chosen.iter().find_map(|f| check_file(f).err()) {
            problem.set(Some(UploadProblem::Api(error)));
            return;
        }
        upload.dispatch_local(Job::new(async move {
            for file in chosen {
                match api.upload_attachment(&file).await {
                    Ok(stored) => files.update(|f| f.push(stored)),
                    Err(error) => {
                        problem.set(Some(UploadProblem::Api(error)));
                        return;
                    }
                }
            }
        }));
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        feedback.clear();
        sent.set(false);
        let text = body.get_untracked();
        let attachment_ids: Vec<Uuid> = files.with_untracked(|f| f.iter().map(|a| a.id).collect());
        let mut fields = std::collections::BTreeMap::new();
        if text.trim().is_empty() && attachment_ids.is_empty() {
            fields.insert("body".to_owned(), "required".to_owned());
        } else if text.chars().count() > MESSAGE_MAX {
            fields.insert("body".to_owned(), "too_long".to_owned());
        }
        if !fields.is_empty() {
            feedback.reject(&ev, ApiClientError::Invalid(fields));
            return;
        }
        let request = SendMessageRequest {
            body: text,
            attachment_ids,
        };
        send.dispatch_local(Job::new(async move {
            match api.send_message(id, me, &request).await {
                Ok(message) => {
                    messages.update(|m| m.push(message));
                    body.set(String::new());
                    files.set(Vec::new());
                    archived.set(false);
                    sent.set(true);
                }
                Err(error) => feedback.fail(error),
            }
        }));
    };

    let state = FieldState::new(feedback, "body");
    let length = move || {
        t_args(
            "thread-length",
            vec![
                ("count", Arg::Num(body.with(|b| b.chars().count()) as f64)),
                ("max", Arg::Num(MESSAGE_MAX as f64)),
            ],
        )()
    };
    let file_list = move || {
        Fresh(
            files
                .get()
                .into_iter()
                .map(|a| {
                    let remove_label = t_args(
                        "thread-attachment-remove",
                        vec![("name", Arg::Text(a.file_name.clone()))],
                    );
                    let removed = a.id;
                    view! {
                        <li class="compose-file" data-testid="compose-file" data-name=a.file_name.clone()>
                            <span>{a.file_name.clone()} " (" {size_text(a.size_bytes)} ")"</span>
                            <button
                                type="button"
                                class="chip-remove"
                                aria-label=remove_label
                                on:click=move |_| files.update(|f| f.retain(|x| x.id != removed))
                            >
                                "×"
                            </button>
                        </li>
                    }
                })
                .collect_view(),
        )
    };
    let problem_view = move || {
        Fresh(problem.get().map(|p| match p {
            UploadProblem::Api(error) => Either::Left(
                view! { <div data-testid="upload-error"><ErrorAlert error=error /></div> },
            ),
            UploadProblem::TooMany => Either::Right(view! {
                <div data-testid="upload-error">
                    <Alert kind=AlertKind::Error><p>{tr("thread-attachments-too-many")}</p></Alert>
                </div>
            }),
        }))
    };
    let uploading = upload.pending();
    view! {
        <form class="card form compose" novalidate on:submit=on_submit data-testid="compose-form" aria-labelledby="compose-title">
            <h2 id="compose-title" class="compose-title">{tr("thread-reply")}</h2>
            <FormError feedback=feedback />
            <div class="field" class:field-invalid=state.invalid()>
                <label for="compose-body" class="sr-only">{tr("thread-reply-label")}</label>
                <textarea
                    id="compose-body"
                    class="input textarea compose-body"
                    rows="5"
                    maxlength=MESSAGE_MAX.to_string()
                    lang=move || i18n.lang().code()
                    aria-invalid=state.aria_invalid()
                    aria-describedby=state.described_by(Some("compose-length".to_owned()), "compose-body-error".to_owned())
                    bind:value=body
                ></textarea>
                <p class="field-hint compose-length" id="compose-length" data-testid="compose-length">{length}</p>
                <FieldErrorText id="compose-body-error" state=state />
            </div>
            <div class="compose-attach">
                <label for="compose-files" class="field-label">{tr("thread-attach")}</label>
                <p class="field-hint" id="compose-files-hint">{tr("thread-attach-hint")}</p>
                <input
                    id="compose-files"
                    class="file-input"
                    type="file"
                    multiple
                    accept=".pdf,.png,.jpg,.jpeg,.webp,application/pdf,image/png,image/jpeg,image/webp"
                    aria-describedby="compose-files-hint"
                    disabled=move || uploading.get()
                    on:change=on_files
                />
                <p class="logo-busy" role="status" hidden=move || !uploading.get()><span class="btn-spinner" aria-hidden="true"></span> {tr("thread-uploading")}</p>
                {problem_view}
                <ul class="compose-files" data-testid="compose-files">{file_list}</ul>
            </div>
            <div class="compose-actions">
                <SubmitButton label=tr("thread-send") pending=Signal::derive(move || send.pending().get() || uploading.get()) testid="compose-send" />
                <p class="sr-only" role="status">{move || sent.get().then(tr("thread-sent"))}</p>
            </div>
        </form>
    }
}

/// Archive (or back to the inbox), block or unblock the other organisation, report abuse.
fn actions(
    id: Uuid,
    me: Option<Uuid>,
    path: String,
    archived: RwSignal<bool>,
    blocked_by_me: RwSignal<bool>,
    both_exist: bool,
) -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let notices = use_notices();
    let feedback = FormFeedback::new();

    let archive = task();
    let archive_path = path.clone();
    let on_archive = Callback::new(move |()| {
        let to = !archived.get_untracked();
        let path = archive_path.clone();
        feedback.clear();
        archive.dispatch_local(Job::new(async move {
            match api.archive_conversation(id, me, to).await {
                Ok(()) => {
                    archived.set(to);
                    let message = if to {
                        "thread-archived-notice"
                    } else {
                        "thread-unarchived-notice"
                    };
                    notices.show(NoticeKind::Success, message, path);
                }
                Err(error) => feedback.fail(error),
            }
        }));
    });

    // Blocking asks first; unblocking does not.
    let block_dialog = DialogHandle::new();
    let block_feedback = FormFeedback::new();
    let block = task();
    let set_blocked =
        move |to: bool, path: String, done: Option<DialogHandle>, fb: FormFeedback| {
            block.dispatch_local(Job::new(async move {
                match api.set_blocked(id, me, to).await {
                    Ok(()) => {
                        if let Some(dialog) = done {
                            dialog.close();
                        }
                        blocked_by_me.set(to);
                        let message = if to {
                            "thread-blocked-notice"
                        } else {
                            "thread-unblocked-notice"
                        };
                        notices.show(NoticeKind::Success, message, path);
                    }
                    Err(error) => fb.fail(error),
                }
            }));
        };
    let block_path = path.clone();
    let on_block = Callback::new(move |_| {
        set_blocked(true, block_path.clone(), Some(block_dialog), block_feedback)
    });
    let unblock_path = path.clone();
    let on_unblock = Callback::new(move |()| {
        feedback.clear();
        set_blocked(false, unblock_path.clone(), None, feedback)
    });

    let report_dialog = DialogHandle::new();
    let report_feedback = FormFeedback::new();
    let report = task();
    let reason = RwSignal::new(String::new());
    let report_path = path;
    let on_report = Callback::new(move |ev: leptos::ev::SubmitEvent| {
        let text = reason.get_untracked();
        let check = if text.trim().is_empty() {
            Some("required")
        } else if text.chars().count() > REASON_MAX {
            Some("too_long")
        } else {
            None
        };
        if let Some(code) = check {
            report_feedback.reject(
                &ev,
                ApiClientError::Invalid([("reason".to_owned(), code.to_owned())].into()),
            );
            return;
        }
        let path = report_path.clone();
        report.dispatch_local(Job::new(async move {
            match api.report_conversation(id, me, text).await {
                Ok(()) => {
                    report_dialog.close();
                    reason.set(String::new());
                    notices.show(NoticeKind::Success, "thread-reported-notice", path);
                }
                Err(error) => report_feedback.fail(error),
            }
        }));
    });
    let reason_state = FieldState::new(report_feedback, "reason");

    view! {
        <div class="profile-actions thread-actions" data-testid="thread-actions">
            <ActionButton
                label=move || i18n.t(if archived.get() { "thread-unarchive" } else { "thread-archive" })
                pending=archive.pending()
                testid="thread-archive"
                on_click=on_archive
            />
            {both_exist.then(|| view! {
                {move || Fresh(if blocked_by_me.get() {
                    Either::Left(view! {
                        <ActionButton label=tr("thread-unblock") pending=block.pending() testid="thread-unblock" class="btn btn-ghost" on_click=on_unblock />
                    })
                } else {
                    Either::Right(view! {
                        <button type="button" class="btn btn-ghost btn-danger-text" data-testid="thread-block-open" on:click=move |_| { block_feedback.clear(); block_dialog.open(); }>
                            {tr("thread-block")}
                        </button>
                    })
                })}
            })}
            <button type="button" class="btn btn-ghost btn-danger-text" data-testid="thread-report-open" on:click=move |_| { report_feedback.clear(); report_dialog.open(); }>
                {tr("thread-report")}
            </button>
        </div>
        <div class="opp-actions-error"><FormError feedback=feedback /></div>
        <ConfirmDialog
            handle=block_dialog
            id="thread-block"
            title=tr("thread-block-title")
            text=tr("thread-block-text")
            confirm=tr("thread-block-confirm")
            feedback=block_feedback
            pending=block.pending()
            on_confirm=on_block
        />
        <ConfirmDialog
            handle=report_dialog
            id="thread-report"
            title=tr("thread-report-title")
            text=tr("thread-report-text")
            confirm=tr("thread-report-confirm")
            feedback=report_feedback
            pending=report.pending()
            on_confirm=on_report
        >
            <div class="field" class:field-invalid=reason_state.invalid()>
                <label for="thread-report-reason" class="field-label">{tr("thread-report-reason")}</label>
                <textarea
                    id="thread-report-reason"
                    class="input textarea textarea-small"
                    rows="4"
                    maxlength=REASON_MAX.to_string()
                    aria-required="true"
                    aria-invalid=reason_state.aria_invalid()
                    aria-describedby=reason_state.described_by(None, "thread-report-reason-error".to_owned())
                    bind:value=reason
                ></textarea>
                <FieldErrorText id="thread-report-reason-error" state=reason_state />
            </div>
        </ConfirmDialog>
    }
}
