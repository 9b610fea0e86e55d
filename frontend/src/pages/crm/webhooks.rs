//! `/organizations/:id/webhooks`: an institution's webhooks for its CRM (owners who are
//! institution staff, platform admins — the same people as API tokens): the list with each
//! webhook's health, creating one (HTTPS URL, events) with the signing secret shown once and how
//! a CRM checks the signature, deleting after confirming, and per webhook the delivery log with
//! "send again".

use glokal_api_types::{
    CreatedWebhook, Organization, Webhook, WebhookDeliveryStatus, WebhookEventType, WebhookInput,
};
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use uuid::Uuid;

use super::{copy_text, select_on_focus};
use crate::api::{use_api, ApiClientError, DeliveryEntry};
use crate::components::alert::{Alert, AlertKind, ErrorAlert};
use crate::components::dialog::{ConfirmDialog, DialogHandle};
use crate::components::form::{
    Checks, FieldErrorText, FieldState, FormError, FormFeedback, SubmitButton, TextField,
};
use crate::components::fresh::Fresh;
use crate::components::spinner::Spinner;
use crate::components::task::{task, Job};
use crate::i18n::{format_date, t_args, tr, use_i18n, use_page_title, Arg};
use crate::pages::forbidden_note;
use crate::pages::organizations::profile::members_only;
use crate::pages::organizations::verification::manages_tokens;
use crate::time::moment;

/// Deliveries shown at first and added per "show more" (the API keeps the newest 100).
const LOG_PAGE: usize = 20;

/// The message ids naming an event type and explaining it.
fn event_ids(event: WebhookEventType) -> (&'static str, &'static str) {
    match event {
        WebhookEventType::OrganizationCreated => (
            "crm-event-organization-created",
            "crm-event-organization-created-hint",
        ),
        WebhookEventType::OrganizationUpdated => (
            "crm-event-organization-updated",
            "crm-event-organization-updated-hint",
        ),
        WebhookEventType::OrganizationDeleted => (
            "crm-event-organization-deleted",
            "crm-event-organization-deleted-hint",
        ),
        WebhookEventType::OpportunityPublished => (
            "crm-event-opportunity-published",
            "crm-event-opportunity-published-hint",
        ),
        WebhookEventType::OpportunityClosed => (
            "crm-event-opportunity-closed",
            "crm-event-opportunity-closed-hint",
        ),
        WebhookEventType::EventRegistrationCreated => (
            "crm-event-registration-created",
            "crm-event-registration-created-hint",
        ),
    }
}

/// The page (login required; owners of an institution who are staff, platform admins).
#[component]
pub fn WebhooksPage() -> impl IntoView {
    use_page_title(tr("crm-webhooks-title"));
    members_only("crm-webhooks-forbidden", "webhooks-forbidden", |org| {
        if manages_tokens(&org) {
            Either::Left(webhooks_page(org))
        } else {
            Either::Right(forbidden_note(
                "crm-webhooks-forbidden",
                "webhooks-forbidden",
                format!("/organizations/{}", org.id),
                "editor-back-to-profile",
            ))
        }
    })
}

