//! `glokal seed --demo`: demo accounts for trying the platform locally (idempotent).

use anyhow::Context;
use glokal_api::auth::passwords;
use glokal_api::handlers::events::local_time;
use glokal_api::handlers::events::validate::event_fields;
use glokal_api::handlers::opportunities::validate::opportunity_fields;
use glokal_api::handlers::organizations::validate::organization_fields;
use glokal_api_types::{
    Capacity, CloseOutcome, EventInput, EventStatus, EventType, LocalizedText, OpportunityInput,
    OpportunityType, OrganizationInput, OrganizationKind, ProgrammeItemInput, VenueInput,
};
use glokal_domain::{Language, Role};
use glokal_store::users::{self, CreateUserError, NewUser};
use glokal_store::{events, opportunities, organizations, DatabaseConnection};

/// Fictitious demo companies and the real institutions' public names (see `data/demo_organizations.md`).
const DEMO_ORGANIZATIONS: &str = include_str!("../../data/demo_organizations.json");

/// Offers and requests of the demo companies (see `data/demo_opportunities.md`).
const DEMO_OPPORTUNITIES: &str = include_str!("../../data/demo_opportunities.json");

/// Password of every demo account (documented in the README; demo data is refused in production).
pub const DEMO_PASSWORD: &str = "Glokal-Demo-2026";

/// The demo accounts: (e-mail, name, language, role).
pub const DEMO_ACCOUNTS: [(&str, &str, Language, Role); 4] = [
    (
        "admin@demo.glokal.eu",
        "Platform Admin",
        Language::En,
        Role::PlatformAdmin,
    ),
    (
        "kammer@demo.glokal.eu",
        "Katrin Schubert (IHK Chemnitz)",
        Language::De,
        Role::InstitutionStaff,
    ),
    (
        "firma@demo.glokal.eu",
        "Thomas Richter (Richter Kunststofftechnik GmbH)",
        Language::De,
        Role::Member,
    ),
    (
        "firma.cz@demo.glokal.eu",
        "Jana Nováková (Nováková plasty s.r.o.)",
        Language::Cs,
        Role::Member,
    ),
];

/// Creates the demo accounts that do not exist yet.
pub async fn demo(db: &DatabaseConnection) -> anyhow::Result<()> {
    let hash = passwords::hash(DEMO_PASSWORD)?;
    let mut created = 0;
    for (email, name, lang, role) in DEMO_ACCOUNTS {
        let result = users::create(
            db,
            NewUser {
                email: email.to_owned(),
                password_hash: hash.clone(),
                display_name: name.to_owned(),
                preferred_language: lang,
                role,
                email_verified: true,
            },
        )
        .await;
        match result {
            Ok(user) => {
                // The demo people registered like everybody: with the terms accepted.
                let terms = glokal_api_types::ConsentKind::Terms;
                glokal_store::privacy::record_consent(
                    db,
                    user.id,
                    terms,
                    terms.current_version(),
                    true,
                )
                .await?;
                created += 1;
            }
            Err(CreateUserError::EmailTaken) => {}
            Err(CreateUserError::Db(err)) => {
                return Err(anyhow::Error::new(err).context("creating demo accounts"))
            }
        }
    }
    println!("Demo data: {created} account(s) created, {} already present. Password of all demo accounts: {DEMO_PASSWORD}", DEMO_ACCOUNTS.len() - created);
    demo_organizations(db).await?;
    demo_opportunities(db).await?;
    demo_events(db).await?;
    super::seed_conversations::demo_conversations(db).await?;
    super::demo_matchmaking::demo_matchmaking(db).await
}

/// Creates the demo organisations that do not exist yet; companies belong to the demo
/// company account, institutions to the demo chamber account.
async fn demo_organizations(db: &DatabaseConnection) -> anyhow::Result<()> {
    let inputs: Vec<OrganizationInput> =
        serde_json::from_str(DEMO_ORGANIZATIONS).context("demo_organizations.json is malformed")?;
    let owner = |email: &str| {
        let email = email.to_owned();
        async move {
            users::find_by_email(db, &email)
                .await?
                .map(|u| u.id)
                .context("demo account missing")
        }
    };
    let company_owner = owner("firma@demo.glokal.eu").await?;
    let institution_owner = owner("kammer@demo.glokal.eu").await?;
    let existing = organizations::demo_names(db).await?;
    let total = inputs.len();
    let mut created = 0;
    for (index, input) in inputs.into_iter().enumerate() {
        if existing.contains(input.name.trim()) {
            continue;
        }
        let name = input.name.clone();
        let owner = if input.kind == OrganizationKind::Company {
            company_owner
        } else {
            institution_owner
        };
        let mut fields = organization_fields(input)
            .map_err(|err| anyhow::anyhow!("demo organisation {name:?} is invalid: {err}"))?;
        fields.demo = true;
        organizations::create(
            db,
            fields,
            organizations::Creation {
                owner: Some(owner),
                ..Default::default()
            },
        )
        .await?;
        created += 1;
        if (index + 1) % 50 == 0 || index + 1 == total {
            println!("  demo organisations: {}/{total}", index + 1);
        }
    }
    println!(
        "Demo data: {created} organisation(s) created, {} already present.",
        total - created
    );
    Ok(())
}

