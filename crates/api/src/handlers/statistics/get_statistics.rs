use std::collections::HashMap;

use actix_web::{get, web};
use chrono::Utc;
use glokal_api_types::{
    ApiScope, CooperationEvidence, CooperationIndicator, ErrorBody, EventStatistics, KeyCount,
    MonthStatistics, OpportunityStatistics, OrganizationStatistics, Statistics, StatisticsQuery,
};
use glokal_store::statistics;

use crate::auth::Caller;
use crate::error::ApiResult;
use crate::state::AppState;

/// The programme's indicators for a period (institution staff and platform admins):
/// registered organisations by country, region, kind and size; offers and requests published
/// by type and closed by outcome; conversations started and answered, and Kooperationsbörse
/// meetings held, each split into cross-border and domestic; events and their participants;
/// meeting outcomes reported; and the organisations cooperating across the border, overall,
/// by country and per month.
///
/// An organisation cooperates across the border in a period when in it (a) a conversation
/// with an organisation in another country got messages from both sides (counted when the
/// second side first wrote), (b) a meeting of a published Kooperationsbörse schedule with an
/// organisation from another country took place (the event ended), or (c) one side of such a
/// meeting reported a cooperation agreement. Demo data is left out unless `include_demo=true`.
/// `list_cooperating_organizations` names the organisations behind the indicator.
#[utoipa::path(
    tag = "statistics",
    operation_id = "get_statistics",
    params(StatisticsQuery),
    responses(
        (status = 200, description = "The indicators", body = Statistics),
        (status = 400, description = "Malformed date", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Neither institution staff nor platform admin, or a token without `statistics:read` (`insufficient_scope`)", body = ErrorBody),
        (status = 429, description = "The API token's rate limit (`Retry-After`)", body = ErrorBody),
        (status = 422, description = "`from` after `to` (`after_end`) or a period over seven years (`out_of_range`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []), ("api_token" = ["statistics:read"]))
)]
#[get("/statistics")]
pub async fn get_statistics(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<StatisticsQuery>,
) -> ApiResult<web::Json<Statistics>> {
    // Institution staff, platform admins, API tokens with `statistics:read`.
    caller.require_staff_or_scope(ApiScope::StatisticsRead)?;
    let period = super::period(&query)?;
    let db = &state.db;
    let orgs = statistics::organizations(db, &period).await?;
    let (published, by_type, closed_by_outcome) = statistics::opportunities(db, &period).await?;
    let events = statistics::events(db, &period).await?;
    let activity = statistics::activity(db, &period).await?;
    let cooperating = statistics::cooperating_organizations(db, &activity.cooperating).await?;
    let mut by_country: HashMap<String, u64> = HashMap::new();
    let count = |kind: CooperationEvidence| {
        cooperating
            .iter()
            .filter(|(_, evidence, _)| evidence.contains(&kind))
            .count() as u64
    };
    for (org, _, _) in &cooperating {
        *by_country.entry(org.country.clone()).or_default() += 1;
    }
    let mut by_country: Vec<KeyCount> = by_country
        .into_iter()
        .map(|(key, count)| KeyCount { key, count })
        .collect();
    by_country.sort_by(|a, b| b.count.cmp(&a.count).then(a.key.cmp(&b.key)));
    let months = statistics::months(&period)
        .into_iter()
        .map(|month| MonthStatistics {
            contacts: activity
                .contacts_by_month
                .get(&month)
                .copied()
                .unwrap_or_default(),
            cooperating_organizations: activity
                .cooperating_by_month
                .get(&month)
                .map(|s| s.len() as u64)
                .unwrap_or(0),
            month,
        })
        .collect();
    Ok(web::Json(Statistics {
        from: period.from,
        to: period.to,
        include_demo: period.include_demo,
        organizations: OrganizationStatistics {
            total: orgs.total,
            verified: orgs.verified,
            new_in_period: orgs.new_in_period,
            by_country: orgs.by_country,
            by_region: orgs.by_region,
            by_kind: orgs.by_kind,
            by_size: orgs.by_size,
        },
        opportunities: OpportunityStatistics {
            published,
            by_type,
            closed_by_outcome,
        },
        contacts: activity.contacts,
        contacts_with_replies: activity.contacts_with_replies,
        meetings: activity.meetings,
        meeting_outcomes: activity.outcomes,
        events: EventStatistics {
            events: events.events,
            registrations: events.registrations,
            checked_in: events.checked_in,
            registrations_by_country: events.by_country,
        },
        cooperation: CooperationIndicator {
            organizations: cooperating.len() as u64,
            by_country,
            through_conversation: count(CooperationEvidence::Conversation),
            through_meeting: count(CooperationEvidence::Meeting),
            through_agreement: count(CooperationEvidence::Agreement),
        },
        months,
        generated_at: Utc::now(),
    }))
}
