//! `/api/v1/me/saved-searches*`: searches a person keeps, with notifications of new hits
//! (`saved_search_worker` reports them), and their checks.

pub mod create_saved_search;
pub mod delete_saved_search;
pub mod list_saved_searches;
pub mod update_saved_search;

use glokal_api_types::{SavedSearchInput, SearchQuery};
use glokal_store::saved_searches::SavedSearchFields;

use crate::error::{ApiError, ApiResult};
use crate::handlers::search::search::request;
use crate::lang::RequestLanguage;

/// Most saved searches per account.
pub const MAX_PER_USER: u64 = 20;

/// Checks name and search (the search exactly as `search` checks it, errors as `query.<field>`);
/// paging and sort are not kept.
pub(crate) fn fields(input: SavedSearchInput) -> ApiResult<SavedSearchFields> {
    let name = input.name.trim().to_owned();
    if name.is_empty() {
        return Err(ApiError::field("name", "required"));
    }
    if name.chars().count() > 100 {
        return Err(ApiError::field("name", "too_long"));
    }
    if name.chars().any(char::is_control) {
        return Err(ApiError::field("name", "control_characters"));
    }
    let query = SearchQuery {
        page: None,
        per_page: None,
        sort: None,
        ..input.query
    };
    request(query.clone(), RequestLanguage(None)).map_err(|err| match err {
        ApiError::Validation(map) => ApiError::Validation(
            map.into_iter()
                .map(|(k, v)| (format!("query.{k}"), v))
                .collect(),
        ),
        other => other,
    })?;
    Ok(SavedSearchFields {
        name,
        query,
        frequency: input.frequency,
        email: input.email,
    })
}
