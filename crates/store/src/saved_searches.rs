//! Saved searches: what a person wants to hear about, and the window already reported.

use chrono::{DateTime, Duration, SubsecRound, Utc};
use glokal_api_types::{SavedSearch, SearchFrequency, SearchQuery};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

use crate::encoding::json;
pub use crate::entities::saved_search::Model;
use crate::entities::saved_search::{ActiveModel, Column, Entity};

/// How long a process holds a saved search it is reporting on before another may try.
const LEASE_MINUTES: i64 = 10;

/// What to store.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedSearchFields {
    pub name: String,
    pub query: SearchQuery,
    pub frequency: SearchFrequency,
    pub email: bool,
}

/// The time between two reports (`instant`: every poll of the worker).
pub fn interval(frequency: SearchFrequency) -> Duration {
    match frequency {
        SearchFrequency::Instant => Duration::zero(),
        SearchFrequency::Daily => Duration::days(1),
        SearchFrequency::Weekly => Duration::days(7),
    }
}

impl Model {
    pub fn frequency(&self) -> SearchFrequency {
        SearchFrequency::parse(&self.frequency).unwrap_or_default()
    }

    pub fn query(&self) -> SearchQuery {
        serde_json::from_str(&self.query).unwrap_or_default()
    }

    pub fn into_api(self) -> SavedSearch {
        SavedSearch {
            id: self.id,
            query: self.query(),
            frequency: self.frequency(),
            name: self.name,
            email: self.email,
            checked_until: self.checked_until,
            last_sent_at: self.last_sent_at,
            last_hit_count: u32::try_from(self.last_hit_count).unwrap_or(0),
            created_at: self.created_at,
        }
    }
}

/// Stores a new saved search: what exists now is known, new hits are reported from now on.
pub async fn create(
    db: &impl ConnectionTrait,
    user: Uuid,
    f: SavedSearchFields,
) -> Result<Model, DbErr> {
    let now = Utc::now();
    // Whole seconds, as the search index stores creation times.
    let known_until = now.trunc_subsecs(0);
    ActiveModel {
        id: Set(Uuid::new_v4()),
        user_id: Set(user),
        name: Set(f.name),
        query: Set(json(&f.query)),
        frequency: Set(f.frequency.as_str().to_owned()),
        email: Set(f.email),
        checked_until: Set(known_until),
        next_run_at: Set(known_until + interval(f.frequency)),
        last_sent_at: Set(None),
        last_hit_count: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await
}

/// Changes a saved search; a new frequency takes effect from its last report.
pub async fn update(
    db: &impl ConnectionTrait,
    model: Model,
    f: SavedSearchFields,
) -> Result<Model, DbErr> {
    let next = model.checked_until + interval(f.frequency);
    let mut active: ActiveModel = model.into();
    active.name = Set(f.name);
    active.query = Set(json(&f.query));
    active.frequency = Set(f.frequency.as_str().to_owned());
    active.email = Set(f.email);
    active.next_run_at = Set(next);
    active.updated_at = Set(Utc::now());
    active.update(db).await
}

/// A person's saved searches, newest first.
pub async fn list(db: &impl ConnectionTrait, user: Uuid) -> Result<Vec<Model>, DbErr> {
    Entity::find()
        .filter(Column::UserId.eq(user))
        .order_by_desc(Column::CreatedAt)
        .order_by_desc(Column::Id)
        .all(db)
        .await
}

/// How many saved searches a person has.
pub async fn count(db: &impl ConnectionTrait, user: Uuid) -> Result<u64, DbErr> {
    Entity::find()
        .filter(Column::UserId.eq(user))
        .count(db)
        .await
}

/// One saved search of a person (`None` for another person's).
pub async fn get_own(
    db: &impl ConnectionTrait,
    user: Uuid,
    id: Uuid,
) -> Result<Option<Model>, DbErr> {
    Entity::find_by_id(id)
        .filter(Column::UserId.eq(user))
        .one(db)
        .await
}

/// One saved search.
pub async fn get(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<Model>, DbErr> {
    Entity::find_by_id(id).one(db).await
}

/// Deletes one; whether it existed.
pub async fn delete(db: &impl ConnectionTrait, id: Uuid) -> Result<bool, DbErr> {
    Ok(Entity::delete_by_id(id).exec(db).await?.rows_affected > 0)
}

/// Turns the mails of a saved search off (unsubscribe).
pub async fn stop_mails(db: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::Email, Expr::value(false))
        .col_expr(Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Saved searches whose report is due, oldest first.
pub async fn due(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    limit: u64,
) -> Result<Vec<Model>, DbErr> {
    Entity::find()
        .filter(Column::NextRunAt.lte(now))
        .order_by_asc(Column::NextRunAt)
        .limit(limit)
        .all(db)
        .await
}

/// Claims a due saved search for this process (another process that read the same row
/// loses): its next run moves [`LEASE_MINUTES`] ahead until [`finish`] records the report.
pub async fn claim(
    db: &impl ConnectionTrait,
    model: &Model,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let res = Entity::update_many()
        .col_expr(
            Column::NextRunAt,
            Expr::value(now + Duration::minutes(LEASE_MINUTES)),
        )
        .filter(Column::Id.eq(model.id))
        .filter(Column::NextRunAt.eq(model.next_run_at))
        .exec(db)
        .await?;
    Ok(res.rows_affected == 1)
}

/// Records a report: hits created up to `until` are known now; `sent` when something went out.
pub async fn finish(
    db: &impl ConnectionTrait,
    model: &Model,
    until: DateTime<Utc>,
    hits: u32,
    sent: bool,
) -> Result<(), DbErr> {
    let mut update = Entity::update_many()
        .col_expr(Column::CheckedUntil, Expr::value(until))
        .col_expr(
            Column::NextRunAt,
            Expr::value(until + interval(model.frequency())),
        )
        .filter(Column::Id.eq(model.id));
    if sent {
        update = update
            .col_expr(Column::LastSentAt, Expr::value(Utc::now()))
            .col_expr(
                Column::LastHitCount,
                Expr::value(i32::try_from(hits).unwrap_or(i32::MAX)),
            );
    }
    update.exec(db).await?;
    Ok(())
}
