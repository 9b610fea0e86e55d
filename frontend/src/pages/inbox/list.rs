//! `/inbox`: the conversations of the caller's organisations, most recent activity first —
//! the inbox or the archive, optionally only unread ones or only one organisation's (URL
//! parameters `archived`, `unread`, `organization`, `page`). Institution staff also get the
//! view of the open "Ask an expert" questions to their institutions (`expert=true`).

use glokal_api_types::{
    ConversationKind, ConversationPage, ConversationQuery, ConversationSummary, Membership, Role,
};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use leptos_router::params::ParamsMap;
use uuid::Uuid;

use super::{iso_time, kind_label, party_name, short_time, thread_href, PAGE_SIZE};
use crate::api::use_api;
use crate::i18n::{dyn_text, t_args, tr, tr_label, use_i18n, use_page_title, Arg, Label};
use crate::pages::filters::{
    empty_state, get, offset, pager, param, results_area, use_results, use_set_params, FilterSelect,
};
use crate::pages::my_organizations_page;
use crate::pages::organizations::{country_label, org_logo};

/// Where the inbox lives.
const PATH: &str = "/inbox";

/// The API query described by the page's URL.
fn api_query(params: &ParamsMap) -> ConversationQuery {
    let flag = |key: &str| (get(params, key).as_deref() == Some("true")).then_some(true);
    ConversationQuery {
        organization_id: get(params, "organization").and_then(|o| Uuid::parse_str(&o).ok()),
        archived: flag("archived"),
        unread_only: flag("unread"),
        kind: flag("expert").map(|_| ConversationKind::AskExpert),
        open_only: flag("expert"),
        offset: Some(offset(params, PAGE_SIZE)),
        limit: Some(PAGE_SIZE),
    }
}

/// The inbox page (login required; without an organisation, a note how to get one).
#[component]
pub fn InboxPage() -> impl IntoView {
    use_page_title(tr("inbox-title"));
    my_organizations_page("inbox-no-organization", false, inbox)
}

fn inbox(orgs: Vec<Membership>) -> impl IntoView {
    let api = use_api();
    let query = use_query_map();
    let set_params = use_set_params(PATH);
    let results = use_results(
        api_query,
        move |q: ConversationQuery| async move { api.list_conversations(&q).await },
        true,
    );
    let archived = param("archived");
    let unread = param("unread");
    let expert = param("expert");
    let in_archive = move || archived() == "true";
    let in_expert = move || expert() == "true";
    // Institution staff (and admins) answer "Ask an expert" questions.
    let staff = crate::session::use_session()
        .user_untracked()
        .is_some_and(|u| matches!(u.role, Role::InstitutionStaff | Role::PlatformAdmin));
    // The inbox, the archive or the expert questions, keeping the other parameters (but the page).
    let view_link = move |view: Option<&'static str>| {
        let mut map = query.get();
        map.remove("page");
        map.remove("archived");
        map.remove("expert");
        if let Some(key) = view {
            map.replace(key, "true".to_owned());
        }
        format!("{PATH}{}", map.to_query_string())
    };
    let several = orgs.len() > 1;
    let organization_filter = several.then(|| {
        let options = orgs
            .iter()
            .map(|m| {
                (
                    m.organization_id.to_string(),
                    Label::Plain(m.organization_name.clone()),
                )
            })
            .collect::<Vec<_>>();
        view! {
            <FilterSelect key="organization" label="inbox-organization" all="inbox-all-organizations" options=options set_params=set_params />
        }
    });
    let names: Vec<(Uuid, String)> = orgs
        .iter()
        .map(|m| (m.organization_id, m.organization_name.clone()))
        .collect();
    view! {
        <section class="container inbox-page" data-testid="inbox-page">
            <header class="page-header">
                <h1>{tr("inbox-title")}</h1>
                <p class="lead">{tr("inbox-lead")}</p>
            </header>
            <div class="inbox-toolbar">
                <nav class="inbox-views" aria-label=tr("inbox-views")>
                    <a
                        href=move || view_link(None)
                        class="inbox-view"
                        aria-current=move || (!in_archive() && !in_expert()).then_some("page")
                        data-testid="inbox-view-inbox"
                    >
                        {tr("inbox-view-inbox")}
                    </a>
                    <a
                        href=move || view_link(Some("archived"))
                        class="inbox-view"
                        aria-current=move || in_archive().then_some("page")
                        data-testid="inbox-view-archive"
                    >
                        {tr("inbox-view-archive")}
                    </a>
                    {staff.then(|| view! {
                        <a
                            href=move || view_link(Some("expert"))
                            class="inbox-view"
                            aria-current=move || in_expert().then_some("page")
                            data-testid="inbox-view-expert"
                        >
                            {tr("expert-view")}
                        </a>
                    })}
                </nav>
                <label class="checkbox inbox-unread-filter">
                    <input
                        type="checkbox"
                        id="inbox-unread-only"
                        prop:checked=move || unread() == "true"
                        on:change=move |ev| {
                            let value = event_target_checked(&ev).then(|| "true".to_owned());
                            set_params.run(vec![("unread", value)]);
                        }
                    />
                    <span>{tr("inbox-unread-only")}</span>
                </label>
                {organization_filter}
            </div>
            {results_area(results, "inbox", PATH, move |page| results_view(page, names.clone(), several))}
        </section>
    }
}

