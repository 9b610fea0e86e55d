//! "Contact" on an organisation's profile and "Express interest" on an open offer or request:
//! a card that explains what to do first (log in, register an organisation) or opens the form
//! for the first message, which starts the conversation and opens its thread.

use glokal_api_types::{ConversationKind, ErrorCode, Membership, StartConversationRequest};
use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use uuid::Uuid;

use super::{thread_href, MESSAGE_MAX, SUBJECT_MAX};
use crate::api::{use_api, ApiClientError};
use crate::components::alert::{Alert, AlertKind, ErrorAlert};
use crate::components::dialog::{ConfirmDialog, DialogHandle};
use crate::components::form::{FieldErrorText, FieldState, FormFeedback, SelectField, TextField};
use crate::components::fresh::Fresh;
use crate::components::spinner::Spinner;
use crate::components::task::{task, Job};
use crate::i18n::{t_args, tr, use_i18n, Arg, Label};
use crate::notices::{use_notices, NoticeKind};
use crate::session::use_session;

/// Whom to write to, and about what.
#[derive(Clone)]
pub struct ContactTarget {
    pub organization_id: Uuid,
    pub organization_name: String,
    /// "Express interest" in this offer or request (else "Contact").
    pub opportunity_id: Option<Uuid>,
    /// The page to come back to after logging in.
    pub back: String,
    /// An institution that answers "ask an expert" questions (chamber, cluster, research,
    /// development agency, association): the form offers to send the message as one.
    pub expert: bool,
}

/// The card: for visitors "log in first", without an organisation "register one first",
/// otherwise the button that opens the form. Nothing for members of the target organisation
/// who have no other organisation to write from.
pub fn contact_card(target: ContactTarget) -> impl IntoView {
    let session = use_session();
    let api = use_api();
    let interest = target.opportunity_id.is_some();
    let (title, lead) = if interest {
        ("contact-interest-title", "contact-interest-lead")
    } else {
        ("contact-title", "contact-lead")
    };
    let mine = RwSignal::new(None::<Result<Vec<Membership>, ApiClientError>>);
    let ready = Memo::new(move |_| session.ready());
    let logged_in = Memo::new(move |_| session.is_logged_in());
    Effect::new(move |_| {
        if ready.get() && logged_in.get() && mine.with_untracked(Option::is_none) {
            spawn_local(async move {
                let result = api.my_organizations().await;
                mine.try_set(Some(result));
            });
        }
    });
    let target_id = target.organization_id;
    // The organisations one may write from: one's own, but not the one written to.
    let senders = move || {
        mine.get().map(|r| {
            r.map(|list| {
                let own = list.iter().any(|m| m.organization_id == target_id);
                let others: Vec<Membership> = list
                    .into_iter()
                    .filter(|m| m.organization_id != target_id)
                    .collect();
                (others, own)
            })
        })
    };
    let back = target.back.clone();
    let content = move || {
        if !ready.get() {
            return Fresh(None);
        }
        Fresh(Some(if !logged_in.get() {
            let back = back.clone();
            EitherOf4::A(view! {
                <div data-testid="contact-login">
                    <p>{tr(if interest { "contact-interest-login-text" } else { "contact-login-text" })}</p>
                    <p class="button-row">
                        <a href=format!("/login?next={back}") class="btn btn-primary" data-testid="contact-login-link">{tr("contact-login")}</a>
                        <a href=format!("/register?next={back}") class="btn btn-ghost">{tr("nav-register")}</a>
                    </p>
                </div>
            })
        } else {
            match senders() {
                None => EitherOf4::B(Either::Left(view! { <Spinner /> })),
                Some(Err(error)) => {
                    EitherOf4::B(Either::Right(view! { <ErrorAlert error=error /> }))
                }
                Some(Ok((others, own))) if others.is_empty() => EitherOf4::C(view! {
                    <div data-testid="contact-no-organization">
                        <p>{tr(if own { "contact-own-organization" } else { "contact-no-organization" })}</p>
                        {(!own).then(|| view! {
                            <p><a href="/organizations/new" class="btn btn-secondary">{tr("directory-register")}</a></p>
                        })}
                    </div>
                }),
                Some(Ok((others, _))) => EitherOf4::D(contact_form(target.clone(), others)),
            }
        }))
    };
    view! {
        <section class="card profile-card message-card" aria-labelledby="contact-card-title" data-testid="contact-card">
            <h2 id="contact-card-title">{tr(title)}</h2>
            <p class="muted">{tr(lead)}</p>
            {content}
        </section>
    }
}

