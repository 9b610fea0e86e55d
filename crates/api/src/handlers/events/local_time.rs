//! Central European time, the local time of Saxony and Czechia alike (Europe/Berlin and
//! Europe/Prague): UTC+1, and UTC+2 from the last Sunday of March to the last Sunday of
//! October (switching at 01:00 UTC, the EU rule).

use chrono::{
    DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Timelike, Utc,
};
use glokal_api_types::Language;

fn last_sunday(year: i32, month: u32) -> Option<NaiveDate> {
    // March and October have 31 days.
    let last = NaiveDate::from_ymd_opt(year, month, 31)?;
    Some(last - Duration::days(i64::from(last.weekday().num_days_from_sunday())))
}

/// Whether summer time applies at this instant.
pub fn is_summer_time(at: DateTime<Utc>) -> bool {
    let year = at.year();
    let switch = |month| {
        last_sunday(year, month)
            .and_then(|d| d.and_hms_opt(1, 0, 0))
            .map(|t| t.and_utc())
    };
    match (switch(3), switch(10)) {
        (Some(start), Some(end)) => at >= start && at < end,
        _ => false,
    }
}

fn offset_at(at: DateTime<Utc>) -> FixedOffset {
    let hours = if is_summer_time(at) { 2 } else { 1 };
    FixedOffset::east_opt(hours * 3600).unwrap_or_else(|| FixedOffset::east_opt(0).unwrap())
}

/// The instant in local time.
pub fn local(at: DateTime<Utc>) -> DateTime<FixedOffset> {
    offset_at(at).from_utc_datetime(&at.naive_utc())
}

/// The instant a local wall-clock time stands for (for midnights: never in a switch hour).
pub fn from_local(time: NaiveDateTime) -> DateTime<Utc> {
    let guess = time.and_utc() - Duration::hours(1);
    let offset = offset_at(guess);
    (time - Duration::seconds(i64::from(offset.local_minus_utc()))).and_utc()
}

/// Start of a local day.
pub fn day_start(day: NaiveDate) -> DateTime<Utc> {
    from_local(day.and_hms_opt(0, 0, 0).unwrap_or_default())
}

fn zone_name(lang: Language, summer: bool) -> &'static str {
    match (lang, summer) {
        (Language::De, false) => "MEZ",
        (Language::De, true) => "MESZ",
        (Language::Cs, false) => "SEČ",
        (Language::Cs, true) => "SELČ",
        (Language::En, false) => "CET",
        (Language::En, true) => "CEST",
    }
}

fn date(lang: Language, t: &DateTime<FixedOffset>) -> String {
    match lang {
        Language::De => format!("{:02}.{:02}.{}", t.day(), t.month(), t.year()),
        Language::Cs => format!("{}. {}. {}", t.day(), t.month(), t.year()),
        Language::En => format!("{}-{:02}-{:02}", t.year(), t.month(), t.day()),
    }
}

fn clock(lang: Language, t: &DateTime<FixedOffset>) -> String {
    match lang {
        Language::Cs => format!("{}:{:02}", t.hour(), t.minute()),
        _ => format!("{:02}:{:02}", t.hour(), t.minute()),
    }
}

/// An instant in the reader's conventions, e.g. `09.03.2027, 18:00 MEZ`, `9. 3. 2027, 18:00 SEČ`,
/// `2027-03-09, 18:00 CET`.
pub fn instant(lang: Language, at: DateTime<Utc>) -> String {
    let t = local(at);
    format!(
        "{}, {} {}",
        date(lang, &t),
        clock(lang, &t),
        zone_name(lang, is_summer_time(at))
    )
}

/// A time span in the reader's conventions, e.g. `11.03.2027, 09:00–16:00 MEZ`,
/// `11. 3. 2027, 9:00–16:00 SEČ`, `2027-03-11, 09:00–16:00 CET`.
pub fn span(lang: Language, starts: DateTime<Utc>, ends: DateTime<Utc>) -> String {
    let (s, e) = (local(starts), local(ends));
    let zone = zone_name(lang, is_summer_time(starts));
    if s.date_naive() == e.date_naive() {
        format!(
            "{}, {}–{} {zone}",
            date(lang, &s),
            clock(lang, &s),
            clock(lang, &e)
        )
    } else {
        format!(
            "{}, {} – {}, {} {zone}",
            date(lang, &s),
            clock(lang, &s),
            date(lang, &e),
            clock(lang, &e)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().to_utc()
    }

    #[test]
    fn summer_time_follows_the_eu_rule() {
        // 2027: summer time from 28 March 01:00 UTC to 31 October 01:00 UTC.
        assert!(!is_summer_time(utc("2027-03-28T00:59:59Z")));
        assert!(is_summer_time(utc("2027-03-28T01:00:00Z")));
        assert!(is_summer_time(utc("2027-10-31T00:59:59Z")));
        assert!(!is_summer_time(utc("2027-10-31T01:00:00Z")));
        assert_eq!(
            local(utc("2027-07-01T07:00:00Z")).to_rfc3339(),
            "2027-07-01T09:00:00+02:00"
        );
        assert_eq!(
            local(utc("2027-01-15T08:00:00Z")).to_rfc3339(),
            "2027-01-15T09:00:00+01:00"
        );
    }

    #[test]
    fn local_midnights() {
        let day = NaiveDate::from_ymd_opt(2027, 3, 11).unwrap();
        assert_eq!(day_start(day), utc("2027-03-10T23:00:00Z"));
        let day = NaiveDate::from_ymd_opt(2027, 8, 1).unwrap();
        assert_eq!(day_start(day), utc("2027-07-31T22:00:00Z"));
    }

    #[test]
    fn spans_read_naturally() {
        let (s, e) = (utc("2027-03-11T08:00:00Z"), utc("2027-03-11T15:00:00Z"));
        assert_eq!(span(Language::De, s, e), "11.03.2027, 09:00–16:00 MEZ");
        assert_eq!(span(Language::Cs, s, e), "11. 3. 2027, 9:00–16:00 SEČ");
        assert_eq!(span(Language::En, s, e), "2027-03-11, 09:00–16:00 CET");
        let e = utc("2027-03-12T12:30:00Z");
        assert_eq!(
            span(Language::De, s, e),
            "11.03.2027, 09:00 – 12.03.2027, 13:30 MEZ"
        );
    }
}
