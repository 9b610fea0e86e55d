//! `glokal admin create`: the first platform administrator.

use anyhow::Context;
use glokal_api::auth::{passwords, tokens};
use glokal_domain::{DisplayName, Email, Language, Password, Role};
use glokal_store::users::{self, CreateUserError, NewUser};
use glokal_store::DatabaseConnection;

/// Creates an administrator; generates and prints a password when none is given.
pub async fn create(
    db: &DatabaseConnection,
    email: &str,
    name: Option<&str>,
    password: Option<String>,
) -> anyhow::Result<()> {
    let email = Email::parse(email).map_err(|e| anyhow::anyhow!("invalid e-mail address: {e}"))?;
    let name = name.map(str::to_owned).unwrap_or_else(|| {
        email
            .as_str()
            .split('@')
            .next()
            .unwrap_or("admin")
            .to_owned()
    });
    let name = DisplayName::parse(&name).map_err(|e| anyhow::anyhow!("invalid name: {e}"))?;
    let (password, generated) = match password {
        Some(p) => (
            Password::parse(&p).map_err(|e| anyhow::anyhow!("password rejected: {e}"))?,
            false,
        ),
        None => (
            Password::parse(&tokens::random_token()).context("generated password")?,
            true,
        ),
    };
    let hash = passwords::hash(password.expose())?;
    let user = users::create(
        db,
        NewUser {
            email: email.as_str().to_owned(),
            password_hash: hash,
            display_name: name.as_str().to_owned(),
            preferred_language: Language::De,
            role: Role::PlatformAdmin,
            email_verified: true,
        },
    )
    .await
    .map_err(|err| match err {
        CreateUserError::EmailTaken => anyhow::anyhow!("an account with {email} exists already"),
        CreateUserError::Db(db) => anyhow::Error::new(db).context("creating the administrator"),
    })?;
    println!(
        "Created platform administrator {} ({})",
        user.email, user.id
    );
    if generated {
        println!(
            "Generated password (shown once, change it after logging in): {}",
            password.expose()
        );
    }
    Ok(())
}
