## Texts of the single-page app

app-name = Glokal
app-tagline = Think globally, act locally – the network for the Saxon–Czech border region.

## Shared

common-loading = Loading…
common-dismiss = Dismiss
skip-to-content = Skip to content
form-optional = (optional)
alert-retry-after = Please try again in { $seconds } seconds.
password-show = Show
password-hide = Hide
password-hint = At least 10 characters. A short sentence is easy to remember and hard to guess.

## Header and navigation

nav-label = Main navigation
nav-home = Home
nav-home-label = Glokal – home page
nav-menu = Menu
nav-menu-close = Close
nav-login = Log in
nav-register = Register
nav-account = My account
nav-logout = Log out
lang-switcher-label = Language
lang-switch-to = Switch language: { $language }
logout-done = You have been logged out. See you soon!

## Footer

footer-nav-label = Legal and developers
footer-imprint = Imprint
footer-privacy = Privacy policy
footer-api-docs = API documentation
footer-interreg-short = Co-funded by the European Union
footer-interreg = Glokal is developed in the project “Glocalisation – think globally, act locally” of the Interreg Saxony – Czech Republic 2021–2027 cooperation programme.
footer-copyright = © Glokal contributors
footer-licence = Open source under the MIT licence
footer-version = Version { $version }

## Home page

home-title = Network platform for the Saxon–Czech border region
home-hero-eyebrow = Saxony · Czech Republic
home-hero-title = Cooperate across the border. Grow together.
home-hero-lead = Glokal brings small and medium-sized enterprises together with chambers, clusters, development agencies and universities in the Saxon–Czech border region – in German, Czech and English.
home-cta-register = Register for free
home-cta-login = Log in
home-cta-account = Go to my account
home-welcome = Welcome back, { $name }!
home-features-title = What Glokal offers
home-feature-coming-soon = Coming soon
home-features-lead = One place for everything that makes cross-border cooperation easier.
home-feature-profiles-title = Company profiles
home-feature-profiles-text = Present your company, its skills and products in three languages and be found by partners on both sides of the border.
home-feature-market-title = Offers and requests
home-feature-market-text = Publish offers and requests, from free production capacity to services. Report supply shortages and quickly find alternative suppliers in the region.
home-feature-partners-title = Cross-border partner search
home-feature-partners-text = Find suppliers, customers and research partners in Saxony and the Czech Republic by industry, region and language.
home-feature-events-title = Cooperation events
home-feature-events-text = Discover matchmaking events and cooperation exchanges, register and arrange your meetings in advance.
home-feature-institutions-title = Institutions
home-feature-institutions-text = Chambers, clusters, development agencies and universities present their support and accompany companies on the way to new partners.
home-steps-title = How it works
home-step-1-title = Register
home-step-1-text = Create a free account with your e-mail address – it only takes a minute.
home-step-2-title = Present yourself
home-step-2-text = Describe your company or institution and what you are looking for.
home-step-3-title = Cooperate
home-step-3-text = Find partners, answer requests and meet at cooperation events.
home-audience-title = For whom is Glokal?
home-audience-sme-title = Small and medium-sized enterprises
home-audience-sme-text = Find new customers and suppliers across the border, secure your supply chains and make contacts without language barriers.
home-audience-institutions-title = Chambers, clusters and universities
home-audience-institutions-text = Reach the companies of the region, announce events and support programmes, and connect partners who belong together.
home-region-title = Made for the border region
home-region-text = Glokal is open-source software, operated in the region. Every text is available in German, Czech and English, and the platform works without tracking or external services.
home-fact-languages = languages
home-fact-countries = countries, one region
home-fact-open-source = open source
home-cta-title = Ready for new partners?
home-cta-text = Registration is free and takes one minute.

## Log in

login-title = Log in
login-lead = Welcome back! Log in with your e-mail address and password.
login-email = E-mail address
login-password = Password
login-submit = Log in
login-forgot = Forgot your password?
login-no-account = No account yet?
login-register-link = Register now
login-already = You are already logged in.
login-resend-text = Did not receive the confirmation e-mail? We will gladly send it again.
login-resend = Send confirmation e-mail again
login-resend-sent = We have sent a new confirmation e-mail. Please check your inbox.

## Registration

register-title = Create an account
register-lead = Register for free and connect with companies and institutions in the border region.
register-display-name = Your name
register-display-name-hint = Shown to other members, e.g. “Jana Nováková”.
register-email = E-mail address
register-password = Password
register-password-repeat = Repeat password
register-submit = Create account
register-privacy-note = We use your data only to run your account.
register-terms-before = I have read and accept the
register-terms-link = privacy policy and terms of use
register-terms-after = (version of { $version }).
register-have-account = Already registered?
register-login-link = Log in
register-success-title = Please check your inbox
register-success-text = We have sent a confirmation link to { $email }. Open it to activate your account.
register-success-hint = No e-mail after a few minutes? Please check your spam folder or request a new one.

## E-mail confirmation

verify-title = Confirm e-mail address
verify-pending = Confirming your e-mail address…
verify-success-title = E-mail address confirmed
verify-success-text = Thank you! Your account is now active.
verify-login = Log in
verify-failed-hint = Log in with your e-mail address and password to request a new confirmation link.

## Forgotten password

forgot-title = Forgot your password?
forgot-lead = Enter your e-mail address and we will send you a link to choose a new password.
forgot-email = E-mail address
forgot-submit = Send link
forgot-success = If an account exists for this address, we have sent it a link to reset the password. Please check your inbox.
forgot-back = Back to login

## Reset password

reset-title = Choose a new password
reset-lead = Choose a new password for your account. You will be logged out everywhere else.
reset-password = New password
reset-password-repeat = Repeat new password
reset-submit = Save password
reset-success = Your password has been changed. You can now log in with your new password.
reset-login = Log in
reset-request-new = Request a new link

## Account

account-title = My account
account-lead = Manage your profile, your password and your data.
account-profile-title = Profile
account-email = E-mail address
account-email-verified = confirmed
account-role = Role
account-member-since = Member since
account-display-name = Name
account-language = Preferred language
account-language-hint = For our e-mails and as your default language on Glokal.
account-save = Save changes
account-saved = Your changes have been saved.
account-password-title = Change password
account-password-lead = After the change you will be logged out on all other devices.
account-current-password = Current password
account-new-password = New password
account-new-password-repeat = Repeat new password
account-password-submit = Change password
account-password-changed = Your password has been changed. Other devices have been logged out.
account-export-title = Your data
account-export-text = Download all personal data we hold about you as a JSON file.
account-export-submit = Download data export
account-export-done = The data export has been downloaded.
account-delete-title = Delete account
account-delete-text = Deleting your account permanently removes your profile and all personal data. This cannot be undone.
account-delete-open = Delete account…
account-delete-dialog-title = Really delete your account?
account-delete-dialog-text = Please enter your password to confirm. Your account and all personal data will be deleted immediately.
account-delete-password = Password
account-delete-confirm = Delete permanently
account-delete-cancel = Cancel
common-cancel = Cancel
account-deleted = Your account and all personal data have been deleted. Thank you for using Glokal.
role-member = Member
role-institution_staff = Institution staff
role-platform_admin = Platform administration

## Not found

notfound-title = Page not found
notfound-text = The page you are looking for does not exist or has moved.
notfound-home = Back to the home page

## Imprint

imprint-title = Imprint
imprint-lead = Information about the provider of this Glokal installation.
imprint-provider-title = Provider
imprint-provider-text = This installation of Glokal is operated by the organisation named here by the operator (name, legal form, address, authorised representatives, register entry and VAT identification number).
imprint-contact-title = Contact
imprint-contact-text = E-mail and telephone number of the operator, as entered by the operator of this installation.
imprint-responsible-title = Responsible for the content
imprint-responsible-text = Members and institutions are responsible for the profiles, offers and events they publish. The operator removes unlawful content as soon as it becomes aware of it.
imprint-project-title = Project
imprint-project-text = Glokal was created in the project “Glocalisation – think globally, act locally” of the Interreg Saxony – Czech Republic 2021–2027 cooperation programme, co-funded by the European Union.
imprint-software-title = Software
imprint-software-text = Glokal is open-source software under the MIT licence. © Glokal contributors.
imprint-disputes-title = Dispute resolution
imprint-disputes-text = We are neither obliged nor willing to take part in dispute resolution proceedings before a consumer arbitration board.

