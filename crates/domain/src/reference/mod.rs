//! Reference data shipped in the repository (see `data/SOURCES.md`): NACE Rev. 2 in three
//! languages, the programme area's regions, and towns with coordinates.
//!
//! Parsed once on first use; the SPA does not link it (it asks the API).

mod fold;
mod labels;
pub mod nace;
pub mod places;
pub mod regions;

pub use fold::fold;
pub use labels::Labels;
