//! Site footer: legal links, API documentation, programme line, version.

use glokal_i18n::FluentValue;
use leptos::prelude::*;

use crate::api::{use_api, ApiClientError};
use crate::components::logo::Logo;
use crate::i18n::{tr, use_i18n};

/// The footer shown on every page.
#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    let api = use_api();
    let info = LocalResource::new(move || api.info());

    view! {
        <footer class="site-footer">
            <div class="container footer-inner">
                <div class="footer-brand">
                    <Logo />
                    <p class="footer-tagline">{tr("app-tagline")}</p>
                </div>
                <nav class="footer-nav" aria-label=tr("footer-nav-label")>
                    <ul>
                        <li><a href="/imprint" data-testid="footer-imprint">{tr("footer-imprint")}</a></li>
                        <li><a href="/privacy" data-testid="footer-privacy">{tr("footer-privacy")}</a></li>
                        <li><a href="/api/docs" rel="external" data-testid="footer-api-docs">{tr("footer-api-docs")}</a></li>
                    </ul>
                </nav>
                <div class="footer-programme">
                    <p class="eu-badge">
                        <EuFlag />
                        <span>{tr("footer-interreg-short")}</span>
                    </p>
                    <p class="footer-small">{tr("footer-interreg")}</p>
                </div>
            </div>
            <div class="container footer-bottom">
                <p>{tr("footer-copyright")} " · " {tr("footer-licence")}</p>
                <p class="footer-version">
                    <Transition fallback=|| ()>
                        <ErrorBoundary fallback=move |errors| {
                            let message = move || {
                                errors
                                    .get()
                                    .into_iter()
                                    .next()
                                    .and_then(|(_, e)| e.downcast_ref::<ApiClientError>().map(|e| e.message_id()))
                                    .map(|id| i18n.t(&id))
                                    .unwrap_or_default()
                            };
                            view! { <span class="footer-offline" data-testid="server-offline">{message}</span> }
                        }>
                            {move || Suspend::new(async move {
                                info.await.map(|info| {
                                    let version = info.version.clone();
                                    view! {
                                        <span data-testid="server-version">
                                            {move || i18n.t_args("footer-version", &[("version", FluentValue::from(version.clone()))])}
                                        </span>
                                    }
                                })
                            })}
                        </ErrorBoundary>
                    </Transition>
                </p>
            </div>
        </footer>
    }
}

/// The EU emblem (12 golden stars on blue), required next to the funding statement.
#[component]
fn EuFlag() -> impl IntoView {
    view! {
        <svg class="eu-flag" viewBox="0 0 48 32" width="48" height="32" aria-hidden="true" focusable="false">
            <rect width="48" height="32" fill="#039"></rect>
            <path fill="#fc0" d="M24.0 3.6L24.4 4.8L25.7 4.8L24.6 5.5L25.0 6.8L24.0 6.0L23.0 6.8L23.4 5.5L22.3 4.8L23.6 4.8ZM29.3 5.0L29.7 6.2L31.0 6.2L30.0 7.0L30.4 8.2L29.3 7.4L28.3 8.2L28.7 7.0L27.6 6.2L28.9 6.2ZM33.2 8.9L33.6 10.1L34.9 10.1L33.9 10.9L34.3 12.1L33.2 11.3L32.2 12.1L32.6 10.9L31.5 10.1L32.8 10.1ZM34.7 14.2L35.1 15.5L36.4 15.5L35.3 16.2L35.7 17.4L34.7 16.7L33.6 17.4L34.0 16.2L33.0 15.5L34.3 15.5ZM33.2 19.6L33.6 20.8L34.9 20.8L33.9 21.5L34.3 22.8L33.2 22.0L32.2 22.8L32.6 21.5L31.5 20.8L32.8 20.8ZM29.3 23.5L29.7 24.7L31.0 24.7L30.0 25.4L30.4 26.7L29.3 25.9L28.3 26.7L28.7 25.4L27.6 24.7L28.9 24.7ZM24.0 24.9L24.4 26.1L25.7 26.1L24.6 26.9L25.0 28.1L24.0 27.3L23.0 28.1L23.4 26.9L22.3 26.1L23.6 26.1ZM18.7 23.5L19.1 24.7L20.4 24.7L19.3 25.4L19.7 26.7L18.7 25.9L17.6 26.7L18.0 25.4L17.0 24.7L18.3 24.7ZM14.8 19.6L15.2 20.8L16.5 20.8L15.4 21.5L15.8 22.8L14.8 22.0L13.7 22.8L14.1 21.5L13.1 20.8L14.4 20.8ZM13.3 14.2L13.7 15.5L15.0 15.5L14.0 16.2L14.4 17.4L13.3 16.7L12.3 17.4L12.7 16.2L11.6 15.5L12.9 15.5ZM14.8 8.9L15.2 10.1L16.5 10.1L15.4 10.9L15.8 12.1L14.8 11.3L13.7 12.1L14.1 10.9L13.1 10.1L14.4 10.1ZM18.7 5.0L19.1 6.2L20.4 6.2L19.3 7.0L19.7 8.2L18.7 7.4L17.6 8.2L18.0 7.0L17.0 6.2L18.3 6.2Z"></path>
        </svg>
    }
}
