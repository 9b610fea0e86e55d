//! Liveness, readiness and public server facts.

pub mod get_server_info;
pub mod healthz;
pub mod readyz;