fn webhooks_page(org: Organization) -> impl IntoView {
    let api = use_api();
    let id = org.id;
    let list = RwSignal::new(None::<Result<Vec<Webhook>, ApiClientError>>);
    let reload = move || {
        leptos::task::spawn_local(async move {
            let result = api.webhooks(id).await;
            list.try_set(Some(result));
        });
    };
    reload();
    let created = RwSignal::new(None::<CreatedWebhook>);
    // The webhook whose delivery log is open, and the outcome of the last "send again" (both
    // kept across reloads of the list).
    let open_log = RwSignal::new(None::<Uuid>);
    let resent = RwSignal::new(None::<Result<(), ApiClientError>>);

    let target = RwSignal::new(None::<Webhook>);
    let delete_dialog = DialogHandle::new();
    let delete_feedback = FormFeedback::new();
    let deleting = task();
    let deleted = RwSignal::new(None::<String>);
    let ask_delete = Callback::new(move |hook: Webhook| {
        delete_feedback.clear();
        target.set(Some(hook));
        delete_dialog.open();
    });
    let confirm_delete = Callback::new(move |_| {
        let Some(hook) = target.get_untracked() else {
            return;
        };
        deleting.dispatch_local(Job::new(async move {
            match api.delete_webhook(id, hook.id).await {
                Ok(()) => {
                    delete_dialog.close();
                    deleted.set(Some(hook.url));
                    reload();
                }
                Err(error) => delete_feedback.fail(error),
            }
        }));
    });
    let delete_text = move || {
        let url = target.with(|t| t.as_ref().map(|t| t.url.clone()).unwrap_or_default());
        t_args("crm-webhook-delete-text", vec![("url", Arg::Text(url))])()
    };

    let content = move || {
        Fresh(match list.get() {
            None => EitherOf3::A(view! { <div class="page-loading"><Spinner /></div> }),
            Some(Err(error)) => EitherOf3::B(view! { <ErrorAlert error=error /> }),
            Some(Ok(hooks)) => {
                EitherOf3::C(hook_list(id, hooks, (open_log, resent), ask_delete, reload))
            }
        })
    };
    let deleted_view = move || {
        Fresh(deleted.get().map(|url| {
            view! {
                <Alert kind=AlertKind::Success>
                    <p data-testid="webhook-deleted">{t_args("crm-webhook-deleted", vec![("url", Arg::Text(url))])}</p>
                </Alert>
            }
        }))
    };

    view! {
        <section class="container members-page crm-page" data-testid="webhooks-page">
            <header class="page-header">
                <p class="back-link">
                    <a href=format!("/organizations/{id}") data-testid="webhooks-back">{tr("members-back")}</a>
                </p>
                <h1>{tr("crm-webhooks-title")}</h1>
                <p class="lead">{org.name.clone()}</p>
                <p class="muted">{tr("crm-webhooks-lead")}</p>
            </header>
            <div class="members-layout">
                <div class="members-main">
                    {move || Fresh(created.get().map(|c| secret_card(c, created)))}
                    {deleted_view}
                    <section class="card members-card" aria-labelledby="webhooks-list-title">
                        <div class="crm-card-head">
                            <h2 id="webhooks-list-title">{tr("crm-webhooks-list")}</h2>
                            <button type="button" class="btn btn-ghost btn-small" data-testid="webhooks-refresh" on:click=move |_| reload()>
                                {tr("crm-refresh")}
                            </button>
                        </div>
                        {content}
                    </section>
                </div>
                <aside class="members-side">
                    {create_form(id, created, deleted, reload)}
                    // Explained in the secret's card while that is shown.
                    <div hidden=move || created.with(Option::is_some)>{signature_help(false)}</div>
                </aside>
            </div>
            <ConfirmDialog
                handle=delete_dialog
                id="webhook-delete"
                title=tr("crm-webhook-delete-title")
                text=delete_text
                confirm=tr("crm-webhook-delete")
                feedback=delete_feedback
                pending=deleting.pending()
                on_confirm=confirm_delete
            />
        </section>
    }
}

/// How a CRM checks `Glokal-Signature` (in the secret card, or on its own in the side column).
fn signature_help(in_secret: bool) -> impl IntoView {
    let body = view! {
        <p>{tr("crm-signature-text")}</p>
        <pre class="tokens-code crm-code"><code>"Glokal-Signature: t=1764390000,v1=5f0c…"</code></pre>
        <ol class="crm-steps">
            <li>{tr("crm-signature-step-split")}</li>
            <li>{tr("crm-signature-step-hmac")}</li>
            <li>{tr("crm-signature-step-compare")}</li>
            <li>{tr("crm-signature-step-dedupe")}</li>
        </ol>
        <pre class="tokens-code crm-code"><code>{SIGNATURE_SAMPLE}</code></pre>
    };
    if in_secret {
        Either::Left(
            view! { <div class="crm-signature" data-testid="webhook-signature-help">{body}</div> },
        )
    } else {
        Either::Right(view! {
            <section class="card members-card" aria-labelledby="webhooks-signature-title" data-testid="webhooks-signature">
                <h2 id="webhooks-signature-title">{tr("crm-signature-title")}</h2>
                {body}
            </section>
        })
    }
}

