//! The logo of an existing organisation: upload (PNG, JPEG or WebP up to 2 MiB, saved at once),
//! preview and removal.

use glokal_api_types::ErrorCode;
use leptos::prelude::*;
use uuid::Uuid;
use wasm_bindgen::JsCast;

use crate::api::{use_api, ApiClientError};
use crate::components::alert::{Alert, AlertKind};
use crate::components::fresh::Fresh;
use crate::components::task::{task, Job};
use crate::i18n::{tr, use_i18n};
use crate::pages::organizations::monogram;

/// The largest file the server accepts.
const MAX_BYTES: f64 = 2.0 * 1024.0 * 1024.0;
/// The image types the server accepts.
const TYPES: [&str; 3] = ["image/png", "image/jpeg", "image/webp"];

/// What happened last: (success, error code, message id).
type Outcome = Option<(bool, &'static str, String)>;

/// The message of a failed upload or removal: the logo's own texts for the image errors.
fn failure(error: &ApiClientError) -> Outcome {
    let code = match (error.code(), error.status()) {
        (Some(ErrorCode::InvalidImage), _) => "invalid_image",
        (Some(ErrorCode::PayloadTooLarge), _) | (None, Some(413)) => "payload_too_large",
        (Some(ErrorCode::UnsupportedMediaType), _) | (None, Some(415)) => "unsupported_media_type",
        (code, _) => return Some((false, code.map_or("", |c| c.as_str()), error.message_id())),
    };
    Some((false, code, format!("logo-error-{code}")))
}

/// The logo card of the editor.
pub fn logo_block(id: Uuid, name: String, logo_url: Option<String>) -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let logo = RwSignal::new(logo_url);
    let outcome = RwSignal::new(None as Outcome);
    let busy = task();

    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // Checked here first, so that nobody waits for an upload the server would refuse.
        let refused = if !TYPES.contains(&file.type_().as_str()) {
            Some("unsupported_media_type")
        } else if file.size() > MAX_BYTES {
            Some("payload_too_large")
        } else {
            None
        };
        if let Some(code) = refused {
            outcome.set(Some((false, code, format!("logo-error-{code}"))));
            input.set_value("");
            return;
        }
        outcome.set(None);
        busy.dispatch_local(Job::new(async move {
            match api.upload_logo(id, &file).await {
                Ok(org) => {
                    logo.set(org.logo_url);
                    outcome.set(Some((true, "", "editor-logo-uploaded".to_owned())));
                }
                Err(error) => outcome.set(failure(&error)),
            }
            input.set_value("");
        }));
    };
    let remove = move |_| {
        outcome.set(None);
        busy.dispatch_local(Job::new(async move {
            match api.delete_logo(id).await {
                Ok(()) => {
                    logo.set(None);
                    outcome.set(Some((true, "", "editor-logo-removed".to_owned())));
                }
                Err(error) => outcome.set(failure(&error)),
            }
        }));
    };
    let message = move || {
        Fresh(outcome.get().map(|(ok, code, id)| {
            let text = move || i18n.t(&id);
            if ok {
                leptos::either::Either::Left(view! {
                    <Alert kind=AlertKind::Success><p data-testid="logo-done">{text}</p></Alert>
                })
            } else {
                leptos::either::Either::Right(view! {
                    <Alert kind=AlertKind::Error><p id="org-logo-error" data-testid="logo-error" data-error-code=code>{text}</p></Alert>
                })
            }
        }))
    };
    let initials = monogram(&name);
    let pending = busy.pending();
    view! {
        <section class="card form-section logo-section" aria-labelledby="org-logo-title" data-testid="org-logo-section">
            <h2 id="org-logo-title">{tr("editor-logo")}</h2>
            <div class="logo-editor">
                <div class="logo-preview" data-testid="logo-preview">
                    {move || Fresh(match logo.get() {
                        Some(url) => leptos::either::Either::Left(view! {
                            <img src=url alt=tr("editor-logo-current") data-testid="logo-image" />
                        }),
                        None => leptos::either::Either::Right(view! {
                            <span class="org-logo-empty logo-preview-empty" aria-hidden="true">{initials.clone()}</span>
                        }),
                    })}
                </div>
                <div class="logo-controls">
                    <label for="org-logo-file" class="field-label">
                        {move || if logo.with(Option::is_some) { i18n.t("editor-logo-replace") } else { i18n.t("editor-logo-choose") }}
                    </label>
                    <p class="field-hint" id="org-logo-hint">{tr("editor-logo-hint")}</p>
                    <input
                        id="org-logo-file"
                        class="file-input"
                        type="file"
                        accept="image/png,image/jpeg,image/webp"
                        aria-describedby=move || if outcome.with(|o| o.as_ref().is_some_and(|o| !o.0)) { "org-logo-hint org-logo-error" } else { "org-logo-hint" }
                        disabled=move || pending.get()
                        on:change=on_change
                    />
                    {move || pending.get().then(|| view! { <p class="logo-busy" role="status"><span class="btn-spinner" aria-hidden="true"></span> {tr("common-loading")}</p> })}
                    {message}
                    <button
                        type="button"
                        class="btn btn-ghost btn-small"
                        data-testid="logo-remove"
                        hidden=move || logo.with(Option::is_none)
                        disabled=move || pending.get()
                        on:click=remove
                    >
                        {tr("editor-logo-remove")}
                    </button>
                </div>
            </div>
        </section>
    }
}
