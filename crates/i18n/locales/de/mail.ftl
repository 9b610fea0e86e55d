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
mail-conversation-started-subject = { $organization } möchte mit Ihnen in Kontakt treten
mail-message-received-subject = Neue Nachricht von { $organization }
mail-conversation-body = { $sender } von { $organization } hat { $recipient } auf Glokal geschrieben:
mail-conversation-subject-line = Betreff: { $subject }
mail-conversation-link = Lesen und antworten:
mail-conversation-throttle = Sie erhalten höchstens eine E-Mail pro Unterhaltung alle { $minutes } Minuten; alle Nachrichten finden Sie auf Glokal.
