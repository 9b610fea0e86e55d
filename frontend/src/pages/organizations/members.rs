//! `/organizations/:id/members`: the members and open invitations of an organisation (owners and
//! editors); owners invite, change roles (hand over) and remove; everybody can leave.

use glokal_api_types::{
    InviteMemberRequest, Language, MemberList, MemberRole, Organization, OrganizationMember,
    PendingInvitation,
};
use glokal_i18n::FluentValue;
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use uuid::Uuid;

use super::profile::members_only;
use super::role_label;
use crate::api::{from_wire_name, use_api, wire_name, ApiClientError};
use crate::components::alert::{Alert, AlertKind, ErrorAlert};
use crate::components::dialog::{ConfirmDialog, DialogHandle};
use crate::components::form::{
    Checks, FormError, FormFeedback, SelectField, SubmitButton, TextField,
};
use crate::components::fresh::Fresh;
use crate::components::header::initials;
use crate::components::spinner::Spinner;
use crate::components::task::{task, Job};
use crate::i18n::{format_date, t_args, tr, tr_label, use_i18n, use_page_title, Arg, Label};
use crate::notices::{use_notices, NoticeKind};
use crate::session::use_session;

/// The page (login required; members of the organisation only).
#[component]
pub fn MembersPage() -> impl IntoView {
    use_page_title(tr("members-title"));
    members_only("members-forbidden", "members-forbidden", members)
}

