//! Cross-cutting request handling: request logging and translated error bodies.

mod request_log;
mod translate_errors;

pub use request_log::request_log;
pub use translate_errors::translate_errors;
