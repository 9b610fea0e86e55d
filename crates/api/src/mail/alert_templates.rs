//! Mails of the marketplace's alerts: a shortage alert nearby, and new hits of a saved search.
//! Each ends with its one-click unsubscribe link.

use chrono::NaiveDate;
use glokal_api_types::Language;
use glokal_i18n::{t, t_args};

use super::templates::{compose, MailContent};

/// A date as people write it in the language.
pub fn date(lang: Language, d: NaiveDate) -> String {
    match lang {
        Language::De => d.format("%d.%m.%Y").to_string(),
        Language::Cs => d.format("%-d. %-m. %Y").to_string(),
        Language::En => d.format("%-d %b %Y").to_string(),
    }
}

/// What a shortage alert mail says.
#[derive(Debug, Clone)]
pub struct ShortageMail<'a> {
    /// The alert's title and text in the recipient's language (or the best other one).
    pub title: &'a str,
    pub excerpt: &'a str,
    /// The organisation raising the alert, its town and country name.
    pub organization: &'a str,
    pub town: &'a str,
    pub country: &'a str,
    /// The recipient's organisation.
    pub recipient: &'a str,
    pub distance_km: Option<f64>,
    /// "2 t" etc.
    pub quantity: Option<String>,
    pub needed_by: Option<NaiveDate>,
    /// Answers are useful until this day (the alert's validity).
    pub reply_by: NaiveDate,
    /// Why the recipient was chosen (reason texts).
    pub reasons: &'a [String],
    pub link: &'a str,
    pub unsubscribe: &'a str,
}

/// An urgent request from an organisation nearby.
pub fn shortage_alert(lang: Language, name: &str, m: &ShortageMail<'_>) -> MailContent {
    let subject = t_args(
        lang,
        "mail-shortage-subject",
        &[("title", m.title.to_owned().into())],
    );
    let mut head = t_args(
        lang,
        "mail-shortage-body",
        &[
            ("organization", m.organization.to_owned().into()),
            ("town", m.town.to_owned().into()),
            ("country", m.country.to_owned().into()),
            ("recipient", m.recipient.to_owned().into()),
        ],
    );
    if let Some(km) = m.distance_km {
        head.push(' ');
        head.push_str(&t_args(
            lang,
            "mail-shortage-distance",
            &[("km", km.round().into())],
        ));
    }
    let mut facts = vec![format!("» {} «", m.title)];
    if let Some(q) = &m.quantity {
        facts.push(t_args(
            lang,
            "mail-shortage-quantity",
            &[("quantity", q.clone().into())],
        ));
    }
    if let Some(d) = m.needed_by {
        facts.push(t_args(
            lang,
            "mail-shortage-needed-by",
            &[("date", date(lang, d).into())],
        ));
    }
    facts.push(t_args(
        lang,
        "mail-shortage-reply-by",
        &[("date", date(lang, m.reply_by).into())],
    ));
    let mut paragraphs = vec![head, facts.join("\n")];
    if !m.excerpt.trim().is_empty() {
        let quoted: Vec<String> = m
            .excerpt
            .lines()
            .map(|line| format!("> {line}").trim_end().to_owned())
            .collect();
        paragraphs.push(quoted.join("\n"));
    }
    if !m.reasons.is_empty() {
        paragraphs.push(format!(
            "{}\n{}",
            t(lang, "mail-shortage-why"),
            m.reasons
                .iter()
                .map(|r| format!("- {r}"))
                .collect::<Vec<_>>()
                .join("\n")
        ));
    }
    paragraphs.push(format!("{}\n{}", t(lang, "mail-shortage-link"), m.link));
    paragraphs.push(format!(
        "{}\n{}",
        t(lang, "mail-shortage-unsubscribe"),
        m.unsubscribe
    ));
    compose(lang, name, subject, &paragraphs)
}

/// One new hit of a saved search.
#[derive(Debug, Clone)]
pub struct DigestLine {
    pub title: String,
    /// Organisation, town, type — as one line.
    pub detail: String,
    pub link: String,
}

