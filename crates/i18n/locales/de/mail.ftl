## E-mails

mail-greeting = Hallo { $name },
mail-signature = Ihr Glokal-Team
    Glokalisierung – global denken, lokal handeln
mail-footer = Diese E-Mail wurde automatisch von Glokal versendet, der Netzwerkplattform für KMU und wirtschaftsfördernde Institutionen im sächsisch-tschechischen Grenzraum.
mail-verify-subject = Bitte bestätigen Sie Ihre E-Mail-Adresse
mail-verify-body = vielen Dank für Ihre Registrierung bei Glokal. Bitte bestätigen Sie Ihre E-Mail-Adresse, indem Sie den folgenden Link öffnen:
mail-verify-expiry = Der Link ist { $hours } Stunden gültig. Falls Sie sich nicht registriert haben, können Sie diese E-Mail ignorieren.
mail-reset-subject = Passwort zurücksetzen
mail-reset-body = wir haben eine Anfrage erhalten, das Passwort für Ihr Glokal-Konto zurückzusetzen. Über den folgenden Link können Sie ein neues Passwort festlegen:
mail-reset-expiry = Der Link ist { $minutes } Minuten gültig. Falls Sie die Anfrage nicht gestellt haben, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.
mail-password-changed-subject = Ihr Passwort wurde geändert
mail-password-changed-body = das Passwort Ihres Glokal-Kontos wurde soeben geändert, und alle Sitzungen wurden abgemeldet. Falls Sie das nicht waren, setzen Sie Ihr Passwort bitte sofort zurück:
mail-account-deleted-subject = Ihr Glokal-Konto wurde gelöscht
mail-account-deleted-body = Ihr Konto und alle persönlichen Daten wurden auf Ihren Wunsch gelöscht. Vielen Dank, dass Sie Glokal genutzt haben.
mail-greeting-anonymous = Guten Tag,
mail-role-owner = Inhaber/in
mail-role-editor = Bearbeiter/in
mail-member-added-subject = Sie sind jetzt Mitglied von { $organization }
mail-member-added-body = { $inviter } hat Sie auf Glokal zu { $organization } hinzugefügt, als { $role }. Sie können das Profil der Organisation jetzt bearbeiten:
mail-invitation-subject = Einladung zu { $organization } auf Glokal
mail-invitation-body = { $inviter } lädt Sie ein, auf Glokal – der Netzwerkplattform für Unternehmen und Institutionen im sächsisch-tschechischen Grenzraum – { $organization } beizutreten, als { $role }. Öffnen Sie den Link, um ein Konto anzulegen oder sich anzumelden und die Einladung anzunehmen:
mail-invitation-expiry = Die Einladung gilt { $days } Tage. Wenn Sie den Absender nicht kennen, können Sie diese E-Mail ignorieren.
mail-event-registered-subject = Anmeldung bestätigt: { $event }
mail-event-registered-body = Sie sind für { $organization } zu „{ $event }“ angemeldet. Den Kalendereintrag finden Sie im Anhang dieser E-Mail.
mail-event-when = Wann: { $when }
mail-event-where = Wo: { $where }
mail-event-online = Online: { $url }
mail-event-details = Alle Einzelheiten zur Veranstaltung:
mail-event-waiting-subject = Warteliste: { $event }
mail-event-waiting-body = „{ $event }“ ist ausgebucht. Wir haben Sie für { $organization } auf die Warteliste gesetzt, auf Platz { $position }. Wird ein Platz frei, rücken Sie automatisch nach, und wir schreiben Ihnen.
mail-event-promoted-subject = Ein Platz ist frei geworden: { $event }
mail-event-promoted-body = bei „{ $event }“ ist ein Platz frei geworden: Ihre Anmeldung für { $organization } ist jetzt bestätigt. Den Kalendereintrag finden Sie im Anhang dieser E-Mail.
mail-event-cancelled-subject = Abgesagt: { $event }
mail-event-cancelled-body = leider müssen wir Ihnen mitteilen, dass der Veranstalter { $organizer } „{ $event }“ ({ $when }) abgesagt hat.
mail-event-cancelled-reason = Begründung des Veranstalters: { $reason }
mail-conversation-started-subject = { $organization } möchte mit Ihnen in Kontakt treten
mail-message-received-subject = Neue Nachricht von { $organization }
mail-conversation-body = { $sender } von { $organization } hat { $recipient } auf Glokal geschrieben:
mail-conversation-subject-line = Betreff: { $subject }
mail-conversation-link = Lesen und antworten:
mail-conversation-throttle = Sie erhalten höchstens eine E-Mail pro Unterhaltung alle { $minutes } Minuten; alle Nachrichten finden Sie auf Glokal.
mail-meeting-request-subject = Gesprächsanfrage von { $organization }: { $event }
mail-meeting-request-body = { $organization } ({ $country }) möchte Sie bei { $event } zu einem Gespräch treffen.
mail-meeting-request-message = Die Nachricht dazu:
mail-meeting-request-answer = Bitte nehmen Sie die Anfrage bis { $until } an oder lehnen Sie sie ab; danach verfällt sie:
mail-meeting-accepted-subject = Gesprächsanfrage angenommen: { $organization }
mail-meeting-accepted-body = { $organization } hat Ihre Gesprächsanfrage für { $event } angenommen. Uhrzeit und Tisch legen die Organisatoren fest; Ihren Terminplan erhalten Sie per E-Mail, sobald er veröffentlicht ist.
mail-meeting-declined-subject = Gesprächsanfrage abgelehnt: { $organization }
mail-meeting-declined-body = { $organization } hat Ihre Gesprächsanfrage für { $event } leider abgelehnt. Weitere passende Gesprächspartner finden Sie in der Teilnehmerliste:
mail-meeting-link = Zur Kooperationsbörse:
mail-schedule-subject = Ihre Gesprächstermine: { $event }
mail-schedule-published-body = die Organisatoren von { $event } haben den Terminplan der Kooperationsbörse veröffentlicht. Ihre Gespräche:
mail-schedule-changed-body = der Terminplan der Kooperationsbörse von { $event } hat sich geändert. Ihre Gespräche jetzt:
mail-schedule-line = { $when }, { $table }: { $organization }
mail-schedule-interpreter-missing = (ohne gemeinsame Sprache, kein Dolmetscher frei)
mail-schedule-none = Derzeit ist für Sie kein Gespräch geplant.
mail-schedule-ics = Die Termine hängen als Kalenderdatei an dieser E-Mail. Ihren Terminplan finden Sie auch hier:
mail-follow-up-subject = Was ist aus Ihren Gesprächen geworden? { $event }
mail-follow-up-body = vor drei Monaten haben Sie bei { $event } Gespräche mit anderen Organisationen geführt. Was ist daraus geworden? Ihre Bewertung dauert eine Minute und hilft dem Projekt Glokalisierung, seine Wirkung zu zeigen. Noch nicht bewertet:
mail-follow-up-link = Hier bewerten Sie Ihre Gespräche:
mail-shortage-subject = Dringend gesucht in Ihrer Nähe: { $title }
mail-shortage-body = { $organization } aus { $town } ({ $country }) hat auf Glokal einen Engpass gemeldet, bei dem { $recipient } helfen könnte.
mail-shortage-distance = Die Entfernung beträgt etwa { $km } km.
mail-shortage-quantity = Menge: { $quantity }
mail-shortage-needed-by = Benötigt bis: { $date }
mail-shortage-reply-by = Antworten bitte bis: { $date }
mail-shortage-why = Warum Sie diese Meldung erhalten:
mail-shortage-link = Meldung ansehen und Interesse bekunden:
mail-shortage-unsubscribe = Keine Engpass-Meldungen mehr per E-Mail erhalten (ein Klick, ohne Anmeldung):
mail-digest-subject = { $count ->
    [one] Ein neuer Treffer für „{ $search }“
   *[other] { $count } neue Treffer für „{ $search }“
}
mail-digest-body = { $count ->
    [one] für Ihre gespeicherte Suche „{ $search }“ gibt es einen neuen Treffer:
   *[other] für Ihre gespeicherte Suche „{ $search }“ gibt es { $count } neue Treffer:
}
mail-digest-more = … und { $count } weitere.
mail-digest-link = Alle Treffer ansehen:
mail-digest-unsubscribe = Keine E-Mails mehr zu dieser Suche (ein Klick, ohne Anmeldung):