## Privacy policy

privacy-title = Privacy policy
privacy-lead = We process only the personal data needed to run the platform. Here you find what, why and for how long.
privacy-controller-title = Controller
privacy-controller-text = The controller is the operator of this installation. You find name, address and contact details in the
privacy-data-title = What data we process
privacy-data-account = Account: e-mail address, name, preferred language, role, and your password as a salted hash (never in plain text).
privacy-data-sessions = Sessions: when a login session was started and when it ends, so that you stay logged in securely.
privacy-data-mails = E-mails: which system e-mails (e.g. confirmation, password reset) were sent to you and when.
privacy-data-logs = Technical logs: the server records the time, path and result of each request (without the IP address) to operate the service. IP addresses are held only briefly in memory to limit login attempts.
privacy-purpose-title = Purpose and legal basis
privacy-purpose-text = We process the data to provide your account and the platform (Art. 6(1)(b) GDPR) and to keep the service secure (Art. 6(1)(f) GDPR). We do not use your data for advertising.
privacy-storage-title = Storage period
privacy-storage-text = Account data is kept until you delete your account. Sessions expire automatically; confirmation and reset links are valid only for a short time.
privacy-cookies-title = Cookies and local storage
privacy-cookies-text = We set a single technically necessary cookie that keeps you logged in (HttpOnly, only for the login service). Your language choice is stored in your browser. There is no tracking, no analytics and no loading of external fonts or scripts.
privacy-recipients-title = Recipients
privacy-recipients-text = Your data is not sold or passed on. Technical service providers (hosting, e-mail delivery) process it only on our behalf.
privacy-rights-title = Your rights
privacy-rights-text = You have the right to access, rectification, erasure, restriction of processing, data portability and objection.
privacy-rights-export = Access and portability: download all your data on the “My account” page.
privacy-rights-rectify = Rectification: change your name and language on the “My account” page at any time.
privacy-rights-delete = Erasure: delete your account yourself on the “My account” page.
privacy-rights-complaint = Complaint: you may lodge a complaint with a data protection supervisory authority, e.g. the Saxon Data Protection and Transparency Commissioner or the Czech Office for Personal Data Protection (ÚOOÚ).
privacy-version = Version of { $version }
privacy-data-organizations = Organisations: the profiles companies and institutions enter themselves, with contact persons (name, role, languages, e-mail, phone); the organisation decides for each person who sees them. Memberships show who belongs to which organisation.
privacy-data-messages = Messages: conversations between organisations with attachments, who wrote them and when they were read.
privacy-data-events = Events: your registrations and check-in; at cooperation exchanges your meeting profile, meeting requests, your appointments and ratings. Organisers see the name and e-mail address of those registered in order to run the event.
privacy-data-notifications = Notifications: notices in the platform and by e-mail, saved searches and your settings for them.
privacy-data-consents = Consents: which version of this policy and the terms of use you accepted, and when.
privacy-settings-title = Your settings
privacy-settings-text = You decide whether people outside your organisations see your name (otherwise only the organisation’s name), whether meeting partners at a cooperation exchange receive your e-mail address, and whether you get notifications by e-mail at all. Mails about your account itself (confirmation, password, deletion) and about your registrations are always sent.
privacy-settings-link = Go to the settings
privacy-card-title = Privacy and consents
privacy-settings-lead = Decide what others see of you and whether we e-mail you notifications.
privacy-profile = Who sees your name?
privacy-profile-logged-in = Everyone you deal with
privacy-profile-logged-in-hint = Recipients of your messages and meeting partners at cooperation exchanges see your name.
privacy-profile-own = Only your own organisations
privacy-profile-own-hint = Others see only the name of your organisation instead of yours.
privacy-contact = Who gets your e-mail address?
privacy-contact-partners = Confirmed meeting partners
privacy-contact-partners-hint = Your partners at a cooperation exchange find it in their agenda.
privacy-contact-nobody = Nobody
privacy-contact-nobody-hint = Only the organisers of events you registered for.
privacy-mails = Receive notifications by e-mail
privacy-mails-hint = When off, we send no notifications by e-mail at all, whatever is set per kind above. Mails about your account and your registrations still arrive.
privacy-save = Save settings
privacy-saved = Your privacy settings are saved.
consents-title = Your consents
consents-outstanding = The privacy policy and terms of use have changed (version of { $version }). Please read them and accept.
consents-read = Read
consents-accept = Accept
consents-empty = No consent recorded yet.
consents-when = When
consents-what = For
consents-version = Version
consents-status = Declaration
consents-kind-terms = Privacy policy and terms of use
consents-granted = accepted
consents-withdrawn = withdrawn
terms-title = Terms of use
terms-lead = Glokal connects companies and institutions in the Saxon–Czech border region. With your account you agree:
terms-truthful = What you state about yourself and your organisation is true and current; you act only for organisations you may speak for.
terms-business = Contacts serve business cooperation: no mass advertising, no passing on of other people’s contact data.
terms-lawful = No unlawful, offensive or misleading content; the rights of others (e.g. to images and texts) are respected.
terms-moderation = Chambers, development agencies and the platform operator review reported content. They may hide content with a reason, warn, and suspend organisations; every action is logged and the people concerned are told.
terms-end = You can delete your account yourself at any time. If these terms change, we will ask for your consent again.

## Shared form parts

form-field-invalid = Please check this entry.
form-leave-confirm = You have unsaved changes. Leave this page anyway?
combobox-count = { $count ->
    [0] No suggestions
    [one] One suggestion, use the arrow keys to choose
   *[other] { $count } suggestions, use the arrow keys to choose
}
chips-remove = Remove “{ $item }”
nav-directory = Directory

## Organisations: kinds, size classes, countries, languages

org-kind-company = Company
org-kind-chamber = Chamber
org-kind-cluster = Cluster or network
org-kind-association = Association
org-kind-research = University or research institution
org-kind-development_agency = Development agency
org-kind-public_body = Public authority
org-kind-other = Other organisation
org-size-micro = Micro enterprise (fewer than 10 employees)
org-size-small = Small enterprise (10–49 employees)
org-size-medium = Medium-sized enterprise (50–249 employees)
org-size-large = Large enterprise (250 or more employees)
country-de = Germany
country-cz = Czech Republic
country-pl = Poland
language-name-de = German
language-name-cs = Czech
language-name-en = English
language-name-pl = Polish
language-name-sk = Slovak
language-name-fr = French
language-name-ru = Russian
language-name-uk = Ukrainian
language-name-it = Italian
language-name-es = Spanish

## Directory

directory-title = Directory
directory-lead = Companies, chambers, clusters and institutions of the Saxon–Czech border region.
directory-register = Register your organisation
directory-filters = Filter
directory-filter-kind = Kind
directory-all-kinds = All kinds
directory-filter-country = Country
directory-all-countries = Both countries
directory-filter-region = Region
directory-all-regions = All regions
directory-filter-section = Sector (NACE section)
directory-all-sections = All sectors
directory-filter-division = Industry (NACE division)
directory-all-divisions = All industries of the sector
directory-filter-size = Size
directory-all-sizes = All sizes
directory-filter-language = Language spoken
directory-all-languages = Any language
directory-filter-near = Distance
directory-filter-place = Town
directory-place-placeholder = Town, e.g. Zittau
directory-place-clear = Remove
directory-filter-radius = Within
directory-radius-any = any distance
directory-radius-km = { $km } km
directory-reset = Reset filters
directory-count = { $count ->
    [0] No organisations
    [one] One organisation
   *[other] { $count } organisations
}
directory-sort = Sort by
directory-sort-name = Name
directory-sort-newest = Newest first
directory-sort-distance = Distance
directory-texts-in = Texts in:
directory-distance = { $km } km away
directory-empty = No organisations have registered yet. Be the first!
directory-empty-filtered = No organisations match these filters.
directory-pages = Pages
directory-prev = Previous page
directory-next = Next page
directory-page-of = Page { $page } of { $pages }

