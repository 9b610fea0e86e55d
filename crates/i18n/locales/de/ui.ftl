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
register-terms-before = Ich habe die
register-terms-link = Datenschutzerklärung und Nutzungsbedingungen
register-terms-after = (Fassung vom { $version }) gelesen und stimme ihnen zu.
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
privacy-version = Fassung vom { $version }
privacy-data-organizations = Organisationen: die Profile, die Unternehmen und Institutionen selbst eintragen, mit Ansprechpersonen (Name, Funktion, Sprachen, E-Mail, Telefon); wer Ansprechpersonen sieht, legt die Organisation je Person fest. Mitgliedschaften zeigen, wer zu welcher Organisation gehört.
privacy-data-messages = Nachrichten: Unterhaltungen zwischen Organisationen mit Anhängen, wer sie geschrieben hat und wann sie gelesen wurden.
privacy-data-events = Veranstaltungen: Ihre Anmeldungen und der Check-in; bei Kooperationsbörsen Ihr Gesprächsprofil, Gesprächswünsche, Ihre Termine und Bewertungen. Die Veranstalter sehen Name und E-Mail-Adresse der Angemeldeten, um die Veranstaltung durchzuführen.
privacy-data-notifications = Benachrichtigungen: Hinweise in der Plattform und per E-Mail, gespeicherte Suchen und Ihre Einstellungen dazu.
privacy-data-consents = Zustimmungen: welcher Fassung dieser Erklärung und der Nutzungsbedingungen Sie wann zugestimmt haben.
privacy-settings-title = Ihre Einstellungen
privacy-settings-text = Sie bestimmen selbst, ob Personen außerhalb Ihrer Organisationen Ihren Namen sehen (sonst nur den Namen der Organisation), ob Gesprächspartner einer Kooperationsbörse Ihre E-Mail-Adresse erhalten und ob Sie überhaupt Benachrichtigungen per E-Mail bekommen. Nachrichten zu Ihrem Konto selbst (Bestätigung, Passwort, Löschung) und zu Ihren Anmeldungen werden immer gesendet.
privacy-settings-link = Zu den Einstellungen
privacy-card-title = Privatsphäre und Zustimmungen
privacy-settings-lead = Legen Sie fest, was andere von Ihnen sehen und ob wir Ihnen Benachrichtigungen mailen.
privacy-profile = Wer sieht Ihren Namen?
privacy-profile-logged-in = Alle, mit denen Sie zu tun haben
privacy-profile-logged-in-hint = Empfänger Ihrer Nachrichten und Gesprächspartner auf Kooperationsbörsen sehen Ihren Namen.
privacy-profile-own = Nur Ihre eigenen Organisationen
privacy-profile-own-hint = Andere sehen statt Ihres Namens nur den Namen Ihrer Organisation.
privacy-contact = Wer erhält Ihre E-Mail-Adresse?
privacy-contact-partners = Bestätigte Gesprächspartner
privacy-contact-partners-hint = Ihre Gesprächspartner einer Kooperationsbörse finden sie in ihrem Terminplan.
privacy-contact-nobody = Niemand
privacy-contact-nobody-hint = Nur die Veranstalter, bei denen Sie angemeldet sind.
privacy-mails = Benachrichtigungen per E-Mail erhalten
privacy-mails-hint = Ausgeschaltet senden wir keine Benachrichtigungen mehr per E-Mail, gleich was oben je Art eingestellt ist. Mails zu Ihrem Konto und zu Ihren Anmeldungen kommen weiterhin.
privacy-save = Einstellungen speichern
privacy-saved = Ihre Datenschutzeinstellungen sind gespeichert.
consents-title = Ihre Zustimmungen
consents-outstanding = Die Datenschutzerklärung und die Nutzungsbedingungen wurden geändert (Fassung vom { $version }). Bitte lesen Sie sie und stimmen Sie zu.
consents-read = Lesen
consents-accept = Zustimmen
consents-empty = Noch keine Zustimmung gespeichert.
consents-when = Zeitpunkt
consents-what = Wozu
consents-version = Fassung
consents-status = Erklärung
consents-kind-terms = Datenschutzerklärung und Nutzungsbedingungen
consents-granted = zugestimmt
consents-withdrawn = widerrufen
terms-title = Nutzungsbedingungen
terms-lead = Glokal verbindet Unternehmen und Institutionen im sächsisch-tschechischen Grenzraum. Mit Ihrem Konto sagen Sie zu:
terms-truthful = Angaben zu Ihrer Person und Organisation sind wahr und aktuell; Sie handeln nur für Organisationen, für die Sie sprechen dürfen.
terms-business = Kontakte dienen der geschäftlichen Zusammenarbeit: keine Massenwerbung, keine Weitergabe fremder Kontaktdaten.
terms-lawful = Keine rechtswidrigen, beleidigenden oder irreführenden Inhalte; Rechte Dritter (z. B. an Bildern und Texten) werden beachtet.
terms-moderation = Kammern, Wirtschaftsförderung und Plattformbetreiber prüfen gemeldete Inhalte. Sie können Inhalte mit Begründung ausblenden, verwarnen und Organisationen sperren; jede Maßnahme wird protokolliert und den Betroffenen mitgeteilt.
terms-end = Sie können Ihr Konto jederzeit selbst löschen. Ändern sich diese Bedingungen, bitten wir Sie erneut um Zustimmung.

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
profile-moderation-review = Ihr Profil wartet auf die Prüfung durch das Plattform-Team. Bis dahin sehen es nur die Mitglieder Ihrer Organisation.
profile-moderation-hidden = Die Moderation hat dieses Profil ausgeblendet: { $reason } Nur Mitglieder sehen es; wenden Sie sich an das Plattform-Team.
profile-moderation-suspended = Diese Organisation ist gesperrt: { $reason } Sie kann nichts veröffentlichen und keine Unterhaltungen beginnen.
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

## Navigation: Angebote & Gesuche, Veranstaltungen

nav-marketplace = Angebote & Gesuche
nav-events = Veranstaltungen
nav-my-registrations = Meine Anmeldungen
home-feature-open = Öffnen

## Monate und Wochentage (Überschriften, Monatsansicht)

month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mär
month-short-4 = Apr
month-short-5 = Mai
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Okt
month-short-11 = Nov
month-short-12 = Dez
weekday-1 = Montag
weekday-2 = Dienstag
weekday-3 = Mittwoch
weekday-4 = Donnerstag
weekday-5 = Freitag
weekday-6 = Samstag
weekday-7 = Sonntag
weekday-short-1 = Mo
weekday-short-2 = Di
weekday-short-3 = Mi
weekday-short-4 = Do
weekday-short-5 = Fr
weekday-short-6 = Sa
weekday-short-7 = So
field-not_a_number = Bitte geben Sie eine Zahl ein.

## Angebote & Gesuche

