## Texts of the single-page app

app-name = Glokal
app-tagline = Global denken, lokal handeln – das Netzwerk für die sächsisch-tschechische Grenzregion.

## Allgemein

common-loading = Wird geladen …
common-dismiss = Schließen
skip-to-content = Zum Inhalt springen
form-optional = (optional)
alert-retry-after = Bitte versuchen Sie es in { $seconds } Sekunden erneut.
password-show = Anzeigen
password-hide = Verbergen
password-hint = Mindestens 10 Zeichen. Ein kurzer Satz ist leicht zu merken und schwer zu erraten.

## Kopfzeile und Navigation

nav-label = Hauptnavigation
nav-home = Startseite
nav-home-label = Glokal – Startseite
nav-menu = Menü
nav-menu-close = Schließen
nav-login = Anmelden
nav-register = Registrieren
nav-account = Mein Konto
nav-logout = Abmelden
lang-switcher-label = Sprache
lang-switch-to = Sprache wechseln: { $language }
logout-done = Sie wurden abgemeldet. Bis bald!

## Fußzeile

footer-nav-label = Rechtliches und Entwickler
footer-imprint = Impressum
footer-privacy = Datenschutz
footer-api-docs = API-Dokumentation
footer-interreg-short = Kofinanziert von der Europäischen Union
footer-interreg = Glokal entsteht im Projekt „Glokalisierung – global denken, lokal handeln“ des Kooperationsprogramms Interreg Sachsen – Tschechien 2021–2027.
footer-copyright = © Glokal-Mitwirkende
footer-licence = Open Source unter der MIT-Lizenz
footer-version = Version { $version }

## Startseite

home-title = Netzwerkplattform für die sächsisch-tschechische Grenzregion
home-hero-eyebrow = Sachsen · Tschechien
home-hero-title = Über die Grenze hinweg kooperieren. Gemeinsam wachsen.
home-hero-lead = Glokal verbindet kleine und mittlere Unternehmen mit Kammern, Clustern, Wirtschaftsförderern und Hochschulen in der sächsisch-tschechischen Grenzregion – auf Deutsch, Tschechisch und Englisch.
home-cta-register = Kostenlos registrieren
home-cta-login = Anmelden
home-cta-account = Zu meinem Konto
home-welcome = Willkommen zurück, { $name }!
home-features-title = Was Glokal bietet
home-feature-coming-soon = In Vorbereitung
home-features-lead = Ein Ort für alles, was grenzüberschreitende Zusammenarbeit leichter macht.
home-feature-profiles-title = Unternehmensprofile
home-feature-profiles-text = Präsentieren Sie Ihr Unternehmen, seine Kompetenzen und Produkte in drei Sprachen – und werden Sie von Partnern auf beiden Seiten der Grenze gefunden.
home-feature-market-title = Angebote und Gesuche
home-feature-market-text = Veröffentlichen Sie Angebote und Gesuche, von freien Fertigungskapazitäten bis zu Dienstleistungen. Melden Sie Lieferengpässe und finden Sie schnell alternative Lieferanten in der Region.
home-feature-partners-title = Grenzüberschreitende Partnersuche
home-feature-partners-text = Finden Sie Lieferanten, Kunden und Forschungspartner in Sachsen und Tschechien – nach Branche, Region und Sprache.
home-feature-events-title = Kooperationsbörsen
home-feature-events-text = Entdecken Sie Matchmaking-Veranstaltungen und Kooperationsbörsen, melden Sie sich an und vereinbaren Sie Ihre Gespräche im Voraus.
home-feature-institutions-title = Institutionen
home-feature-institutions-text = Kammern, Cluster, Wirtschaftsförderer und Hochschulen stellen ihre Unterstützungsangebote vor und begleiten Unternehmen auf dem Weg zu neuen Partnern.
home-steps-title = So funktioniert es
home-step-1-title = Registrieren
home-step-1-text = Legen Sie mit Ihrer E-Mail-Adresse ein kostenloses Konto an – in einer Minute.
home-step-2-title = Sich vorstellen
home-step-2-text = Beschreiben Sie Ihr Unternehmen oder Ihre Institution und wonach Sie suchen.
home-step-3-title = Zusammenarbeiten
home-step-3-text = Finden Sie Partner, beantworten Sie Gesuche und treffen Sie sich auf Kooperationsbörsen.
home-audience-title = Für wen ist Glokal?
home-audience-sme-title = Kleine und mittlere Unternehmen
home-audience-sme-text = Finden Sie neue Kunden und Lieferanten jenseits der Grenze, sichern Sie Ihre Lieferketten und knüpfen Sie Kontakte ohne Sprachbarrieren.
home-audience-institutions-title = Kammern, Cluster und Hochschulen
home-audience-institutions-text = Erreichen Sie die Unternehmen der Region, kündigen Sie Veranstaltungen und Förderangebote an und bringen Sie zusammen, wer zusammengehört.
home-region-title = Gemacht für die Grenzregion
home-region-text = Glokal ist Open-Source-Software und wird in der Region betrieben. Alle Texte gibt es auf Deutsch, Tschechisch und Englisch, und die Plattform kommt ohne Tracking und externe Dienste aus.
home-fact-languages = Sprachen
home-fact-countries = Länder, eine Region
home-fact-open-source = Open Source
home-cta-title = Bereit für neue Partner?
home-cta-text = Die Registrierung ist kostenlos und dauert eine Minute.

