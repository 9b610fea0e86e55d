## The SPA's CRM-integration pages: webhooks with their delivery log, organisation import.

## Webhooks

crm-webhooks-title = Webhooky
crm-webhooks-lead = Webhooky okamžitě oznamují vašemu CRM, co se na Glokalu změnilo: při každé zvolené události pošle Glokal na vaši adresu podepsanou zprávu.
crm-webhooks-list = Vaše webhooky
crm-webhooks-empty = Zatím žádné webhooky – vaše CRM se o změnách dozví jen tehdy, když se samo zeptá.
crm-webhooks-empty-text = Pomocí webhooku posílá Glokal nové a změněné profily, zveřejněné nabídky a přihlášky na vaše akce přímo do vašeho CRM. První založíte formulářem „Nový webhook“.
crm-webhooks-forbidden = Webhooky spravují vlastníci instituce, kteří jsou pracovníky institucí, a správci platformy.
crm-refresh = Obnovit
crm-webhook-new = Nový webhook
crm-webhook-url = Přijímací adresa (URL)
crm-webhook-url-hint = Adresa https:// vašeho CRM, která přijímá požadavky POST s JSON.
crm-webhook-description = K čemu slouží?
crm-webhook-description-hint = Například „CRM HK Liberec“ – pomůže webhooky od sebe odlišit.
crm-events = Události
crm-webhook-create = Založit webhook
crm-webhook-created = Webhook založen
crm-secret = Podpisový klíč
crm-secret-warning = Klíč si nyní zkopírujte a uložte do svého CRM. Zobrazí se jen tentokrát.
crm-webhook-delete = Smazat
crm-webhook-delete-title = Smazat webhook?
crm-webhook-delete-text = Webhook na { $url } a jeho protokol doručení budou smazány; čekající doručení propadnou.
crm-webhook-deleted = Webhook na { $url } byl smazán.
crm-event-organization-created = Organizace založena
crm-event-organization-created-hint = Na Glokalu se objeví nový profil (i z importu).
crm-event-organization-updated = Organizace změněna
crm-event-organization-updated-hint = Změní se texty, adresa, kódy, logo nebo ověření profilu.
crm-event-organization-deleted = Organizace smazána
crm-event-organization-deleted-hint = Profil je smazán – odstraňte ho i ze svého CRM.
crm-event-opportunity-published = Nabídka/poptávka zveřejněna
crm-event-opportunity-published-hint = Je zveřejněna nabídka nebo poptávka.
crm-event-opportunity-closed = Nabídka/poptávka uzavřena
crm-event-opportunity-closed-hint = Nabídka nebo poptávka je uzavřena se svým výsledkem.
crm-event-registration-created = Přihláška na vaši akci
crm-event-registration-created-hint = Organizace se přihlásí na akci, kterou pořádáte nebo spolupořádáte.
crm-health = Doručeno: { $delivered } · Čeká: { $pending } · Selhalo: { $failed }
crm-health-last = naposledy doručeno { $date }
crm-health-none = Zatím žádná doručení.
crm-log = Protokol doručení
crm-log-hint = Posledních 100 doručení, nejnovější nahoře. Neúspěšné pokusy se automaticky opakují (30 s, 1 min, 2 min … nejvýše desetkrát); „Odeslat znovu“ zařadí doručení ihned znovu do fronty.
crm-log-empty = Pro tento webhook zatím nejsou žádná doručení.
crm-status-delivered = Doručeno
crm-status-failed = Selhalo
crm-status-pending = Čeká
crm-status-retrying = Opakuje se
crm-redelivery = odesláno znovu
crm-resend = Odeslat znovu
crm-resent = Doručení bylo znovu zařazeno do fronty.
crm-show-more = Zobrazit další
crm-col-event = Událost
crm-col-status = Stav
crm-col-attempts = Pokusy
crm-col-answer = Poslední odpověď
crm-col-next = Další pokus
crm-col-delivered = Doručeno
crm-col-when = Kdy
crm-signature-title = Ověření podpisu
crm-signature-text = Každé doručení nese hlavičku Glokal-Signature. Takto vaše CRM ověří, že skutečně pochází z Glokalu:
crm-signature-step-split = Z hlavičky přečtěte t (unixové sekundy) a v1.
crm-signature-step-hmac = Spočítejte HMAC-SHA256 s vaším podpisovým klíčem nad „t.“ a nezměněným obsahem (raw body), v hexadecimálním zápisu.
crm-signature-step-compare = Porovnejte ho s v1 v konstantním čase a odmítněte časová razítka starší než pět minut.
crm-signature-step-dedupe = Opakovaná doručení poznáte podle hlavičky Glokal-Event-Id.

## Export