opp-title = Angebote & Gesuche
opp-lead = Produkte, Dienstleistungen und freie Kapazitäten aus der Region – und was Unternehmen suchen, dringende Engpässe eingeschlossen.
opp-new = Neues Angebot oder Gesuch
opp-detail-title = Angebot oder Gesuch
opp-type-product_offer = Produktangebot
opp-type-service_offer = Dienstleistungsangebot
opp-type-capacity_offer = Freie Kapazität
opp-type-technology_offer = Technologieangebot
opp-type-supplier_request = Zulieferer gesucht
opp-type-cooperation_request = Kooperationspartner gesucht
opp-type-shortage_alert = Engpass – dringend
opp-type-technology_request = Technologie gesucht
opp-status-draft = Entwurf
opp-status-published = Veröffentlicht
opp-status-expired = Abgelaufen
opp-status-closed = Abgeschlossen
opp-outcome-partner_found_glokal = Ein Partner wurde über Glokal gefunden.
opp-outcome-found_elsewhere = Ein Partner wurde anderswo gefunden.
opp-outcome-no_longer_needed = Es wird nicht mehr benötigt.
opp-needed-by = Benötigt bis { $date }
opp-valid-until = Offen bis { $date }
opp-cross-border = Grenzüberschreitend
opp-cross-border-long = Nur für Organisationen von der anderen Seite der Grenze
opp-profile-none = Zurzeit keine offenen Angebote oder Gesuche.
opp-filter-offers = Angebote
opp-filter-requests = Gesuche
opp-filter-open-only = Nur offene
opp-empty = Es wurden noch keine Angebote oder Gesuche veröffentlicht.
opp-empty-filtered = Zu diesen Filtern passt kein Angebot und kein Gesuch.
opp-sort-newest = Neueste
opp-sort-deadline = Bald endend
opp-count = { $count ->
    [0] Keine Angebote oder Gesuche
    [one] Ein Angebot oder Gesuch
   *[other] { $count } Angebote und Gesuche
}
opp-back = ← Alle Angebote & Gesuche
opp-draft-note = Dies ist ein Entwurf: Nur Inhaber/innen und Redakteur/innen der Organisation sehen ihn. Veröffentlichen Sie ihn, damit er öffentlich wird.
opp-expired-note = Dieses Angebot oder Gesuch ist abgelaufen. Verlängern Sie es, um es wieder zu öffnen.
opp-closed-on = Abgeschlossen am { $date }.
opp-keywords = Stichwörter
opp-description = Beschreibung
opp-quantity = Menge
opp-needed-by-label = Benötigt bis
opp-capacity-process = Verfahren
opp-capacity-material = Material
opp-capacity-period = Verfügbar
opp-audience = Gedacht für
opp-max-distance = im Umkreis von { $km } km
opp-published = Veröffentlicht am
opp-facts = Details
opp-type = Art
opp-valid-until-label = Offen bis
opp-organization = Veröffentlicht von
opp-org-profile = Zum Profil der Organisation
opp-published-notice = Das Angebot oder Gesuch ist veröffentlicht.
opp-extended-notice = Das Angebot oder Gesuch bleibt jetzt länger offen.
opp-closed-notice = Das Angebot oder Gesuch ist abgeschlossen. Danke, dass Sie uns das Ergebnis mitteilen.
opp-deleted-notice = Der Entwurf wurde gelöscht.
opp-saved-notice = Der Entwurf ist gespeichert. Bis zur Veröffentlichung sieht ihn nur Ihre Organisation.
opp-edit = Bearbeiten
opp-publish = Veröffentlichen
opp-delete = Entwurf löschen
opp-extend = Verlängern
opp-close = Abschließen
opp-extend-title = Länger offen halten
opp-extend-text = Wählen Sie den neuen letzten Tag (höchstens ein Jahr im Voraus).
opp-extend-confirm = Verlängern
opp-close-title = Angebot oder Gesuch abschließen
opp-close-text = Es bleibt lesbar, erscheint aber nicht mehr unter den offenen. Was ist daraus geworden?
opp-close-confirm = Abschließen
opp-close-outcome = Ergebnis
opp-delete-title = Entwurf löschen?
opp-delete-text = Der Entwurf wird endgültig gelöscht.
opp-delete-confirm = Löschen
opp-new-title = Neues Angebot oder Gesuch
opp-edit-title = Angebot oder Gesuch bearbeiten
opp-no-organization = Um Angebote und Gesuche zu veröffentlichen, registrieren Sie zuerst Ihre Organisation – oder lassen Sie sich von deren Inhaber/in einladen.
opp-forbidden = Nur Inhaber/innen und Redakteur/innen der Organisation können dieses Angebot oder Gesuch ändern.
opp-closed-no-edit = Dieses Angebot oder Gesuch ist abgeschlossen und kann nicht mehr geändert werden.
opp-back-to-detail = Zurück zum Angebot oder Gesuch
opp-editor-lead = Beschreiben Sie, was Sie anbieten oder suchen, in einer oder mehreren Sprachen. Speichern Sie es als Entwurf oder veröffentlichen Sie es sofort.
opp-section-basics = Grunddaten
opp-field-organization = Organisation
opp-field-type = Art
opp-type-hint = Ein Engpass braucht den Tag, bis zu dem Teil oder Material benötigt wird; eine freie Kapazität das Verfahren und den Zeitraum.
opp-section-texts = Titel und Text
opp-texts-lead = Schreiben Sie Titel und Text in mindestens einer Sprache; jede Sprache braucht beides.
opp-field-title = Titel
opp-field-text = Text
opp-section-details = Details
opp-unit = Einheit
opp-unit-hint = Z. B. Stück, kg, t, Stunden pro Woche.
opp-needed-by-hint = Der Tag, an dem Teil oder Material da sein muss (für Engpässe Pflicht).
opp-capacity = Freie Kapazität
opp-capacity-process-hint = Z. B. CNC-Fräsen 5-Achs, Spritzguss bis 250 t.
opp-capacity-from = Verfügbar ab
opp-capacity-until = Verfügbar bis
opp-valid-until-hint = Leer: 90 Tage (ein Engpass: höchstens bis zum Bedarfstag); höchstens ein Jahr im Voraus.
opp-field-nace = Branchen (NACE)
opp-audience-lead = Leer lassen, um alle anzusprechen.
opp-field-targets = Länder
opp-field-max-distance = Höchstentfernung in km
opp-field-certifications = Verlangte Zertifizierungen
opp-field-certifications-hint = Partner mit diesen Zertifikaten erscheinen weiter oben unter den passenden Partnern.
opp-save = Speichern
opp-save-draft = Entwurf speichern

## Veranstaltungen

