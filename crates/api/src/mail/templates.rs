//! The texts of every mail, in the recipient's language.

use glokal_api_types::{Language, MemberRole};
use glokal_i18n::{t, t_args};

/// Subject and plain-text body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailContent {
    pub subject: String,
    pub body: String,
}

pub(crate) fn compose(
    lang: Language,
    name: &str,
    subject: String,
    paragraphs: &[String],
) -> MailContent {
    let mut body = if name.is_empty() {
        t(lang, "mail-greeting-anonymous")
    } else {
        t_args(lang, "mail-greeting", &[("name", name.to_owned().into())])
    };
    for paragraph in paragraphs {
        body.push_str("\n\n");
        body.push_str(paragraph);
    }
    body.push_str("\n\n");
    body.push_str(&t(lang, "mail-signature"));
    body.push_str("\n\n-- \n");
    body.push_str(&t(lang, "mail-footer"));
    body.push('\n');
    MailContent {
        subject: format!("Glokal: {subject}"),
        body,
    }
}

/// Confirmation of a new account's e-mail address.
pub fn verify_email(lang: Language, name: &str, link: &str, valid_hours: u64) -> MailContent {
    compose(
        lang,
        name,
        t(lang, "mail-verify-subject"),
        &[
            t(lang, "mail-verify-body"),
            link.to_owned(),
            t_args(lang, "mail-verify-expiry", &[("hours", valid_hours.into())]),
        ],
    )
}

/// A password-reset link.
pub fn reset_password(lang: Language, name: &str, link: &str, valid_minutes: u64) -> MailContent {
    compose(
        lang,
        name,
        t(lang, "mail-reset-subject"),
        &[
            t(lang, "mail-reset-body"),
            link.to_owned(),
            t_args(
                lang,
                "mail-reset-expiry",
                &[("minutes", valid_minutes.into())],
            ),
        ],
    )
}

/// Notice that the password changed, with a link to reset it if that was not the owner.
pub fn password_changed(lang: Language, name: &str, forgot_link: &str) -> MailContent {
    compose(
        lang,
        name,
        t(lang, "mail-password-changed-subject"),
        &[
            t(lang, "mail-password-changed-body"),
            forgot_link.to_owned(),
        ],
    )
}

/// Confirmation that the account and its personal data are gone.
pub fn account_deleted(lang: Language, name: &str) -> MailContent {
    compose(
        lang,
        name,
        t(lang, "mail-account-deleted-subject"),
        &[t(lang, "mail-account-deleted-body")],
    )
}

fn role_label(lang: Language, role: MemberRole) -> String {
    t(
        lang,
        match role {
            MemberRole::Owner => "mail-role-owner",
            MemberRole::Editor => "mail-role-editor",
        },
    )
}

/// Notice to a registered user that a colleague added them to an organisation.
pub fn member_added(
    lang: Language,
    name: &str,
    inviter: &str,
    organization: &str,
    role: MemberRole,
    link: &str,
) -> MailContent {
    let args = [
        ("inviter", inviter.to_owned().into()),
        ("organization", organization.to_owned().into()),
        ("role", role_label(lang, role).into()),
    ];
    compose(
        lang,
        name,
        t_args(
            lang,
            "mail-member-added-subject",
            &[("organization", organization.to_owned().into())],
        ),
        &[
            t_args(lang, "mail-member-added-body", &args),
            link.to_owned(),
        ],
    )
}

/// An invitation to an address without an account.
pub fn invitation(
    lang: Language,
    inviter: &str,
    organization: &str,
    role: MemberRole,
    link: &str,
    valid_days: u64,
) -> MailContent {
    let args = [
        ("inviter", inviter.to_owned().into()),
        ("organization", organization.to_owned().into()),
        ("role", role_label(lang, role).into()),
    ];
    compose(
        lang,
        "",
        t_args(
            lang,
            "mail-invitation-subject",
            &[("organization", organization.to_owned().into())],
        ),
        &[
            t_args(lang, "mail-invitation-body", &args),
            link.to_owned(),
            t_args(
                lang,
                "mail-invitation-expiry",
                &[("days", valid_days.into())],
            ),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mails_are_in_the_recipients_language() {
        let cs = verify_email(
            Language::Cs,
            "Jana",
            "https://glokal.example/verify-email?token=abc",
            48,
        );
        assert_eq!(cs.subject, "Glokal: Potvrďte prosím svou e-mailovou adresu");
        assert!(cs.body.starts_with("Dobrý den, Jana,"));
        assert!(cs
            .body
            .contains("\nhttps://glokal.example/verify-email?token=abc\n"));
        assert!(cs.body.contains("48 hodin"));
        let de = reset_password(Language::De, "Jörg", "https://x/reset-password?token=t", 60);
        assert!(de.body.contains("60 Minuten"));
        assert!(de.subject.contains("Passwort"));
    }

    #[test]
    fn invitations_name_the_organisation_role_and_inviter() {
        let cs = invitation(
            Language::Cs,
            "Jana Nováková",
            "Nováková plasty s.r.o.",
            MemberRole::Editor,
            "https://g.example/invitations?token=t",
            14,
        );
        assert!(
            cs.subject.contains("Nováková plasty s.r.o."),
            "{}",
            cs.subject
        );
        assert!(cs.body.starts_with("Dobrý den,"), "{}", cs.body);
        assert!(
            cs.body.contains("Jana Nováková") && cs.body.contains("editor"),
            "{}",
            cs.body
        );
        assert!(cs.body.contains("14 dní"), "{}", cs.body);
        let de = member_added(
            Language::De,
            "Jörg",
            "Anna",
            "Elbtal GmbH",
            MemberRole::Owner,
            "https://g.example/organizations/1",
        );
        assert!(de.body.contains("Inhaber"), "{}", de.body);
    }
}
