//! Offers and requests ("opportunities") of organisations, and the marketplace list.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use glokal_api_types::{
    Capacity, CloseOutcome, LocalizedText, MemberRole, Opportunity, OpportunitySort,
    OpportunityStatus, OpportunitySummary, OpportunityType, OrganizationKind,
};
use glokal_domain::reference::places::distance_km;
use sea_orm::sea_query::NullOrdering;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, Order,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

use crate::encoding::{enum_parse, enum_str, from_json, join_list, json, split_list};
use crate::entities::opportunity::{ActiveModel, Column, Entity, Model};
use crate::entities::organization;

const DRAFT: &str = "draft";
const PUBLISHED: &str = "published";
const CLOSED: &str = "closed";

/// Today (UTC): an opportunity is open through its `valid_until` day.
pub fn today() -> NaiveDate {
    Utc::now().date_naive()
}

/// Validated content, ready to store (the API layer checks and normalises it).
#[derive(Debug, Clone, PartialEq)]
pub struct OpportunityFields {
    pub opportunity_type: OpportunityType,
    pub title: LocalizedText,
    pub text: LocalizedText,
    pub nace_codes: Vec<String>,
    pub keywords: Vec<String>,
    pub quantity: Option<f64>,
    pub unit: Option<String>,
    pub valid_until: NaiveDate,
    pub needed_by: Option<NaiveDate>,
    pub capacity: Option<Capacity>,
    pub target_countries: Vec<String>,
    pub cross_border_only: bool,
    pub max_distance_km: Option<u32>,
    /// Certifications asked of a partner (codes of the reference list).
    pub certifications: Vec<String>,
    /// Publish now (a draft otherwise; a published one stays published).
    pub publish: bool,
    /// Demo data (seeded).
    pub demo: bool,
}

fn apply(active: &mut ActiveModel, f: OpportunityFields) {
    active.opportunity_type = Set(f.opportunity_type.as_str().to_owned());
    active.title = Set(json(&f.title));
    active.body = Set(json(&f.text));
    active.nace_codes = Set(join_list(&f.nace_codes));
    active.keywords = Set(json(&f.keywords));
    active.quantity = Set(f.quantity);
    active.unit = Set(f.unit);
    active.valid_until = Set(f.valid_until);
    active.needed_by = Set(f.needed_by);
    active.capacity = Set(f.capacity.as_ref().map(json));
    active.target_countries = Set(join_list(&f.target_countries));
    active.cross_border_only = Set(f.cross_border_only);
    active.max_distance_km = Set(f.max_distance_km.map(|km| km.min(i32::MAX as u32) as i32));
    active.certifications = Set(join_list(&f.certifications));
    active.demo = Set(f.demo);
    active.updated_at = Set(Utc::now());
}

impl Model {
    /// The type (unknown stored values read as a cooperation request; never written).
    pub fn opportunity_type(&self) -> OpportunityType {
        OpportunityType::parse(&self.opportunity_type)
            .unwrap_or(OpportunityType::CooperationRequest)
    }

    /// The status on `today`: a published one past its `valid_until` is `expired`.
    pub fn status(&self, today: NaiveDate) -> OpportunityStatus {
        match self.status.as_str() {
            DRAFT => OpportunityStatus::Draft,
            CLOSED => OpportunityStatus::Closed,
            _ if self.valid_until < today => OpportunityStatus::Expired,
            _ => OpportunityStatus::Published,
        }
    }

    pub fn is_draft(&self) -> bool {
        self.status == DRAFT
    }

    pub fn is_closed(&self) -> bool {
        self.status == CLOSED
    }

    fn title_text(&self) -> LocalizedText {
        from_json(&self.title)
    }

