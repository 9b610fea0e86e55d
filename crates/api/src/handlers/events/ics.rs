//! iCalendar (RFC 5545) export of events, written with the `icalendar` crate: CRLF line ends,
//! lines folded at 75 octets, TEXT values escaped (`\\`, `;`, `,`, newlines), times in UTC.

use chrono::Utc;
use glokal_api_types::{EventStatus, Language};
use glokal_store::entities::event;
use icalendar::{Calendar, Component, Event, EventLike, Property};

use super::local_time;
use crate::state::AppState;

/// Content type of a calendar file.
pub const CONTENT_TYPE: &str = "text/calendar; charset=utf-8";

/// Content type of a calendar file attached to a mail (`METHOD:PUBLISH`).
pub const CONTENT_TYPE_PUBLISH: &str = "text/calendar; charset=utf-8; method=PUBLISH";

/// Product identifier of our calendars.
pub const PRODID: &str = "-//Glokal//Events//EN";

/// Host part of the public URL, for globally unique `UID`s.
pub(crate) fn host(public_url: &str) -> &str {
    let rest = public_url
        .split_once("://")
        .map(|(_, rest)| rest)
        .unwrap_or(public_url);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.rsplit_once(':')
        .filter(|(_, port)| port.chars().all(|c| c.is_ascii_digit()))
        .map(|(h, _)| h)
        .unwrap_or(host)
}

pub(crate) fn location(event: &event::Model) -> Option<String> {
    match event.venue() {
        Some(venue) => {
            let town = match &venue.postal_code {
                Some(code) => format!("{code} {}", venue.city),
                None => venue.city.clone(),
            };
            let parts: Vec<String> = [Some(venue.name), venue.street, Some(town)]
                .into_iter()
                .flatten()
                .collect();
            Some(format!("{}, {}", parts.join(", "), venue.country))
        }
        None => event.online_url.clone(),
    }
}

fn description(event: &event::Model, lang: Language, link: &str) -> String {
    let mut text = event
        .description()
        .best(lang)
        .map(|(_, t)| t.to_owned())
        .unwrap_or_default();
    let programme = event.programme();
    if !programme.is_empty() {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        for item in programme {
            let at = local_time::local(item.starts_at);
            let title = item.title.best(lang).map(|(_, t)| t).unwrap_or_default();
            text.push_str(&at.format("%H:%M ").to_string());
            text.push_str(title);
            if let Some(speaker) = &item.speaker {
                text.push_str(&format!(" ({speaker})"));
            }
            text.push('\n');
        }
        text = text.trim_end().to_owned();
    }
    if let (Some(url), true) = (&event.online_url, event.venue_name.is_some()) {
        text.push_str(&format!("\n\nOnline: {url}"));
    }
    if !text.is_empty() {
        text.push_str("\n\n");
    }
    text.push_str(link);
    text
}

/// One `VEVENT`.
fn vevent(state: &AppState, event: &event::Model, lang: Language) -> Event {
    let link = super::event_link(state, event.id);
    let title = event.title();
    let summary = title.best(lang).map(|(_, t)| t).unwrap_or("Glokal");
    let mut vevent = Event::new();
    vevent
        .uid(&format!(
            "{}@{}",
            event.id,
            host(&state.settings.public_url)
        ))
        .timestamp(Utc::now())
        .starts(event.starts_at)
        .ends(event.ends_at)
        .summary(summary)
        .description(&description(event, lang, &link))
        .url(&link)
        .sequence(event.sequence.max(0) as u32)
        .created(event.created_at)
        .last_modified(event.updated_at)
        .status(match event.stored_status() {
            EventStatus::Cancelled => icalendar::EventStatus::Cancelled,
            EventStatus::Draft => icalendar::EventStatus::Tentative,
            _ => icalendar::EventStatus::Confirmed,
        });
    if let Some(location) = location(event) {
        vevent.location(&location);
    }
    if let (Some(lat), Some(lon)) = (event.lat, event.lon) {
        vevent.add_property("GEO", format!("{lat:.5};{lon:.5}"));
    }
    vevent.done()
}

/// A calendar of events; with a name it is a subscribable feed (`X-WR-CALNAME`, refreshed hourly).
pub fn calendar(
    state: &AppState,
    events: &[event::Model],
    lang: Language,
    feed_name: Option<&str>,
) -> String {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", PRODID))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new("METHOD", "PUBLISH"));
    if let Some(name) = feed_name {
        calendar
            .append_property(Property::new("NAME", name))
            .append_property(Property::new("X-WR-CALNAME", name))
            .append_property(
                Property::new("REFRESH-INTERVAL", "PT1H")
                    .add_parameter("VALUE", "DURATION")
                    .done(),
            )
            .append_property(Property::new("X-PUBLISHED-TTL", "PT1H"));
    }
    for event in events {
        calendar.push(vevent(state, event, lang));
    }
    calendar.to_string()
}

#[cfg(test)]
mod tests {
    use super::host;

    #[test]
    fn uid_host_from_the_public_url() {
        assert_eq!(host("https://glokal.eu"), "glokal.eu");
        assert_eq!(host("http://127.0.0.1:8080/"), "127.0.0.1");
        assert_eq!(host("http://glokal.test"), "glokal.test");
    }
}
