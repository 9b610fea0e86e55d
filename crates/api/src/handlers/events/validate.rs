//! Checks an `EventInput` field by field and turns it into storable fields.

use chrono::Datelike;
use glokal_api_types::{EventInput, LocalizedText, ProgrammeItem, Venue, VenueInput};
use glokal_domain::reference::{fold, places};
use glokal_store::events::EventFields;
use glokal_store::{organizations, ConnectionTrait};
use uuid::Uuid;

use crate::error::ApiResult;
use crate::handlers::fields::{
    country_code, datetime, language_codes, multiline, optional, required, texts, website, Errors,
};

/// Longest event (e.g. a fair over several days).
const MAX_DAYS: i64 = 31;

fn venue(errors: &mut Errors, input: VenueInput) -> Venue {
    let country = country_code(errors, "venue.country", &input.country);
    let city = required(errors, "venue.city", input.city, 100);
    let place = match input.place_id {
        Some(id) => {
            let place = places::get(id);
            if place.is_none() {
                errors.add("venue.place_id", "unknown_place");
            }
            place
        }
        // Without an id: the largest place of that exact name in that country, if we know it.
        None => places::search(&city, 20)
            .into_iter()
            .find(|p| p.country == country && fold(&p.name) == fold(&city)),
    };
    Venue {
        name: required(errors, "venue.name", input.name, 200),
        street: optional(errors, "venue.street", input.street, 200),
        postal_code: optional(errors, "venue.postal_code", input.postal_code, 20),
        city,
        place_id: place.map(|p| p.id),
        region_code: place.and_then(|p| p.region_code.map(str::to_owned)),
        lat: place.map(|p| p.lat),
        lon: place.map(|p| p.lon),
        country,
    }
}

/// Validates and normalises; unknown organisations are reported per field
/// (`unknown_organization`). The caller's right to organise is checked by the handler.
pub async fn event_fields(db: &impl ConnectionTrait, input: EventInput) -> ApiResult<EventFields> {
    let mut e = Errors::default();
    let title = texts(&mut e, "title", input.title, 200);
    let description = LocalizedText {
        de: multiline(&mut e, "description.de", input.description.de, 10_000),
        cs: multiline(&mut e, "description.cs", input.description.cs, 10_000),
        en: multiline(&mut e, "description.en", input.description.en, 10_000),
    };
    let venue = input.venue.map(|v| venue(&mut e, v));
    let online_url = website(&mut e, "online_url", input.online_url);
    if venue.is_none() && online_url.is_none() {
        e.add("venue", "required");
    }
    let starts_at = datetime(&mut e, "starts_at", &input.starts_at);
    let ends_at = datetime(&mut e, "ends_at", &input.ends_at);
    if starts_at.is_some_and(|s| !(2000..=2100).contains(&s.year())) {
        e.add("starts_at", "out_of_range");
    }
    if let (Some(starts), Some(ends)) = (starts_at, ends_at) {
        if ends <= starts {
            e.add("ends_at", "ends_before_start");
        } else if ends - starts > chrono::Duration::days(MAX_DAYS) {
            e.add("ends_at", "out_of_range");
        }
    }
    let registration_deadline = input
        .registration_deadline
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .and_then(|d| datetime(&mut e, "registration_deadline", d));
    if let (Some(deadline), Some(ends)) = (registration_deadline, ends_at) {
        if deadline >= ends {
            e.add("registration_deadline", "deadline_after_end");
        }
    }
    let languages = language_codes(&mut e, "languages", input.languages);
    if languages.is_empty() {
        e.add("languages", "required");
    }
    if input.capacity.is_some_and(|c| !(1..=100_000).contains(&c)) {
        e.add("capacity", "out_of_range");
    }
    if input.programme.len() > 50 {
        e.add("programme", "too_many");
    }
    let mut programme: Vec<ProgrammeItem> = Vec::new();
    for (i, item) in input.programme.into_iter().take(50).enumerate() {
        let field = format!("programme[{i}].starts_at");
        let at = datetime(&mut e, &field, &item.starts_at);
        if let (Some(at), Some(starts), Some(ends)) = (at, starts_at, ends_at) {
            if at < starts || at > ends {
                e.add(field, "out_of_range");
            }
        }
        let title = texts(&mut e, &format!("programme[{i}].title"), item.title, 300);
        let speaker = optional(
            &mut e,
            &format!("programme[{i}].speaker"),
            item.speaker,
            200,
        );
        if let Some(starts_at) = at {
            programme.push(ProgrammeItem {
                starts_at,
                title,
                speaker,
            });
        }
    }
    programme.sort_by_key(|p| p.starts_at);

    // The organisations must exist; the organiser is not its own co-organiser.
    let organizer = organizations::get(db, input.organization_id).await?;
    if organizer.is_none() {
        e.add("organization_id", "unknown_organization");
    }
    if input.co_organizer_ids.len() > 20 {
        e.add("co_organizer_ids", "too_many");
    }
    let mut co_organizer_ids: Vec<Uuid> = Vec::new();
    for (i, id) in input.co_organizer_ids.into_iter().take(20).enumerate() {
        if id == input.organization_id || co_organizer_ids.contains(&id) {
            continue;
        }
        if organizations::get(db, id).await?.is_none() {
            e.add(format!("co_organizer_ids[{i}]"), "unknown_organization");
        } else {
            co_organizer_ids.push(id);
        }
    }
    let country = venue
        .as_ref()
        .map(|v| v.country.clone())
        .or_else(|| organizer.as_ref().map(|o| o.country.clone()));
    let fields = EventFields {
        organization_id: input.organization_id,
        co_organizer_ids,
        kind: input.kind,
        title,
        description,
        venue,
        online_url,
        country,
        starts_at: starts_at.unwrap_or_default(),
        ends_at: ends_at.unwrap_or_default(),
        languages,
        capacity: input.capacity,
        registration_deadline,
        programme,
        matchmaking: input.matchmaking,
        demo: false,
    };
    e.finish(fields)
}
