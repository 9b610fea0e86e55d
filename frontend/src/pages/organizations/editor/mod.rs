//! `/organizations/new` and `/organizations/:id/edit`: the organisation editor.

mod sections;
mod state;

use glokal_api_types::{Language, MemberRole, Organization};
use leptos::either::{Either, EitherOf5};
use leptos::html::Dialog;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_navigate;

use self::state::OrgForm;
use super::profile::use_organization;
use crate::api::{use_api, ApiClientError};
use crate::components::alert::{Alert, AlertKind, ErrorAlert};
use crate::components::form::{Checks, FormError, FormFeedback, SubmitButton};
use crate::components::fresh::Fresh;
use crate::components::leave_guard::{release_leave_guard, use_leave_guard};
use crate::components::require_login::{login_gate, Gate};
use crate::components::spinner::Spinner;
use crate::components::task::{task, Job};
use crate::i18n::{t_args, tr, use_i18n, use_page_title, Arg};
use crate::notices::{use_notices, NoticeKind};
use crate::pages::not_found::NotFoundPage;

/// Id of the editor's form element.
const FORM_ID: &str = "org-form";

/// `/organizations/new` (login required).
#[component]
pub fn NewOrganizationPage() -> impl IntoView {
    use_page_title(tr("editor-new-title"));
    let gate = login_gate();
    move || {
        Fresh(match gate() {
            Gate::Wait => Either::Left(Either::Left(
                view! { <div class="page-loading"><Spinner /></div> },
            )),
            Gate::Open => Either::Right(editor(None)),
            Gate::Login(path) => {
                Either::Left(Either::Right(Some(view! { <Redirect path=path /> })))
            }
            Gate::Away => Either::Left(Either::Right(None)),
        })
    }
}

/// `/organizations/:id/edit` (login required; owners and editors).
#[component]
pub fn EditOrganizationPage() -> impl IntoView {
    use_page_title(tr("editor-edit-title"));
    let gate = login_gate();
    let org = use_organization();
    move || {
        Fresh(match (gate(), org.get()) {
            (Gate::Login(path), _) => EitherOf5::A(Some(view! { <Redirect path=path /> })),
            (Gate::Away, _) => EitherOf5::A(None),
            (Gate::Wait, _) | (_, None) => {
                EitherOf5::B(view! { <div class="page-loading"><Spinner /></div> })
            }
            (_, Some(Err(error))) if error.status() == Some(404) => {
                EitherOf5::C(view! { <NotFoundPage /> })
            }
            (_, Some(Err(error))) => EitherOf5::D(Either::Left(view! {
                <section class="container narrow page-error"><ErrorAlert error=error /></section>
            })),
            (_, Some(Ok(org))) if org.my_role.is_none() => EitherOf5::D(Either::Right(view! {
                <section class="container narrow page-error" data-testid="editor-forbidden">
                    <Alert kind=AlertKind::Error><p>{tr("editor-forbidden")}</p></Alert>
                    <p><a href=format!("/organizations/{}", org.id)>{tr("editor-back-to-profile")}</a></p>
                </section>
            })),
            (_, Some(Ok(org))) => EitherOf5::E(editor(Some(org))),
        })
    }
}

