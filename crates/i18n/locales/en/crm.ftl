## The SPA's CRM-integration pages: webhooks with their delivery log, organisation import.

## Webhooks

crm-webhooks-title = Webhooks
crm-webhooks-lead = Webhooks tell your CRM straight away what changes on Glokal: for every event you choose, Glokal sends a signed message to your address.
crm-webhooks-list = Your webhooks
crm-webhooks-empty = No webhooks yet — so far your CRM only learns about changes when it asks.
crm-webhooks-empty-text = With a webhook, Glokal sends new and changed profiles, published offers and registrations for your events straight to your CRM. Create the first one with the "New webhook" form.
crm-webhooks-forbidden = Webhooks are managed by owners of an institution who are institution staff, and by the platform administrators.
crm-refresh = Refresh
crm-webhook-new = New webhook
crm-webhook-url = Receiving address (URL)
crm-webhook-url-hint = An https:// address of your CRM that accepts POST requests with JSON.
crm-webhook-description = What is it for?
crm-webhook-description-hint = For example "CRM IHK Dresden" — helps to tell webhooks apart.
crm-events = Events
crm-webhook-create = Create webhook
crm-webhook-created = Webhook created
crm-secret = Signing secret
crm-secret-warning = Copy the secret now and store it in your CRM. It is shown only this once.
crm-webhook-delete = Delete
crm-webhook-delete-title = Delete this webhook?
crm-webhook-delete-text = The webhook to { $url } and its delivery log will be deleted; deliveries still waiting are dropped.
crm-webhook-deleted = The webhook to { $url } was deleted.
crm-event-organization-created = Organisation created
crm-event-organization-created-hint = A new profile appears on Glokal (also from an import).
crm-event-organization-updated = Organisation changed
crm-event-organization-updated-hint = A profile's texts, address, codes, logo or verification change.
crm-event-organization-deleted = Organisation deleted
crm-event-organization-deleted-hint = A profile is deleted — remove it from your CRM too.
crm-event-opportunity-published = Offer/request published
crm-event-opportunity-published-hint = An offer or request is published.
crm-event-opportunity-closed = Offer/request closed
crm-event-opportunity-closed-hint = An offer or request is closed with its outcome.
crm-event-registration-created = Registration for your event
crm-event-registration-created-hint = An organisation registers for an event you organise or co-organise.
crm-health = Delivered: { $delivered } · Waiting: { $pending } · Failed: { $failed }
crm-health-last = last delivered { $date }
crm-health-none = No deliveries yet.
crm-log = Delivery log
crm-log-hint = The last 100 deliveries, newest first. Failed attempts are retried automatically (30 s, 1 min, 2 min … at most ten times); "Send again" queues a delivery again at once.
crm-log-empty = No deliveries for this webhook yet.
crm-status-delivered = Delivered
crm-status-failed = Failed
crm-status-pending = Waiting
crm-status-retrying = Retrying
crm-redelivery = sent again
crm-resend = Send again
crm-resent = The delivery was queued again.
crm-show-more = Show more
crm-col-event = Event
crm-col-status = Status
crm-col-attempts = Attempts
crm-col-answer = Last answer
crm-col-next = Next attempt
crm-col-delivered = Delivered at
crm-col-when = When
crm-signature-title = Checking the signature
crm-signature-text = Every delivery carries the header Glokal-Signature. This is how your CRM checks that it really comes from Glokal:
crm-signature-step-split = Read t (Unix seconds) and v1 from the header.
crm-signature-step-hmac = Compute HMAC-SHA256 with your signing secret over "t." followed by the unchanged raw body, as hex.
crm-signature-step-compare = Compare it with v1 in constant time and reject timestamps older than five minutes.
crm-signature-step-dedupe = Recognise repeated deliveries by the header Glokal-Event-Id.

## Export

crm-export = Export:
crm-export-csv = CSV
crm-export-xlsx = Excel (XLSX)
crm-export-busy = Preparing the file …
crm-export-organizations = Export organisations
crm-export-organizations-hint = All organisations with their public details and register numbers, without contact persons. The columns are those of the import.

## Import

crm-import-title = Import organisations
crm-import-link = Import organisations
crm-import-lead = Upload a spreadsheet of organisations. Glokal first checks every row and shows errors and duplicates — nothing is created until you choose "Import" afterwards. The new profiles belong to you; hand them over to the firms by invitation later.
crm-import-forbidden = Only institution staff and the platform administrators can import organisations.
crm-back-directory = ← To the directory
crm-import-step-file = Choose and check the file
crm-import-file = File (CSV or XLSX)
crm-import-file-hint = At most 32 MiB and 100 000 rows; the first row holds the column headers.
crm-import-format-csv = CSV in UTF-8, with or without BOM, separated by semicolons (;) or commas (,).
crm-import-format-xlsx = Excel file (XLSX): the first sheet is read.
crm-import-format-headers = Headers in German, Czech or English (see the table of recognised columns).
crm-import-format-values = Kind, country and size may be written in any of the three languages ("Unternehmen", "Tschechien", "střední" or a number of employees).
crm-import-check = Check file
crm-import-checking = Checking …
crm-import-dry-hint = Checking creates nothing.
crm-import-done =
    { $count ->
        [one] One organisation was created.
       *[other] { $count } organisations were created.
    }
crm-import-to-directory = See them in the directory (newest first)
crm-columns-title = Recognised columns
crm-columns-hint = Case, accents, spaces and punctuation do not matter. Unknown columns are skipped.
crm-col-field = Field
crm-col-headers = Headers that work
crm-col-row = Row
crm-col-problem = Problem
crm-col-reason = Reason
crm-col-matches = Matches
crm-field-name = Name
crm-field-legal_form = Legal form
crm-field-kind = Kind of organisation
crm-field-country = Country
crm-field-street = Street and number
crm-field-postal_code = Postal code
crm-field-city = Town
crm-field-website = Website
crm-field-email = E-mail
crm-field-phone = Phone
crm-field-founding_year = Year founded
crm-field-size_class = Size class
crm-field-nace_main = Main NACE code
crm-field-nace_codes = NACE codes
crm-field-languages = Languages
crm-field-keywords = Keywords
crm-field-description = Description (in the country's language)
crm-field-description-de = Description in German
crm-field-description-cs = Description in Czech
crm-field-description-en = Description in English
crm-field-ico = IČO
crm-field-dic = DIČ
crm-field-hr_number = Commercial register number
crm-field-vat_id = VAT ID
crm-import-report = Result of the check
crm-import-format-found = { $format } file, separated by "{ $delimiter }"
crm-import-format-found-xlsx = { $format } file, first sheet
crm-import-rows = Rows read
crm-import-importable = Would be created
crm-import-duplicate-count = Duplicates
crm-import-error-count = Rows with errors
crm-import-errors = Errors
crm-import-errors-hint = These rows will not be imported. Correct them in the file and check again. Row numbers as in the spreadsheet (header = row 1).
crm-import-duplicates = Duplicates
crm-import-duplicates-hint = These rows are already on Glokal or earlier in the file; they are skipped.
crm-dup-ico = same IČO
crm-dup-vat_id = same VAT ID
crm-dup-name_and_town = same name in the same town
crm-dup-same-row = row { $row } of this file
crm-column-ignored = not used
crm-import-columns-found = How the columns were understood
crm-import-run =
    { $count ->
        [one] Import one organisation
       *[other] Import { $count } organisations
    }
crm-import-run-hint = Rows with errors and duplicates are skipped.
crm-import-nothing = No row can be imported. Correct the file and check it again.
