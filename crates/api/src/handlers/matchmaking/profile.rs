//! A participant's event profile: the suggestion drawn from the organisation (description,
//! keywords, NACE codes, languages) and its open offers and requests, and the profile that
//! applies (the saved one, else the suggestion).

use chrono::{DateTime, Utc};
use glokal_api_types::{Language, LocalizedText, OpportunityType, ParticipationDraft, Slot};
use glokal_domain::reference::fold;
use glokal_store::entities::{opportunity, organization};
use glokal_store::matchmaking::{self, Participant};

/// Longest offer or look-for text per language.
pub const MAX_TEXT: usize = 2000;

/// The profile that applies to a participant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Effective {
    pub offer: LocalizedText,
    pub seek: LocalizedText,
    pub keywords: Vec<String>,
    pub nace_codes: Vec<String>,
    pub languages: Vec<String>,
    /// Start instants of the slots the participant is there (`None`: all).
    pub available: Option<Vec<DateTime<Utc>>>,
    pub max_meetings: Option<u32>,
}

fn get(text: &LocalizedText, lang: Language) -> Option<&str> {
    match lang {
        Language::De => text.de.as_deref(),
        Language::Cs => text.cs.as_deref(),
        Language::En => text.en.as_deref(),
    }
    .map(str::trim)
    .filter(|t| !t.is_empty())
}

fn set(text: &mut LocalizedText, lang: Language, value: Option<String>) {
    match lang {
        Language::De => text.de = value,
        Language::Cs => text.cs = value,
        Language::En => text.en = value,
    }
}

/// At most `max` characters, cut at a line end where possible.
fn clip(text: String, max: usize) -> String {
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max).collect();
    match cut.rfind('\n') {
        Some(at) if at > max / 2 => cut[..at].trim_end().to_owned(),
        _ => cut.trim_end().to_owned(),
    }
}

/// Per language: the lead text, then one line per title written in that language.
fn compose(lead: &LocalizedText, titles: &[LocalizedText]) -> LocalizedText {
    let mut out = LocalizedText::default();
    for lang in Language::ALL {
        let mut parts: Vec<String> = Vec::new();
        if let Some(text) = get(lead, lang) {
            parts.push(text.to_owned());
        }
        let lines: Vec<String> = titles
            .iter()
            .filter_map(|t| get(t, lang))
            .map(|t| format!("– {t}"))
            .collect();
        if !lines.is_empty() {
            parts.push(lines.join("\n"));
        }
        let text = (!parts.is_empty()).then(|| clip(parts.join("\n\n"), MAX_TEXT));
        set(&mut out, lang, text);
    }
    out
}

/// Adds items that are not there yet (compared without case and diacritics), up to `max`.
fn merge(into: &mut Vec<String>, items: impl IntoIterator<Item = String>, max: usize) {
    for item in items {
        if into.len() >= max {
            return;
        }
        let key = fold(&item);
        if !key.is_empty() && !into.iter().any(|k| fold(k) == key) {
            into.push(item);
        }
    }
}

/// Languages of an organisation: as entered, else the country's language.
fn organization_languages(org: &organization::Model) -> Vec<String> {
    let languages = matchmaking::organization_languages(org);
    if !languages.is_empty() {
        return languages;
    }
    match org.country.as_str() {
        "DE" | "AT" => vec!["de".to_owned()],
        "CZ" => vec!["cs".to_owned()],
        "PL" => vec!["pl".to_owned()],
        "SK" => vec!["sk".to_owned()],
        _ => vec!["en".to_owned()],
    }
}

/// The suggestion for an organisation's participant: what it offers is its description and its
/// open offers; what it looks for, its open requests.
pub fn draft(
    org: &organization::Model,
    opportunities: &[opportunity::Model],
) -> ParticipationDraft {
    let mut offers = Vec::new();
    let mut requests = Vec::new();
    let mut keywords = Vec::new();
    let mut nace_codes = Vec::new();
    merge(
        &mut keywords,
        matchmaking::organization_keywords(org),
        crate::handlers::matchmaking::validate::MAX_KEYWORDS,
    );
    merge(
        &mut nace_codes,
        glokal_store::matchmaking::organization_view(org).nace_codes,
        crate::handlers::matchmaking::validate::MAX_NACE,
    );
    for row in opportunities {
        let (title, words, codes) = matchmaking::opportunity_texts(row);
        let is_offer = OpportunityType::parse(&row.opportunity_type).is_some_and(|t| t.is_offer());
        if is_offer {
            offers.push(title);
        } else {
            requests.push(title);
        }
        merge(
            &mut keywords,
            words,
            crate::handlers::matchmaking::validate::MAX_KEYWORDS,
        );
        merge(
            &mut nace_codes,
            codes,
            crate::handlers::matchmaking::validate::MAX_NACE,
        );
    }
    ParticipationDraft {
        offer: compose(&matchmaking::organization_description(org), &offers),
        seek: compose(&LocalizedText::default(), &requests),
        keywords,
        nace_codes,
        languages: organization_languages(org),
    }
}

/// The saved profile, else the suggestion.
pub fn effective(participant: &Participant, opportunities: &[opportunity::Model]) -> Effective {
    match &participant.profile {
        Some(p) => Effective {
            offer: p.offer(),
            seek: p.seek(),
            keywords: p.keywords(),
            nace_codes: p.nace_codes(),
            languages: p.languages(),
            available: p.available(),
            max_meetings: p.max_meetings(),
        },
        None => {
            let d = draft(&participant.organization, opportunities);
            Effective {
                offer: d.offer,
                seek: d.seek,
                keywords: d.keywords,
                nace_codes: d.nace_codes,
                languages: d.languages,
                available: None,
                max_meetings: None,
            }
        }
    }
}

/// Slot indexes of stored start instants (slots that no longer exist are left out).
pub fn slot_indexes(available: &[DateTime<Utc>], slots: &[Slot]) -> Vec<u32> {
    slots
        .iter()
        .filter(|s| available.contains(&s.starts_at))
        .map(|s| s.index)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composed_texts_keep_languages_apart() {
        let lead = LocalizedText {
            de: Some("Spritzguss".into()),
            ..Default::default()
        };
        let titles = [
            LocalizedText {
                de: Some("Freie Kapazität".into()),
                cs: Some("Volná kapacita".into()),
                en: None,
            },
            LocalizedText {
                en: Some("Tooling".into()),
                ..Default::default()
            },
        ];
        let text = compose(&lead, &titles);
        assert_eq!(text.de.as_deref(), Some("Spritzguss\n\n– Freie Kapazität"));
        assert_eq!(text.cs.as_deref(), Some("– Volná kapacita"));
        assert_eq!(text.en.as_deref(), Some("– Tooling"));
        assert_eq!(
            compose(&LocalizedText::default(), &[]),
            LocalizedText::default()
        );
    }

    #[test]
    fn merged_lists_ignore_case_and_diacritics() {
        let mut list = vec!["Obrábění".to_owned()];
        merge(
            &mut list,
            ["obrabeni".to_owned(), "CNC".to_owned(), "cnc".to_owned()],
            10,
        );
        assert_eq!(list, ["Obrábění", "CNC"]);
    }

    #[test]
    fn long_texts_are_clipped() {
        let text = "a".repeat(30) + "\n" + &"b".repeat(30);
        assert_eq!(clip(text, 40), "a".repeat(30));
    }
}
