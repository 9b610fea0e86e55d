//! Programme indicators, computed from the operational tables: counts grouped in SQL, the
//! cross-border evidence (conversations with replies from both sides, held meetings, reported
//! agreements) gathered per organisation. Demo data is left out unless asked for.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use glokal_api_types::{
    BorderSplit, CooperationEvidence, EventStatus, KeyCount, MeetingOutcome, RegistrationStatus,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect,
};
use uuid::Uuid;

use crate::encoding::enum_str;
use crate::entities::{
    conversation, conversation_message as message, event, event_registration as registration,
    meeting, meeting_rating as rating, meeting_request as request, opportunity, organization,
};

/// A period of whole days (UTC), both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Count demo data too.
    pub include_demo: bool,
}

impl Period {
    /// The first instant of the period.
    pub fn start(&self) -> DateTime<Utc> {
        self.from.and_hms_opt(0, 0, 0).expect("midnight").and_utc()
    }

    /// The first instant after the period.
    pub fn end(&self) -> DateTime<Utc> {
        (self.to + chrono::Days::new(1))
            .and_hms_opt(0, 0, 0)
            .expect("midnight")
            .and_utc()
    }

    fn contains(&self, at: DateTime<Utc>) -> bool {
        at >= self.start() && at < self.end()
    }
}

/// `YYYY-MM` of an instant.
pub fn month_of(at: DateTime<Utc>) -> String {
    format!("{:04}-{:02}", at.year(), at.month())
}

/// The months of a period, in order.
pub fn months(period: &Period) -> Vec<String> {
    let mut out = Vec::new();
    let mut d = NaiveDate::from_ymd_opt(period.from.year(), period.from.month(), 1).expect("day 1");
    while d <= period.to {
        out.push(format!("{:04}-{:02}", d.year(), d.month()));
        d = d + chrono::Months::new(1);
    }
    out
}

fn sorted(map: HashMap<String, u64>) -> Vec<KeyCount> {
    let mut out: Vec<KeyCount> = map
        .into_iter()
        .map(|(key, count)| KeyCount { key, count })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.key.cmp(&b.key)));
    out
}

/// Counts of organisations grouped by one column (`none` for `NULL`).
async fn organizations_by(
    db: &impl ConnectionTrait,
    column: organization::Column,
    include_demo: bool,
) -> Result<Vec<KeyCount>, DbErr> {
    let mut query = organization::Entity::find()
        .select_only()
        .column(column)
        .column_as(organization::Column::Id.count(), "n")
        .group_by(column);
    if !include_demo {
        query = query.filter(organization::Column::Demo.eq(false));
    }
    let rows: Vec<(Option<String>, i64)> = query.into_tuple().all(db).await?;
    let mut map: HashMap<String, u64> = HashMap::new();
    for (key, n) in rows {
        *map.entry(key.unwrap_or_else(|| "none".to_owned()))
            .or_default() += n.max(0) as u64;
    }
    Ok(sorted(map))
}

/// Organisation counts: total, verified, new in the period, by country, region, kind, size.
pub struct OrganizationCounts {
    pub total: u64,
    pub verified: u64,
    pub new_in_period: u64,
    pub by_country: Vec<KeyCount>,
    pub by_region: Vec<KeyCount>,
    pub by_kind: Vec<KeyCount>,
    pub by_size: Vec<KeyCount>,
}

pub async fn organizations(
    db: &impl ConnectionTrait,
    period: &Period,
) -> Result<OrganizationCounts, DbErr> {
    let mut base = organization::Entity::find();
    if !period.include_demo {
        base = base.filter(organization::Column::Demo.eq(false));
    }
    Ok(OrganizationCounts {
        total: base.clone().count(db).await?,
        verified: base
            .clone()
            .filter(organization::Column::VerifiedAt.is_not_null())
            .count(db)
            .await?,
        new_in_period: base
            .filter(organization::Column::CreatedAt.gte(period.start()))
            .filter(organization::Column::CreatedAt.lt(period.end()))
            .count(db)
            .await?,
        by_country: organizations_by(db, organization::Column::Country, period.include_demo)
            .await?,
        by_region: organizations_by(db, organization::Column::RegionCode, period.include_demo)
            .await?,
        by_kind: organizations_by(db, organization::Column::Kind, period.include_demo).await?,
        by_size: organizations_by(db, organization::Column::SizeClass, period.include_demo).await?,
    })
}

