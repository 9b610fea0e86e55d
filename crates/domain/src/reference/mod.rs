//! Reference data shipped in the repository (see `data/SOURCES.md`): NACE Rev. 2 in three
//! languages, the programme area's regions, towns with coordinates, certifications and
//! spoken languages.
//!
//! Parsed once on first use; the SPA does not link it (it asks the API).

pub mod certifications;
mod fold;
mod labels;
pub mod nace;
pub mod places;
pub mod regions;
pub mod spoken_languages;

pub use fold::fold;
pub use labels::Labels;
