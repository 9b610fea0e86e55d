//! Warns before unsaved changes are lost: when the tab is closed or reloaded (`beforeunload`)
//! and when a link inside the app is followed.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::i18n::tr;

/// Whether the current page has unsaved changes; provided by the app shell.
#[derive(Clone, Copy)]
pub struct LeaveGuard(RwSignal<bool>);

/// Installs the app-wide listeners (once, for the app's lifetime) and provides the guard.
pub fn provide_leave_guard() {
    let unsaved = RwSignal::new(false);
    let message = tr("form-leave-confirm");
    // The router follows links from a bubbling listener on `window`; this capturing one runs
    // first and cancels the click when the person wants to stay.
    let click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if !unsaved.get_untracked() || ev.default_prevented() || ev.button() != 0 {
            return;
        }
        if ev.meta_key() || ev.ctrl_key() || ev.shift_key() || ev.alt_key() {
            return; // opens another tab or window
        }
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten());
        let Some(link) = link else { return };
        if link.get_attribute("target").is_some() || link.has_attribute("download") {
            return;
        }
        if !window().confirm_with_message(&message()).unwrap_or(true) {
            ev.prevent_default();
            ev.stop_propagation();
        } else {
            unsaved.set(false);
        }
    });
    let _ = window().add_event_listener_with_callback_and_bool(
        "click",
        click.as_ref().unchecked_ref(),
        true,
    );
    click.forget();
    // Closing or reloading the tab: the browser shows its own question.
    window_event_listener(leptos::ev::beforeunload, move |ev| {
        if unsaved.get_untracked() {
            ev.prevent_default();
            ev.set_return_value("unsaved");
        }
    });
    provide_context(LeaveGuard(unsaved));
}

/// While `dirty` is true (and the calling page is shown), leaving asks for confirmation.
pub fn use_leave_guard(dirty: Signal<bool>) {
    let LeaveGuard(unsaved) = expect_context::<LeaveGuard>();
    Effect::new(move |_| unsaved.set(dirty.get()));
    on_cleanup(move || unsaved.set(false));
}

/// Forgets the unsaved state at once (before navigating away after a save or deletion).
pub fn release_leave_guard() {
    if let Some(LeaveGuard(unsaved)) = use_context::<LeaveGuard>() {
        unsaved.set(false);
    }
}