    /// The full opportunity with its organisation's name and location.
    pub fn into_api(
        self,
        org: &organization::Model,
        my_role: Option<MemberRole>,
        today: NaiveDate,
    ) -> Opportunity {
        let title = self.title_text();
        let text: LocalizedText = from_json(&self.body);
        Opportunity {
            id: self.id,
            organization_id: org.id,
            organization_name: org.name.clone(),
            organization_kind: enum_parse(&org.kind).unwrap_or(OrganizationKind::Other),
            country: org.country.clone(),
            city: org.city.clone(),
            region_code: org.region_code.clone(),
            lat: org.lat,
            lon: org.lon,
            opportunity_type: self.opportunity_type(),
            status: self.status(today),
            text_languages: title.languages(),
            title,
            text,
            nace_codes: split_list(&self.nace_codes),
            keywords: from_json(&self.keywords),
            quantity: self.quantity,
            unit: self.unit,
            valid_until: self.valid_until,
            needed_by: self.needed_by,
            capacity: self
                .capacity
                .as_deref()
                .and_then(|c| serde_json::from_str(c).ok()),
            target_countries: split_list(&self.target_countries),
            cross_border_only: self.cross_border_only,
            max_distance_km: self.max_distance_km.and_then(|km| u32::try_from(km).ok()),
            certifications: split_list(&self.certifications),
            close_outcome: self.close_outcome.as_deref().and_then(enum_parse),
            demo: self.demo,
            my_role,
            published_at: self.published_at,
            closed_at: self.closed_at,
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }

    /// The entry in a list.
    pub fn into_summary(
        self,
        org: &organization::Model,
        distance_km: Option<f64>,
        today: NaiveDate,
    ) -> OpportunitySummary {
        let title = self.title_text();
        OpportunitySummary {
            id: self.id,
            opportunity_type: self.opportunity_type(),
            status: self.status(today),
            text_languages: title.languages(),
            title,
            organization_id: org.id,
            organization_name: org.name.clone(),
            country: org.country.clone(),
            city: org.city.clone(),
            region_code: org.region_code.clone(),
            nace_codes: split_list(&self.nace_codes),
            quantity: self.quantity,
            unit: self.unit,
            valid_until: self.valid_until,
            needed_by: self.needed_by,
            cross_border_only: self.cross_border_only,
            demo: self.demo,
            published_at: self.published_at,
            distance_km: distance_km.map(|d| (d * 10.0).round() / 10.0),
        }
    }
}

/// Records that the shortage alert went out (it is sent once).
pub async fn mark_alert_sent(db: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(
            Column::AlertSentAt,
            sea_orm::sea_query::Expr::value(Utc::now()),
        )
        .filter(Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Stores a new opportunity of `organization` (a draft unless `fields.publish`).
pub async fn create(
    db: &impl ConnectionTrait,
    organization: Uuid,
    created_by: Option<Uuid>,
    fields: OpportunityFields,
) -> Result<Model, DbErr> {
    let now = Utc::now();
    let published = fields.publish;
    let mut active = ActiveModel {
        id: Set(Uuid::new_v4()),
        organization_id: Set(organization),
        created_by: Set(created_by),
        status: Set(if published { PUBLISHED } else { DRAFT }.to_owned()),
        close_outcome: Set(None),
        published_at: Set(published.then_some(now)),
        closed_at: Set(None),
        created_at: Set(now),
        alert_sent_at: Set(None),
        ..Default::default()
    };
    apply(&mut active, fields);
    active.insert(db).await
}

/// An opportunity by id, with its organisation.
pub async fn get(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<(Model, organization::Model)>, DbErr> {
    Ok(Entity::find_by_id(id)
        .find_also_related(organization::Entity)
        .one(db)
        .await?
        .and_then(|(o, org)| org.map(|org| (o, org))))
}

/// Replaces the content; `fields.publish` publishes a draft (the status of a published or
/// closed one is left alone: the API layer refuses those changes).
pub async fn update(
    db: &impl ConnectionTrait,
    current: Model,
    fields: OpportunityFields,
) -> Result<Model, DbErr> {
    let publish_now = fields.publish && current.is_draft();
    let mut active: ActiveModel = current.into();
    apply(&mut active, fields);
    if publish_now {
        active.status = Set(PUBLISHED.to_owned());
        active.published_at = Set(Some(Utc::now()));
    }
    active.update(db).await
}

/// Closes an opportunity with an outcome.
pub async fn close(
    db: &impl ConnectionTrait,
    current: Model,
    outcome: CloseOutcome,
) -> Result<Model, DbErr> {
    let now = Utc::now();
    let mut active: ActiveModel = current.into();
    active.status = Set(CLOSED.to_owned());
    active.close_outcome = Set(Some(enum_str(&outcome)));
    active.closed_at = Set(Some(now));
    active.updated_at = Set(now);
    active.update(db).await
}

/// Sets a new last day (an expired opportunity is open again when it lies ahead).
pub async fn set_valid_until(
    db: &impl ConnectionTrait,
    current: Model,
    valid_until: NaiveDate,
) -> Result<Model, DbErr> {
    let mut active: ActiveModel = current.into();
    active.valid_until = Set(valid_until);
    active.updated_at = Set(Utc::now());
    active.update(db).await
}

/// Deletes an opportunity.
pub async fn delete(db: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}

/// Filters of the marketplace list (already validated).
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    /// Any of these types; empty: all.
    pub types: Vec<OpportunityType>,
    /// The organisation's country.
    pub country: Option<String>,
    /// The organisation's NUTS 3 region.
    pub region: Option<String>,
    /// NACE code prefixes of the opportunity, any of which must match.
    pub nace_prefixes: Vec<String>,
    /// Centre and radius (km) of a distance filter/sort, measured to the organisation.
    pub near: Option<(f64, f64)>,
    pub radius_km: Option<f64>,
    pub organization_id: Option<Uuid>,
    /// Also the drafts (only for the organisation's own members, with `organization_id`).
    pub include_drafts: bool,
    /// Only published ones whose `valid_until` is today or later; otherwise closed and
    /// expired ones too.
    pub open_only: bool,
    pub today: NaiveDate,
    pub sort: OpportunitySort,
    /// Only those changed at or after this instant.
    pub updated_since: Option<DateTime<Utc>>,
    /// With `OpportunitySort::Updated`: continue after this `(updated_at, id)`.
    pub after: Option<(DateTime<Utc>, Uuid)>,
    pub offset: u64,
    pub limit: u64,
}

/// An opportunity in a list with its organisation and the distance from `near`.
pub type ListRow = (Model, organization::Model, Option<f64>);

/// One page of the marketplace with the total.
pub async fn list(
    db: &impl ConnectionTrait,
    filter: &ListFilter,
) -> Result<(Vec<ListRow>, u64), DbErr> {
    let visible = if filter.open_only {
        Condition::all()
            .add(Column::Status.eq(PUBLISHED))
            .add(Column::ValidUntil.gte(filter.today))
    } else {
        Condition::any()
            .add(Column::Status.eq(PUBLISHED))
            .add(Column::Status.eq(CLOSED))
    };
    let visible = if filter.include_drafts {
        Condition::any().add(visible).add(Column::Status.eq(DRAFT))
    } else {
        // Hidden by the moderators (itself or its organisation): gone from public lists.
        Condition::all()
            .add(visible)
            .add(Column::HiddenAt.is_null())
            .add(organization::Column::HiddenAt.is_null())
    };
    let mut condition = Condition::all().add(visible);
    if !filter.types.is_empty() {
        condition =
            condition.add(Column::OpportunityType.is_in(filter.types.iter().map(|t| t.as_str())));
    }
    if let Some(id) = filter.organization_id {
        condition = condition.add(Column::OrganizationId.eq(id));
    }
    if let Some(country) = &filter.country {
        condition = condition.add(organization::Column::Country.eq(country.clone()));
    }
    if let Some(region) = &filter.region {
        condition = condition.add(organization::Column::RegionCode.eq(region.clone()));
    }
    if !filter.nace_prefixes.is_empty() {
        let mut any = Condition::any();
        for prefix in &filter.nace_prefixes {
            any = any.add(Column::NaceCodes.contains(format!(";{prefix}")));
        }
        condition = condition.add(any);
    }
    if let Some(since) = filter.updated_since {
        condition = condition.add(Column::UpdatedAt.gte(since));
    }
    let query = Entity::find()
        .find_also_related(organization::Entity)
        .filter(condition);

    if let Some((lat, lon)) = filter.near {
        // A bounding box in SQL, the exact distance here; sorted and paged in memory.
        let mut query = query;
        if let Some(radius) = filter.radius_km {
            let dlat = radius / 111.0;
            let dlon = radius / (111.0 * lat.to_radians().cos().max(0.1));
            query = query
                .filter(organization::Column::Lat.between(lat - dlat, lat + dlat))
                .filter(organization::Column::Lon.between(lon - dlon, lon + dlon));
        }
        let mut rows: Vec<ListRow> = query
            .all(db)
            .await?
            .into_iter()
            .filter_map(|(o, org)| org.map(|org| (o, org)))
            .map(|(o, org)| {
                let d = org
                    .lat
                    .zip(org.lon)
                    .map(|(a, b)| distance_km(lat, lon, a, b));
                (o, org, d)
            })
            .filter(|(_, _, d)| filter.radius_km.is_none_or(|r| d.is_some_and(|d| d <= r)))
            .collect();
        match filter.sort {
            OpportunitySort::Distance => rows.sort_by(|a, b| {
                a.2.unwrap_or(f64::MAX)
                    .total_cmp(&b.2.unwrap_or(f64::MAX))
                    .then(newest_first(&a.0, &b.0))
            }),
            OpportunitySort::Deadline => rows.sort_by(|a, b| {
                a.0.valid_until
                    .cmp(&b.0.valid_until)
                    .then(a.0.id.cmp(&b.0.id))
            }),
            OpportunitySort::Newest => rows.sort_by(|a, b| newest_first(&a.0, &b.0)),
            OpportunitySort::Updated => rows.sort_by(|a, b| {
                a.0.updated_at
                    .cmp(&b.0.updated_at)
                    .then(a.0.id.cmp(&b.0.id))
            }),
        }
        let total = rows.len() as u64;
        let page = rows
            .into_iter()
            .skip(filter.offset as usize)
            .take(filter.limit as usize)
            .collect();
        return Ok((page, total));
    }

    let total = query.clone().count(db).await?;
    let query = match (filter.sort, filter.after) {
        (OpportunitySort::Updated, Some((at, id))) => query
            .filter(
                Condition::any().add(Column::UpdatedAt.gt(at)).add(
                    Condition::all()
                        .add(Column::UpdatedAt.eq(at))
                        .add(Column::Id.gt(id)),
                ),
            )
            .order_by_asc(Column::UpdatedAt),
        (OpportunitySort::Updated, None) => query.order_by_asc(Column::UpdatedAt),
        (OpportunitySort::Deadline, _) => query.order_by_asc(Column::ValidUntil),
        _ => query
            .order_by_with_nulls(Column::PublishedAt, Order::Desc, NullOrdering::First)
            .order_by_desc(Column::CreatedAt),
    };
    let page = query
        .order_by_asc(Column::Id)
        .offset(filter.offset)
        .limit(filter.limit)
        .all(db)
        .await?;
    Ok((
        page.into_iter()
            .filter_map(|(o, org)| org.map(|org| (o, org, None)))
            .collect(),
        total,
    ))
}

/// Drafts (no `published_at`) first, then the most recently published, then the newest.
fn newest_first(a: &Model, b: &Model) -> std::cmp::Ordering {
    match (a.published_at, b.published_at) {
        (None, Some(_)) => std::cmp::Ordering::Less,
        (Some(_), None) => std::cmp::Ordering::Greater,
        (x, y) => y.cmp(&x),
    }
    .then(b.created_at.cmp(&a.created_at))
    .then(a.id.cmp(&b.id))
}

/// Ids of the demo organisations by name (for `seed --demo`).
pub async fn demo_organization_ids(
    db: &impl ConnectionTrait,
) -> Result<HashMap<String, Uuid>, DbErr> {
    Ok(organization::Entity::find()
        .filter(organization::Column::Demo.eq(true))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.name, o.id))
        .collect())
}

/// The demo opportunities already stored as (organisation, title JSON): keeps `seed --demo` idempotent.
pub async fn demo_keys(db: &impl ConnectionTrait) -> Result<HashSet<(Uuid, String)>, DbErr> {
    Ok(Entity::find()
        .filter(Column::Demo.eq(true))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.organization_id, o.title))
        .collect())
}

