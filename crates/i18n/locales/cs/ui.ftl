## Texts of the single-page app

app-name = Glokal
app-tagline = Myslet globálně, jednat lokálně – síť pro česko-saské příhraničí.

## Obecné

common-loading = Načítá se…
common-dismiss = Zavřít
skip-to-content = Přejít na obsah
form-optional = (nepovinné)
alert-retry-after = Zkuste to prosím znovu za { $seconds } s.
password-show = Zobrazit
password-hide = Skrýt
password-hint = Alespoň 10 znaků. Krátká věta se snadno pamatuje a těžko uhodne.

## Záhlaví a navigace

nav-label = Hlavní navigace
nav-home = Úvod
nav-home-label = Glokal – úvodní stránka
nav-menu = Menu
nav-menu-close = Zavřít
nav-login = Přihlásit se
nav-register = Registrovat se
nav-account = Můj účet
nav-logout = Odhlásit se
lang-switcher-label = Jazyk
lang-switch-to = Přepnout jazyk: { $language }
logout-done = Byli jste odhlášeni. Brzy na shledanou!

## Zápatí

footer-nav-label = Právní informace a vývojáři
footer-imprint = Tiráž
footer-privacy = Ochrana osobních údajů
footer-api-docs = Dokumentace API
footer-interreg-short = Spolufinancováno Evropskou unií
footer-interreg = Glokal vzniká v projektu „Glokalizace – myslet globálně, jednat lokálně“ Programu spolupráce Interreg Česko – Sasko 2021–2027.
footer-copyright = © Přispěvatelé projektu Glokal
footer-licence = Open source pod licencí MIT
footer-version = Verze { $version }

## Úvodní stránka

home-title = Síťová platforma pro česko-saské příhraničí
home-hero-eyebrow = Sasko · Česko
home-hero-title = Spolupracujte přes hranice. Rosťte společně.
home-hero-lead = Glokal propojuje malé a střední podniky s komorami, klastry, agenturami regionálního rozvoje a vysokými školami v česko-saském příhraničí – česky, německy i anglicky.
home-cta-register = Zaregistrovat se zdarma
home-cta-login = Přihlásit se
home-cta-account = Do mého účtu
home-welcome = Vítejte zpět, { $name }!
home-features-title = Co Glokal nabízí
home-feature-coming-soon = Připravujeme
home-features-lead = Jedno místo pro vše, co usnadňuje přeshraniční spolupráci.
home-feature-profiles-title = Profily firem
home-feature-profiles-text = Představte svou firmu, její kompetence a výrobky ve třech jazycích a nechte se najít partnery na obou stranách hranice.
home-feature-market-title = Nabídky a poptávky
home-feature-market-text = Zveřejňujte nabídky a poptávky – od volných výrobních kapacit po služby. Hlaste výpadky dodávek a rychle najděte náhradní dodavatele v regionu.
home-feature-partners-title = Hledání partnerů přes hranice
home-feature-partners-text = Najděte dodavatele, zákazníky a výzkumné partnery v Sasku a Česku podle oboru, regionu a jazyka.
home-feature-events-title = Kooperační akce
home-feature-events-text = Objevte matchmakingové akce a kooperační burzy, přihlaste se a domluvte si schůzky předem.
home-feature-institutions-title = Instituce
home-feature-institutions-text = Komory, klastry, agentury regionálního rozvoje a vysoké školy představují svou podporu a provázejí firmy na cestě k novým partnerům.
home-steps-title = Jak to funguje
home-step-1-title = Registrace
home-step-1-text = Založte si zdarma účet se svou e-mailovou adresou – zabere to minutu.
home-step-2-title = Představte se
home-step-2-text = Popište svou firmu nebo instituci a to, co hledáte.
home-step-3-title = Spolupracujte
home-step-3-text = Najděte partnery, odpovídejte na poptávky a setkávejte se na kooperačních burzách.
home-audience-title = Pro koho je Glokal?
home-audience-sme-title = Malé a střední podniky
home-audience-sme-text = Najděte nové zákazníky a dodavatele za hranicí, zajistěte své dodavatelské řetězce a navazujte kontakty bez jazykových bariér.
home-audience-institutions-title = Komory, klastry a vysoké školy
home-audience-institutions-text = Oslovte firmy v regionu, oznamujte akce a programy podpory a propojujte ty, kdo k sobě patří.
home-region-title = Vytvořeno pro příhraničí
home-region-text = Glokal je software s otevřeným zdrojovým kódem provozovaný v regionu. Všechny texty jsou k dispozici česky, německy a anglicky a platforma funguje bez sledování a bez externích služeb.
home-fact-languages = jazyky
home-fact-countries = země, jeden region
home-fact-open-source = open source
home-cta-title = Připraveni na nové partnery?
home-cta-text = Registrace je zdarma a zabere jednu minutu.

## Přihlášení

login-title = Přihlášení
login-lead = Vítejte zpět! Přihlaste se svou e-mailovou adresou a heslem.
login-email = E-mailová adresa
login-password = Heslo
login-submit = Přihlásit se
login-forgot = Zapomněli jste heslo?
login-no-account = Ještě nemáte účet?
login-register-link = Zaregistrujte se
login-already = Již jste přihlášeni.
login-resend-text = Nepřišel vám potvrzovací e-mail? Rádi vám ho pošleme znovu.
login-resend = Znovu poslat potvrzovací e-mail
login-resend-sent = Poslali jsme vám nový potvrzovací e-mail. Podívejte se prosím do své schránky.

## Registrace

register-title = Založení účtu
register-lead = Zaregistrujte se zdarma a propojte se s firmami a institucemi v příhraničí.
register-display-name = Vaše jméno
register-display-name-hint = Zobrazí se ostatním členům, např. „Jana Nováková“.
register-email = E-mailová adresa
register-password = Heslo
register-password-repeat = Heslo znovu
register-submit = Založit účet
register-privacy-note = Vaše údaje používáme pouze k provozu vašeho účtu.
register-terms-before = Přečetl(a) jsem si
register-terms-link = zásady ochrany osobních údajů a podmínky užívání
register-terms-after = (znění ze dne { $version }) a souhlasím s nimi.
register-have-account = Již jste registrováni?
register-login-link = Přihlásit se
register-success-title = Podívejte se prosím do své schránky
register-success-text = Na adresu { $email } jsme poslali potvrzovací odkaz. Otevřete ho a aktivujte tak svůj účet.
register-success-hint = Ani po několika minutách žádný e-mail? Zkontrolujte prosím složku se spamem nebo si vyžádejte nový.

## Potvrzení e-mailu

verify-title = Potvrzení e-mailové adresy
verify-pending = Potvrzujeme vaši e-mailovou adresu…
verify-success-title = E-mailová adresa potvrzena
verify-success-text = Děkujeme! Váš účet je nyní aktivní.
verify-login = Přihlásit se
verify-failed-hint = Přihlaste se e-mailovou adresou a heslem a vyžádejte si nový potvrzovací odkaz.

## Zapomenuté heslo

forgot-title = Zapomněli jste heslo?
forgot-lead = Zadejte svou e-mailovou adresu a my vám pošleme odkaz pro nastavení nového hesla.
forgot-email = E-mailová adresa
forgot-submit = Poslat odkaz
forgot-success = Pokud k této adrese existuje účet, poslali jsme na ni odkaz pro obnovení hesla. Podívejte se prosím do své schránky.
forgot-back = Zpět na přihlášení

## Obnovení hesla

reset-title = Nastavení nového hesla
reset-lead = Zvolte nové heslo ke svému účtu. Všude jinde budete odhlášeni.
reset-password = Nové heslo
reset-password-repeat = Nové heslo znovu
reset-submit = Uložit heslo
reset-success = Vaše heslo bylo změněno. Nyní se můžete přihlásit novým heslem.
reset-login = Přihlásit se
reset-request-new = Vyžádat nový odkaz

## Účet

account-title = Můj účet
account-lead = Spravujte svůj profil, heslo a své údaje.
account-profile-title = Profil
account-email = E-mailová adresa
account-email-verified = potvrzena
account-role = Role
account-member-since = Členem od
account-display-name = Jméno
account-language = Preferovaný jazyk
account-language-hint = Pro naše e-maily a jako váš výchozí jazyk v Glokalu.
account-save = Uložit změny
account-saved = Vaše změny byly uloženy.
account-password-title = Změna hesla
account-password-lead = Po změně budete odhlášeni na všech ostatních zařízeních.
account-current-password = Současné heslo
account-new-password = Nové heslo
account-new-password-repeat = Nové heslo znovu
account-password-submit = Změnit heslo
account-password-changed = Vaše heslo bylo změněno. Ostatní zařízení byla odhlášena.
account-export-title = Vaše údaje
account-export-text = Stáhněte si všechny osobní údaje, které o vás uchováváme, jako soubor JSON.
account-export-submit = Stáhnout export údajů
account-export-done = Export údajů byl stažen.
account-delete-title = Smazání účtu
account-delete-text = Smazáním účtu trvale odstraníte svůj profil a všechny osobní údaje. Tento krok nelze vrátit.
account-delete-open = Smazat účet…
account-delete-dialog-title = Opravdu smazat účet?
account-delete-dialog-text = Pro potvrzení zadejte své heslo. Váš účet a všechny osobní údaje budou okamžitě smazány.
account-delete-password = Heslo
account-delete-confirm = Trvale smazat
account-delete-cancel = Zrušit
common-cancel = Zrušit
account-deleted = Váš účet a všechny osobní údaje byly smazány. Děkujeme, že jste Glokal používali.
role-member = Člen
role-institution_staff = Pracovník instituce
role-platform_admin = Správa platformy

## Nenalezeno

notfound-title = Stránka nenalezena
notfound-text = Hledaná stránka neexistuje nebo byla přesunuta.
notfound-home = Zpět na úvodní stránku

## Tiráž