## Anmeldung

login-title = Anmelden
login-lead = Willkommen zurück! Melden Sie sich mit E-Mail-Adresse und Passwort an.
login-email = E-Mail-Adresse
login-password = Passwort
login-submit = Anmelden
login-forgot = Passwort vergessen?
login-no-account = Noch kein Konto?
login-register-link = Jetzt registrieren
login-already = Sie sind bereits angemeldet.
login-resend-text = Keine Bestätigungs-E-Mail erhalten? Wir senden sie Ihnen gern erneut.
login-resend = Bestätigungs-E-Mail erneut senden
login-resend-sent = Wir haben Ihnen eine neue Bestätigungs-E-Mail geschickt. Bitte sehen Sie in Ihr Postfach.

## Registrierung

register-title = Konto anlegen
register-lead = Registrieren Sie sich kostenlos und vernetzen Sie sich mit Unternehmen und Institutionen der Grenzregion.
register-display-name = Ihr Name
register-display-name-hint = Wird anderen Mitgliedern angezeigt, z. B. „Jana Nováková“.
register-email = E-Mail-Adresse
register-password = Passwort
register-password-repeat = Passwort wiederholen
register-submit = Konto anlegen
register-privacy-note = Wir verwenden Ihre Daten nur, um Ihr Konto bereitzustellen.
register-privacy-link = Datenschutzerklärung
register-have-account = Bereits registriert?
register-login-link = Anmelden
register-success-title = Bitte sehen Sie in Ihr Postfach
register-success-text = Wir haben einen Bestätigungslink an { $email } gesendet. Öffnen Sie ihn, um Ihr Konto zu aktivieren.
register-success-hint = Nach einigen Minuten keine E-Mail da? Bitte prüfen Sie Ihren Spam-Ordner oder fordern Sie eine neue an.

## E-Mail-Bestätigung

verify-title = E-Mail-Adresse bestätigen
verify-pending = Ihre E-Mail-Adresse wird bestätigt …
verify-success-title = E-Mail-Adresse bestätigt
verify-success-text = Vielen Dank! Ihr Konto ist jetzt aktiv.
verify-login = Anmelden
verify-failed-hint = Melden Sie sich mit E-Mail-Adresse und Passwort an, um einen neuen Bestätigungslink anzufordern.

## Passwort vergessen

forgot-title = Passwort vergessen?
forgot-lead = Geben Sie Ihre E-Mail-Adresse ein. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.
forgot-email = E-Mail-Adresse
forgot-submit = Link senden
forgot-success = Falls zu dieser Adresse ein Konto besteht, haben wir einen Link zum Zurücksetzen des Passworts gesendet. Bitte sehen Sie in Ihr Postfach.
forgot-back = Zurück zur Anmeldung

## Passwort zurücksetzen

reset-title = Neues Passwort festlegen
reset-lead = Wählen Sie ein neues Passwort für Ihr Konto. Überall sonst werden Sie abgemeldet.
reset-password = Neues Passwort
reset-password-repeat = Neues Passwort wiederholen
reset-submit = Passwort speichern
reset-success = Ihr Passwort wurde geändert. Sie können sich jetzt mit dem neuen Passwort anmelden.
reset-login = Anmelden
reset-request-new = Neuen Link anfordern