/// The result of the last action on the list: a success message (id, person) or an error.
type Outcome = Option<Result<(&'static str, String), ApiClientError>>;

fn members(org: Organization) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let id = org.id;
    let me = session.user_untracked().map(|u| u.id);
    let list = RwSignal::new(None::<Result<MemberList, ApiClientError>>);
    let outcome = RwSignal::new(None as Outcome);
    let reload = move || {
        leptos::task::spawn_local(async move {
            let result = api.members(id).await;
            list.try_set(Some(result));
        });
    };
    reload();

    // My role as the list says (it changes when I hand over).
    let my_role = Memo::new(move |_| {
        list.with(|l| {
            l.as_ref()
                .and_then(|l| l.as_ref().ok())
                .and_then(|l| l.members.iter().find(|m| Some(m.user_id) == me))
                .map(|m| m.role)
        })
    });
    let owner = move || my_role.get() == Some(MemberRole::Owner);

    // Dialogs: remove a member, leave.
    let target = RwSignal::new(None::<OrganizationMember>);
    let remove_dialog = DialogHandle::new();
    let remove_feedback = FormFeedback::new();
    let remove = task();
    let leave_dialog = DialogHandle::new();
    let leave_feedback = FormFeedback::new();
    let leave = task();
    let notices = use_notices();
    let navigate = use_navigate();

    let change_role = task();
    let actions = Actions {
        ask_remove: Callback::new(move |member: OrganizationMember| {
            remove_feedback.clear();
            target.set(Some(member));
            remove_dialog.open();
        }),
        ask_leave: Callback::new(move |()| {
            leave_feedback.clear();
            leave_dialog.open();
        }),
        set_role: Callback::new(move |(member, role): (OrganizationMember, MemberRole)| {
            outcome.set(None);
            change_role.dispatch_local(Job::new(async move {
                match api.update_member(id, member.user_id, role).await {
                    Ok(updated) => {
                        let message = match role {
                            MemberRole::Owner => "members-now-owner",
                            MemberRole::Editor => "members-now-editor",
                        };
                        outcome.set(Some(Ok((message, member.display_name))));
                        list.set(Some(Ok(updated)));
                    }
                    Err(error) => outcome.set(Some(Err(error))),
                }
            }));
        }),
        withdraw: Callback::new(move |invitation: PendingInvitation| {
            outcome.set(None);
            change_role.dispatch_local(Job::new(async move {
                match api.revoke_invitation(id, invitation.id).await {
                    Ok(()) => {
                        outcome.set(Some(Ok(("members-withdrawn", invitation.email))));
                        reload();
                    }
                    Err(error) => outcome.set(Some(Err(error))),
                }
            }));
        }),
        busy: change_role.pending().into(),
    };

    let confirm_remove = Callback::new(move |_| {
        let Some(member) = target.get_untracked() else {
            return;
        };
        remove.dispatch_local(Job::new(async move {
            match api.remove_member(id, member.user_id).await {
                Ok(()) => {
                    remove_dialog.close();
                    outcome.set(Some(Ok(("members-removed", member.display_name))));
                    reload();
                }
                Err(error) => remove_feedback.fail(error),
            }
        }));
    });
    let confirm_leave = Callback::new(move |_| {
        let Some(me) = me else { return };
        let navigate = navigate.clone();
        leave.dispatch_local(Job::new(async move {
            match api.remove_member(id, me).await {
                Ok(()) => {
                    leave_dialog.close();
                    navigate("/account", Default::default());
                    notices.show(NoticeKind::Success, "members-left", "/account");
                }
                Err(error) => leave_feedback.fail(error),
            }
        }));
    });
    let i18n = use_i18n();
    let remove_text = move || {
        let name = target.with(|t| t.as_ref().map(|m| m.display_name.clone()));
        i18n.t_args(
            "members-remove-dialog-text",
            &[("name", FluentValue::from(name.unwrap_or_default()))],
        )
    };
    let outcome_view = move || {
        Fresh(outcome.get().map(|outcome| match outcome {
            Ok((message, name)) => Either::Left(view! {
                <Alert kind=AlertKind::Success>
                    <p data-testid="members-done">{t_args(message, vec![("name", Arg::Text(name))])}</p>
                </Alert>
            }),
            Err(error) => Either::Right(view! { <ErrorAlert error=error /> }),
        }))
    };
    let content = move || {
        Fresh(match list.get() {
            None => EitherOf3::A(view! { <div class="page-loading"><Spinner /></div> }),
            Some(Err(error)) => EitherOf3::B(view! { <ErrorAlert error=error /> }),
            Some(Ok(data)) => EitherOf3::C(list_view(data, me, owner(), actions)),
        })
    };
    let invite = move || Fresh(owner().then(|| invite_form(id, list, outcome)));
    let editor_note = move || {
        Fresh((my_role.get() == Some(MemberRole::Editor)).then(|| {
            view! { <p class="muted" data-testid="members-editor-note">{tr("members-editor-note")}</p> }
        }))
    };

    // Institutions' owners who are staff: their CRM's API tokens.
    let tokens_link = super::verification::manages_tokens(&org).then(|| {
        view! {
            <section class="card members-card" aria-labelledby="members-tokens-title">
                <h2 id="members-tokens-title">{tr("tokens-title")}</h2>
                <p class="muted">{tr("tokens-members-hint")}</p>
                <a href=format!("/organizations/{id}/api-tokens") class="btn btn-secondary" data-testid="members-api-tokens">
                    {tr("tokens-manage")}
                </a>
            </section>
        }
    });

    view! {
        <section class="container members-page" data-testid="members-page">
            <header class="page-header">
                <p class="back-link">
                    <a href=format!("/organizations/{id}") data-testid="members-back">{tr("members-back")}</a>
                </p>
                <h1>{tr("members-title")}</h1>
                <p class="lead" data-testid="members-org-name">{org.name.clone()}</p>
                <p class="muted">{tr("members-lead")}</p>
            </header>
            <div class="members-layout">
                <div class="members-main">
                    {outcome_view}
                    {content}
                </div>
                <aside class="members-side">
                    {invite}
                    {editor_note}
                    {tokens_link}
                </aside>
            </div>
            <ConfirmDialog
                handle=remove_dialog
                id="member-remove"
                title=tr("members-remove-dialog-title")
                text=remove_text
                confirm=tr("members-remove-confirm")
                feedback=remove_feedback
                pending=remove.pending()
                on_confirm=confirm_remove
            />
            <ConfirmDialog
                handle=leave_dialog
                id="member-leave"
                title=tr("members-leave-dialog-title")
                text=t_args("members-leave-dialog-text", vec![("name", Arg::Text(org.name.clone()))])
                confirm=tr("members-leave-confirm")
                feedback=leave_feedback
                pending=leave.pending()
                on_confirm=confirm_leave
            />
        </section>
    }
}

