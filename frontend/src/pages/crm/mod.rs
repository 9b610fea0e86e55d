//! The CRM integration of institutions: webhooks with their delivery log
//! (`/organizations/:id/webhooks`), the organisation import with its dry run
//! (`/organizations/import`), and the spreadsheet exports offered on several pages.

pub mod columns;
pub mod import;
pub mod webhooks;

use leptos::prelude::*;

use crate::api::{use_api, ApiClientError};
use crate::components::alert::ErrorAlert;
use crate::components::download::save_bytes;
use crate::components::fresh::Fresh;
use crate::components::task::{task, Job};
use crate::i18n::tr;

/// Copies `text` to the clipboard (`navigator.clipboard.writeText`, without another web-sys
/// feature); whether the browser offered a clipboard.
pub fn copy_text(text: &str) -> bool {
    let navigator = window().navigator();
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else {
        return false;
    };
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok());
    match write {
        Some(write) => write.call1(&clipboard, &text.into()).is_ok(),
        None => false,
    }
}

/// Selects the whole text of an input when it gets the focus (secrets to copy by hand).
pub fn select_on_focus(ev: leptos::ev::FocusEvent) {
    if let Some(input) = ev
        .target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
    {
        input.select();
    }
}

/// "Export: CSV · Excel" for an export endpoint (`/organizations/export`, …): the file is
/// fetched with the person's token and saved through a blob (a plain link would lack the
/// token). Test ids `<testid>-csv`, `<testid>-xlsx`, `<testid>-error`.
pub fn export_buttons(
    path: String,
    label: &'static str,
    testid: &'static str,
    fallback_name: &'static str,
) -> impl IntoView {
    let api = use_api();
    let running = task();
    let failed = RwSignal::new(None::<ApiClientError>);
    let path = StoredValue::new(path);
    let start = move |format: &'static str| {
        failed.set(None);
        let path = path.get_value();
        running.dispatch_local(Job::new(async move {
            match api.export_file(&path, format).await {
                Ok(file) => {
                    let name = file
                        .file_name
                        .unwrap_or_else(|| format!("{fallback_name}.{format}"));
                    if save_bytes(&file.bytes, &file.content_type, &name).is_err() {
                        failed.set(Some(ApiClientError::Unexpected { status: 0 }));
                    }
                }
                Err(error) => failed.set(Some(error)),
            }
        }));
    };
    let busy = running.pending();
    let group_label = format!("{testid}-label");
    let labelled_by = group_label.clone();
    view! {
        <div class="crm-export" role="group" aria-labelledby=labelled_by data-testid=testid>
            <span class="crm-export-label" id=group_label>{tr(label)}</span>
            <button type="button" class="btn btn-secondary btn-small" data-testid=format!("{testid}-csv")
                disabled=move || busy.get() on:click=move |_| start("csv")>
                {tr("crm-export-csv")}
            </button>
            <button type="button" class="btn btn-secondary btn-small" data-testid=format!("{testid}-xlsx")
                disabled=move || busy.get() on:click=move |_| start("xlsx")>
                {tr("crm-export-xlsx")}
            </button>
            <span class="muted" role="status" hidden=move || !busy.get()>{tr("crm-export-busy")}</span>
            {move || Fresh(failed.get().map(|error| view! { <div class="crm-export-error" data-testid=format!("{testid}-error")><ErrorAlert error=error /></div> }))}
        </div>
    }
}

/// "Webhooks" and "Import organisations" beside "API tokens" on an institution's profile (for
/// the people who manage its tokens).
pub fn profile_links(id: uuid::Uuid) -> impl IntoView {
    view! {
        <a href=format!("/organizations/{id}/webhooks") class="btn btn-secondary" data-testid="profile-webhooks">
            {tr("crm-webhooks-title")}
        </a>
        <a href="/organizations/import" class="btn btn-secondary" data-testid="profile-import">
            {tr("crm-import-link")}
        </a>
    }
}
