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
field-unknown_value = Diesen Wert kennen wir nicht. Bitte wählen Sie ihn aus der Liste.
field-invalid_near = Bitte geben Sie einen Ort aus der Liste oder Koordinaten als „Breite,Länge“ an.
field-unknown_place = Dieser Ort ist uns nicht bekannt. Bitte wählen Sie ihn aus der Liste.
field-text_required = Bitte geben Sie den Text in mindestens einer Sprache ein.
field-too_many = Das sind zu viele Einträge.
field-invalid_phone = Bitte geben Sie eine gültige Telefonnummer ein.
field-unknown_user = Unter dieser E-Mail-Adresse ist kein Konto registriert.
error-last_owner = Eine Organisation braucht mindestens eine Inhaberin oder einen Inhaber. Machen Sie zuerst jemand anderen zum Inhaber.
error-already_member = Diese Person ist bereits Mitglied der Organisation.
error-registration_closed = Eine Anmeldung zu dieser Veranstaltung ist nicht möglich: Sie ist noch nicht veröffentlicht, die Anmeldefrist ist abgelaufen, oder sie ist vorbei oder abgesagt.
error-already_registered = Sie sind für diese Veranstaltung bereits angemeldet oder stehen auf der Warteliste.
error-invalid_event_state = Das ist im jetzigen Stand der Veranstaltung nicht möglich.
error-not_confirmed = Nur bestätigte Anmeldungen können eingecheckt werden, nicht die Warteliste.
field-invalid_datetime = Bitte geben Sie Datum und Uhrzeit mit Zeitzone an (z. B. 2027-03-11T09:00:00+01:00).
field-ends_before_start = Das Ende muss nach dem Beginn liegen.
field-deadline_after_end = Die Anmeldefrist muss vor dem Ende der Veranstaltung liegen.
field-not_a_member = Sie sind nicht Mitglied dieser Organisation.
field-below_registrations = Es sind bereits mehr Personen angemeldet.
field-cannot_change = Dieser Wert kann nicht mehr geändert werden.
calendar-name = Glokal – Veranstaltungen
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
field-not_an_institution = Nur Kammern, Cluster, Verbände, Forschungseinrichtungen, Wirtschaftsförderungen und Behörden können Organisationen verifizieren.
field-registry_mismatch = Der Name im Handelsregister weicht vom Namen im Profil ab. Bitte korrigieren Sie den Namen oder die IČO.

## Kooperationsbörse (B2B matchmaking)

error-not_a_participant = Das ist nur für Teilnehmende der Kooperationsbörse möglich (bestätigte Anmeldung zur Veranstaltung).
error-insufficient_scope = Dieses API-Token hat nicht die nötige Berechtigung (Scope) für diese Anfrage.
error-matchmaking_unavailable = Diese Veranstaltung hat keine Kooperationsbörse, oder die Organisatoren haben sie noch nicht eingerichtet.
error-matchmaking_closed = Gesprächsanfragen sind nicht mehr möglich: Die Buchungsfrist ist abgelaufen oder die Veranstaltung wurde abgesagt.
error-meeting_request_exists = Zwischen Ihnen und diesem Teilnehmer gibt es bereits eine offene, angenommene oder abgelehnte Gesprächsanfrage.
error-meeting_request_not_pending = Diese Gesprächsanfrage wurde bereits beantwortet, zurückgezogen oder ist abgelaufen.
error-schedule_conflict = Diese Änderung würde bereits veröffentlichte Gesprächstermine verschieben oder streichen.
error-no_draft_schedule = Es gibt noch keinen Terminplan-Entwurf. Bitte planen Sie die Gespräche zuerst.
error-meeting_not_held = Dieses Gespräch hat noch nicht stattgefunden oder steht nicht im veröffentlichten Terminplan.
error-too_many_saved_searches = Sie können höchstens 20 Suchen speichern. Löschen Sie eine, um eine neue zu speichern.
field-cannot_request_self = Sie können sich nicht selbst um ein Gespräch bitten.
field-own_organization = Gespräche mit der eigenen Organisation sind nicht vorgesehen.
field-too_many_slots = Das ergibt zu viele Gesprächsrunden (höchstens 128). Bitte längere Gespräche oder kürzere Zeiten wählen.
field-no_slots = In diesen Zeiten passt keine einzige Gesprächsrunde.
field-overlapping = Die Zeiträume überschneiden sich.
field-outside_event = Dieser Zeitraum liegt außerhalb der Veranstaltung.
field-unknown_slot = Diese Gesprächsrunde gibt es nicht.
matchmaking-unscheduled-invalid = Der veröffentlichte Termin ist nicht mehr möglich (Runde, Tisch oder Anwesenheit geändert).
matchmaking-unscheduled-no_common_slot = Die beiden sind nie zur selben Zeit anwesend.
matchmaking-unscheduled-meeting_limit = Eine Seite hat bereits so viele Gespräche, wie sie höchstens führen möchte.
matchmaking-unscheduled-no_free_slot = In den gemeinsamen Zeiten sind die beiden schon anderweitig verabredet oder alle Tische belegt.
matchmaking-unscheduled-fixed_conflict = Der veröffentlichte Termin überschneidet sich mit einem anderen veröffentlichten Termin.
matchmaking-suggestion-shared_nace = Gleiche Branche (NACE { $values })
matchmaking-suggestion-related_nace = Verwandte Branche (NACE { $values })
matchmaking-suggestion-shared_keywords = Gemeinsame Stichwörter: { $values }
matchmaking-suggestion-matches_seek = Passt zu dem, was gesucht wird: { $values }
matchmaking-suggestion-cross_border = Grenzüberschreitend ({ $values })
matchmaking-table = Tisch { $table }
matchmaking-interpreter-table = Tisch { $table } (mit Dolmetscher)
matchmaking-ics-summary = Gespräch: { $organization }
matchmaking-ics-contact = Ansprechperson: { $name } <{ $email }>
matchmaking-ics-interpreter-missing = Sie sprechen keine gemeinsame Sprache, und kein Dolmetschertisch war frei.
match-reason-counterpart = Passendes Gegenstück: { $type }
match-reason-shared-terms = Beide nennen: { $terms }
match-reason-same-activity = Gleiche oder verwandte Tätigkeit: { $activity }
match-reason-distance = { $km } km entfernt ({ $town })
match-reason-cross-border = Partner über die Grenze: { $country }
match-reason-certifications = Hat die verlangten Zertifikate: { $certifications }
notification-shortage-alert-title = Engpass in Ihrer Nähe: { $title }
notification-shortage-alert-body = { $organization } ({ $town }) braucht bis { $needed_by } Hilfe. Antworten bis { $reply_by }.
notification-saved-search-title = { $count ->
    [one] Ein neuer Treffer für „{ $search }“
   *[other] { $count } neue Treffer für „{ $search }“
}
notification-saved-search-body = Neu: { $titles }
