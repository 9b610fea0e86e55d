//! `glokal seed --demo`: demo accounts for trying the platform locally (idempotent).

use anyhow::Context;
use glokal_api::auth::passwords;
use glokal_api::handlers::organizations::validate::organization_fields;
use glokal_api_types::{OrganizationInput, OrganizationKind};
use glokal_domain::{Language, Role};
use glokal_store::users::{self, CreateUserError, NewUser};
use glokal_store::{organizations, DatabaseConnection};

/// Fictitious demo companies and the real institutions' public names (see `data/demo_organizations.md`).
const DEMO_ORGANIZATIONS: &str = include_str!("../../data/demo_organizations.json");

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
    demo_organizations(db).await
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
