//! Organisations, their members, and the directory query.

use chrono::Utc;
use glokal_api_types::{
    CertificationEntry, ContactPerson, ContactVisibility, LocalizedText, MemberRole, Offering,
    Organization, OrganizationKind, OrganizationSort, OrganizationSummary, SizeClass,
};
use glokal_domain::reference::places::distance_km;
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

use crate::encoding::{enum_parse, enum_str, from_json, join_list, json, split_list};
use crate::entities::organization::{ActiveModel, Column, Entity, Model};
use crate::entities::organization_certification as certification;
use crate::entities::organization_member as member;

/// Validated profile data, ready to store (the API layer checks and normalises it).
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationFields {
    pub name: String,
    pub legal_form: Option<String>,
    pub kind: OrganizationKind,
    pub country: String,
    pub street: Option<String>,
    pub postal_code: Option<String>,
    pub city: String,
    pub place_id: Option<u32>,
    pub region_code: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub founding_year: Option<i32>,
    pub size_class: Option<SizeClass>,
    pub nace_main: Option<String>,
    pub nace_codes: Vec<String>,
    pub languages: Vec<String>,
    pub keywords: Vec<String>,
    pub description: LocalizedText,
    pub ico: Option<String>,
    pub dic: Option<String>,
    pub hr_number: Option<String>,
    pub vat_id: Option<String>,
    pub contacts: Vec<ContactPerson>,
    pub certifications: Vec<CertificationEntry>,
    pub offerings: Vec<Offering>,
    /// Demo data (seeded), not a real organisation.
    pub demo: bool,
}

/// Who looks at a profile: decides which contact persons are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    Anonymous,
    LoggedIn,
    Member,
}

/// Where logos are served from (the server maps it to `GLOKAL_DATA_DIR/media/logos/`).
pub const LOGO_URL_PREFIX: &str = "/media/logos/";

fn apply(active: &mut ActiveModel, f: OrganizationFields) {
    active.name = Set(f.name);
    active.legal_form = Set(f.legal_form);
    active.kind = Set(enum_str(&f.kind));
    active.country = Set(f.country);
    active.street = Set(f.street);
    active.postal_code = Set(f.postal_code);
    active.city = Set(f.city);
    active.place_id = Set(f.place_id.map(|id| id as i32));
    active.region_code = Set(f.region_code);
    active.lat = Set(f.lat);
    active.lon = Set(f.lon);
    active.website = Set(f.website);
    active.email = Set(f.email);
    active.phone = Set(f.phone);
    active.founding_year = Set(f.founding_year);
    active.size_class = Set(f.size_class.as_ref().map(enum_str));
    active.nace_main = Set(f.nace_main);
    active.nace_codes = Set(join_list(&f.nace_codes));
    active.languages = Set(join_list(&f.languages));
    active.keywords = Set(json(&f.keywords));
    active.description = Set(json(&f.description));
    active.contacts = Set(json(&f.contacts));
    active.certifications = Set(json(&f.certifications));
    active.offerings = Set(json(&f.offerings));
    active.ico = Set(f.ico);
    active.dic = Set(f.dic);
    active.hr_number = Set(f.hr_number);
    active.vat_id = Set(f.vat_id);
    active.demo = Set(f.demo);
    active.updated_at = Set(Utc::now());
}

impl Model {
    /// The kind (`other` if the stored value is unknown).
    pub fn kind(&self) -> OrganizationKind {
        enum_parse(&self.kind).unwrap_or(OrganizationKind::Other)
    }

    fn size(&self) -> Option<SizeClass> {
        self.size_class.as_deref().and_then(enum_parse)
    }

    fn texts(&self) -> LocalizedText {
        from_json(&self.description)
    }

