## Chyby API (kód → text). Sdílí je chybové zprávy serveru i SPA.

error-bad_request = Požadavek je chybný.
error-invalid_json = Odeslaná data jsou neúplná nebo chybná.
error-link_invalid = Tento odkaz je neplatný nebo mu vypršela platnost. Vyžádejte si prosím nový.
error-unauthorized = Přihlaste se prosím.
error-token_expired = Vaše relace vypršela. Přihlaste se prosím znovu.
error-invalid_credentials = E-mailová adresa nebo heslo nejsou správné.
error-refresh_token_invalid = Vaše relace již není platná. Přihlaste se prosím znovu.
error-refresh_token_reused = Vaše relace byla z bezpečnostních důvodů ukončena. Přihlaste se prosím znovu.
error-forbidden = K této akci nemáte oprávnění.
error-email_not_verified = Nejprve prosím potvrďte svou e-mailovou adresu pomocí odkazu v našem e-mailu.
error-wrong_password = Zadané heslo není správné.
error-not_found = Hledaná položka nebyla nalezena.
error-method_not_allowed = Tuto akci zde nelze provést.
error-email_taken = S touto e-mailovou adresou je již registrován účet.
error-payload_too_large = Odeslaná data jsou příliš velká.
error-unsupported_media_type = Tento formát dat není podporován.
error-validation_failed = Zkontrolujte prosím označená pole.
error-rate_limited = Příliš mnoho pokusů. Chvíli počkejte a zkuste to znovu.
error-internal_error = Došlo k neočekávané chybě. Zkuste to prosím později.
error-service_unavailable = Služba je dočasně nedostupná.
error-company_not_found = Subjekt s tímto IČO nebyl v registru ARES nalezen.
error-registry_unavailable = Registr ARES je momentálně nedostupný. Zkuste to prosím později, nebo údaje vyplňte sami.
error-opportunity_closed = Tato nabídka nebo poptávka je uzavřena a již ji nelze měnit.
error-opportunity_not_published = Uzavřít lze jen zveřejněné nabídky a poptávky. Koncept můžete smazat.
error-opportunity_not_draft = Smazat lze jen koncepty. Zveřejněné nabídky a poptávky místo toho uzavřete.
error-network = Nelze se spojit se serverem. Zkontrolujte prosím připojení k internetu.

## Kontroly polí (kód → text)