## Organisation profile

profile-title = Organisation profile
profile-edit = Edit profile
profile-description = About us
profile-description-languages = Show the text in
profile-written-in = { $lang ->
    [de] Written in German.
    [cs] Written in Czech.
   *[en] Written in English.
}
profile-nace = Industries (NACE)
profile-nace-main = main activity
profile-keywords = Keywords and capabilities
profile-contacts = Contact persons
profile-contacts-login = Log in to see the contact persons.
profile-contacts-none = No contact persons have been entered.
profile-contact-members-only = visible to members only
profile-facts = Facts
profile-size = Size
profile-founded = Founded
profile-languages = Languages spoken
profile-ico = Company ID (IČO)
profile-dic = Tax ID (DIČ)
profile-hr = Commercial register
profile-vat = VAT ID
profile-channels = Contact
profile-website = Website
profile-email = E-mail
profile-phone = Phone
profile-location = Location
profile-map-link = Show on OpenStreetMap (opens in a new tab)
profile-updated = Profile updated { $date }

## Organisation editor

editor-new-title = Register your organisation
editor-edit-title = Edit organisation
editor-edit-heading = Edit “{ $name }”
editor-lead = Present your organisation in German, Czech or English so that partners on both sides of the border find you.
editor-required-note = Fields without “(optional)” are required.
editor-forbidden = Only the organisation’s owners and editors may change this profile.
editor-back-to-profile = Back to the profile
editor-basics = Basic data
editor-name = Name of the organisation
editor-name-hint = As it should appear in the directory, e.g. “Nováková plasty s.r.o.”.
editor-legal-form = Legal form
editor-legal-form-hint = e.g. GmbH, e.V., s.r.o., a.s.
editor-kind = Kind of organisation
editor-founding-year = Year founded
editor-size = Size (employees)
editor-not-specified = Not specified
editor-address = Address
editor-country = Country
editor-city = Town
editor-city-hint = Type the town and choose it from the list (German and Czech names work), so that you can be found by region and distance.
editor-street = Street and number
editor-postal-code = Postal code
editor-channels = Contact channels
editor-website = Website
editor-website-hint = e.g. https://www.example.cz
editor-email = General e-mail address
editor-phone = Phone
editor-classification = Industries and skills
editor-nace-main = Main activity (NACE)
editor-nace-more = Further activities (NACE)
editor-nace-hint = Type a code or a word in German, Czech or English, e.g. “plast”, “Maschinenbau”, “22.2”.
editor-nace-placeholder = Search NACE…
editor-languages = Languages spoken
editor-languages-other = Further language
editor-add = Add
editor-keywords = Keywords and capabilities
editor-keywords-hint = Press Enter or type a comma after each keyword, e.g. “injection moulding”.
editor-description = Description
editor-description-lead = Describe what your organisation does and what it is looking for. At least one language is required; every further language helps partners across the border.
editor-description-de = Description in German
editor-description-cs = Description in Czech
editor-description-en = Description in English
editor-registration = Registration numbers
editor-registration-lead = Help partners identify your organisation in the official registers.
editor-ico = IČO (Czech company ID)
editor-ico-hint = 8 digits
editor-dic = DIČ (Czech tax ID)
editor-dic-hint = e.g. CZ12345678
editor-hr = Commercial register entry
editor-hr-hint = e.g. HRB 12345, Amtsgericht Dresden
editor-vat = VAT identification number
editor-vat-hint = e.g. DE123456789
editor-contacts = Contact persons
editor-contacts-lead = Contact persons are only shown to logged-in members, or only to your organisation’s members if you choose so.
editor-contact-n = Contact person { $n }
editor-contact-name = Name
editor-contact-role = Position
editor-contact-email = E-mail
editor-contact-phone = Phone
editor-contact-languages = Languages
editor-contact-visibility = Visible to
editor-contact-visible-logged-in = all logged-in members
editor-contact-visible-members = members of this organisation only
editor-contact-add = Add contact person
editor-contact-remove = Remove contact person
editor-create = Register organisation
editor-save = Save changes
editor-cancel = Cancel
editor-unsaved = Unsaved changes
editor-saved = The profile has been saved.
editor-delete-title = Delete organisation
editor-delete-text = Deleting removes the profile and its contact persons permanently.
editor-delete-open = Delete organisation…
editor-delete-dialog-title = Really delete this organisation?
editor-delete-dialog-text = The profile will disappear from the directory at once. This cannot be undone.
editor-delete-confirm = Delete permanently
editor-deleted = The organisation has been deleted.
account-org-title = Your organisation
account-org-text = Present your company or institution in the directory so that partners in the border region find you.
editor-ares-title = Fill in from the Czech business register
editor-ares-text = Czech company? Enter its IČO and we take name, legal form, address, DIČ, founding year and NACE codes from the register ARES. You can change everything afterwards.
editor-ares-fill = Fill in from ARES
editor-ares-filled = The form has been filled in from ARES. Please check the details and add a description.
editor-ares-dissolved = According to ARES, this company was dissolved on { $date }.
org-demo = Demo
org-demo-note = Demo data: this is not a real organisation.
profile-moderation-review = Your profile is waiting for review by the platform team. Until then only members of your organisation see it.
profile-moderation-hidden = The moderators hid this profile: { $reason } Only members see it; please contact the platform team.
profile-moderation-suspended = This organisation is suspended: { $reason } It cannot publish anything or start conversations.
directory-filters-show = { $count ->
    [0] Show filters
   *[other] Show filters ({ $count } active)
}
directory-filters-hide = Hide filters
directory-invalid-filter = This link contains a filter we do not know. Please reset the filters.

## Shared

editor-remove = Remove
member-role-owner = Owner
member-role-editor = Editor
nav-my-organizations = My organisations

## Editor: logo, products and services, certifications

editor-languages-choose = Choose a language…
editor-logo = Logo
editor-logo-choose = Upload a logo
editor-logo-replace = Replace the logo
editor-logo-hint = PNG, JPEG or WebP, at most 2 MB. It is saved at once and shown at up to 512 pixels.
editor-logo-current = Current logo
editor-logo-remove = Remove logo
editor-logo-uploaded = The logo has been saved.
editor-logo-removed = The logo has been removed.
logo-error-payload_too_large = This file is larger than 2 MB. Please choose a smaller image.
logo-error-unsupported_media_type = Please choose a PNG, JPEG or WebP image (SVG and other formats are not accepted).
logo-error-invalid_image = This file cannot be read as an image. Please choose another PNG, JPEG or WebP file.
editor-offerings = Products and services
editor-offerings-lead = What you make or offer, with a name in at least one language. Each further language helps partners across the border.
editor-offering-n = Product or service { $n }
editor-offering-kind = Type
offering-kind-product = Product
offering-kind-service = Service
editor-offering-name = Name
editor-offering-name-hint = In at least one language.
editor-offering-description = Short description
editor-offering-description-hint = Optional, in as many languages as you like.
editor-offering-add = Add product or service
editor-offering-remove = Remove this entry
editor-certifications = Certifications
editor-certifications-lead = Certificates your organisation holds. With an expiry date, the directory stops listing you under a certificate once it has expired.
editor-certification-add = Add a certification
editor-certification-choose = Choose a certification…
editor-certification-expires = Valid until
editor-certification-remove-named = Remove { $name }

## Profile: logo, products and services, certifications, map, members

profile-offerings = Products and services
profile-certifications = Certifications
profile-certification-valid = valid until { $date }
profile-certification-expired = expired on { $date }
profile-map-alt = Map: location of { $name }
profile-members = Members

## Directory

