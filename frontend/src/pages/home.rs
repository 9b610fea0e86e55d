//! `/`: what Glokal offers, for whom, and how to start.

use glokal_i18n::FluentValue;
use leptos::prelude::*;

use crate::i18n::{tr, use_i18n, use_page_title};
use crate::session::use_session;

/// One offering of the platform on the home page.
struct Feature {
    icon: Icon,
    title_id: &'static str,
    text_id: &'static str,
    /// Where it lives, once it exists.
    href: Option<&'static str>,
}

#[derive(Clone, Copy)]
enum Icon {
    Building,
    Exchange,
    Partners,
    Calendar,
    Institution,
}

const FEATURES: [Feature; 5] = [
    Feature {
        icon: Icon::Building,
        title_id: "home-feature-profiles-title",
        text_id: "home-feature-profiles-text",
        href: Some("/organizations"),
    },
    Feature {
        icon: Icon::Exchange,
        title_id: "home-feature-market-title",
        text_id: "home-feature-market-text",
        href: Some("/opportunities"),
    },
    Feature {
        icon: Icon::Partners,
        title_id: "home-feature-partners-title",
        text_id: "home-feature-partners-text",
        href: None,
    },
    Feature {
        icon: Icon::Calendar,
        title_id: "home-feature-events-title",
        text_id: "home-feature-events-text",
        href: Some("/events"),
    },
    Feature {
        icon: Icon::Institution,
        title_id: "home-feature-institutions-title",
        text_id: "home-feature-institutions-text",
        href: None,
    },
];

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    use_page_title(tr("home-title"));
    let i18n = use_i18n();
    let session = use_session();
    let name = Memo::new(move |_| session.user().map(|u| u.display_name));

    let ctas = move || match name.get() {
        Some(name) => view! {
            <p class="hero-welcome" data-testid="home-welcome">
                {move || i18n.t_args("home-welcome", &[("name", FluentValue::from(name.clone()))])}
            </p>
            <div class="hero-actions">
                <a href="/account" class="btn btn-accent btn-large">{tr("home-cta-account")}</a>
            </div>
        }
        .into_any(),
        None => view! {
            <div class="hero-actions">
                <a href="/register" class="btn btn-accent btn-large" data-testid="home-register">
                    {tr("home-cta-register")}
                </a>
                <a href="/login" class="btn btn-on-dark btn-large" data-testid="home-login">
                    {tr("home-cta-login")}
                </a>
            </div>
        }
        .into_any(),
    };

    view! {
        <div class="home" data-testid="home-page">
            <section class="hero" aria-labelledby="home-hero-title">
                <div class="container hero-inner">
                    <div class="hero-text">
                        <p class="eyebrow">{tr("home-hero-eyebrow")}</p>
                        <h1 id="home-hero-title" data-testid="home-title">{tr("home-hero-title")}</h1>
                        <p class="hero-lead">{tr("home-hero-lead")}</p>
                        {ctas}
                    </div>
                    <HeroArt />
                </div>
            </section>

            <section class="section" aria-labelledby="home-features-title">
                <div class="container">
                    <header class="section-header">
                        <h2 id="home-features-title">{tr("home-features-title")}</h2>
                        <p class="lead">{tr("home-features-lead")}</p>
                    </header>
                    <ul class="feature-grid">
                        {FEATURES
                            .iter()
                            .map(|feature| {
                                let (title, text) = (feature.title_id, feature.text_id);
                                let more = match feature.href {
                                    Some(href) => leptos::either::Either::Left(view! {
                                        <p class="feature-link"><a href=href>{tr("home-feature-open")} " →"</a></p>
                                    }),
                                    None => leptos::either::Either::Right(view! {
                                        <p class="badge-soon">{tr("home-feature-coming-soon")}</p>
                                    }),
                                };
                                view! {
                                    <li class="card feature-card">
                                        <span class="feature-icon" aria-hidden="true">{icon(feature.icon)}</span>
                                        <h3>{move || i18n.t(title)}</h3>
                                        <p>{move || i18n.t(text)}</p>
                                        {more}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            </section>

            <section class="section section-tinted" aria-labelledby="home-steps-title">
                <div class="container">
                    <header class="section-header">
                        <h2 id="home-steps-title">{tr("home-steps-title")}</h2>
                    </header>
                    <ol class="steps">
                        <li class="step">
                            <h3>{tr("home-step-1-title")}</h3>
                            <p>{tr("home-step-1-text")}</p>
                        </li>
                        <li class="step">
                            <h3>{tr("home-step-2-title")}</h3>
                            <p>{tr("home-step-2-text")}</p>
                        </li>
                        <li class="step">
                            <h3>{tr("home-step-3-title")}</h3>
                            <p>{tr("home-step-3-text")}</p>
                        </li>
                    </ol>
                </div>
            </section>

            <section class="section" aria-labelledby="home-audience-title">
                <div class="container">
                    <header class="section-header">
                        <h2 id="home-audience-title">{tr("home-audience-title")}</h2>
                    </header>
                    <div class="audience-grid">
                        <div class="card audience-card">
                            <h3>{tr("home-audience-sme-title")}</h3>
                            <p>{tr("home-audience-sme-text")}</p>
                        </div>
                        <div class="card audience-card">
                            <h3>{tr("home-audience-institutions-title")}</h3>
                            <p>{tr("home-audience-institutions-text")}</p>
                        </div>
                    </div>
                </div>
            </section>

            <section class="section" aria-labelledby="home-region-title">
                <div class="container">
                    <div class="region-band">
                        <div>
                            <h2 id="home-region-title">{tr("home-region-title")}</h2>
                            <p>{tr("home-region-text")}</p>
                        </div>
                        <ul class="region-facts">
                            <li><strong>"3"</strong> <span>{tr("home-fact-languages")}</span></li>
                            <li><strong>"2"</strong> <span>{tr("home-fact-countries")}</span></li>
                            <li><strong>"100 %"</strong> <span>{tr("home-fact-open-source")}</span></li>
                        </ul>
                    </div>
                </div>
            </section>

            {move || name.with(Option::is_none).then(|| view! {
                <section class="section cta-section" aria-labelledby="home-cta-title">
                    <div class="container cta-inner">
                        <h2 id="home-cta-title">{tr("home-cta-title")}</h2>
                        <p>{tr("home-cta-text")}</p>
                        <a href="/register" class="btn btn-accent btn-large">{tr("home-cta-register")}</a>
                    </div>
                </section>
            })}
        </div>
    }
}

/// Decorative illustration: a network of nodes across the border.
#[component]
fn HeroArt() -> impl IntoView {
    view! {
        <div class="hero-art" aria-hidden="true">
            <svg viewBox="0 0 320 260" focusable="false">
                <path d="M150 10 C 175 60, 130 110, 165 150 S 150 230, 170 255" class="art-border"></path>
                <g class="art-lines">
                    <line x1="60" y1="70" x2="120" y2="130"></line>
                    <line x1="120" y1="130" x2="210" y2="95"></line>
                    <line x1="120" y1="130" x2="230" y2="185"></line>
                    <line x1="70" y1="200" x2="120" y2="130"></line>
                    <line x1="210" y1="95" x2="270" y2="60"></line>
                    <line x1="230" y1="185" x2="280" y2="150"></line>
                    <line x1="70" y1="200" x2="230" y2="185"></line>
                </g>
                <g class="art-nodes-a">
                    <circle cx="60" cy="70" r="9"></circle>
                    <circle cx="120" cy="130" r="14"></circle>
                    <circle cx="70" cy="200" r="8"></circle>
                </g>
                <g class="art-nodes-b">
                    <circle cx="210" cy="95" r="12"></circle>
                    <circle cx="270" cy="60" r="7"></circle>
                    <circle cx="230" cy="185" r="10"></circle>
                    <circle cx="280" cy="150" r="6"></circle>
                </g>
                <text x="30" y="245" class="art-label">"DE"</text>
                <text x="268" y="245" class="art-label">"CZ"</text>
            </svg>
        </div>
    }
}

/// A 24×24 line icon.
fn icon(icon: Icon) -> impl IntoView {
    let path = match icon {
        Icon::Building => "M4 21V5l8-3v19M12 21h8V9l-8-2M7 8h2M7 12h2M7 16h2M15 12h2M15 16h2M2 21h20",
        Icon::Exchange => "M4 8h13l-3-3M20 16H7l3 3M17 8l-3 3M7 16l3-3",
        Icon::Partners => "M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-3 3-5 6-5s6 2 6 5M12 20c0-3 1.5-5 4-5 3 0 6 2 6 5",
        Icon::Calendar => "M4 6h16v14H4zM4 10h16M8 3v5M16 3v5M8 14h2M14 14h2M8 17h2",
        Icon::Institution => "M3 9l9-5 9 5M5 9v9M9.5 9v9M14.5 9v9M19 9v9M3 21h18M3 18h18",
    };
    view! {
        <svg viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" stroke-width="1.8"
            stroke-linecap="round" stroke-linejoin="round" focusable="false">
            <path d=path></path>
        </svg>
    }
}
