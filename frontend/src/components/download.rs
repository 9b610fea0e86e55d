//! Saving what the API returned (with the token) as a file, through a temporary object URL:
//! text (CSV, JSON, `.ics`) or bytes (XLSX).

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` as the download `file_name` of type `content_type`.
pub fn save_text(text: &str, content_type: &str, file_name: &str) -> Result<(), JsValue> {
    save_parts(
        &js_sys::Array::of1(&JsValue::from_str(text)),
        content_type,
        file_name,
    )
}

/// Offers `bytes` as the download `file_name` of type `content_type`.
pub fn save_bytes(bytes: &[u8], content_type: &str, file_name: &str) -> Result<(), JsValue> {
    let data = js_sys::Uint8Array::from(bytes);
    save_parts(&js_sys::Array::of1(&data), content_type, file_name)
}

fn save_parts(parts: &js_sys::Array, content_type: &str, file_name: &str) -> Result<(), JsValue> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(content_type);
    let blob = web_sys::Blob::new_with_buffer_source_sequence_and_options(parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let anchor: web_sys::HtmlAnchorElement = document().create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Give the browser time to start the download before releasing the data.
    gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
