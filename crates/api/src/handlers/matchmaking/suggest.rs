//! Suggested partners: a simple, explainable score. Shared NACE codes (3 for a group or class,
//! 2 for a division, 1 for a section), related codes in the same division (1 each, at most 3),
//! keywords both use (2 each, at most 3 counted), keywords of one side found in what the other
//! looks for (2 each, at most 3), and 2 for meeting across the border. Only partners with
//! something in common beyond the border are suggested.

use std::collections::HashSet;

use glokal_api_types::{Language, PartnerSuggestion, SuggestionReason, SuggestionReasonKind};
use glokal_domain::reference::fold;
use glokal_i18n::t_args;
use uuid::Uuid;

use super::profile::Effective;

/// At most this many suggestions.
pub const MAX_SUGGESTIONS: usize = 10;

/// One side as the scorer sees it.
#[derive(Debug, Clone)]
pub struct Side<'a> {
    pub id: Uuid,
    pub organization_name: &'a str,
    pub country: &'a str,
    pub profile: &'a Effective,
}

fn division(code: &str) -> Option<&str> {
    let head = code.get(..2)?;
    head.chars().all(|c| c.is_ascii_digit()).then_some(head)
}

fn weight(code: &str) -> u32 {
    match code.len() {
        1 => 1,
        2 => 2,
        _ => 3,
    }
}

/// Folded text of every language of what a side looks for.
fn seek_text(profile: &Effective) -> String {
    [&profile.seek.de, &profile.seek.cs, &profile.seek.en]
        .into_iter()
        .flatten()
        .map(|t| fold(t))
        .collect::<Vec<_>>()
        .join("\n")
}

fn reason(lang: Language, kind: SuggestionReasonKind, values: Vec<String>) -> SuggestionReason {
    let id = match kind {
        SuggestionReasonKind::SharedNace => "matchmaking-suggestion-shared_nace",
        SuggestionReasonKind::RelatedNace => "matchmaking-suggestion-related_nace",
        SuggestionReasonKind::SharedKeywords => "matchmaking-suggestion-shared_keywords",
        SuggestionReasonKind::MatchesSeek => "matchmaking-suggestion-matches_seek",
        SuggestionReasonKind::CrossBorder => "matchmaking-suggestion-cross_border",
    };
    let text = t_args(lang, id, &[("values", values.join(", ").into())]);
    SuggestionReason { kind, values, text }
}

/// The score of `other` for `me`, with its reasons (`None` when nothing but the border is shared).
pub fn score(me: &Side, other: &Side, lang: Language) -> Option<PartnerSuggestion> {
    let mut total = 0;
    let mut reasons = Vec::new();

    let mine: HashSet<&str> = me.profile.nace_codes.iter().map(String::as_str).collect();
    let my_divisions: HashSet<&str> = mine.iter().filter_map(|c| division(c)).collect();
    let mut shared = Vec::new();
    let mut related = Vec::new();
    for code in &other.profile.nace_codes {
        if mine.contains(code.as_str()) {
            total += weight(code);
            shared.push(code.clone());
        } else if division(code).is_some_and(|d| my_divisions.contains(d)) && related.len() < 3 {
            total += 1;
            related.push(code.clone());
        }
    }
    if !shared.is_empty() {
        reasons.push(reason(lang, SuggestionReasonKind::SharedNace, shared));
    }
    if !related.is_empty() {
        reasons.push(reason(lang, SuggestionReasonKind::RelatedNace, related));
    }

    let my_keywords: HashSet<String> = me
        .profile
        .keywords
        .iter()
        .map(|k| fold(k))
        .filter(|k| !k.is_empty())
        .collect();
    let shared_keywords: Vec<String> = other
        .profile
        .keywords
        .iter()
        .filter(|k| my_keywords.contains(&fold(k)))
        .cloned()
        .collect();
    if !shared_keywords.is_empty() {
        total += 2 * shared_keywords.len().min(3) as u32;
        reasons.push(reason(
            lang,
            SuggestionReasonKind::SharedKeywords,
            shared_keywords.clone(),
        ));
    }
    let taken: HashSet<String> = shared_keywords.iter().map(|k| fold(k)).collect();
    let (my_seek, their_seek) = (seek_text(me.profile), seek_text(other.profile));
    let found_in = |keyword: &String, text: &str| {
        let key = fold(keyword);
        key.chars().count() >= 3 && !taken.contains(&key) && text.contains(&key)
    };
    let mut matches: Vec<String> = Vec::new();
    for keyword in &other.profile.keywords {
        if found_in(keyword, &my_seek) && !matches.contains(keyword) {
            matches.push(keyword.clone());
        }
    }
    for keyword in &me.profile.keywords {
        if found_in(keyword, &their_seek) && !matches.contains(keyword) {
            matches.push(keyword.clone());
        }
    }
    if !matches.is_empty() {
        total += 2 * matches.len().min(3) as u32;
        reasons.push(reason(lang, SuggestionReasonKind::MatchesSeek, matches));
    }

    if total == 0 {
        return None;
    }
    if me.country != other.country {
        total += 2;
        reasons.push(reason(
            lang,
            SuggestionReasonKind::CrossBorder,
            vec![format!("{}–{}", me.country, other.country)],
        ));
    }
    Some(PartnerSuggestion {
        participant_id: other.id,
        organization_name: other.organization_name.to_owned(),
        score: total,
        reasons,
    })
}

