//! Cross-cutting request handling: request logging, translated error bodies, `ETag`s.

mod etag;
mod request_log;
mod translate_errors;

pub use etag::etag;
pub use request_log::request_log;
pub use translate_errors::translate_errors;