/// Checking a delivery in Python (the README's example).
const SIGNATURE_SAMPLE: &str = r#"t, v1 = (p.split("=", 1)[1] for p in
    request.headers["Glokal-Signature"].split(","))
expected = hmac.new(secret.encode(), f"{t}.".encode() + raw_body,
                    hashlib.sha256).hexdigest()
ok = hmac.compare_digest(expected, v1) and abs(time.time() - int(t)) < 300"#;

/// The new webhook's secret, shown this once, with a copy button and how to check signatures.
fn secret_card(created: CreatedWebhook, slot: RwSignal<Option<CreatedWebhook>>) -> impl IntoView {
    let copied = RwSignal::new(false);
    let secret = created.secret.clone();
    view! {
        <section class="card members-card token-secret" aria-labelledby="webhook-secret-title" data-testid="webhook-created">
            <h2 id="webhook-secret-title">{tr("crm-webhook-created")}</h2>
            <p class="crm-hook-url"><code>{created.webhook.url.clone()}</code></p>
            <Alert kind=AlertKind::Info>
                <p><strong>{tr("crm-secret-warning")}</strong></p>
            </Alert>
            <label for="webhook-secret" class="field-label">{tr("crm-secret")}</label>
            <div class="token-secret-row">
                <input id="webhook-secret" class="input token-secret-input" readonly value=created.secret.clone() data-testid="webhook-secret" on:focus=select_on_focus />
                <button type="button" class="btn btn-secondary" data-testid="webhook-copy" on:click=move |_| copied.set(copy_text(&secret))>{tr("tokens-copy")}</button>
            </div>
            <p class="muted" role="status" data-testid="webhook-copied">{move || copied.get().then(tr("tokens-copied"))}</p>
            <h3>{tr("crm-signature-title")}</h3>
            {signature_help(true)}
            <button type="button" class="btn btn-primary" data-testid="webhook-done" on:click=move |_| slot.set(None)>{tr("tokens-done")}</button>
        </section>
    }
}

/// The webhooks, newest first, or what they are for when there are none.
/// The open delivery log and the outcome of the last "send again".
type LogState = (
    RwSignal<Option<Uuid>>,
    RwSignal<Option<Result<(), ApiClientError>>>,
);

fn hook_list(
    org: Uuid,
    hooks: Vec<Webhook>,
    log_state: LogState,
    ask_delete: Callback<Webhook>,
    reload: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    if hooks.is_empty() {
        return Either::Left(view! {
            <div class="crm-empty" data-testid="webhooks-empty">
                <p><strong>{tr("crm-webhooks-empty")}</strong></p>
                <p class="muted">{tr("crm-webhooks-empty-text")}</p>
            </div>
        });
    }
    let rows = hooks
        .into_iter()
        .map(|hook| hook_row(org, hook, log_state, ask_delete, reload))
        .collect_view();
    Either::Right(
        view! { <ul class="member-list crm-hooks" data-testid="webhook-list">{rows}</ul> },
    )
}

