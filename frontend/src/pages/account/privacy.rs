//! Privacy: who sees the person's name and e-mail address, whether notification mails are
//! sent at all, and the record of consents with the version in force (accept it if new).

use glokal_api_types::{
    ConsentKind, ConsentOverview, ContactDataVisibility, PrivacySettings, ProfileVisibility,
    RecordConsentRequest,
};
use glokal_i18n::FluentValue;
use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{use_api, ApiClientError};
use crate::components::alert::{Alert, AlertKind, ErrorAlert};
use crate::components::form::{FormError, FormFeedback, SubmitButton};
use crate::components::fresh::Fresh;
use crate::components::spinner::Spinner;
use crate::components::task::{task, Job};
use crate::i18n::{tr, use_i18n, version_label};
use crate::time::{clock, day};

/// One radio button of a group bound to `value`.
fn radio<T: Copy + PartialEq + Send + Sync + 'static>(
    name: &'static str,
    option: T,
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    value: RwSignal<T>,
    saved: RwSignal<bool>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <label class="radio-option" for=id>
            <input
                type="radio"
                name=name
                id=id
                data-testid=id
                aria-describedby=hint_id.clone()
                prop:checked=move || value.get() == option
                on:change=move |_| {
                    value.set(option);
                    saved.set(false);
                }
            />
            <span>
                <span class="radio-label">{tr(label)}</span>
                <span class="field-hint" id=hint_id>{tr(hint)}</span>
            </span>
        </label>
    }
}

