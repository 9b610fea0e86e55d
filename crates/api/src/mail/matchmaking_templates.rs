//! Mails of the Kooperationsbörse, in the recipient's language: a meeting request arrived, it
//! was answered, the schedule was published or changed, and the follow-up three months later.

use chrono::{DateTime, Utc};
use glokal_api_types::Language;
use glokal_i18n::{t, t_args};
use glokal_store::entities::event;

use super::templates::{compose, MailContent};
use crate::handlers::events::local_time;

fn title(event: &event::Model, lang: Language) -> String {
    event
        .title()
        .best(lang)
        .map(|(_, t)| t.to_owned())
        .unwrap_or_default()
}

/// A meeting in a mail: when, where, with whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingLine {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// The signposted table (`Tisch 4`, `Table 31 (with interpreter)`).
    pub table: String,
    pub organization: String,
    pub interpreter_missing: bool,
}

fn lines(lang: Language, meetings: &[MeetingLine]) -> String {
    meetings
        .iter()
        .map(|m| {
            let mut line = t_args(
                lang,
                "mail-schedule-line",
                &[
                    (
                        "when",
                        local_time::span(lang, m.starts_at, m.ends_at).into(),
                    ),
                    ("table", m.table.clone().into()),
                    ("organization", m.organization.clone().into()),
                ],
            );
            if m.interpreter_missing {
                line.push(' ');
                line.push_str(&t(lang, "mail-schedule-interpreter-missing"));
            }
            format!("– {line}")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// To the recipient of a meeting request.
#[allow(clippy::too_many_arguments)]
pub fn meeting_requested(
    lang: Language,
    name: &str,
    event: &event::Model,
    organization: &str,
    country: &str,
    message: Option<&str>,
    until: DateTime<Utc>,
    link: &str,
) -> MailContent {
    let event_title = title(event, lang);
    let subject = t_args(
        lang,
        "mail-meeting-request-subject",
        &[
            ("organization", organization.to_owned().into()),
            ("event", event_title.clone().into()),
        ],
    );
    let mut paragraphs = vec![t_args(
        lang,
        "mail-meeting-request-body",
        &[
            ("organization", organization.to_owned().into()),
            ("country", country.to_owned().into()),
            ("event", event_title.into()),
        ],
    )];
    if let Some(message) = message {
        paragraphs.push(t(lang, "mail-meeting-request-message"));
        paragraphs.push(message.to_owned());
    }
    paragraphs.push(format!(
        "{}\n{link}",
        t_args(
            lang,
            "mail-meeting-request-answer",
            &[("until", local_time::instant(lang, until).into())],
        )
    ));
    compose(lang, name, subject, &paragraphs)
}

/// To the sender of a meeting request: accepted or declined.
pub fn meeting_answered(
    lang: Language,
    name: &str,
    event: &event::Model,
    organization: &str,
    accepted: bool,
    link: &str,
) -> MailContent {
    let (subject_id, body_id) = if accepted {
        (
            "mail-meeting-accepted-subject",
            "mail-meeting-accepted-body",
        )
    } else {
        (
            "mail-meeting-declined-subject",
            "mail-meeting-declined-body",
        )
    };
    let subject = t_args(
        lang,
        subject_id,
        &[("organization", organization.to_owned().into())],
    );
    let body = t_args(
        lang,
        body_id,
        &[
            ("organization", organization.to_owned().into()),
            ("event", title(event, lang).into()),
        ],
    );
    let link = if accepted {
        format!("{}\n{link}", t(lang, "mail-meeting-link"))
    } else {
        link.to_owned()
    };
    compose(lang, name, subject, &[body, link])
}

/// To a participant whose agenda was published or changed (their agenda's `.ics` goes along).
pub fn schedule(
    lang: Language,
    name: &str,
    event: &event::Model,
    changed: bool,
    meetings: &[MeetingLine],
    link: &str,
) -> MailContent {
    let event_title = title(event, lang);
    let subject = t_args(
        lang,
        "mail-schedule-subject",
        &[("event", event_title.clone().into())],
    );
    let body_id = if changed {
        "mail-schedule-changed-body"
    } else {
        "mail-schedule-published-body"
    };
    let list = if meetings.is_empty() {
        t(lang, "mail-schedule-none")
    } else {
        lines(lang, meetings)
    };
    compose(
        lang,
        name,
        subject,
        &[
            t_args(lang, body_id, &[("event", event_title.into())]),
            list,
            format!("{}\n{link}", t(lang, "mail-schedule-ics")),
        ],
    )
}

/// Three months after the event, to a participant with meetings they have not rated.
pub fn follow_up(
    lang: Language,
    name: &str,
    event: &event::Model,
    unrated: &[MeetingLine],
    link: &str,
) -> MailContent {
    let event_title = title(event, lang);
    compose(
        lang,
        name,
        t_args(
            lang,
            "mail-follow-up-subject",
            &[("event", event_title.clone().into())],
        ),
        &[
            t_args(
                lang,
                "mail-follow-up-body",
                &[("event", event_title.into())],
            ),
            lines(lang, unrated),
            format!("{}\n{link}", t(lang, "mail-follow-up-link")),
        ],
    )
}