events-title = Veranstaltungen
events-lead = Informationstage, Kooperationsbörsen, Workshops und Messen in der sächsisch-tschechischen Grenzregion.
event-new = Neue Veranstaltung
events-back = ← Alle Veranstaltungen
events-view = Ansicht
events-view-list = Liste
events-view-month = Monat
events-filter-type = Art
events-all-types = Alle Arten
events-filter-language = Sprache
events-filter-from = Von
events-filter-to = Bis
events-count = { $count ->
    [0] Keine Veranstaltungen
    [one] Eine Veranstaltung
   *[other] { $count } Veranstaltungen
}
events-empty = Zurzeit sind keine Veranstaltungen geplant.
events-empty-action = Organisationen entdecken
events-empty-filtered = Zu diesen Filtern passt keine Veranstaltung.
events-month-empty = Keine Veranstaltungen in diesem Monat.
events-month-more = Es werden nur die ersten 100 Veranstaltungen dieses Monats angezeigt.
events-month-nav = Monate
events-month-prev = Vorheriger Monat
events-month-next = Nächster Monat
events-feed-title = Kalender abonnieren
events-feed-text = Fügen Sie diese Adresse in Ihrer Kalender-App (Outlook, Google Kalender, Apple Kalender, Thunderbird) als abonnierten Kalender hinzu: Neue und geänderte Veranstaltungen erscheinen dort dann von selbst. Die Adresse behält Ihre Filter und Sprache.
events-staff-only = Veranstaltungen werden von Mitarbeitenden von Kammern, Clustern, Agenturen und anderen Institutionen organisiert. Wenden Sie sich an das Plattform-Team, wenn Sie diese Rolle brauchen.
event-type-information = Informationsveranstaltung
event-type-cooperation = Kooperationsbörse
event-type-workshop = Workshop
event-type-exhibition = Messe oder Ausstellung
event-status-draft = Entwurf
event-status-closed = Anmeldung geschlossen
event-status-done = Vorbei
event-status-cancelled = Abgesagt
event-matchmaking-badge = B2B-Gespräche
event-full = Ausgebucht – Warteliste
event-places-left = { $count ->
    [one] Noch ein Platz frei
   *[other] Noch { $count } Plätze frei
}
event-online = Online
event-profile-none = Keine kommenden Veranstaltungen.
event-registrations = Anmeldungen
event-cancelled-note = Diese Veranstaltung wurde abgesagt.
event-draft-note = Dies ist ein Entwurf: Nur die Veranstalter sehen ihn. Veröffentlichen Sie ihn, um die Anmeldung zu öffnen.
event-programme = Programm
event-places-of = { $registered } von { $capacity } Plätzen belegt
event-waiting-count = { $count ->
    [one] eine Person auf der Warteliste
   *[other] { $count } auf der Warteliste
}
event-places = Plätze
event-no-limit = Unbegrenzt
event-facts = Details
event-when = Wann
event-deadline = Anmeldung bis
event-languages = Sprachen
event-ics = In den Kalender (.ics)
event-venue = Veranstaltungsort
event-online-link = Online-Link
event-co-organisers = Mitveranstalter
event-organiser = Veranstalter
event-published-notice = Die Veranstaltung ist veröffentlicht; die Anmeldung ist offen.
event-closed-notice = Die Anmeldung ist geschlossen.
event-cancelled-notice = Die Veranstaltung ist abgesagt. Alle Angemeldeten und Wartenden erhalten eine E-Mail.
event-deleted-notice = Der Entwurf wurde gelöscht.
event-saved-notice = Die Veranstaltung ist gespeichert.
event-edit = Bearbeiten
event-publish = Veröffentlichen
event-delete = Entwurf löschen
event-close = Anmeldung schließen
event-cancel = Veranstaltung absagen
event-cancel-title = Veranstaltung absagen?
event-cancel-text = { $count ->
    [0] Es hat sich noch niemand angemeldet. Die Veranstaltung bleibt als abgesagt sichtbar.
    [one] Die angemeldete Person erhält eine E-Mail über die Absage in ihrer Sprache, mit der aktualisierten Kalenderdatei.
   *[other] Alle { $count } Angemeldeten und Wartenden erhalten eine E-Mail über die Absage in ihrer Sprache, mit der aktualisierten Kalenderdatei.
}
event-cancel-confirm = Veranstaltung absagen
event-cancel-reason = Grund (wird in der E-Mail weitergegeben)
event-delete-title = Entwurf löschen?
event-delete-text = Der Entwurf wird endgültig gelöscht.
event-delete-confirm = Löschen
event-new-title = Neue Veranstaltung
event-edit-title = Veranstaltung bearbeiten
event-no-organization = Um Veranstaltungen zu organisieren, müssen Sie Inhaber/in oder Redakteur/in der Organisation Ihrer Institution auf Glokal sein.
event-forbidden = Nur die Veranstalter können diese Veranstaltung ändern.
event-no-edit = Abgesagte und vergangene Veranstaltungen können nicht mehr geändert werden.
event-back-to-detail = Zurück zur Veranstaltung
event-editor-lead = Eine neue Veranstaltung bleibt ein Entwurf, bis Sie sie auf ihrer Seite veröffentlichen.
event-type = Art
event-matchmaking = Mit B2B-Matchmaking (Gespräche zwischen Teilnehmenden)
event-field-title = Titel
event-field-description = Beschreibung
event-texts-lead = Der Titel in mindestens einer Sprache; eine Beschreibung in denselben Sprachen hilft den Teilnehmenden.
event-time-zone-note = Zeiten in mitteleuropäischer Zeit, wie in Dresden und Prag.
event-starts = Beginn
event-ends = Ende
event-mode = Wo findet sie statt?
event-mode-venue = Vor Ort
event-mode-online = Online
event-mode-hybrid = Vor Ort und online
event-venue-name = Name des Veranstaltungsorts
event-participation = Teilnahme
event-capacity = Plätze
event-capacity-hint = Leer: ohne Begrenzung und ohne Warteliste.
event-deadline-hint = Leer: bis zum Beginn.
event-programme-lead = Vorträge, Besichtigungen, Pausen – jeweils mit einer Uhrzeit innerhalb der Veranstaltung.
event-programme-at = Uhrzeit
event-programme-speaker = Referent/in oder Gastgeber/in
event-programme-n = Programmpunkt { $n }
event-programme-remove = Programmpunkt entfernen
event-programme-add = Programmpunkt hinzufügen
event-programme-count = { $count ->
    [one] Ein Programmpunkt
   *[other] { $count } Programmpunkte
}
event-save = Speichern
event-create = Entwurf speichern

## Anmeldung und Check-in

registration-title = Anmeldung
registration-confirmed = Angemeldet
registration-waiting = Warteliste, Platz { $position }
registration-cancelled = Storniert
registration-confirmed-text = Sie haben einen Platz. Die Bestätigung mit der Kalenderdatei haben wir Ihnen per E-Mail geschickt.
registration-waiting-text = Die Veranstaltung ist ausgebucht. Wenn jemand absagt, rücken Sie automatisch nach und erhalten eine E-Mail.
registration-cancel = Meine Anmeldung stornieren
registration-cancel-title = Anmeldung stornieren?
registration-cancel-text = Ihr Platz geht an die nächste Person auf der Warteliste.
registration-cancel-confirm = Anmeldung stornieren
registration-cancelled-notice = Ihre Anmeldung ist storniert.
registration-not-open = Eine Anmeldung ist nicht möglich: Die Veranstaltung ist noch nicht veröffentlicht, die Frist ist abgelaufen, oder sie ist vorbei oder abgesagt.
registration-login-text = Melden Sie sich an, um sich für Ihre Organisation zu registrieren. Danach kommen Sie hierher zurück.
registration-login = Anmelden und registrieren
registration-no-organization = Sie melden sich im Namen einer Organisation an. Registrieren Sie zuerst Ihre, oder lassen Sie sich von deren Inhaber/in einladen.
registration-full = Die Veranstaltung ist ausgebucht: Sie kommen auf die Warteliste.
registration-organization = Anmelden für
registration-note = Hinweis an die Veranstalter
registration-submit = Anmelden
registration-submit-waiting = Auf die Warteliste
registration-confirmed-notice = Sie sind angemeldet. Eine Bestätigung ist per E-Mail unterwegs.
registration-waiting-notice = Die Veranstaltung ist ausgebucht: Sie stehen auf der Warteliste.
checkin-title = Teilnehmerliste
checkin-back = ← Zurück zur Veranstaltung
checkin-print = Drucken
checkin-forbidden = Nur die Veranstalter und Mitarbeitende mitveranstaltender Institutionen sehen die Anmeldungen.
checkin-confirmed = { $count } angemeldet
checkin-arrived-count = { $count } anwesend
checkin-toggle-label = { $name } ist anwesend
checkin-arrived = Anwesend
checkin-not-arrived = Noch nicht
checkin-name = Name
checkin-organization = Organisation
checkin-status = Status
checkin-arrived-column = Anwesend
checkin-filter = Nach Name oder Organisation suchen
checkin-empty = Es hat sich noch niemand angemeldet.
account-registrations-title = Meine Anmeldungen
account-registrations-none = Sie haben sich noch für keine Veranstaltung angemeldet.
account-registrations-calendar = Veranstaltungen ansehen