fn hook_row(
    org: Uuid,
    hook: Webhook,
    (open_log, resent): LogState,
    ask_delete: Callback<Webhook>,
    reload: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let hook_id = hook.id;
    let health = hook.health;
    let created_at = hook.created_at;
    let status_line = move || {
        let lang = i18n.lang();
        if health.pending + health.failed + health.delivered == 0 {
            return i18n.t("crm-health-none");
        }
        let mut text = i18n.t_args(
            "crm-health",
            &[
                ("delivered", (health.delivered as f64).into()),
                ("pending", (health.pending as f64).into()),
                ("failed", (health.failed as f64).into()),
            ],
        );
        if let Some(at) = health.last_delivered_at {
            text.push_str(" · ");
            text.push_str(&i18n.t_args("crm-health-last", &[("date", moment(lang, at).into())]));
        }
        text
    };
    let created_text = move || {
        i18n.t_args(
            "tokens-created-at",
            &[("date", format_date(i18n.lang(), created_at).into())],
        )
    };
    let events = hook
        .events
        .iter()
        .map(|e| view! { <li class="badge badge-role" title=tr(event_ids(*e).1)>{tr(event_ids(*e).0)}</li> })
        .collect_view();
    let log_id = format!("webhook-log-{hook_id}");
    let is_open = move || open_log.get() == Some(hook_id);
    let for_delete = hook.clone();
    let warn = health.failed > 0;
    view! {
        <li class="member-row crm-hook" data-testid="webhook-row" data-url=hook.url.clone()>
            <div class="member-info">
                <p class="member-name crm-hook-url"><code>{hook.url.clone()}</code></p>
                {(!hook.description.is_empty()).then(|| view! { <p class="member-email">{hook.description.clone()}</p> })}
                <ul class="token-scopes" aria-label=tr("crm-events")>{events}</ul>
                <p class="crm-health" class:crm-health-warn=warn data-testid="webhook-health"
                    data-delivered=health.delivered.to_string() data-failed=health.failed.to_string() data-pending=health.pending.to_string()>
                    <span class="crm-health-dot" aria-hidden="true"></span>
                    {status_line}
                </p>
                <p class="muted token-dates">{created_text}</p>
            </div>
            <div class="member-actions">
                <button type="button" class="btn btn-secondary btn-small" data-testid="webhook-log-toggle"
                    aria-expanded=move || if is_open() { "true" } else { "false" } aria-controls=log_id.clone()
                    on:click=move |_| { resent.set(None); open_log.update(|o| *o = if *o == Some(hook_id) { None } else { Some(hook_id) }) }>
                    {tr("crm-log")}
                </button>
                <button type="button" class="btn btn-ghost btn-small btn-danger-text" data-testid="webhook-delete" on:click=move |_| ask_delete.run(for_delete.clone())>
                    {tr("crm-webhook-delete")}
                </button>
            </div>
            <div class="crm-log" id=log_id>
                {move || Fresh(is_open().then(|| delivery_log(org, hook_id, resent, reload)))}
            </div>
        </li>
    }
}

/// The delivery log of one webhook, newest first, with "send again".
fn delivery_log(
    org: Uuid,
    hook: Uuid,
    resent: RwSignal<Option<Result<(), ApiClientError>>>,
    reload: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let api = use_api();
    let log = RwSignal::new(None::<Result<Vec<DeliveryEntry>, ApiClientError>>);
    leptos::task::spawn_local(async move {
        let result = api.webhook_deliveries(org, hook).await;
        log.try_set(Some(result));
    });
    let shown = RwSignal::new(LOG_PAGE);
    let resend = task();
    let send_again = Callback::new(move |delivery: Uuid| {
        resent.set(None);
        resend.dispatch_local(Job::new(async move {
            let result = api.redeliver_webhook(org, hook, delivery).await;
            let ok = result.is_ok();
            resent.set(Some(result));
            if ok {
                // The list's health and this log (rebuilt with it) show the new delivery.
                reload();
            }
        }));
    });
    let pending = resend.pending();
    let outcome = move || {
        Fresh(resent.get().map(|r| match r {
            Ok(()) => Either::Left(view! { <Alert kind=AlertKind::Success><p data-testid="delivery-resent">{tr("crm-resent")}</p></Alert> }),
            Err(error) => Either::Right(view! { <ErrorAlert error=error /> }),
        }))
    };
    let table = move || {
        Fresh(match log.get() {
            None => EitherOf3::A(view! { <div class="page-loading"><Spinner /></div> }),
            Some(Err(error)) => EitherOf3::B(view! { <ErrorAlert error=error /> }),
            Some(Ok(items)) => EitherOf3::C(delivery_table(items, shown, send_again, pending)),
        })
    };
    view! {
        <section class="crm-log-panel" aria-label=tr("crm-log") data-testid="webhook-log">
            <h3>{tr("crm-log")}</h3>
            <p class="muted">{tr("crm-log-hint")}</p>
            {outcome}
            {table}
        </section>
    }
}

