//! `/organizations/:id/api-tokens`: an institution's API tokens for its CRM (owners who are
//! institution staff, platform admins): create one (name, scopes), see its secret exactly once
//! with a copy button, list them (scopes, created, last use) and revoke after confirming.

use glokal_api_types::{ApiScope, ApiToken, ApiTokenInput, CreatedApiToken, Organization};
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use uuid::Uuid;

use super::profile::members_only;
use super::verification::manages_tokens;
use crate::api::{use_api, ApiClientError};
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

/// The message id naming a scope, and the one explaining it.
fn scope_ids(scope: ApiScope) -> (&'static str, &'static str) {
    match scope {
        ApiScope::OrganizationsRead => (
            "tokens-scope-organizations",
            "tokens-scope-organizations-hint",
        ),
        ApiScope::OrganizationsWrite => (
            "tokens-scope-organizations-write",
            "tokens-scope-organizations-write-hint",
        ),
        ApiScope::OpportunitiesRead => (
            "tokens-scope-opportunities",
            "tokens-scope-opportunities-hint",
        ),
        ApiScope::EventsRead => ("tokens-scope-events", "tokens-scope-events-hint"),
        ApiScope::StatisticsRead => ("tokens-scope-statistics", "tokens-scope-statistics-hint"),
    }
}

/// The page (login required; owners of an institution who are staff, platform admins).
#[component]
pub fn ApiTokensPage() -> impl IntoView {
    use_page_title(tr("tokens-title"));
    members_only("tokens-forbidden", "tokens-forbidden", |org| {
        if manages_tokens(&org) {
            Either::Left(tokens_page(org))
        } else {
            Either::Right(forbidden_note(
                "tokens-forbidden",
                "tokens-forbidden",
                format!("/organizations/{}", org.id),
                "editor-back-to-profile",
            ))
        }
    })
}

fn tokens_page(org: Organization) -> impl IntoView {
    let api = use_api();
    let id = org.id;
    let list = RwSignal::new(None::<Result<Vec<ApiToken>, ApiClientError>>);
    let reload = move || {
        leptos::task::spawn_local(async move {
            let result = api.api_tokens(id).await;
            list.try_set(Some(result));
        });
    };
    reload();
    let created = RwSignal::new(None::<CreatedApiToken>);

    let target = RwSignal::new(None::<ApiToken>);
    let revoke_dialog = DialogHandle::new();
    let revoke_feedback = FormFeedback::new();
    let revoking = task();
    let revoked = RwSignal::new(None::<String>);
    let ask_revoke = Callback::new(move |token: ApiToken| {
        revoke_feedback.clear();
        target.set(Some(token));
        revoke_dialog.open();
    });
    let confirm_revoke = Callback::new(move |_| {
        let Some(token) = target.get_untracked() else {
            return;
        };
        revoking.dispatch_local(Job::new(async move {
            match api.revoke_api_token(id, token.id).await {
                Ok(()) => {
                    revoke_dialog.close();
                    revoked.set(Some(token.name));
                    reload();
                }
                Err(error) => revoke_feedback.fail(error),
            }
        }));
    });
    let revoke_text = move || {
        let name = target.with(|t| t.as_ref().map(|t| t.name.clone()).unwrap_or_default());
        t_args("tokens-revoke-text", vec![("name", Arg::Text(name))])()
    };

    let content = move || {
        Fresh(match list.get() {
            None => EitherOf3::A(view! { <div class="page-loading"><Spinner /></div> }),
            Some(Err(error)) => EitherOf3::B(view! { <ErrorAlert error=error /> }),
            Some(Ok(tokens)) => EitherOf3::C(token_list(tokens, ask_revoke)),
        })
    };
    let revoked_view = move || {
        revoked.get().map(|name| {
            view! {
                <Alert kind=AlertKind::Success>
                    <p data-testid="tokens-revoked">{t_args("tokens-revoked", vec![("name", Arg::Text(name))])}</p>
                </Alert>
            }
        })
    };

    view! {
        <section class="container members-page tokens-page" data-testid="tokens-page">
            <header class="page-header">
                <p class="back-link">
                    <a href=format!("/organizations/{id}") data-testid="tokens-back">{tr("members-back")}</a>
                </p>
                <h1>{tr("tokens-title")}</h1>
                <p class="lead">{org.name.clone()}</p>
                <p class="muted">{tr("tokens-lead")}</p>
            </header>
            <div class="members-layout">
                <div class="members-main">
                    {move || Fresh(created.get().map(|c| secret_card(c, created)))}
                    {revoked_view}
                    <section class="card members-card" aria-labelledby="tokens-list-title">
                        <h2 id="tokens-list-title">{tr("tokens-list")}</h2>
                        {content}
                    </section>
                </div>
                <aside class="members-side">
                    {create_form(id, created, revoked, reload)}
                    <section class="card members-card" aria-labelledby="tokens-dev-title" data-testid="tokens-dev">
                        <h2 id="tokens-dev-title">{tr("tokens-dev-title")}</h2>
                        <p>{tr("tokens-dev-text")}</p>
                        <pre class="tokens-code"><code>"Authorization: Bearer glk_…"</code></pre>
                        <p><a href="/api/docs/" rel="external" data-testid="tokens-docs">{tr("tokens-dev-docs")}</a></p>
                    </section>
                </aside>
            </div>
            <ConfirmDialog
                handle=revoke_dialog
                id="token-revoke"
                title=tr("tokens-revoke-title")
                text=revoke_text
                confirm=tr("tokens-revoke-confirm")
                feedback=revoke_feedback
                pending=revoking.pending()
                on_confirm=confirm_revoke
            />
        </section>
    }
}

