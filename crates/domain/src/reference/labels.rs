use crate::Language;

/// A text in the three platform languages (reference data always has all three).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labels {
    pub de: String,
    pub cs: String,
    pub en: String,
}

impl Labels {
    /// The text in one language.
    pub fn get(&self, lang: Language) -> &str {
        match lang {
            Language::De => &self.de,
            Language::Cs => &self.cs,
            Language::En => &self.en,
        }
    }

    /// Whether any language's text contains the folded query.
    pub fn matches(&self, folded_query: &str) -> bool {
        [&self.de, &self.cs, &self.en]
            .iter()
            .any(|t| super::fold(t).contains(folded_query))
    }
}