## Konto

account-title = Mein Konto
account-lead = Verwalten Sie Ihr Profil, Ihr Passwort und Ihre Daten.
account-profile-title = Profil
account-email = E-Mail-Adresse
account-email-verified = bestätigt
account-role = Rolle
account-member-since = Mitglied seit
account-display-name = Name
account-language = Bevorzugte Sprache
account-language-hint = Für unsere E-Mails und als Ihre Standardsprache auf Glokal.
account-save = Änderungen speichern
account-saved = Ihre Änderungen wurden gespeichert.
account-password-title = Passwort ändern
account-password-lead = Nach der Änderung werden Sie auf allen anderen Geräten abgemeldet.
account-current-password = Aktuelles Passwort
account-new-password = Neues Passwort
account-new-password-repeat = Neues Passwort wiederholen
account-password-submit = Passwort ändern
account-password-changed = Ihr Passwort wurde geändert. Andere Geräte wurden abgemeldet.
account-export-title = Ihre Daten
account-export-text = Laden Sie alle personenbezogenen Daten, die wir über Sie speichern, als JSON-Datei herunter.
account-export-submit = Datenexport herunterladen
account-export-done = Der Datenexport wurde heruntergeladen.
account-delete-title = Konto löschen
account-delete-text = Wenn Sie Ihr Konto löschen, werden Ihr Profil und alle personenbezogenen Daten endgültig entfernt. Das lässt sich nicht rückgängig machen.
account-delete-open = Konto löschen …
account-delete-dialog-title = Konto wirklich löschen?
account-delete-dialog-text = Bitte bestätigen Sie mit Ihrem Passwort. Ihr Konto und alle personenbezogenen Daten werden sofort gelöscht.
account-delete-password = Passwort
account-delete-confirm = Endgültig löschen
account-delete-cancel = Abbrechen
common-cancel = Abbrechen
account-deleted = Ihr Konto und alle personenbezogenen Daten wurden gelöscht. Danke, dass Sie Glokal genutzt haben.
role-member = Mitglied
role-institution_staff = Mitarbeiter/in einer Institution
role-platform_admin = Plattformverwaltung

## Nicht gefunden

notfound-title = Seite nicht gefunden
notfound-text = Die gesuchte Seite gibt es nicht oder sie ist umgezogen.
notfound-home = Zur Startseite

## Impressum

imprint-title = Impressum
imprint-lead = Angaben zum Anbieter dieser Glokal-Installation.
imprint-provider-title = Anbieter
imprint-provider-text = Diese Glokal-Installation wird von der hier durch den Betreiber angegebenen Organisation betrieben (Name, Rechtsform, Anschrift, Vertretungsberechtigte, Registereintrag und Umsatzsteuer-Identifikationsnummer).
imprint-contact-title = Kontakt
imprint-contact-text = E-Mail-Adresse und Telefonnummer des Betreibers, wie vom Betreiber dieser Installation hinterlegt.
imprint-responsible-title = Verantwortlich für den Inhalt
imprint-responsible-text = Für veröffentlichte Profile, Angebote und Veranstaltungen sind die jeweiligen Mitglieder und Institutionen verantwortlich. Rechtswidrige Inhalte entfernt der Betreiber, sobald er davon Kenntnis erhält.
imprint-project-title = Projekt
imprint-project-text = Glokal entstand im Projekt „Glokalisierung – global denken, lokal handeln“ des Kooperationsprogramms Interreg Sachsen – Tschechien 2021–2027, kofinanziert von der Europäischen Union.
imprint-software-title = Software
imprint-software-text = Glokal ist Open-Source-Software unter der MIT-Lizenz. © Glokal-Mitwirkende.
imprint-disputes-title = Streitbeilegung
imprint-disputes-text = Wir sind nicht verpflichtet und nicht bereit, an Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle teilzunehmen.

## Datenschutz