/// Opportunities published in the period by type, and closed in it by outcome.
pub async fn opportunities(
    db: &impl ConnectionTrait,
    period: &Period,
) -> Result<(u64, Vec<KeyCount>, Vec<KeyCount>), DbErr> {
    let mut published = opportunity::Entity::find()
        .filter(opportunity::Column::PublishedAt.gte(period.start()))
        .filter(opportunity::Column::PublishedAt.lt(period.end()));
    let mut closed = opportunity::Entity::find()
        .filter(opportunity::Column::ClosedAt.gte(period.start()))
        .filter(opportunity::Column::ClosedAt.lt(period.end()));
    if !period.include_demo {
        published = published.filter(opportunity::Column::Demo.eq(false));
        closed = closed.filter(opportunity::Column::Demo.eq(false));
    }
    let mut by_type: HashMap<String, u64> = HashMap::new();
    let mut total = 0;
    for o in published.all(db).await? {
        *by_type.entry(o.opportunity_type).or_default() += 1;
        total += 1;
    }
    let mut by_outcome: HashMap<String, u64> = HashMap::new();
    for o in closed.all(db).await? {
        *by_outcome
            .entry(o.close_outcome.unwrap_or_else(|| "none".to_owned()))
            .or_default() += 1;
    }
    Ok((total, sorted(by_type), sorted(by_outcome)))
}

/// Events that ended in the period (not cancelled) and their registrations.
pub struct EventCounts {
    pub events: u64,
    pub registrations: u64,
    pub checked_in: u64,
    pub by_country: Vec<KeyCount>,
}

pub async fn events(db: &impl ConnectionTrait, period: &Period) -> Result<EventCounts, DbErr> {
    let mut query = event::Entity::find()
        .filter(event::Column::EndsAt.gte(period.start()))
        .filter(event::Column::EndsAt.lt(period.end()))
        .filter(event::Column::Status.is_in([
            enum_str(&EventStatus::Published),
            enum_str(&EventStatus::Closed),
            enum_str(&EventStatus::Done),
        ]));
    if !period.include_demo {
        query = query.filter(event::Column::Demo.eq(false));
    }
    let events = query.all(db).await?;
    let ids: Vec<Uuid> = events.iter().map(|e| e.id).collect();
    let regs = if ids.is_empty() {
        Vec::new()
    } else {
        registration::Entity::find()
            .filter(registration::Column::EventId.is_in(ids))
            .filter(registration::Column::Status.eq(enum_str(&RegistrationStatus::Confirmed)))
            .all(db)
            .await?
    };
    let orgs = countries(db, regs.iter().map(|r| r.organization_id)).await?;
    let mut by_country: HashMap<String, u64> = HashMap::new();
    for r in &regs {
        let country = orgs
            .get(&r.organization_id)
            .cloned()
            .unwrap_or_else(|| "none".to_owned());
        *by_country.entry(country).or_default() += 1;
    }
    Ok(EventCounts {
        events: events.len() as u64,
        registrations: regs.len() as u64,
        checked_in: regs.iter().filter(|r| r.checked_in_at.is_some()).count() as u64,
        by_country: sorted(by_country),
    })
}