/// What the buttons of the list do.
#[derive(Clone, Copy)]
struct Actions {
    ask_remove: Callback<OrganizationMember>,
    ask_leave: Callback<()>,
    set_role: Callback<(OrganizationMember, MemberRole)>,
    withdraw: Callback<PendingInvitation>,
    busy: Signal<bool>,
}

/// Members and open invitations.
fn list_view(data: MemberList, me: Option<Uuid>, owner: bool, actions: Actions) -> impl IntoView {
    let i18n = use_i18n();
    let count = data.members.len();
    let member = move |member: OrganizationMember| {
        let own = Some(member.user_id) == me;
        let since = member.since;
        let since = move || {
            t_args(
                "members-since",
                vec![("date", Arg::Text(format_date(i18n.lang(), since)))],
            )()
        };
        let buttons = if own {
            Either::Left(view! {
                <button type="button" class="btn btn-secondary btn-small" data-testid="member-leave" on:click=move |_| actions.ask_leave.run(())>
                    {tr("members-leave")}
                </button>
            })
        } else {
            let toggled = match member.role {
                MemberRole::Owner => MemberRole::Editor,
                MemberRole::Editor => MemberRole::Owner,
            };
            let toggle_label = match toggled {
                MemberRole::Owner => "members-make-owner",
                MemberRole::Editor => "members-make-editor",
            };
            let for_toggle = member.clone();
            let for_remove = member.clone();
            Either::Right(owner.then(|| {
                view! {
                    <button
                        type="button"
                        class="btn btn-secondary btn-small"
                        data-testid="member-role"
                        disabled=move || actions.busy.get()
                        on:click=move |_| actions.set_role.run((for_toggle.clone(), toggled))
                    >
                        {tr(toggle_label)}
                    </button>
                    <button type="button" class="btn btn-ghost btn-small btn-danger-text" data-testid="member-remove" on:click=move |_| actions.ask_remove.run(for_remove.clone())>
                        {tr("members-remove")}
                    </button>
                }
            }))
        };
        view! {
            <li class="member-row" data-testid="member-row" data-email=member.email.clone() data-role=wire_name(&member.role)>
                <span class="avatar" aria-hidden="true">{initials(&member.display_name)}</span>
                <div class="member-info">
                    <p class="member-name">
                        {member.display_name.clone()}
                        {own.then(|| view! { " " <span class="badge">{tr("members-you")}</span> })}
                    </p>
                    <p class="member-email">{member.email.clone()}</p>
                </div>
                <div class="member-meta">
                    <span class="badge badge-role" data-testid="member-role-name">{tr_label(role_label(member.role))}</span>
                    <span class="muted">{since}</span>
                </div>
                <div class="member-actions">{buttons}</div>
            </li>
        }
    };
    let invitation = move |invitation: PendingInvitation| {
        let expires = invitation.expires_at;
        let by = invitation.invited_by.clone().unwrap_or_default();
        let details = move || {
            let lang = i18n.lang();
            let until = t_args(
                "members-invitation-until",
                vec![("date", Arg::Text(format_date(lang, expires)))],
            )();
            if by.is_empty() {
                until
            } else {
                format!(
                    "{} · {until}",
                    t_args("members-invited-by", vec![("name", Arg::Text(by.clone()))])()
                )
            }
        };
        let withdrawn = invitation.clone();
        view! {
            <li class="member-row invitation-row" data-testid="invitation-row" data-email=invitation.email.clone()>
                <span class="avatar avatar-pending" aria-hidden="true">"@"</span>
                <div class="member-info">
                    <p class="member-name">{invitation.email.clone()}</p>
                    <p class="member-email">{details}</p>
                </div>
                <div class="member-meta">
                    <span class="badge badge-role">{tr_label(role_label(invitation.role))}</span>
                </div>
                <div class="member-actions">
                    {owner.then(|| view! {
                        <button
                            type="button"
                            class="btn btn-ghost btn-small btn-danger-text"
                            data-testid="invitation-withdraw"
                            disabled=move || actions.busy.get()
                            on:click=move |_| actions.withdraw.run(withdrawn.clone())
                        >
                            {tr("members-withdraw")}
                        </button>
                    })}
                </div>
            </li>
        }
    };
    let invitations = if data.invitations.is_empty() {
        Either::Left(
            view! { <p class="muted" data-testid="invitations-empty">{tr("members-invitations-none")}</p> },
        )
    } else {
        Either::Right(view! {
            <ul class="member-list" data-testid="invitation-list">
                {data.invitations.into_iter().map(invitation).collect_view()}
            </ul>
        })
    };
    view! {
        <section class="card members-card" aria-labelledby="members-list-title">
            <h2 id="members-list-title">{t_args("members-count", vec![("count", Arg::Num(count as f64))])}</h2>
            <ul class="member-list" data-testid="member-list">
                {data.members.into_iter().map(member).collect_view()}
            </ul>
        </section>
        <section class="card members-card" aria-labelledby="invitations-title">
            <h2 id="invitations-title">{tr("members-invitations")}</h2>
            {invitations}
        </section>
    }
}