privacy-title = Datenschutzerklärung
privacy-lead = Wir verarbeiten nur die personenbezogenen Daten, die für den Betrieb der Plattform nötig sind. Hier erfahren Sie, welche, wozu und wie lange.
privacy-controller-title = Verantwortlicher
privacy-controller-text = Verantwortlich ist der Betreiber dieser Installation. Name, Anschrift und Kontaktdaten finden Sie im
privacy-data-title = Welche Daten wir verarbeiten
privacy-data-account = Konto: E-Mail-Adresse, Name, bevorzugte Sprache, Rolle und Ihr Passwort als gesalzener Hash (niemals im Klartext).
privacy-data-sessions = Sitzungen: wann eine Anmeldesitzung begonnen hat und wann sie endet, damit Sie sicher angemeldet bleiben.
privacy-data-mails = E-Mails: welche Systemnachrichten (z. B. Bestätigung, Passwort-Zurücksetzung) Ihnen wann gesendet wurden.
privacy-data-logs = Technische Protokolle: Der Server protokolliert Zeitpunkt, Pfad und Ergebnis jeder Anfrage (ohne IP-Adresse), um den Dienst zu betreiben. IP-Adressen werden nur kurzzeitig im Arbeitsspeicher gehalten, um Anmeldeversuche zu begrenzen.
privacy-purpose-title = Zweck und Rechtsgrundlage
privacy-purpose-text = Wir verarbeiten die Daten, um Ihr Konto und die Plattform bereitzustellen (Art. 6 Abs. 1 lit. b DSGVO) und den Dienst sicher zu halten (Art. 6 Abs. 1 lit. f DSGVO). Für Werbung nutzen wir Ihre Daten nicht.
privacy-storage-title = Speicherdauer
privacy-storage-text = Kontodaten speichern wir, bis Sie Ihr Konto löschen. Sitzungen laufen automatisch ab; Bestätigungs- und Zurücksetzungslinks sind nur kurz gültig.
privacy-cookies-title = Cookies und lokaler Speicher
privacy-cookies-text = Wir setzen ein einziges technisch notwendiges Cookie, das Sie angemeldet hält (HttpOnly, nur für den Anmeldedienst). Ihre Sprachwahl wird in Ihrem Browser gespeichert. Es gibt kein Tracking, keine Statistikdienste und keine extern geladenen Schriften oder Skripte.
privacy-recipients-title = Empfänger
privacy-recipients-text = Ihre Daten werden weder verkauft noch weitergegeben. Technische Dienstleister (Hosting, E-Mail-Versand) verarbeiten sie nur in unserem Auftrag.
privacy-rights-title = Ihre Rechte
privacy-rights-text = Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit und Widerspruch.
privacy-rights-export = Auskunft und Übertragbarkeit: Laden Sie alle Ihre Daten auf der Seite „Mein Konto“ herunter.
privacy-rights-rectify = Berichtigung: Ändern Sie Name und Sprache jederzeit auf der Seite „Mein Konto“.
privacy-rights-delete = Löschung: Löschen Sie Ihr Konto selbst auf der Seite „Mein Konto“.
privacy-rights-complaint = Beschwerde: Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren, z. B. bei der Sächsischen Datenschutz- und Transparenzbeauftragten oder dem tschechischen Amt für den Schutz personenbezogener Daten (ÚOOÚ).

## Gemeinsame Formularteile

form-field-invalid = Bitte prüfen Sie diese Angabe.
form-leave-confirm = Sie haben ungespeicherte Änderungen. Seite trotzdem verlassen?
combobox-count = { $count ->
    [0] Keine Vorschläge
    [one] Ein Vorschlag, mit den Pfeiltasten auswählen
   *[other] { $count } Vorschläge, mit den Pfeiltasten auswählen
}
chips-remove = „{ $item }“ entfernen
nav-directory = Verzeichnis

## Organisationen: Arten, Größenklassen, Länder, Sprachen

org-kind-company = Unternehmen
org-kind-chamber = Kammer
org-kind-cluster = Cluster oder Netzwerk
org-kind-association = Verband oder Verein
org-kind-research = Hochschule oder Forschungseinrichtung
org-kind-development_agency = Wirtschaftsförderung
org-kind-public_body = Behörde
org-kind-other = Sonstige Organisation
org-size-micro = Kleinstunternehmen (weniger als 10 Beschäftigte)
org-size-small = Kleines Unternehmen (10–49 Beschäftigte)
org-size-medium = Mittleres Unternehmen (50–249 Beschäftigte)
org-size-large = Großunternehmen (250 und mehr Beschäftigte)
country-de = Deutschland
country-cz = Tschechien
country-pl = Polen
language-name-de = Deutsch
language-name-cs = Tschechisch
language-name-en = Englisch
language-name-pl = Polnisch
language-name-sk = Slowakisch
language-name-fr = Französisch
language-name-ru = Russisch
language-name-uk = Ukrainisch
language-name-it = Italienisch
language-name-es = Spanisch

