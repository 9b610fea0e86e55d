//! Verification by institutions: the badges on profiles and directory cards ("verified by IHK
//! Dresden" with the day, and the separate "register checked" mark), and on the profile the
//! panel where institution staff and platform admins verify or withdraw, after confirming.

use chrono::{DateTime, Utc};
use glokal_api_types::{
    MemberRole, Organization, OrganizationKind, Role, VerifyOrganizationRequest,
};
use leptos::either::Either;
use leptos::prelude::*;
use leptos::task::spawn_local;
use uuid::Uuid;

use super::profile::OrgState;
use crate::api::use_api;
use crate::components::dialog::{ConfirmDialog, DialogHandle};
use crate::components::form::{FormFeedback, SelectField};
use crate::components::fresh::Fresh;
use crate::components::task::{task, Job};
use crate::i18n::{format_date, t_args, tr, use_i18n, Arg, Label};
use crate::notices::{use_notices, NoticeKind};
use crate::session::use_session;

/// Kinds of organisation that vouch for others (as the API's `VOUCHING_KINDS`).
pub const INSTITUTION_KINDS: [OrganizationKind; 6] = [
    OrganizationKind::Chamber,
    OrganizationKind::Cluster,
    OrganizationKind::Association,
    OrganizationKind::Research,
    OrganizationKind::DevelopmentAgency,
    OrganizationKind::PublicBody,
];

/// Whether the logged-in person is institution staff or a platform admin (untracked).
pub fn is_staff() -> bool {
    use_session()
        .user_untracked()
        .is_some_and(|u| matches!(u.role, Role::InstitutionStaff | Role::PlatformAdmin))
}

/// "Verified by <institution> · <day>" (or by the platform) and "register checked".
pub fn verification_badges(
    verified_at: Option<DateTime<Utc>>,
    by: Option<String>,
    register_checked: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let verified = verified_at.map(|at| {
        let text = move || {
            let lang = i18n.lang();
            let date = format_date(lang, at);
            match &by {
                Some(name) => i18n.t_args(
                    "verify-badge-by",
                    &[("name", name.as_str().into()), ("date", date.into())],
                ),
                None => i18n.t_args("verify-badge-platform", &[("date", date.into())]),
            }
        };
        view! {
            <span class="badge badge-verified" data-testid="verified-badge" title=tr("verify-badge-hint")>
                <span aria-hidden="true">"✓ "</span>{text}
            </span>
        }
    });
    let register = register_checked.then(|| {
        view! {
            <span class="badge badge-register" data-testid="register-badge" title=tr("verify-register-hint")>
                {tr("verify-register-checked")}
            </span>
        }
    });
    (verified.is_some() || register.is_some())
        .then(|| view! { <span class="verify-badges">{verified}{register}</span> })
}

/// The institutions the person may verify for: organisations they own or edit whose kind
/// vouches (each profile is loaded to know its kind), without `except`.
fn use_my_institutions(except: Uuid) -> RwSignal<Option<Vec<(Uuid, String)>>> {
    let api = use_api();
    let found = RwSignal::new(None);
    spawn_local(async move {
        let mut institutions = Vec::new();
        for membership in api.my_organizations().await.unwrap_or_default() {
            if membership.organization_id == except {
                continue;
            }
            if let Ok(org) = api.organization(membership.organization_id).await {
                if INSTITUTION_KINDS.contains(&org.kind) && org.my_role.is_some() {
                    institutions.push((org.id, org.name));
                }
            }
        }
        found.try_set(Some(institutions));
    });
    found
}

