//! The texts of every mail, in the recipient's language.

use glokal_api_types::Language;
use glokal_i18n::{t, t_args};

/// Subject and plain-text body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailContent {
    pub subject: String,
    pub body: String,
}

fn compose(lang: Language, name: &str, subject: String, paragraphs: &[String]) -> MailContent {
    let mut body = t_args(lang, "mail-greeting", &[("name", name.to_owned().into())]);
    for paragraph in paragraphs {
        body.push_str("\n\n");
        body.push_str(paragraph);
    }
    body.push_str("\n\n");
    body.push_str(&t(lang, "mail-signature"));
    body.push_str("\n\n-- \n");
    body.push_str(&t(lang, "mail-footer"));
    body.push('\n');
    MailContent { subject: format!("Glokal: {subject}"), body }
}

/// Confirmation of a new account's e-mail address.
pub fn verify_email(lang: Language, name: &str, link: &str, valid_hours: u64) -> MailContent {
    compose(
        lang,
        name,
        t(lang, "mail-verify-subject"),
        &[t(lang, "mail-verify-body"), link.to_owned(), t_args(lang, "mail-verify-expiry", &[("hours", valid_hours.into())])],
    )
}

/// A password-reset link.
pub fn reset_password(lang: Language, name: &str, link: &str, valid_minutes: u64) -> MailContent {
    compose(
        lang,
        name,
        t(lang, "mail-reset-subject"),
        &[t(lang, "mail-reset-body"), link.to_owned(), t_args(lang, "mail-reset-expiry", &[("minutes", valid_minutes.into())])],
    )
}

/// Notice that the password changed, with a link to reset it if that was not the owner.
pub fn password_changed(lang: Language, name: &str, forgot_link: &str) -> MailContent {
    compose(lang, name, t(lang, "mail-password-changed-subject"), &[t(lang, "mail-password-changed-body"), forgot_link.to_owned()])
}

/// Confirmation that the account and its personal data are gone.
pub fn account_deleted(lang: Language, name: &str) -> MailContent {
    compose(lang, name, t(lang, "mail-account-deleted-subject"), &[t(lang, "mail-account-deleted-body")])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mails_are_in_the_recipients_language() {
        let cs = verify_email(Language::Cs, "Jana", "https://glokal.example/verify-email?token=abc", 48);
        assert_eq!(cs.subject, "Glokal: Potvrďte prosím svou e-mailovou adresu");
        assert!(cs.body.starts_with("Dobrý den, Jana,"));
        assert!(cs.body.contains("\nhttps://glokal.example/verify-email?token=abc\n"));
        assert!(cs.body.contains("48 hodin"));
        let de = reset_password(Language::De, "Jörg", "https://x/reset-password?token=t", 60);
        assert!(de.body.contains("60 Minuten"));
        assert!(de.subject.contains("Passwort"));
    }
}
