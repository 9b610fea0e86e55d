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