/// The new token's secret, shown this once, with a copy button and the warning.
fn secret_card(created: CreatedApiToken, slot: RwSignal<Option<CreatedApiToken>>) -> impl IntoView {
    let copied = RwSignal::new(false);
    let secret = created.token.clone();
    let copy = move |_| {
        // navigator.clipboard.writeText(secret), without another web-sys feature.
        let clipboard = js_sys::Reflect::get(&window().navigator(), &"clipboard".into());
        let write = clipboard.as_ref().ok().and_then(|c| {
            js_sys::Reflect::get(c, &"writeText".into())
                .ok()
                .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok())
        });
        if let (Ok(clipboard), Some(write)) = (clipboard, write) {
            let _ = write.call1(&clipboard, &secret.as_str().into());
            copied.set(true);
        }
    };
    let select_all = |ev: leptos::ev::FocusEvent| {
        if let Some(input) = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
        {
            input.select();
        }
    };
    view! {
        <section class="card members-card token-secret" aria-labelledby="token-secret-title" data-testid="token-created">
            <h2 id="token-secret-title">{t_args("tokens-created", vec![("name", Arg::Text(created.api_token.name.clone()))])}</h2>
            <Alert kind=AlertKind::Info>
                <p><strong>{tr("tokens-secret-warning")}</strong></p>
            </Alert>
            <label for="token-secret" class="field-label">{tr("tokens-secret")}</label>
            <div class="token-secret-row">
                <input id="token-secret" class="input token-secret-input" readonly value=created.token.clone() data-testid="token-secret" on:focus=select_all />
                <button type="button" class="btn btn-secondary" data-testid="token-copy" on:click=copy>{tr("tokens-copy")}</button>
            </div>
            <p class="muted" role="status" data-testid="token-copied">{move || copied.get().then(tr("tokens-copied"))}</p>
            <button type="button" class="btn btn-primary" data-testid="token-done" on:click=move |_| slot.set(None)>{tr("tokens-done")}</button>
        </section>
    }
}