imprint-title = Tiráž
imprint-lead = Údaje o provozovateli této instalace Glokalu.
imprint-provider-title = Provozovatel
imprint-provider-text = Tuto instalaci Glokalu provozuje organizace, kterou zde uvádí provozovatel (název, právní forma, adresa, oprávnění zástupci, zápis v rejstříku a DIČ).
imprint-contact-title = Kontakt
imprint-contact-text = E-mailová adresa a telefonní číslo provozovatele, jak je uvedl provozovatel této instalace.
imprint-responsible-title = Odpovědnost za obsah
imprint-responsible-text = Za zveřejněné profily, nabídky a akce odpovídají příslušní členové a instituce. Protiprávní obsah provozovatel odstraní, jakmile se o něm dozví.
imprint-project-title = Projekt
imprint-project-text = Glokal vznikl v projektu „Glokalizace – myslet globálně, jednat lokálně“ Programu spolupráce Interreg Česko – Sasko 2021–2027, spolufinancovaném Evropskou unií.
imprint-software-title = Software
imprint-software-text = Glokal je software s otevřeným zdrojovým kódem pod licencí MIT. © Přispěvatelé projektu Glokal.
imprint-disputes-title = Řešení sporů
imprint-disputes-text = Nejsme povinni ani ochotni účastnit se řízení o řešení sporů před spotřebitelským rozhodčím orgánem.

## Ochrana osobních údajů

privacy-title = Zásady ochrany osobních údajů
privacy-lead = Zpracováváme pouze osobní údaje nezbytné pro provoz platformy. Zde se dozvíte jaké, proč a jak dlouho.
privacy-controller-title = Správce
privacy-controller-text = Správcem je provozovatel této instalace. Název, adresu a kontaktní údaje najdete v části
privacy-data-title = Jaké údaje zpracováváme
privacy-data-account = Účet: e-mailová adresa, jméno, preferovaný jazyk, role a vaše heslo jako osolený hash (nikdy v čitelné podobě).
privacy-data-sessions = Relace: kdy byla zahájena přihlašovací relace a kdy končí, abyste zůstali bezpečně přihlášeni.
privacy-data-mails = E-maily: jaké systémové zprávy (např. potvrzení, obnovení hesla) a kdy vám byly odeslány.
privacy-data-logs = Technické záznamy: server zaznamenává čas, cestu a výsledek každého požadavku (bez IP adresy), aby mohl službu provozovat. IP adresy uchovává jen krátce v operační paměti, aby omezil pokusy o přihlášení.
privacy-purpose-title = Účel a právní základ
privacy-purpose-text = Údaje zpracováváme, abychom vám mohli poskytovat účet a platformu (čl. 6 odst. 1 písm. b GDPR) a udržovat službu bezpečnou (čl. 6 odst. 1 písm. f GDPR). K reklamě vaše údaje nepoužíváme.
privacy-storage-title = Doba uložení
privacy-storage-text = Údaje účtu uchováváme, dokud svůj účet nesmažete. Relace automaticky vyprší; odkazy pro potvrzení a obnovení hesla platí jen krátce.
privacy-cookies-title = Cookies a místní úložiště
privacy-cookies-text = Používáme jediný technicky nezbytný soubor cookie, který vás udržuje přihlášené (HttpOnly, pouze pro přihlašovací službu). Vaše volba jazyka se ukládá ve vašem prohlížeči. Nepoužíváme žádné sledování, analytické služby ani externě načítaná písma či skripty.
privacy-recipients-title = Příjemci
privacy-recipients-text = Vaše údaje neprodáváme ani nepředáváme dál. Techničtí poskytovatelé služeb (hosting, doručování e-mailů) je zpracovávají pouze na náš pokyn.
privacy-rights-title = Vaše práva
privacy-rights-text = Máte právo na přístup, opravu, výmaz, omezení zpracování, přenositelnost údajů a právo vznést námitku.
privacy-rights-export = Přístup a přenositelnost: všechny své údaje si stáhnete na stránce „Můj účet“.
privacy-rights-rectify = Oprava: jméno a jazyk můžete kdykoli změnit na stránce „Můj účet“.
privacy-rights-delete = Výmaz: svůj účet smažete sami na stránce „Můj účet“.
privacy-rights-complaint = Stížnost: můžete podat stížnost u dozorového úřadu pro ochranu osobních údajů, např. u Úřadu pro ochranu osobních údajů (ÚOOÚ) nebo u saské zmocněnkyně pro ochranu údajů a transparentnost.
privacy-version = Znění ze dne { $version }
privacy-data-organizations = Organizace: profily, které firmy a instituce samy zadávají, s kontaktními osobami (jméno, funkce, jazyky, e-mail, telefon); kdo kontaktní osoby uvidí, určuje organizace u každé osoby. Členství ukazují, kdo patří ke které organizaci.
privacy-data-messages = Zprávy: konverzace mezi organizacemi s přílohami, kdo je napsal a kdy byly přečteny.
privacy-data-events = Akce: vaše registrace a check-in; u kooperačních burz váš profil pro jednání, žádosti o schůzky, vaše termíny a hodnocení. Pořadatelé vidí jméno a e-mail přihlášených, aby mohli akci uspořádat.
privacy-data-notifications = Oznámení: upozornění v platformě a e-mailem, uložená hledání a vaše nastavení k nim.
privacy-data-consents = Souhlasy: se kterým zněním těchto zásad a podmínek užívání jste kdy souhlasili.
privacy-settings-title = Vaše nastavení
privacy-settings-text = Sami určujete, zda lidé mimo vaše organizace uvidí vaše jméno (jinak jen název organizace), zda partneři schůzek na kooperační burze dostanou vaši e-mailovou adresu a zda vůbec dostáváte oznámení e-mailem. Zprávy týkající se samotného účtu (potvrzení, heslo, smazání) a vašich registrací se posílají vždy.
privacy-settings-link = Přejít na nastavení
privacy-card-title = Soukromí a souhlasy
privacy-settings-lead = Určete, co o vás ostatní uvidí a zda vám máme posílat oznámení e-mailem.
privacy-profile = Kdo uvidí vaše jméno?
privacy-profile-logged-in = Všichni, s nimiž jednáte
privacy-profile-logged-in-hint = Příjemci vašich zpráv a partneři schůzek na kooperačních burzách uvidí vaše jméno.
privacy-profile-own = Jen vaše vlastní organizace
privacy-profile-own-hint = Ostatní uvidí místo vašeho jména jen název vaší organizace.
privacy-contact = Kdo dostane vaši e-mailovou adresu?
privacy-contact-partners = Potvrzení partneři schůzek
privacy-contact-partners-hint = Vaši partneři na kooperační burze ji najdou ve svém programu schůzek.
privacy-contact-nobody = Nikdo
privacy-contact-nobody-hint = Jen pořadatelé akcí, na které jste přihlášeni.
privacy-mails = Dostávat oznámení e-mailem
privacy-mails-hint = Po vypnutí vám už nebudeme posílat žádná oznámení e-mailem, bez ohledu na nastavení jednotlivých druhů výše. E-maily k vašemu účtu a k vašim registracím chodí dál.
privacy-save = Uložit nastavení
privacy-saved = Vaše nastavení ochrany soukromí je uloženo.
consents-title = Vaše souhlasy
consents-outstanding = Zásady ochrany osobních údajů a podmínky užívání se změnily (znění ze dne { $version }). Přečtěte si je prosím a vyjádřete souhlas.
consents-read = Přečíst
consents-accept = Souhlasím
consents-empty = Zatím není uložen žádný souhlas.
consents-when = Kdy
consents-what = K čemu
consents-version = Znění
consents-status = Prohlášení
consents-kind-terms = Zásady ochrany osobních údajů a podmínky užívání
consents-granted = souhlas
consents-withdrawn = odvoláno
terms-title = Podmínky užívání
terms-lead = Glokal propojuje firmy a instituce v sasko-českém příhraničí. Svým účtem se zavazujete:
terms-truthful = Údaje o vás a vaší organizaci jsou pravdivé a aktuální; jednáte jen za organizace, za které smíte hovořit.
terms-business = Kontakty slouží obchodní spolupráci: žádná hromadná reklama, žádné předávání cizích kontaktních údajů.
terms-lawful = Žádný protiprávní, urážlivý nebo zavádějící obsah; respektujete práva třetích osob (např. k obrázkům a textům).
terms-moderation = Komory, agentury pro rozvoj podnikání a provozovatel platformy kontrolují nahlášený obsah. Mohou obsah s odůvodněním skrýt, udělit varování a pozastavit organizace; každé opatření se zaznamená a dotčeným oznámí.
terms-end = Svůj účet můžete kdykoli sami smazat. Pokud se tyto podmínky změní, požádáme vás znovu o souhlas.

## Společné části formulářů

form-field-invalid = Zkontrolujte prosím tento údaj.
form-leave-confirm = Máte neuložené změny. Opravdu chcete stránku opustit?
combobox-count = { $count ->
    [0] Žádné návrhy
    [one] Jeden návrh, vyberte šipkami
    [few] { $count } návrhy, vyberte šipkami
   *[other] { $count } návrhů, vyberte šipkami
}
chips-remove = Odebrat „{ $item }“
nav-directory = Adresář

## Organizace: druhy, velikostní třídy, země, jazyky

org-kind-company = Firma
org-kind-chamber = Komora
org-kind-cluster = Klastr nebo síť
org-kind-association = Svaz nebo spolek
org-kind-research = Vysoká škola nebo výzkumná instituce
org-kind-development_agency = Agentura regionálního rozvoje
org-kind-public_body = Úřad
org-kind-other = Jiná organizace
org-size-micro = Mikropodnik (méně než 10 zaměstnanců)
org-size-small = Malý podnik (10–49 zaměstnanců)
org-size-medium = Střední podnik (50–249 zaměstnanců)
org-size-large = Velký podnik (250 a více zaměstnanců)
country-de = Německo
country-cz = Česko
country-pl = Polsko
language-name-de = němčina
language-name-cs = čeština
language-name-en = angličtina
language-name-pl = polština
language-name-sk = slovenština
language-name-fr = francouzština
language-name-ru = ruština
language-name-uk = ukrajinština
language-name-it = italština
language-name-es = španělština

## Adresář

