//! "My organisations": the organisations one belongs to, with links to profile, editor and members.

use glokal_api_types::Membership;
use leptos::either::EitherOf4;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::alert::ErrorAlert;
use crate::components::fresh::Fresh;
use crate::components::spinner::Spinner;
use crate::i18n::{tr, tr_label};
use crate::pages::organizations::{load, role_label};

/// The card on the account page (also the target of the header's "My organisations").
#[component]
pub fn OrganizationsSection() -> impl IntoView {
    let api = use_api();
    let list = load(async move { Some(api.my_organizations().await) });
    let item = |membership: Membership| {
        let id = membership.organization_id;
        view! {
            <li class="my-org" data-testid="my-organization" data-id=id.to_string()>
                <div class="my-org-head">
                    <a href=format!("/organizations/{id}") class="my-org-name">{membership.organization_name}</a>
                    <span class="badge badge-role">{tr_label(role_label(membership.role))}</span>
                </div>
                <p class="my-org-links">
                    <a href=format!("/organizations/{id}/edit") data-testid="my-organization-edit">{tr("account-orgs-edit")}</a>
                    <a href=format!("/organizations/{id}/members") data-testid="my-organization-members">{tr("account-orgs-members")}</a>
                </p>
            </li>
        }
    };
    // The header's "My organisations" links here (`/account#organizations`).
    let location = leptos_router::hooks::use_location();
    Effect::new(move |_| {
        let hash = location.hash.get().trim_start_matches('#').to_owned();
        if matches!(hash.as_str(), "organizations" | "registrations") {
            gloo_timers::callback::Timeout::new(0, move || {
                if let Some(section) = document().get_element_by_id(&hash) {
                    section.scroll_into_view();
                }
            })
            .forget();
        }
    });
    let content = move || {
        Fresh(match list.get() {
            None => EitherOf4::A(view! { <Spinner /> }),
            Some(Err(error)) => EitherOf4::B(view! { <ErrorAlert error=error /> }),
            Some(Ok(items)) if items.is_empty() => EitherOf4::C(view! {
                <p class="muted" data-testid="my-organizations-none">{tr("account-org-text")}</p>
            }),
            Some(Ok(items)) => EitherOf4::D(view! {
                <ul class="my-orgs" data-testid="my-organizations">{items.into_iter().map(item).collect_view()}</ul>
            }),
        })
    };
    view! {
        <section class="card account-card" id="organizations" aria-labelledby="account-org-title" data-testid="account-organization">
            <h2 id="account-org-title">{tr("account-orgs-title")}</h2>
            {content}
            <a href="/organizations/new" class="btn btn-secondary" data-testid="account-org-register">{tr("directory-register")}</a>
        </section>
    }
}