directory-filter-certification = Certification
directory-all-certifications = Any certification

## Members

members-title = Members
members-back = ← Back to the profile
members-lead = Owners and editors can change the profile. Owners also invite colleagues, change roles and remove members.
members-forbidden = Only the organisation’s owners and editors can see its members.
members-count = { $count ->
    [one] One member
   *[other] { $count } members
}
members-you = you
members-since = since { $date }
members-make-owner = Make owner
members-make-editor = Make editor
members-remove = Remove
members-leave = Leave organisation
members-now-owner = { $name } is now an owner.
members-now-editor = { $name } is now an editor.
members-removed = { $name } has been removed.
members-remove-dialog-title = Remove this member?
members-remove-dialog-text = { $name } will no longer be able to edit the profile. You can invite them again at any time.
members-remove-confirm = Remove member
members-leave-dialog-title = Leave the organisation?
members-leave-dialog-text = You will no longer be able to edit “{ $name }”. To come back, an owner has to invite you again.
members-leave-confirm = Leave
members-left = You have left the organisation.
members-invitations = Open invitations
members-invitations-none = There are no open invitations.
members-invited-by = invited by { $name }
members-invitation-until = valid until { $date }
members-withdraw = Withdraw
members-withdrawn = The invitation to { $name } has been withdrawn.
members-editor-note = Only owners can invite colleagues and change roles.
members-invite = Invite a colleague
members-invite-lead = A registered address becomes a member at once. Any other address receives an invitation by e-mail, valid for 14 days.
members-invite-email = E-mail address
members-invite-role = Role
members-invite-role-hint = Editors change the profile; owners also manage the members.
members-invite-language = Language of the invitation e-mail
members-invite-submit = Invite
members-invite-added = { $email } already has an account and is now a member.
members-invite-sent = An invitation has been sent to { $email }.

## Invitation link

invitation-title = Invitation
invitation-lead = You are invited to join { $organization } on Glokal as { $role ->
    [owner] owner
   *[editor] editor
}.
invitation-lead-by = { $name } invites you to join { $organization } on Glokal as { $role ->
    [owner] owner
   *[editor] editor
}.
invitation-organization = Organisation
invitation-role = Role
invitation-email = Sent to
invitation-valid-until = Valid until
invitation-role-owner-hint = As an owner you can change the profile, invite colleagues and manage the members.
invitation-role-editor-hint = As an editor you can change the organisation’s profile.
invitation-login-text = To accept, log in or create a free account. You will come back to this page afterwards.
invitation-login = Log in
invitation-register = Create an account
invitation-accept = Accept invitation
invitation-accepted = Welcome! You are now a member of this organisation.
invitation-other-account = This invitation was sent to { $invited }. You are logged in as { $account } and will join with this account.
invitation-invalid-title = This invitation link is invalid or has expired.
invitation-invalid-text = Invitations are valid for 14 days and work once. Please ask the person who invited you for a new invitation.
verify-continue = Continue

## My organisations (account page)

account-orgs-title = My organisations
account-orgs-edit = Edit profile
account-orgs-members = Members

## Navigation: marketplace and events

nav-marketplace = Offers & requests
nav-events = Events
nav-my-registrations = My registrations
home-feature-open = Open

## Months and weekdays (month headings, calendar grid)

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
weekday-short-1 = Mon
weekday-short-2 = Tue
weekday-short-3 = Wed
weekday-short-4 = Thu
weekday-short-5 = Fri
weekday-short-6 = Sat
weekday-short-7 = Sun
field-not_a_number = Please enter a number.

## Marketplace: offers and requests

opp-title = Offers & requests
opp-lead = Products, services and free capacities from the region – and what companies are looking for, urgent shortages included.
opp-new = New offer or request
opp-detail-title = Offer or request
opp-type-product_offer = Product offer
opp-type-service_offer = Service offer
opp-type-capacity_offer = Free capacity
opp-type-technology_offer = Technology offer
opp-type-supplier_request = Supplier wanted
opp-type-cooperation_request = Cooperation partner wanted
opp-type-shortage_alert = Shortage – urgent
opp-type-technology_request = Technology wanted
opp-status-draft = Draft
opp-status-published = Published
opp-status-expired = Expired
opp-status-closed = Closed
opp-outcome-partner_found_glokal = A partner was found through Glokal.
opp-outcome-found_elsewhere = A partner was found elsewhere.
opp-outcome-no_longer_needed = It is no longer needed.
opp-needed-by = Needed by { $date }
opp-valid-until = Open until { $date }
opp-cross-border = Cross-border
opp-cross-border-long = Only for organisations from the other side of the border
opp-profile-none = No open offers or requests at the moment.
opp-filter-offers = Offers
opp-filter-requests = Requests
opp-filter-open-only = Open ones only
opp-empty = No offers or requests have been posted yet.
opp-empty-filtered = No offer or request matches these filters.
opp-sort-newest = Newest
opp-sort-deadline = Ending soonest
opp-count = { $count ->
    [0] No offers or requests
    [one] One offer or request
   *[other] { $count } offers and requests
}
opp-back = ← All offers and requests
opp-draft-note = This is a draft: only the organisation's owners and editors see it. Publish it to make it public.
opp-expired-note = This offer or request has expired. Extend it to open it again.
opp-closed-on = Closed on { $date }.
opp-keywords = Keywords
opp-description = Description
opp-quantity = Quantity
opp-needed-by-label = Needed by
opp-capacity-process = Process
opp-capacity-material = Material
opp-capacity-period = Available
opp-audience = Meant for
opp-max-distance = within { $km } km
opp-published = Published on
opp-facts = Details
opp-type = Type
opp-valid-until-label = Open until
opp-organization = Posted by
opp-org-profile = The organisation's profile
opp-published-notice = The offer or request is published.
opp-extended-notice = The offer or request stays open longer now.
opp-closed-notice = The offer or request is closed. Thank you for telling us the outcome.
opp-deleted-notice = The draft was deleted.
opp-saved-notice = The draft is saved. Only your organisation sees it until you publish it.
opp-edit = Edit
opp-publish = Publish
opp-delete = Delete draft
opp-extend = Extend
opp-close = Close
opp-extend-title = Keep it open longer
opp-extend-text = Choose the new last day (at most one year ahead).
opp-extend-confirm = Extend
opp-close-title = Close the offer or request
opp-close-text = It stays readable but no longer appears among the open ones. What came of it?
opp-close-confirm = Close
opp-close-outcome = Outcome
opp-delete-title = Delete the draft?
opp-delete-text = The draft is deleted for good.
opp-delete-confirm = Delete
opp-new-title = New offer or request
opp-edit-title = Edit offer or request
opp-no-organization = To post offers and requests, register your organisation first – or ask its owner to invite you.
opp-forbidden = Only the organisation's owners and editors can change this offer or request.
opp-closed-no-edit = This offer or request is closed and can no longer be changed.
opp-back-to-detail = Back to the offer or request
opp-editor-lead = Describe what you offer or look for, in one or more languages. Save it as a draft or publish it right away.
opp-section-basics = Basics
opp-field-organization = Organisation
opp-field-type = Type
opp-type-hint = A shortage alert needs the day by which the part or material is needed; a free capacity needs the process and the period.
opp-section-texts = Title and text
opp-texts-lead = Write title and text in at least one language; each language needs both.
opp-field-title = Title
opp-field-text = Text
opp-section-details = Details
opp-unit = Unit
opp-unit-hint = E.g. pieces, kg, t, hours per week.
opp-needed-by-hint = The day the part or material must be there (required for shortage alerts).
opp-capacity = Free capacity
opp-capacity-process-hint = E.g. 5-axis CNC milling, injection moulding up to 250 t.
opp-capacity-from = Available from
opp-capacity-until = Available until
opp-valid-until-hint = Empty: 90 days (a shortage alert: at most until the day it is needed); at most one year ahead.
opp-field-nace = Industries (NACE)
opp-audience-lead = Leave these empty to address everybody.
opp-field-targets = Countries
opp-field-max-distance = Maximum distance in km
opp-field-certifications = Certifications asked for
opp-field-certifications-hint = Partners holding these certifications rank higher among the matching partners.
opp-save = Save
opp-save-draft = Save draft