## Verzeichnis

directory-title = Verzeichnis
directory-lead = Unternehmen, Kammern, Cluster und Einrichtungen der sächsisch-tschechischen Grenzregion.
directory-register = Organisation eintragen
directory-filters = Filter
directory-filter-kind = Art
directory-all-kinds = Alle Arten
directory-filter-country = Land
directory-all-countries = Beide Länder
directory-filter-region = Region
directory-all-regions = Alle Regionen
directory-filter-section = Wirtschaftszweig (NACE-Abschnitt)
directory-all-sections = Alle Wirtschaftszweige
directory-filter-division = Branche (NACE-Abteilung)
directory-all-divisions = Alle Branchen des Abschnitts
directory-filter-size = Größe
directory-all-sizes = Alle Größen
directory-filter-language = Gesprochene Sprache
directory-all-languages = Alle Sprachen
directory-filter-near = Entfernung
directory-filter-place = Ort
directory-place-placeholder = Ort, z. B. Zittau
directory-place-clear = Entfernen
directory-filter-radius = Im Umkreis von
directory-radius-any = beliebig
directory-radius-km = { $km } km
directory-reset = Filter zurücksetzen
directory-count = { $count ->
    [0] Keine Organisationen
    [one] Eine Organisation
   *[other] { $count } Organisationen
}
directory-sort = Sortieren nach
directory-sort-name = Name
directory-sort-newest = Neueste zuerst
directory-sort-distance = Entfernung
directory-texts-in = Texte auf:
directory-distance = { $km } km entfernt
directory-empty = Noch hat sich keine Organisation eingetragen. Seien Sie die erste!
directory-empty-filtered = Keine Organisation entspricht diesen Filtern.
directory-pages = Seiten
directory-prev = Vorherige Seite
directory-next = Nächste Seite
directory-page-of = Seite { $page } von { $pages }

## Profil einer Organisation

profile-title = Profil der Organisation
profile-edit = Profil bearbeiten
profile-description = Über uns
profile-description-languages = Text anzeigen auf
profile-written-in = { $lang ->
    [de] Auf Deutsch verfasst.
    [cs] Auf Tschechisch verfasst.
   *[en] Auf Englisch verfasst.
}
profile-nace = Branchen (NACE)
profile-nace-main = Haupttätigkeit
profile-keywords = Stichworte und Kompetenzen
profile-contacts = Ansprechpersonen
profile-contacts-login = Melden Sie sich an, um die Ansprechpersonen zu sehen.
profile-contacts-none = Es sind keine Ansprechpersonen eingetragen.
profile-contact-members-only = nur für Mitglieder sichtbar
profile-facts = Eckdaten
profile-size = Größe
profile-founded = Gegründet
profile-languages = Gesprochene Sprachen
profile-ico = Identifikationsnummer (IČO)
profile-dic = Steuernummer (DIČ)
profile-hr = Handelsregister
profile-vat = USt-IdNr.
profile-channels = Kontakt
profile-website = Website
profile-email = E-Mail
profile-phone = Telefon
profile-location = Standort
profile-map-link = Auf OpenStreetMap zeigen (öffnet in neuem Tab)
profile-updated = Profil aktualisiert am { $date }

## Editor für Organisationen

