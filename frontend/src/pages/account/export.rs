//! GDPR data export, offered as the file `glokal-data-export.json`.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::api::{use_api, ApiClientError};
use crate::components::alert::{Alert, AlertKind, ErrorAlert};
use crate::components::download::save_text;
use crate::components::form::ActionButton;
use crate::components::task::{task, Job};
use crate::i18n::tr;

/// File name of the download.
const FILE_NAME: &str = "glokal-data-export.json";

/// The export card.
#[component]
pub fn ExportSection() -> impl IntoView {
    let api = use_api();
    let export = task();
    let result = RwSignal::new(None::<Result<(), ApiClientError>>);
    let on_click = Callback::new(move |()| {
        result.set(None);
        export.dispatch_local(Job::new(async move {
            let outcome = match api.export().await {
                Ok(json) => download(&json).map_err(|_| ApiClientError::Unexpected { status: 200 }),
                Err(error) => Err(error),
            };
            result.set(Some(outcome));
        }));
    });

    view! {
        <section class="card account-card" aria-labelledby="export-title" data-testid="export-section">
            <h2 id="export-title">{tr("account-export-title")}</h2>
            <p class="muted">{tr("account-export-text")}</p>
            {move || match result.get() {
                Some(Ok(())) => Some(view! { <Alert kind=AlertKind::Success><p>{tr("account-export-done")}</p></Alert> }.into_any()),
                Some(Err(error)) => Some(view! { <ErrorAlert error=error /> }.into_any()),
                None => None,
            }}
            <ActionButton label=tr("account-export-submit") pending=export.pending() testid="export-submit" class="btn btn-secondary" on_click=on_click />
        </section>
    }
}

/// Saves `json` as the file [`FILE_NAME`].
fn download(json: &str) -> Result<(), JsValue> {
    save_text(json, "application/json", FILE_NAME)
}
