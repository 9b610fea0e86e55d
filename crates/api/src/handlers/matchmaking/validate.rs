//! Checks of `MatchmakingInput` and `ParticipationInput`, field by field.

use chrono::{DateTime, Utc};
use glokal_api_types::{MatchmakingInput, ParticipationInput, Slot, TimeRange, TimeRangeInput};
use glokal_store::entities::event;
use glokal_store::matchmaking::{derive_slots, ProfileFields, SettingsFields, MAX_SLOTS};

use super::profile::MAX_TEXT;
use crate::error::ApiResult;
use crate::handlers::fields::{datetime, keywords, language_codes, multiline, nace_codes, Errors};

/// At most this many keywords and NACE codes in a profile (as on organisations).
pub const MAX_KEYWORDS: usize = 30;
pub const MAX_NACE: usize = 20;

fn ranges(
    errors: &mut Errors,
    field: &str,
    inputs: Vec<TimeRangeInput>,
    max: usize,
) -> Vec<TimeRange> {
    if inputs.len() > max {
        errors.add(field, "too_many");
    }
    let mut out = Vec::new();
    for (i, input) in inputs.into_iter().take(max).enumerate() {
        let starts = datetime(errors, &format!("{field}[{i}].starts_at"), &input.starts_at);
        let ends = datetime(errors, &format!("{field}[{i}].ends_at"), &input.ends_at);
        if let (Some(starts_at), Some(ends_at)) = (starts, ends) {
            if ends_at <= starts_at {
                errors.add(format!("{field}[{i}].ends_at"), "ends_before_start");
            } else {
                out.push(TimeRange { starts_at, ends_at });
            }
        }
    }
    out.sort_by_key(|r| r.starts_at);
    out
}

/// Validated settings and the slots they give.
pub fn settings_fields(
    input: MatchmakingInput,
    event: &event::Model,
) -> ApiResult<(SettingsFields, Vec<Slot>)> {
    let mut e = Errors::default();
    if input.days.is_empty() {
        e.add("days", "required");
    }
    let days = ranges(&mut e, "days", input.days, 7);
    if days
        .iter()
        .any(|d| d.starts_at < event.starts_at || d.ends_at > event.ends_at)
    {
        e.add("days", "outside_event");
    }
    if days.windows(2).any(|w| w[1].starts_at < w[0].ends_at) {
        e.add("days", "overlapping");
    }
    let breaks = ranges(&mut e, "breaks", input.breaks, 20);
    if !(5..=240).contains(&input.slot_minutes) {
        e.add("slot_minutes", "out_of_range");
    }
    if !(1..=1000).contains(&input.tables) {
        e.add("tables", "out_of_range");
    }
    if input.interpreter_tables > 200 {
        e.add("interpreter_tables", "out_of_range");
    }
    if !(1..=MAX_SLOTS as u32).contains(&input.max_meetings) {
        e.add("max_meetings", "out_of_range");
    }
    if !(1..=720).contains(&input.request_expiry_hours) {
        e.add("request_expiry_hours", "out_of_range");
    }
    let first_start = days.first().map(|d| d.starts_at);
    let last_end = days.iter().map(|d| d.ends_at).max();
    let booking_deadline = match input
        .booking_deadline
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        Some(text) => datetime(&mut e, "booking_deadline", text),
        None => first_start,
    };
    if let (Some(deadline), Some(end)) = (booking_deadline, last_end) {
        if deadline > end {
            e.add("booking_deadline", "out_of_range");
        }
    }
    let slots = if (5..=240).contains(&input.slot_minutes) {
        derive_slots(&days, &breaks, input.slot_minutes, MAX_SLOTS + 1)
    } else {
        Vec::new()
    };
    if !days.is_empty() && (5..=240).contains(&input.slot_minutes) {
        if slots.is_empty() {
            e.add("slot_minutes", "no_slots");
        } else if slots.len() > MAX_SLOTS {
            e.add("slot_minutes", "too_many_slots");
        }
    }
    let fields = SettingsFields {
        days,
        breaks,
        slot_minutes: input.slot_minutes,
        tables: input.tables,
        interpreter_tables: input.interpreter_tables,
        max_meetings: input.max_meetings,
        request_expiry_hours: input.request_expiry_hours,
        booking_deadline: booking_deadline.unwrap_or(event.starts_at),
    };
    e.finish((fields, slots))
}

/// A validated profile; the available slots become their start instants.
pub fn profile_fields(input: ParticipationInput, slots: &[Slot]) -> ApiResult<ProfileFields> {
    let mut e = Errors::default();
    let text = |e: &mut Errors, field: &str, t: glokal_api_types::LocalizedText| {
        glokal_api_types::LocalizedText {
            de: multiline(e, &format!("{field}.de"), t.de, MAX_TEXT),
            cs: multiline(e, &format!("{field}.cs"), t.cs, MAX_TEXT),
            en: multiline(e, &format!("{field}.en"), t.en, MAX_TEXT),
        }
    };
    let offer = text(&mut e, "offer", input.offer);
    let seek = text(&mut e, "seek", input.seek);
    let keywords = keywords(&mut e, "keywords", input.keywords);
    let nace_codes = nace_codes(&mut e, "nace_codes", &input.nace_codes);
    let languages = language_codes(&mut e, "languages", input.languages);
    if languages.is_empty() {
        e.add("languages", "required");
    }
    let available: Option<Vec<DateTime<Utc>>> = input.available_slots.map(|indexes| {
        let mut out: Vec<DateTime<Utc>> = Vec::new();
        for (i, index) in indexes.into_iter().enumerate() {
            match slots.get(index as usize) {
                Some(slot) if !out.contains(&slot.starts_at) => out.push(slot.starts_at),
                Some(_) => {}
                None => e.add(format!("available_slots[{i}]"), "unknown_slot"),
            }
        }
        out.sort();
        out
    });
    if let Some(max) = input.max_meetings {
        if max == 0 || max as usize > slots.len().max(1) {
            e.add("max_meetings", "out_of_range");
        }
    }
    e.finish(ProfileFields {
        offer,
        seek,
        keywords,
        nace_codes,
        languages,
        available,
        max_meetings: input.max_meetings,
    })
}
