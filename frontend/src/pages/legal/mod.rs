//! Legally required pages.

pub mod imprint;
pub mod privacy;
