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
mail-event-registered-subject = Registrace potvrzena: { $event }
mail-event-registered-body = jste registrováni na akci „{ $event }“ za organizaci { $organization }. Záznam do kalendáře najdete v příloze tohoto e-mailu.
mail-event-when = Kdy: { $when }
mail-event-where = Kde: { $where }
mail-event-online = Online: { $url }
mail-event-details = Všechny podrobnosti o akci:
mail-event-waiting-subject = Čekací listina: { $event }
mail-event-waiting-body = akce „{ $event }“ je plně obsazena. Zapsali jsme vás za organizaci { $organization } na čekací listinu, na { $position }. místo. Jakmile se uvolní místo, automaticky postoupíte a pošleme vám e-mail.
mail-event-promoted-subject = Uvolnilo se místo: { $event }
mail-event-promoted-body = na akci „{ $event }“ se uvolnilo místo: vaše registrace za organizaci { $organization } je nyní potvrzena. Záznam do kalendáře najdete v příloze tohoto e-mailu.
mail-event-cancelled-subject = Zrušeno: { $event }
mail-event-cancelled-body = s lítostí vám oznamujeme, že pořadatel { $organizer } zrušil akci „{ $event }“ ({ $when }).
mail-event-cancelled-reason = Zdůvodnění pořadatele: { $reason }
mail-conversation-started-subject = { $organization } by s vámi rád(a) navázal(a) kontakt
mail-message-received-subject = Nová zpráva od { $organization }
mail-conversation-body = { $sender } z organizace { $organization } napsal(a) organizaci { $recipient } na Glokalu:
mail-conversation-subject-line = Předmět: { $subject }
mail-conversation-link = Přečíst a odpovědět:
mail-conversation-throttle = Ke každé konverzaci dostanete nejvýše jeden e-mail za { $minutes } minut; všechny zprávy na vás čekají na Glokalu.
mail-meeting-request-subject = Žádost o schůzku od { $organization }: { $event }
mail-meeting-request-body = { $organization } ({ $country }) by se s vámi rád(a) setkal(a) na akci { $event }.
mail-meeting-request-message = Zpráva k žádosti:
mail-meeting-request-answer = Žádost prosím přijměte nebo odmítněte do { $until }; poté vyprší:
mail-meeting-accepted-subject = Žádost o schůzku přijata: { $organization }
mail-meeting-accepted-body = { $organization } přijal(a) vaši žádost o schůzku na akci { $event }. Čas a stůl určí organizátoři; harmonogram dostanete e-mailem, jakmile bude zveřejněn.
mail-meeting-declined-subject = Žádost o schůzku odmítnuta: { $organization }
mail-meeting-declined-body = { $organization } bohužel odmítl(a) vaši žádost o schůzku na akci { $event }. Další vhodné partnery najdete v seznamu účastníků:
mail-meeting-link = Ke kooperační burze:
mail-schedule-subject = Vaše schůzky: { $event }
mail-schedule-published-body = organizátoři akce { $event } zveřejnili harmonogram kooperační burzy. Vaše schůzky:
mail-schedule-changed-body = harmonogram kooperační burzy akce { $event } se změnil. Vaše schůzky nyní:
mail-schedule-line = { $when }, { $table }: { $organization }
mail-schedule-interpreter-missing = (bez společného jazyka, žádný tlumočník volný)
mail-schedule-none = Momentálně pro vás není naplánována žádná schůzka.
mail-schedule-ics = Termíny jsou přiloženy k tomuto e-mailu jako soubor kalendáře. Harmonogram najdete také zde:
mail-follow-up-subject = Co vzešlo z vašich schůzek? { $event }
mail-follow-up-body = před třemi měsíci jste se na akci { $event } setkali s dalšími organizacemi. Co z toho vzešlo? Hodnocení zabere minutu a pomůže projektu Glokalizace doložit jeho přínos. Dosud nehodnoceno:
mail-follow-up-link = Zde své schůzky ohodnotíte:
mail-shortage-subject = Naléhavě hledáno ve vašem okolí: { $title }
mail-shortage-body = { $organization } z obce { $town } ({ $country }) nahlásila na Glokalu nedostatek, se kterým by mohla pomoci { $recipient }.
mail-shortage-distance = Vzdálenost je asi { $km } km.
mail-shortage-quantity = Množství: { $quantity }
mail-shortage-needed-by = Potřeba do: { $date }
mail-shortage-reply-by = Odpovězte prosím do: { $date }
mail-shortage-why = Proč jste tuto zprávu dostali:
mail-shortage-link = Zobrazit poptávku a projevit zájem:
mail-shortage-unsubscribe = Nedostávat už e-mailem hlášení o nedostatku (jedním kliknutím, bez přihlášení):
mail-digest-subject = { $count ->
    [one] Jeden nový výsledek pro „{ $search }“
    [few] { $count } nové výsledky pro „{ $search }“
   *[other] { $count } nových výsledků pro „{ $search }“
}
mail-digest-body = { $count ->
    [one] pro vaše uložené hledání „{ $search }“ je jeden nový výsledek:
    [few] pro vaše uložené hledání „{ $search }“ jsou { $count } nové výsledky:
   *[other] pro vaše uložené hledání „{ $search }“ je { $count } nových výsledků:
}
mail-digest-more = … a { $count } dalších.
mail-digest-link = Zobrazit všechny výsledky:
mail-digest-unsubscribe = Nedostávat už e-maily k tomuto hledání (jedním kliknutím, bez přihlášení):
