//! Account deletion, confirmed with the password in a modal dialog.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::api::use_api;
use crate::components::dialog::{ConfirmDialog, DialogHandle};
use crate::components::form::{Checks, FormFeedback, TextField};
use crate::components::task::{task, Job};
use crate::i18n::tr;
use crate::notices::{use_notices, NoticeKind};
use crate::session::use_session;

/// The danger-zone card with its confirmation dialog.
#[component]
pub fn DeleteSection() -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let notices = use_notices();
    let navigate = use_navigate();
    let dialog = DialogHandle::new();
    let password = RwSignal::new(String::new());
    let feedback = FormFeedback::new();

    let delete = task();

    let open = move |_| {
        feedback.clear();
        password.set(String::new());
        dialog.open();
    };
    let on_confirm = Callback::new(move |ev: leptos::ev::SubmitEvent| {
        let value = password.get_untracked();
        match Checks::new().required("password", &value).finish() {
            Ok(()) => {
                let navigate = navigate.clone();
                delete.dispatch_local(Job::new(async move {
                    match api.delete_account(value).await {
                        Ok(()) => {
                            dialog.close();
                            // Leave the protected page before the session ends, then say goodbye at home.
                            navigate("/", Default::default());
                            session.sign_out();
                            notices.show(NoticeKind::Success, "account-deleted", "/");
                        }
                        Err(error) => feedback.fail(error),
                    }
                }));
            }
            Err(error) => feedback.reject(&ev, error),
        }
    });

    view! {
        <section class="card account-card danger-zone" aria-labelledby="delete-title" data-testid="delete-section">
            <h2 id="delete-title">{tr("account-delete-title")}</h2>
            <p class="muted">{tr("account-delete-text")}</p>
            <button type="button" class="btn btn-danger-outline" data-testid="delete-open" on:click=open>
                {tr("account-delete-open")}
            </button>
            <ConfirmDialog
                handle=dialog
                id="delete"
                title=tr("account-delete-dialog-title")
                text=tr("account-delete-dialog-text")
                confirm=tr("account-delete-confirm")
                feedback=feedback
                pending=delete.pending()
                on_confirm=on_confirm
            >
                <TextField
                    id="delete-password"
                    field="password"
                    label=tr("account-delete-password")
                    value=password
                    feedback=feedback
                    password=true
                    autocomplete="current-password"
                />
            </ConfirmDialog>
        </section>
    }
}