/// The best partners for `me` among `others`, best first (ties by name).
pub fn suggestions(me: &Side, others: &[Side], lang: Language) -> Vec<PartnerSuggestion> {
    let mut scored: Vec<PartnerSuggestion> = others
        .iter()
        .filter(|o| o.id != me.id)
        .filter_map(|o| score(me, o, lang))
        .collect();
    scored.sort_by(|a, b| {
        b.score.cmp(&a.score).then_with(|| {
            a.organization_name
                .to_lowercase()
                .cmp(&b.organization_name.to_lowercase())
        })
    });
    scored.truncate(MAX_SUGGESTIONS);
    scored
}

#[cfg(test)]
mod tests {
    use super::*;
    use glokal_api_types::LocalizedText;

    fn profile(nace: &[&str], keywords: &[&str], seek: Option<&str>) -> Effective {
        Effective {
            offer: LocalizedText::default(),
            seek: LocalizedText {
                cs: seek.map(str::to_owned),
                ..Default::default()
            },
            keywords: keywords.iter().map(|k| k.to_string()).collect(),
            nace_codes: nace.iter().map(|k| k.to_string()).collect(),
            languages: vec!["de".into()],
            available: None,
            max_meetings: None,
        }
    }

    #[test]
    fn scores_are_explained() {
        let (a, b, c) = (
            profile(&["22.29", "25.62"], &["Spritzguss", "Obrábění"], None),
            profile(
                &["22.29", "25.61"],
                &["obrabeni"],
                Some("Hledáme spritzguss"),
            ),
            profile(&["01.11"], &[], None),
        );
        let me = Side {
            id: Uuid::from_u128(1),
            organization_name: "Richter",
            country: "DE",
            profile: &a,
        };
        let others = [
            Side {
                id: Uuid::from_u128(2),
                organization_name: "Nováková",
                country: "CZ",
                profile: &b,
            },
            Side {
                id: Uuid::from_u128(3),
                organization_name: "Farm",
                country: "CZ",
                profile: &c,
            },
        ];
        let list = suggestions(&me, &others, Language::En);
        assert_eq!(list.len(), 1, "nothing in common with the farm: {list:?}");
        let s = &list[0];
        let kinds: Vec<SuggestionReasonKind> = s.reasons.iter().map(|r| r.kind).collect();
        assert_eq!(
            kinds,
            [
                SuggestionReasonKind::SharedNace,
                SuggestionReasonKind::RelatedNace,
                SuggestionReasonKind::SharedKeywords,
                SuggestionReasonKind::MatchesSeek,
                SuggestionReasonKind::CrossBorder
            ]
        );
        // 3 (22.29) + 1 (25.61 next to 25.62) + 2 (Obrábění/obrabeni) + 2 (Spritzguss sought) + 2
        assert_eq!(s.score, 10);
        assert_eq!(s.reasons[0].text, "Same industry (NACE 22.29)");
        assert_eq!(s.reasons[4].values, ["DE–CZ"]);
    }
}
