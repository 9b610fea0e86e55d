## Errors of the API (code → text). Shared by the server's error messages and the SPA.

error-bad_request = Die Anfrage ist fehlerhaft.
error-invalid_json = Die übermittelten Daten sind unvollständig oder fehlerhaft.
error-link_invalid = Dieser Link ist ungültig oder abgelaufen. Bitte fordern Sie einen neuen an.
error-unauthorized = Bitte melden Sie sich an.
error-token_expired = Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.
error-invalid_credentials = E-Mail-Adresse oder Passwort ist falsch.
error-refresh_token_invalid = Ihre Sitzung ist nicht mehr gültig. Bitte melden Sie sich erneut an.
error-refresh_token_reused = Ihre Sitzung wurde aus Sicherheitsgründen beendet. Bitte melden Sie sich erneut an.
error-forbidden = Dazu sind Sie nicht berechtigt.
error-email_not_verified = Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse über den Link in unserer E-Mail.
error-wrong_password = Das eingegebene Passwort ist falsch.
error-not_found = Das Gesuchte wurde nicht gefunden.
error-method_not_allowed = Diese Aktion ist hier nicht möglich.
error-email_taken = Mit dieser E-Mail-Adresse ist bereits ein Konto registriert.
error-payload_too_large = Die übermittelten Daten sind zu groß.
error-unsupported_media_type = Dieses Datenformat wird nicht unterstützt.
error-validation_failed = Bitte prüfen Sie die markierten Felder.
error-rate_limited = Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.
error-internal_error = Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.
error-service_unavailable = Der Dienst ist vorübergehend nicht erreichbar.
error-company_not_found = Im tschechischen Unternehmensregister (ARES) wurde kein Unternehmen mit dieser IČO gefunden.
error-registry_unavailable = Das tschechische Unternehmensregister (ARES) ist gerade nicht erreichbar. Bitte versuchen Sie es später erneut oder tragen Sie die Angaben selbst ein.
error-opportunity_closed = Dieses Angebot bzw. diese Anfrage ist geschlossen und kann nicht mehr geändert werden.
error-opportunity_not_published = Nur veröffentlichte Angebote und Anfragen können geschlossen werden. Einen Entwurf können Sie löschen.
error-opportunity_not_draft = Nur Entwürfe können gelöscht werden. Schließen Sie veröffentlichte Angebote und Anfragen stattdessen.
error-network = Keine Verbindung zum Server. Bitte prüfen Sie Ihre Internetverbindung.

## Field checks (code → text)

field-required = Bitte füllen Sie dieses Feld aus.
field-invalid_email = Bitte geben Sie eine gültige E-Mail-Adresse ein.
field-password_too_short = Das Passwort muss mindestens 10 Zeichen lang sein.
field-password_too_long = Das Passwort darf höchstens 128 Zeichen lang sein.
field-password_too_common = Dieses Passwort ist zu verbreitet. Bitte wählen Sie ein anderes.
field-display_name_too_long = Der Name darf höchstens 100 Zeichen lang sein.
field-control_characters = Bitte verwenden Sie keine Steuerzeichen.
field-unknown_language = Diese Sprache wird nicht unterstützt.
field-invalid_ico = Bitte geben Sie eine gültige IČO ein (tschechische Identifikationsnummer, 8 Ziffern).
field-passwords_do_not_match = Die Passwörter stimmen nicht überein.
field-unknown_nace_code = Dieser NACE-Code existiert nicht.
field-too_long = Der Text ist zu lang.
field-invalid_url = Bitte geben Sie eine gültige Web-Adresse (https://…) ein.
field-invalid_country = Bitte geben Sie einen Ländercode wie DE oder CZ an.
field-out_of_range = Dieser Wert liegt außerhalb des zulässigen Bereichs.
field-unknown_place = Dieser Ort ist uns nicht bekannt. Bitte wählen Sie ihn aus der Liste.
field-text_required = Bitte geben Sie den Text in mindestens einer Sprache ein.
field-too_many = Das sind zu viele Einträge.
field-invalid_phone = Bitte geben Sie eine gültige Telefonnummer ein.
field-unknown_user = Unter dieser E-Mail-Adresse ist kein Konto registriert.
error-last_owner = Eine Organisation braucht mindestens eine Inhaberin oder einen Inhaber. Machen Sie zuerst jemand anderen zum Inhaber.
error-already_member = Diese Person ist bereits Mitglied der Organisation.
error-invalid_image = Bitte laden Sie ein PNG-, JPEG- oder WebP-Bild hoch.
field-unknown_certification = Bitte wählen Sie eine Zertifizierung aus der Liste.
field-invalid_cursor = Dieser Seitenverweis ist nicht mehr gültig. Bitte beginnen Sie auf der ersten Seite.
field-not_applicable = Diese Angabe passt nicht zu dieser Art von Angebot oder Anfrage.
field-unknown_organization = Diese Organisation gibt es nicht.
field-immutable = Dieser Wert kann nachträglich nicht geändert werden.
field-cannot_unpublish = Ein veröffentlichtes Angebot kann nicht wieder zum Entwurf werden. Schließen Sie es stattdessen.
field-date_in_past = Dieses Datum liegt in der Vergangenheit.
field-date_too_far = Das Datum darf höchstens ein Jahr in der Zukunft liegen.
field-before_start = Das Ende darf nicht vor dem Beginn liegen.

## Contact and messaging

error-blocked = Nachrichten zwischen diesen beiden Organisationen sind gesperrt.
error-opportunity_not_open = Dieses Angebot bzw. diese Anfrage ist nicht mehr offen.
error-duplicate_message = Sie haben diese Nachricht in den letzten 24 Stunden schon an eine andere Organisation gesendet. Bitte schreiben Sie jedem Empfänger eine eigene Nachricht.
error-report_resolved = Diese Meldung wurde bereits bearbeitet.
error-attachment_too_large = Die Datei ist zu groß (höchstens 10 MiB).
error-unsupported_attachment_type = Anhängen können Sie nur PDF-, PNG-, JPEG- und WebP-Dateien.
error-attachment_type_mismatch = Der Inhalt der Datei passt nicht zu ihrem Typ. Anhängen können Sie nur echte PDF-, PNG-, JPEG- und WebP-Dateien.
field-same_organization = Eine Organisation kann sich nicht selbst schreiben.
field-not_an_expert = Experten können Sie nur bei Kammern, Clustern, Forschungseinrichtungen, Wirtschaftsförderungen und Verbänden fragen.
field-not_opportunity_organization = Dieses Angebot bzw. diese Anfrage gehört einer anderen Organisation.
field-unknown_opportunity = Dieses Angebot bzw. diese Anfrage gibt es nicht.
field-unknown_attachment = Diese Datei wurde nicht gefunden oder schon gesendet.
notification-conversation-started-title = Neue Unterhaltung von { $organization }
notification-conversation-started-body = { $sender } schreibt an { $recipient }: { $preview }
notification-message-received-title = Neue Nachricht von { $organization }
notification-message-received-body = { $sender } schreibt an { $recipient }: { $preview }
