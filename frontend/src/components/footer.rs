//! Site footer: legal links, API documentation, programme line, version.

use glokal_i18n::FluentValue;
use leptos::prelude::*;
use leptos_router::components::A;

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
                        <li><A href="/imprint" attr:data-testid="footer-imprint">{tr("footer-imprint")}</A></li>
                        <li><A href="/privacy" attr:data-testid="footer-privacy">{tr("footer-privacy")}</A></li>
                        <li><a href="/api/docs" rel="external" data-testid="footer-api-docs">{tr("footer-api-docs")}</a></li>
                    </ul>
                </nav>
                <div class="footer-programme">
                    <p class="eu-badge">
                        <span class="eu-flag" aria-hidden="true"></span>
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
