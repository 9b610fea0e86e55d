//! Change password (ends all other sessions; the new access token replaces the old one).

use glokal_api_types::ChangePasswordRequest;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::alert::{Alert, AlertKind};
use crate::components::form::{Checks, FormError, FormFeedback, SubmitButton, TextField};
use crate::components::task::{task, Job};
use crate::i18n::tr;

/// The change-password card.
#[component]
pub fn PasswordSection() -> impl IntoView {
    let api = use_api();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let feedback = FormFeedback::new();
    let changed = RwSignal::new(false);

    let change = task();

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        feedback.clear();
        changed.set(false);
        let (cur, pw, rep) = (
            current.get_untracked(),
            new.get_untracked(),
            repeat.get_untracked(),
        );
        let checks = Checks::new()
            .required("current_password", &cur)
            .new_password("new_password", &pw)
            .required("password_repeat", &rep)
            .same("password_repeat", &pw, &rep)
            .finish();
        match checks {
            Ok(()) => {
                let request = ChangePasswordRequest {
                    current_password: cur,
                    new_password: pw,
                };
                change.dispatch_local(Job::new(async move {
                    match api.change_password(request).await {
                        Ok(_) => {
                            current.set(String::new());
                            new.set(String::new());
                            repeat.set(String::new());
                            changed.set(true);
                        }
                        Err(error) => feedback.fail(error),
                    }
                }));
            }
            Err(error) => feedback.reject(&ev, error),
        }
    };

    view! {
        <section class="card account-card" aria-labelledby="password-title" data-testid="password-section">
            <h2 id="password-title">{tr("account-password-title")}</h2>
            <p class="muted">{tr("account-password-lead")}</p>
            <form class="form" novalidate on:submit=on_submit data-testid="password-form">
                <FormError feedback=feedback />
                {move || changed.get().then(|| view! {
                    <Alert kind=AlertKind::Success><p>{tr("account-password-changed")}</p></Alert>
                })}
                <TextField
                    id="password-current"
                    field="current_password"
                    label=tr("account-current-password")
                    value=current
                    feedback=feedback
                    password=true
                    autocomplete="current-password"
                />
                <TextField
                    id="password-new"
                    field="new_password"
                    label=tr("account-new-password")
                    hint=tr("password-hint")
                    value=new
                    feedback=feedback
                    password=true
                    autocomplete="new-password"
                />
                <TextField
                    id="password-repeat"
                    field="password_repeat"
                    label=tr("account-new-password-repeat")
                    value=repeat
                    feedback=feedback
                    password=true
                    autocomplete="new-password"
                />
                <SubmitButton label=tr("account-password-submit") pending=change.pending() testid="password-submit" />
            </form>
        </section>
    }
}