directory-title = Adresář
directory-lead = Firmy, komory, klastry a instituce česko-saského příhraničí.
directory-register = Zapsat organizaci
directory-filters = Filtr
directory-filter-kind = Druh
directory-all-kinds = Všechny druhy
directory-filter-country = Země
directory-all-countries = Obě země
directory-filter-region = Region
directory-all-regions = Všechny regiony
directory-filter-section = Odvětví (sekce NACE)
directory-all-sections = Všechna odvětví
directory-filter-division = Obor (oddíl NACE)
directory-all-divisions = Všechny obory sekce
directory-filter-size = Velikost
directory-all-sizes = Všechny velikosti
directory-filter-language = Jazyk komunikace
directory-all-languages = Jakýkoli jazyk
directory-filter-near = Vzdálenost
directory-filter-place = Obec
directory-place-placeholder = Obec, např. Žitava
directory-place-clear = Odebrat
directory-filter-radius = V okruhu
directory-radius-any = libovolně
directory-radius-km = { $km } km
directory-reset = Zrušit filtry
directory-count = { $count ->
    [0] Žádné organizace
    [one] Jedna organizace
    [few] { $count } organizace
   *[other] { $count } organizací
}
directory-sort = Řadit podle
directory-sort-name = Název
directory-sort-newest = Od nejnovějších
directory-sort-distance = Vzdálenost
directory-texts-in = Texty v jazycích:
directory-distance = vzdálenost { $km } km
directory-empty = Zatím se nezapsala žádná organizace. Buďte první!
directory-empty-filtered = Těmto filtrům neodpovídá žádná organizace.
directory-pages = Stránky
directory-prev = Předchozí stránka
directory-next = Další stránka
directory-page-of = Stránka { $page } z { $pages }

## Profil organizace

profile-title = Profil organizace
profile-edit = Upravit profil
profile-description = O nás
profile-description-languages = Zobrazit text v jazyce
profile-written-in = { $lang ->
    [de] Napsáno v němčině.
    [cs] Napsáno v češtině.
   *[en] Napsáno v angličtině.
}
profile-nace = Obory (NACE)
profile-nace-main = hlavní činnost
profile-keywords = Klíčová slova a kompetence
profile-contacts = Kontaktní osoby
profile-contacts-login = Pro zobrazení kontaktních osob se přihlaste.
profile-contacts-none = Nejsou zadány žádné kontaktní osoby.
profile-contact-members-only = viditelné jen pro členy
profile-facts = Základní údaje
profile-size = Velikost
profile-founded = Rok založení
profile-languages = Jazyky komunikace
profile-ico = IČO
profile-dic = DIČ
profile-hr = Obchodní rejstřík
profile-vat = DIČ pro DPH
profile-channels = Kontakt
profile-website = Web
profile-email = E-mail
profile-phone = Telefon
profile-location = Sídlo
profile-map-link = Zobrazit na OpenStreetMap (otevře se na nové kartě)
profile-updated = Profil aktualizován { $date }

## Editor organizace

editor-new-title = Zapsat organizaci
editor-edit-title = Upravit organizaci
editor-edit-heading = Upravit „{ $name }“
editor-lead = Představte svou organizaci česky, německy nebo anglicky, aby vás našli partneři na obou stranách hranice.
editor-required-note = Pole bez označení „(nepovinné)“ jsou povinná.
editor-forbidden = Tento profil mohou měnit jen vlastníci a editoři organizace.
editor-back-to-profile = Zpět na profil
editor-basics = Základní údaje
editor-name = Název organizace
editor-name-hint = Tak, jak má být uveden v adresáři, např. „Nováková plasty s.r.o.“.
editor-legal-form = Právní forma
editor-legal-form-hint = např. s.r.o., a.s., GmbH, e.V.
editor-kind = Druh organizace
editor-founding-year = Rok založení
editor-size = Velikost (počet zaměstnanců)
editor-not-specified = Neuvedeno
editor-address = Adresa
editor-country = Země
editor-city = Obec
editor-city-hint = Napište obec a vyberte ji ze seznamu (fungují české i německé názvy), aby vás bylo možné najít podle regionu a vzdálenosti.
editor-street = Ulice a číslo
editor-postal-code = PSČ
editor-channels = Kontaktní údaje
editor-website = Web
editor-website-hint = např. https://www.priklad.cz
editor-email = Obecná e-mailová adresa
editor-phone = Telefon
editor-classification = Obory a kompetence
editor-nace-main = Hlavní činnost (NACE)
editor-nace-more = Další činnosti (NACE)
editor-nace-hint = Zadejte kód nebo slovo česky, německy či anglicky, např. „plast“, „strojírenství“, „22.2“.
editor-nace-placeholder = Hledat v NACE…
editor-languages = Jazyky komunikace
editor-languages-other = Další jazyk
editor-add = Přidat
editor-keywords = Klíčová slova a kompetence
editor-keywords-hint = Po každém klíčovém slově stiskněte Enter nebo napište čárku, např. „vstřikování plastů“.
editor-description = Popis
editor-description-lead = Popište, čím se vaše organizace zabývá a co hledá. Povinný je alespoň jeden jazyk; každý další pomůže partnerům za hranicí.
editor-description-de = Popis v němčině
editor-description-cs = Popis v češtině
editor-description-en = Popis v angličtině
editor-registration = Registrační čísla
editor-registration-lead = Aby partneři mohli vaši organizaci dohledat v úředních rejstřících.
editor-ico = IČO
editor-ico-hint = 8 číslic
editor-dic = DIČ
editor-dic-hint = např. CZ12345678
editor-hr = Zápis v německém obchodním rejstříku (Handelsregister)
editor-hr-hint = např. HRB 12345, Amtsgericht Dresden
editor-vat = DIČ pro DPH (VAT)
editor-vat-hint = např. DE123456789
editor-contacts = Kontaktní osoby
editor-contacts-lead = Kontaktní osoby vidí jen přihlášení členové – nebo, pokud to zvolíte, jen členové vaší organizace.
editor-contact-n = Kontaktní osoba { $n }
editor-contact-name = Jméno
editor-contact-role = Funkce
editor-contact-email = E-mail
editor-contact-phone = Telefon
editor-contact-languages = Jazyky
editor-contact-visibility = Viditelné pro
editor-contact-visible-logged-in = všechny přihlášené členy
editor-contact-visible-members = jen členy této organizace
editor-contact-add = Přidat kontaktní osobu
editor-contact-remove = Odebrat kontaktní osobu
editor-create = Zapsat organizaci
editor-save = Uložit změny
editor-cancel = Zrušit
editor-unsaved = Neuložené změny
editor-saved = Profil byl uložen.
editor-delete-title = Smazat organizaci
editor-delete-text = Smazáním se profil i jeho kontaktní osoby trvale odstraní.
editor-delete-open = Smazat organizaci…
editor-delete-dialog-title = Opravdu smazat tuto organizaci?
editor-delete-dialog-text = Profil okamžitě zmizí z adresáře. Tuto akci nelze vrátit zpět.
editor-delete-confirm = Trvale smazat
editor-deleted = Organizace byla smazána.
account-org-title = Vaše organizace
account-org-text = Představte svou firmu nebo instituci v adresáři, aby vás našli partneři v příhraničí.
editor-ares-title = Vyplnit z obchodního rejstříku
editor-ares-text = Česká firma? Zadejte IČO a název, právní formu, adresu, DIČ, rok založení a kódy NACE převezmeme z registru ARES. Vše můžete poté upravit.
editor-ares-fill = Vyplnit z ARES
editor-ares-filled = Formulář byl vyplněn z ARES. Zkontrolujte prosím údaje a doplňte popis.
editor-ares-dissolved = Podle ARES tato firma zanikla dne { $date }.
org-demo = Demo
org-demo-note = Ukázková data: nejde o skutečnou organizaci.
profile-moderation-review = Váš profil čeká na kontrolu týmem platformy. Do té doby jej vidí jen členové vaší organizace.
profile-moderation-hidden = Moderátoři tento profil skryli: { $reason } Vidí jej jen členové; obraťte se na tým platformy.
profile-moderation-suspended = Tato organizace je pozastavena: { $reason } Nemůže nic zveřejňovat ani zahajovat konverzace.
directory-filters-show = { $count ->
    [0] Zobrazit filtry
   *[other] Zobrazit filtry (aktivní: { $count })
}
directory-filters-hide = Skrýt filtry
directory-invalid-filter = Tento odkaz obsahuje neznámý filtr. Zrušte prosím filtry.

## Společné

editor-remove = Odebrat
member-role-owner = Vlastník
member-role-editor = Editor
nav-my-organizations = Moje organizace

## Editor: logo, produkty a služby, certifikace

editor-languages-choose = Vyberte jazyk…
editor-logo = Logo
editor-logo-choose = Nahrát logo
editor-logo-replace = Nahradit logo
editor-logo-hint = PNG, JPEG nebo WebP, nejvýše 2 MB. Uloží se ihned a zobrazí se ve velikosti nejvýše 512 pixelů.
editor-logo-current = Současné logo
editor-logo-remove = Odstranit logo
editor-logo-uploaded = Logo bylo uloženo.
editor-logo-removed = Logo bylo odstraněno.
logo-error-payload_too_large = Tento soubor je větší než 2 MB. Vyberte prosím menší obrázek.
logo-error-unsupported_media_type = Vyberte prosím obrázek ve formátu PNG, JPEG nebo WebP (SVG a jiné formáty nejsou podporovány).
logo-error-invalid_image = Tento soubor nelze přečíst jako obrázek. Vyberte prosím jiný soubor PNG, JPEG nebo WebP.
editor-offerings = Produkty a služby
editor-offerings-lead = Co vyrábíte nebo nabízíte, s názvem alespoň v jednom jazyce. Každý další jazyk pomůže partnerům za hranicí.
editor-offering-n = Produkt nebo služba { $n }
editor-offering-kind = Druh
offering-kind-product = Produkt
offering-kind-service = Služba
editor-offering-name = Název
editor-offering-name-hint = Alespoň v jednom jazyce.
editor-offering-description = Krátký popis
editor-offering-description-hint = Nepovinné, v libovolném počtu jazyků.
editor-offering-add = Přidat produkt nebo službu
editor-offering-remove = Odebrat tuto položku
editor-certifications = Certifikace
editor-certifications-lead = Certifikáty, které vaše organizace má. Je-li uvedeno datum platnosti, adresář vás po jejím skončení pod tímto certifikátem už neuvádí.
editor-certification-add = Přidat certifikaci
editor-certification-choose = Vyberte certifikaci…
editor-certification-expires = Platí do
editor-certification-remove-named = Odebrat { $name }

## Profil: logo, produkty a služby, certifikace, mapa, členové

profile-offerings = Produkty a služby
profile-certifications = Certifikace
profile-certification-valid = platí do { $date }
profile-certification-expired = platnost skončila { $date }
profile-map-alt = Mapa: poloha organizace { $name }
profile-members = Členové

