//! Titles and snippets as segments with the matched words marked (never HTML).

use glokal_api_types::TextSegment;
use glokal_domain::Language;

use crate::analysis::{fold, lang_index, stem, words, Compounds, LANGS};
use crate::query::MatchSet;

/// Byte ranges of the words of `text` (in `lang`) that the query matched.
pub fn matched_ranges(
    text: &str,
    lang: Language,
    m: &MatchSet,
    compounds: &Compounds,
) -> Vec<(usize, usize)> {
    let li = lang_index(lang);
    let mut out = Vec::new();
    for w in words(text) {
        let folded = fold(&w.lower);
        let hit = m.stems[li].contains(&stem(lang, &w.lower))
            || compounds
                .split(&folded)
                .first()
                .is_some_and(|head| m.stems[li].contains(&stem(lang, head)))
            || m.prefix.as_deref().is_some_and(|p| folded.starts_with(p))
            || m.fuzzy.iter().any(|(q, d)| within(&folded, q, *d as usize));
        if hit {
            out.push((w.from, w.to));
        }
    }
    out
}

/// Levenshtein distance ≤ `max` (with early exit).
fn within(a: &str, b: &str, max: usize) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            row_min = row_min.min(cur[j]);
        }
        if row_min > max {
            return false;
        }
        prev = cur;
    }
    prev[b.len()] <= max
}

/// Segments of a whole text.
pub fn segments(text: &str, ranges: &[(usize, usize)]) -> Vec<TextSegment> {
    let mut out = Vec::new();
    let mut at = 0;
    for &(from, to) in ranges {
        if from < at {
            continue;
        }
        if from > at {
            out.push(TextSegment {
                text: text[at..from].to_owned(),
                mark: false,
            });
        }
        out.push(TextSegment {
            text: text[from..to].to_owned(),
            mark: true,
        });
        at = to;
    }
    if at < text.len() {
        out.push(TextSegment {
            text: text[at..].to_owned(),
            mark: false,
        });
    }
    out
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A passage of about `width` bytes around the densest matches, cut at word boundaries,
/// with `…` where it was cut.
pub fn snippet(text: &str, ranges: &[(usize, usize)], width: usize) -> Vec<TextSegment> {
    let text_len = text.len();
    if text_len <= width {
        return segments(text, ranges);
    }
    // window start: the match with most matches within `width` after it
    let mut best = (0usize, 0usize);
    for (i, &(from, _)) in ranges.iter().enumerate() {
        let count = ranges[i..]
            .iter()
            .take_while(|(f, _)| *f < from + width)
            .count();
        if count > best.1 {
            best = (from, count);
        }
    }
    let mut start = floor_char(text, best.0.saturating_sub(width / 4));
    if start > 0 {
        // move to the start of a word
        start = text[..start]
            .rfind(char::is_whitespace)
            .map(|i| i + 1)
            .unwrap_or(0);
    }
    let mut end = floor_char(text, (start + width).min(text_len));
    if end < text_len {
        if let Some(ws) = text[start..end].rfind(char::is_whitespace) {
            if ws > width / 2 {
                end = start + ws;
            }
        }
    }
    let inner: Vec<(usize, usize)> = ranges
        .iter()
        .filter(|(f, t)| *f >= start && *t <= end)
        .map(|(f, t)| (f - start, t - start))
        .collect();
    let mut segs = segments(&text[start..end], &inner);
    if start > 0 {
        segs.insert(
            0,
            TextSegment {
                text: "…".to_owned(),
                mark: false,
            },
        );
    }
    if end < text_len {
        segs.push(TextSegment {
            text: "…".to_owned(),
            mark: false,
        });
    }
    merge(segs)
}

fn merge(segs: Vec<TextSegment>) -> Vec<TextSegment> {
    let mut out: Vec<TextSegment> = Vec::with_capacity(segs.len());
    for s in segs {
        if s.text.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(last) if !last.mark && !s.mark => last.text.push_str(&s.text),
            _ => out.push(s),
        }
    }
    out
}

/// The language to show: the viewer's if it has text with matches, else the one with most
/// matches, else the viewer's or the first present.
pub fn best_language(
    texts: &[Option<String>; 3],
    viewer: Language,
    m: &MatchSet,
    compounds: &Compounds,
) -> Option<(Language, Vec<(usize, usize)>)> {
    type Candidate = (f64, Language, Vec<(usize, usize)>);
    let mut best: Option<Candidate> = None;
    for (i, lang) in LANGS.iter().enumerate() {
        let Some(text) = &texts[i] else { continue };
        let ranges = matched_ranges(text, *lang, m, compounds);
        let score = ranges.len().min(3) as f64 + if *lang == viewer { 1.5 } else { 0.0 }
            - if ranges.is_empty() { 2.0 } else { 0.0 };
        if best.as_ref().is_none_or(|(s, _, _)| score > *s) {
            best = Some((score, *lang, ranges));
        }
    }
    best.map(|(_, l, r)| (l, r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levenshtein_bounds() {
        assert!(within("spritzgus", "spritzguss", 1));
        assert!(!within("spritz", "spritzguss", 2));
    }

    #[test]
    fn snippet_cuts_and_marks() {
        let text = "a ".repeat(200) + "Spritzguss hier " + &"b ".repeat(200);
        let from = text.find("Spritzguss").unwrap();
        let segs = snippet(&text, &[(from, from + 10)], 80);
        assert!(segs.iter().any(|s| s.mark && s.text == "Spritzguss"));
        assert_eq!(segs.first().unwrap().text.chars().next(), Some('…'));
        assert!(segs.iter().map(|s| s.text.len()).sum::<usize>() < 120);
    }
}
