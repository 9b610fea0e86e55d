## API errors (code → text). Shared by the server's error messages and the SPA.

error-bad_request = The request is malformed.
error-invalid_json = The data sent is incomplete or malformed.
error-link_invalid = This link is invalid or has expired. Please request a new one.
error-unauthorized = Please log in.
error-token_expired = Your session has expired. Please log in again.
error-invalid_credentials = The e-mail address or password is wrong.
error-refresh_token_invalid = Your session is no longer valid. Please log in again.
error-refresh_token_reused = Your session was ended for security reasons. Please log in again.
error-forbidden = You are not allowed to do this.
error-email_not_verified = Please confirm your e-mail address first, using the link in our e-mail.
error-wrong_password = The password you entered is wrong.
error-not_found = What you are looking for was not found.
error-method_not_allowed = This action is not possible here.
error-email_taken = An account with this e-mail address already exists.
error-payload_too_large = The data sent is too large.
error-unsupported_media_type = This data format is not supported.
error-validation_failed = Please check the highlighted fields.
error-rate_limited = Too many attempts. Please wait a moment and try again.
error-internal_error = An unexpected error occurred. Please try again later.
error-service_unavailable = The service is temporarily unavailable.
error-company_not_found = No company with this IČO was found in the Czech business register (ARES).
error-registry_unavailable = The Czech business register (ARES) cannot be reached at the moment. Please try again later or fill in the details yourself.
error-opportunity_closed = This offer or request is closed and can no longer be changed.
error-opportunity_not_published = Only published offers and requests can be closed. A draft can be deleted.
error-opportunity_not_draft = Only drafts can be deleted. Close published offers and requests instead.
error-network = Cannot reach the server. Please check your internet connection.

## Field checks (code → text)

