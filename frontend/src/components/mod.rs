//! Building blocks shared by the pages.

pub mod alert;
pub mod bell;
pub mod chips;
pub mod combobox;
pub mod dialog;
pub mod download;
pub mod footer;
pub mod form;
pub mod fresh;
pub mod header;
pub mod lang_tabs;
pub mod language_switcher;
pub mod leave_guard;
pub mod logo;
pub mod require_login;
pub mod search_box;
pub mod spinner;
pub mod task;