/// The tokens, newest first.
fn token_list(tokens: Vec<ApiToken>, ask_revoke: Callback<ApiToken>) -> impl IntoView {
    let i18n = use_i18n();
    if tokens.is_empty() {
        return Either::Left(
            view! { <p class="muted" data-testid="tokens-empty">{tr("tokens-empty")}</p> },
        );
    }
    let rows = tokens
        .into_iter()
        .map(|token| {
            let revoked = token.revoked_at.is_some();
            let (created, last, revoked_at) = (token.created_at, token.last_used_at, token.revoked_at);
            let dates = move || {
                let lang = i18n.lang();
                let mut parts = vec![i18n.t_args("tokens-created-at", &[("date", format_date(lang, created).into())])];
                parts.push(match last {
                    Some(at) => i18n.t_args("tokens-last-used", &[("date", format_date(lang, at).into())]),
                    None => i18n.t("tokens-never-used"),
                });
                if let Some(at) = revoked_at {
                    parts.push(i18n.t_args("tokens-revoked-at", &[("date", format_date(lang, at).into())]));
                }
                parts.join(" · ")
            };
            let scopes = token
                .scopes
                .iter()
                .map(|s| view! { <li class="badge badge-role">{tr(scope_ids(*s).0)}</li> })
                .collect_view();
            let for_revoke = token.clone();
            view! {
                <li class="member-row token-row" class:token-revoked=revoked data-testid="token-row" data-name=token.name.clone() data-revoked=revoked.to_string()>
                    <div class="member-info">
                        <p class="member-name">
                            {token.name.clone()}
                            {revoked.then(|| view! { " " <span class="badge badge-muted">{tr("tokens-revoked-badge")}</span> })}
                        </p>
                        <p class="member-email"><code>{format!("{}…", token.prefix)}</code></p>
                        <ul class="token-scopes" aria-label=tr("tokens-scopes")>{scopes}</ul>
                        <p class="muted token-dates" data-testid="token-dates">{dates}</p>
                    </div>
                    <div class="member-actions">
                        {(!revoked).then(|| view! {
                            <button type="button" class="btn btn-ghost btn-small btn-danger-text" data-testid="token-revoke" on:click=move |_| ask_revoke.run(for_revoke.clone())>
                                {tr("tokens-revoke")}
                            </button>
                        })}
                    </div>
                </li>
            }
        })
        .collect_view();
    Either::Right(view! { <ul class="member-list" data-testid="token-list">{rows}</ul> })
}

/// Creating a token: name and scopes.
fn create_form(
    id: Uuid,
    created: RwSignal<Option<CreatedApiToken>>,
    revoked: RwSignal<Option<String>>,
    reload: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let api = use_api();
    let name = RwSignal::new(String::new());
    let chosen = RwSignal::new(vec![ApiScope::OrganizationsRead]);
    let feedback = FormFeedback::new();
    let send = task();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        feedback.clear();
        let input = ApiTokenInput {
            name: name.get_untracked().trim().to_owned(),
            scopes: chosen.get_untracked(),
        };
        if let Err(error) = Checks::new()
            .required("name", &input.name)
            .check("scopes", !input.scopes.is_empty(), "required")
            .finish()
        {
            feedback.reject(&ev, error);
            return;
        }
        send.dispatch_local(Job::new(async move {
            match api.create_api_token(id, &input).await {
                Ok(token) => {
                    name.set(String::new());
                    revoked.set(None);
                    created.set(Some(token));
                    reload();
                    // The secret is the thing to read now.
                    gloo_timers::callback::Timeout::new(0, || {
                        if let Some(el) = document().get_element_by_id("token-secret") {
                            if let Ok(input) =
                                wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el)
                            {
                                let _ = input.focus();
                            }
                        }
                    })
                    .forget();
                }
                Err(error) => feedback.fail(error),
            }
        }));
    };
    let scopes_state = FieldState::new(feedback, "scopes");
    let boxes = ApiScope::ALL
        .into_iter()
        .map(|scope| {
            let (label, hint) = scope_ids(scope);
            let box_id = format!("token-scope-{}", scope.as_str().replace(':', "-"));
            let label_for = box_id.clone();
            view! {
                <label class="checkbox token-scope" for=label_for>
                    <input
                        id=box_id
                        type="checkbox"
                        data-testid=format!("token-scope-{}", scope.as_str().replace(':', "-"))
                        prop:checked=move || chosen.with(|c| c.contains(&scope))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            chosen.update(|c| {
                                c.retain(|s| *s != scope);
                                if on {
                                    c.push(scope);
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
        <section class="card members-card" aria-labelledby="token-new-title">
            <h2 id="token-new-title">{tr("tokens-new")}</h2>
            <form class="form" novalidate on:submit=on_submit data-testid="token-form">
                <FormError feedback=feedback />
                <TextField id="token-name" field="name" label=tr("tokens-name") value=name feedback=feedback hint=tr("tokens-name-hint") />
                <fieldset class="checkbox-group" aria-describedby="token-scopes-error">
                    <legend class="field-label">{tr("tokens-scopes")}</legend>
                    {boxes}
                    <FieldErrorText id="token-scopes-error" state=scopes_state />
                </fieldset>
                <SubmitButton label=tr("tokens-create") pending=send.pending() testid="token-create" />
            </form>
        </section>
    }
}