/// The panel on a profile for institution staff and platform admins.
pub fn verification_panel(org: &Organization, state: OrgState) -> impl IntoView {
    let api = use_api();
    let notices = use_notices();
    let admin = use_session()
        .user_untracked()
        .is_some_and(|u| u.role == Role::PlatformAdmin);
    let id = org.id;
    let path = format!("/organizations/{id}");
    let institutions = use_my_institutions(id);
    let verification = org.verification.clone();
    let verifier = verification.as_ref().and_then(|v| v.institution_id);
    // Withdrawing: the verifying institution's staff, and admins.
    let may_revoke = move || {
        admin
            || institutions.with(|list| {
                list.as_ref()
                    .is_some_and(|list| list.iter().any(|(i, _)| Some(*i) == verifier))
            })
    };

    let verify_dialog = DialogHandle::new();
    let verify_feedback = FormFeedback::new();
    let verifying = task();
    let institution = RwSignal::new(String::new());
    let register_confirmed = RwSignal::new(false);
    Effect::new(move |_| {
        if let Some(first) = institutions.with(|l| l.as_ref().and_then(|l| l.first().map(|i| i.0)))
        {
            if institution.get_untracked().is_empty() {
                institution.set(first.to_string());
            }
        }
    });
    let done_path = path.clone();
    let confirm_verify = Callback::new(move |_| {
        let request = VerifyOrganizationRequest {
            institution_id: Uuid::parse_str(&institution.get_untracked()).ok(),
            register_confirmed: register_confirmed.get_untracked(),
        };
        let path = done_path.clone();
        verifying.dispatch_local(Job::new(async move {
            match api.verify_organization(id, &request).await {
                Ok(updated) => {
                    verify_dialog.close();
                    state.set(Some(Ok(updated)));
                    notices.show(NoticeKind::Success, "verify-done", path);
                }
                Err(error) => verify_feedback.fail(error),
            }
        }));
    });

    let revoke_dialog = DialogHandle::new();
    let revoke_feedback = FormFeedback::new();
    let revoking = task();
    let confirm_revoke = Callback::new(move |_| {
        let path = path.clone();
        revoking.dispatch_local(Job::new(async move {
            let result = match api.revoke_verification(id).await {
                Ok(()) => api.organization(id).await,
                Err(error) => Err(error),
            };
            match result {
                Ok(updated) => {
                    revoke_dialog.close();
                    state.set(Some(Ok(updated)));
                    notices.show(NoticeKind::Success, "verify-revoked", path);
                }
                Err(error) => revoke_feedback.fail(error),
            }
        }));
    });

    let i18n = use_i18n();
    let status = match &verification {
        Some(v) => {
            let (at, name) = (v.verified_at, v.institution_name.clone());
            Either::Left(move || {
                let date = format_date(i18n.lang(), at);
                match &name {
                    Some(name) => i18n.t_args(
                        "verify-status-by",
                        &[("name", name.as_str().into()), ("date", date.into())],
                    ),
                    None => i18n.t_args("verify-status-platform", &[("date", date.into())]),
                }
            })
        }
        None => Either::Right(tr("verify-status-none")),
    };
    let verified = verification.is_some();
    // Staff without an institution of their own cannot verify (admins always can).
    let actions = move || {
        let none = institutions.with(|l| l.as_ref().is_some_and(Vec::is_empty));
        Fresh(if verified {
            Either::Left(may_revoke().then(|| view! {
                <button type="button" class="btn btn-ghost btn-danger-text" data-testid="verify-revoke" on:click=move |_| { revoke_feedback.clear(); revoke_dialog.open(); }>
                    {tr("verify-revoke")}
                </button>
            }))
        } else if none && !admin {
            Either::Right(Either::Left(
                view! { <p class="muted" data-testid="verify-no-institution">{tr("verify-no-institution")}</p> },
            ))
        } else {
            Either::Right(Either::Right(view! {
                <button type="button" class="btn btn-primary" data-testid="verify-open" on:click=move |_| { verify_feedback.clear(); verify_dialog.open(); }>
                    {tr("verify-action")}
                </button>
            }))
        })
    };
    let options = move || {
        let mut options: Vec<(String, Label)> = institutions
            .get()
            .unwrap_or_default()
            .into_iter()
            .map(|(id, name)| (id.to_string(), Label::Plain(name)))
            .collect();
        if admin {
            options.push((String::new(), Label::Id("verify-as-platform")));
        }
        Fresh(view! {
            <SelectField id="verify-institution" field="institution_id" label=tr("verify-institution") value=institution feedback=verify_feedback options=options />
        })
    };
    let german = org.country == "DE";
    let name = org.name.clone();
    view! {
        <section class="card profile-card verify-panel no-print" aria-labelledby="verify-title" data-testid="verify-panel">
            <h2 id="verify-title">{tr("verify-panel-title")}</h2>
            <p data-testid="verify-status">{status}</p>
            {actions}
            <ConfirmDialog
                handle=verify_dialog
                id="verify"
                title=tr("verify-dialog-title")
                text=t_args("verify-dialog-text", vec![("name", Arg::Text(name.clone()))])
                confirm=tr("verify-confirm")
                confirm_class="btn btn-primary"
                feedback=verify_feedback
                pending=verifying.pending()
                on_confirm=confirm_verify
            >
                {options}
                {german.then(|| view! {
                    <label class="checkbox">
                        <input type="checkbox" data-testid="verify-register" bind:checked=register_confirmed />
                        {tr("verify-register-confirm")}
                    </label>
                })}
            </ConfirmDialog>
            <ConfirmDialog
                handle=revoke_dialog
                id="verify-revoke"
                title=tr("verify-revoke-title")
                text=t_args("verify-revoke-text", vec![("name", Arg::Text(name))])
                confirm=tr("verify-revoke-confirm")
                feedback=revoke_feedback
                pending=revoking.pending()
                on_confirm=confirm_revoke
            />
        </section>
    }
}

/// Whether the person may manage the organisation's API tokens: an owner (or admin) who is
/// institution staff, of an institution.
pub fn manages_tokens(org: &Organization) -> bool {
    is_staff() && org.my_role == Some(MemberRole::Owner) && INSTITUTION_KINDS.contains(&org.kind)
}