## Adresář

directory-filter-certification = Certifikace
directory-all-certifications = Všechny certifikace

## Členové

members-title = Členové
members-back = ← Zpět na profil
members-lead = Vlastníci a editoři mohou měnit profil. Vlastníci navíc zvou kolegy, mění role a odebírají členy.
members-forbidden = Členy organizace vidí jen její vlastníci a editoři.
members-count = { $count ->
    [one] Jeden člen
    [few] { $count } členové
   *[other] { $count } členů
}
members-you = vy
members-since = od { $date }
members-make-owner = Udělat vlastníkem
members-make-editor = Udělat editorem
members-remove = Odebrat
members-leave = Opustit organizaci
members-now-owner = { $name } je nyní vlastníkem.
members-now-editor = { $name } je nyní editorem.
members-removed = { $name } byl(a) odebrán(a).
members-remove-dialog-title = Odebrat tohoto člena?
members-remove-dialog-text = { $name } už nebude moci upravovat profil. Kdykoli ho (ji) můžete pozvat znovu.
members-remove-confirm = Odebrat člena
members-leave-dialog-title = Opustit organizaci?
members-leave-dialog-text = Organizaci „{ $name }“ už nebudete moci upravovat. Abyste se mohli vrátit, musí vás vlastník znovu pozvat.
members-leave-confirm = Opustit
members-left = Opustili jste organizaci.
members-invitations = Otevřené pozvánky
members-invitations-none = Nejsou žádné otevřené pozvánky.
members-invited-by = pozval(a) { $name }
members-invitation-until = platí do { $date }
members-withdraw = Stáhnout
members-withdrawn = Pozvánka pro { $name } byla stažena.
members-editor-note = Kolegy zvát a měnit role mohou jen vlastníci.
members-invite = Pozvat kolegu
members-invite-lead = Registrovaná adresa se stane členem ihned. Jakákoli jiná adresa dostane pozvánku e-mailem, platnou 14 dní.
members-invite-email = E-mailová adresa
members-invite-role = Role
members-invite-role-hint = Editoři mění profil, vlastníci navíc spravují členy.
members-invite-language = Jazyk pozvánky
members-invite-submit = Pozvat
members-invite-added = { $email } už má účet a je nyní členem.
members-invite-sent = Pozvánka byla odeslána na adresu { $email }.

## Odkaz s pozvánkou

invitation-title = Pozvánka
invitation-lead = Jste zváni, abyste se na Glokalu připojili k organizaci { $organization } jako { $role ->
    [owner] vlastník
   *[editor] editor
}.
invitation-lead-by = { $name } vás zve, abyste se na Glokalu připojili k organizaci { $organization } jako { $role ->
    [owner] vlastník
   *[editor] editor
}.
invitation-organization = Organizace
invitation-role = Role
invitation-email = Odesláno na
invitation-valid-until = Platí do
invitation-role-owner-hint = Jako vlastník můžete měnit profil, zvát kolegy a spravovat členy.
invitation-role-editor-hint = Jako editor můžete měnit profil organizace.
invitation-login-text = Pro přijetí pozvánky se přihlaste nebo si zdarma založte účet. Poté se vrátíte na tuto stránku.
invitation-login = Přihlásit se
invitation-register = Založit účet
invitation-accept = Přijmout pozvánku
invitation-accepted = Vítejte! Nyní jste členem této organizace.
invitation-other-account = Tato pozvánka byla odeslána na { $invited }. Jste přihlášeni jako { $account } a připojíte se s tímto účtem.
invitation-invalid-title = Tento odkaz s pozvánkou je neplatný nebo vypršel.
invitation-invalid-text = Pozvánky platí 14 dní a fungují jen jednou. Požádejte osobu, která vás pozvala, o novou pozvánku.
verify-continue = Pokračovat

## Moje organizace (stránka účtu)

account-orgs-title = Moje organizace
account-orgs-edit = Upravit profil
account-orgs-members = Členové

## Navigace: nabídky a poptávky, akce

nav-marketplace = Nabídky a poptávky
nav-events = Akce
nav-my-registrations = Moje přihlášky
home-feature-open = Otevřít

## Měsíce a dny v týdnu (nadpisy, měsíční přehled)

month-1 = Leden
month-2 = Únor
month-3 = Březen
month-4 = Duben
month-5 = Květen
month-6 = Červen
month-7 = Červenec
month-8 = Srpen
month-9 = Září
month-10 = Říjen
month-11 = Listopad
month-12 = Prosinec
month-short-1 = led
month-short-2 = úno
month-short-3 = bře
month-short-4 = dub
month-short-5 = kvě
month-short-6 = čvn
month-short-7 = čvc
month-short-8 = srp
month-short-9 = zář
month-short-10 = říj
month-short-11 = lis
month-short-12 = pro
weekday-1 = pondělí
weekday-2 = úterý
weekday-3 = středa
weekday-4 = čtvrtek
weekday-5 = pátek
weekday-6 = sobota
weekday-7 = neděle
weekday-short-1 = po
weekday-short-2 = út
weekday-short-3 = st
weekday-short-4 = čt
weekday-short-5 = pá
weekday-short-6 = so
weekday-short-7 = ne
field-not_a_number = Zadejte prosím číslo.

## Nabídky a poptávky

opp-title = Nabídky a poptávky
opp-lead = Výrobky, služby a volné kapacity z regionu – a co firmy hledají, včetně naléhavých výpadků dodávek.
opp-new = Nová nabídka nebo poptávka
opp-detail-title = Nabídka nebo poptávka
opp-type-product_offer = Nabídka výrobků
opp-type-service_offer = Nabídka služeb
opp-type-capacity_offer = Volná kapacita
opp-type-technology_offer = Nabídka technologie
opp-type-supplier_request = Hledáme dodavatele
opp-type-cooperation_request = Hledáme partnera ke spolupráci
opp-type-shortage_alert = Výpadek dodávek – naléhavé
opp-type-technology_request = Hledáme technologii
opp-status-draft = Koncept
opp-status-published = Zveřejněno
opp-status-expired = Platnost vypršela
opp-status-closed = Uzavřeno
opp-outcome-partner_found_glokal = Partner byl nalezen přes Glokal.
opp-outcome-found_elsewhere = Partner byl nalezen jinde.
opp-outcome-no_longer_needed = Už to není potřeba.
opp-needed-by = Potřeba do { $date }
opp-valid-until = Otevřeno do { $date }
opp-cross-border = Přeshraniční
opp-cross-border-long = Jen pro organizace z druhé strany hranice
opp-profile-none = Momentálně žádné otevřené nabídky ani poptávky.
opp-filter-offers = Nabídky
opp-filter-requests = Poptávky
opp-filter-open-only = Jen otevřené
opp-empty = Zatím nebyly zveřejněny žádné nabídky ani poptávky.
opp-empty-filtered = Těmto filtrům neodpovídá žádná nabídka ani poptávka.
opp-sort-newest = Nejnovější
opp-sort-deadline = Brzy končící
opp-count = { $count ->
    [0] Žádné nabídky ani poptávky
    [one] Jedna nabídka nebo poptávka
    [few] { $count } nabídky a poptávky
   *[other] { $count } nabídek a poptávek
}
opp-back = ← Všechny nabídky a poptávky
opp-draft-note = Toto je koncept: vidí ho jen vlastníci a editoři organizace. Zveřejněte ho, aby byl veřejný.
opp-expired-note = Platnost této nabídky nebo poptávky vypršela. Prodlužte ji, aby byla znovu otevřená.
opp-closed-on = Uzavřeno { $date }.
opp-keywords = Klíčová slova
opp-description = Popis
opp-quantity = Množství
opp-needed-by-label = Potřeba do
opp-capacity-process = Technologie
opp-capacity-material = Materiál
opp-capacity-period = K dispozici
opp-audience = Určeno pro
opp-max-distance = do { $km } km
opp-published = Zveřejněno
opp-facts = Podrobnosti
opp-type = Druh
opp-valid-until-label = Otevřeno do
opp-organization = Zveřejnil(a)
opp-org-profile = Profil organizace
opp-published-notice = Nabídka nebo poptávka je zveřejněna.
opp-extended-notice = Nabídka nebo poptávka zůstane otevřená déle.
opp-closed-notice = Nabídka nebo poptávka je uzavřena. Děkujeme, že jste nám sdělili výsledek.
opp-deleted-notice = Koncept byl smazán.
opp-saved-notice = Koncept je uložen. Do zveřejnění ho vidí jen vaše organizace.
opp-edit = Upravit
opp-publish = Zveřejnit
opp-delete = Smazat koncept
opp-extend = Prodloužit
opp-close = Uzavřít
opp-extend-title = Ponechat otevřené déle
opp-extend-text = Zvolte nový poslední den (nejvýše rok dopředu).
opp-extend-confirm = Prodloužit
opp-close-title = Uzavřít nabídku nebo poptávku
opp-close-text = Zůstane čitelná, ale už se nezobrazí mezi otevřenými. Jak to dopadlo?
opp-close-confirm = Uzavřít
opp-close-outcome = Výsledek
opp-delete-title = Smazat koncept?
opp-delete-text = Koncept bude nenávratně smazán.
opp-delete-confirm = Smazat
opp-new-title = Nová nabídka nebo poptávka
opp-edit-title = Upravit nabídku nebo poptávku
opp-no-organization = Abyste mohli zveřejňovat nabídky a poptávky, zapište nejprve svou organizaci – nebo požádejte jejího vlastníka o pozvánku.
opp-forbidden = Tuto nabídku nebo poptávku mohou měnit jen vlastníci a editoři organizace.
opp-closed-no-edit = Tato nabídka nebo poptávka je uzavřena a už ji nelze měnit.
opp-back-to-detail = Zpět na nabídku nebo poptávku
opp-editor-lead = Popište, co nabízíte nebo hledáte, v jednom nebo více jazycích. Uložte to jako koncept, nebo to hned zveřejněte.
opp-section-basics = Základní údaje
opp-field-organization = Organizace
opp-field-type = Druh
opp-type-hint = Výpadek dodávek potřebuje den, do kdy je díl nebo materiál potřeba; volná kapacita technologii a období.
opp-section-texts = Název a text
opp-texts-lead = Napište název a text alespoň v jednom jazyce; každý jazyk potřebuje obojí.
opp-field-title = Název
opp-field-text = Text
opp-section-details = Podrobnosti
opp-unit = Jednotka
opp-unit-hint = Např. ks, kg, t, hodin týdně.
opp-needed-by-hint = Den, kdy musí díl nebo materiál být k dispozici (u výpadku dodávek povinné).
opp-capacity = Volná kapacita
opp-capacity-process-hint = Např. 5osé CNC frézování, vstřikování do 250 t.
opp-capacity-from = K dispozici od
opp-capacity-until = K dispozici do
opp-valid-until-hint = Prázdné: 90 dní (výpadek dodávek: nejvýše do dne potřeby); nejvýše rok dopředu.
opp-field-nace = Obory (NACE)
opp-audience-lead = Nechte prázdné, chcete-li oslovit všechny.
opp-field-targets = Země
opp-field-max-distance = Největší vzdálenost v km
opp-field-certifications = Požadované certifikace
opp-field-certifications-hint = Partneři s těmito certifikáty se mezi vhodnými partnery zobrazí výše.
opp-save = Uložit
opp-save-draft = Uložit koncept

