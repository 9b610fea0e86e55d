//! `/organizations/new` and `/organizations/:id/edit`: the organisation editor.

mod logo;
pub mod offerings;
pub mod sections;
pub mod state;

use glokal_api_types::{MemberRole, Organization};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_navigate;

use self::state::OrgForm;
use super::profile::members_only;
use crate::api::{use_api, ApiClientError};
use crate::components::dialog::{ConfirmDialog, DialogHandle};
use crate::components::form::{Checks, FormError, FormFeedback, SubmitButton};
use crate::components::fresh::Fresh;
use crate::components::lang_tabs::tab_with_error;
use crate::components::leave_guard::{release_leave_guard, use_leave_guard};
use crate::components::require_login::{login_gate, Gate};
use crate::components::spinner::Spinner;
use crate::components::task::{task, Job};
use crate::i18n::{t_args, tr, use_i18n, use_page_title, Arg};
use crate::notices::{use_notices, NoticeKind};

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
    members_only("editor-forbidden", "editor-forbidden", |org| {
        editor(Some(org))
    })
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
    let logo = org
        .as_ref()
        .map(|o| logo::logo_block(o.id, o.name.clone(), o.logo_url.clone()));

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
        if let Some(lang) = tab_with_error(&error.fields(), &["description"]) {
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
        for (index, offering) in input.offerings.iter().enumerate() {
            checks = checks.check(
                &format!("offerings[{index}].name"),
                !offering.name.languages().is_empty(),
                "text_required",
            );
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
            {logo}
            <form id=FORM_ID class="editor-form" novalidate on:submit=on_submit data-testid="editor-form">
                {sections::ares_panel(form)}
                {sections::basics(form, feedback)}
                {sections::address(form, feedback)}
                {sections::channels(form, feedback)}
                {sections::classification(form, feedback)}
                {sections::description(form, feedback, tab)}
                {offerings::offerings(form, feedback)}
                {offerings::certifications(form, feedback)}
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
    let dialog = DialogHandle::new();
    let feedback = FormFeedback::new();
    let delete = task();
    let open = move |_| {
        feedback.clear();
        dialog.open();
    };
    let on_confirm = Callback::new(move |_| {
        let navigate = navigate.clone();
        delete.dispatch_local(Job::new(async move {
            match api.delete_organization(id).await {
                Ok(()) => {
                    dialog.close();
                    release_leave_guard();
                    navigate("/organizations", Default::default());
                    notices.show(NoticeKind::Success, "editor-deleted", "/organizations");
                }
                Err(error) => feedback.fail(error),
            }
        }));
    });
    view! {
        <section class="card danger-zone editor-delete" aria-labelledby="org-delete-title" data-testid="org-delete-section">
            <h2 id="org-delete-title">{tr("editor-delete-title")}</h2>
            <p class="muted">{tr("editor-delete-text")}</p>
            <button type="button" class="btn btn-danger-outline" data-testid="org-delete-open" on:click=open>
                {tr("editor-delete-open")}
            </button>
            <ConfirmDialog
                handle=dialog
                id="org-delete"
                title=tr("editor-delete-dialog-title")
                text=tr("editor-delete-dialog-text")
                confirm=tr("editor-delete-confirm")
                feedback=feedback
                pending=delete.pending()
                on_confirm=on_confirm
            />
        </section>
    }
}