## Events

events-title = Events
events-lead = Information days, cooperation exchanges, workshops and fairs in the Saxon–Czech border region.
event-new = New event
events-back = ← All events
events-view = View
events-view-list = List
events-view-month = Month
events-filter-type = Type
events-all-types = All types
events-filter-language = Language spoken
events-filter-from = From
events-filter-to = Until
events-count = { $count ->
    [0] No events
    [one] One event
   *[other] { $count } events
}
events-empty = No events are planned at the moment.
events-empty-action = Discover the organisations
events-empty-filtered = No event matches these filters.
events-month-empty = No events this month.
events-month-more = Only the first 100 events of this month are shown.
events-month-nav = Months
events-month-prev = Previous month
events-month-next = Next month
events-feed-title = Subscribe to the calendar
events-feed-text = Add this address to your calendar app (Outlook, Google Calendar, Apple Calendar, Thunderbird) as a subscribed calendar: new and changed events then appear there by themselves. The address keeps your filters and language.
events-staff-only = Events are organised by the staff of chambers, clusters, agencies and other institutions. Please contact the platform team if you need this role.
event-type-information = Information event
event-type-cooperation = Cooperation exchange
event-type-workshop = Workshop
event-type-exhibition = Fair or exhibition
event-status-draft = Draft
event-status-closed = Registration closed
event-status-done = Over
event-status-cancelled = Cancelled
event-matchmaking-badge = B2B meetings
event-full = Fully booked – waiting list
event-places-left = { $count ->
    [one] One place left
   *[other] { $count } places left
}
event-online = Online
event-profile-none = No coming events.
event-registrations = Registrations
event-cancelled-note = This event has been cancelled.
event-draft-note = This is a draft: only the organisers see it. Publish it to open the registration.
event-programme = Programme
event-places-of = { $registered } of { $capacity } places taken
event-waiting-count = { $count ->
    [one] one on the waiting list
   *[other] { $count } on the waiting list
}
event-places = Places
event-no-limit = No limit
event-facts = Details
event-when = When
event-deadline = Registration until
event-languages = Languages
event-ics = Add to calendar (.ics)
event-venue = Venue
event-online-link = Online link
event-co-organisers = Co-organisers
event-organiser = Organiser
event-published-notice = The event is published; registration is open.
event-closed-notice = Registration is closed.
event-cancelled-notice = The event is cancelled. Everybody registered or waiting gets a mail.
event-deleted-notice = The draft was deleted.
event-saved-notice = The event is saved.
event-edit = Edit
event-publish = Publish
event-delete = Delete draft
event-close = Close registration
event-cancel = Cancel event
event-cancel-title = Cancel the event?
event-cancel-text = { $count ->
    [0] Nobody has registered yet. The event stays visible as cancelled.
    [one] The person registered gets a mail about the cancellation, in their language, with the updated calendar file.
   *[other] All { $count } people registered or waiting get a mail about the cancellation, in their language, with the updated calendar file.
}
event-cancel-confirm = Cancel event
event-cancel-reason = Reason (passed on in the mail)
event-delete-title = Delete the draft?
event-delete-text = The draft is deleted for good.
event-delete-confirm = Delete
event-new-title = New event
event-edit-title = Edit event
event-no-organization = To organise events, you need to be an owner or editor of your institution's organisation on Glokal.
event-forbidden = Only the organisers can change this event.
event-no-edit = Cancelled and past events can no longer be changed.
event-back-to-detail = Back to the event
event-editor-lead = A new event stays a draft until you publish it on its page.
event-type = Type
event-matchmaking = With B2B matchmaking (meetings between participants)
event-field-title = Title
event-field-description = Description
event-texts-lead = The title in at least one language; a description in the same languages helps participants.
event-time-zone-note = Times are Central European time, as in Dresden and Prague.
event-starts = Starts
event-ends = Ends
event-mode = Where does it take place?
event-mode-venue = On site
event-mode-online = Online
event-mode-hybrid = On site and online
event-venue-name = Name of the venue
event-participation = Participation
event-capacity = Places
event-capacity-hint = Empty: no limit and no waiting list.
event-deadline-hint = Empty: until the start.
event-programme-lead = Talks, visits, breaks – each with a time within the event.
event-programme-at = Time
event-programme-speaker = Speaker or host
event-programme-n = Item { $n }
event-programme-remove = Remove item
event-programme-add = Add a programme item
event-programme-count = { $count ->
    [one] One programme item
   *[other] { $count } programme items
}
event-save = Save
event-create = Save draft

## Registration and check-in

registration-title = Registration
registration-confirmed = Registered
registration-waiting = Waiting list, position { $position }
registration-cancelled = Cancelled
registration-confirmed-text = You have a place. The confirmation with the calendar file has been sent to you by mail.
registration-waiting-text = The event is full. If somebody cancels, you move up automatically and we tell you by mail.
registration-cancel = Cancel my registration
registration-cancel-title = Cancel your registration?
registration-cancel-text = Your place goes to the next person on the waiting list.
registration-cancel-confirm = Cancel registration
registration-cancelled-notice = Your registration is cancelled.
registration-not-open = Registration is not possible: the event is not published yet, the deadline has passed, or it is over or cancelled.
registration-login-text = Log in to register on behalf of your organisation. You come back here afterwards.
registration-login = Log in to register
registration-no-organization = You register on behalf of an organisation. Register yours first, or ask its owner to invite you.
registration-full = The event is full: you will be put on the waiting list.
registration-organization = Register for
registration-note = Note to the organisers
registration-submit = Register
registration-submit-waiting = Join the waiting list
registration-confirmed-notice = You are registered. A confirmation is on its way by mail.
registration-waiting-notice = The event is full: you are on the waiting list.
checkin-title = Check-in list
checkin-back = ← Back to the event
checkin-print = Print
checkin-forbidden = Only the organisers and the staff of co-organising institutions see the registrations.
checkin-confirmed = { $count } confirmed
checkin-arrived-count = { $count } arrived
checkin-toggle-label = { $name } has arrived
checkin-arrived = Arrived
checkin-not-arrived = Not yet
checkin-name = Name
checkin-organization = Organisation
checkin-status = Status
checkin-arrived-column = Arrived
checkin-filter = Find by name or organisation
checkin-empty = Nobody has registered yet.
account-registrations-title = My registrations
account-registrations-none = You have not registered for any event yet.
account-registrations-calendar = Browse events

# Unsubscribe page (links in alert and digest mails)
unsubscribe-title = Unsubscribe from e-mails
unsubscribe-pending = One moment, unsubscribing …
unsubscribe-done-title = Unsubscribed
unsubscribe-done-alerts = You will no longer receive shortage alerts by e-mail. You still see them in the notification centre.
unsubscribe-done-search = You will no longer receive e-mails about the saved search “{ $name }”.
unsubscribe-done-other = You will no longer receive these e-mails.
unsubscribe-settings-hint = After logging in you can change this in your account at any time.
unsubscribe-failed-hint = The link is invalid or has expired. Log in and change your notifications in your account.

# Matching partners of an opportunity
matches-title = Matching partners
matches-lead = Organisations and other organisations' offers or requests that fit – also across the border. Only your organisation sees this list.
matches-loading = Looking for matching partners …
matches-empty = No matching partners yet. Keywords, NACE codes and texts in several languages help to find them.
matches-score = Fit { $score } %
matches-dismiss = Dismiss
matches-restore = Suggest again
matches-verified = Verified
matches-show-dismissed = Show dismissed ({ $count })
## Messages and notifications (inbox, conversation, contact, bell)

