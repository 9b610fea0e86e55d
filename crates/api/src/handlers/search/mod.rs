//! `/api/v1/search`: one cross-lingual search over organisations and opportunities, and
//! suggestions for the search box (public).

pub mod search;
pub mod suggest;