/// A demo offer or request; its dates count from the day it was published (or created), so
/// some demo opportunities have expired.
#[derive(Debug, serde::Deserialize)]
struct DemoOpportunity {
    /// Name of the demo organisation.
    organization: String,
    #[serde(rename = "type")]
    opportunity_type: OpportunityType,
    title: LocalizedText,
    text: LocalizedText,
    #[serde(default)]
    nace_codes: Vec<String>,
    #[serde(default)]
    keywords: Vec<String>,
    #[serde(default)]
    quantity: Option<f64>,
    #[serde(default)]
    unit: Option<String>,
    #[serde(default)]
    target_countries: Vec<String>,
    #[serde(default)]
    cross_border_only: bool,
    #[serde(default)]
    max_distance_km: Option<u32>,
    #[serde(default)]
    certifications: Vec<String>,
    /// `false`: a draft.
    published: bool,
    #[serde(default)]
    close_outcome: Option<CloseOutcome>,
    /// Published (or, for drafts, created) this many days ago.
    days_ago: u64,
    /// Open for this many days from then.
    valid_days: u64,
    #[serde(default)]
    needed_in_days: Option<u64>,
    #[serde(default)]
    capacity: Option<DemoCapacity>,
}

/// Free capacity of a demo `capacity_offer`, in days from publication.
#[derive(Debug, serde::Deserialize)]
struct DemoCapacity {
    process: String,
    #[serde(default)]
    material: Option<String>,
    from_day: u64,
    until_day: u64,
}

/// Creates the demo offers and requests that do not exist yet (same organisation and title).
async fn demo_opportunities(db: &DatabaseConnection) -> anyhow::Result<()> {
    let demos: Vec<DemoOpportunity> =
        serde_json::from_str(DEMO_OPPORTUNITIES).context("demo_opportunities.json is malformed")?;
    let kinds: std::collections::HashMap<String, OrganizationKind> =
        serde_json::from_str::<Vec<OrganizationInput>>(DEMO_ORGANIZATIONS)
            .context("demo_organizations.json is malformed")?
            .into_iter()
            .map(|o| (o.name, o.kind))
            .collect();
    let organizations = opportunities::demo_organization_ids(db).await?;
    let company_owner = users::find_by_email(db, "firma@demo.glokal.eu")
        .await?
        .map(|u| u.id);
    let institution_owner = users::find_by_email(db, "kammer@demo.glokal.eu")
        .await?
        .map(|u| u.id);
    let existing = opportunities::demo_keys(db).await?;
    let today = opportunities::today();
    let total = demos.len();
    let mut created = 0;
    for (index, demo) in demos.into_iter().enumerate() {
        let organization = *organizations
            .get(&demo.organization)
            .with_context(|| format!("demo organisation {:?} missing", demo.organization))?;
        let then = today - chrono::Days::new(demo.days_ago);
        let days = |n: u64| then + chrono::Days::new(n);
        let input = OpportunityInput {
            organization_id: organization,
            opportunity_type: demo.opportunity_type,
            title: demo.title,
            text: demo.text,
            nace_codes: demo.nace_codes,
            keywords: demo.keywords,
            quantity: demo.quantity,
            unit: demo.unit,
            valid_until: Some(days(demo.valid_days)),
            needed_by: demo.needed_in_days.map(days),
            capacity: demo.capacity.map(|c| Capacity {
                process: c.process,
                material: c.material,
                available_from: days(c.from_day),
                available_until: days(c.until_day),
            }),
            target_countries: demo.target_countries,
            cross_border_only: demo.cross_border_only,
            max_distance_km: demo.max_distance_km,
            certifications: demo.certifications,
            publish: demo.published,
        };
        // Checked as on the day it was posted.
        let fields = opportunity_fields(input, then, None).map_err(|err| {
            anyhow::anyhow!(
                "demo opportunity #{index} of {:?} is invalid: {err}",
                demo.organization
            )
        })?;
        if existing.contains(&(organization, opportunities::title_key(&fields.title))) {
            continue;
        }
        let owner = if kinds.get(&demo.organization) == Some(&OrganizationKind::Company) {
            company_owner
        } else {
            institution_owner
        };
        opportunities::create_demo(
            db,
            organization,
            owner,
            fields,
            demo.close_outcome,
            demo.days_ago,
        )
        .await?;
        created += 1;
        if (index + 1) % 50 == 0 || index + 1 == total {
            println!("  demo offers and requests: {}/{total}", index + 1);
        }
    }
    println!(
        "Demo data: {created} offer(s)/request(s) created, {} already present.",
        total - created
    );
    Ok(())
}

/// Demo events of the project, run by the demo institutions (see `data/demo_events.md`).
const DEMO_EVENTS: &str = include_str!("../../data/demo_events.json");