editor-new-title = Organisation eintragen
editor-edit-title = Organisation bearbeiten
editor-edit-heading = „{ $name }“ bearbeiten
editor-lead = Stellen Sie Ihre Organisation auf Deutsch, Tschechisch oder Englisch vor, damit Partner auf beiden Seiten der Grenze Sie finden.
editor-required-note = Felder ohne „(optional)“ sind Pflichtfelder.
editor-forbidden = Nur Inhaber und Bearbeiter der Organisation dürfen dieses Profil ändern.
editor-back-to-profile = Zurück zum Profil
editor-basics = Grunddaten
editor-name = Name der Organisation
editor-name-hint = So, wie er im Verzeichnis stehen soll, z. B. „Nováková plasty s.r.o.“.
editor-legal-form = Rechtsform
editor-legal-form-hint = z. B. GmbH, e. V., s.r.o., a.s.
editor-kind = Art der Organisation
editor-founding-year = Gründungsjahr
editor-size = Größe (Beschäftigte)
editor-not-specified = Keine Angabe
editor-address = Anschrift
editor-country = Land
editor-city = Ort
editor-city-hint = Geben Sie den Ort ein und wählen Sie ihn aus der Liste (deutsche und tschechische Namen funktionieren), damit man Sie nach Region und Entfernung findet.
editor-street = Straße und Hausnummer
editor-postal-code = Postleitzahl
editor-channels = Kontaktwege
editor-website = Website
editor-website-hint = z. B. https://www.beispiel.de
editor-email = Allgemeine E-Mail-Adresse
editor-phone = Telefon
editor-classification = Branchen und Kompetenzen
editor-nace-main = Haupttätigkeit (NACE)
editor-nace-more = Weitere Tätigkeiten (NACE)
editor-nace-hint = Geben Sie einen Code oder ein Wort auf Deutsch, Tschechisch oder Englisch ein, z. B. „Kunststoff“, „plast“, „22.2“.
editor-nace-placeholder = NACE durchsuchen…
editor-languages = Gesprochene Sprachen
editor-languages-other = Weitere Sprache
editor-add = Hinzufügen
editor-keywords = Stichworte und Kompetenzen
editor-keywords-hint = Drücken Sie nach jedem Stichwort die Eingabetaste oder tippen Sie ein Komma, z. B. „Spritzguss“.
editor-description = Beschreibung
editor-description-lead = Beschreiben Sie, was Ihre Organisation tut und was sie sucht. Mindestens eine Sprache ist Pflicht; jede weitere hilft Partnern jenseits der Grenze.
editor-description-de = Beschreibung auf Deutsch
editor-description-cs = Beschreibung auf Tschechisch
editor-description-en = Beschreibung auf Englisch
editor-registration = Registernummern
editor-registration-lead = Damit Partner Ihre Organisation in den amtlichen Registern finden.
editor-ico = IČO (tschechische Identifikationsnummer)
editor-ico-hint = 8 Ziffern
editor-dic = DIČ (tschechische Steuernummer)
editor-dic-hint = z. B. CZ12345678
editor-hr = Handelsregistereintrag
editor-hr-hint = z. B. HRB 12345, Amtsgericht Dresden
editor-vat = Umsatzsteuer-Identifikationsnummer
editor-vat-hint = z. B. DE123456789
editor-contacts = Ansprechpersonen
editor-contacts-lead = Ansprechpersonen sehen nur angemeldete Mitglieder – oder, wenn Sie es so wählen, nur die Mitglieder Ihrer Organisation.
editor-contact-n = Ansprechperson { $n }
editor-contact-name = Name
editor-contact-role = Funktion
editor-contact-email = E-Mail
editor-contact-phone = Telefon
editor-contact-languages = Sprachen
editor-contact-visibility = Sichtbar für
editor-contact-visible-logged-in = alle angemeldeten Mitglieder
editor-contact-visible-members = nur Mitglieder dieser Organisation
editor-contact-add = Ansprechperson hinzufügen
editor-contact-remove = Ansprechperson entfernen
editor-create = Organisation eintragen
editor-save = Änderungen speichern
editor-cancel = Abbrechen
editor-unsaved = Ungespeicherte Änderungen
editor-saved = Das Profil wurde gespeichert.
editor-delete-title = Organisation löschen
editor-delete-text = Beim Löschen werden das Profil und seine Ansprechpersonen endgültig entfernt.
editor-delete-open = Organisation löschen…
editor-delete-dialog-title = Diese Organisation wirklich löschen?
editor-delete-dialog-text = Das Profil verschwindet sofort aus dem Verzeichnis. Das kann nicht rückgängig gemacht werden.
editor-delete-confirm = Endgültig löschen
editor-deleted = Die Organisation wurde gelöscht.
account-org-title = Ihre Organisation
account-org-text = Stellen Sie Ihr Unternehmen oder Ihre Einrichtung im Verzeichnis vor, damit Partner in der Grenzregion Sie finden.
editor-ares-title = Aus dem tschechischen Handelsregister ausfüllen
editor-ares-text = Tschechisches Unternehmen? Geben Sie die IČO ein, und wir übernehmen Name, Rechtsform, Anschrift, DIČ, Gründungsjahr und NACE-Codes aus dem Register ARES. Sie können danach alles ändern.
editor-ares-fill = Aus ARES ausfüllen
editor-ares-filled = Das Formular wurde aus ARES ausgefüllt. Bitte prüfen Sie die Angaben und ergänzen Sie eine Beschreibung.
editor-ares-dissolved = Laut ARES wurde dieses Unternehmen am { $date } aufgelöst.
org-demo = Demo
org-demo-note = Demodaten: Dies ist keine echte Organisation.
directory-filters-show = { $count ->
    [0] Filter zeigen
   *[other] Filter zeigen ({ $count } aktiv)
}
directory-filters-hide = Filter ausblenden
directory-invalid-filter = Dieser Link enthält einen Filter, den wir nicht kennen. Bitte setzen Sie die Filter zurück.