/// New hits of a saved search.
#[derive(Debug, Clone)]
pub struct DigestMail<'a> {
    pub search: &'a str,
    pub total: u64,
    pub lines: &'a [DigestLine],
    /// The search in the SPA.
    pub search_link: &'a str,
    pub unsubscribe: &'a str,
}

/// A digest (or an instant notice) of new hits.
pub fn saved_search(lang: Language, name: &str, m: &DigestMail<'_>) -> MailContent {
    let subject = t_args(
        lang,
        "mail-digest-subject",
        &[
            ("count", m.total.into()),
            ("search", m.search.to_owned().into()),
        ],
    );
    let mut paragraphs = vec![t_args(
        lang,
        "mail-digest-body",
        &[
            ("count", m.total.into()),
            ("search", m.search.to_owned().into()),
        ],
    )];
    let lines: Vec<String> = m
        .lines
        .iter()
        .map(|l| format!("- {}\n  {}\n  {}", l.title, l.detail, l.link))
        .collect();
    paragraphs.push(lines.join("\n"));
    let more = m.total.saturating_sub(m.lines.len() as u64);
    if more > 0 {
        paragraphs.push(t_args(lang, "mail-digest-more", &[("count", more.into())]));
    }
    paragraphs.push(format!(
        "{}\n{}",
        t(lang, "mail-digest-link"),
        m.search_link
    ));
    paragraphs.push(format!(
        "{}\n{}",
        t(lang, "mail-digest-unsubscribe"),
        m.unsubscribe
    ));
    compose(lang, name, subject, &paragraphs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortage_mail_in_german_and_czech() {
        let reasons = vec!["Beide nennen: Granulat".to_owned()];
        let m = ShortageMail {
            title: "PA6 GF30 Granulat gesucht",
            excerpt: "Wegen eines Lieferausfalls\nsuchen wir 2 t.",
            organization: "Nováková plasty s.r.o.",
            town: "Liberec",
            country: "Tschechien",
            recipient: "Richter GmbH",
            distance_km: Some(31.4),
            quantity: Some("2 t".into()),
            needed_by: NaiveDate::from_ymd_opt(2026, 12, 15),
            reply_by: NaiveDate::from_ymd_opt(2026, 12, 10).unwrap(),
            reasons: &reasons,
            link: "https://glokal.example/opportunities/1",
            unsubscribe: "https://glokal.example/unsubscribe?token=x",
        };
        let de = shortage_alert(Language::De, "Thomas", &m);
        assert!(
            de.subject.contains("PA6 GF30 Granulat gesucht"),
            "{}",
            de.subject
        );
        assert!(de.body.contains("Nováková plasty s.r.o."));
        assert!(de.body.contains("31 km"), "{}", de.body);
        assert!(de.body.contains("15.12.2026"), "{}", de.body);
        assert!(de.body.contains("10.12.2026"), "{}", de.body);
        assert!(de.body.contains("> suchen wir 2 t."));
        assert!(de
            .body
            .contains("https://glokal.example/unsubscribe?token=x"));
        let cs = shortage_alert(Language::Cs, "Jana", &m);
        assert!(cs.body.contains("15. 12. 2026"), "{}", cs.body);
        assert_ne!(cs.subject, de.subject);
    }

    #[test]
    fn digest_lists_hits_and_the_rest() {
        let lines = vec![DigestLine {
            title: "Spritzguss".into(),
            detail: "Richter GmbH, Zittau".into(),
            link: "https://glokal.example/organizations/1".into(),
        }];
        let m = DigestMail {
            search: "Spritzguss Sachsen",
            total: 12,
            lines: &lines,
            search_link: "https://glokal.example/search?q=Spritzguss",
            unsubscribe: "https://glokal.example/unsubscribe?token=y",
        };
        let en = saved_search(Language::En, "Anna", &m);
        assert!(en.subject.contains("12"), "{}", en.subject);
        assert!(en.body.contains("- Spritzguss\n  Richter GmbH, Zittau"));
        assert!(en.body.contains("11"), "{}", en.body);
        assert!(en.body.contains("token=y"));
    }
}