field-required = Please fill in this field.
field-invalid_email = Please enter a valid e-mail address.
field-password_too_short = The password must be at least 10 characters long.
field-password_too_long = The password may be at most 128 characters long.
field-password_too_common = This password is too common. Please choose another one.
field-display_name_too_long = The name may be at most 100 characters long.
field-control_characters = Please do not use control characters.
field-unknown_language = This language is not supported.
field-invalid_ico = Please enter a valid IČO (Czech company ID, 8 digits).
field-passwords_do_not_match = The passwords do not match.
field-unknown_nace_code = This NACE code does not exist.
field-too_long = The text is too long.
field-invalid_url = Please enter a valid web address (https://…).
field-invalid_country = Please enter a country code such as DE or CZ.
field-out_of_range = This value is out of the allowed range.
field-unknown_value = We do not know this value. Please choose it from the list.
field-invalid_near = Please choose a place from the list or give coordinates as "latitude,longitude".
field-unknown_place = We do not know this place. Please choose it from the list.
field-text_required = Please enter the text in at least one language.
field-too_many = These are too many entries.
field-invalid_phone = Please enter a valid phone number.
field-unknown_user = No account is registered with this e-mail address.
error-last_owner = An organisation must keep at least one owner. Make someone else owner first.
error-already_member = This person is already a member of the organisation.
error-registration_closed = Registration for this event is not possible: it has not been published yet, the registration deadline has passed, or the event is over or cancelled.
error-already_registered = You are already registered for this event or on its waiting list.
error-invalid_event_state = This is not possible in the event's current state.
error-not_confirmed = Only confirmed registrations can be checked in, not the waiting list.
field-invalid_datetime = Please enter date and time with a time zone (e.g. 2027-03-11T09:00:00+01:00).
field-ends_before_start = The end must be after the start.
field-deadline_after_end = The registration deadline must be before the end of the event.
field-not_a_member = You are not a member of this organisation.
field-below_registrations = More people have already registered.
field-cannot_change = This value can no longer be changed.
calendar-name = Glokal events
error-invalid_image = Please upload a PNG, JPEG or WebP image.
field-unknown_certification = Please choose a certification from the list.
field-invalid_cursor = This page link is no longer valid. Please start from the first page.
field-not_applicable = This does not apply to this kind of offer or request.
field-unknown_organization = This organisation does not exist.
field-immutable = This value cannot be changed later.
field-cannot_unpublish = A published offer cannot become a draft again. Close it instead.
field-date_in_past = This date lies in the past.
field-date_too_far = The date may be at most one year ahead.
field-before_start = The end may not be before the start.

## Contact and messaging

error-blocked = Messages between these two organisations are blocked.
error-opportunity_not_open = This offer or request is no longer open.
error-duplicate_message = You already sent this message to another organisation in the last 24 hours. Please write each recipient a message of its own.
error-report_resolved = This report has already been resolved.
error-attachment_too_large = The file is too large (at most 10 MiB).
error-unsupported_attachment_type = Only PDF, PNG, JPEG and WebP files can be attached.
error-attachment_type_mismatch = The file's content does not match its type. Only genuine PDF, PNG, JPEG and WebP files can be attached.
field-same_organization = An organisation cannot write to itself.
field-not_an_expert = Experts can only be asked at chambers, clusters, research institutions, development agencies and associations.
field-not_opportunity_organization = This offer or request belongs to another organisation.
field-unknown_opportunity = This offer or request does not exist.
field-unknown_attachment = This file was not found or has already been sent.
notification-conversation-started-title = New conversation from { $organization }
notification-conversation-started-body = { $sender } wrote to { $recipient }: { $preview }
notification-message-received-title = New message from { $organization }
notification-message-received-body = { $sender } wrote to { $recipient }: { $preview }
field-not_an_institution = Only chambers, clusters, associations, research institutions, development agencies and public bodies can verify organisations.
field-registry_mismatch = The name in the business register differs from the name in the profile. Please correct the name or the IČO.

## Kooperationsbörse (B2B matchmaking)

error-not_a_participant = Only participants of the matchmaking (with a confirmed registration for the event) can do this.
error-insufficient_scope = This API token lacks the permission (scope) this request needs.
error-matchmaking_unavailable = This event has no B2B matchmaking, or the organisers have not set it up yet.
error-matchmaking_closed = Meeting requests are no longer possible: the booking deadline has passed or the event was cancelled.
error-meeting_request_exists = There already is an open, accepted or declined meeting request between you and this participant.
error-meeting_request_not_pending = This meeting request has already been answered, withdrawn, or has expired.
error-schedule_conflict = This change would move or remove meetings that have already been published.
error-no_draft_schedule = There is no draft schedule yet. Please schedule the meetings first.
error-meeting_not_held = This meeting has not taken place yet or is not in the published schedule.
error-too_many_saved_searches = You can save at most 20 searches. Delete one to save a new one.
field-cannot_request_self = You cannot ask yourself for a meeting.
field-own_organization = Meetings with your own organisation are not intended.
field-too_many_slots = This gives too many meeting rounds (at most 128). Please choose longer meetings or shorter times.
field-no_slots = Not a single meeting round fits into these times.
field-overlapping = The periods overlap.
field-outside_event = This period lies outside the event.
field-unknown_slot = This meeting round does not exist.
matchmaking-unscheduled-invalid = The published time is no longer possible (round, table or attendance changed).
matchmaking-unscheduled-no_common_slot = The two are never there at the same time.
matchmaking-unscheduled-meeting_limit = One side already has as many meetings as they want at most.
matchmaking-unscheduled-no_free_slot = At the times both are there, they already meet others or all tables are taken.
matchmaking-unscheduled-fixed_conflict = The published time collides with another published meeting.
matchmaking-suggestion-shared_nace = Same industry (NACE { $values })
matchmaking-suggestion-related_nace = Related industry (NACE { $values })
matchmaking-suggestion-shared_keywords = Shared keywords: { $values }
matchmaking-suggestion-matches_seek = Fits what is looked for: { $values }
matchmaking-suggestion-cross_border = Cross-border ({ $values })
matchmaking-table = Table { $table }
matchmaking-interpreter-table = Table { $table } (with interpreter)
matchmaking-ics-summary = Meeting: { $organization }
matchmaking-ics-contact = Contact: { $name } <{ $email }>
matchmaking-ics-interpreter-missing = You share no language and no interpreter table was free.
match-reason-counterpart = Matching counterpart: { $type }
match-reason-shared-terms = Both mention: { $terms }
match-reason-same-activity = Same or related activity: { $activity }
match-reason-distance = { $km } km away ({ $town })
match-reason-cross-border = Partner across the border: { $country }
match-reason-certifications = Holds the certifications asked for: { $certifications }
notification-shortage-alert-title = Shortage near you: { $title }
notification-shortage-alert-body = { $organization } ({ $town }) needs help by { $needed_by }. Replies by { $reply_by }.
notification-saved-search-title = { $count ->
    [one] One new hit for “{ $search }”
   *[other] { $count } new hits for “{ $search }”
}
notification-saved-search-body = New: { $titles }
