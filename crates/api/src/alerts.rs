//! Shortage alerts: when a `shortage_alert` is published, the matching organisations within
//! its radius hear of it at once — in the notification centre and by mail, in each member's
//! language, with a reply-by date and a one-click unsubscribe link — once per alert.

use std::collections::{BTreeMap, HashSet};

use glokal_api_types::{LocalizedText, NotificationCategory, OpportunityType};
use glokal_search::matching::MatchCandidate;
use glokal_store::entities::{opportunity, organization};
use glokal_store::notifications::{self, NewNotification};
use glokal_store::{conversations, notification_preferences, opportunities, ConnectionTrait};

use crate::auth::unsubscribe::{self, Scope};
use crate::error::ApiResult;
use crate::mail::alert_templates::{self, ShortageMail};
use crate::matching;
use crate::state::AppState;

/// Most organisations one alert reaches.
pub const MAX_ORGANIZATIONS: usize = 25;
/// Longest quoted text in the mail.
const EXCERPT_CHARS: usize = 400;

/// Whether a candidate is close enough in substance to be alerted: an answering offer, shared
/// terms, or the same NACE class or group (a shared division alone is too broad to disturb
/// people with).
fn relevant(c: &MatchCandidate) -> bool {
    c.counterpart
        || !c.shared_concepts.is_empty()
        || !c.shared_keywords.is_empty()
        || c.shared_nace.as_ref().is_some_and(|n| n.len() >= 4)
}

fn text_in(text: &LocalizedText, lang: glokal_api_types::Language) -> String {
    text.best(lang)
        .map(|(_, t)| t.to_owned())
        .unwrap_or_default()
}

fn excerpt(text: &str) -> String {
    let mut out: String = text.chars().take(EXCERPT_CHARS).collect();
    if text.chars().count() > EXCERPT_CHARS {
        out.push('…');
    }
    out
}

/// Sends the alert of a just-published shortage alert (inside the caller's transaction; call
/// `state.mail.kick()` after the commit). Nothing for other types, drafts, or an alert that
/// already went out. Returns how many organisations were alerted.
pub(crate) async fn send_shortage_alert(
    db: &impl ConnectionTrait,
    state: &AppState,
    opp: &opportunity::Model,
    org: &organization::Model,
) -> ApiResult<usize> {
    if opp.opportunity_type() != OpportunityType::ShortageAlert
        || opp.is_draft()
        || opp.is_closed()
        || opp.alert_sent_at.is_some()
    {
        return Ok(0);
    }
    let src = matching::source(opp, org, HashSet::new(), MAX_ORGANIZATIONS * 2);
    let found = matching::candidates(state, &src)?;
    let mut seen = HashSet::new();
    let chosen: Vec<MatchCandidate> = found
        .into_iter()
        .filter(relevant)
        .filter(|c| seen.insert(c.organization_id))
        .take(MAX_ORGANIZATIONS)
        .collect();
    let api = opp.clone().into_api(org, None, opportunities::today());
    let base = state.settings.public_url.trim_end_matches('/').to_owned();
    let path = format!("/opportunities/{}", opp.id);
    let link = format!("{base}{path}");
    let quantity = api.quantity.map(|q| {
        let q = if q.fract() == 0.0 {
            format!("{q:.0}")
        } else {
            q.to_string()
        };
        match &api.unit {
            Some(u) => format!("{q} {u}"),
            None => q,
        }
    });
    let mut alerted = 0;
    for c in &chosen {
        let mut reached = false;
        let recipient_org = conversations::organizations_by_id(db, [c.organization_id])
            .await?
            .remove(&c.organization_id);
        let Some(recipient_org) = recipient_org else {
            continue;
        };
        for member in conversations::member_accounts(db, c.organization_id).await? {
            let lang = member.language();
            let channels = notification_preferences::channels(
                db,
                member.id,
                NotificationCategory::ShortageAlerts,
            )
            .await?;
            let title = text_in(&api.title, lang);
            let needed_by = api
                .needed_by
                .map(|d| alert_templates::date(lang, d))
                .unwrap_or_default();
            let reply_by = alert_templates::date(lang, api.valid_until);
            if channels.in_app {
                notifications::create(
                    db,
                    NewNotification {
                        user_id: member.id,
                        kind: "shortage_alert".to_owned(),
                        title_key: Some("notification-shortage-alert-title".to_owned()),
                        body_key: Some("notification-shortage-alert-body".to_owned()),
                        params: BTreeMap::from([
                            ("title".to_owned(), title.clone()),
                            ("organization".to_owned(), org.name.clone()),
                            ("town".to_owned(), org.city.clone()),
                            ("needed_by".to_owned(), needed_by.clone()),
                            ("reply_by".to_owned(), reply_by.clone()),
                            ("opportunity_id".to_owned(), opp.id.to_string()),
                        ]),
                        texts: None,
                        link: Some(path.clone()),
                        group_key: Some(format!("opportunity:{}", opp.id)),
                        hidden: false,
                    },
                )
                .await?;
                reached = true;
            }
            if channels.email && member.email_verified_at.is_some() {
                let token = unsubscribe::issue(
                    &state.settings.jwt_secret,
                    member.id,
                    Scope::Category(NotificationCategory::ShortageAlerts),
                );
                let reasons: Vec<String> = matching::reasons(c, lang)
                    .into_iter()
                    .map(|r| r.text)
                    .collect();
                let mail = alert_templates::shortage_alert(
                    lang,
                    &member.display_name,
                    &ShortageMail {
                        title: &title,
                        excerpt: &excerpt(&text_in(&api.text, lang)),
                        organization: &org.name,
                        town: &org.city,
                        country: &matching::country_name(lang, &org.country),
                        recipient: &recipient_org.name,
                        distance_km: c.distance_km,
                        quantity: quantity.clone(),
                        needed_by: api.needed_by,
                        reply_by: api.valid_until,
                        reasons: &reasons,
                        link: &link,
                        unsubscribe: &format!("{base}/unsubscribe?token={token}"),
                    },
                );
                state
                    .mail
                    .enqueue_with_unsubscribe(
                        db,
                        Some(member.id),
                        &member.email,
                        &mail,
                        &format!("{base}/api/v1/unsubscribe?token={token}"),
                    )
                    .await?;
                reached = true;
            }
        }
        if reached {
            alerted += 1;
        }
    }
    opportunities::mark_alert_sent(db, opp.id).await?;
    tracing::info!(opportunity = %opp.id, candidates = chosen.len(), alerted, "shortage alert sent");
    Ok(alerted)
}
