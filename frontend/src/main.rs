//! Glokal single-page app: Leptos (client-side rendered), built by Trunk.

mod api;
mod app;
mod components;
mod i18n;
mod notices;
mod pages;
mod session;
mod time;
mod unread;

fn main() {
    console_error_panic_hook::set_once();
    // The static splash from index.html is shown until the app takes over.
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