## Gemeinsam

editor-remove = Entfernen
member-role-owner = Inhaber/in
member-role-editor = Bearbeiter/in
nav-my-organizations = Meine Organisationen

## Editor: Logo, Produkte und Leistungen, Zertifizierungen

editor-languages-choose = Sprache wählen …
editor-logo = Logo
editor-logo-choose = Logo hochladen
editor-logo-replace = Logo ersetzen
editor-logo-hint = PNG, JPEG oder WebP, höchstens 2 MB. Es wird sofort gespeichert und mit bis zu 512 Pixeln angezeigt.
editor-logo-current = Aktuelles Logo
editor-logo-remove = Logo entfernen
editor-logo-uploaded = Das Logo wurde gespeichert.
editor-logo-removed = Das Logo wurde entfernt.
logo-error-payload_too_large = Diese Datei ist größer als 2 MB. Bitte wählen Sie ein kleineres Bild.
logo-error-unsupported_media_type = Bitte wählen Sie ein PNG-, JPEG- oder WebP-Bild (SVG und andere Formate werden nicht angenommen).
logo-error-invalid_image = Diese Datei lässt sich nicht als Bild lesen. Bitte wählen Sie eine andere PNG-, JPEG- oder WebP-Datei.
editor-offerings = Produkte und Leistungen
editor-offerings-lead = Was Sie herstellen oder anbieten, mit einem Namen in mindestens einer Sprache. Jede weitere Sprache hilft Partnern jenseits der Grenze.
editor-offering-n = Produkt oder Leistung { $n }
editor-offering-kind = Art
offering-kind-product = Produkt
offering-kind-service = Dienstleistung
editor-offering-name = Name
editor-offering-name-hint = In mindestens einer Sprache.
editor-offering-description = Kurzbeschreibung
editor-offering-description-hint = Freiwillig, in so vielen Sprachen, wie Sie möchten.
editor-offering-add = Produkt oder Leistung hinzufügen
editor-offering-remove = Diesen Eintrag entfernen
editor-certifications = Zertifizierungen
editor-certifications-lead = Zertifikate, die Ihre Organisation besitzt. Mit Ablaufdatum führt das Verzeichnis Sie nach dem Ablauf nicht mehr unter diesem Zertifikat.
editor-certification-add = Zertifizierung hinzufügen
editor-certification-choose = Zertifizierung wählen …
editor-certification-expires = Gültig bis
editor-certification-remove-named = { $name } entfernen

## Profil: Logo, Produkte und Leistungen, Zertifizierungen, Karte, Mitglieder

profile-offerings = Produkte und Leistungen
profile-certifications = Zertifizierungen
profile-certification-valid = gültig bis { $date }
profile-certification-expired = abgelaufen am { $date }
profile-map-alt = Karte: Standort von { $name }
profile-members = Mitglieder

## Verzeichnis

directory-filter-certification = Zertifizierung
directory-all-certifications = Alle Zertifizierungen

## Mitglieder

