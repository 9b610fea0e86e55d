//! Central European time for events: Saxony and Czechia share it (Europe/Berlin and
//! Europe/Prague), UTC+1 and UTC+2 from the last Sunday of March to the last Sunday of October
//! (switching at 01:00 UTC, the EU rule — the same rule the server uses for its mails). Event
//! times are shown and entered in it whatever the browser's own time zone.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc};
use glokal_api_types::Language;

use crate::i18n::format_day;

fn last_sunday(year: i32, month: u32) -> Option<NaiveDate> {
    // March and October have 31 days.
    let last = NaiveDate::from_ymd_opt(year, month, 31)?;
    Some(last - Duration::days(i64::from(last.weekday().num_days_from_sunday())))
}

/// Whether summer time applies at this instant.
pub fn is_summer(at: DateTime<Utc>) -> bool {
    let switch = |month| {
        last_sunday(at.year(), month)
            .and_then(|d| d.and_hms_opt(1, 0, 0))
            .map(|t| t.and_utc())
    };
    match (switch(3), switch(10)) {
        (Some(start), Some(end)) => at >= start && at < end,
        _ => false,
    }
}

fn offset_hours(at: DateTime<Utc>) -> i64 {
    if is_summer(at) {
        2
    } else {
        1
    }
}

/// The wall-clock time in Dresden and Prague.
pub fn local(at: DateTime<Utc>) -> NaiveDateTime {
    at.naive_utc() + Duration::hours(offset_hours(at))
}

/// The instant a local wall-clock time stands for.
pub fn from_local(time: NaiveDateTime) -> DateTime<Utc> {
    let guess = time.and_utc() - Duration::hours(1);
    (time - Duration::hours(offset_hours(guess))).and_utc()
}

/// Today in Dresden and Prague.
pub fn today() -> NaiveDate {
    local(Utc::now()).date()
}

/// A value of `<input type="datetime-local">` (`2027-03-11T09:00`).
pub fn parse_input(text: &str) -> Option<NaiveDateTime> {
    let (date, time) = text.trim().split_once('T')?;
    let date = crate::pages::organizations::parse_date(date)?;
    let mut parts = time.split(':').map(|p| p.parse::<u32>().ok());
    let (hour, minute) = (parts.next()??, parts.next()??);
    Some(date.and_time(NaiveTime::from_hms_opt(hour, minute, 0)?))
}

/// A local time as `<input type="datetime-local">` shows it.
pub fn input_value(at: DateTime<Utc>) -> String {
    let t = local(at);
    format!(
        "{}T{:02}:{:02}",
        crate::pages::organizations::iso_date(t.date()),
        t.hour(),
        t.minute()
    )
}

/// An input value as RFC 3339 with the Central European offset of that moment
/// (`2027-03-11T09:00:00+01:00`); blank stays blank, anything unreadable goes as typed
/// (the server then names the field).
pub fn rfc3339(text: &str) -> String {
    match parse_input(text) {
        Some(time) => {
            let hours = offset_hours(from_local(time));
            format!(
                "{}T{:02}:{:02}:00+{hours:02}:00",
                crate::pages::organizations::iso_date(time.date()),
                time.hour(),
                time.minute()
            )
        }
        None => text.trim().to_owned(),
    }
}

/// `MEZ`/`MESZ`, `SEČ`/`SELČ`, `CET`/`CEST`.
pub fn zone(lang: Language, at: DateTime<Utc>) -> &'static str {
    match (lang, is_summer(at)) {
        (Language::De, false) => "MEZ",
        (Language::De, true) => "MESZ",
        (Language::Cs, false) => "SEČ",
        (Language::Cs, true) => "SELČ",
        (Language::En, false) => "CET",
        (Language::En, true) => "CEST",
    }
}

/// `09:00` (Czech: `9:00`).
pub fn clock(lang: Language, at: DateTime<Utc>) -> String {
    let t = local(at);
    match lang {
        Language::Cs => format!("{}:{:02}", t.hour(), t.minute()),
        _ => format!("{:02}:{:02}", t.hour(), t.minute()),
    }
}

/// The local day of an instant in the language's short form.
pub fn day(lang: Language, at: DateTime<Utc>) -> String {
    format_day(lang, local(at).date())
}

/// `11.03.2027, 09:00–16:00 MEZ`, or with both days when it spans several.
pub fn span(lang: Language, starts: DateTime<Utc>, ends: DateTime<Utc>) -> String {
    let zone = zone(lang, starts);
    if local(starts).date() == local(ends).date() {
        format!(
            "{}, {}–{} {zone}",
            day(lang, starts),
            clock(lang, starts),
            clock(lang, ends)
        )
    } else {
        format!(
            "{}, {} – {}, {} {zone}",
            day(lang, starts),
            clock(lang, starts),
            day(lang, ends),
            clock(lang, ends)
        )
    }
}

/// `11.03.2027, 09:00 MEZ`.
pub fn moment(lang: Language, at: DateTime<Utc>) -> String {
    format!("{}, {} {}", day(lang, at), clock(lang, at), zone(lang, at))
}

/// The name of a month (1–12) in `lang`, e.g. for headings: `März 2027`, `březen 2027`.
pub fn month_name(lang: Language, month: u32) -> String {
    glokal_i18n::t(lang, &format!("month-{}", month.clamp(1, 12)))
}
