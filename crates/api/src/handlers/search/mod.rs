//! `/api/v1/search`: one cross-lingual search over organisations and opportunities, and
//! suggestions for the search box (public).

#[allow(clippy::module_inception)] // one handler per file, named like its operation
pub mod search;
pub mod suggest;