## Akce

events-title = Akce
events-lead = Informační dny, kooperační burzy, workshopy a veletrhy v česko-saském příhraničí.
event-new = Nová akce
events-back = ← Všechny akce
events-view = Zobrazení
events-view-list = Seznam
events-view-month = Měsíc
events-filter-type = Druh
events-all-types = Všechny druhy
events-filter-language = Jazyk
events-filter-from = Od
events-filter-to = Do
events-count = { $count ->
    [0] Žádné akce
    [one] Jedna akce
    [few] { $count } akce
   *[other] { $count } akcí
}
events-empty = Momentálně nejsou naplánovány žádné akce.
events-empty-action = Objevit organizace
events-empty-filtered = Těmto filtrům neodpovídá žádná akce.
events-month-empty = V tomto měsíci žádné akce.
events-month-more = Zobrazuje se jen prvních 100 akcí tohoto měsíce.
events-month-nav = Měsíce
events-month-prev = Předchozí měsíc
events-month-next = Další měsíc
events-feed-title = Odebírat kalendář
events-feed-text = Přidejte tuto adresu do své kalendářové aplikace (Outlook, Google Kalendář, Apple Kalendář, Thunderbird) jako odebíraný kalendář: nové a změněné akce se tam pak objeví samy. Adresa zachovává vaše filtry a jazyk.
events-staff-only = Akce pořádají pracovníci komor, klastrů, agentur a dalších institucí. Pokud tuto roli potřebujete, obraťte se na tým platformy.
event-type-information = Informační akce
event-type-cooperation = Kooperační burza
event-type-workshop = Workshop
event-type-exhibition = Veletrh nebo výstava
event-status-draft = Koncept
event-status-closed = Přihlašování uzavřeno
event-status-done = Proběhlo
event-status-cancelled = Zrušeno
event-matchmaking-badge = B2B jednání
event-full = Obsazeno – čekací listina
event-places-left = { $count ->
    [one] Zbývá jedno místo
    [few] Zbývají { $count } místa
   *[other] Zbývá { $count } míst
}
event-online = Online
event-profile-none = Žádné nadcházející akce.
event-registrations = Přihlášky
event-cancelled-note = Tato akce byla zrušena.
event-draft-note = Toto je koncept: vidí ho jen pořadatelé. Zveřejněte ho, aby se otevřelo přihlašování.
event-programme = Program
event-places-of = Obsazeno { $registered } z { $capacity } míst
event-waiting-count = { $count ->
    [one] jeden na čekací listině
    [few] { $count } na čekací listině
   *[other] { $count } na čekací listině
}
event-places = Místa
event-no-limit = Bez omezení
event-facts = Podrobnosti
event-when = Kdy
event-deadline = Přihlášky do
event-languages = Jazyky
event-ics = Do kalendáře (.ics)
event-venue = Místo konání
event-online-link = Odkaz pro online účast
event-co-organisers = Spolupořadatelé
event-organiser = Pořadatel
event-published-notice = Akce je zveřejněna; přihlašování je otevřené.
event-closed-notice = Přihlašování je uzavřeno.
event-cancelled-notice = Akce je zrušena. Všichni přihlášení i čekající dostanou e-mail.
event-deleted-notice = Koncept byl smazán.
event-saved-notice = Akce je uložena.
event-edit = Upravit
event-publish = Zveřejnit
event-delete = Smazat koncept
event-close = Uzavřít přihlašování
event-cancel = Zrušit akci
event-cancel-title = Zrušit akci?
event-cancel-text = { $count ->
    [0] Zatím se nikdo nepřihlásil. Akce zůstane viditelná jako zrušená.
    [one] Přihlášená osoba dostane e-mail o zrušení ve svém jazyce s aktualizovaným souborem kalendáře.
    [few] Všichni { $count } přihlášení a čekající dostanou e-mail o zrušení ve svém jazyce s aktualizovaným souborem kalendáře.
   *[other] Všech { $count } přihlášených a čekajících dostane e-mail o zrušení ve svém jazyce s aktualizovaným souborem kalendáře.
}
event-cancel-confirm = Zrušit akci
event-cancel-reason = Důvod (bude předán v e-mailu)
event-delete-title = Smazat koncept?
event-delete-text = Koncept bude nenávratně smazán.
event-delete-confirm = Smazat
event-new-title = Nová akce
event-edit-title = Upravit akci
event-no-organization = Abyste mohli pořádat akce, musíte být vlastníkem nebo editorem organizace své instituce na Glokalu.
event-forbidden = Tuto akci mohou měnit jen pořadatelé.
event-no-edit = Zrušené a proběhlé akce už nelze měnit.
event-back-to-detail = Zpět na akci
event-editor-lead = Nová akce zůstane konceptem, dokud ji nezveřejníte na její stránce.
event-type = Druh
event-matchmaking = S B2B matchmakingem (jednání mezi účastníky)
event-field-title = Název
event-field-description = Popis
event-texts-lead = Název alespoň v jednom jazyce; popis ve stejných jazycích účastníkům pomůže.
event-time-zone-note = Časy jsou ve středoevropském čase, jako v Praze a Drážďanech.
event-starts = Začátek
event-ends = Konec
event-mode = Kde se koná?
event-mode-venue = Na místě
event-mode-online = Online
event-mode-hybrid = Na místě i online
event-venue-name = Název místa konání
event-participation = Účast
event-capacity = Místa
event-capacity-hint = Prázdné: bez omezení a bez čekací listiny.
event-deadline-hint = Prázdné: do začátku.
event-programme-lead = Přednášky, exkurze, přestávky – každý bod s časem v průběhu akce.
event-programme-at = Čas
event-programme-speaker = Přednášející nebo hostitel
event-programme-n = Bod programu { $n }
event-programme-remove = Odebrat bod
event-programme-add = Přidat bod programu
event-programme-count = { $count ->
    [one] Jeden bod programu
    [few] { $count } body programu
   *[other] { $count } bodů programu
}
event-save = Uložit
event-create = Uložit koncept

## Přihlášky a prezence

registration-title = Přihláška
registration-confirmed = Přihlášeno
registration-waiting = Čekací listina, pořadí { $position }
registration-cancelled = Zrušeno
registration-confirmed-text = Máte místo. Potvrzení se souborem kalendáře jsme vám poslali e-mailem.
registration-waiting-text = Akce je obsazená. Pokud se někdo odhlásí, automaticky postoupíte a dostanete e-mail.
registration-cancel = Zrušit mou přihlášku
registration-cancel-title = Zrušit přihlášku?
registration-cancel-text = Vaše místo dostane další osoba z čekací listiny.
registration-cancel-confirm = Zrušit přihlášku
registration-cancelled-notice = Vaše přihláška je zrušena.
registration-not-open = Přihlásit se nelze: akce ještě není zveřejněna, termín přihlášek uplynul, nebo už proběhla či byla zrušena.
registration-login-text = Přihlaste se, abyste se mohli registrovat za svou organizaci. Poté se sem vrátíte.
registration-login = Přihlásit se a registrovat
registration-no-organization = Přihlašujete se za organizaci. Nejprve zapište tu svou, nebo požádejte jejího vlastníka o pozvánku.
registration-full = Akce je obsazená: zařadíme vás na čekací listinu.
registration-organization = Přihlásit za
registration-note = Poznámka pro pořadatele
registration-submit = Přihlásit se
registration-submit-waiting = Na čekací listinu
registration-confirmed-notice = Jste přihlášeni. Potvrzení je na cestě e-mailem.
registration-waiting-notice = Akce je obsazená: jste na čekací listině.
checkin-title = Prezenční listina
checkin-back = ← Zpět na akci
checkin-print = Tisk
checkin-forbidden = Přihlášky vidí jen pořadatelé a pracovníci spolupořádajících institucí.
checkin-confirmed = { $count } přihlášeno
checkin-arrived-count = { $count } přítomno
checkin-toggle-label = { $name } je přítomen/přítomna
checkin-arrived = Přítomen
checkin-not-arrived = Zatím ne
checkin-name = Jméno
checkin-organization = Organizace
checkin-status = Stav
checkin-arrived-column = Přítomnost
checkin-filter = Hledat podle jména nebo organizace
checkin-empty = Zatím se nikdo nepřihlásil.
account-registrations-title = Moje přihlášky
account-registrations-none = Zatím jste se nepřihlásili na žádnou akci.
account-registrations-calendar = Prohlédnout akce

# Unsubscribe page (links in alert and digest mails)
unsubscribe-title = Odhlásit e-maily
unsubscribe-pending = Okamžik, odhlašujeme e-maily …
unsubscribe-done-title = Odhlášeno
unsubscribe-done-alerts = Hlášení o nedostatku už e-mailem nedostanete. V centru oznámení je uvidíte i nadále.
unsubscribe-done-search = K uloženému hledání „{ $name }“ už e-maily nedostanete.
unsubscribe-done-other = Tyto e-maily už nedostanete.
unsubscribe-settings-hint = Po přihlášení to můžete ve svém účtu kdykoli znovu změnit.
unsubscribe-failed-hint = Odkaz je neplatný nebo vypršel. Přihlaste se a změňte oznámení ve svém účtu.