# Unsubscribe page (links in alert and digest mails)
unsubscribe-title = E-Mails abbestellen
unsubscribe-pending = Einen Moment, wir bestellen die E-Mails ab …
unsubscribe-done-title = Abbestellt
unsubscribe-done-alerts = Sie erhalten keine Engpass-Meldungen mehr per E-Mail. In der Benachrichtigungszentrale sehen Sie sie weiterhin.
unsubscribe-done-search = Sie erhalten keine E-Mails mehr zur gespeicherten Suche „{ $name }“.
unsubscribe-done-other = Sie erhalten diese E-Mails nicht mehr.
unsubscribe-settings-hint = Nach der Anmeldung können Sie das in Ihrem Konto jederzeit wieder ändern.
unsubscribe-failed-hint = Der Link ist ungültig oder abgelaufen. Melden Sie sich an und ändern Sie die Benachrichtigungen in Ihrem Konto.

# Matching partners of an opportunity
matches-title = Passende Partner
matches-lead = Organisationen und Angebote oder Gesuche anderer, die dazu passen – auch auf der anderen Seite der Grenze. Nur Ihre Organisation sieht diese Liste.
matches-loading = Passende Partner werden gesucht …
matches-empty = Noch keine passenden Partner. Schlagwörter, NACE-Codes und Texte in mehreren Sprachen helfen beim Finden.
matches-score = Passung { $score } %
matches-dismiss = Ausblenden
matches-restore = Wieder vorschlagen
matches-verified = Verifiziert
matches-show-dismissed = Ausgeblendete zeigen ({ $count })
## Nachrichten und Benachrichtigungen (Posteingang, Unterhaltung, Kontakt, Glocke)

bell-label = { $count ->
    [0] Benachrichtigungen
    [one] Benachrichtigungen, eine ungelesen
   *[other] Benachrichtigungen, { $count } ungelesen
}
inbox-menu-unread = { $count ->
    [one] (eine Unterhaltung ungelesen)
   *[other] ({ $count } Unterhaltungen ungelesen)
}
inbox-title = Nachrichten
inbox-lead = Unterhaltungen Ihrer Organisationen mit anderen Organisationen – die neuesten zuerst.
inbox-no-organization = Nachrichten schreiben und empfangen Organisationen. Registrieren Sie zuerst Ihre Organisation, oder lassen Sie sich von deren Inhaber/in einladen.
inbox-views = Ansicht
inbox-view-inbox = Posteingang
inbox-view-archive = Archiv
inbox-unread-only = Nur ungelesene
inbox-organization = Organisation
inbox-all-organizations = Alle meine Organisationen
inbox-empty = Noch keine Unterhaltungen. Schreiben Sie einer Organisation über ihr Profil, oder bekunden Sie Interesse an einem Angebot oder Gesuch.
inbox-empty-unread = Keine ungelesenen Nachrichten.
inbox-empty-archive = Das Archiv ist leer.
inbox-empty-action = Angebote & Gesuche ansehen
inbox-count = { $count ->
    [one] Eine Unterhaltung
   *[other] { $count } Unterhaltungen
}
inbox-preview-mine = Sie: { $text }
inbox-unread-count = { $count ->
    [one] eine ungelesene Nachricht
   *[other] { $count } ungelesene Nachrichten
}
inbox-as = als { $organization }
inbox-deleted-organization = Gelöschte Organisation
inbox-kind-contact = Kontaktanfrage
inbox-kind-interest = Interesse an einem Angebot oder Gesuch
inbox-kind-ask_expert = Expertenfrage
thread-back = ← Alle Nachrichten
thread-about = Zu:
thread-opportunity-gone = Angebot bzw. Gesuch nicht mehr vorhanden
thread-cross-border = Grenzüberschreitend
thread-archived = Archiviert
thread-messages = Nachrichten
thread-from-me = Ihre Seite:
thread-from-other = Andere Seite:
thread-attachments = Anhänge
thread-blocked-by-me = Sie haben diese Organisation blockiert: Keine Seite kann der anderen schreiben, bis Sie die Blockierung aufheben.
thread-blocked-by-other = Diese Organisation hat Ihre blockiert. Sie können hier nicht mehr antworten.
thread-organization-gone = Eine der beiden Organisationen gibt es nicht mehr. Die Nachrichten bleiben lesbar.
thread-reply = Antworten
thread-reply-label = Ihre Nachricht
thread-length = { $count } von { $max } Zeichen
thread-attach = Dateien anhängen
thread-attach-hint = PDF, PNG, JPEG oder WebP, je höchstens 10 MB, bis zu 5 Dateien pro Nachricht.
thread-attachment-remove = { $name } entfernen
thread-attachments-too-many = Einer Nachricht können Sie höchstens 5 Dateien anhängen.
thread-uploading = Datei wird hochgeladen …
thread-send = Senden
thread-sent = Nachricht gesendet.
thread-archive = Archivieren
thread-unarchive = Zurück in den Posteingang
thread-archived-notice = Die Unterhaltung ist im Archiv. Eine neue Nachricht holt sie zurück in den Posteingang.
thread-unarchived-notice = Die Unterhaltung ist wieder im Posteingang.
thread-block = Organisation blockieren
thread-unblock = Blockierung aufheben
thread-block-title = Diese Organisation blockieren?
thread-block-text = Danach kann keine Seite der anderen schreiben oder eine neue Unterhaltung beginnen. Die bisherigen Nachrichten bleiben lesbar; Sie können die Blockierung jederzeit aufheben.
thread-block-confirm = Blockieren
thread-blocked-notice = Die Organisation ist blockiert.
thread-unblocked-notice = Die Blockierung ist aufgehoben.
thread-report = Missbrauch melden
thread-report-title = Unterhaltung melden?
thread-report-text = Die Betreiber der Plattform können die Unterhaltung lesen, solange die Meldung offen ist, und prüfen sie.
thread-report-reason = Was ist das Problem? (z. B. Spam, Belästigung, Betrug)
thread-report-confirm = Melden
thread-reported-notice = Danke – Ihre Meldung ist eingegangen.
contact-title = Kontakt aufnehmen
contact-lead = Schreiben Sie dieser Organisation eine Nachricht im Namen Ihrer Organisation.
contact-interest-title = Interesse bekunden
contact-interest-lead = Schreiben Sie der Organisation dazu eine Nachricht im Namen Ihrer Organisation.
contact-login-text = Melden Sie sich an, um dieser Organisation zu schreiben. Danach kommen Sie hierher zurück.
contact-interest-login-text = Melden Sie sich an, um Interesse zu bekunden. Danach kommen Sie hierher zurück.
contact-login = Anmelden und schreiben
contact-no-organization = Nachrichten schreiben Organisationen an Organisationen. Registrieren Sie zuerst Ihre Organisation, oder lassen Sie sich von deren Inhaber/in einladen.
contact-own-organization = Das ist Ihre eigene Organisation.
contact-button = Nachricht schreiben
contact-interest-button = Interesse bekunden
contact-dialog-text = Die Inhaber und Redakteure von { $organization } erhalten Ihre Nachricht; die Antwort finden Sie unter „Nachrichten“.
contact-from = Schreiben als
contact-from-one = Absender: { $organization }
contact-subject = Betreff
contact-message = Ihre Nachricht
contact-send = Senden
contact-sent-notice = Ihre Nachricht ist gesendet.
contact-daily-limit = { $hours ->
    [one] Ihre Organisation hat heute so viele neue Unterhaltungen begonnen, wie erlaubt sind. Die nächste können Sie in etwa einer Stunde beginnen; bestehende Unterhaltungen können Sie weiterführen.
   *[other] Ihre Organisation hat heute so viele neue Unterhaltungen begonnen, wie erlaubt sind. Die nächste können Sie in etwa { $hours } Stunden beginnen; bestehende Unterhaltungen können Sie weiterführen.
}
notifications-title = Benachrichtigungen
notifications-mark-all = Alle als gelesen markieren
notifications-unread-only = Nur ungelesene
notifications-empty = Noch keine Benachrichtigungen.
notifications-empty-unread = Keine ungelesenen Benachrichtigungen.
notifications-count = { $count ->
    [0] Alles gelesen
    [one] Eine ungelesen
   *[other] { $count } ungelesen
}
notifications-more = Weitere anzeigen
notifications-unread = Ungelesen:
## Kooperationsbörse (B2B-Matchmaking) in der SPA

