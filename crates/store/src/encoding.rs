//! How multi-valued and enum fields are stored as text (shared by the repositories).

use serde::de::DeserializeOwned;
use serde::Serialize;

/// `snake_case` name of a serde enum value.
pub(crate) fn enum_str<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The enum value of a `snake_case` name.
pub(crate) fn enum_parse<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(text.to_owned())).ok()
}

/// `;a;b;` list encoding (searchable with `LIKE '%;a%'`); empty for no items.
pub(crate) fn join_list(items: &[String]) -> String {
    if items.is_empty() {
        String::new()
    } else {
        format!(";{};", items.join(";"))
    }
}

/// The items of a `;a;b;` list.
pub(crate) fn split_list(text: &str) -> Vec<String> {
    text.split(';')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A value as JSON text.
pub(crate) fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned())
}

/// A value from JSON text; the default when the text is malformed.
pub(crate) fn from_json<T: DeserializeOwned + Default>(text: &str) -> T {
    serde_json::from_str(text).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_round_trip() {
        let items = vec!["22.29".to_owned(), "25.62".to_owned()];
        assert_eq!(join_list(&items), ";22.29;25.62;");
        assert_eq!(split_list(&join_list(&items)), items);
        assert_eq!(join_list(&[]), "");
        assert!(split_list("").is_empty());
    }
}
