//! "Maintained by IHK Dresden": a profile an institution's CRM created and keeps up to date
//! (API token with `organizations:write`); its owners can end that, after confirming.

use glokal_api_types::{MemberRole, Organization};
use leptos::prelude::*;

use super::profile::OrgState;
use crate::api::use_api;
use crate::components::dialog::{ConfirmDialog, DialogHandle};
use crate::components::form::FormFeedback;
use crate::components::task::{task, Job};
use crate::i18n::{t_args, tr, Arg};
use crate::notices::{use_notices, NoticeKind};

/// The card on the profile, if an institution maintains it.
pub fn management_card(org: &Organization, state: OrgState) -> Option<impl IntoView> {
    let management = org.managed_by.clone()?;
    let api = use_api();
    let notices = use_notices();
    let id = org.id;
    let institution = management
        .institution_name
        .clone()
        .unwrap_or_else(|| "–".to_owned());
    let owner = org.my_role == Some(MemberRole::Owner);
    let dialog = DialogHandle::new();
    let feedback = FormFeedback::new();
    let ending = task();
    let confirm = Callback::new(move |_| {
        let path = format!("/organizations/{id}");
        ending.dispatch_local(Job::new(async move {
            let result = match api.end_management(id).await {
                Ok(()) => api.organization(id).await,
                Err(error) => Err(error),
            };
            match result {
                Ok(updated) => {
                    dialog.close();
                    state.set(Some(Ok(updated)));
                    notices.show(NoticeKind::Success, "managed-ended", path);
                }
                Err(error) => feedback.fail(error),
            }
        }));
    });
    let text = t_args("managed-by", vec![("name", Arg::Text(institution.clone()))]);
    Some(view! {
        <section class="card profile-card no-print" aria-labelledby="managed-title" data-testid="managed-card">
            <h2 id="managed-title">{tr("managed-title")}</h2>
            <p data-testid="managed-by">{text}</p>
            <p class="muted">{tr("managed-hint")}</p>
            {owner.then(|| view! {
                <button type="button" class="btn btn-secondary" data-testid="managed-end" on:click=move |_| { feedback.clear(); dialog.open(); }>
                    {tr("managed-end")}
                </button>
                <ConfirmDialog
                    handle=dialog
                    id="managed-end"
                    title=tr("managed-end-title")
                    text=t_args("managed-end-text", vec![("name", Arg::Text(institution))])
                    confirm=tr("managed-end-confirm")
                    feedback=feedback
                    pending=ending.pending()
                    on_confirm=confirm
                />
            })}
        </section>
    })
}