/// Countries of organisations by id.
async fn countries(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, String>, DbErr> {
    Ok(crate::conversations::organizations_by_id(db, ids)
        .await?
        .into_iter()
        .map(|(id, o)| (id, o.country))
        .collect())
}

/// Cross-border evidence of one organisation: what, and when first in the period.
pub type Evidence = BTreeMap<Uuid, (Vec<CooperationEvidence>, DateTime<Utc>)>;

/// Contacts and cross-border cooperation of the period.
pub struct Activity {
    pub contacts: BorderSplit,
    pub contacts_with_replies: BorderSplit,
    pub meetings: BorderSplit,
    pub outcomes: Vec<KeyCount>,
    /// Per month: contacts started.
    pub contacts_by_month: BTreeMap<String, BorderSplit>,
    /// Per month: organisations with cross-border evidence in that month.
    pub cooperating_by_month: BTreeMap<String, HashSet<Uuid>>,
    /// Organisations with cross-border evidence in the period.
    pub cooperating: Evidence,
}

fn add(split: &mut BorderSplit, cross_border: bool) {
    split.total += 1;
    if cross_border {
        split.cross_border += 1;
    } else {
        split.domestic += 1;
    }
}

fn note(
    evidence: &mut Evidence,
    by_month: &mut BTreeMap<String, HashSet<Uuid>>,
    org: Uuid,
    kind: CooperationEvidence,
    at: DateTime<Utc>,
) {
    let entry = evidence.entry(org).or_insert_with(|| (Vec::new(), at));
    if !entry.0.contains(&kind) {
        entry.0.push(kind);
        entry.0.sort();
    }
    if at < entry.1 {
        entry.1 = at;
    }
    by_month.entry(month_of(at)).or_default().insert(org);
}

/// Conversations, meetings and ratings of the period, and who cooperated across the border.
pub async fn activity(db: &impl ConnectionTrait, period: &Period) -> Result<Activity, DbErr> {
    let mut a = Activity {
        contacts: BorderSplit::default(),
        contacts_with_replies: BorderSplit::default(),
        meetings: BorderSplit::default(),
        outcomes: Vec::new(),
        contacts_by_month: BTreeMap::new(),
        cooperating_by_month: BTreeMap::new(),
        cooperating: BTreeMap::new(),
    };
    let demo_orgs: HashSet<Uuid> = if period.include_demo {
        HashSet::new()
    } else {
        organization::Entity::find()
            .filter(organization::Column::Demo.eq(true))
            .all(db)
            .await?
            .into_iter()
            .map(|o| o.id)
            .collect()
    };

    // Conversations: started in the period; "with replies" when both sides wrote, counted in
    // the period in which the second side first wrote.
    let mut query =
        conversation::Entity::find().filter(conversation::Column::CreatedAt.lt(period.end()));
    if !period.include_demo {
        query = query.filter(conversation::Column::Demo.eq(false));
    }
    let conversations = query.all(db).await?;
    let ids: Vec<Uuid> = conversations.iter().map(|c| c.id).collect();
    let mut first_by_side: HashMap<(Uuid, Uuid), DateTime<Utc>> = HashMap::new();
    for chunk in ids.chunks(500) {
        for m in message::Entity::find()
            .filter(message::Column::ConversationId.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            if let Some(org) = m.sender_organization_id {
                let key = (m.conversation_id, org);
                let at = first_by_side.entry(key).or_insert(m.created_at);
                if m.created_at < *at {
                    *at = m.created_at;
                }
            }
        }
    }
    for c in &conversations {
        if period.contains(c.created_at) {
            add(&mut a.contacts, c.cross_border);
            add(
                a.contacts_by_month
                    .entry(month_of(c.created_at))
                    .or_default(),
                c.cross_border,
            );
        }
        let (Some(from), Some(to)) = (c.initiator_organization_id, c.recipient_organization_id)
        else {
            continue;
        };
        let (Some(x), Some(y)) = (
            first_by_side.get(&(c.id, from)),
            first_by_side.get(&(c.id, to)),
        ) else {
            continue;
        };
        let replied_at = *x.max(y);
        if !period.contains(replied_at) {
            continue;
        }
        add(&mut a.contacts_with_replies, c.cross_border);
        if c.cross_border {
            for org in [from, to] {
                if !demo_orgs.contains(&org) {
                    note(
                        &mut a.cooperating,
                        &mut a.cooperating_by_month,
                        org,
                        CooperationEvidence::Conversation,
                        replied_at,
                    );
                }
            }
        }
    }

    // Meetings of the published schedule at events that ended in the period.
    let mut query = event::Entity::find()
        .filter(event::Column::Matchmaking.eq(true))
        .filter(event::Column::EndsAt.lt(period.end()))
        .filter(event::Column::Status.ne(enum_str(&EventStatus::Cancelled)));
    if !period.include_demo {
        query = query.filter(event::Column::Demo.eq(false));
    }
    let events: HashMap<Uuid, DateTime<Utc>> = query
        .all(db)
        .await?
        .into_iter()
        .map(|e| (e.id, e.ends_at))
        .collect();
    if !events.is_empty() {
        let meetings = meeting::Entity::find()
            .filter(meeting::Column::EventId.is_in(events.keys().copied()))
            .filter(meeting::Column::PublishedSlot.is_not_null())
            .all(db)
            .await?;
        let requests: HashMap<Uuid, request::Model> = request::Entity::find()
            .filter(request::Column::Id.is_in(meetings.iter().map(|m| m.request_id)))
            .all(db)
            .await?
            .into_iter()
            .map(|r| (r.id, r))
            .collect();
        let participants: HashMap<Uuid, Uuid> = registration::Entity::find()
            .filter(registration::Column::EventId.is_in(events.keys().copied()))
            .all(db)
            .await?
            .into_iter()
            .map(|r| (r.id, r.organization_id))
            .collect();
        let orgs = countries(db, participants.values().copied()).await?;
        let ratings: Vec<rating::Model> = rating::Entity::find()
            .filter(rating::Column::MeetingId.is_in(meetings.iter().map(|m| m.id)))
            .all(db)
            .await?;
        let mut outcomes: HashMap<String, u64> = HashMap::new();
        let mut sides: HashMap<Uuid, (Uuid, Uuid, bool)> = HashMap::new();
        for m in &meetings {
            let Some(r) = requests.get(&m.request_id) else {
                continue;
            };
            let (Some(a_org), Some(b_org)) = (
                participants.get(&r.sender_id),
                participants.get(&r.recipient_id),
            ) else {
                continue;
            };
            let cross = orgs.get(a_org) != orgs.get(b_org);
            sides.insert(m.id, (*a_org, *b_org, cross));
            let ended = events[&m.event_id];
            if !period.contains(ended) || ended > Utc::now() {
                continue;
            }
            add(&mut a.meetings, cross);
            if cross {
                for org in [*a_org, *b_org] {
                    if !demo_orgs.contains(&org) {
                        note(
                            &mut a.cooperating,
                            &mut a.cooperating_by_month,
                            org,
                            CooperationEvidence::Meeting,
                            ended,
                        );
                    }
                }
            }
        }
        for r in &ratings {
            if !period.contains(r.created_at) {
                continue;
            }
            *outcomes.entry(r.outcome.clone()).or_default() += 1;
            if r.outcome == enum_str(&MeetingOutcome::CooperationAgreement) {
                if let Some((x, y, true)) = sides.get(&r.meeting_id) {
                    for org in [*x, *y] {
                        if !demo_orgs.contains(&org) {
                            note(
                                &mut a.cooperating,
                                &mut a.cooperating_by_month,
                                org,
                                CooperationEvidence::Agreement,
                                r.created_at,
                            );
                        }
                    }
                }
            }
        }
        a.outcomes = sorted(outcomes);
    }
    Ok(a)
}

/// The organisations with evidence, with their rows (deleted ones are left out).
pub async fn cooperating_organizations(
    db: &impl ConnectionTrait,
    evidence: &Evidence,
) -> Result<Vec<(organization::Model, Vec<CooperationEvidence>, DateTime<Utc>)>, DbErr> {
    if evidence.is_empty() {
        return Ok(Vec::new());
    }
    let mut out: Vec<_> = organization::Entity::find()
        .filter(organization::Column::Id.is_in(evidence.keys().copied()))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|o| {
            let (kinds, at) = evidence.get(&o.id)?.clone();
            Some((o, kinds, at))
        })
        .collect();
    out.sort_by(|a, b| a.0.name.to_lowercase().cmp(&b.0.name.to_lowercase()));
    Ok(out)
}
