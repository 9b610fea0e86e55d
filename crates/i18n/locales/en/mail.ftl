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
mail-conversation-started-subject = { $organization } would like to get in touch
mail-message-received-subject = New message from { $organization }
mail-conversation-body = { $sender } of { $organization } wrote to { $recipient } on Glokal:
mail-conversation-subject-line = Subject: { $subject }
mail-conversation-link = Read and reply:
mail-conversation-throttle = You get at most one e-mail per conversation every { $minutes } minutes; all messages are waiting for you on Glokal.
