//! Building blocks shared by the pages.

pub mod alert;
pub mod footer;
pub mod form;
pub mod header;
pub mod language_switcher;
pub mod logo;
pub mod require_login;
pub mod spinner;
pub mod task;
