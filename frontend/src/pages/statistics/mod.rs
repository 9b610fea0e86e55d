//! The programme's indicators for institution staff and platform admins (`/statistics`):
//! period, headline figures, charts with their tables, and the organisations cooperating
//! across the border (list and CSV).
//!
//! The charts are plain inline SVG (no chart library: bundle size); every chart has a text
//! alternative (`role="img"` with a summary as `aria-label`) and a table to fold out.

pub mod charts;
pub mod cooperating;
pub mod overview;

use std::sync::Arc;

use glokal_api_types::{Language, RegionItem, Role, StatisticsQuery};
use leptos_router::params::ParamsMap;

use crate::api::from_wire_name;
use crate::pages::filters::get;
use crate::pages::organizations::{
    country_label, kind_label, parse_date, region_label, size_label,
};
use crate::session::use_session;

/// Whether the logged-in person may read the statistics (institution staff, platform admins).
pub fn may_read_statistics() -> bool {
    use_session()
        .user()
        .is_some_and(|u| matches!(u.role, Role::InstitutionStaff | Role::PlatformAdmin))
}

/// The period of the page's URL (`from`, `to`: `YYYY-MM-DD`; the API's default otherwise),
/// and `demo=true` to count the demo data too.
pub fn period_query(params: &ParamsMap) -> StatisticsQuery {
    StatisticsQuery {
        from: get(params, "from").and_then(|d| parse_date(&d)),
        to: get(params, "to").and_then(|d| parse_date(&d)),
        include_demo: get(params, "demo").map(|v| v == "true").filter(|d| *d),
        format: None,
    }
}

/// A whole number with the language's digit grouping (1.234 · 1 234 · 1,234).
// (`is_multiple_of` needs Rust 1.87; the workspace supports 1.85.)
#[allow(clippy::manual_is_multiple_of)]
pub fn format_count(lang: Language, n: u64) -> String {
    let digits = n.to_string();
    let separator = match lang {
        Language::De => ".",
        Language::Cs => "\u{a0}",
        Language::En => ",",
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

/// What a count is grouped by.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    Country,
    Region,
    Kind,
    Size,
    OpportunityType,
    CloseOutcome,
    MeetingOutcome,
}

/// The name of a key of a grouped count in `lang` (`none`: "not given").
pub fn key_label(
    dimension: Dimension,
    key: &str,
    lang: Language,
    regions: &Option<Arc<Vec<RegionItem>>>,
) -> String {
    if key == "none" {
        return glokal_i18n::t(lang, "stats-none");
    }
    let label = match dimension {
        Dimension::Country => Some(country_label(key)),
        Dimension::Region => region_label(regions, key),
        Dimension::Kind => from_wire_name(key).map(kind_label),
        Dimension::Size => from_wire_name(key).map(size_label),
        Dimension::OpportunityType => Some(crate::i18n::Label::Dyn(
            format!("opp-type-{key}"),
            key.to_owned(),
        )),
        Dimension::CloseOutcome => Some(crate::i18n::Label::Dyn(
            format!("opp-outcome-{key}"),
            key.to_owned(),
        )),
        Dimension::MeetingOutcome => Some(crate::i18n::Label::Dyn(
            format!("mm-outcome-{key}"),
            key.to_owned(),
        )),
    };
    label
        .map(|l| l.text_in(lang))
        .unwrap_or_else(|| key.to_owned())
}
