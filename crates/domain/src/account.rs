//! Account values: e-mail address, password, display name.

use std::fmt;

use crate::DomainError;

/// Minimum password length in characters.
pub const PASSWORD_MIN_CHARS: usize = 10;
/// Maximum password length in characters (bounds hashing cost).
pub const PASSWORD_MAX_CHARS: usize = 128;
/// Maximum display name length in characters.
pub const DISPLAY_NAME_MAX_CHARS: usize = 100;

/// Frequently used passwords of at least ten characters (lower case); refused at registration.
const COMMON_PASSWORDS: &str = include_str!("common_passwords.txt");

/// A syntactically valid e-mail address, trimmed and lower-cased.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    /// Parses an address such as `Anna.Novak@Firma.cz` into `anna.novak@firma.cz`.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let value = raw.trim().to_lowercase();
        if value.is_empty() {
            return Err(DomainError::Required);
        }
        if value.chars().count() > 254 {
            return Err(DomainError::InvalidEmail);
        }
        let (local, domain) = value.rsplit_once('@').ok_or(DomainError::InvalidEmail)?;
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local
                .chars()
                .all(|c| !c.is_whitespace() && !c.is_control() && !"@<>()[]\\,;:\"".contains(c));
        let labels: Vec<&str> = domain.split('.').collect();
        let domain_ok = labels.len() >= 2
            && labels.iter().all(|label| {
                !label.is_empty()
                    && label.chars().count() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.chars().all(|c| c.is_alphanumeric() || c == '-')
            })
            && labels.last().is_some_and(|tld| {
                tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic)
                    || tld.starts_with("xn--")
            });
        if local_ok && domain_ok {
            Ok(Email(value))
        } else {
            Err(DomainError::InvalidEmail)
        }
    }

    /// The normalised address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A new password that meets the platform's policy. Its `Debug` never prints it.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl Password {
    /// Checks length and the list of common passwords; keeps the text as typed.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let chars = raw.chars().count();
        if chars == 0 {
            return Err(DomainError::Required);
        }
        if chars < PASSWORD_MIN_CHARS {
            return Err(DomainError::PasswordTooShort);
        }
        if chars > PASSWORD_MAX_CHARS {
            return Err(DomainError::PasswordTooLong);
        }
        let lowered = raw.to_lowercase();
        if COMMON_PASSWORDS
            .lines()
            .any(|common| common.trim() == lowered)
            || is_trivial(&lowered)
        {
            return Err(DomainError::PasswordTooCommon);
        }
        Ok(Password(raw.to_owned()))
    }

    /// The password as typed, for hashing.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// One repeated character or a plain ascending run such as `abcdefghij`.
fn is_trivial(lowered: &str) -> bool {
    let chars: Vec<char> = lowered.chars().collect();
    let all_same = chars.windows(2).all(|w| w[0] == w[1]);
    let ascending = chars.windows(2).all(|w| (w[1] as u32) == (w[0] as u32) + 1);
    all_same || ascending
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(***)")
    }
}

/// The name a person shows on the platform: trimmed, 1–100 characters, no control characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    /// Trims and checks a display name.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let value = raw.trim();
        if value.is_empty() {
            return Err(DomainError::Required);
        }
        if value.chars().count() > DISPLAY_NAME_MAX_CHARS {
            return Err(DomainError::DisplayNameTooLong);
        }
        if value.chars().any(char::is_control) {
            return Err(DomainError::ControlCharacters);
        }
        Ok(DisplayName(value.to_owned()))
    }

    /// The trimmed name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_and_normalises_emails() {
        assert_eq!(
            Email::parse(" Anna.Novak@Firma.CZ ").unwrap().as_str(),
            "anna.novak@firma.cz"
        );
        assert!(Email::parse("jörg@müller-gmbh.de").is_ok());
        assert!(Email::parse("info+glokal@ihk.sachsen.de").is_ok());
    }

    #[test]
    fn rejects_bad_emails() {
        for bad in [
            "",
            "plain",
            "@firma.cz",
            "anna@",
            "anna@firma",
            "anna@@firma.cz",
            "an na@firma.cz",
            "anna@-firma.cz",
            "anna..b@firma.cz",
            "anna@firma.c",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad} should be rejected");
        }
        assert_eq!(Email::parse("  "), Err(DomainError::Required));
    }

    #[test]
    fn password_policy() {
        assert_eq!(Password::parse("short"), Err(DomainError::PasswordTooShort));
        assert_eq!(
            Password::parse("Password123"),
            Err(DomainError::PasswordTooCommon)
        );
        assert_eq!(
            Password::parse("aaaaaaaaaaaa"),
            Err(DomainError::PasswordTooCommon)
        );
        assert_eq!(
            Password::parse("abcdefghijk"),
            Err(DomainError::PasswordTooCommon)
        );
        assert_eq!(
            Password::parse(&"x".repeat(129)),
            Err(DomainError::PasswordTooLong)
        );
        assert!(Password::parse("Grenzland-Kooperation 2026").is_ok());
        assert_eq!(
            format!(
                "{:?}",
                Password::parse("Grenzland-Kooperation 2026").unwrap()
            ),
            "Password(***)"
        );
    }

    #[test]
    fn display_names() {
        assert_eq!(
            DisplayName::parse("  Jana Nováková ").unwrap().as_str(),
            "Jana Nováková"
        );
        assert_eq!(DisplayName::parse(" "), Err(DomainError::Required));
        assert_eq!(
            DisplayName::parse("a\u{0007}b"),
            Err(DomainError::ControlCharacters)
        );
        assert_eq!(
            DisplayName::parse(&"é".repeat(101)),
            Err(DomainError::DisplayNameTooLong)
        );
    }

    proptest! {
        #[test]
        fn parsed_emails_are_stable(local in "[a-z0-9._+-]{1,20}", host in "[a-z0-9]{1,10}", tld in "[a-z]{2,6}") {
            let raw = format!("{local}@{host}.{tld}");
            if let Ok(email) = Email::parse(&raw) {
                // parsing the normalised form again yields the same value
                prop_assert_eq!(Email::parse(email.as_str()).unwrap(), email);
            }
        }

        #[test]
        fn long_random_passwords_are_accepted(p in "[a-zA-Z0-9 !?-]{10,60}") {
            let lowered = p.to_lowercase();
            prop_assume!(!is_trivial(&lowered) && !COMMON_PASSWORDS.lines().any(|c| c == lowered));
            prop_assert!(Password::parse(&p).is_ok());
        }

        #[test]
        fn display_name_never_panics(s in "\\PC{0,200}") {
            let _ = DisplayName::parse(&s);
            let _ = Email::parse(&s);
            let _ = Password::parse(&s);
        }
    }
}
