//! Query strings for GET requests and the wire names of the API's enums.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// Builds `?a=1&b=x` with percent-encoded values; absent and blank values are left out.
#[derive(Default)]
pub struct QueryString(String);

impl QueryString {
    /// Adds a text parameter.
    pub fn text(&mut self, key: &str, value: Option<&str>) {
        let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
            return;
        };
        self.0.push(if self.0.is_empty() { '?' } else { '&' });
        self.0.push_str(key);
        self.0.push('=');
        self.0
            .push_str(&String::from(js_sys::encode_uri_component(value)));
    }

    /// Adds a number parameter.
    pub fn number(&mut self, key: &str, value: Option<f64>) {
        self.text(key, value.map(|n| n.to_string()).as_deref());
    }

    /// Adds an enum parameter by its wire name (`snake_case`).
    pub fn code<T: Serialize>(&mut self, key: &str, value: Option<&T>) {
        self.text(key, value.map(wire_name).as_deref());
    }

    /// The query string (empty, or starting with `?`).
    pub fn finish(self) -> String {
        self.0
    }
}

/// The wire name of a unit enum variant, e.g. `OrganizationKind::PublicBody` → `public_body`.
pub fn wire_name<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value)
        .map(|json| json.trim_matches('"').to_owned())
        .unwrap_or_default()
}

/// The unit enum variant with this wire name, if any.
pub fn from_wire_name<T: DeserializeOwned>(name: &str) -> Option<T> {
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
        return None;
    }
    serde_json::from_str(&format!("\"{name}\"")).ok()
}
