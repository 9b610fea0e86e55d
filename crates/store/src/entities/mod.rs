//! sea-orm entity definitions, one module per table (plain data, no behaviour).

pub mod conversation;
pub mod conversation_message;
pub mod conversation_read;
pub mod conversation_report;
pub mod event;
pub mod event_co_organizer;
pub mod event_registration;
pub mod mail_outbox;
pub mod matchmaking_follow_up;
pub mod matchmaking_profile;
pub mod matchmaking_settings;
pub mod meeting;
pub mod meeting_rating;
pub mod meeting_request;
pub mod message_attachment;
pub mod notification;
pub mod opportunity;
pub mod organization;
pub mod organization_block;
pub mod organization_certification;
pub mod organization_invitation;
pub mod organization_member;
pub mod refresh_token;
pub mod search_change;
pub mod user;
pub mod user_token;
