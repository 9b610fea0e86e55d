//! `/api/v1/statistics*`: the programme's indicators for institution staff and platform
//! admins, with the organisations behind the cross-border indicator (JSON or CSV).

pub mod get_statistics;
pub mod list_cooperating_organizations;

use chrono::{Datelike, Months, Utc};
use glokal_api_types::StatisticsQuery;
use glokal_store::statistics::Period;

use crate::error::{ApiError, ApiResult};

/// Longest period in days (a programme runs seven years).
const MAX_DAYS: i64 = 7 * 366;

/// The period asked for (default: the twelve calendar months up to today), checked.
pub(crate) fn period(query: &StatisticsQuery) -> ApiResult<Period> {
    let today = Utc::now().date_naive();
    let to = query.to.unwrap_or(today);
    // Default: the twelve calendar months up to `to`'s month.
    let from = query.from.unwrap_or_else(|| {
        to.with_day(1)
            .and_then(|first| first.checked_sub_months(Months::new(11)))
            .unwrap_or(to)
    });
    if from > to {
        return Err(ApiError::field("from", "after_end"));
    }
    if (to - from).num_days() > MAX_DAYS {
        return Err(ApiError::field("from", "out_of_range"));
    }
    Ok(Period {
        from,
        to,
        include_demo: query.include_demo.unwrap_or(false),
    })
}

/// Whether a CSV file was asked for (`format=csv`); other formats are refused.
pub(crate) fn wants_csv(query: &StatisticsQuery) -> ApiResult<bool> {
    match query.format.as_deref().map(str::trim) {
        None | Some("") | Some("json") => Ok(false),
        Some("csv") => Ok(true),
        Some(_) => Err(ApiError::field("format", "unknown_value")),
    }
}