    /// The full profile for a viewer: contact persons are filtered by visibility;
    /// `verifier` is the name of the verifying institution (see [`profile`]).
    pub fn into_api(
        self,
        viewer: Viewer,
        my_role: Option<MemberRole>,
        verifier: Option<String>,
    ) -> Organization {
        let verification = self
            .verified_at
            .map(|verified_at| glokal_api_types::Verification {
                verified_at,
                institution_id: self.verified_by_organization,
                institution_name: verifier,
            });
        let contacts: Vec<ContactPerson> = match viewer {
            Viewer::Anonymous => Vec::new(),
            Viewer::LoggedIn => from_json::<Vec<ContactPerson>>(&self.contacts)
                .into_iter()
                .filter(|c| c.visibility == ContactVisibility::LoggedIn)
                .collect(),
            Viewer::Member => from_json(&self.contacts),
        };
        let moderation = (viewer == Viewer::Member
            && (self.hidden_at.is_some() || self.suspended_at.is_some()))
        .then(|| glokal_api_types::ModerationStatus {
            awaiting_review: self.hidden_at.is_some()
                && self.hidden_reason.is_none()
                && self.suspended_at.is_none(),
            hidden_reason: self.hidden_reason.clone(),
            suspended: self.suspended_at.is_some(),
        });
        let description = self.texts();
        let logo_url = self.logo_url();
        Organization {
            moderation,
            id: self.id,
            kind: self.kind(),
            size_class: self.size(),
            text_languages: description.languages(),
            description,
            name: self.name,
            legal_form: self.legal_form,
            country: self.country,
            street: self.street,
            postal_code: self.postal_code,
            city: self.city,
            place_id: self.place_id.map(|id| id as u32),
            region_code: self.region_code,
            lat: self.lat,
            lon: self.lon,
            website: self.website,
            email: self.email,
            phone: self.phone,
            founding_year: self.founding_year,
            nace_main: self.nace_main,
            nace_codes: split_list(&self.nace_codes),
            languages: split_list(&self.languages),
            keywords: from_json(&self.keywords),
            ico: self.ico,
            dic: self.dic,
            hr_number: self.hr_number,
            vat_id: self.vat_id,
            contacts,
            certifications: from_json(&self.certifications),
            offerings: from_json(&self.offerings),
            logo_url,
            verification,
            register_checked_at: self.register_checked_at,
            managed_by: self
                .managed_by
                .map(|institution_id| glokal_api_types::Management {
                    institution_id,
                    institution_name: None,
                }),
            demo: self.demo,
            my_role,
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }

    /// Path of the logo, if one was uploaded.
    pub fn logo_url(&self) -> Option<String> {
        self.logo.as_ref().map(|f| format!("{LOGO_URL_PREFIX}{f}"))
    }

    /// The caller's membership in this organisation.
    pub fn into_membership(self, role: MemberRole) -> glokal_api_types::Membership {
        glokal_api_types::Membership {
            logo_url: self.logo_url(),
            organization_id: self.id,
            organization_name: self.name,
            role,
        }
    }

    /// The entry in a list; `verifier` is the name of the verifying institution (see
    /// [`names`]).
    pub fn into_summary(
        self,
        distance_km: Option<f64>,
        verifier: Option<String>,
    ) -> OrganizationSummary {
        let logo_url = self.logo_url();
        OrganizationSummary {
            id: self.id,
            kind: self.kind(),
            size_class: self.size(),
            text_languages: self.texts().languages(),
            name: self.name,
            country: self.country,
            city: self.city,
            region_code: self.region_code,
            nace_main: self.nace_main,
            logo_url,
            verified: self.verified_at.is_some(),
            verified_at: self.verified_at,
            verified_by: verifier.filter(|_| self.verified_at.is_some()),
            register_checked: self.register_checked_at.is_some(),
            demo: self.demo,
            distance_km: distance_km.map(|d| (d * 10.0).round() / 10.0),
            updated_at: self.updated_at,
        }
    }
}

/// The full profile with the verifying institution's name looked up.
pub async fn profile(
    db: &impl ConnectionTrait,
    model: Model,
    viewer: Viewer,
    my_role: Option<MemberRole>,
) -> Result<Organization, DbErr> {
    let verifier = match model.verified_by_organization {
        Some(id) => get(db, id).await?.map(|m| m.name),
        None => None,
    };
    let manager = match model.managed_by {
        Some(id) => get(db, id).await?.map(|m| m.name),
        None => None,
    };
    let mut api = model.into_api(viewer, my_role, verifier);
    if let Some(management) = api.managed_by.as_mut() {
        management.institution_name = manager;
    }
    Ok(api)
}

/// The names of the organisations `ids` (one query; unknown ids are left out).
pub async fn names(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<std::collections::HashMap<Uuid, String>, DbErr> {
    if ids.is_empty() {
        return Ok(Default::default());
    }
    let rows: Vec<(Uuid, String)> = Entity::find()
        .select_only()
        .column(Column::Id)
        .column(Column::Name)
        .filter(Column::Id.is_in(ids.iter().copied()))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// Marks an organisation verified by an institution (`None`: a platform admin), optionally
/// with its register entry confirmed; `verified == false` withdraws the verification.
pub async fn set_verification(
    db: &impl ConnectionTrait,
    current: Model,
    verified: bool,
    institution: Option<Uuid>,
    user: Option<Uuid>,
    register_confirmed: bool,
) -> Result<Model, DbErr> {
    let now = Utc::now();
    let mut active: ActiveModel = current.into();
    active.verified_at = Set(verified.then_some(now));
    active.verified_by_organization = Set(institution.filter(|_| verified));
    active.verified_by_user = Set(user.filter(|_| verified));
    if register_confirmed {
        active.register_checked_at = Set(Some(now));
    }
    active.updated_at = Set(now);
    active.update(db).await
}

/// Records that the registration number was confirmed in the register just now.
pub async fn mark_register_checked(
    db: &impl ConnectionTrait,
    current: Model,
) -> Result<Model, DbErr> {
    let mut active: ActiveModel = current.into();
    active.register_checked_at = Set(Some(Utc::now()));
    active.update(db).await
}

/// Stores a new organisation with `owner` as its first owner.
pub async fn create(
    db: &impl ConnectionTrait,
    fields: OrganizationFields,
    creation: Creation,
) -> Result<Model, DbErr> {
    let now = Utc::now();
    let certifications = fields.certifications.clone();
    let mut active = ActiveModel {
        id: Set(Uuid::new_v4()),
        created_at: Set(now),
        logo: Set(None),
        managed_by: Set(creation.managed_by),
        hidden_at: Set(creation.held_for_review.then_some(now)),
        ..Default::default()
    };
    apply(&mut active, fields);
    let model = active.insert(db).await?;
    index_certifications(db, model.id, &certifications).await?;
    if let Some(owner) = creation.owner {
        set_member(db, model.id, owner, MemberRole::Owner).await?;
    }
    Ok(model)
}

/// Who a new organisation belongs to and whether it waits for a moderator.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Creation {
    /// Becomes its owner.
    pub owner: Option<Uuid>,
    /// The institution whose API token created it (see `managed_by`).
    pub managed_by: Option<Uuid>,
    /// Pre-moderation: hidden (without a reason) until a moderator approves it.
    pub held_for_review: bool,
}

/// Ends an institution's management of the organisation (its CRM may no longer update it).
pub async fn end_management(db: &impl ConnectionTrait, current: Model) -> Result<Model, DbErr> {
    let mut active: ActiveModel = current.into();
    active.managed_by = Set(None);
    active.updated_at = Set(Utc::now());
    active.update(db).await
}

/// An organisation by id.
pub async fn get(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<Model>, DbErr> {
    Entity::find_by_id(id).one(db).await
}

/// Replaces the profile data.
pub async fn update(
    db: &impl ConnectionTrait,
    current: Model,
    fields: OrganizationFields,
) -> Result<Model, DbErr> {
    let certifications = fields.certifications.clone();
    let register_changed = current.ico != fields.ico
        || current.hr_number != fields.hr_number
        || current.vat_id != fields.vat_id;
    let mut active: ActiveModel = current.into();
    if register_changed {
        active.register_checked_at = Set(None);
    }
    apply(&mut active, fields);
    let model = active.update(db).await?;
    index_certifications(db, model.id, &certifications).await?;
    Ok(model)
}

/// Rewrites the directory's certification index of one organisation.
async fn index_certifications(
    db: &impl ConnectionTrait,
    organization: Uuid,
    entries: &[CertificationEntry],
) -> Result<(), DbErr> {
    certification::Entity::delete_many()
        .filter(certification::Column::OrganizationId.eq(organization))
        .exec(db)
        .await?;
    if entries.is_empty() {
        return Ok(());
    }
    let rows = entries.iter().map(|e| certification::ActiveModel {
        organization_id: Set(organization),
        code: Set(e.code.clone()),
        expires_on: Set(e.expires_on),
    });
    certification::Entity::insert_many(rows).exec(db).await?;
    Ok(())
}

/// Sets or clears the logo file name; returns the previous one (to delete the file).
pub async fn set_logo(
    db: &impl ConnectionTrait,
    current: Model,
    file: Option<String>,
) -> Result<(Model, Option<String>), DbErr> {
    let previous = current.logo.clone();
    let mut active: ActiveModel = current.into();
    active.logo = Set(file);
    active.updated_at = Set(Utc::now());
    Ok((active.update(db).await?, previous))
}

/// Deletes an organisation (members go with it).
pub async fn delete(db: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    // Organisations it managed are on their own from now on.
    Entity::update_many()
        .col_expr(Column::ManagedBy, Expr::value(Option::<Uuid>::None))
        .filter(Column::ManagedBy.eq(id))
        .exec(db)
        .await?;
    Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}

/// The role of a user in an organisation.
pub async fn member_role(
    db: &impl ConnectionTrait,
    organization: Uuid,
    user: Uuid,
) -> Result<Option<MemberRole>, DbErr> {
    Ok(member::Entity::find_by_id((organization, user))
        .one(db)
        .await?
        .and_then(|m| enum_parse(&m.role)))
}

/// Adds a member or changes their role.
pub async fn set_member(
    db: &impl ConnectionTrait,
    organization: Uuid,
    user: Uuid,
    role: MemberRole,
) -> Result<(), DbErr> {
    let role_text = enum_str(&role);
    let updated = member::Entity::update_many()
        .col_expr(member::Column::Role, Expr::value(role_text.clone()))
        .filter(member::Column::OrganizationId.eq(organization))
        .filter(member::Column::UserId.eq(user))
        .exec(db)
        .await?;
    if updated.rows_affected == 0 {
        member::ActiveModel {
            organization_id: Set(organization),
            user_id: Set(user),
            role: Set(role_text),
            created_at: Set(Utc::now()),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// A member of an organisation: user, role, and since when.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberRow {
    pub user_id: Uuid,
    pub role: MemberRole,
    pub since: chrono::DateTime<Utc>,
}

/// Members of an organisation with their roles, longest-standing first.
pub async fn members(
    db: &impl ConnectionTrait,
    organization: Uuid,
) -> Result<Vec<MemberRow>, DbErr> {
    Ok(member::Entity::find()
        .filter(member::Column::OrganizationId.eq(organization))
        .order_by_asc(member::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|m| {
            enum_parse(&m.role).map(|role| MemberRow {
                user_id: m.user_id,
                role,
                since: m.created_at,
            })
        })
        .collect())
}

/// Removes a membership; returns whether there was one.
pub async fn remove_member(
    db: &impl ConnectionTrait,
    organization: Uuid,
    user: Uuid,
) -> Result<bool, DbErr> {
    let res = member::Entity::delete_many()
        .filter(member::Column::OrganizationId.eq(organization))
        .filter(member::Column::UserId.eq(user))
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}

/// The organisations a user belongs to, by name, with the role there.
pub async fn memberships(
    db: &impl ConnectionTrait,
    user: Uuid,
) -> Result<Vec<(Model, MemberRole)>, DbErr> {
    let rows = member::Entity::find()
        .filter(member::Column::UserId.eq(user))
        .all(db)
        .await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        if let (Some(org), Some(role)) =
            (get(db, row.organization_id).await?, enum_parse(&row.role))
        {
            out.push((org, role));
        }
    }
    out.sort_by_key(|(org, _)| org.name.to_lowercase());
    Ok(out)
}

/// Where a page starts: right after a row of the sort order (keyset paging, stable while rows
/// are added), or at an offset.
#[derive(Debug, Clone, PartialEq)]
pub enum After {
    /// Sort by name: after this (name, id).
    Name(String, Uuid),
    /// Newest first: after this (created_at, id).
    Created(chrono::DateTime<Utc>, Uuid),
    /// Least recently updated first: after this (updated_at, id).
    Updated(chrono::DateTime<Utc>, Uuid),
    /// Skip this many (distance sort, which is computed in memory).
    Offset(u64),
}

/// Directory filters (already validated).
#[derive(Debug, Clone, Default)]
pub struct DirectoryFilter {
    pub kind: Option<OrganizationKind>,
    pub country: Option<String>,
    pub region: Option<String>,
    /// NACE code prefixes, any of which must match (a section expands to its divisions).
    pub nace_prefixes: Vec<String>,
    pub size_class: Option<SizeClass>,
    pub language: Option<String>,
    /// Holds this certification, not expired on `today`.
    pub certification: Option<(String, chrono::NaiveDate)>,
    /// Centre and radius (km) of a distance filter/sort.
    pub near: Option<(f64, f64)>,
    pub radius_km: Option<f64>,
    pub sort: OrganizationSort,
    /// Only verified (`true`) or unverified (`false`) organisations.
    pub verified: Option<bool>,
    /// Only organisations changed at or after this time.
    pub updated_since: Option<chrono::DateTime<Utc>>,
    /// Start of the page (default: the beginning).
    pub after: Option<After>,
    pub limit: u64,
}

/// One page of the directory.
#[derive(Debug, Clone)]
pub struct DirectoryPage {
    /// The organisations with their distance from `near`, if given.
    pub rows: Vec<(Model, Option<f64>)>,
    /// All matches.
    pub total: u64,
    /// Whether more rows follow this page.
    pub more: bool,
}

/// One page of the directory with the total, and distances when `near` is given.
pub async fn list(
    db: &impl ConnectionTrait,
    filter: &DirectoryFilter,
) -> Result<DirectoryPage, DbErr> {
    // Hidden by the moderators: gone from the directory.
    let mut condition = Condition::all().add(Column::HiddenAt.is_null());
    if let Some(kind) = &filter.kind {
        condition = condition.add(Column::Kind.eq(enum_str(kind)));
    }
    if let Some(country) = &filter.country {
        condition = condition.add(Column::Country.eq(country.clone()));
    }
    if let Some(region) = &filter.region {
        condition = condition.add(Column::RegionCode.eq(region.clone()));
    }
    if let Some(size) = &filter.size_class {
        condition = condition.add(Column::SizeClass.eq(enum_str(size)));
    }
    if !filter.nace_prefixes.is_empty() {
        let mut any = Condition::any();
        for prefix in &filter.nace_prefixes {
            any = any
                .add(Column::NaceMain.starts_with(prefix.clone()))
                .add(Column::NaceCodes.contains(format!(";{prefix}")));
        }
        condition = condition.add(any);
    }
    if let Some(language) = &filter.language {
        condition = condition.add(Column::Languages.contains(format!(";{language};")));
    }
    if let Some((code, today)) = &filter.certification {
        let holders = Query::select()
            .column(certification::Column::OrganizationId)
            .from(certification::Entity)
            .and_where(certification::Column::Code.eq(code.clone()))
            .cond_where(
                Condition::any()
                    .add(certification::Column::ExpiresOn.is_null())
                    .add(certification::Column::ExpiresOn.gte(*today)),
            )
            .to_owned();
        condition = condition.add(Column::Id.in_subquery(holders));
    }
    match filter.verified {
        Some(true) => condition = condition.add(Column::VerifiedAt.is_not_null()),
        Some(false) => condition = condition.add(Column::VerifiedAt.is_null()),
        None => {}
    }
    if let Some(since) = filter.updated_since {
        condition = condition.add(Column::UpdatedAt.gte(since));
    }
    let query = Entity::find().filter(condition);

    if let Some((lat, lon)) = filter.near {
        // A bounding box in SQL, the exact distance here; sorted and paged in memory.
        let mut query = query;
        if let Some(radius) = filter.radius_km {
            let dlat = radius / 111.0;
            let dlon = radius / (111.0 * lat.to_radians().cos().max(0.1));
            query = query
                .filter(Column::Lat.between(lat - dlat, lat + dlat))
                .filter(Column::Lon.between(lon - dlon, lon + dlon));
        }
        let mut rows: Vec<(Model, Option<f64>)> = query
            .all(db)
            .await?
            .into_iter()
            .map(|m| {
                let d = m.lat.zip(m.lon).map(|(a, b)| distance_km(lat, lon, a, b));
                (m, d)
            })
            .filter(|(_, d)| filter.radius_km.is_none_or(|r| d.is_some_and(|d| d <= r)))
            .collect();
        match filter.sort {
            OrganizationSort::Distance => rows.sort_by(|a, b| {
                a.1.unwrap_or(f64::MAX)
                    .total_cmp(&b.1.unwrap_or(f64::MAX))
                    .then(a.0.name.cmp(&b.0.name))
            }),
            OrganizationSort::Newest => rows.sort_by(|a, b| {
                b.0.created_at
                    .cmp(&a.0.created_at)
                    .then(a.0.id.cmp(&b.0.id))
            }),
            OrganizationSort::Updated => rows.sort_by(|a, b| {
                a.0.updated_at
                    .cmp(&b.0.updated_at)
                    .then(a.0.id.cmp(&b.0.id))
            }),
            OrganizationSort::Name => rows.sort_by(|a, b| {
                a.0.name
                    .to_lowercase()
                    .cmp(&b.0.name.to_lowercase())
                    .then(a.0.id.cmp(&b.0.id))
            }),
        }
        let total = rows.len() as u64;
        let offset = match &filter.after {
            Some(After::Offset(n)) => *n,
            _ => 0,
        };
        let more = offset + filter.limit < total;
        let rows = rows
            .into_iter()
            .skip(offset as usize)
            .take(filter.limit as usize)
            .collect();
        return Ok(DirectoryPage { rows, total, more });
    }

    let total = query.clone().count(db).await?;
    let mut query = query;
    let mut offset = 0;
    match &filter.after {
        Some(After::Name(name, id)) => {
            query = query.filter(
                Condition::any().add(Column::Name.gt(name.clone())).add(
                    Condition::all()
                        .add(Column::Name.eq(name.clone()))
                        .add(Column::Id.gt(*id)),
                ),
            )
        }
        Some(After::Created(at, id)) => {
            query = query.filter(
                Condition::any().add(Column::CreatedAt.lt(*at)).add(
                    Condition::all()
                        .add(Column::CreatedAt.eq(*at))
                        .add(Column::Id.gt(*id)),
                ),
            )
        }
        Some(After::Updated(at, id)) => {
            query = query.filter(
                Condition::any().add(Column::UpdatedAt.gt(*at)).add(
                    Condition::all()
                        .add(Column::UpdatedAt.eq(*at))
                        .add(Column::Id.gt(*id)),
                ),
            )
        }
        Some(After::Offset(n)) => offset = *n,
        None => {}
    }
    let query = match filter.sort {
        OrganizationSort::Newest => query.order_by_desc(Column::CreatedAt),
        OrganizationSort::Updated => query.order_by_asc(Column::UpdatedAt),
        _ => query.order_by_asc(Column::Name),
    };
    let mut rows = query
        .order_by_asc(Column::Id)
        .offset(offset)
        .limit(filter.limit + 1)
        .all(db)
        .await?;
    let more = rows.len() as u64 > filter.limit;
    rows.truncate(filter.limit as usize);
    Ok(DirectoryPage {
        rows: rows.into_iter().map(|m| (m, None)).collect(),
        total,
        more,
    })
}

/// Names of the demo organisations already stored (keeps `seed --demo` idempotent).
pub async fn demo_names(
    db: &impl ConnectionTrait,
) -> Result<std::collections::HashSet<String>, DbErr> {
    Ok(Entity::find()
        .filter(Column::Demo.eq(true))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.name)
        .collect())
}

/// What identifies an organisation for duplicate checks: id, name, town, IČO, VAT id (all
/// organisations, demo data included).
pub async fn identities(
    db: &impl ConnectionTrait,
) -> Result<Vec<(Uuid, String, String, Option<String>, Option<String>)>, DbErr> {
    Entity::find()
        .select_only()
        .column(Column::Id)
        .column(Column::Name)
        .column(Column::City)
        .column(Column::Ico)
        .column(Column::VatId)
        .into_tuple()
        .all(db)
        .await
}

/// Every organisation by name (exports).
pub async fn all(db: &impl ConnectionTrait, include_demo: bool) -> Result<Vec<Model>, DbErr> {
    let mut query = Entity::find()
        .order_by_asc(Column::Name)
        .order_by_asc(Column::Id);
    if !include_demo {
        query = query.filter(Column::Demo.eq(false));
    }
    query.all(db).await
}