# Matching partners of an opportunity
matches-title = Vhodní partneři
matches-lead = Organizace a nabídky či poptávky ostatních, které odpovídají – i na druhé straně hranice. Tento seznam vidí jen vaše organizace.
matches-loading = Hledáme vhodné partnery …
matches-empty = Zatím žádní vhodní partneři. Pomohou klíčová slova, kódy NACE a texty ve více jazycích.
matches-score = Shoda { $score } %
matches-dismiss = Skrýt
matches-restore = Znovu navrhovat
matches-verified = Ověřeno
matches-show-dismissed = Zobrazit skryté ({ $count })
## Zprávy a oznámení (schránka, konverzace, kontakt, zvonek)

bell-label = { $count ->
    [0] Oznámení
    [one] Oznámení, jedno nepřečtené
    [few] Oznámení, { $count } nepřečtená
   *[other] Oznámení, { $count } nepřečtených
}
inbox-menu-unread = { $count ->
    [one] (jedna nepřečtená konverzace)
    [few] ({ $count } nepřečtené konverzace)
   *[other] ({ $count } nepřečtených konverzací)
}
inbox-title = Zprávy
inbox-lead = Konverzace vašich organizací s jinými organizacemi – nejnovější nahoře.
inbox-no-organization = Zprávy si píší organizace. Nejprve zaregistrujte svou organizaci, nebo si nechte poslat pozvánku od jejího vlastníka.
inbox-views = Zobrazení
inbox-view-inbox = Doručené
inbox-view-archive = Archiv
inbox-unread-only = Jen nepřečtené
inbox-organization = Organizace
inbox-all-organizations = Všechny moje organizace
inbox-empty = Zatím žádné konverzace. Napište organizaci z jejího profilu, nebo projevte zájem o nabídku či poptávku.
inbox-empty-unread = Žádné nepřečtené zprávy.
inbox-empty-archive = Archiv je prázdný.
inbox-empty-action = Prohlédnout nabídky a poptávky
inbox-count = { $count ->
    [one] Jedna konverzace
    [few] { $count } konverzace
   *[other] { $count } konverzací
}
inbox-preview-mine = Vy: { $text }
inbox-unread-count = { $count ->
    [one] jedna nepřečtená zpráva
    [few] { $count } nepřečtené zprávy
   *[other] { $count } nepřečtených zpráv
}
inbox-as = jako { $organization }
inbox-deleted-organization = Smazaná organizace
inbox-kind-contact = Kontakt
inbox-kind-interest = Zájem o nabídku nebo poptávku
inbox-kind-ask_expert = Dotaz na odborníka
thread-back = ← Všechny zprávy
thread-about = K:
thread-opportunity-gone = Nabídka nebo poptávka už neexistuje
thread-cross-border = Přeshraniční
thread-archived = Archivováno
thread-messages = Zprávy
thread-from-me = Vaše strana:
thread-from-other = Druhá strana:
thread-attachments = Přílohy
thread-blocked-by-me = Tuto organizaci jste zablokovali: žádná strana nemůže psát té druhé, dokud blokování nezrušíte.
thread-blocked-by-other = Tato organizace zablokovala tu vaši. Zde už nemůžete odpovědět.
thread-organization-gone = Jedna z obou organizací už neexistuje. Zprávy zůstávají čitelné.
thread-reply = Odpovědět
thread-reply-label = Vaše zpráva
thread-length = { $count } z { $max } znaků
thread-attach = Přiložit soubory
thread-attach-hint = PDF, PNG, JPEG nebo WebP, každý nejvýše 10 MB, až 5 souborů ke zprávě.
thread-attachment-remove = Odebrat { $name }
thread-attachments-too-many = Ke zprávě můžete přiložit nejvýše 5 souborů.
thread-uploading = Nahrávám soubor …
thread-send = Odeslat
thread-sent = Zpráva odeslána.
thread-archive = Archivovat
thread-unarchive = Zpět do doručených
thread-archived-notice = Konverzace je v archivu. Nová zpráva ji vrátí do doručených.
thread-unarchived-notice = Konverzace je zpět v doručených.
thread-block = Zablokovat organizaci
thread-unblock = Zrušit blokování
thread-block-title = Zablokovat tuto organizaci?
thread-block-text = Poté žádná strana nemůže té druhé psát ani začít novou konverzaci. Dosavadní zprávy zůstanou čitelné; blokování můžete kdykoli zrušit.
thread-block-confirm = Zablokovat
thread-blocked-notice = Organizace je zablokována.
thread-unblocked-notice = Blokování je zrušeno.
thread-report = Nahlásit zneužití
thread-report-title = Nahlásit konverzaci?
thread-report-text = Provozovatelé platformy mohou konverzaci číst, dokud je hlášení otevřené, a prověří ji.
thread-report-reason = V čem je problém? (např. spam, obtěžování, podvod)
thread-report-confirm = Nahlásit
thread-reported-notice = Děkujeme – vaše hlášení jsme přijali.
contact-title = Kontaktovat
contact-lead = Napište této organizaci zprávu jménem své organizace.
contact-interest-title = Projevit zájem
contact-interest-lead = Napište k tomu organizaci zprávu jménem své organizace.
contact-login-text = Přihlaste se, abyste mohli této organizaci napsat. Poté se vrátíte sem.
contact-interest-login-text = Přihlaste se, abyste mohli projevit zájem. Poté se vrátíte sem.
contact-login = Přihlásit se a napsat
contact-no-organization = Zprávy si píší organizace s organizacemi. Nejprve zaregistrujte svou organizaci, nebo si nechte poslat pozvánku od jejího vlastníka.
contact-own-organization = To je vaše vlastní organizace.
contact-button = Napsat zprávu
contact-interest-button = Projevit zájem
contact-dialog-text = Zprávu dostanou vlastníci a editoři organizace { $organization } – odpověď najdete v části „Zprávy“.
contact-from = Psát jako
contact-from-one = Odesílatel: { $organization }
contact-subject = Předmět
contact-message = Vaše zpráva
contact-send = Odeslat
contact-sent-notice = Vaše zpráva byla odeslána.
contact-daily-limit = { $hours ->
    [one] Vaše organizace dnes začala tolik nových konverzací, kolik je povoleno. Další můžete začít asi za hodinu; v existujících konverzacích můžete pokračovat.
    [few] Vaše organizace dnes začala tolik nových konverzací, kolik je povoleno. Další můžete začít asi za { $hours } hodiny; v existujících konverzacích můžete pokračovat.
   *[other] Vaše organizace dnes začala tolik nových konverzací, kolik je povoleno. Další můžete začít asi za { $hours } hodin; v existujících konverzacích můžete pokračovat.
}
notifications-title = Oznámení
notifications-mark-all = Označit vše jako přečtené
notifications-unread-only = Jen nepřečtená
notifications-empty = Zatím žádná oznámení.
notifications-empty-unread = Žádná nepřečtená oznámení.
notifications-count = { $count ->
    [0] Vše přečteno
    [one] Jedno nepřečtené
    [few] { $count } nepřečtená
   *[other] { $count } nepřečtených
}
notifications-more = Zobrazit další
notifications-unread = Nepřečtené:
## Kooperační burza (B2B matchmaking) v aplikaci