fn delivery_table(
    items: Vec<DeliveryEntry>,
    shown: RwSignal<usize>,
    send_again: Callback<Uuid>,
    pending: Memo<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    if items.is_empty() {
        return Either::Left(
            view! { <p class="muted" data-testid="deliveries-empty">{tr("crm-log-empty")}</p> },
        );
    }
    let total = items.len();
    let all_shown = move || shown.get() >= total;
    let rows = items
        .into_iter()
        .enumerate()
        .map(|(index, d)| {
            let (status_id, status_class) = match d.status {
                WebhookDeliveryStatus::Delivered => ("crm-status-delivered", "crm-status-ok"),
                WebhookDeliveryStatus::Failed => ("crm-status-failed", "crm-status-bad"),
                WebhookDeliveryStatus::Pending if d.attempts > 0 => ("crm-status-retrying", "crm-status-warn"),
                WebhookDeliveryStatus::Pending => ("crm-status-pending", "crm-status-wait"),
            };
            let answer = match (d.last_status_code, d.last_error.clone()) {
                (Some(code), _) => format!("HTTP {code}"),
                (None, Some(error)) => error,
                (None, None) => "—".to_owned(),
            };
            let (next, delivered, created) = (d.next_attempt_at, d.delivered_at, d.created_at);
            let attempts = d.attempts;
            let attempts_text = move || format!("{}: {attempts}", i18n.t("crm-col-attempts"));
            // Delivered at, else the next attempt (pending), else nothing more to come.
            let when = move || {
                let lang = i18n.lang();
                match (delivered, next) {
                    (Some(at), _) => format!("{}: {}", i18n.t("crm-col-delivered"), moment(lang, at)),
                    (None, Some(at)) => format!("{}: {}", i18n.t("crm-col-next"), moment(lang, at)),
                    (None, None) => "—".to_owned(),
                }
            };
            let created_text = move || moment(i18n.lang(), created);
            let id = d.id;
            let beyond = move || index >= shown.get();
            let can_resend = d.status != WebhookDeliveryStatus::Pending || d.attempts > 0;
            let status_attr = match d.status {
                WebhookDeliveryStatus::Delivered => "delivered",
                WebhookDeliveryStatus::Failed => "failed",
                WebhookDeliveryStatus::Pending => "pending",
            };
            view! {
                <tr data-testid="delivery-row" data-status=status_attr data-attempts=d.attempts.to_string()
                    hidden=beyond>
                    <td>
                        <span class="crm-event-name">{tr(event_ids(d.event_type).0)}</span>
                        <span class="muted crm-small">{created_text}</span>
                        {d.redelivery_of.is_some().then(|| view! { <span class="badge badge-muted">{tr("crm-redelivery")}</span> })}
                    </td>
                    <td>
                        <span class=format!("crm-status {status_class}") data-testid="delivery-status">{tr(status_id)}</span>
                        <span class="muted crm-small">{attempts_text}</span>
                        {can_resend.then(|| view! {
                            <button type="button" class="btn btn-secondary btn-small crm-resend" data-testid="delivery-resend"
                                disabled=move || pending.get() on:click=move |_| send_again.run(id)>
                                {tr("crm-resend")}
                            </button>
                        })}
                    </td>
                    <td data-testid="delivery-answer">{answer}</td>
                    <td class="crm-when">{when}</td>
                </tr>
            }
        })
        .collect_view();
    Either::Right(view! {
        <div class="crm-table-wrap" tabindex="0" role="region" aria-label=tr("crm-log")>
            <table class="crm-table" data-testid="delivery-table">
                <thead>
                    <tr>
                        <th scope="col">{tr("crm-col-event")}</th>
                        <th scope="col">{tr("crm-col-status")}</th>
                        <th scope="col">{tr("crm-col-answer")}</th>
                        <th scope="col">{tr("crm-col-when")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="crm-more" hidden=all_shown>
            <button type="button" class="btn btn-ghost btn-small" data-testid="deliveries-more" on:click=move |_| shown.update(|s| *s += LOG_PAGE)>
                {tr("crm-show-more")}
            </button>
        </p>
    })
}

/// Creating a webhook: URL, what it is for, events.
fn create_form(
    id: Uuid,
    created: RwSignal<Option<CreatedWebhook>>,
    deleted: RwSignal<Option<String>>,
    reload: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let api = use_api();
    let url = RwSignal::new(String::new());
    let description = RwSignal::new(String::new());
    let chosen = RwSignal::new(vec![
        WebhookEventType::OrganizationCreated,
        WebhookEventType::OrganizationUpdated,
    ]);
    let feedback = FormFeedback::new();
    let send = task();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        feedback.clear();
        let input = WebhookInput {
            url: url.get_untracked().trim().to_owned(),
            description: description.get_untracked().trim().to_owned(),
            events: chosen.get_untracked(),
        };
        if let Err(error) = Checks::new()
            .required("url", &input.url)
            .check("events", !input.events.is_empty(), "required")
            .finish()
        {
            feedback.reject(&ev, error);
            return;
        }
        send.dispatch_local(Job::new(async move {
            match api.create_webhook(id, &input).await {
                Ok(hook) => {
                    url.set(String::new());
                    description.set(String::new());
                    deleted.set(None);
                    created.set(Some(hook));
                    reload();
                    // The secret is the thing to read now.
                    gloo_timers::callback::Timeout::new(0, || {
                        if let Some(el) = document().get_element_by_id("webhook-secret") {
                            if let Ok(input) =
                                wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el)
                            {
                                let _ = input.focus();
                            }
                        }
                    })
                    .forget();
                }
                Err(error) => feedback.fail_and_focus("webhook-form", error),
            }
        }));
    };
    let events_state = FieldState::new(feedback, "events");
    let boxes = WebhookEventType::ALL
        .into_iter()
        .map(|event| {
            let (label, hint) = event_ids(event);
            let box_id = format!("webhook-event-{}", event.as_str().replace('.', "-"));
            let (label_for, testid) = (box_id.clone(), box_id.clone());
            view! {
                <label class="checkbox token-scope" for=label_for>
                    <input
                        id=box_id
                        type="checkbox"
                        data-testid=testid
                        prop:checked=move || chosen.with(|c| c.contains(&event))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            chosen.update(|c| {
                                c.retain(|e| *e != event);
                                if on {
                                    c.push(event);
                                }
                            });
                        }
                    />
                    <span>
                        <span class="token-scope-name">{tr(label)}</span>
                        <span class="field-hint">{tr(hint)}</span>
                    </span>
                </label>
            }
        })
        .collect_view();
    view! {
        <section class="card members-card" aria-labelledby="webhook-new-title">
            <h2 id="webhook-new-title">{tr("crm-webhook-new")}</h2>
            <form id="webhook-form" class="form" novalidate on:submit=on_submit data-testid="webhook-form">
                <FormError feedback=feedback />
                <TextField id="webhook-url" field="url" label=tr("crm-webhook-url") value=url feedback=feedback input_type="url" hint=tr("crm-webhook-url-hint") />
                <TextField id="webhook-description" field="description" label=tr("crm-webhook-description") value=description feedback=feedback required=false hint=tr("crm-webhook-description-hint") />
                <fieldset class="checkbox-group" aria-describedby="webhook-events-error">
                    <legend class="field-label">{tr("crm-events")}</legend>
                    {boxes}
                    <FieldErrorText id="webhook-events-error" state=events_state />
                </fieldset>
                <SubmitButton label=tr("crm-webhook-create") pending=send.pending() testid="webhook-create" />
            </form>
        </section>
    }
}