/// The form; `org` is the organisation being edited, `None` for a new one.
fn editor(org: Option<Organization>) -> impl IntoView {
    let i18n = use_i18n();
    let api = use_api();
    let navigate = use_navigate();
    let notices = use_notices();
    let editing = org.as_ref().map(|o| o.id);
    let owner = org
        .as_ref()
        .is_some_and(|o| o.my_role == Some(MemberRole::Owner));
    let title_name = org.as_ref().map(|o| o.name.clone());

    let form = OrgForm::new(org.as_ref(), i18n.lang_untracked());
    let initial = RwSignal::new(untrack(|| form.input()));
    let dirty = Memo::new(move |_| form.input() != initial.get());
    use_leave_guard(dirty.into());
    let clean = move || !dirty.get();

    let feedback = FormFeedback::new();
    // The description tab shown: the UI language, or the first language with a text.
    let first_text = untrack(|| form.input().description.languages().first().copied());
    let ui_lang = i18n.lang_untracked();
    let tab = RwSignal::new(match first_text {
        Some(lang) if untrack(|| form.description(ui_lang).get().trim().is_empty()) => lang,
        _ => ui_lang,
    });

    let show_errors = move |error: ApiClientError| {
        // Open the description tab that has an error, so its field can take the focus.
        let fields = error.fields();
        if let Some(lang) = Language::ALL
            .into_iter()
            .find(|l| fields.contains_key(&format!("description.{}", l.code())))
        {
            tab.set(lang);
        }
        feedback.fail_and_focus(FORM_ID, error);
    };

    let save = task();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        feedback.clear();
        let input = untrack(|| form.input());
        let year = form.founding_year.get_untracked();
        let mut checks = Checks::new()
            .required("name", &input.name)
            .required("country", &input.country)
            .required("city", &input.city)
            .check(
                "founding_year",
                year.trim().is_empty() || input.founding_year.is_some(),
                "out_of_range",
            )
            .check(
                "description",
                !input.description.languages().is_empty(),
                "text_required",
            );
        for (index, contact) in input.contacts.iter().enumerate() {
            checks = checks.required(&format!("contacts[{index}].name"), &contact.name);
        }
        if let Err(error) = checks.finish() {
            show_errors(error);
            return;
        }
        let navigate = navigate.clone();
        save.dispatch_local(Job::new(async move {
            let result = match editing {
                Some(id) => api.update_organization(id, &input).await,
                None => api.create_organization(&input).await,
            };
            match result {
                Ok(saved) => {
                    initial.set(input);
                    release_leave_guard();
                    let path = format!("/organizations/{}", saved.id);
                    navigate(&path, Default::default());
                    notices.show(NoticeKind::Success, "editor-saved", path);
                }
                Err(error) => show_errors(error),
            }
        }));
    };

    let cancel_href = editing
        .map(|id| format!("/organizations/{id}"))
        .unwrap_or_else(|| "/organizations".to_owned());
    let heading = match title_name {
        Some(name) => Either::Left(t_args(
            "editor-edit-heading",
            vec![("name", Arg::Text(name))],
        )),
        None => Either::Right(tr("editor-new-title")),
    };

    view! {
        <section class="container editor" data-testid="editor-page">
            <header class="page-header">
                <h1>{heading}</h1>
                <p class="lead">{tr("editor-lead")}</p>
                <p class="form-note">{tr("editor-required-note")}</p>
            </header>
            <form id=FORM_ID class="editor-form" novalidate on:submit=on_submit data-testid="editor-form">
                {sections::ares_panel(form)}
                {sections::basics(form, feedback)}
                {sections::address(form, feedback)}
                {sections::channels(form, feedback)}
                {sections::classification(form, feedback)}
                {sections::description(form, feedback, tab)}
                {sections::registration(form, feedback)}
                {sections::contacts(form, feedback)}
                <div class="editor-actions">
                    <FormError feedback=feedback />
                    <div class="editor-buttons">
                        <SubmitButton
                            label=if editing.is_some() { tr("editor-save") } else { tr("editor-create") }
                            pending=save.pending()
                            testid="editor-submit"
                        />
                        <a href=cancel_href class="btn btn-ghost" data-testid="editor-cancel">{tr("editor-cancel")}</a>
                        <span class="editor-dirty" data-testid="editor-dirty" hidden=clean>
                            {tr("editor-unsaved")}
                        </span>
                    </div>
                </div>
            </form>
            {owner.then(|| editing.map(delete_organization)).flatten()}
        </section>
    }
}

/// Deleting the organisation (owners), confirmed in a dialog.
fn delete_organization(id: uuid::Uuid) -> impl IntoView {
    let api = use_api();
    let notices = use_notices();
    let navigate = use_navigate();
    let dialog = NodeRef::<Dialog>::new();
    let feedback = FormFeedback::new();
    let delete = task();
    let open = move |_| {
        feedback.clear();
        if let Some(dialog) = dialog.get() {
            let _ = dialog.show_modal();
        }
    };
    let close = move |_| {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        feedback.clear();
        let navigate = navigate.clone();
        delete.dispatch_local(Job::new(async move {
            match api.delete_organization(id).await {
                Ok(()) => {
                    if let Some(dialog) = dialog.get_untracked() {
                        dialog.close();
                    }
                    release_leave_guard();
                    navigate("/organizations", Default::default());
                    notices.show(NoticeKind::Success, "editor-deleted", "/organizations");
                }
                Err(error) => feedback.fail(error),
            }
        }));
    };
    view! {
        <section class="card danger-zone editor-delete" aria-labelledby="org-delete-title" data-testid="org-delete-section">
            <h2 id="org-delete-title">{tr("editor-delete-title")}</h2>
            <p class="muted">{tr("editor-delete-text")}</p>
            <button type="button" class="btn btn-danger-outline" data-testid="org-delete-open" on:click=open>
                {tr("editor-delete-open")}
            </button>
            <dialog node_ref=dialog class="dialog" aria-labelledby="org-delete-dialog-title" data-testid="org-delete-dialog">
                <form class="form" novalidate on:submit=on_submit>
                    <h2 id="org-delete-dialog-title">{tr("editor-delete-dialog-title")}</h2>
                    <p>{tr("editor-delete-dialog-text")}</p>
                    <FormError feedback=feedback />
                    <div class="dialog-actions">
                        <button type="button" class="btn btn-ghost" data-testid="org-delete-cancel" on:click=close>
                            {tr("account-delete-cancel")}
                        </button>
                        <SubmitButton
                            label=tr("editor-delete-confirm")
                            pending=delete.pending()
                            testid="org-delete-confirm"
                            class="btn btn-danger"
                        />
                    </div>
                </form>
            </dialog>
        </section>
    }
}
