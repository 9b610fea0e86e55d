//! `glokal seed --demo`: demo accounts for trying the platform locally (idempotent).

use glokal_api::auth::passwords;
use glokal_domain::{Language, Role};
use glokal_store::users::{self, CreateUserError, NewUser};
use glokal_store::DatabaseConnection;

/// Password of every demo account (documented in the README; demo data is refused in production).
pub const DEMO_PASSWORD: &str = "Glokal-Demo-2026";

/// The demo accounts: (e-mail, name, language, role).
pub const DEMO_ACCOUNTS: [(&str, &str, Language, Role); 4] = [
    ("admin@demo.glokal.eu", "Platform Admin", Language::En, Role::PlatformAdmin),
    ("kammer@demo.glokal.eu", "Katrin Schubert (IHK Chemnitz)", Language::De, Role::InstitutionStaff),
    ("firma@demo.glokal.eu", "Thomas Richter (Richter Kunststofftechnik GmbH)", Language::De, Role::Member),
    ("firma.cz@demo.glokal.eu", "Jana Nováková (Nováková plasty s.r.o.)", Language::Cs, Role::Member),
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
            Err(CreateUserError::Db(err)) => return Err(anyhow::Error::new(err).context("creating demo accounts")),
        }
    }
    println!("Demo data: {created} account(s) created, {} already present. Password of all demo accounts: {DEMO_PASSWORD}", DEMO_ACCOUNTS.len() - created);
    Ok(())
}