/// The button and the dialog with the first message.
fn contact_form(target: ContactTarget, senders: Vec<Membership>) -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let notices = use_notices();
    let navigate = use_navigate();
    let dialog = DialogHandle::new();
    let feedback = FormFeedback::new();
    let send = task();
    let from = RwSignal::new(
        senders
            .first()
            .map(|m| m.organization_id.to_string())
            .unwrap_or_default(),
    );
    let subject = RwSignal::new(String::new());
    let body = RwSignal::new(String::new());
    // Seconds until another new conversation may be started (the daily limit, 429).
    let limited = RwSignal::new(None::<u64>);
    let interest = target.opportunity_id.is_some();
    let (to, opportunity) = (target.organization_id, target.opportunity_id);
    // "Ask an expert": only offered when writing to an institution, not about an offer.
    let offer_expert = target.expert && !interest;
    let as_question = RwSignal::new(false);

    let on_confirm = Callback::new(move |ev: leptos::ev::SubmitEvent| {
        limited.set(None);
        let text = body.get_untracked();
        let topic = subject.get_untracked().trim().to_owned();
        let mut fields = std::collections::BTreeMap::new();
        if text.trim().is_empty() {
            fields.insert("body".to_owned(), "required".to_owned());
        } else if text.chars().count() > MESSAGE_MAX {
            fields.insert("body".to_owned(), "too_long".to_owned());
        }
        if topic.chars().count() > SUBJECT_MAX {
            fields.insert("subject".to_owned(), "too_long".to_owned());
        }
        let Ok(from_id) = Uuid::parse_str(&from.get_untracked()) else {
            fields.insert("from_organization_id".to_owned(), "required".to_owned());
            feedback.reject(&ev, ApiClientError::Invalid(fields));
            return;
        };
        if !fields.is_empty() {
            feedback.reject(&ev, ApiClientError::Invalid(fields));
            return;
        }
        let request = StartConversationRequest {
            from_organization_id: from_id,
            to_organization_id: Some(to),
            opportunity_id: opportunity,
            kind: (offer_expert && as_question.get_untracked())
                .then_some(ConversationKind::AskExpert),
            subject: (!topic.is_empty()).then_some(topic),
            body: text,
            attachment_ids: Vec::new(),
        };
        let navigate = navigate.clone();
        send.dispatch_local(Job::new(async move {
            match api.start_conversation(&request).await {
                Ok(conversation) => {
                    dialog.close();
                    let path = thread_href(conversation.id, Some(from_id));
                    navigate(&path, Default::default());
                    notices.show(
                        NoticeKind::Success,
                        "contact-sent-notice",
                        format!("/inbox/{}", conversation.id),
                    );
                }
                Err(error) if error.code() == Some(ErrorCode::RateLimited) => {
                    limited.set(Some(error.retry_after().unwrap_or(3600)));
                }
                Err(error) => feedback.fail_and_focus("contact-dialog-fields", error),
            }
        }));
    });

    let several = senders.len() > 1;
    let options = senders
        .iter()
        .map(|m| {
            (
                m.organization_id.to_string(),
                Label::Plain(m.organization_name.clone()),
            )
        })
        .collect::<Vec<_>>();
    let sender = if several {
        Either::Left(view! {
            <SelectField id="contact-from" field="from_organization_id" label=tr("contact-from") value=from feedback=feedback options=options />
        })
    } else {
        let name = senders
            .first()
            .map(|m| m.organization_name.clone())
            .unwrap_or_default();
        Either::Right(view! {
            <p class="contact-from" data-testid="contact-from-single">
                {t_args("contact-from-one", vec![("organization", Arg::Text(name))])}
            </p>
        })
    };
    let limit_note = move || {
        Fresh(limited.get().map(|seconds| {
            let hours = seconds.div_ceil(3600).max(1);
            view! {
                <Alert kind=AlertKind::Error>
                    <p data-testid="contact-daily-limit" data-error-code="rate_limited">
                        {t_args("contact-daily-limit", vec![("hours", Arg::Num(hours as f64))])}
                    </p>
                </Alert>
            }
        }))
    };
    let body_state = FieldState::new(feedback, "body");
    let length = move || {
        t_args(
            "thread-length",
            vec![
                ("count", Arg::Num(body.with(|b| b.chars().count()) as f64)),
                ("max", Arg::Num(MESSAGE_MAX as f64)),
            ],
        )()
    };
    let name = target.organization_name.clone();
    let dialog_text = t_args(
        "contact-dialog-text",
        vec![("organization", Arg::Text(name))],
    );
    view! {
        <button
            type="button"
            class="btn btn-primary"
            data-testid="contact-open"
            on:click=move |_| { feedback.clear(); limited.set(None); dialog.open(); }
        >
            {tr(if interest { "contact-interest-button" } else { "contact-button" })}
        </button>
        <ConfirmDialog
            handle=dialog
            id="contact"
            title=tr(if interest { "contact-interest-title" } else { "contact-title" })
            text=dialog_text
            confirm=tr("contact-send")
            feedback=feedback
            pending=send.pending()
            on_confirm=on_confirm
            confirm_class="btn btn-primary"
        >
            <div id="contact-dialog-fields" class="stack">
                {limit_note}
                {sender}
                {offer_expert.then(|| view! {
                    <div class="field">
                        <label class="checkbox">
                            <input
                                type="checkbox"
                                id="contact-expert"
                                data-testid="contact-expert"
                                aria-describedby="contact-expert-hint"
                                prop:checked=move || as_question.get()
                                on:change=move |ev| as_question.set(event_target_checked(&ev))
                            />
                            " " {tr("contact-expert-label")}
                        </label>
                        <p class="field-hint" id="contact-expert-hint">{tr("contact-expert-hint")}</p>
                    </div>
                })}
                <TextField id="contact-subject" field="subject" label=tr("contact-subject") value=subject feedback=feedback required=false />
                <div class="field" class:field-invalid=body_state.invalid()>
                    <label for="contact-body" class="field-label">{tr("contact-message")}</label>
                    <textarea
                        id="contact-body"
                        class="input textarea"
                        rows="6"
                        maxlength=MESSAGE_MAX.to_string()
                        lang=move || i18n.lang().code()
                        aria-required="true"
                        aria-invalid=body_state.aria_invalid()
                        aria-describedby=body_state.described_by(Some("contact-body-length".to_owned()), "contact-body-error".to_owned())
                        bind:value=body
                    ></textarea>
                    <p class="field-hint" id="contact-body-length" data-testid="contact-length">{length}</p>
                    <FieldErrorText id="contact-body-error" state=body_state />
                </div>
            </div>
        </ConfirmDialog>
    }
}
