//! Mails about conversations, in the recipient's language.

use glokal_api_types::Language;
use glokal_i18n::{t, t_args};

use super::templates::{compose, MailContent};

/// What a conversation mail is about.
#[derive(Debug, Clone)]
pub struct ConversationMail<'a> {
    /// A new conversation (else a new message in an existing one).
    pub started: bool,
    /// The writer's name and organisation.
    pub sender: &'a str,
    pub organization: &'a str,
    /// The recipient's organisation.
    pub recipient: &'a str,
    pub subject: Option<&'a str>,
    /// The start of the message (plain text, line breaks kept).
    pub preview: &'a str,
    /// Link to the conversation in the SPA.
    pub link: &'a str,
    /// The mail throttle, for the footer note.
    pub throttle_minutes: u64,
}

/// Notice of a new conversation or message; the text is quoted as plain text.
pub fn conversation(lang: Language, name: &str, mail: &ConversationMail<'_>) -> MailContent {
    let organization = || mail.organization.to_owned().into();
    let subject = t_args(
        lang,
        if mail.started {
            "mail-conversation-started-subject"
        } else {
            "mail-message-received-subject"
        },
        &[("organization", organization())],
    );
    let mut paragraphs = vec![t_args(
        lang,
        "mail-conversation-body",
        &[
            ("sender", mail.sender.to_owned().into()),
            ("organization", organization()),
            ("recipient", mail.recipient.to_owned().into()),
        ],
    )];
    if let Some(topic) = mail.subject.filter(|s| !s.trim().is_empty()) {
        paragraphs.push(t_args(
            lang,
            "mail-conversation-subject-line",
            &[("subject", topic.to_owned().into())],
        ));
    }
    if !mail.preview.trim().is_empty() {
        let quoted: Vec<String> = mail
            .preview
            .lines()
            .map(|line| format!("> {line}").trim_end().to_owned())
            .collect();
        paragraphs.push(quoted.join("\n"));
    }
    paragraphs.push(format!(
        "{}\n{}",
        t(lang, "mail-conversation-link"),
        mail.link
    ));
    paragraphs.push(t_args(
        lang,
        "mail-conversation-throttle",
        &[("minutes", mail.throttle_minutes.into())],
    ));
    compose(lang, name, subject, &paragraphs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversation_mails_quote_the_text_and_link_to_it() {
        let mail = ConversationMail {
            started: true,
            sender: "Jana Nováková",
            organization: "Nováková plasty s.r.o.",
            recipient: "Richter Kunststofftechnik GmbH",
            subject: Some("PA6 GF30"),
            preview: "Dobrý den,\nmáme volnou kapacitu.",
            link: "https://glokal.example/conversations/1",
            throttle_minutes: 15,
        };
        let de = conversation(Language::De, "Thomas", &mail);
        assert!(
            de.subject.contains("Nováková plasty s.r.o."),
            "{}",
            de.subject
        );
        assert!(de.body.starts_with("Hallo Thomas,"), "{}", de.body);
        assert!(de.body.contains("> Dobrý den,\n> máme volnou kapacitu."));
        assert!(de.body.contains("Betreff: PA6 GF30"));
        assert!(de.body.contains("https://glokal.example/conversations/1"));
        assert!(de.body.contains("15 Minuten"));
        let cs = conversation(
            Language::Cs,
            "Jana",
            &ConversationMail {
                started: false,
                subject: None,
                ..mail
            },
        );
        assert!(
            cs.subject.starts_with("Glokal: Nová zpráva"),
            "{}",
            cs.subject
        );
        assert!(!cs.body.contains("Předmět"));
    }
}
