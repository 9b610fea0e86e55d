## E-maily

mail-greeting = Dobrý den, { $name },
mail-signature = Váš tým Glokal
    Glokalizace – myslet globálně, jednat lokálně
mail-footer = Tento e-mail automaticky odeslala platforma Glokal, síťová platforma pro malé a střední podniky a instituce na podporu podnikání v česko-saském příhraničí.
mail-verify-subject = Potvrďte prosím svou e-mailovou adresu
mail-verify-body = děkujeme za registraci na platformě Glokal. Potvrďte prosím svou e-mailovou adresu otevřením následujícího odkazu:
mail-verify-expiry = Odkaz je platný { $hours } hodin. Pokud jste se neregistrovali, můžete tento e-mail ignorovat.
mail-reset-subject = Obnovení hesla
mail-reset-body = obdrželi jsme žádost o obnovení hesla k vašemu účtu na platformě Glokal. Nové heslo si můžete nastavit pomocí následujícího odkazu:
mail-reset-expiry = Odkaz je platný { $minutes } minut. Pokud jste o obnovení nežádali, tento e-mail ignorujte; vaše heslo zůstane beze změny.
mail-password-changed-subject = Vaše heslo bylo změněno
mail-password-changed-body = heslo k vašemu účtu na platformě Glokal bylo právě změněno a všechny relace byly odhlášeny. Pokud jste to nebyli vy, obnovte si prosím heslo okamžitě:
mail-account-deleted-subject = Váš účet na platformě Glokal byl smazán
mail-account-deleted-body = Na vaši žádost jsme smazali váš účet a všechny osobní údaje. Děkujeme, že jste Glokal používali.
mail-greeting-anonymous = Dobrý den,
mail-role-owner = vlastník
mail-role-editor = editor
mail-member-added-subject = Nyní jste členem organizace { $organization }
mail-member-added-body = { $inviter } vás na Glokalu přidal(a) do organizace { $organization } jako { $role }. Nyní můžete upravovat profil organizace:
mail-invitation-subject = Pozvánka do organizace { $organization } na Glokalu
mail-invitation-body = { $inviter } vás zve, abyste se na Glokalu – síťové platformě pro firmy a instituce v česko-saském příhraničí – připojili k organizaci { $organization } jako { $role }. Otevřete odkaz, založte si účet nebo se přihlaste a pozvánku přijměte:
mail-invitation-expiry = Pozvánka platí { $days } dní. Pokud odesílatele neznáte, můžete tento e-mail ignorovat.
mail-conversation-started-subject = { $organization } by s vámi rád(a) navázal(a) kontakt
mail-message-received-subject = Nová zpráva od { $organization }
mail-conversation-body = { $sender } z organizace { $organization } napsal(a) organizaci { $recipient } na Glokalu:
mail-conversation-subject-line = Předmět: { $subject }
mail-conversation-link = Přečíst a odpovědět:
mail-conversation-throttle = Ke každé konverzaci dostanete nejvýše jeden e-mail za { $minutes } minut; všechny zprávy na vás čekají na Glokalu.
