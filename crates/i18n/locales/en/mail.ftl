## E-mails

mail-greeting = Hello { $name },
mail-signature = Your Glokal team
    Glocalisation – think globally, act locally
mail-footer = This e-mail was sent automatically by Glokal, the network platform for SMEs and economic-development institutions in the Saxon–Czech border region.
mail-verify-subject = Please confirm your e-mail address
mail-verify-body = thank you for registering with Glokal. Please confirm your e-mail address by opening the following link:
mail-verify-expiry = The link is valid for { $hours } hours. If you did not register, you can ignore this e-mail.
mail-reset-subject = Reset your password
mail-reset-body = we received a request to reset the password of your Glokal account. You can choose a new password with the following link:
mail-reset-expiry = The link is valid for { $minutes } minutes. If you did not ask for this, ignore this e-mail; your password stays unchanged.
mail-password-changed-subject = Your password was changed
mail-password-changed-body = the password of your Glokal account was just changed and all sessions were logged out. If this was not you, please reset your password right away:
mail-account-deleted-subject = Your Glokal account was deleted
mail-account-deleted-body = As you asked, your account and all personal data were deleted. Thank you for using Glokal.
mail-greeting-anonymous = Hello,
mail-role-owner = owner
mail-role-editor = editor
mail-member-added-subject = You are now a member of { $organization }
mail-member-added-body = { $inviter } added you to { $organization } on Glokal as { $role }. You can now edit the organisation's profile:
mail-invitation-subject = Invitation to { $organization } on Glokal
mail-invitation-body = { $inviter } invites you to join { $organization } on Glokal, the network platform for companies and institutions in the Saxon–Czech border region, as { $role }. Open the link to create an account or log in and accept:
mail-invitation-expiry = The invitation is valid for { $days } days. If you do not know the sender, you can ignore this e-mail.
mail-event-registered-subject = Registration confirmed: { $event }
mail-event-registered-body = you are registered for { $event } on behalf of { $organization }. The calendar entry is attached to this e-mail.
mail-event-when = When: { $when }
mail-event-where = Where: { $where }
mail-event-online = Online: { $url }
mail-event-details = All details of the event:
mail-event-waiting-subject = Waiting list: { $event }
mail-event-waiting-body = { $event } is fully booked. We have put you on the waiting list on behalf of { $organization }, at position { $position }. If a place becomes free, you move up automatically and we will let you know by e-mail.
mail-event-promoted-subject = A place has become free: { $event }
mail-event-promoted-body = a place has become free at { $event }: your registration on behalf of { $organization } is now confirmed. The calendar entry is attached to this e-mail.
mail-event-cancelled-subject = Cancelled: { $event }
mail-event-cancelled-body = we are sorry to tell you that the organiser { $organizer } has cancelled { $event } ({ $when }).
mail-event-cancelled-reason = The organiser's reason: { $reason }
mail-conversation-started-subject = { $organization } would like to get in touch
mail-message-received-subject = New message from { $organization }
mail-conversation-body = { $sender } of { $organization } wrote to { $recipient } on Glokal:
mail-conversation-subject-line = Subject: { $subject }
mail-conversation-link = Read and reply:
mail-conversation-throttle = You get at most one e-mail per conversation every { $minutes } minutes; all messages are waiting for you on Glokal.
mail-meeting-request-subject = Meeting request from { $organization }: { $event }
mail-meeting-request-body = { $organization } ({ $country }) would like to meet you at { $event }.
mail-meeting-request-message = Their message:
mail-meeting-request-answer = Please accept or decline the request by { $until }; after that it expires:
mail-meeting-accepted-subject = Meeting request accepted: { $organization }
mail-meeting-accepted-body = { $organization } accepted your meeting request for { $event }. The organisers set time and table; you will receive your schedule by e-mail as soon as it is published.
mail-meeting-declined-subject = Meeting request declined: { $organization }
mail-meeting-declined-body = { $organization } has declined your meeting request for { $event }. You will find further suitable partners in the list of participants:
mail-meeting-link = To the matchmaking:
mail-schedule-subject = Your meetings: { $event }
mail-schedule-published-body = the organisers of { $event } have published the matchmaking schedule. Your meetings:
mail-schedule-changed-body = the matchmaking schedule of { $event } has changed. Your meetings now:
mail-schedule-line = { $when }, { $table }: { $organization }
mail-schedule-interpreter-missing = (no shared language, no interpreter free)
mail-schedule-none = At the moment no meeting is planned for you.
mail-schedule-ics = The meetings are attached to this e-mail as a calendar file. You also find your schedule here:
mail-follow-up-subject = What came of your meetings? { $event }
mail-follow-up-body = three months ago you met other organisations at { $event }. What came of it? Rating your meetings takes a minute and helps the Glocalisation project show its impact. Not rated yet:
mail-follow-up-link = Rate your meetings here:
mail-shortage-subject = Urgently needed near you: { $title }
mail-shortage-body = { $organization } from { $town } ({ $country }) has reported a shortage on Glokal that { $recipient } might help with.
mail-shortage-distance = The distance is about { $km } km.
mail-shortage-quantity = Quantity: { $quantity }
mail-shortage-needed-by = Needed by: { $date }
mail-shortage-reply-by = Please reply by: { $date }
mail-shortage-why = Why you receive this alert:
mail-shortage-link = View the alert and express interest:
mail-shortage-unsubscribe = Stop shortage alerts by e-mail (one click, no login needed):
mail-digest-subject = { $count ->
    [one] One new hit for “{ $search }”
   *[other] { $count } new hits for “{ $search }”
}
mail-digest-body = { $count ->
    [one] there is one new hit for your saved search “{ $search }”:
   *[other] there are { $count } new hits for your saved search “{ $search }”:
}
mail-digest-more = … and { $count } more.
mail-digest-link = See all hits:
mail-digest-unsubscribe = Stop e-mails about this search (one click, no login needed):