/// The card on the account page (`#privacy`).
#[component]
pub fn PrivacySection() -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let loaded = RwSignal::new(None::<Result<(), ApiClientError>>);
    let profile = RwSignal::new(ProfileVisibility::default());
    let contact = RwSignal::new(ContactDataVisibility::default());
    let mails = RwSignal::new(true);
    let consents = RwSignal::new(None::<ConsentOverview>);
    let load = move || {
        spawn_local(async move {
            let result = async {
                let settings = api.privacy().await?;
                let overview = api.consents().await?;
                profile.try_set(settings.profile_visibility);
                contact.try_set(settings.contact_visibility);
                mails.try_set(settings.email_notifications);
                consents.try_set(Some(overview));
                Ok(())
            }
            .await;
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
        let settings = PrivacySettings {
            profile_visibility: profile.get_untracked(),
            contact_visibility: contact.get_untracked(),
            email_notifications: mails.get_untracked(),
        };
        save.dispatch_local(Job::new(async move {
            match api.update_privacy(settings).await {
                Ok(stored) => {
                    profile.set(stored.profile_visibility);
                    contact.set(stored.contact_visibility);
                    mails.set(stored.email_notifications);
                    saved.set(true);
                }
                Err(error) => feedback.fail(error),
            }
        }));
    };

    let consent_feedback = FormFeedback::new();
    let accept = task();
    let on_accept = move |kind: ConsentKind, version: String| {
        consent_feedback.clear();
        accept.dispatch_local(Job::new(async move {
            let request = RecordConsentRequest {
                kind,
                text_version: version,
                granted: true,
            };
            match api.record_consent(request).await {
                Ok(overview) => consents.set(Some(overview)),
                Err(error) => consent_feedback.fail(error),
            }
        }));
    };

    let form = move || {
        view! {
            <form class="form" novalidate on:submit=on_submit data-testid="privacy-form">
                <FormError feedback=feedback />
                <fieldset class="radio-group">
                    <legend class="field-label">{tr("privacy-profile")}</legend>
                    {radio("profile_visibility", ProfileVisibility::LoggedIn, "privacy-profile-logged-in", "privacy-profile-logged-in", "privacy-profile-logged-in-hint", profile, saved)}
                    {radio("profile_visibility", ProfileVisibility::OwnOrganizations, "privacy-profile-own", "privacy-profile-own", "privacy-profile-own-hint", profile, saved)}
                </fieldset>
                <fieldset class="radio-group">
                    <legend class="field-label">{tr("privacy-contact")}</legend>
                    {radio("contact_visibility", ContactDataVisibility::MeetingPartners, "privacy-contact-partners", "privacy-contact-partners", "privacy-contact-partners-hint", contact, saved)}
                    {radio("contact_visibility", ContactDataVisibility::Nobody, "privacy-contact-nobody", "privacy-contact-nobody", "privacy-contact-nobody-hint", contact, saved)}
                </fieldset>
                <div class="field">
                    <label class="checkbox">
                        <input
                            type="checkbox"
                            id="privacy-mails"
                            data-testid="privacy-mails"
                            aria-describedby="privacy-mails-hint"
                            prop:checked=move || mails.get()
                            on:change=move |ev| {
                                mails.set(event_target_checked(&ev));
                                saved.set(false);
                            }
                        />
                        <span>{tr("privacy-mails")}</span>
                    </label>
                    <p class="field-hint" id="privacy-mails-hint">{tr("privacy-mails-hint")}</p>
                </div>
                <div aria-live="polite">
                    {move || saved.get().then(|| view! {
                        <Alert kind=AlertKind::Success><p data-testid="privacy-saved">{tr("privacy-saved")}</p></Alert>
                    })}
                </div>
                <SubmitButton label=tr("privacy-save") pending=save.pending() testid="privacy-submit" />
            </form>
            <h3 class="account-subtitle">{tr("consents-title")}</h3>
            <FormError feedback=consent_feedback />
            {move || consents.get().map(|overview| {
                let outstanding = overview.current.iter().filter(|c| c.outstanding).map(|c| {
                    let (kind, version) = (c.kind, c.version.clone());
                    let label_version = version.clone();
                    view! {
                        <Alert kind=AlertKind::Info>
                            <p data-testid="consent-outstanding">
                                {move || i18n.t_args("consents-outstanding", &[("version", FluentValue::from(version_label(i18n.lang(), &label_version)))])}
                                " " <a href="/privacy#terms" target="_blank" rel="noopener">{tr("consents-read")}</a>
                            </p>
                            <p>
                                <button type="button" class="btn btn-primary" data-testid="consent-accept"
                                    disabled=move || accept.pending().get()
                                    on:click=move |_| on_accept(kind, version.clone())>
                                    {tr("consents-accept")}
                                </button>
                            </p>
                        </Alert>
                    }
                }).collect_view();
                let rows = overview.records.iter().map(|r| {
                    let lang = i18n.lang_untracked();
                    let when = format!("{}, {}", day(lang, r.recorded_at), clock(lang, r.recorded_at));
                    let what = if r.granted { "consents-granted" } else { "consents-withdrawn" };
                    view! {
                        <tr data-testid="consent-record">
                            <td>{when}</td>
                            <td>{tr("consents-kind-terms")}</td>
                            <td>{version_label(lang, &r.text_version)}</td>
                            <td>{tr(what)}</td>
                        </tr>
                    }
                }).collect_view();
                let empty = overview.records.is_empty();
                view! {
                    {outstanding}
                    {if empty {
                        view! { <p class="muted" data-testid="consents-empty">{tr("consents-empty")}</p> }.into_any()
                    } else {
                        view! {
                            <div class="consent-table-wrap">
                                <table class="consent-table" data-testid="consent-table">
                                    <caption class="sr-only">{tr("consents-title")}</caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">{tr("consents-when")}</th>
                                            <th scope="col">{tr("consents-what")}</th>
                                            <th scope="col">{tr("consents-version")}</th>
                                            <th scope="col">{tr("consents-status")}</th>
                                        </tr>
                                    </thead>
                                    <tbody>{rows}</tbody>
                                </table>
                            </div>
                        }.into_any()
                    }}
                }
            })}
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
        <section class="card account-card" id="privacy" aria-labelledby="privacy-settings-heading" data-testid="account-privacy">
            <h2 id="privacy-settings-heading">{tr("privacy-card-title")}</h2>
            <p>{tr("privacy-settings-lead")}</p>
            {content}
        </section>
    }
}