/// A programme item of a demo event, at a local time on its first day.
#[derive(Debug, serde::Deserialize)]
struct DemoProgrammeItem {
    time: String,
    title: LocalizedText,
    #[serde(default)]
    speaker: Option<String>,
}

/// A demo event; its dates count from the day of seeding, so the calendar has coming events.
#[derive(Debug, serde::Deserialize)]
struct DemoEvent {
    /// Name of the organising demo organisation.
    organizer: String,
    #[serde(default)]
    co_organizers: Vec<String>,
    title: LocalizedText,
    #[serde(default)]
    description: LocalizedText,
    #[serde(rename = "type")]
    kind: EventType,
    #[serde(default)]
    venue: Option<VenueInput>,
    #[serde(default)]
    online_url: Option<String>,
    /// First day, in days from today (negative: over already).
    in_days: i64,
    /// Local start and end time, `HH:MM`.
    starts: String,
    ends: String,
    /// Further days the event lasts.
    #[serde(default)]
    days: i64,
    languages: Vec<String>,
    #[serde(default)]
    capacity: Option<u32>,
    /// Registration closes this many days before the start (default: at the start).
    #[serde(default)]
    deadline_days_before: Option<i64>,
    #[serde(default)]
    programme: Vec<DemoProgrammeItem>,
    #[serde(default)]
    matchmaking: bool,
    /// `false`: stays a draft.
    #[serde(default = "published_by_default")]
    published: bool,
}

fn published_by_default() -> bool {
    true
}

/// The day itself or the next one that is neither a weekend nor between Christmas and New Year.
fn working_day(mut day: chrono::NaiveDate) -> chrono::NaiveDate {
    use chrono::Datelike;
    while day.weekday().number_from_monday() > 5
        || (day.month() == 12 && day.day() >= 23)
        || (day.month() == 1 && day.day() <= 2)
    {
        day += chrono::Duration::days(1);
    }
    day
}

/// A local time on a day, as RFC 3339 (Central European time, as in Dresden and Liberec).
fn local_rfc3339(day: chrono::NaiveDate, time: &str) -> anyhow::Result<String> {
    let time = chrono::NaiveTime::parse_from_str(time, "%H:%M")
        .with_context(|| format!("demo event time {time:?} is not HH:MM"))?;
    Ok(local_time::from_local(day.and_time(time)).to_rfc3339())
}

/// Creates the demo events that do not exist yet (by German title), created by the demo
/// chamber account, which owns the demo institutions.
async fn demo_events(db: &DatabaseConnection) -> anyhow::Result<()> {
    let demos: Vec<DemoEvent> =
        serde_json::from_str(DEMO_EVENTS).context("demo_events.json is malformed")?;
    let staff = users::find_by_email(db, "kammer@demo.glokal.eu")
        .await?
        .context("demo account missing")?;
    let existing = events::demo_titles(db).await?;
    let today = chrono::Utc::now().date_naive();
    let total = demos.len();
    let mut created = 0;
    for demo in demos {
        let key = demo.title.de.clone().unwrap_or_default();
        if existing.contains(&key) {
            continue;
        }
        let organization_id = organization_named(db, &demo.organizer).await?;
        let mut co_organizer_ids = Vec::new();
        for name in &demo.co_organizers {
            co_organizer_ids.push(organization_named(db, name).await?);
        }
        let first_day = working_day(today + chrono::Duration::days(demo.in_days));
        let last_day = first_day + chrono::Duration::days(demo.days);
        let programme = demo
            .programme
            .into_iter()
            .map(|item| {
                Ok(ProgrammeItemInput {
                    starts_at: local_rfc3339(first_day, &item.time)?,
                    title: item.title,
                    speaker: item.speaker,
                })
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        let registration_deadline = match demo.deadline_days_before {
            Some(days) => Some(local_rfc3339(
                first_day - chrono::Duration::days(days),
                "23:59",
            )?),
            None => None,
        };
        let input = EventInput {
            organization_id,
            co_organizer_ids,
            title: demo.title,
            description: demo.description,
            kind: demo.kind,
            venue: demo.venue,
            online_url: demo.online_url,
            starts_at: local_rfc3339(first_day, &demo.starts)?,
            ends_at: local_rfc3339(last_day, &demo.ends)?,
            languages: demo.languages,
            capacity: demo.capacity,
            registration_deadline,
            programme,
            matchmaking: demo.matchmaking,
        };
        let mut fields = event_fields(db, input)
            .await
            .map_err(|err| anyhow::anyhow!("demo event {key:?} is invalid: {err}"))?;
        fields.demo = true;
        let event = events::create(db, fields, Some(staff.id)).await?;
        if demo.published {
            events::set_status(db, event, EventStatus::Published, None).await?;
        }
        created += 1;
    }
    println!(
        "Demo data: {created} event(s) created, {} already present.",
        total - created
    );
    Ok(())
}

/// The id of a demo organisation by its exact name.
async fn organization_named(db: &DatabaseConnection, name: &str) -> anyhow::Result<uuid::Uuid> {
    events::demo_organization_id(db, name)
        .await?
        .with_context(|| format!("demo organisation {name:?} missing"))
}