crm-export = Export:
crm-export-csv = CSV
crm-export-xlsx = Excel (XLSX)
crm-export-busy = Soubor se připravuje …
crm-export-organizations = Export organizací
crm-export-organizations-hint = Všechny organizace s veřejnými údaji a registračními čísly, bez kontaktních osob. Sloupce odpovídají importu.

## Import

crm-import-title = Import organizací
crm-import-link = Importovat organizace
crm-import-lead = Nahrajte tabulku s organizacemi. Glokal nejprve zkontroluje každý řádek a ukáže chyby a duplicity – založeno bude až poté, co zvolíte „Importovat“. Nové profily patří vám; firmám je později předáte pozvánkou.
crm-import-forbidden = Organizace mohou importovat jen pracovníci institucí a správci platformy.
crm-back-directory = ← Do adresáře
crm-import-step-file = Vyberte a zkontrolujte soubor
crm-import-file = Soubor (CSV nebo XLSX)
crm-import-file-hint = Nejvýše 32 MiB a 100 000 řádků; první řádek obsahuje záhlaví sloupců.
crm-import-format-csv = CSV v UTF-8, s BOM i bez něj, oddělené středníkem (;) nebo čárkou (,).
crm-import-format-xlsx = Soubor Excel (XLSX): načte se první list.
crm-import-format-headers = Záhlaví v němčině, češtině nebo angličtině (viz tabulku rozpoznaných sloupců).
crm-import-format-values = Druh, země a velikost mohou být v kterémkoli ze tří jazyků („Unternehmen“, „Tschechien“, „střední“ nebo počet zaměstnanců).
crm-import-check = Zkontrolovat soubor
crm-import-checking = Probíhá kontrola …
crm-import-dry-hint = Kontrola nic nezaloží.
crm-import-done =
    { $count ->
        [one] Byla založena jedna organizace.
        [few] Byly založeny { $count } organizace.
       *[other] Bylo založeno { $count } organizací.
    }
crm-import-to-directory = Zobrazit v adresáři (nejnovější nahoře)
crm-columns-title = Rozpoznané sloupce
crm-columns-hint = Na velikosti písmen, diakritice, mezerách a interpunkci nezáleží. Neznámé sloupce se přeskočí.
crm-col-field = Pole
crm-col-headers = Možná záhlaví
crm-col-row = Řádek
crm-col-problem = Problém
crm-col-reason = Důvod
crm-col-matches = Shoduje se s
crm-field-name = Název
crm-field-legal_form = Právní forma
crm-field-kind = Druh organizace
crm-field-country = Země
crm-field-street = Ulice a číslo
crm-field-postal_code = PSČ
crm-field-city = Obec
crm-field-website = Webové stránky
crm-field-email = E-mail
crm-field-phone = Telefon
crm-field-founding_year = Rok založení
crm-field-size_class = Velikostní třída
crm-field-nace_main = Hlavní kód NACE
crm-field-nace_codes = Kódy NACE
crm-field-languages = Jazyky
crm-field-keywords = Klíčová slova
crm-field-description = Popis (v jazyce země)
crm-field-description-de = Popis německy
crm-field-description-cs = Popis česky
crm-field-description-en = Popis anglicky
crm-field-ico = IČO
crm-field-dic = DIČ
crm-field-hr_number = Číslo v obchodním rejstříku (Handelsregister)
crm-field-vat_id = DIČ pro DPH (VAT)
crm-import-report = Výsledek kontroly
crm-import-format-found = Soubor { $format }, oddělovač „{ $delimiter }“
crm-import-format-found-xlsx = Soubor { $format }, první list
crm-import-rows = Načtené řádky
crm-import-importable = Bylo by založeno
crm-import-duplicate-count = Duplicity
crm-import-error-count = Řádky s chybami
crm-import-errors = Chyby
crm-import-errors-hint = Tyto řádky se neimportují. Opravte je v souboru a zkontrolujte znovu. Čísla řádků jako v tabulkovém procesoru (záhlaví = řádek 1).
crm-import-duplicates = Duplicity
crm-import-duplicates-hint = Tyto řádky už na Glokalu jsou, nebo jsou výše v souboru; přeskočí se.
crm-dup-ico = stejné IČO
crm-dup-vat_id = stejné DIČ pro DPH
crm-dup-name_and_town = stejný název ve stejné obci
crm-dup-same-row = řádek { $row } tohoto souboru
crm-column-ignored = nepoužito
crm-import-columns-found = Jak byly sloupce pochopeny
crm-import-run =
    { $count ->
        [one] Importovat jednu organizaci
        [few] Importovat { $count } organizace
       *[other] Importovat { $count } organizací
    }
crm-import-run-hint = Řádky s chybami a duplicity se přeskočí.
crm-import-nothing = Žádný řádek nelze importovat. Opravte soubor a zkontrolujte ho znovu.
