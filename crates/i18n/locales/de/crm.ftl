## The SPA's CRM-integration pages: webhooks with their delivery log, organisation import.

## Webhooks

crm-webhooks-title = Webhooks
crm-webhooks-lead = Webhooks melden Ihrem CRM sofort, was sich auf Glokal ändert: Glokal schickt bei jedem gewählten Ereignis eine signierte Nachricht an Ihre Adresse.
crm-webhooks-list = Ihre Webhooks
crm-webhooks-empty = Noch keine Webhooks – Ihr CRM erfährt Änderungen bisher nur, wenn es selbst nachfragt.
crm-webhooks-empty-text = Mit einem Webhook schickt Glokal neue und geänderte Profile, veröffentlichte Angebote und Anmeldungen zu Ihren Veranstaltungen direkt an Ihr CRM. Legen Sie den ersten mit dem Formular „Neuer Webhook“ an.
crm-webhooks-forbidden = Webhooks verwalten nur Inhaber einer Institution, die Institutionsmitarbeitende sind, und die Plattform-Administration.
crm-refresh = Aktualisieren
crm-webhook-new = Neuer Webhook
crm-webhook-url = Empfangsadresse (URL)
crm-webhook-url-hint = Eine https://-Adresse Ihres CRM, die POST-Anfragen mit JSON annimmt.
crm-webhook-description = Wofür?
crm-webhook-description-hint = Zum Beispiel „CRM IHK Dresden“ – hilft, Webhooks auseinanderzuhalten.
crm-events = Ereignisse
crm-webhook-create = Webhook anlegen
crm-webhook-created = Webhook angelegt
crm-secret = Signaturschlüssel
crm-secret-warning = Kopieren Sie den Schlüssel jetzt und hinterlegen Sie ihn in Ihrem CRM. Er wird nur dieses eine Mal angezeigt.
crm-webhook-delete = Löschen
crm-webhook-delete-title = Webhook löschen?
crm-webhook-delete-text = Der Webhook an { $url } und sein Zustellprotokoll werden gelöscht; noch ausstehende Zustellungen entfallen.
crm-webhook-deleted = Der Webhook an { $url } wurde gelöscht.
crm-event-organization-created = Organisation angelegt
crm-event-organization-created-hint = Ein neues Profil erscheint auf Glokal (auch aus einem Import).
crm-event-organization-updated = Organisation geändert
crm-event-organization-updated-hint = Texte, Adresse, Codes, Logo oder Verifizierung eines Profils ändern sich.
crm-event-organization-deleted = Organisation gelöscht
crm-event-organization-deleted-hint = Ein Profil wird gelöscht – entfernen Sie es auch im CRM.
crm-event-opportunity-published = Angebot/Gesuch veröffentlicht
crm-event-opportunity-published-hint = Ein Angebot oder Gesuch wird veröffentlicht.
crm-event-opportunity-closed = Angebot/Gesuch abgeschlossen
crm-event-opportunity-closed-hint = Ein Angebot oder Gesuch wird mit seinem Ergebnis abgeschlossen.
crm-event-registration-created = Anmeldung zu Ihrer Veranstaltung
crm-event-registration-created-hint = Eine Organisation meldet sich zu einer Veranstaltung an, die Sie (mit)veranstalten.
crm-health = Zugestellt: { $delivered } · Ausstehend: { $pending } · Fehlgeschlagen: { $failed }
crm-health-last = zuletzt zugestellt { $date }
crm-health-none = Noch keine Zustellungen.
crm-log = Zustellprotokoll
crm-log-hint = Die letzten 100 Zustellungen, neueste zuerst. Fehlgeschlagene Versuche werden automatisch wiederholt (30 s, 1 min, 2 min … höchstens zehnmal); „Erneut senden“ stellt eine Zustellung sofort wieder in die Warteschlange.
crm-log-empty = Noch keine Zustellungen für diesen Webhook.
crm-status-delivered = Zugestellt
crm-status-failed = Fehlgeschlagen
crm-status-pending = Wartet
crm-status-retrying = Wird wiederholt
crm-redelivery = erneut gesendet
crm-resend = Erneut senden
crm-resent = Die Zustellung wurde erneut in die Warteschlange gestellt.
crm-show-more = Weitere anzeigen
crm-col-event = Ereignis
crm-col-status = Status
crm-col-attempts = Versuche
crm-col-answer = Letzte Antwort
crm-col-next = Nächster Versuch
crm-col-delivered = Zugestellt am
crm-col-when = Zeitpunkt
crm-signature-title = Signatur prüfen
crm-signature-text = Jede Zustellung trägt den Kopf Glokal-Signature. So prüft Ihr CRM, dass sie wirklich von Glokal kommt:
crm-signature-step-split = t (Unix-Sekunden) und v1 aus dem Kopf lesen.
crm-signature-step-hmac = HMAC-SHA256 mit Ihrem Signaturschlüssel über „t.“ und den unveränderten Inhalt (raw body) berechnen, als Hex.
crm-signature-step-compare = Mit v1 in konstanter Zeit vergleichen und Zeitstempel älter als fünf Minuten ablehnen.
crm-signature-step-dedupe = Doppelte Zustellungen am Kopf Glokal-Event-Id erkennen.