mm-title = Kooperationsbörse
mm-manage = Kooperationsbörse verwalten
mm-manage-title = Kooperationsbörse verwalten
mm-manage-forbidden = Nur die Organisatoren der Veranstaltung verwalten ihre Kooperationsbörse.
mm-none = Diese Veranstaltung hat keine Kooperationsbörse.
mm-none-organiser = Diese Veranstaltung hat keine Kooperationsbörse. Schalten Sie sie zuerst im Editor der Veranstaltung ein.
mm-not-set-up = Die Organisatoren haben die Kooperationsbörse noch nicht eingerichtet. Sobald sie es getan haben, finden Sie sie hier.
mm-not-set-up-organiser = Die Kooperationsbörse ist noch nicht eingerichtet: Wählen Sie unten Gesprächszeiten, Gesprächsdauer und Tische.
mm-outsider = An der Kooperationsbörse nehmen alle teil, deren Anmeldung zur Veranstaltung bestätigt ist. Melden Sie sich auf der Seite der Veranstaltung an, um mitzumachen.
mm-outsider-waiting = Sie stehen auf der Warteliste. Sobald Ihre Anmeldung bestätigt ist, können Sie an der Kooperationsbörse teilnehmen.
mm-outsider-organiser = Sie organisieren diese Veranstaltung. Hier sehen Sie die Teilnehmenden; um selbst teilzunehmen, melden Sie sich auf der Seite der Veranstaltung an.
mm-nav = Bereiche der Kooperationsbörse
mm-booking-open = Gesprächsanfragen können bis { $deadline } gestellt und beantwortet werden.
mm-booking-closed = Gesprächsanfragen sind nicht mehr möglich (Frist { $deadline }).
mm-rounds = { $count ->
    [one] Eine Gesprächsrunde zu { $minutes } Minuten
   *[other] { $count } Gesprächsrunden zu { $minutes } Minuten
}
mm-agenda-title = Meine Gespräche
mm-agenda-lead = Ihre Gespräche, wie die Organisatoren sie eingeplant haben: Uhrzeit, Tisch und Gesprächspartner.
mm-agenda-unpublished = Die Organisatoren haben den Terminplan noch nicht veröffentlicht. Danach erscheinen Ihre Gespräche hier, und Sie erhalten sie per E-Mail.
mm-agenda-empty = Im veröffentlichten Terminplan ist für Sie kein Gespräch vorgesehen.
mm-agenda-ics = In den Kalender übernehmen (.ics)
mm-interpreter-missing = Sie haben keine gemeinsame Sprache und es war kein Dolmetschertisch frei: Bringen Sie bitte jemanden mit, der übersetzen kann.
mm-interpreter-missing-short = keine gemeinsame Sprache
mm-rating-label = Wie ist das Gespräch verlaufen?
mm-rating-choose = Bitte wählen
mm-rating-save = Bewertung speichern
mm-rating-saved = Gespeichert:
mm-outcome-no_follow_up = Kein weiterer Kontakt
mm-outcome-follow_up_planned = Folgetreffen geplant
mm-outcome-offer_quote = Angebot abgegeben
mm-outcome-cooperation_agreement = Kooperation vereinbart
mm-status-pending = Offen
mm-status-accepted = Angenommen
mm-status-declined = Abgelehnt
mm-status-expired = Verfallen
mm-status-cancelled = Zurückgezogen
mm-requests-title = Gesprächsanfragen
mm-incoming-title = Erhalten
mm-incoming-empty = Noch niemand hat Sie um ein Gespräch gebeten.
mm-outgoing-title = Gesendet
mm-outgoing-empty = Sie haben noch niemanden um ein Gespräch gebeten.
mm-request-sent-at = Gesendet am { $at }
mm-request-expires = Antwort bis { $at }
mm-request-accept = Annehmen
mm-request-decline = Ablehnen
mm-request-cancel = Zurückziehen
mm-partners-title = Gesprächspartner finden
mm-filter-q = Name, Angebote und Stichworte durchsuchen
mm-filter-country = Land
mm-filter-all-countries = Alle Länder
mm-filter-nace = NACE-Code oder Abschnitt
mm-filter-submit = Suchen
mm-filter-reset = Zurücksetzen
mm-request = Gespräch anfragen
mm-request-title = Gesprächsanfrage an { $organization }
mm-request-text = Schreiben Sie kurz, worüber Sie sprechen möchten. Die Anfrage bleibt so lange offen, wie die Organisatoren festgelegt haben; angenommene Gespräche planen die Organisatoren ein.
mm-request-send = Anfrage senden
mm-request-message = Ihre Nachricht
mm-partner-me = Sie
mm-partner-languages = Sprachen am Tisch
mm-suggestions-title = Vorgeschlagene Gesprächspartner
mm-suggestions-lead = Die besten Treffer für Ihr Profil, mit Begründung.
mm-score = Passung { $score }
mm-participants-title = Alle Teilnehmenden
mm-partners-count = { $shown } von { $total } Teilnehmenden
mm-partners-empty = Keine Teilnehmenden passen zu diesen Filtern.
mm-profile-title = Mein Profil für die Börse
mm-profile-lead = Die anderen Teilnehmenden sehen dieses Profil und wählen danach ihre Gesprächspartner.
mm-profile-suggested = Dies ist ein Vorschlag aus dem Profil Ihrer Organisation und ihren Angeboten und Gesuchen. Prüfen und speichern Sie ihn.
mm-profile-texts = Angebot und Suche je Sprache
mm-profile-offer = Was wir anbieten
mm-profile-seek = Was wir suchen
mm-profile-nace = Branchen (NACE)
mm-profile-languages = Sprachen am Tisch
mm-profile-max = Höchstens so viele Gespräche
mm-profile-max-hint = Leer: das Maximum der Veranstaltung ({ $count }).
mm-profile-rounds = Wann ich da bin
mm-profile-rounds-hint = Kreuzen Sie die Gesprächsrunden an, in denen Sie Zeit haben.
mm-profile-rounds-chosen = { $count } von { $total } Runden gewählt
mm-profile-rounds-all = alle
mm-profile-rounds-none = keine
mm-profile-save = Profil speichern
mm-profile-saved = Ihr Profil für die Börse ist gespeichert.
mm-participants-link = Teilnehmende
mm-plan-title = Tischplan
mm-overview-title = Überblick
mm-overview-participants = Teilnehmende
mm-overview-accepted = Angenommene Gesprächsanfragen
mm-overview-draft = Zuletzt eingeplant
mm-overview-published = Veröffentlicht
mm-overview-none = noch nicht
mm-outcomes-title = Ergebnisse
mm-outcomes-ratings = { $ratings ->
    [one] Eine Bewertung
   *[other] { $ratings } Bewertungen
} zu { $meetings ->
    [one] einem Gespräch
   *[other] { $meetings } Gesprächen
}
mm-schedule-title = Einplanen und veröffentlichen
mm-schedule-lead = Beim Einplanen kommen die angenommenen Anfragen in Runden und an Tische. Das Ergebnis ist ein Entwurf: Die Teilnehmenden sehen nichts, bis Sie ihn veröffentlichen. Bereits veröffentlichte Gespräche behalten Uhrzeit und Tisch.
mm-schedule-run = Gespräche einplanen
mm-publish = Terminplan veröffentlichen
mm-plan-draft-link = Tischplan des Entwurfs
mm-publish-title = Terminplan veröffentlichen?
mm-publish-text = Alle Teilnehmenden, deren Gespräche sich geändert haben, erhalten ihren Terminplan per E-Mail.
mm-publish-confirm = Veröffentlichen
mm-published = Veröffentlicht: { $meetings ->
    [one] ein Gespräch
   *[other] { $meetings } Gespräche
}; { $notified ->
    [one] eine Person wurde
   *[other] { $notified } Teilnehmende wurden
} per E-Mail benachrichtigt.
mm-scheduled = { $scheduled } von { $requests } angenommenen Anfragen eingeplant.
mm-upper-bound = Kein Terminplan kann mehr als { $bound } unterbringen.
mm-kept = { $count ->
    [one] Ein veröffentlichtes Gespräch behält seinen Platz.
   *[other] { $count } veröffentlichte Gespräche behalten ihren Platz.
}
mm-interpreters-missing = { $count ->
    [one] Ein deutsch-tschechisches Gespräch hat keine gemeinsame Sprache und keinen Dolmetschertisch bekommen.
   *[other] { $count } deutsch-tschechische Gespräche haben keine gemeinsame Sprache und keinen Dolmetschertisch bekommen.
}
mm-unscheduled-title = Nicht eingeplant
mm-unscheduled-none = Jede angenommene Anfrage hat ihren Platz.
mm-settings-title = Einstellungen
mm-settings-days = Gesprächszeiten
mm-settings-day-n = Tag { $n }
mm-settings-day-add = Tag hinzufügen
mm-settings-day-remove = Tag entfernen
mm-settings-breaks = Pausen
mm-settings-break-n = Pause { $n }
mm-settings-break-add = Pause hinzufügen
mm-settings-break-remove = Pause entfernen
mm-settings-slot-minutes = Gesprächsdauer (Minuten)
mm-settings-slot-minutes-hint = 5 bis 240 Minuten; insgesamt höchstens 128 Runden.
mm-settings-max-meetings = Gespräche je Teilnehmende
mm-settings-max-meetings-hint = Das übliche Maximum; Teilnehmende können weniger wählen.
mm-settings-tables = Tische
mm-settings-tables-hint = Gewöhnliche Tische, ab 1 nummeriert.
mm-settings-interpreter-tables = Tische mit Dolmetscher
mm-settings-interpreter-tables-hint = Deutsch-tschechische Dolmetschertische, nach den gewöhnlichen nummeriert.
mm-settings-expiry = Anfragen bleiben offen (Stunden)
mm-settings-expiry-hint = Unbeantwortete Anfragen verfallen danach und blockieren niemanden.
mm-settings-deadline = Buchungsschluss
mm-settings-deadline-hint = Leer: der Beginn des ersten Gesprächstags.
mm-settings-save = Einstellungen speichern
mm-settings-saved = Gespeichert.
mm-settings-rows = { $count ->
    [one] Ein Zeitraum
   *[other] { $count } Zeiträume
}
mm-plan-version = Welcher Terminplan
mm-plan-published = Veröffentlicht
mm-plan-draft = Entwurf
mm-plan-empty = Es ist noch kein Terminplan veröffentlicht.
mm-plan-empty-draft = Der Entwurf enthält keine Gespräche. Planen Sie die Gespräche zuerst ein.
mm-plan-generated = Veröffentlicht am
mm-plan-generated-draft = Entwurf vom
mm-plan-table = Tisch
mm-plan-side = Teilnehmende
event-mm-take-part = Zur Kooperationsbörse
event-mm-participant = Sie nehmen an der Kooperationsbörse teil: Füllen Sie Ihr Profil aus, finden Sie Gesprächspartner und fragen Sie Gespräche an.
event-mm-organiser = Die Veranstaltung hat eine Kooperationsbörse: Richten Sie sie ein, planen Sie die angenommenen Gespräche ein und drucken Sie den Tischplan.
event-mm-info = Angemeldete Teilnehmende treffen sich zu vorab vereinbarten Einzelgesprächen. Melden Sie sich an, um mitzumachen.