/// Inviting a colleague (owners): address, role, language of the mail.
fn invite_form(
    id: Uuid,
    list: RwSignal<Option<Result<MemberList, ApiClientError>>>,
    outcome: RwSignal<Outcome>,
) -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let email = RwSignal::new(String::new());
    let role = RwSignal::new("editor".to_owned());
    let language = RwSignal::new(i18n.lang_untracked().code().to_owned());
    let feedback = FormFeedback::new();
    // "added" or "invited", with the address.
    let result = RwSignal::new(None::<(&'static str, String)>);
    let send = task();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        feedback.clear();
        result.set(None);
        let address = email.get_untracked().trim().to_owned();
        if let Err(error) = Checks::new().email("email", &address).finish() {
            feedback.reject(&ev, error);
            return;
        }
        let request = InviteMemberRequest {
            email: address.clone(),
            role: from_wire_name(&role.get_untracked()).unwrap_or(MemberRole::Editor),
            language: language.get_untracked().parse::<Language>().ok(),
        };
        outcome.set(None);
        send.dispatch_local(Job::new(async move {
            match api.invite_member(id, &request).await {
                Ok(updated) => {
                    let added = updated
                        .members
                        .iter()
                        .any(|m| m.email.eq_ignore_ascii_case(&address));
                    result.set(Some((if added { "added" } else { "invited" }, address)));
                    email.set(String::new());
                    list.set(Some(Ok(updated)));
                }
                Err(error) => feedback.fail(error),
            }
        }));
    };
    let roles = vec![
        ("editor".to_owned(), role_label(MemberRole::Editor)),
        ("owner".to_owned(), role_label(MemberRole::Owner)),
    ];
    let languages = Language::ALL
        .iter()
        .map(|l| (l.code().to_owned(), Label::Plain(l.endonym().to_owned())))
        .collect::<Vec<_>>();
    let done = move || {
        Fresh(result.get().map(|(how, address)| {
            let message = if how == "added" {
                "members-invite-added"
            } else {
                "members-invite-sent"
            };
            view! {
                <Alert kind=AlertKind::Success>
                    <p data-testid="invite-result" data-outcome=how>{t_args(message, vec![("email", Arg::Text(address))])}</p>
                </Alert>
            }
        }))
    };
    view! {
        <section class="card members-card" aria-labelledby="invite-title">
            <h2 id="invite-title">{tr("members-invite")}</h2>
            <p class="muted">{tr("members-invite-lead")}</p>
            <form class="form" novalidate on:submit=on_submit data-testid="invite-form">
                <FormError feedback=feedback />
                {done}
                <TextField id="invite-email" field="email" label=tr("members-invite-email") value=email feedback=feedback input_type="email" autocomplete="off" />
                <SelectField id="invite-role" field="role" label=tr("members-invite-role") value=role feedback=feedback options=roles />
                <p class="field-hint">{tr("members-invite-role-hint")}</p>
                <SelectField id="invite-language" field="language" label=tr("members-invite-language") value=language feedback=feedback options=languages />
                <SubmitButton label=tr("members-invite-submit") pending=send.pending() testid="invite-submit" />
            </form>
        </section>
    }
}
