//! Notifications: per category (messages, shortage alerts, saved searches) whether they come in
//! the app and/or by e-mail; saved together, with a confirmation.

use glokal_api_types::{NotificationCategory, NotificationChannels, NotificationPreferences};
use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{use_api, ApiClientError};
use crate::components::alert::{Alert, AlertKind, ErrorAlert};
use crate::components::form::{FormError, FormFeedback, SubmitButton};
use crate::components::fresh::Fresh;
use crate::components::spinner::Spinner;
use crate::components::task::{task, Job};
use crate::i18n::tr;

/// Message ids of a category's name and explanation.
fn category_texts(category: NotificationCategory) -> (&'static str, &'static str) {
    match category {
        NotificationCategory::Messages => ("notify-messages", "notify-messages-hint"),
        NotificationCategory::ShortageAlerts => ("notify-shortage", "notify-shortage-hint"),
        NotificationCategory::SavedSearches => ("notify-saved", "notify-saved-hint"),
    }
}

/// The card on the account page (`#notifications`).
#[component]
pub fn NotificationsSection() -> impl IntoView {
    let api = use_api();
    let loaded = RwSignal::new(None::<Result<(), ApiClientError>>);
    let items = RwSignal::new(Vec::<NotificationChannels>::new());
    let load = move || {
        spawn_local(async move {
            let result = api.notification_preferences().await.map(|p| {
                items.try_set(p.items);
            });
            loaded.try_set(Some(result));
        })
    };
    load();
    let feedback = FormFeedback::new();
    let saved = RwSignal::new(false);
    let save = task();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        feedback.clear();
        saved.set(false);
        let body = NotificationPreferences {
            items: items.get_untracked(),
        };
        save.dispatch_local(Job::new(async move {
            match api.update_notification_preferences(&body).await {
                Ok(stored) => {
                    items.set(stored.items);
                    saved.set(true);
                }
                Err(error) => feedback.fail(error),
            }
        }));
    };
    // One checkbox: category × channel.
    let channel = move |category: NotificationCategory, email: bool| {
        let id = format!(
            "notify-{}-{}",
            category.as_str(),
            if email { "email" } else { "in_app" }
        );
        let checked = move || {
            items.with(|list| {
                list.iter()
                    .find(|c| c.category == category)
                    .is_some_and(|c| if email { c.email } else { c.in_app })
            })
        };
        view! {
            <label class="checkbox">
                <input
                    type="checkbox"
                    id=id.clone()
                    data-testid=id
                    prop:checked=checked
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        saved.set(false);
                        items.update(|list| {
                            if let Some(c) = list.iter_mut().find(|c| c.category == category) {
                                if email {
                                    c.email = on;
                                } else {
                                    c.in_app = on;
                                }
                            }
                        });
                    }
                />
                <span>{tr(if email { "notify-email" } else { "notify-in-app" })}</span>
            </label>
        }
    };
    let form = move || {
        view! {
            <form class="form" novalidate on:submit=on_submit data-testid="notifications-form">
                <FormError feedback=feedback />
                {NotificationCategory::ALL
                    .into_iter()
                    .map(|category| {
                        let (name, hint) = category_texts(category);
                        let hint_id = format!("notify-{}-hint", category.as_str());
                        let described_by = hint_id.clone();
                        view! {
                            <fieldset class="checkbox-group notify-category" aria-describedby=described_by data-testid=format!("notify-{}", category.as_str())>
                                <legend class="field-label">{tr(name)}</legend>
                                <p class="field-hint" id=hint_id>{tr(hint)}</p>
                                <div class="checkbox-row">
                                    {channel(category, false)}
                                    {channel(category, true)}
                                </div>
                            </fieldset>
                        }
                    })
                    .collect_view()}
                <div aria-live="polite">
                    {move || saved.get().then(|| view! {
                        <Alert kind=AlertKind::Success><p data-testid="notifications-saved">{tr("notify-saved-done")}</p></Alert>
                    })}
                </div>
                <SubmitButton label=tr("notify-save") pending=save.pending() testid="notifications-submit" />
            </form>
        }
    };
    let content = move || {
        Fresh(match loaded.get() {
            None => EitherOf3::A(view! { <Spinner /> }),
            Some(Err(error)) => EitherOf3::B(view! {
                <div class="stack">
                    <ErrorAlert error=error />
                    <p><button type="button" class="btn btn-secondary" on:click=move |_| { loaded.set(None); load(); }>{tr("search-retry")}</button></p>
                </div>
            }),
            Some(Ok(())) => EitherOf3::C(form()),
        })
    };
    view! {
        <section class="card account-card" id="notifications" aria-labelledby="notifications-title" data-testid="account-notifications">
            <h2 id="notifications-title">{tr("notify-title")}</h2>
            <p>{tr("notify-lead")}</p>
            {content}
        </section>
    }
}
