//! sea-orm entity definitions, one module per table (plain data, no behaviour).

pub mod mail_outbox;
pub mod opportunity;
pub mod organization;
pub mod organization_certification;
pub mod organization_invitation;
pub mod organization_member;
pub mod refresh_token;
pub mod search_change;
pub mod user;
pub mod user_token;