## Export

crm-export = Exportieren:
crm-export-csv = CSV
crm-export-xlsx = Excel (XLSX)
crm-export-busy = Datei wird erstellt …
crm-export-organizations = Organisationen exportieren
crm-export-organizations-hint = Alle Organisationen mit ihren öffentlichen Angaben und Registernummern, ohne Kontaktpersonen. Die Spalten sind die des Imports.

## Import

crm-import-title = Organisationen importieren
crm-import-link = Organisationen importieren
crm-import-lead = Laden Sie eine Tabelle mit Organisationen hoch. Glokal prüft zuerst jede Zeile und zeigt Fehler und Dubletten – angelegt wird erst, wenn Sie danach „Importieren“ wählen. Die neuen Profile gehören Ihnen; übergeben Sie sie später per Einladung an die Firmen.
crm-import-forbidden = Organisationen importieren können nur Institutionsmitarbeitende und die Plattform-Administration.
crm-back-directory = ← Zum Verzeichnis
crm-import-step-file = Datei wählen und prüfen
crm-import-file = Datei (CSV oder XLSX)
crm-import-file-hint = Höchstens 32 MiB und 100 000 Zeilen; die erste Zeile enthält die Spaltenüberschriften.
crm-import-format-csv = CSV in UTF-8, mit oder ohne BOM, getrennt durch Semikolon (;) oder Komma (,).
crm-import-format-xlsx = Excel-Datei (XLSX): gelesen wird das erste Tabellenblatt.
crm-import-format-headers = Überschriften auf Deutsch, Tschechisch oder Englisch (siehe Tabelle der erkannten Spalten).
crm-import-format-values = Art, Land und Größe dürfen in jeder der drei Sprachen stehen („Unternehmen“, „Tschechien“, „střední“ oder eine Zahl der Beschäftigten).
crm-import-check = Datei prüfen
crm-import-checking = Wird geprüft …
crm-import-dry-hint = Die Prüfung legt nichts an.
crm-import-done =
    { $count ->
        [one] Eine Organisation wurde angelegt.
       *[other] { $count } Organisationen wurden angelegt.
    }
crm-import-to-directory = Im Verzeichnis ansehen (neueste zuerst)
crm-columns-title = Erkannte Spalten
crm-columns-hint = Groß- und Kleinschreibung, Akzente, Leerzeichen und Satzzeichen spielen keine Rolle. Unbekannte Spalten werden übergangen.
crm-col-field = Feld
crm-col-headers = Mögliche Überschriften
crm-col-row = Zeile
crm-col-problem = Problem
crm-col-reason = Grund
crm-col-matches = Entspricht
crm-field-name = Name
crm-field-legal_form = Rechtsform
crm-field-kind = Art der Organisation
crm-field-country = Land
crm-field-street = Straße und Hausnummer
crm-field-postal_code = Postleitzahl
crm-field-city = Ort
crm-field-website = Website
crm-field-email = E-Mail
crm-field-phone = Telefon
crm-field-founding_year = Gründungsjahr
crm-field-size_class = Größenklasse
crm-field-nace_main = Haupt-NACE-Code
crm-field-nace_codes = NACE-Codes
crm-field-languages = Sprachen
crm-field-keywords = Schlagworte
crm-field-description = Beschreibung (in der Sprache des Landes)
crm-field-description-de = Beschreibung Deutsch
crm-field-description-cs = Beschreibung Tschechisch
crm-field-description-en = Beschreibung Englisch
crm-field-ico = IČO
crm-field-dic = DIČ
crm-field-hr_number = Handelsregisternummer
crm-field-vat_id = USt-IdNr.
crm-import-report = Ergebnis der Prüfung
crm-import-format-found = { $format }-Datei, Trennzeichen „{ $delimiter }“
crm-import-format-found-xlsx = { $format }-Datei, erstes Tabellenblatt
crm-import-rows = Zeilen gelesen
crm-import-importable = Würden angelegt
crm-import-duplicate-count = Dubletten
crm-import-error-count = Zeilen mit Fehlern
crm-import-errors = Fehler
crm-import-errors-hint = Diese Zeilen werden nicht importiert. Korrigieren Sie sie in der Datei und prüfen Sie erneut. Zeilennummern wie in der Tabellenkalkulation (Überschrift = Zeile 1).
crm-import-duplicates = Dubletten
crm-import-duplicates-hint = Diese Zeilen gibt es schon auf Glokal oder weiter oben in der Datei; sie werden übersprungen.
crm-dup-ico = gleiche IČO
crm-dup-vat_id = gleiche USt-IdNr.
crm-dup-name_and_town = gleicher Name am gleichen Ort
crm-dup-same-row = Zeile { $row } dieser Datei
crm-column-ignored = nicht verwendet
crm-import-columns-found = So wurden die Spalten verstanden
crm-import-run =
    { $count ->
        [one] Eine Organisation importieren
       *[other] { $count } Organisationen importieren
    }
crm-import-run-hint = Fehlerhafte Zeilen und Dubletten werden übersprungen.
crm-import-nothing = Keine Zeile kann importiert werden. Korrigieren Sie die Datei und prüfen Sie sie erneut.