bell-label = { $count ->
    [0] Notifications
    [one] Notifications, one unread
   *[other] Notifications, { $count } unread
}
inbox-menu-unread = { $count ->
    [one] (one unread conversation)
   *[other] ({ $count } unread conversations)
}
inbox-title = Messages
inbox-lead = Conversations of your organisations with other organisations – most recent first.
inbox-no-organization = Messages are written between organisations. Register your organisation first, or ask its owner to invite you.
inbox-views = View
inbox-view-inbox = Inbox
inbox-view-archive = Archive
inbox-unread-only = Unread only
inbox-organization = Organisation
inbox-all-organizations = All my organisations
inbox-empty = No conversations yet. Write to an organisation from its profile, or express interest in an offer or request.
inbox-empty-unread = No unread messages.
inbox-empty-archive = The archive is empty.
inbox-empty-action = Browse offers & requests
inbox-count = { $count ->
    [one] One conversation
   *[other] { $count } conversations
}
inbox-preview-mine = You: { $text }
inbox-unread-count = { $count ->
    [one] one unread message
   *[other] { $count } unread messages
}
inbox-as = as { $organization }
inbox-deleted-organization = Deleted organisation
inbox-kind-contact = Contact
inbox-kind-interest = Interest in an offer or request
inbox-kind-ask_expert = Question to an expert
thread-back = ← All messages
thread-about = About:
thread-opportunity-gone = Offer or request no longer available
thread-cross-border = Cross-border
thread-archived = Archived
thread-messages = Messages
thread-from-me = Your side:
thread-from-other = Other side:
thread-attachments = Attachments
thread-blocked-by-me = You have blocked this organisation: neither side can write to the other until you unblock it.
thread-blocked-by-other = This organisation has blocked yours. You can no longer reply here.
thread-organization-gone = One of the two organisations no longer exists. The messages stay readable.
thread-reply = Reply
thread-reply-label = Your message
thread-length = { $count } of { $max } characters
thread-attach = Attach files
thread-attach-hint = PDF, PNG, JPEG or WebP, up to 10 MB each, at most 5 files per message.
thread-attachment-remove = Remove { $name }
thread-attachments-too-many = You can attach at most 5 files to a message.
thread-uploading = Uploading the file …
thread-send = Send
thread-sent = Message sent.
thread-archive = Archive
thread-unarchive = Back to the inbox
thread-archived-notice = The conversation is in the archive. A new message brings it back to the inbox.
thread-unarchived-notice = The conversation is back in the inbox.
thread-block = Block organisation
thread-unblock = Unblock
thread-block-title = Block this organisation?
thread-block-text = Afterwards neither side can write to the other or start a new conversation. The messages so far stay readable; you can unblock it at any time.
thread-block-confirm = Block
thread-blocked-notice = The organisation is blocked.
thread-unblocked-notice = The organisation is unblocked.
thread-report = Report abuse
thread-report-title = Report this conversation?
thread-report-text = The platform's operators can read the conversation while the report is open, and will look into it.
thread-report-reason = What is wrong? (e.g. spam, harassment, fraud)
thread-report-confirm = Report
thread-reported-notice = Thank you – your report has been received.
contact-title = Get in touch
contact-lead = Write a message to this organisation on behalf of your organisation.
contact-interest-title = Express interest
contact-interest-lead = Write to the organisation about it on behalf of your organisation.
contact-login-text = Log in to write to this organisation. You will come back here afterwards.
contact-interest-login-text = Log in to express interest. You will come back here afterwards.
contact-login = Log in and write
contact-no-organization = Messages are written between organisations. Register your organisation first, or ask its owner to invite you.
contact-own-organization = This is your own organisation.
contact-button = Write a message
contact-interest-button = Express interest
contact-dialog-text = The owners and editors of { $organization } receive your message; you will find the answer under “Messages”.
contact-from = Write as
contact-from-one = Sender: { $organization }
contact-subject = Subject
contact-message = Your message
contact-send = Send
contact-sent-notice = Your message has been sent.
contact-daily-limit = { $hours ->
    [one] Your organisation has started as many new conversations today as allowed. You can start the next one in about an hour; existing conversations can go on.
   *[other] Your organisation has started as many new conversations today as allowed. You can start the next one in about { $hours } hours; existing conversations can go on.
}
notifications-title = Notifications
notifications-mark-all = Mark all as read
notifications-unread-only = Unread only
notifications-empty = No notifications yet.
notifications-empty-unread = No unread notifications.
notifications-count = { $count ->
    [0] All read
    [one] One unread
   *[other] { $count } unread
}
notifications-more = Show more
notifications-unread = Unread:
## Kooperationsbörse (B2B matchmaking) in the SPA

