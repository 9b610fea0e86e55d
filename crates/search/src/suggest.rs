//! Suggestions for the search box from static lists: NACE labels and glossary terms in the
//! viewer's language (organisation names come from the index).

use std::sync::OnceLock;

use glokal_api_types::{Suggestion, SuggestionKind};
use glokal_domain::reference::nace;
use glokal_domain::Language;

use crate::analysis::{fold, lang_index, words, LANGS};
use crate::glossary::glossary;

struct Entry {
    kind: SuggestionKind,
    label: String,
    value: String,
    folded: String,
}

struct Lists {
    entries: Vec<Entry>,
    /// (folded word, entry), sorted.
    words: Vec<(String, u32)>,
}

fn lists(lang: Language) -> &'static Lists {
    static LISTS: OnceLock<[Lists; 3]> = OnceLock::new();
    &LISTS.get_or_init(|| LANGS.map(build))[lang_index(lang)]
}

fn build(lang: Language) -> Lists {
    let mut entries = Vec::new();
    for e in nace::all() {
        if e.level >= 2 {
            let label = e.labels.get(lang).to_owned();
            entries.push(Entry {
                kind: SuggestionKind::Nace,
                folded: fold(&label),
                label,
                value: e.code.clone(),
            });
        }
    }
    let mut seen = std::collections::HashSet::new();
    for c in &glossary().concepts {
        for t in &c.terms[lang_index(lang)] {
            if seen.insert(fold(t)) {
                entries.push(Entry {
                    kind: SuggestionKind::Term,
                    folded: fold(t),
                    label: t.clone(),
                    value: t.clone(),
                });
            }
        }
    }
    let mut index = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        for w in words(&e.folded) {
            index.push((w.lower, i as u32));
        }
    }
    index.sort();
    index.dedup();
    Lists {
        entries,
        words: index,
    }
}

/// NACE labels and terms matching the typed words (the last one as a prefix), those that
/// start with the text first, then shorter ones; at most `limit`, at most `max_nace` NACE.
pub fn static_suggestions(
    q: &str,
    lang: Language,
    limit: usize,
    max_nace: usize,
) -> Vec<Suggestion> {
    let folded_q = fold(q.trim());
    let qwords: Vec<String> = words(&folded_q).into_iter().map(|w| w.lower).collect();
    let Some(last) = qwords.last() else {
        return Vec::new();
    };
    let l = lists(lang);
    let start = l.words.partition_point(|(w, _)| w.as_str() < last.as_str());
    let mut candidates: Vec<u32> = l.words[start..]
        .iter()
        .take_while(|(w, _)| w.starts_with(last.as_str()))
        .map(|(_, e)| *e)
        .take(2000)
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    let others = &qwords[..qwords.len() - 1];
    let mut scored: Vec<(bool, usize, u32)> = candidates
        .into_iter()
        .filter(|&i| {
            let e = &l.entries[i as usize];
            others
                .iter()
                .all(|w| words(&e.folded).iter().any(|ew| ew.lower == *w))
        })
        .map(|i| {
            let e = &l.entries[i as usize];
            (!e.folded.starts_with(folded_q.as_str()), e.label.len(), i)
        })
        .collect();
    scored.sort();
    let mut out = Vec::new();
    let mut nace_count = 0;
    for (_, _, i) in scored {
        let e = &l.entries[i as usize];
        if e.kind == SuggestionKind::Nace {
            if nace_count >= max_nace {
                continue;
            }
            nace_count += 1;
        }
        out.push(Suggestion {
            kind: e.kind,
            label: e.label.clone(),
            value: e.value.clone(),
        });
        if out.len() >= limit {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_terms_and_nace_in_the_viewers_language() {
        let s = static_suggestions("Spritzg", Language::De, 10, 3);
        assert!(s.iter().any(|s| s.label == "Spritzguss"), "{s:?}");
        let s = static_suggestions("vstřik", Language::Cs, 10, 3);
        assert!(
            s.iter().any(|s| s.label.starts_with("vstřikování")),
            "{s:?}"
        );
        let s = static_suggestions("obrabeni", Language::Cs, 10, 3);
        assert!(!s.is_empty());
    }
}
