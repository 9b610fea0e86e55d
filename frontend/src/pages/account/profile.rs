//! Profile: e-mail (read-only), name, preferred language, role, member since.

use glokal_api_types::{Language, Role, UpdateMeRequest};
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::alert::{Alert, AlertKind};
use crate::components::form::{Checks, FormError, FormFeedback, SubmitButton, TextField};
use crate::components::task::{task, Job};
use crate::i18n::{format_date, tr, use_i18n};
use crate::session::use_session;

/// The profile card.
#[component]
pub fn ProfileSection() -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let session = use_session();
    let initial = session.user_untracked();

    let display_name = RwSignal::new(
        initial
            .as_ref()
            .map(|u| u.display_name.clone())
            .unwrap_or_default(),
    );
    let language = RwSignal::new(
        initial
            .as_ref()
            .map(|u| u.preferred_language)
            .unwrap_or_default()
            .code()
            .to_owned(),
    );
    // The header's language switcher also changes the saved language.
    Effect::new(move |_| {
        if let Some(lang) = session.user().map(|u| u.preferred_language) {
            language.set(lang.code().to_owned());
        }
    });
    let feedback = FormFeedback::new();
    let saved = RwSignal::new(false);

    let save = task();

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        feedback.clear();
        saved.set(false);
        let name = display_name.get_untracked();
        match Checks::new().display_name("display_name", &name).finish() {
            Ok(()) => {
                let request = UpdateMeRequest {
                    display_name: Some(name.trim().to_owned()),
                    preferred_language: language.get_untracked().parse::<Language>().ok(),
                };
                save.dispatch_local(Job::new(async move {
                    match api.update_me(request).await {
                        Ok(user) => {
                            i18n.set_lang(user.preferred_language);
                            display_name.set(user.display_name);
                            saved.set(true);
                        }
                        Err(error) => feedback.fail(error),
                    }
                }));
            }
            Err(error) => feedback.reject(&ev, error),
        }
    };

    let facts = move || {
        session.user().map(|user| {
            let role_label = match user.role {
                Role::Member => tr("role-member"),
                Role::InstitutionStaff => tr("role-institution_staff"),
                Role::PlatformAdmin => tr("role-platform_admin"),
            };
            let created = user.created_at;
            view! {
                <dl class="facts">
                    <div>
                        <dt>{tr("account-email")}</dt>
                        <dd data-testid="account-email">
                            {user.email.clone()}
                            {user.email_verified.then(|| view! { " " <span class="badge badge-success">{tr("account-email-verified")}</span> })}
                        </dd>
                    </div>
                    <div>
                        <dt>{tr("account-role")}</dt>
                        <dd>{role_label}</dd>
                    </div>
                    <div>
                        <dt>{tr("account-member-since")}</dt>
                        <dd>{move || format_date(i18n.lang(), created)}</dd>
                    </div>
                </dl>
            }
        })
    };

    view! {
        <section class="card account-card" aria-labelledby="profile-title" data-testid="profile-section">
            <h2 id="profile-title">{tr("account-profile-title")}</h2>
            {facts}
            <form class="form" novalidate on:submit=on_submit data-testid="profile-form">
                <FormError feedback=feedback />
                {move || saved.get().then(|| view! {
                    <Alert kind=AlertKind::Success><p>{tr("account-saved")}</p></Alert>
                })}
                <TextField
                    id="profile-display-name"
                    field="display_name"
                    label=tr("account-display-name")
                    value=display_name
                    feedback=feedback
                    autocomplete="name"
                />
                <div class="field">
                    <label for="profile-language" class="field-label">{tr("account-language")}</label>
                    <p class="field-hint" id="profile-language-hint">{tr("account-language-hint")}</p>
                    <select
                        id="profile-language"
                        class="input select"
                        aria-describedby="profile-language-hint"
                        bind:value=language
                    >
                        {Language::ALL
                            .into_iter()
                            .map(|lang| view! { <option value=lang.code() lang=lang.code()>{lang.endonym()}</option> })
                            .collect_view()}
                    </select>
                </div>
                <SubmitButton label=tr("account-save") pending=save.pending() testid="profile-submit" />
            </form>
        </section>
    }
}