mm-title = B2B matchmaking
mm-manage = Manage matchmaking
mm-manage-title = Manage the matchmaking
mm-manage-forbidden = Only the organisers of the event can manage its matchmaking.
mm-none = This event has no B2B matchmaking.
mm-none-organiser = This event has no B2B matchmaking. Switch it on in the event's editor first.
mm-not-set-up = The organisers have not set up the matchmaking yet. You will find it here once they have.
mm-not-set-up-organiser = The matchmaking is not set up yet: choose meeting times, slot length and tables below.
mm-outsider = The matchmaking is open to everybody whose registration for the event is confirmed. Register on the event's page to take part.
mm-outsider-waiting = You are on the waiting list. You can take part in the matchmaking once your registration is confirmed.
mm-outsider-organiser = You organise this event. Here you see the participants; to take part yourself, register on the event's page.
mm-nav = Sections of the matchmaking
mm-booking-open = Meeting requests can be sent and answered until { $deadline }.
mm-booking-closed = Meeting requests are closed (deadline { $deadline }).
mm-rounds = { $count ->
    [one] One meeting round of { $minutes } minutes
   *[other] { $count } meeting rounds of { $minutes } minutes
}
mm-agenda-title = My meetings
mm-agenda-lead = Your meetings as the organisers scheduled them: time, table and the person you meet.
mm-agenda-unpublished = The organisers have not published the meeting schedule yet. Once they have, your meetings appear here and you get them by e-mail.
mm-agenda-empty = No meeting is planned for you in the published schedule.
mm-agenda-ics = Download to your calendar (.ics)
mm-interpreter-missing = You share no language and no interpreter table was free: please bring someone who can interpret.
mm-interpreter-missing-short = no common language
mm-rating-label = How did the meeting go?
mm-rating-choose = Please choose
mm-rating-save = Save rating
mm-rating-saved = Saved:
mm-outcome-no_follow_up = No follow-up
mm-outcome-follow_up_planned = Follow-up planned
mm-outcome-offer_quote = Offer or quote made
mm-outcome-cooperation_agreement = Cooperation agreed
mm-status-pending = Open
mm-status-accepted = Accepted
mm-status-declined = Declined
mm-status-expired = Expired
mm-status-cancelled = Withdrawn
mm-requests-title = Meeting requests
mm-incoming-title = Received
mm-incoming-empty = Nobody has asked you for a meeting yet.
mm-outgoing-title = Sent
mm-outgoing-empty = You have not asked anybody for a meeting yet.
mm-request-sent-at = Sent { $at }
mm-request-expires = answer by { $at }
mm-request-accept = Accept
mm-request-decline = Decline
mm-request-cancel = Withdraw
mm-partners-title = Find partners
mm-filter-q = Search name, offers and keywords
mm-filter-country = Country
mm-filter-all-countries = All countries
mm-filter-nace = NACE code or section
mm-filter-submit = Search
mm-filter-reset = Reset
mm-request = Request a meeting
mm-request-title = Meeting request to { $organization }
mm-request-text = Say briefly what you would like to talk about. The request stays open for the time the organisers set; they schedule the accepted meetings.
mm-request-send = Send request
mm-request-message = Your message
mm-partner-me = You
mm-partner-languages = Languages at the table
mm-suggestions-title = Suggested partners
mm-suggestions-lead = The best matches for your profile, with the reasons.
mm-score = Match { $score }
mm-participants-title = All participants
mm-partners-count = { $shown } of { $total } participants
mm-partners-empty = No participant matches these filters.
mm-profile-title = My event profile
mm-profile-lead = Other participants see this profile and use it to choose whom to meet.
mm-profile-suggested = This is a suggestion taken from your organisation's profile and its offers and requests. Check it and save it.
mm-profile-texts = Offer and search per language
mm-profile-offer = What we offer
mm-profile-seek = What we are looking for
mm-profile-nace = Industries (NACE)
mm-profile-languages = Languages at the table
mm-profile-max = At most this many meetings
mm-profile-max-hint = Empty: the event's maximum ({ $count }).
mm-profile-rounds = When I am available
mm-profile-rounds-hint = Tick the meeting rounds you can take part in.
mm-profile-rounds-chosen = { $count } of { $total } rounds chosen
mm-profile-rounds-all = all
mm-profile-rounds-none = none
mm-profile-save = Save profile
mm-profile-saved = Your event profile is saved.
mm-participants-link = Participants
mm-plan-title = Table plan
mm-overview-title = Overview
mm-overview-participants = Participants
mm-overview-accepted = Accepted meeting requests
mm-overview-draft = Last scheduled
mm-overview-published = Published
mm-overview-none = not yet
mm-outcomes-title = Outcomes
mm-outcomes-ratings = { $ratings ->
    [one] One rating
   *[other] { $ratings } ratings
} of { $meetings ->
    [one] one meeting
   *[other] { $meetings } meetings
}
mm-schedule-title = Schedule and publish
mm-schedule-lead = Scheduling places the accepted requests into rounds and at tables. The result is a draft: participants see nothing until you publish it. Meetings already published keep their time and table.
mm-schedule-run = Schedule meetings
mm-publish = Publish schedule
mm-plan-draft-link = Draft table plan
mm-publish-title = Publish the schedule?
mm-publish-text = Every participant whose meetings changed gets their agenda by e-mail.
mm-publish-confirm = Publish
mm-published = { $meetings ->
    [one] Published: one meeting
   *[other] Published: { $meetings } meetings
}; { $notified ->
    [one] one participant was told by e-mail.
   *[other] { $notified } participants were told by e-mail.
}
mm-scheduled = { $requests ->
    [one] { $scheduled } of one accepted request scheduled.
   *[other] { $scheduled } of { $requests } accepted requests scheduled.
}
mm-upper-bound = No schedule can place more than { $bound }.
mm-kept = { $count ->
    [one] One published meeting kept its place.
   *[other] { $count } published meetings kept their place.
}
mm-interpreters-missing = { $count ->
    [one] One German–Czech meeting shares no language and got no interpreter table.
   *[other] { $count } German–Czech meetings share no language and got no interpreter table.
}
mm-unscheduled-title = Not scheduled
mm-unscheduled-none = Every accepted request has its place.
mm-settings-title = Settings
mm-settings-days = Meeting times
mm-settings-day-n = Day { $n }
mm-settings-day-add = Add a day
mm-settings-day-remove = Remove day
mm-settings-breaks = Breaks
mm-settings-break-n = Break { $n }
mm-settings-break-add = Add a break
mm-settings-break-remove = Remove break
mm-settings-slot-minutes = Meeting length (minutes)
mm-settings-slot-minutes-hint = 5 to 240 minutes; at most 128 rounds in all.
mm-settings-max-meetings = Meetings per participant
mm-settings-max-meetings-hint = The default maximum; participants may choose fewer.
mm-settings-tables = Tables
mm-settings-tables-hint = Ordinary tables, numbered from 1.
mm-settings-interpreter-tables = Tables with an interpreter
mm-settings-interpreter-tables-hint = German–Czech interpreter tables, numbered after the ordinary ones.
mm-settings-expiry = Requests stay open (hours)
mm-settings-expiry-hint = Unanswered requests expire afterwards, so they block nobody.
mm-settings-deadline = Booking deadline
mm-settings-deadline-hint = Empty: the start of the first meeting day.
mm-settings-save = Save settings
mm-settings-saved = Saved.
mm-settings-rows = { $count ->
    [one] One period
   *[other] { $count } periods
}
mm-plan-version = Which schedule
mm-plan-published = Published
mm-plan-draft = Draft
mm-plan-empty = No schedule has been published yet.
mm-plan-empty-draft = The draft has no meetings. Schedule the meetings first.
mm-plan-generated = Published
mm-plan-generated-draft = Draft of
mm-plan-table = Table
mm-plan-side = Participant
event-mm-take-part = Go to the matchmaking
event-mm-participant = You take part in the B2B matchmaking: fill in your event profile, find partners and ask them for meetings.
event-mm-organiser = The event has a B2B matchmaking: set it up, schedule the accepted meetings and print the table plan.
event-mm-info = Registered participants meet each other in pre-arranged one-to-one meetings. Register to take part.

## Search (header search box, results page, saved searches, notification settings)

nav-saved-searches = Saved searches
search-open = Open search
search-label = Search organisations and offers
search-placeholder = Companies, offers, industries …
search-submit = Search
search-suggest-organization = Organisation
search-suggest-term = Search term
search-title = Search
search-title-for = Results for “{ $q }”
search-expanded = Also searched for: { $terms }
search-type-label = Show
search-type-all = All
search-type-organization = Organisations
search-type-opportunity = Offers & requests
search-filter-country = Country
search-filter-region = Region
search-filter-kind = Kind of organisation
search-filter-nace = Industry (NACE)
search-filter-opportunity-type = Type of offer or request
search-filter-size = Size
search-filter-certification = Certification
search-filter-language = Language spoken
search-filter-verified = Verification
search-filter-near = Distance
search-verified-yes = Verified
search-verified-no = Not verified
search-chips-label = Active filters
search-chip-near = Within { $km } km of { $place }
search-chip-remove = Remove filter: { $filter }
search-reset = Remove all filters
search-loading = Searching …
search-retry = Try again
search-empty = Nothing found.
search-empty-hint = Check the spelling, use fewer or more general words, or search in German, Czech or English.
search-empty-hint-filters = Nothing matches these words with these filters. Remove a filter to see more.
search-sort-relevance = Best match
search-sort-newest = Newest
search-sort-distance = Distance
search-count = { $count ->
    [0] No results
    [one] One result
   *[other] { $count } results
}
search-hit-organization = Organisation
search-hit-expired = Expired
search-written-in = { $lang ->
    [de] written in German
    [cs] written in Czech
   *[en] written in English
}
search-save = Save this search
search-save-login = Log in to save this search
search-save-title = Save this search
search-save-text = We will tell you about new organisations, offers and requests that match.
search-save-name = Name
search-save-default-name = All organisations and offers
search-save-confirm = Save
search-saved = The search has been saved.
search-saved-link = Your saved searches
search-frequency = Tell me
search-frequency-instant = At once
search-frequency-daily = Once a day
search-frequency-weekly = Once a week
saved-title = Saved searches
saved-back = ← My account
saved-lead = New hits of these searches come in the notification centre and by e-mail, as often as you choose.
saved-empty = You have no saved searches yet.
saved-empty-hint = Search for organisations or offers and choose “Save this search” on the results page.
saved-empty-action = Go to search
saved-open = Show results
saved-delete = Delete
saved-delete-title = Delete saved search?
saved-delete-text = “{ $name }” will no longer report new hits.
saved-deleted = The saved search has been deleted.
saved-frequency-saved = Saved.
saved-summary-words = “{ $q }” { $filters ->
    [0] {""}
    [one] with one filter
   *[other] with { $filters } filters
}
saved-summary-filters = { $filters ->
    [0] Everything
    [one] One filter
   *[other] { $filters } filters
}
saved-last-report = Last report { $date }: { $count ->
    [one] one new hit
   *[other] { $count } new hits
}
saved-no-report = Nothing reported yet.
account-saved-text = Searches you saved, how often they report new hits, and deleting them.
account-saved-link = Manage saved searches
search-map = Map
search-map-label = Map of { $count ->
    [one] one result
   *[other] { $count } results
} on this page
notify-title = Notifications
notify-lead = Choose for each kind of notification whether it appears in the notification centre, comes by e-mail, or both.
notify-messages = Messages
notify-messages-hint = New conversations and messages to your organisations.
notify-shortage = Shortage alerts
notify-shortage-hint = Urgent shortages of organisations nearby that fit yours.
notify-saved = Saved searches
notify-saved-hint = New hits of your saved searches (by e-mail only for searches with e-mail switched on).
notify-in-app = In the notification centre
notify-email = By e-mail
notify-save = Save notification settings
notify-saved-done = Your notification settings have been saved.
## Institutions: statistics, verification and API tokens