/// Count, rows and paging, or the empty state that fits the view.
fn results_view(
    page: ConversationPage,
    names: Vec<(Uuid, String)>,
    several: bool,
) -> impl IntoView {
    let (archive, unread, expert) = untrack(|| {
        (
            param("archived")() == "true",
            param("unread")() == "true",
            param("expert")() == "true",
        )
    });
    if page.items.is_empty() {
        let text = if expert {
            "expert-empty"
        } else if unread {
            "inbox-empty-unread"
        } else if archive {
            "inbox-empty-archive"
        } else {
            "inbox-empty"
        };
        return Either::Left(empty_state(
            "inbox-empty",
            text,
            "/opportunities".into(),
            "btn btn-secondary",
            "inbox-empty-action",
        ));
    }
    let total = page.total;
    let count = t_args("inbox-count", vec![("count", Arg::Num(total as f64))]);
    Either::Right(view! {
        <p class="results-count" data-testid="inbox-count" aria-live="polite">{count}</p>
        <ul class="conv-list" data-testid="inbox-list">
            {page.items.into_iter().map(|c| {
                let mine = several
                    .then(|| names.iter().find(|(id, _)| *id == c.my_organization_id).map(|(_, n)| n.clone()))
                    .flatten();
                row(c, mine)
            }).collect_view()}
        </ul>
        {pager(PATH, total, page.offset, PAGE_SIZE)}
    })
}

/// One conversation: the other side, what it is about, the last message, time and unread count;
/// `mine` names the caller's organisation when they have several.
fn row(c: ConversationSummary, mine: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let other = c.other_organization.clone();
    let name = party_name(&other);
    let logo_name = other.name.clone().unwrap_or_default();
    let at = c.last_message_at;
    let when = dyn_text(move || short_time(i18n.lang(), at));
    // The offer's title in the viewer's language, else the subject, else the kind.
    let title = c.opportunity_title.clone();
    let subject = c.subject.clone();
    let kind = c.kind;
    let about = dyn_text(move || {
        let lang = i18n.lang();
        title
            .as_ref()
            .and_then(|t| t.best(lang))
            .map(|(_, t)| t.to_owned())
            .or_else(|| subject.clone())
            .unwrap_or_else(|| kind_label(kind).text_in(lang))
    });
    let preview = if c.last_message_from_my_side {
        Either::Left(t_args(
            "inbox-preview-mine",
            vec![("text", Arg::Text(c.last_message_preview.clone()))],
        ))
    } else {
        Either::Right(c.last_message_preview.clone())
    };
    let unread = c.unread_count;
    let badge = (unread > 0).then(|| {
        let label = t_args(
            "inbox-unread-count",
            vec![("count", Arg::Num(unread as f64))],
        );
        view! {
            <span class="count-badge conv-badge" data-testid="inbox-item-unread">
                <span aria-hidden="true">{unread.to_string()}</span>
                <span class="sr-only">{label}</span>
            </span>
        }
    });
    let side = mine.map(|n| {
        view! { <span class="conv-side">{t_args("inbox-as", vec![("organization", Arg::Text(n))])}</span> }
    });
    view! {
        <li
            class="conv-row"
            class:conv-unread={unread > 0}
            data-testid="inbox-item"
            data-id=c.id.to_string()
            data-unread=unread.to_string()
            data-archived=c.archived.to_string()
        >
            <a class="conv-link" href=thread_href(c.id, Some(c.my_organization_id))>
                {org_logo(other.logo_url.clone(), &logo_name, "org-logo-small")}
                <span class="conv-main">
                    <span class="conv-head">
                        <span class="conv-name" data-testid="inbox-item-name">{tr_label(name)}</span>
                        <span class="conv-country">{tr_label(country_label(&other.country))}</span>
                        {c.closed_at.is_some().then(|| view! { <span class="badge badge-muted" data-testid="inbox-item-closed">{tr("expert-closed-badge")}</span> })}
                        <time class="conv-time" datetime=iso_time(at)>{when}</time>
                    </span>
                    <span class="conv-about" data-testid="inbox-item-about">{about}</span>
                    <span class="conv-preview" data-testid="inbox-item-preview">{preview}</span>
                    {side}
                </span>
                {badge}
            </a>
        </li>
    }
}
