//! A participant's agenda: their published meetings with the other side, as API type and as
//! iCalendar file (RFC 5545, written with the `icalendar` crate like the events' files).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use glokal_api_types::{AgendaMeeting, Language, MeetingOutcome, MeetingPartner, Slot};
use glokal_i18n::t_args;
use glokal_store::entities::event;
use glokal_store::matchmaking::{Meeting, Participant, Placement, Request, Settings};
use icalendar::{Calendar, Component, Event, EventLike, Property};
use uuid::Uuid;

use super::profile;
use crate::handlers::events::ics;
use crate::state::AppState;

/// One meeting of a participant in a schedule (draft or published).
#[derive(Debug, Clone, PartialEq)]
pub struct Entry<'a> {
    pub meeting_id: Uuid,
    pub slot: Slot,
    pub table: u32,
    pub interpreter_missing: bool,
    pub partner: &'a Participant,
}

/// Which placement of a meeting to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    Draft,
    Published,
}

/// The meetings of `participant` in a version of the schedule, by time. Meetings whose other
/// side is no longer a participant are left out.
pub fn entries<'a>(
    participant: Uuid,
    version: Version,
    meetings: &[Meeting],
    requests: &HashMap<Uuid, Request>,
    participants: &'a HashMap<Uuid, Participant>,
    slots: &[Slot],
) -> Vec<Entry<'a>> {
    let mut out: Vec<Entry> = meetings
        .iter()
        .filter_map(|m| {
            let request = requests.get(&m.request_id)?;
            if request.sender_id != participant && request.recipient_id != participant {
                return None;
            }
            let placement: Placement = match version {
                Version::Draft => m.draft()?,
                Version::Published => m.published()?,
            };
            let (slot, table, interpreter_missing) = placement;
            Some(Entry {
                meeting_id: m.id,
                slot: *slots.get(slot as usize)?,
                table,
                interpreter_missing,
                partner: participants.get(&request.other_side(participant))?,
            })
        })
        .collect();
    out.sort_by_key(|e| (e.slot.index, e.table));
    out
}

/// An entry as the API shows it.
pub fn view(
    entry: &Entry,
    settings: &Settings,
    my_rating: Option<MeetingOutcome>,
) -> AgendaMeeting {
    let partner = entry.partner;
    AgendaMeeting {
        meeting_id: entry.meeting_id,
        slot: entry.slot.index,
        starts_at: entry.slot.starts_at,
        ends_at: entry.slot.ends_at,
        table: entry.table + 1,
        interpreter_table: entry.table >= settings.tables(),
        interpreter_missing: entry.interpreter_missing,
        with: MeetingPartner {
            participant_id: partner.id(),
            organization: partner.organization_view(),
            contact_name: partner
                .user
                .name_public()
                .then(|| partner.user.display_name.clone()),
            contact_email: partner
                .user
                .email_for_partners()
                .then(|| partner.user.email.clone()),
            languages: profile::effective(partner, &[]).languages,
        },
        my_rating,
    }
}

/// A cancelled meeting for the calendar (removed from the schedule).
#[derive(Debug, Clone, PartialEq)]
pub struct Removed {
    pub meeting_id: Uuid,
    pub slot: Slot,
    pub partner_name: String,
}

fn sequence(settings: &Settings) -> u32 {
    settings
        .schedule_published_at
        .map(|at| {
            (at - settings.created_at)
                .num_seconds()
                .clamp(0, i64::from(u32::MAX)) as u32
        })
        .unwrap_or(0)
}

fn uid(state: &AppState, meeting: Uuid) -> String {
    format!(
        "meeting-{meeting}@{}",
        ics::host(&state.settings.public_url)
    )
}

fn base(state: &AppState, settings: &Settings, meeting: Uuid, slot: &Slot, summary: &str) -> Event {
    let mut vevent = Event::new();
    vevent
        .uid(&uid(state, meeting))
        .timestamp(Utc::now())
        .starts(slot.starts_at)
        .ends(slot.ends_at)
        .summary(summary)
        .sequence(sequence(settings));
    vevent
}

/// The agenda as a calendar: one `VEVENT` per meeting, and `STATUS:CANCELLED` ones for meetings
/// that were removed (so calendars that imported them drop them).
pub fn calendar(
    state: &AppState,
    event: &event::Model,
    settings: &Settings,
    entries: &[Entry],
    removed: &[Removed],
    lang: Language,
) -> String {
    let link = super::matchmaking_link(state, event.id);
    let event_title = event
        .title()
        .best(lang)
        .map(|(_, t)| t.to_owned())
        .unwrap_or_default();
    let place = ics::location(event);
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", ics::PRODID))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new("METHOD", "PUBLISH"));
    for entry in entries {
        let partner = &entry.partner.organization.name;
        let summary = t_args(
            lang,
            "matchmaking-ics-summary",
            &[("organization", partner.clone().into())],
        );
        let table = super::table_label(lang, settings, entry.table);
        let mut description = vec![event_title.clone()];
        let contact = &entry.partner.user;
        match (contact.name_public(), contact.email_for_partners()) {
            (true, true) => description.push(t_args(
                lang,
                "matchmaking-ics-contact",
                &[
                    ("name", contact.display_name.clone().into()),
                    ("email", contact.email.clone().into()),
                ],
            )),
            (true, false) => description.push(t_args(
                lang,
                "matchmaking-ics-contact-name",
                &[("name", contact.display_name.clone().into())],
            )),
            (false, true) => description.push(t_args(
                lang,
                "matchmaking-ics-contact-email",
                &[("email", contact.email.clone().into())],
            )),
            (false, false) => {}
        }
        if entry.interpreter_missing {
            description.push(glokal_i18n::t(lang, "matchmaking-ics-interpreter-missing"));
        }
        description.push(link.clone());
        let location = match &place {
            Some(place) => format!("{table}, {place}"),
            None => table,
        };
        let mut vevent = base(state, settings, entry.meeting_id, &entry.slot, &summary);
        vevent
            .description(&description.join("\n\n"))
            .location(&location)
            .url(&link)
            .status(icalendar::EventStatus::Confirmed);
        calendar.push(vevent.done());
    }
    for gone in removed {
        let summary = t_args(
            lang,
            "matchmaking-ics-summary",
            &[("organization", gone.partner_name.clone().into())],
        );
        let mut vevent = base(state, settings, gone.meeting_id, &gone.slot, &summary);
        vevent.status(icalendar::EventStatus::Cancelled);
        calendar.push(vevent.done());
    }
    calendar.to_string()
}

/// The times of a slot for lists in mails.
pub fn when(lang: Language, starts: DateTime<Utc>, ends: DateTime<Utc>) -> String {
    crate::handlers::events::local_time::span(lang, starts, ends)
}