## Search (header search box, results page, saved searches, notification settings)

nav-saved-searches = Gespeicherte Suchen
search-open = Suche öffnen
search-label = Organisationen und Angebote suchen
search-placeholder = Firmen, Angebote, Branchen …
search-submit = Suchen
search-suggest-organization = Organisation
search-suggest-term = Suchbegriff
search-title = Suche
search-title-for = Ergebnisse für „{ $q }“
search-expanded = Auch gesucht nach: { $terms }
search-type-label = Anzeigen
search-type-all = Alle
search-type-organization = Organisationen
search-type-opportunity = Angebote & Gesuche
search-filter-country = Land
search-filter-region = Region
search-filter-kind = Art der Organisation
search-filter-nace = Branche (NACE)
search-filter-opportunity-type = Art des Angebots oder Gesuchs
search-filter-size = Größe
search-filter-certification = Zertifizierung
search-filter-language = Gesprochene Sprache
search-filter-verified = Verifizierung
search-filter-near = Entfernung
search-verified-yes = Verifiziert
search-verified-no = Nicht verifiziert
search-chips-label = Aktive Filter
search-chip-near = Im Umkreis von { $km } km um { $place }
search-chip-remove = Filter entfernen: { $filter }
search-reset = Alle Filter entfernen
search-loading = Suche läuft …
search-retry = Erneut versuchen
search-empty = Nichts gefunden.
search-empty-hint = Prüfen Sie die Schreibweise, verwenden Sie weniger oder allgemeinere Wörter, oder suchen Sie auf Deutsch, Tschechisch oder Englisch.
search-empty-hint-filters = Mit diesen Filtern passt nichts zu Ihren Wörtern. Entfernen Sie einen Filter, um mehr zu sehen.
search-sort-relevance = Beste Treffer
search-sort-newest = Neueste
search-sort-distance = Entfernung
search-count = { $count ->
    [0] Keine Treffer
    [one] Ein Treffer
   *[other] { $count } Treffer
}
search-hit-organization = Organisation
search-hit-expired = Abgelaufen
search-written-in = { $lang ->
    [de] auf Deutsch verfasst
    [cs] auf Tschechisch verfasst
   *[en] auf Englisch verfasst
}
search-save = Diese Suche speichern
search-save-login = Anmelden, um die Suche zu speichern
search-save-title = Diese Suche speichern
search-save-text = Wir benachrichtigen Sie über neue passende Organisationen, Angebote und Gesuche.
search-save-name = Name
search-save-default-name = Alle Organisationen und Angebote
search-save-confirm = Speichern
search-saved = Die Suche wurde gespeichert.
search-saved-link = Ihre gespeicherten Suchen
search-frequency = Benachrichtigen
search-frequency-instant = Sofort
search-frequency-daily = Einmal täglich
search-frequency-weekly = Einmal wöchentlich
saved-title = Gespeicherte Suchen
saved-back = ← Mein Konto
saved-lead = Neue Treffer dieser Suchen erscheinen in der Benachrichtigungszentrale und kommen per E-Mail – so oft, wie Sie es wählen.
saved-empty = Sie haben noch keine Suche gespeichert.
saved-empty-hint = Suchen Sie nach Organisationen oder Angeboten und wählen Sie auf der Ergebnisseite „Diese Suche speichern“.
saved-empty-action = Zur Suche
saved-open = Ergebnisse anzeigen
saved-delete = Löschen
saved-delete-title = Gespeicherte Suche löschen?
saved-delete-text = „{ $name }“ meldet dann keine neuen Treffer mehr.
saved-deleted = Die gespeicherte Suche wurde gelöscht.
saved-frequency-saved = Gespeichert.
saved-summary-words = „{ $q }“ { $filters ->
    [0] {""}
    [one] mit einem Filter
   *[other] mit { $filters } Filtern
}
saved-summary-filters = { $filters ->
    [0] Alles
    [one] Ein Filter
   *[other] { $filters } Filter
}
saved-last-report = Zuletzt gemeldet am { $date }: { $count ->
    [one] ein neuer Treffer
   *[other] { $count } neue Treffer
}
saved-no-report = Bisher nichts gemeldet.
account-saved-text = Ihre gespeicherten Suchen: wie oft sie neue Treffer melden, und löschen.
account-saved-link = Gespeicherte Suchen verwalten
search-map = Karte
search-map-label = Karte mit { $count ->
    [one] einem Treffer
   *[other] { $count } Treffern
} dieser Seite
notify-title = Benachrichtigungen
notify-lead = Wählen Sie für jede Art von Benachrichtigung, ob sie in der Benachrichtigungszentrale erscheint, per E-Mail kommt oder beides.
notify-messages = Nachrichten
notify-messages-hint = Neue Unterhaltungen und Nachrichten an Ihre Organisationen.
notify-shortage = Engpass-Meldungen
notify-shortage-hint = Dringende Engpässe von Organisationen in Ihrer Nähe, die zu Ihnen passen.
notify-saved = Gespeicherte Suchen
notify-saved-hint = Neue Treffer Ihrer gespeicherten Suchen (per E-Mail nur bei Suchen mit eingeschalteter E-Mail).
notify-in-app = In der Benachrichtigungszentrale
notify-email = Per E-Mail
notify-save = Benachrichtigungen speichern
notify-saved-done = Ihre Einstellungen für Benachrichtigungen wurden gespeichert.
## Institutionen: Statistik, Verifizierung und API-Tokens