nav-statistics = Statistics
stats-title = Programme statistics
stats-lead = Indicators of the cooperation across the Saxon–Czech border, for the period chosen.
stats-period = Period
stats-print = Print
stats-from = From
stats-to = To
stats-apply = Show
stats-period-invalid = Please enter two dates, the start not after the end.
stats-presets = Quick choice
stats-include-demo = Count the demo data too
stats-preset-12-months = Last 12 months
stats-preset-this-year = This year
stats-preset-last-year = Last year
stats-forbidden = The statistics are for staff of chambers, clusters, development agencies and other institutions, and for platform administrators.
stats-none = Not given
stats-show-table = Show as a table
stats-no-data = No data in this period.
stats-count = Count
stats-cross-border = Cross-border
stats-domestic = Domestic
stats-what = What
stats-total = Total
stats-month = Month
stats-cooperating-short = Cooperating organisations
stats-contacts-cross-short = Cross-border contacts
stats-contacts-domestic-short = Domestic contacts
stats-fig-organizations = Registered organisations
stats-fig-contacts = Cross-border contacts
stats-fig-contacts-detail = of { $total } conversations started; { $answered } answered by both sides
stats-fig-meetings = Cross-border meetings
stats-fig-meetings-detail = of { $total } meetings held at Kooperationsbörsen
stats-fig-cooperating = Organisations cooperating across the border
stats-fig-cooperating-detail = through conversations { $conversation } · meetings { $meeting } · agreements { $agreement }
stats-events = Events and marketplace
stats-events-count = Events held
stats-events-registrations = Confirmed registrations
stats-events-checked-in = Checked in
stats-orgs-verified = Verified organisations
stats-orgs-new = New organisations in the period
stats-opps-published = Offers and requests published
stats-split-contacts = Conversations started
stats-split-answered = Answered by both sides
stats-split-meetings = Meetings held
stats-heading-cooperation = Cooperation across the border
stats-chart-split = Cross-border and domestic
stats-chart-months = Organisations cooperating across the border per month
stats-chart-coop-country = Cooperating organisations by country
stats-chart-meeting-outcomes = Outcomes of meetings reported
stats-heading-organizations = Organisations
stats-chart-country = By country
stats-chart-kind = By kind
stats-chart-size = By size
stats-chart-region = By region
stats-heading-market = Offers and requests
stats-chart-types = Published by type
stats-chart-closed = Closed by outcome
stats-country = Country
stats-kind = Kind
stats-size = Size class
stats-region = Region
stats-type = Type
stats-outcome = Outcome
stats-evidence-conversation = conversation answered by both sides
stats-evidence-meeting = meeting held
stats-evidence-agreement = cooperation agreement
stats-drilldown-show = { $count ->
    [one] Show the organisation
   *[other] Show the { $count } organisations
}
stats-drilldown-hide = Hide the list
stats-coop-title = Organisations cooperating across the border
stats-coop-lead = An organisation counts when, in the period, a conversation with an organisation in the other country was answered by both sides, a cross-border meeting took place at a Kooperationsbörse, or a cooperation agreement was reported. Only organisations are named, never who talked to whom.
stats-csv = Download as CSV
stats-coop-empty = No organisation cooperated across the border in this period.
stats-coop-count = { $count ->
    [one] One organisation
   *[other] { $count } organisations
}
stats-coop-name = Organisation
stats-coop-city = Town
stats-coop-evidence = Evidence
stats-coop-since = Counted since
directory-filter-verified = Only verified organisations
verify-badge-by = Verified by { $name } on { $date }
verify-badge-platform = Verified by Glokal on { $date }
verify-badge-hint = An institution confirmed that this organisation exists and is active.
verify-register-checked = Register checked
verify-register-hint = The registration number was confirmed in the official company register.
verify-panel-title = Verification
verify-status-by = Verified by { $name } on { $date }.
verify-status-platform = Verified by the platform administration on { $date }.
verify-status-none = Not verified yet.
verify-action = Verify organisation
verify-no-institution = You can verify organisations once you are an owner or editor of an institution on Glokal.
verify-institution = Verify on behalf of
verify-as-platform = Glokal (platform administration)
verify-dialog-title = Verify this organisation?
verify-dialog-text = You confirm that { $name } exists and is active. The profile then shows your institution's name and today's date.
verify-register-confirm = I also checked the Handelsregister entry or VAT ID.
verify-confirm = Verify
verify-done = The organisation is now verified.
verify-revoke = Withdraw verification
verify-revoke-title = Withdraw the verification?
verify-revoke-text = { $name } will no longer be shown as verified.
verify-revoke-confirm = Withdraw
verify-revoked = The verification was withdrawn.
tokens-title = API tokens
tokens-lead = Tokens let your CRM or other software read from Glokal on behalf of your institution, without a person's login.
tokens-forbidden = Only owners of an institution who are institution staff, and platform administrators, manage API tokens.
tokens-members-hint = For your CRM: tokens to read organisations, offers, events or statistics through the API.
tokens-manage = Manage API tokens
tokens-list = Tokens
tokens-empty = There are no tokens yet.
tokens-new = New token
tokens-name = Name
tokens-name-hint = What it is for, e.g. "CRM sync".
tokens-scopes = Permissions
tokens-scope-organizations = Read organisations
tokens-scope-organizations-hint = Profiles with contact persons, as logged-in people see them.
tokens-scope-organizations-write = Create and maintain organisations
tokens-scope-organizations-write-hint = Create new profiles (your institution then maintains them until their owners end that), update those profiles and import organisations.
tokens-scope-opportunities = Read offers and requests
tokens-scope-opportunities-hint = The marketplace, also for synchronising changes.
tokens-scope-events = Read events
tokens-scope-events-hint = Events and the calendar.
tokens-scope-statistics = Read statistics
tokens-scope-statistics-hint = The programme indicators and the cooperating organisations.
managed-title = Maintained by an institution
managed-by = This profile was created and is kept up to date by { $name }.
managed-hint = The institution keeps it in step with its member records. Owners of the organisation can end that; afterwards only the organisation itself changes its profile.
managed-end = End maintenance
managed-end-title = End maintenance by the institution?
managed-end-text = { $name } will no longer be able to change this profile. This cannot be undone.
managed-end-confirm = End maintenance
managed-ended = The institution no longer maintains this profile.
tokens-create = Create token
tokens-created = Token “{ $name }” created
tokens-secret-warning = Copy the token now and keep it safe: it is shown only this once. Glokal stores only a fingerprint of it.
tokens-secret = Your token
tokens-copy = Copy
tokens-copied = Copied to the clipboard.
tokens-done = Done, I have stored it
tokens-created-at = created { $date }
tokens-last-used = last used { $date }
tokens-never-used = never used
tokens-revoked-at = revoked { $date }
tokens-revoked-badge = Revoked
tokens-revoke = Revoke
tokens-revoke-title = Revoke this token?
tokens-revoke-text = Software using “{ $name }” will be refused at once. This cannot be undone.
tokens-revoke-confirm = Revoke
tokens-revoked = The token “{ $name }” was revoked.
tokens-dev-title = For developers
tokens-dev-text = Send the token with every request in the Authorization header. Each token may read only what its permissions allow.
tokens-dev-docs = API documentation

## Ask an expert
contact-expert-label = Send as a question to the experts
contact-expert-hint = The question goes to the institution's question list; they may hand it over to a better-suited institution.
