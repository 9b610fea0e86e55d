//! `glokal seed --demo`: demo accounts for trying the platform locally (idempotent).

use anyhow::Context;
use glokal_api::auth::passwords;
use glokal_api::handlers::opportunities::validate::opportunity_fields;
use glokal_api::handlers::organizations::validate::organization_fields;
use glokal_api_types::{
    Capacity, CloseOutcome, LocalizedText, OpportunityInput, OpportunityType, OrganizationInput,
    OrganizationKind,
};
use glokal_domain::{Language, Role};
use glokal_store::users::{self, CreateUserError, NewUser};
use glokal_store::{opportunities, organizations, DatabaseConnection};

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
            Ok(_) => created += 1,
            Err(CreateUserError::EmailTaken) => {}
            Err(CreateUserError::Db(err)) => {
                return Err(anyhow::Error::new(err).context("creating demo accounts"))
            }
        }
    }
    println!("Demo data: {created} account(s) created, {} already present. Password of all demo accounts: {DEMO_PASSWORD}", DEMO_ACCOUNTS.len() - created);
    demo_organizations(db).await?;
    demo_opportunities(db).await?;
    super::seed_conversations::demo_conversations(db).await
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
        organizations::create(db, fields, owner).await?;
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