mm-title = Kooperační burza
mm-manage = Spravovat kooperační burzu
mm-manage-title = Správa kooperační burzy
mm-manage-forbidden = Kooperační burzu spravují jen organizátoři akce.
mm-none = Tato akce nemá kooperační burzu.
mm-none-organiser = Tato akce nemá kooperační burzu. Nejprve ji zapněte v editoru akce.
mm-not-set-up = Organizátoři kooperační burzu ještě nepřipravili. Jakmile ji nastaví, najdete ji zde.
mm-not-set-up-organiser = Kooperační burza ještě není nastavena: níže zvolte časy schůzek, délku schůzky a stoly.
mm-outsider = Kooperační burzy se účastní všichni, jejichž přihláška na akci je potvrzena. Chcete-li se zúčastnit, přihlaste se na stránce akce.
mm-outsider-waiting = Jste na čekací listině. Jakmile bude vaše přihláška potvrzena, můžete se kooperační burzy zúčastnit.
mm-outsider-organiser = Tuto akci organizujete. Zde vidíte účastníky; chcete-li se zúčastnit sami, přihlaste se na stránce akce.
mm-nav = Části kooperační burzy
mm-booking-open = Žádosti o schůzku lze posílat a vyřizovat do { $deadline }.
mm-booking-closed = Žádosti o schůzku už nejsou možné (termín { $deadline }).
mm-rounds = { $count ->
    [one] Jedno kolo schůzek po { $minutes } minutách
    [few] { $count } kola schůzek po { $minutes } minutách
   *[other] { $count } kol schůzek po { $minutes } minutách
}
mm-agenda-title = Moje schůzky
mm-agenda-lead = Vaše schůzky, jak je organizátoři naplánovali: čas, stůl a partner.
mm-agenda-unpublished = Organizátoři harmonogram schůzek ještě nezveřejnili. Poté se zde vaše schůzky objeví a dostanete je e-mailem.
mm-agenda-empty = Ve zveřejněném harmonogramu pro vás není naplánována žádná schůzka.
mm-agenda-ics = Stáhnout do kalendáře (.ics)
mm-interpreter-missing = Nemáte společný jazyk a žádný stůl s tlumočníkem nebyl volný: vezměte prosím s sebou někoho, kdo bude tlumočit.
mm-interpreter-missing-short = bez společného jazyka
mm-rating-label = Jak schůzka proběhla?
mm-rating-choose = Vyberte prosím
mm-rating-save = Uložit hodnocení
mm-rating-saved = Uloženo:
mm-outcome-no_follow_up = Bez dalšího kontaktu
mm-outcome-follow_up_planned = Další schůzka plánována
mm-outcome-offer_quote = Předána nabídka
mm-outcome-cooperation_agreement = Dohodnuta spolupráce
mm-status-pending = Otevřená
mm-status-accepted = Přijatá
mm-status-declined = Odmítnutá
mm-status-expired = Vypršela
mm-status-cancelled = Stažená
mm-requests-title = Žádosti o schůzku
mm-incoming-title = Přijaté
mm-incoming-empty = Zatím vás nikdo o schůzku nepožádal.
mm-outgoing-title = Odeslané
mm-outgoing-empty = Zatím jste nikoho o schůzku nepožádali.
mm-request-sent-at = Odesláno { $at }
mm-request-expires = odpověď do { $at }
mm-request-accept = Přijmout
mm-request-decline = Odmítnout
mm-request-cancel = Stáhnout
mm-partners-title = Najít partnery
mm-filter-q = Hledat v názvech, nabídkách a klíčových slovech
mm-filter-country = Země
mm-filter-all-countries = Všechny země
mm-filter-nace = Kód NACE nebo sekce
mm-filter-submit = Hledat
mm-filter-reset = Zrušit filtry
mm-request = Požádat o schůzku
mm-request-title = Žádost o schůzku: { $organization }
mm-request-text = Napište stručně, o čem byste chtěli mluvit. Žádost zůstane otevřená po dobu, kterou stanovili organizátoři; přijaté schůzky organizátoři naplánují.
mm-request-send = Odeslat žádost
mm-request-message = Vaše zpráva
mm-partner-me = Vy
mm-partner-languages = Jazyky u stolu
mm-suggestions-title = Doporučení partneři
mm-suggestions-lead = Nejlepší shody s vaším profilem, s odůvodněním.
mm-score = Shoda { $score }
mm-participants-title = Všichni účastníci
mm-partners-count = { $shown } z { $total } účastníků
mm-partners-empty = Těmto filtrům neodpovídá žádný účastník.
mm-profile-title = Můj profil pro burzu
mm-profile-lead = Ostatní účastníci tento profil vidí a podle něj si vybírají partnery.
mm-profile-suggested = Toto je návrh z profilu vaší organizace a jejích nabídek a poptávek. Zkontrolujte jej a uložte.
mm-profile-texts = Nabídka a poptávka podle jazyka
mm-profile-offer = Co nabízíme
mm-profile-seek = Co hledáme
mm-profile-nace = Obory (NACE)
mm-profile-languages = Jazyky u stolu
mm-profile-max = Nejvýše tolik schůzek
mm-profile-max-hint = Prázdné: maximum akce ({ $count }).
mm-profile-rounds = Kdy jsem k dispozici
mm-profile-rounds-hint = Zaškrtněte kola schůzek, kterých se můžete zúčastnit.
mm-profile-rounds-chosen = Zvoleno { $count } z { $total } kol
mm-profile-rounds-all = vše
mm-profile-rounds-none = nic
mm-profile-save = Uložit profil
mm-profile-saved = Váš profil pro burzu je uložen.
mm-participants-link = Účastníci
mm-plan-title = Rozpis stolů
mm-overview-title = Přehled
mm-overview-participants = Účastníci
mm-overview-accepted = Přijaté žádosti o schůzku
mm-overview-draft = Naposledy naplánováno
mm-overview-published = Zveřejněno
mm-overview-none = zatím ne
mm-outcomes-title = Výsledky
mm-outcomes-ratings = Hodnocení: { $ratings }, schůzky: { $meetings }
mm-schedule-title = Naplánovat a zveřejnit
mm-schedule-lead = Při plánování se přijaté žádosti rozdělí do kol a ke stolům. Výsledkem je návrh: účastníci nic neuvidí, dokud jej nezveřejníte. Již zveřejněné schůzky si ponechají čas i stůl.
mm-schedule-run = Naplánovat schůzky
mm-publish = Zveřejnit harmonogram
mm-plan-draft-link = Rozpis stolů podle návrhu
mm-publish-title = Zveřejnit harmonogram?
mm-publish-text = Každý účastník, jehož schůzky se změnily, dostane svůj harmonogram e-mailem.
mm-publish-confirm = Zveřejnit
mm-published = Zveřejněno schůzek: { $meetings }; e-mailem informováno účastníků: { $notified }.
mm-scheduled = Naplánováno { $scheduled } z { $requests } přijatých žádostí.
mm-upper-bound = Žádný harmonogram nemůže umístit více než { $bound }.
mm-kept = Zveřejněné schůzky, které si ponechaly své místo: { $count }.
mm-interpreters-missing = Česko-německé schůzky bez společného jazyka a bez stolu s tlumočníkem: { $count }.
mm-unscheduled-title = Nenaplánováno
mm-unscheduled-none = Každá přijatá žádost má své místo.
mm-settings-title = Nastavení
mm-settings-days = Časy schůzek
mm-settings-day-n = Den { $n }
mm-settings-day-add = Přidat den
mm-settings-day-remove = Odebrat den
mm-settings-breaks = Přestávky
mm-settings-break-n = Přestávka { $n }
mm-settings-break-add = Přidat přestávku
mm-settings-break-remove = Odebrat přestávku
mm-settings-slot-minutes = Délka schůzky (minuty)
mm-settings-slot-minutes-hint = 5 až 240 minut; celkem nejvýše 128 kol.
mm-settings-max-meetings = Schůzek na účastníka
mm-settings-max-meetings-hint = Obvyklé maximum; účastníci si mohou zvolit méně.
mm-settings-tables = Stoly
mm-settings-tables-hint = Běžné stoly, číslované od 1.
mm-settings-interpreter-tables = Stoly s tlumočníkem
mm-settings-interpreter-tables-hint = Česko-německé stoly s tlumočníkem, číslované za běžnými.
mm-settings-expiry = Žádosti zůstávají otevřené (hodiny)
mm-settings-expiry-hint = Nevyřízené žádosti poté vyprší, takže nikoho neblokují.
mm-settings-deadline = Uzávěrka rezervací
mm-settings-deadline-hint = Prázdné: začátek prvního dne schůzek.
mm-settings-save = Uložit nastavení
mm-settings-saved = Uloženo.
mm-settings-rows = { $count ->
    [one] Jedno období
    [few] { $count } období
   *[other] { $count } období
}
mm-plan-version = Který harmonogram
mm-plan-published = Zveřejněný
mm-plan-draft = Návrh
mm-plan-empty = Zatím nebyl zveřejněn žádný harmonogram.
mm-plan-empty-draft = Návrh neobsahuje žádné schůzky. Nejprve schůzky naplánujte.
mm-plan-generated = Zveřejněno
mm-plan-generated-draft = Návrh ze dne
mm-plan-table = Stůl
mm-plan-side = Účastník
event-mm-take-part = Ke kooperační burze
event-mm-participant = Účastníte se kooperační burzy: vyplňte svůj profil, najděte partnery a požádejte je o schůzku.
event-mm-organiser = Akce má kooperační burzu: nastavte ji, naplánujte přijaté schůzky a vytiskněte rozpis stolů.
event-mm-info = Přihlášení účastníci se setkávají na předem domluvených schůzkách. Chcete-li se zúčastnit, přihlaste se.

## Search (header search box, results page, saved searches, notification settings)

nav-saved-searches = Uložená hledání
search-open = Otevřít vyhledávání
search-label = Hledat organizace a nabídky
search-placeholder = Firmy, nabídky, obory …
search-submit = Hledat
search-suggest-organization = Organizace
search-suggest-term = Hledaný výraz
search-title = Vyhledávání
search-title-for = Výsledky pro „{ $q }“
search-expanded = Hledáno také: { $terms }
search-type-label = Zobrazit
search-type-all = Vše
search-type-organization = Organizace
search-type-opportunity = Nabídky a poptávky
search-filter-country = Země
search-filter-region = Kraj
search-filter-kind = Druh organizace
search-filter-nace = Obor (NACE)
search-filter-opportunity-type = Druh nabídky nebo poptávky
search-filter-size = Velikost
search-filter-certification = Certifikace
search-filter-language = Jazyk komunikace
search-filter-verified = Ověření
search-filter-near = Vzdálenost
search-verified-yes = Ověřeno
search-verified-no = Neověřeno
search-chips-label = Aktivní filtry
search-chip-near = Do { $km } km od místa { $place }
search-chip-remove = Odebrat filtr: { $filter }
search-reset = Odebrat všechny filtry
search-loading = Hledá se …
search-retry = Zkusit znovu
search-empty = Nic nenalezeno.
search-empty-hint = Zkontrolujte pravopis, použijte méně nebo obecnějších slov, nebo hledejte česky, německy či anglicky.
search-empty-hint-filters = S těmito filtry vašim slovům nic neodpovídá. Odeberte některý filtr a uvidíte víc.
search-sort-relevance = Nejlepší shoda
search-sort-newest = Nejnovější
search-sort-distance = Vzdálenost
search-count = { $count ->
    [0] Žádné výsledky
    [one] Jeden výsledek
    [few] { $count } výsledky
   *[other] { $count } výsledků
}
search-hit-organization = Organizace
search-hit-expired = Platnost skončila
search-written-in = { $lang ->
    [de] napsáno německy
    [cs] napsáno česky
   *[en] napsáno anglicky
}
search-save = Uložit toto hledání
search-save-login = Pro uložení hledání se přihlaste
search-save-title = Uložit toto hledání
search-save-text = Dáme vám vědět o nových organizacích, nabídkách a poptávkách, které odpovídají.
search-save-name = Název
search-save-default-name = Všechny organizace a nabídky
search-save-confirm = Uložit
search-saved = Hledání bylo uloženo.
search-saved-link = Vaše uložená hledání
search-frequency = Upozornit
search-frequency-instant = Ihned
search-frequency-daily = Jednou denně
search-frequency-weekly = Jednou týdně
saved-title = Uložená hledání
saved-back = ← Můj účet
saved-lead = Nové výsledky těchto hledání se zobrazí v centru oznámení a přijdou e-mailem – tak často, jak si zvolíte.
saved-empty = Zatím nemáte žádné uložené hledání.
saved-empty-hint = Vyhledejte organizace nebo nabídky a na stránce výsledků zvolte „Uložit toto hledání“.
saved-empty-action = Přejít na vyhledávání
saved-open = Zobrazit výsledky
saved-delete = Smazat
saved-delete-title = Smazat uložené hledání?
saved-delete-text = „{ $name }“ už nebude hlásit nové výsledky.
saved-deleted = Uložené hledání bylo smazáno.
saved-frequency-saved = Uloženo.
saved-summary-words = „{ $q }“ { $filters ->
    [0] {""}
    [one] s jedním filtrem
   *[other] s filtry: { $filters }
}
saved-summary-filters = { $filters ->
    [0] Vše
    [one] Jeden filtr
    [few] { $filters } filtry
   *[other] { $filters } filtrů
}
saved-last-report = Naposledy hlášeno { $date }: { $count ->
    [one] jeden nový výsledek
    [few] { $count } nové výsledky
   *[other] { $count } nových výsledků
}
saved-no-report = Zatím nic nehlášeno.
account-saved-text = Vaše uložená hledání: jak často hlásí nové výsledky a jejich mazání.
account-saved-link = Spravovat uložená hledání
search-map = Mapa
search-map-label = Mapa { $count ->
    [one] jednoho výsledku
   *[other] výsledků ({ $count })
} na této stránce
notify-title = Oznámení
notify-lead = U každého druhu oznámení zvolte, zda se zobrazí v centru oznámení, přijde e-mailem, nebo obojí.
notify-messages = Zprávy
notify-messages-hint = Nové konverzace a zprávy vašim organizacím.
notify-shortage = Hlášení nedostatku
notify-shortage-hint = Naléhavé nedostatky organizací ve vašem okolí, které se k vám hodí.
notify-saved = Uložená hledání
notify-saved-hint = Nové výsledky vašich uložených hledání (e-mailem jen u hledání se zapnutým e-mailem).
notify-in-app = V centru oznámení
notify-email = E-mailem
notify-save = Uložit nastavení oznámení
notify-saved-done = Nastavení oznámení bylo uloženo.
## Instituce: statistika, ověřování a API tokeny