/// The storage key of a title, as [`demo_keys`] returns it.
pub fn title_key(title: &LocalizedText) -> String {
    json(title)
}

/// Stores a demo opportunity as given: status, dates and outcome are not checked (so the demo
/// can contain expired and closed ones).
pub async fn create_demo(
    db: &impl ConnectionTrait,
    organization: Uuid,
    created_by: Option<Uuid>,
    fields: OpportunityFields,
    closed: Option<CloseOutcome>,
    days_ago: u64,
) -> Result<Model, DbErr> {
    let created = create(
        db,
        organization,
        created_by,
        OpportunityFields {
            demo: true,
            ..fields
        },
    )
    .await?;
    let publish = created.published_at.is_some();
    let at = Utc::now() - chrono::Duration::days(i64::try_from(days_ago).unwrap_or(0));
    let mut active: ActiveModel = created.into();
    active.created_at = Set(at);
    if publish {
        active.published_at = Set(Some(at));
    }
    if let Some(outcome) = closed {
        active.status = Set(CLOSED.to_owned());
        active.close_outcome = Set(Some(enum_str(&outcome)));
        active.closed_at = Set(Some(Utc::now()));
    }
    active.update(db).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model(status: &str, valid_until: NaiveDate) -> Model {
        let now = Utc::now();
        Model {
            id: Uuid::nil(),
            organization_id: Uuid::nil(),
            created_by: None,
            opportunity_type: "shortage_alert".to_owned(),
            status: status.to_owned(),
            title: r#"{"cs":"Granulát"}"#.to_owned(),
            body: r#"{"cs":"Text"}"#.to_owned(),
            nace_codes: ";20.16;".to_owned(),
            keywords: "[]".to_owned(),
            certifications: String::new(),
            alert_sent_at: None,
            quantity: None,
            unit: None,
            valid_until,
            needed_by: None,
            capacity: None,
            target_countries: String::new(),
            cross_border_only: false,
            max_distance_km: None,
            close_outcome: None,
            demo: false,
            hidden_at: None,
            hidden_reason: None,
            published_at: None,
            closed_at: None,
            created_at: now,
            updated_at: now,
        }
    }

    #[test]
    fn published_ones_expire_after_their_last_day() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let next = day.succ_opt().unwrap();
        assert_eq!(
            model(PUBLISHED, day).status(day),
            OpportunityStatus::Published,
            "open on its last day"
        );
        assert_eq!(
            model(PUBLISHED, day).status(next),
            OpportunityStatus::Expired
        );
        assert_eq!(
            model(DRAFT, day).status(next),
            OpportunityStatus::Draft,
            "drafts do not expire"
        );
        assert_eq!(model(CLOSED, day).status(next), OpportunityStatus::Closed);
        assert_eq!(
            model(PUBLISHED, day).opportunity_type(),
            OpportunityType::ShortageAlert
        );
    }
}

/// Every published or closed opportunity (no drafts) with its organisation, newest first
/// (exports).
pub async fn exportable(
    db: &impl ConnectionTrait,
    include_demo: bool,
) -> Result<Vec<(Model, organization::Model)>, DbErr> {
    let mut query = Entity::find()
        .filter(Column::Status.ne(DRAFT))
        .find_also_related(organization::Entity)
        .order_by_desc(Column::CreatedAt);
    if !include_demo {
        query = query.filter(Column::Demo.eq(false));
    }
    Ok(query
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(o, org)| Some((o, org?)))
        .collect())
}
