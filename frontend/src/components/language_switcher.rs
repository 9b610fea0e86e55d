//! DE / CS / EN buttons; a logged-in person's choice is saved as their preferred language.

use glokal_api_types::{Language, UpdateMeRequest};
use glokal_i18n::FluentValue;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_location;

use crate::api::use_api;
use crate::i18n::{tr, use_i18n};
use crate::notices::{use_notices, NoticeKind};
use crate::session::use_session;

/// A group of three toggle buttons, one per language.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let api = use_api();
    let notices = use_notices();
    let location = use_location();

    let choose = move |lang: Language| {
        if i18n.lang_untracked() == lang {
            return;
        }
        i18n.set_lang(lang);
        let saved = session.user().map(|user| user.preferred_language);
        if saved.is_some_and(|saved| saved != lang) {
            let path = location.pathname.get_untracked();
            spawn_local(async move {
                let request = UpdateMeRequest {
                    preferred_language: Some(lang),
                    ..Default::default()
                };
                if let Err(error) = api.update_me(request).await {
                    notices.show(NoticeKind::Error, error.message_id(), path);
                }
            });
        }
    };

    view! {
        <div class="lang-switcher" role="group" aria-label=tr("lang-switcher-label") data-testid="lang-switcher">
            {Language::ALL
                .into_iter()
                .map(|lang| {
                    let title = move || {
                        i18n.t_args("lang-switch-to", &[("language", FluentValue::from(lang.endonym()))])
                    };
                    // The accessible name starts with the visible code (WCAG 2.5.3 "label in name").
                    let label = format!("{} – {}", lang.code().to_uppercase(), lang.endonym());
                    view! {
                        <button
                            type="button"
                            class="lang-button"
                            id=format!("lang-{}", lang.code())
                            data-testid=format!("lang-{}", lang.code())
                            lang=lang.code()
                            title=title
                            aria-label=label
                            aria-pressed=move || if i18n.lang() == lang { "true" } else { "false" }
                            on:click=move |_| choose(lang)
                        >
                            {lang.code().to_uppercase()}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