nav-statistics = Statistika
stats-title = Statistika programu
stats-lead = Ukazatele spolupráce přes česko-saskou hranici za zvolené období.
stats-period = Období
stats-print = Tisk
stats-from = Od
stats-to = Do
stats-apply = Zobrazit
stats-period-invalid = Zadejte prosím dvě data; začátek nesmí být po konci.
stats-presets = Rychlá volba
stats-include-demo = Započítat i ukázková data
stats-preset-12-months = Posledních 12 měsíců
stats-preset-this-year = Letos
stats-preset-last-year = Loni
stats-forbidden = Statistika je určena pracovníkům komor, klastrů, agentur pro rozvoj podnikání a dalších institucí a správě platformy.
stats-none = Neuvedeno
stats-show-table = Zobrazit jako tabulku
stats-no-data = V tomto období nejsou žádná data.
stats-count = Počet
stats-cross-border = Přeshraniční
stats-domestic = Tuzemské
stats-what = Co
stats-total = Celkem
stats-month = Měsíc
stats-cooperating-short = Spolupracující organizace
stats-contacts-cross-short = Přeshraniční kontakty
stats-contacts-domestic-short = Tuzemské kontakty
stats-fig-organizations = Registrované organizace
stats-fig-contacts = Přeshraniční kontakty
stats-fig-contacts-detail = z { $total } zahájených konverzací; { $answered } zodpovězeno oběma stranami
stats-fig-meetings = Přeshraniční schůzky
stats-fig-meetings-detail = z { $total } schůzek na kooperačních burzách
stats-fig-cooperating = Organizace spolupracující přes hranici
stats-fig-cooperating-detail = přes zprávy { $conversation } · schůzky { $meeting } · dohody { $agreement }
stats-events = Akce a tržiště
stats-events-count = Uskutečněné akce
stats-events-registrations = Potvrzené registrace
stats-events-checked-in = Přítomní
stats-orgs-verified = Ověřené organizace
stats-orgs-new = Nové organizace v období
stats-opps-published = Zveřejněné nabídky a poptávky
stats-split-contacts = Zahájené konverzace
stats-split-answered = Zodpovězené oběma stranami
stats-split-meetings = Uskutečněné schůzky
stats-heading-cooperation = Spolupráce přes hranici
stats-chart-split = Přeshraniční a tuzemské
stats-chart-months = Organizace spolupracující přes hranici po měsících
stats-chart-coop-country = Spolupracující organizace podle země
stats-chart-meeting-outcomes = Nahlášené výsledky schůzek
stats-heading-organizations = Organizace
stats-chart-country = Podle země
stats-chart-kind = Podle druhu
stats-chart-size = Podle velikosti
stats-chart-region = Podle regionu
stats-heading-market = Nabídky a poptávky
stats-chart-types = Zveřejněné podle druhu
stats-chart-closed = Uzavřené podle výsledku
stats-country = Země
stats-kind = Druh
stats-size = Velikostní třída
stats-region = Region
stats-type = Druh
stats-outcome = Výsledek
stats-evidence-conversation = konverzace zodpovězená oběma stranami
stats-evidence-meeting = uskutečněná schůzka
stats-evidence-agreement = dohoda o spolupráci
stats-drilldown-show = { $count ->
    [one] Zobrazit organizaci
    [few] Zobrazit { $count } organizace
   *[other] Zobrazit { $count } organizací
}
stats-drilldown-hide = Skrýt seznam
stats-coop-title = Organizace spolupracující přes hranici
stats-coop-lead = Organizace se započítá, pokud v období konverzaci s organizací v sousední zemi zodpověděly obě strany, na kooperační burze proběhla přeshraniční schůzka nebo byla nahlášena dohoda o spolupráci. Uvádějí se jen organizace, nikdy kdo s kým jednal.
stats-csv = Stáhnout jako CSV
stats-coop-empty = V tomto období žádná organizace nespolupracovala přes hranici.
stats-coop-count = { $count ->
    [one] Jedna organizace
    [few] { $count } organizace
   *[other] { $count } organizací
}
stats-coop-name = Organizace
stats-coop-city = Obec
stats-coop-evidence = Doklad
stats-coop-since = Započteno od
directory-filter-verified = Jen ověřené organizace
verify-badge-by = Ověřila { $name } dne { $date }
verify-badge-platform = Ověřeno Glokalem dne { $date }
verify-badge-hint = Instituce potvrdila, že tato organizace existuje a je činná.
verify-register-checked = Ověřeno v rejstříku
verify-register-hint = Registrační číslo bylo potvrzeno v úředním rejstříku (ARES, obchodní rejstřík).
verify-panel-title = Ověření
verify-status-by = Ověřila { $name } dne { $date }.
verify-status-platform = Ověřeno správou platformy dne { $date }.
verify-status-none = Zatím neověřeno.
verify-action = Ověřit organizaci
verify-no-institution = Organizace můžete ověřovat, jakmile budete vlastníkem nebo editorem některé instituce na Glokalu.
verify-institution = Ověřit jménem
verify-as-platform = Glokal (správa platformy)
verify-dialog-title = Ověřit tuto organizaci?
verify-dialog-text = Potvrzujete, že { $name } existuje a je činná. Profil pak uvede název vaší instituce a dnešní datum.
verify-register-confirm = Zkontroloval(a) jsem také zápis v obchodním rejstříku nebo DIČ.
verify-confirm = Ověřit
verify-done = Organizace je nyní ověřená.
verify-revoke = Zrušit ověření
verify-revoke-title = Zrušit ověření?
verify-revoke-text = { $name } už nebude uváděna jako ověřená.
verify-revoke-confirm = Zrušit
verify-revoked = Ověření bylo zrušeno.
tokens-title = API tokeny
tokens-lead = Pomocí tokenů čte váš CRM nebo jiný software data z Glokalu jménem vaší instituce – bez přihlášení konkrétní osoby.
tokens-forbidden = API tokeny spravují jen vlastníci instituce, kteří jsou pracovníky instituce, a správa platformy.
tokens-members-hint = Pro váš CRM: tokeny ke čtení organizací, nabídek, akcí nebo statistiky přes API.
tokens-manage = Spravovat API tokeny
tokens-list = Tokeny
tokens-empty = Zatím tu nejsou žádné tokeny.
tokens-new = Nový token
tokens-name = Název
tokens-name-hint = K čemu slouží, např. „synchronizace CRM“.
tokens-scopes = Oprávnění
tokens-scope-organizations = Číst organizace
tokens-scope-organizations-hint = Profily s kontaktními osobami, jak je vidí přihlášení uživatelé.
tokens-scope-organizations-write = Zakládat a spravovat organizace
tokens-scope-organizations-write-hint = Zakládat nové profily (vaše instituce je pak spravuje, dokud to jejich vlastníci neukončí), tyto profily aktualizovat a importovat organizace.
tokens-scope-opportunities = Číst nabídky a poptávky
tokens-scope-opportunities-hint = Tržiště, i pro synchronizaci změn.
tokens-scope-events = Číst akce
tokens-scope-events-hint = Akce a kalendář.
tokens-scope-statistics = Číst statistiku
tokens-scope-statistics-hint = Ukazatele programu a spolupracující organizace.
managed-title = Spravováno institucí
managed-by = Tento profil založila a aktualizuje instituce { $name }.
managed-hint = Instituce jej sladí se svou evidencí členů. Vlastníci organizace to mohou ukončit; poté bude profil měnit jen organizace sama.
managed-end = Ukončit správu
managed-end-title = Ukončit správu institucí?
managed-end-text = { $name } už potom nebude moci tento profil měnit. To nelze vrátit.
managed-end-confirm = Ukončit správu
managed-ended = Instituce už tento profil nespravuje.
tokens-create = Vytvořit token
tokens-created = Token „{ $name }“ byl vytvořen
tokens-secret-warning = Token si nyní zkopírujte a bezpečně uložte: zobrazí se jen tentokrát. Glokal si ukládá pouze jeho otisk.
tokens-secret = Váš token
tokens-copy = Kopírovat
tokens-copied = Zkopírováno do schránky.
tokens-done = Hotovo, mám ho uložený
tokens-created-at = vytvořen { $date }
tokens-last-used = naposledy použit { $date }
tokens-never-used = dosud nepoužit
tokens-revoked-at = zrušen { $date }
tokens-revoked-badge = Zrušen
tokens-revoke = Zrušit
tokens-revoke-title = Zrušit tento token?
tokens-revoke-text = Software, který používá „{ $name }“, bude okamžitě odmítnut. Tuto akci nelze vrátit.
tokens-revoke-confirm = Zrušit
tokens-revoked = Token „{ $name }“ byl zrušen.
tokens-dev-title = Pro vývojáře
tokens-dev-text = Token posílejte s každým požadavkem v hlavičce Authorization. Každý token smí číst jen to, co mu dovolují jeho oprávnění.
tokens-dev-docs = Dokumentace API

## Ask an expert
contact-expert-label = Poslat jako dotaz na odborníky
contact-expert-hint = Dotaz přijde do seznamu dotazů instituce; ta ho může předat vhodnější instituci.