field-required = Vyplňte prosím toto pole.
field-invalid_email = Zadejte prosím platnou e-mailovou adresu.
field-password_too_short = Heslo musí mít alespoň 10 znaků.
field-password_too_long = Heslo smí mít nejvýše 128 znaků.
field-password_too_common = Toto heslo je příliš běžné. Zvolte prosím jiné.
field-display_name_too_long = Jméno smí mít nejvýše 100 znaků.
field-control_characters = Nepoužívejte prosím řídicí znaky.
field-unknown_language = Tento jazyk není podporován.
field-invalid_ico = Zadejte prosím platné IČO (8 číslic).
field-passwords_do_not_match = Hesla se neshodují.
field-unknown_nace_code = Tento kód NACE neexistuje.
field-too_long = Text je příliš dlouhý.
field-invalid_url = Zadejte prosím platnou webovou adresu (https://…).
field-invalid_country = Zadejte prosím kód země, například CZ nebo DE.
field-out_of_range = Tato hodnota je mimo povolený rozsah.
field-unknown_value = Tuto hodnotu neznáme. Vyberte ji prosím ze seznamu.
field-invalid_near = Zadejte prosím místo ze seznamu nebo souřadnice ve tvaru „šířka,délka“.
field-unknown_place = Toto místo neznáme. Vyberte jej prosím ze seznamu.
field-text_required = Zadejte prosím text alespoň v jednom jazyce.
field-too_many = Příliš mnoho položek.
field-invalid_phone = Zadejte prosím platné telefonní číslo.
field-unknown_user = S touto e-mailovou adresou není registrován žádný účet.
error-last_owner = Organizace musí mít alespoň jednoho vlastníka. Nejprve udělejte vlastníkem někoho jiného.
error-already_member = Tato osoba už je členem organizace.
error-registration_closed = Registrace na tuto akci není možná: akce ještě nebyla zveřejněna, lhůta pro registraci uplynula, nebo akce již proběhla či byla zrušena.
error-already_registered = Na tuto akci jste již registrováni nebo jste na čekací listině.
error-invalid_event_state = V současném stavu akce to není možné.
error-not_confirmed = Příchod lze zaznamenat jen u potvrzených registrací, ne u čekací listiny.
field-invalid_datetime = Zadejte prosím datum a čas s časovým pásmem (např. 2027-03-11T09:00:00+01:00).
field-ends_before_start = Konec musí být po začátku.
field-deadline_after_end = Lhůta pro registraci musí skončit před koncem akce.
field-not_a_member = Nejste členem této organizace.
field-below_registrations = Registrováno je již více osob.
field-cannot_change = Tuto hodnotu již nelze změnit.
calendar-name = Glokal – akce
error-invalid_image = Nahrajte prosím obrázek ve formátu PNG, JPEG nebo WebP.
field-unknown_certification = Vyberte prosím certifikaci ze seznamu.
field-invalid_cursor = Tento odkaz na stránku už neplatí. Začněte prosím od první stránky.
field-not_applicable = Tento údaj se k tomuto druhu nabídky nebo poptávky nehodí.
field-unknown_organization = Tato organizace neexistuje.
field-immutable = Tuto hodnotu nelze dodatečně změnit.
field-cannot_unpublish = Zveřejněná nabídka se nemůže vrátit do konceptu. Místo toho ji uzavřete.
field-date_in_past = Toto datum je v minulosti.
field-date_too_far = Datum smí být nejvýše rok dopředu.
field-before_start = Konec nesmí být před začátkem.

## Contact and messaging

error-blocked = Zprávy mezi těmito dvěma organizacemi jsou zablokované.
error-opportunity_not_open = Tato nabídka nebo poptávka už není otevřená.
error-duplicate_message = Tuto zprávu jste už během posledních 24 hodin poslali jiné organizaci. Napište prosím každému příjemci vlastní zprávu.
error-report_resolved = Toto nahlášení už bylo vyřízeno.
error-attachment_too_large = Soubor je příliš velký (nejvýše 10 MiB).
error-unsupported_attachment_type = Přiložit lze jen soubory PDF, PNG, JPEG a WebP.
error-attachment_type_mismatch = Obsah souboru neodpovídá jeho typu. Přiložit lze jen skutečné soubory PDF, PNG, JPEG a WebP.
field-same_organization = Organizace nemůže psát sama sobě.
field-not_an_expert = Odborníka se můžete zeptat jen u komor, klastrů, výzkumných institucí, agentur pro regionální rozvoj a svazů.
field-not_opportunity_organization = Tato nabídka nebo poptávka patří jiné organizaci.
field-unknown_opportunity = Tato nabídka nebo poptávka neexistuje.
field-unknown_attachment = Tento soubor nebyl nalezen nebo už byl odeslán.
notification-conversation-started-title = Nová konverzace od { $organization }
notification-conversation-started-body = { $sender } píše organizaci { $recipient }: { $preview }
notification-message-received-title = Nová zpráva od { $organization }
notification-message-received-body = { $sender } píše organizaci { $recipient }: { $preview }
field-not_an_institution = Organizace mohou ověřovat jen komory, klastry, svazy, výzkumné instituce, agentury pro rozvoj podnikání a veřejné orgány.
field-registry_mismatch = Název v obchodním rejstříku se liší od názvu v profilu. Opravte prosím název nebo IČO.

## Kooperační burza (B2B matchmaking)

error-not_a_participant = To mohou jen účastníci kooperační burzy (s potvrzenou registrací na akci).
error-insufficient_scope = Tento API token nemá pro tento požadavek potřebné oprávnění (scope).
error-matchmaking_unavailable = Tato akce nemá kooperační burzu, nebo ji organizátoři ještě nenastavili.
error-matchmaking_closed = Žádosti o schůzku už nejsou možné: lhůta pro rezervace uplynula nebo byla akce zrušena.
error-meeting_request_exists = Mezi vámi a tímto účastníkem už existuje otevřená, přijatá nebo odmítnutá žádost o schůzku.
error-meeting_request_not_pending = Tato žádost o schůzku už byla zodpovězena, stažena nebo vypršela.
error-schedule_conflict = Tato změna by posunula nebo zrušila již zveřejněné schůzky.
error-no_draft_schedule = Návrh harmonogramu zatím neexistuje. Nejprve prosím schůzky naplánujte.
error-meeting_not_held = Tato schůzka se ještě nekonala nebo není ve zveřejněném harmonogramu.
error-too_many_saved_searches = Uložit můžete nejvýše 20 hledání. Chcete-li uložit nové, jedno smažte.
field-cannot_request_self = O schůzku nemůžete požádat sami sebe.
field-own_organization = Schůzky s vlastní organizací nejsou určeny.
field-too_many_slots = To je příliš mnoho kol schůzek (nejvýše 128). Zvolte prosím delší schůzky nebo kratší časy.
field-no_slots = Do těchto časů se nevejde ani jedno kolo schůzek.
field-overlapping = Časová období se překrývají.
field-outside_event = Toto období leží mimo dobu konání akce.
field-unknown_slot = Toto kolo schůzek neexistuje.
matchmaking-unscheduled-invalid = Zveřejněný termín už není možný (změnilo se kolo, stůl nebo přítomnost).
matchmaking-unscheduled-no_common_slot = Oba účastníci nejsou nikdy přítomni ve stejnou dobu.
matchmaking-unscheduled-meeting_limit = Jedna strana už má tolik schůzek, kolik chce nejvýše absolvovat.
matchmaking-unscheduled-no_free_slot = Ve společných časech mají oba jiné schůzky nebo jsou všechny stoly obsazené.
matchmaking-unscheduled-fixed_conflict = Zveřejněný termín se kryje s jiným zveřejněným termínem.
matchmaking-suggestion-shared_nace = Stejný obor (NACE { $values })
matchmaking-suggestion-related_nace = Příbuzný obor (NACE { $values })
matchmaking-suggestion-shared_keywords = Společná klíčová slova: { $values }
matchmaking-suggestion-matches_seek = Odpovídá tomu, co se hledá: { $values }
matchmaking-suggestion-cross_border = Přeshraniční ({ $values })
matchmaking-table = Stůl { $table }
matchmaking-interpreter-table = Stůl { $table } (s tlumočníkem)
matchmaking-ics-summary = Schůzka: { $organization }
matchmaking-ics-contact = Kontaktní osoba: { $name } <{ $email }>
matchmaking-ics-interpreter-missing = Nemáte společný jazyk a žádný stůl s tlumočníkem nebyl volný.
match-reason-counterpart = Odpovídající protějšek: { $type }
match-reason-shared-terms = Oba uvádějí: { $terms }
match-reason-same-activity = Stejná nebo příbuzná činnost: { $activity }
match-reason-distance = Vzdálenost { $km } km ({ $town })
match-reason-cross-border = Partner za hranicí: { $country }
match-reason-certifications = Má požadované certifikáty: { $certifications }
notification-shortage-alert-title = Nedostatek ve vašem okolí: { $title }
notification-shortage-alert-body = { $organization } ({ $town }) potřebuje pomoc do { $needed_by }. Odpovědi do { $reply_by }.
notification-saved-search-title = { $count ->
    [one] Jeden nový výsledek pro „{ $search }“
    [few] { $count } nové výsledky pro „{ $search }“
   *[other] { $count } nových výsledků pro „{ $search }“
}
notification-saved-search-body = Nově: { $titles }
