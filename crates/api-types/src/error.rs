use std::collections::BTreeMap;
use std::fmt;

/// The one error body of the whole API.
///
/// `code` is stable and machine-readable (the SPA translates it), `message` is a
/// human-readable text in the caller's language (`Accept-Language`), and `fields`
/// maps a request field to the code of what is wrong with it (422 only).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "code": "validation_failed",
    "message": "Bitte prüfen Sie die markierten Felder.",
    "fields": {"password": "password_too_short"}
})))]
pub struct ErrorBody {
    /// Stable machine-readable code.
    pub code: ErrorCode,
    /// Human-readable explanation in the caller's language.
    pub message: String,
    /// Per-field error codes (e.g. `invalid_email`, `password_too_short`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<BTreeMap<String, String>>,
}

macro_rules! error_codes {
    ($($(#[doc = $doc:literal])* $variant:ident => $code:literal, $status:literal;)*) => {
        /// Every error code the API can answer with, and its HTTP status.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[serde(rename_all = "snake_case")]
        pub enum ErrorCode {
            $($(#[doc = $doc])* $variant,)*
        }

        impl ErrorCode {
            /// All codes, for documentation and translation checks.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant,)*];

            /// The stable snake_case code.
            pub fn as_str(self) -> &'static str {
                match self { $(ErrorCode::$variant => $code,)* }
            }

            /// The HTTP status that goes with this code.
            pub fn status(self) -> u16 {
                match self { $(ErrorCode::$variant => $status,)* }
            }
        }
    };
}

error_codes! {
    /// The request is malformed (query string, path or headers).
    BadRequest => "bad_request", 400;
    /// The body is not valid JSON or does not match the expected shape.
    InvalidJson => "invalid_json", 400;
    /// A confirmation or reset link is unknown, used or expired.
    LinkInvalid => "link_invalid", 400;
    /// No or an unusable access token was sent.
    Unauthorized => "unauthorized", 401;
    /// The access token has expired: refresh it.
    TokenExpired => "token_expired", 401;
    /// E-mail address or password is wrong.
    InvalidCredentials => "invalid_credentials", 401;
    /// The refresh token is missing, unknown, expired or revoked.
    RefreshTokenInvalid => "refresh_token_invalid", 401;
    /// A rotated refresh token was used again; the whole session family was revoked.
    RefreshTokenReused => "refresh_token_reused", 401;
    /// The caller may not do this.
    Forbidden => "forbidden", 403;
    /// The e-mail address has not been confirmed yet.
    EmailNotVerified => "email_not_verified", 403;
    /// The current password given to confirm an action is wrong.
    WrongPassword => "wrong_password", 403;
    /// One of the two organisations has blocked the other: no new conversations or messages.
    Blocked => "blocked", 403;
    /// Only participants of the event's Kooperationsbörse (confirmed registrations) may do this.
    NotAParticipant => "not_a_participant", 403;
    /// The API token lacks the scope this operation needs.
    InsufficientScope => "insufficient_scope", 403;
    /// The resource does not exist.
    NotFound => "not_found", 404;
    /// The company register has no company with this id.
    CompanyNotFound => "company_not_found", 404;
    /// The HTTP method is not supported on this path.
    MethodNotAllowed => "method_not_allowed", 405;
    /// The e-mail address is already registered.
    EmailTaken => "email_taken", 409;
    /// An organisation must keep at least one owner: make someone else owner first.
    LastOwner => "last_owner", 409;
    /// This person is already a member of the organisation.
    AlreadyMember => "already_member", 409;
    /// The opportunity is closed and can no longer be changed.
    OpportunityClosed => "opportunity_closed", 409;
    /// Only published (or expired) opportunities can be closed; delete a draft instead.
    OpportunityNotPublished => "opportunity_not_published", 409;
    /// Only drafts can be deleted; close a published opportunity instead.
    OpportunityNotDraft => "opportunity_not_draft", 409;
    /// Registration for this event is not open: not published yet, deadline passed, closed,
    /// over or cancelled.
    RegistrationClosed => "registration_closed", 409;
    /// The caller is already registered for this event (or on its waiting list).
    AlreadyRegistered => "already_registered", 409;
    /// The event's state does not allow this (e.g. publishing a published event, deleting one
    /// that is not a draft, changing a cancelled or past event).
    InvalidEventState => "invalid_event_state", 409;
    /// Only confirmed registrations can be checked in (not the waiting list).
    NotConfirmed => "not_confirmed", 409;
    /// The offer or request is closed or expired: interest can no longer be expressed.
    OpportunityNotOpen => "opportunity_not_open", 409;
    /// The same first message was sent to another organisation within the last 24 hours.
    DuplicateMessage => "duplicate_message", 409;
    /// The report has already been resolved.
    ReportResolved => "report_resolved", 409;
    /// The caller's earlier report on this profile or offer is still open.
    AlreadyReported => "already_reported", 409;
    /// Only an "ask an expert" question can be handed over or closed.
    NotAnExpertQuestion => "not_an_expert_question", 409;
    /// The organisation is suspended by the moderators: it cannot publish or contact anyone.
    OrganizationSuspended => "organization_suspended", 403;
    /// The event has no Kooperationsbörse, or its organisers have not set it up yet.
    MatchmakingUnavailable => "matchmaking_unavailable", 409;
    /// Meeting requests can no longer be sent or answered: the booking deadline has passed or
    /// the event was cancelled.
    MatchmakingClosed => "matchmaking_closed", 409;
    /// There already is an open, accepted or declined request between these two participants.
    MeetingRequestExists => "meeting_request_exists", 409;
    /// The meeting request was already answered, cancelled, or has expired.
    MeetingRequestNotPending => "meeting_request_not_pending", 409;
    /// The change would move or remove published meetings (slots or tables they use).
    ScheduleConflict => "schedule_conflict", 409;
    /// There is no draft schedule to publish: run `schedule_meetings` first.
    NoDraftSchedule => "no_draft_schedule", 409;
    /// The meeting has not taken place yet (or is not in the published schedule).
    MeetingNotHeld => "meeting_not_held", 409;
    /// An account may keep at most 20 saved searches.
    TooManySavedSearches => "too_many_saved_searches", 409;
    /// The request body is too large.
    PayloadTooLarge => "payload_too_large", 413;
    /// An attachment is larger than 10 MiB.
    AttachmentTooLarge => "attachment_too_large", 413;
    /// The body's content type is not supported (send `application/json`).
    UnsupportedMediaType => "unsupported_media_type", 415;
    /// Attachments must be PDF, PNG, JPEG or WebP files.
    UnsupportedAttachmentType => "unsupported_attachment_type", 415;
    /// One or more fields are invalid; see `fields`.
    ValidationFailed => "validation_failed", 422;
    /// The upload is not a PNG, JPEG or WebP image, or cannot be decoded.
    InvalidImage => "invalid_image", 422;
    /// The file claims to be a PDF, PNG, JPEG or WebP file (by its name or declared type) but its
    /// content is something else.
    AttachmentTypeMismatch => "attachment_type_mismatch", 422;
    /// Too many attempts; retry after the `Retry-After` seconds.
    RateLimited => "rate_limited", 429;
    /// An unexpected error on our side; it has been logged.
    InternalError => "internal_error", 500;
    /// A dependency (the database) is not reachable.
    ServiceUnavailable => "service_unavailable", 503;
    /// The company register (ARES) did not answer in time or answered with an error; try again later.
    RegistryUnavailable => "registry_unavailable", 503;
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