members-title = Mitglieder
members-back = ← Zurück zum Profil
members-lead = Inhaber und Bearbeiter können das Profil ändern. Inhaber laden außerdem Kolleginnen und Kollegen ein, ändern Rollen und entfernen Mitglieder.
members-forbidden = Nur Inhaber und Bearbeiter der Organisation sehen ihre Mitglieder.
members-count = { $count ->
    [one] Ein Mitglied
   *[other] { $count } Mitglieder
}
members-you = Sie
members-since = seit { $date }
members-make-owner = Zum Inhaber machen
members-make-editor = Zum Bearbeiter machen
members-remove = Entfernen
members-leave = Organisation verlassen
members-now-owner = { $name } ist jetzt Inhaber/in.
members-now-editor = { $name } ist jetzt Bearbeiter/in.
members-removed = { $name } wurde entfernt.
members-remove-dialog-title = Dieses Mitglied entfernen?
members-remove-dialog-text = { $name } kann das Profil danach nicht mehr bearbeiten. Sie können die Person jederzeit wieder einladen.
members-remove-confirm = Mitglied entfernen
members-leave-dialog-title = Die Organisation verlassen?
members-leave-dialog-text = Sie können „{ $name }“ danach nicht mehr bearbeiten. Um zurückzukommen, muss ein Inhaber Sie erneut einladen.
members-leave-confirm = Verlassen
members-left = Sie haben die Organisation verlassen.
members-invitations = Offene Einladungen
members-invitations-none = Es gibt keine offenen Einladungen.
members-invited-by = eingeladen von { $name }
members-invitation-until = gültig bis { $date }
members-withdraw = Zurückziehen
members-withdrawn = Die Einladung an { $name } wurde zurückgezogen.
members-editor-note = Nur Inhaber können Kolleginnen und Kollegen einladen und Rollen ändern.
members-invite = Kollegin oder Kollegen einladen
members-invite-lead = Eine registrierte Adresse wird sofort Mitglied. Jede andere Adresse erhält eine Einladung per E-Mail, die 14 Tage gilt.
members-invite-email = E-Mail-Adresse
members-invite-role = Rolle
members-invite-role-hint = Bearbeiter ändern das Profil, Inhaber verwalten zusätzlich die Mitglieder.
members-invite-language = Sprache der Einladungs-E-Mail
members-invite-submit = Einladen
members-invite-added = { $email } hat bereits ein Konto und ist jetzt Mitglied.
members-invite-sent = Eine Einladung wurde an { $email } gesendet.

## Einladungslink

invitation-title = Einladung
invitation-lead = Sie sind eingeladen, { $organization } auf Glokal beizutreten – als { $role ->
    [owner] Inhaber/in
   *[editor] Bearbeiter/in
}.
invitation-lead-by = { $name } lädt Sie ein, { $organization } auf Glokal beizutreten – als { $role ->
    [owner] Inhaber/in
   *[editor] Bearbeiter/in
}.
invitation-organization = Organisation
invitation-role = Rolle
invitation-email = Gesendet an
invitation-valid-until = Gültig bis
invitation-role-owner-hint = Als Inhaber/in können Sie das Profil ändern, Kolleginnen und Kollegen einladen und die Mitglieder verwalten.
invitation-role-editor-hint = Als Bearbeiter/in können Sie das Profil der Organisation ändern.
invitation-login-text = Um die Einladung anzunehmen, melden Sie sich an oder legen Sie kostenlos ein Konto an. Danach kommen Sie auf diese Seite zurück.
invitation-login = Anmelden
invitation-register = Konto anlegen
invitation-accept = Einladung annehmen
invitation-accepted = Willkommen! Sie sind jetzt Mitglied dieser Organisation.
invitation-other-account = Diese Einladung ging an { $invited }. Sie sind als { $account } angemeldet und treten mit diesem Konto bei.
invitation-invalid-title = Dieser Einladungslink ist ungültig oder abgelaufen.
invitation-invalid-text = Einladungen gelten 14 Tage und funktionieren nur einmal. Bitten Sie die Person, die Sie eingeladen hat, um eine neue Einladung.
verify-continue = Weiter

## Meine Organisationen (Kontoseite)

account-orgs-title = Meine Organisationen
account-orgs-edit = Profil bearbeiten
account-orgs-members = Mitglieder