nav-statistics = Statistik
stats-title = Programmstatistik
stats-lead = Kennzahlen der Zusammenarbeit über die sächsisch-tschechische Grenze im gewählten Zeitraum.
stats-period = Zeitraum
stats-print = Drucken
stats-from = Von
stats-to = Bis
stats-apply = Anzeigen
stats-period-invalid = Bitte geben Sie zwei Daten an; der Beginn darf nicht nach dem Ende liegen.
stats-presets = Schnellauswahl
stats-include-demo = Demodaten mitzählen
stats-preset-12-months = Letzte 12 Monate
stats-preset-this-year = Dieses Jahr
stats-preset-last-year = Letztes Jahr
stats-forbidden = Die Statistik ist für Mitarbeitende von Kammern, Clustern, Wirtschaftsförderungen und anderen Institutionen sowie für die Plattformadministration bestimmt.
stats-none = Keine Angabe
stats-show-table = Als Tabelle anzeigen
stats-no-data = Keine Daten in diesem Zeitraum.
stats-count = Anzahl
stats-cross-border = Grenzüberschreitend
stats-domestic = Im Inland
stats-what = Was
stats-total = Gesamt
stats-month = Monat
stats-cooperating-short = Kooperierende Organisationen
stats-contacts-cross-short = Grenzüberschreitende Kontakte
stats-contacts-domestic-short = Kontakte im Inland
stats-fig-organizations = Registrierte Organisationen
stats-fig-contacts = Grenzüberschreitende Kontakte
stats-fig-contacts-detail = von { $total } begonnenen Gesprächen; { $answered } von beiden Seiten beantwortet
stats-fig-meetings = Grenzüberschreitende Gespräche
stats-fig-meetings-detail = von { $total } geführten Gesprächen auf Kooperationsbörsen
stats-fig-cooperating = Grenzüberschreitend kooperierende Organisationen
stats-fig-cooperating-detail = durch Nachrichten { $conversation } · Gespräche { $meeting } · Vereinbarungen { $agreement }
stats-events = Veranstaltungen und Marktplatz
stats-events-count = Durchgeführte Veranstaltungen
stats-events-registrations = Bestätigte Anmeldungen
stats-events-checked-in = Anwesend
stats-orgs-verified = Verifizierte Organisationen
stats-orgs-new = Neue Organisationen im Zeitraum
stats-opps-published = Veröffentlichte Angebote und Gesuche
stats-split-contacts = Begonnene Gespräche
stats-split-answered = Von beiden Seiten beantwortet
stats-split-meetings = Geführte Gespräche (Börse)
stats-heading-cooperation = Zusammenarbeit über die Grenze
stats-chart-split = Grenzüberschreitend und im Inland
stats-chart-months = Grenzüberschreitend kooperierende Organisationen je Monat
stats-chart-coop-country = Kooperierende Organisationen nach Land
stats-chart-meeting-outcomes = Gemeldete Ergebnisse der Gespräche
stats-heading-organizations = Organisationen
stats-chart-country = Nach Land
stats-chart-kind = Nach Art
stats-chart-size = Nach Größe
stats-chart-region = Nach Region
stats-heading-market = Angebote und Gesuche
stats-chart-types = Veröffentlicht nach Art
stats-chart-closed = Abgeschlossen nach Ergebnis
stats-country = Land
stats-kind = Art
stats-size = Größenklasse
stats-region = Region
stats-type = Art
stats-outcome = Ergebnis
stats-evidence-conversation = von beiden Seiten beantwortetes Gespräch
stats-evidence-meeting = geführtes Gespräch
stats-evidence-agreement = Kooperationsvereinbarung
stats-drilldown-show = { $count ->
    [one] Die Organisation anzeigen
   *[other] Die { $count } Organisationen anzeigen
}
stats-drilldown-hide = Liste ausblenden
stats-coop-title = Grenzüberschreitend kooperierende Organisationen
stats-coop-lead = Eine Organisation zählt, wenn im Zeitraum ein Gespräch mit einer Organisation im Nachbarland von beiden Seiten beantwortet wurde, ein grenzüberschreitendes Gespräch auf einer Kooperationsbörse stattfand oder eine Kooperationsvereinbarung gemeldet wurde. Genannt werden nur Organisationen, nie wer mit wem sprach.
stats-csv = Als CSV herunterladen
stats-coop-empty = Im Zeitraum hat keine Organisation grenzüberschreitend kooperiert.
stats-coop-count = { $count ->
    [one] Eine Organisation
   *[other] { $count } Organisationen
}
stats-coop-name = Organisation
stats-coop-city = Ort
stats-coop-evidence = Nachweis
stats-coop-since = Gezählt seit
directory-filter-verified = Nur verifizierte Organisationen
verify-badge-by = Verifiziert von { $name } am { $date }
verify-badge-platform = Von Glokal verifiziert am { $date }
verify-badge-hint = Eine Institution hat bestätigt, dass diese Organisation besteht und aktiv ist.
verify-register-checked = Registerprüfung
verify-register-hint = Die Registernummer wurde im amtlichen Handels- bzw. Unternehmensregister bestätigt.
verify-panel-title = Verifizierung
verify-status-by = Verifiziert von { $name } am { $date }.
verify-status-platform = Von der Plattformadministration verifiziert am { $date }.
verify-status-none = Noch nicht verifiziert.
verify-action = Organisation verifizieren
verify-no-institution = Sie können Organisationen verifizieren, sobald Sie Inhaber oder Bearbeiter einer Institution auf Glokal sind.
verify-institution = Verifizieren im Namen von
verify-as-platform = Glokal (Plattformadministration)
verify-dialog-title = Diese Organisation verifizieren?
verify-dialog-text = Sie bestätigen, dass { $name } besteht und aktiv ist. Das Profil zeigt danach den Namen Ihrer Institution und das heutige Datum.
verify-register-confirm = Ich habe auch den Handelsregistereintrag oder die USt-IdNr. geprüft.
verify-confirm = Verifizieren
verify-done = Die Organisation ist jetzt verifiziert.
verify-revoke = Verifizierung zurückziehen
verify-revoke-title = Verifizierung zurückziehen?
verify-revoke-text = { $name } wird dann nicht mehr als verifiziert angezeigt.
verify-revoke-confirm = Zurückziehen
verify-revoked = Die Verifizierung wurde zurückgezogen.
tokens-title = API-Tokens
tokens-lead = Mit Tokens liest Ihr CRM oder andere Software im Namen Ihrer Institution aus Glokal – ohne die Anmeldung einer Person.
tokens-forbidden = API-Tokens verwalten nur Inhaber einer Institution, die Institutionsmitarbeitende sind, und die Plattformadministration.
tokens-members-hint = Für Ihr CRM: Tokens, mit denen Organisationen, Angebote, Veranstaltungen oder die Statistik über die API gelesen werden.
tokens-manage = API-Tokens verwalten
tokens-list = Tokens
tokens-empty = Es gibt noch keine Tokens.
tokens-new = Neues Token
tokens-name = Name
tokens-name-hint = Wofür es dient, z. B. „CRM-Abgleich“.
tokens-scopes = Berechtigungen
tokens-scope-organizations = Organisationen lesen
tokens-scope-organizations-hint = Profile mit Ansprechpersonen, wie angemeldete Personen sie sehen.
tokens-scope-organizations-write = Organisationen anlegen und pflegen
tokens-scope-organizations-write-hint = Neue Profile anlegen (sie werden dann von Ihrer Institution gepflegt, bis deren Inhaber das beenden), diese Profile aktualisieren und Organisationen importieren.
tokens-scope-opportunities = Angebote und Gesuche lesen
tokens-scope-opportunities-hint = Der Marktplatz, auch zum Abgleich von Änderungen.
tokens-scope-events = Veranstaltungen lesen
tokens-scope-events-hint = Veranstaltungen und der Kalender.
tokens-scope-statistics = Statistik lesen
tokens-scope-statistics-hint = Die Programmkennzahlen und die kooperierenden Organisationen.
managed-title = Gepflegt durch eine Institution
managed-by = Dieses Profil hat { $name } angelegt und hält es aktuell.
managed-hint = Die Institution gleicht es mit ihrer Mitgliederverwaltung ab. Inhaber der Organisation können das beenden; danach ändert nur noch die Organisation selbst ihr Profil.
managed-end = Pflege beenden
managed-end-title = Pflege durch die Institution beenden?
managed-end-text = { $name } kann dieses Profil danach nicht mehr ändern. Das lässt sich nicht rückgängig machen.
managed-end-confirm = Pflege beenden
managed-ended = Die Institution pflegt dieses Profil nicht mehr.
tokens-create = Token erstellen
tokens-created = Token „{ $name }“ erstellt
tokens-secret-warning = Kopieren Sie das Token jetzt und bewahren Sie es sicher auf: Es wird nur dieses eine Mal angezeigt. Glokal speichert nur einen Fingerabdruck davon.
tokens-secret = Ihr Token
tokens-copy = Kopieren
tokens-copied = In die Zwischenablage kopiert.
tokens-done = Erledigt, ich habe es gespeichert
tokens-created-at = erstellt am { $date }
tokens-last-used = zuletzt genutzt am { $date }
tokens-never-used = noch nie genutzt
tokens-revoked-at = widerrufen am { $date }
tokens-revoked-badge = Widerrufen
tokens-revoke = Widerrufen
tokens-revoke-title = Dieses Token widerrufen?
tokens-revoke-text = Software, die „{ $name }“ nutzt, wird sofort abgewiesen. Das lässt sich nicht rückgängig machen.
tokens-revoke-confirm = Widerrufen
tokens-revoked = Das Token „{ $name }“ wurde widerrufen.
tokens-dev-title = Für Entwickler
tokens-dev-text = Senden Sie das Token bei jeder Anfrage im Authorization-Header. Jedes Token darf nur lesen, was seine Berechtigungen erlauben.
tokens-dev-docs = API-Dokumentation

## Ask an expert
contact-expert-label = Als Frage an die Expertinnen und Experten senden
contact-expert-hint = Die Frage kommt in die Fragenliste der Einrichtung; sie kann sie an eine passendere Einrichtung weitergeben.
