//! `/invitations?token=…`: the link in an invitation mail. Shows organisation, role and inviter;
//! logged-out visitors log in or register and come back here, logged-in ones accept.

use glokal_api_types::{ErrorCode, InvitationPreview};
use leptos::either::{EitherOf3, EitherOf4};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};

use super::role_label;
use crate::api::{use_api, wire_name, ApiClientError};
use crate::components::alert::{Alert, AlertKind, ErrorAlert};
use crate::components::form::ActionButton;
use crate::components::fresh::Fresh;
use crate::components::spinner::Spinner;
use crate::components::task::{task, Job};
use crate::i18n::{format_date, t_args, tr, tr_label, use_i18n, use_page_title, Arg};
use crate::notices::{use_notices, NoticeKind};
use crate::pages::auth::AuthCard;
use crate::session::use_session;

/// The invitation page.
#[component]
pub fn InvitationPage() -> impl IntoView {
    use_page_title(tr("invitation-title"));
    let api = use_api();
    let token = use_query_map()
        .with_untracked(|q| q.get("token"))
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty());
    let preview = RwSignal::new(None::<Result<InvitationPreview, ApiClientError>>);
    match token.clone() {
        Some(token) => spawn_local(async move {
            let result = api.invitation(&token).await;
            preview.try_set(Some(result));
        }),
        None => preview.set(Some(Err(ApiClientError::local(ErrorCode::NotFound)))),
    }
    let token = token.unwrap_or_default();
    let content = move || {
        Fresh(match preview.get() {
            None => EitherOf4::A(view! { <Spinner /> }),
            Some(Err(error)) if error.status() == Some(404) => EitherOf4::B(view! {
                <div class="stack" data-testid="invitation-invalid">
                    <Alert kind=AlertKind::Error>
                        <p class="success-title"><strong>{tr("invitation-invalid-title")}</strong></p>
                        <p>{tr("invitation-invalid-text")}</p>
                    </Alert>
                    <a href="/" class="btn btn-secondary">{tr("notfound-home")}</a>
                </div>
            }),
            Some(Err(error)) => EitherOf4::C(view! { <ErrorAlert error=error /> }),
            Some(Ok(invitation)) => EitherOf4::D(details(invitation, token.clone())),
        })
    };
    view! {
        <AuthCard title=tr("invitation-title") testid="invitation-page">
            {content}
        </AuthCard>
    }
}

/// What the invitation offers and how to accept it.
fn details(invitation: InvitationPreview, token: String) -> impl IntoView {
    let i18n = use_i18n();
    let api = use_api();
    let session = use_session();
    let notices = use_notices();
    let navigate = use_navigate();
    let ready = Memo::new(move |_| session.ready());
    let account = Memo::new(move |_| session.user().map(|u| u.email));

    let role = tr_label(role_label(invitation.role));
    let lead = {
        let (org, by) = (
            invitation.organization_name.clone(),
            invitation.invited_by.clone(),
        );
        let mut args = vec![
            ("organization", Arg::Text(org)),
            ("role", Arg::Text(wire_name(&invitation.role))),
        ];
        match by {
            Some(name) => {
                args.push(("name", Arg::Text(name)));
                t_args("invitation-lead-by", args)
            }
            None => t_args("invitation-lead", args),
        }
    };
    let expires = invitation.expires_at;
    let until = move || format_date(i18n.lang(), expires);

    // Back here after logging in or registering.
    let here = format!("/invitations?token={token}");
    let next = String::from(js_sys::encode_uri_component(&here));
    let login_href = format!("/login?next={next}");
    let register_href = format!(
        "/register?next={next}&email={}",
        String::from(js_sys::encode_uri_component(&invitation.email))
    );

    let accept = task();
    let failed = RwSignal::new(None::<ApiClientError>);
    let organization_id = invitation.organization_id;
    let on_accept = Callback::new(move |()| {
        failed.set(None);
        let token = token.clone();
        let navigate = navigate.clone();
        accept.dispatch_local(Job::new(async move {
            match api.accept_invitation(&token).await {
                Ok(membership) => {
                    let path = format!("/organizations/{}", membership.organization_id);
                    navigate(&path, Default::default());
                    notices.show(NoticeKind::Success, "invitation-accepted", path);
                }
                Err(error) => failed.set(Some(error)),
            }
        }));
    });
    let invited = invitation.email.clone();
    let actions = move || {
        Fresh(if !ready.get() {
            EitherOf3::A(view! { <Spinner /> })
        } else if let Some(email) = account.get() {
            let other = (!email.eq_ignore_ascii_case(&invited)).then(|| {
                let text = t_args(
                    "invitation-other-account",
                    vec![("invited", Arg::Text(invited.clone())), ("account", Arg::Text(email))],
                );
                view! { <Alert kind=AlertKind::Info><p data-testid="invitation-other-account">{text}</p></Alert> }
            });
            EitherOf3::B(view! {
                {other}
                {move || Fresh(failed.get().map(|error| view! { <ErrorAlert error=error /> }))}
                <ActionButton label=tr("invitation-accept") pending=accept.pending() testid="invitation-accept" class="btn btn-primary" on_click=on_accept />
            })
        } else {
            EitherOf3::C(view! {
                <p>{tr("invitation-login-text")}</p>
                <div class="button-row">
                    <a href=login_href.clone() class="btn btn-primary" data-testid="invitation-login">{tr("invitation-login")}</a>
                    <a href=register_href.clone() class="btn btn-secondary" data-testid="invitation-register">{tr("invitation-register")}</a>
                </div>
            })
        })
    };
    view! {
        <div class="stack invitation" data-testid="invitation-details" data-organization=organization_id.to_string()>
            <p class="lead" data-testid="invitation-lead">{lead}</p>
            <dl class="facts">
                <div>
                    <dt>{tr("invitation-organization")}</dt>
                    <dd><a href=format!("/organizations/{organization_id}") data-testid="invitation-organization">{invitation.organization_name.clone()}</a></dd>
                </div>
                <div>
                    <dt>{tr("invitation-role")}</dt>
                    <dd data-testid="invitation-role">{role}</dd>
                </div>
                <div>
                    <dt>{tr("invitation-email")}</dt>
                    <dd>{invitation.email.clone()}</dd>
                </div>
                <div>
                    <dt>{tr("invitation-valid-until")}</dt>
                    <dd>{until}</dd>
                </div>
            </dl>
            <p class="muted">{move || match invitation.role {
                glokal_api_types::MemberRole::Owner => i18n.t("invitation-role-owner-hint"),
                glokal_api_types::MemberRole::Editor => i18n.t("invitation-role-editor-hint"),
            }}</p>
            {actions}
        </div>
    }
}
