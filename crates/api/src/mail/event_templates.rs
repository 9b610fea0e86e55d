//! Mails about events, in the recipient's language (the event's texts fall back to another
//! language where the organiser wrote none in the recipient's).

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

fn when(event: &event::Model, lang: Language) -> String {
    local_time::span(lang, event.starts_at, event.ends_at)
}

/// When, where, online link and the event's page.
fn details(event: &event::Model, lang: Language, link: &str) -> Vec<String> {
    let mut lines = vec![t_args(
        lang,
        "mail-event-when",
        &[("when", when(event, lang).into())],
    )];
    if let Some(venue) = event.venue() {
        let place = match &venue.street {
            Some(street) => format!("{}, {street}, {}", venue.name, venue.city),
            None => format!("{}, {}", venue.name, venue.city),
        };
        lines.push(t_args(lang, "mail-event-where", &[("where", place.into())]));
    }
    if let Some(url) = &event.online_url {
        lines.push(t_args(
            lang,
            "mail-event-online",
            &[("url", url.clone().into())],
        ));
    }
    vec![
        lines.join("\n"),
        format!("{}\n{link}", t(lang, "mail-event-details")),
    ]
}

fn event_mail(
    lang: Language,
    name: &str,
    event: &event::Model,
    subject_id: &str,
    body: String,
    link: &str,
) -> MailContent {
    let subject = t_args(lang, subject_id, &[("event", title(event, lang).into())]);
    let mut paragraphs = vec![body];
    paragraphs.extend(details(event, lang, link));
    compose(lang, name, subject, &paragraphs)
}

/// Confirmation of a registration with a place (the `.ics` goes along as attachment).
pub fn registered(
    lang: Language,
    name: &str,
    event: &event::Model,
    organization: &str,
    link: &str,
) -> MailContent {
    let body = t_args(
        lang,
        "mail-event-registered-body",
        &[
            ("event", title(event, lang).into()),
            ("organization", organization.to_owned().into()),
        ],
    );
    event_mail(
        lang,
        name,
        event,
        "mail-event-registered-subject",
        body,
        link,
    )
}

/// Confirmation of a place on the waiting list.
pub fn waiting(
    lang: Language,
    name: &str,
    event: &event::Model,
    organization: &str,
    position: u32,
    link: &str,
) -> MailContent {
    let body = t_args(
        lang,
        "mail-event-waiting-body",
        &[
            ("event", title(event, lang).into()),
            ("organization", organization.to_owned().into()),
            ("position", position.into()),
        ],
    );
    event_mail(lang, name, event, "mail-event-waiting-subject", body, link)
}

/// Notice that a place became free and the registration is confirmed now.
pub fn promoted(
    lang: Language,
    name: &str,
    event: &event::Model,
    organization: &str,
    link: &str,
) -> MailContent {
    let body = t_args(
        lang,
        "mail-event-promoted-body",
        &[
            ("event", title(event, lang).into()),
            ("organization", organization.to_owned().into()),
        ],
    );
    event_mail(lang, name, event, "mail-event-promoted-subject", body, link)
}

/// Notice that the event was cancelled, with the organiser's reason if given.
pub fn cancelled(
    lang: Language,
    name: &str,
    event: &event::Model,
    organizer: &str,
    reason: Option<&str>,
    link: &str,
) -> MailContent {
    let mut body = t_args(
        lang,
        "mail-event-cancelled-body",
        &[
            ("event", title(event, lang).into()),
            ("organizer", organizer.to_owned().into()),
            ("when", when(event, lang).into()),
        ],
    );
    if let Some(reason) = reason {
        body.push_str("\n\n");
        body.push_str(&t_args(
            lang,
            "mail-event-cancelled-reason",
            &[("reason", reason.to_owned().into())],
        ));
    }
    let subject = t_args(
        lang,
        "mail-event-cancelled-subject",
        &[("event", title(event, lang).into())],
    );
    compose(
        lang,
        name,
        subject,
        &[body, format!("{}\n{link}", t(lang, "mail-event-details"))],
    )
}
