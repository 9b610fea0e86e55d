#!/usr/bin/env python3
"""Generates demo_opportunities.json: about 150 demo offers and requests of the fictitious demo
companies in demo_organizations.json. Deterministic (random.seed(2026)).

Run from anywhere:  python3 generate_demo_opportunities.py
Loaded only by `glokal seed --demo`, after the demo organisations.
"""
import csv
import json
import random
from collections import Counter
from pathlib import Path

random.seed(2026)

HERE = Path(__file__).resolve().parent
DOMAIN_DATA = HERE.parent.parent / "domain" / "data"
ORGS_JSON = HERE / "demo_organizations.json"
OUT_JSON = HERE / "demo_opportunities.json"
OUT_MD = HERE / "demo_opportunities.md"
TARGET = 150

ORGS = json.loads(ORGS_JSON.read_text(encoding="utf-8"))
NACE = set()
with open(DOMAIN_DATA / "nace_rev2_en_de_cs.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        NACE.add(row["code"])

LANGS = ("de", "cs", "en")
# The neighbour country seen from the organisation: in / from / to, per language.
NB = {
    "DE": dict(country="CZ",
               de=dict(nb_in="in Tschechien", nb_from="aus Tschechien", nb_to="nach Tschechien"),
               cs=dict(nb_in="v Česku", nb_from="z Česka", nb_to="do Česka"),
               en=dict(nb_in="in Czechia", nb_from="from Czechia", nb_to="to Czechia")),
    "CZ": dict(country="DE",
               de=dict(nb_in="in Sachsen", nb_from="aus Sachsen", nb_to="nach Sachsen"),
               cs=dict(nb_in="v Sasku", nb_from="ze Saska", nb_to="do Saska"),
               en=dict(nb_in="in Saxony", nb_from="from Saxony", nb_to="to Saxony")),
}


def number(value, lang):
    """20.000 (de), 20 000 (cs), 20,000 (en)."""
    text = f"{value:,}"
    return {"de": text.replace(",", "."), "cs": text.replace(",", " "), "en": text}[lang]


def cap_first(text):
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------- templates
# Each: industry key (NACE main of the organisation, or "*" for every industrial company), type,
# title (de, cs, en), text (de, cs, en), items [(de, cs, en)], quantity (min, max, step) and unit
# (de, cs, en), NACE codes, keywords (de, cs, en), and extras:
#   capacity=(process (de, cs, en) with {item}, material (de, cs, en) or None)
#   cross_border=True: meant only for the neighbour country
#   distance=(min, max): max_distance_km
#   weight: how often it is picked compared with the others (default 1)
T = []


def tpl(industries, kind, title, text, items=None, qty=None, unit=None, nace=(), kw=((), (), ()), **extra):
    for lang_text in title + text:
        assert isinstance(lang_text, str)
    T.append(dict(industries=industries.split(), kind=kind, title=title, text=text, items=items or [("", "", "")],
                  qty=qty, unit=unit, nace=list(nace), kw=kw, **extra))


MONTH_H = ("Std./Monat", "hodin měsíčně", "hours/month")
WEEK_H = ("Std./Woche", "hodin týdně", "hours/week")
PCS = ("Stück", "ks", "pcs")
PCS_YEAR = ("Stück/Jahr", "ks ročně", "pcs/year")
PCS_MONTH = ("Stück/Monat", "ks měsíčně", "pcs/month")
TONS = ("t", "t", "t")
KG = ("kg", "kg", "kg")

# ---- plastics
tpl("22.29", "capacity_offer",
    ("Freie Kapazität im Kunststoffspritzguss ({item})", "Volná kapacita ve vstřikování plastů ({item})", "Free capacity in plastic injection moulding ({item})"),
    ("Nach dem Auslaufen eines Serienauftrags haben wir freie Kapazität im Spritzguss ({item}), etwa {qty} {unit}. Wir verarbeiten PP, PA, ABS und PC, auch glasfaserverstärkt, und übernehmen auf Wunsch Montage und Verpackung. Kundenwerkzeuge lagern und warten wir bei uns.",
     "Po doběhnutí sériové zakázky máme volnou kapacitu ve vstřikování ({item}), přibližně {qty} {unit}. Zpracováváme PP, PA, ABS a PC, i plněné skelnými vlákny, a na přání zajistíme montáž i balení. Formy zákazníků u nás skladujeme a udržujeme.",
     "After a series order has run out we have free injection moulding capacity ({item}) of about {qty} {unit}. We process PP, PA, ABS and PC, also glass-fibre reinforced, and can take on assembly and packaging. We store and maintain customer moulds on site."),
    [("Maschinen 80–250 t", "lisy 80–250 t", "80–250 t machines"), ("2K-Spritzguss", "dvoukomponentní vstřikování", "two-component moulding"),
     ("Maschinen bis 650 t", "lisy do 650 t", "machines up to 650 t")],
    (200, 1200, 50), ("Maschinenstunden/Monat", "strojových hodin měsíčně", "machine hours/month"), ["22.29"],
    (["Spritzguss", "freie Kapazität"], ["vstřikování plastů", "volná kapacita"], ["injection moulding", "free capacity"]),
    capacity=(("Kunststoffspritzguss, {item}", "vstřikování plastů, {item}", "plastic injection moulding, {item}"), ("PP, PA, ABS, PC", "PP, PA, ABS, PC", "PP, PA, ABS, PC")))
tpl("22.29", "shortage_alert",
    ("Dringend: {item} gesucht", "Naléhavě hledáme {item}", "Urgent: {item} needed"),
    ("Ein Lieferant ist kurzfristig ausgefallen. Für eine laufende Serie benötigen wir {qty} {unit} {item}, gern auch in Teilmengen. Bitte melden Sie sich mit Preis, Datenblatt und frühestem Liefertermin.",
     "Náš dodavatel nečekaně vypadl. Pro běžící sérii potřebujeme {qty} {unit} materiálu ({item}), klidně i po částech. Ozvěte se prosím s cenou, materiálovým listem a nejbližším termínem dodání.",
     "A supplier has dropped out at short notice. For a running series we need {qty} {unit} of {item}, partial deliveries welcome. Please get in touch with price, data sheet and earliest delivery date."),
    [("Granulat PA6 GF30", "granulát PA6 GF30", "PA6 GF30 granules"), ("schwarzes PC/ABS-Granulat", "černý granulát PC/ABS", "black PC/ABS granules"),
     ("POM-Granulat", "granulát POM", "POM granules")],
    (1, 5, 1), TONS, ["20.16"], (["Granulat", "Kunststoff"], ["granulát", "plasty"], ["granules", "plastics"]), distance=(60, 200))
tpl("22.29", "supplier_request",
    ("Werkzeugbauer für {item} gesucht", "Hledáme nástrojárnu pro {item}", "Toolmaker wanted for {item}"),
    ("Für ein neues Gehäuseteil aus PA6 suchen wir einen Werkzeugbau in der Region für {item}. Konstruktionsdaten liegen als STEP vor, die Abmusterung kann bei uns erfolgen. Wichtig sind uns kurze Wege und ein Ansprechpartner für spätere Änderungen.",
     "Pro nový díl krytu z PA6 hledáme v regionu nástrojárnu pro {item}. Konstrukční data máme ve formátu STEP, vzorkování může proběhnout u nás. Záleží nám na krátkých vzdálenostech a kontaktní osobě pro pozdější změny.",
     "For a new PA6 housing part we are looking for a toolmaker in the region for {item}. Design data are available as STEP files, sampling can take place at our plant. Short distances and a contact for later changes matter to us."),
    [("ein 4-fach-Spritzgießwerkzeug", "čtyřnásobnou vstřikovací formu", "a four-cavity injection mould"),
     ("ein 2K-Werkzeug mit Drehteller", "dvoukomponentní formu s otočným stolem", "a two-component mould with rotary table"),
     ("Werkzeugänderungen und Wartung", "úpravy a údržbu forem", "mould modifications and maintenance")],
    None, None, ["25.73"], (["Werkzeugbau", "Spritzgießwerkzeug"], ["nástrojárna", "vstřikovací forma"], ["toolmaking", "injection mould"]), distance=(80, 200))

# ---- CNC machining
tpl("25.62", "capacity_offer",
    ("Freie CNC-Kapazität: {item}", "Volná kapacita CNC: {item}", "Free CNC capacity: {item}"),
    ("In unserer Fertigung in {town} sind in den nächsten Wochen rund {qty} {unit} frei ({item}). Wir fertigen nach Zeichnung Einzelteile und Serien aus Stahl, Edelstahl und Aluminium, mit Prüfprotokoll auf Wunsch. Kurzfristige Anfragen sind willkommen.",
     "V naší výrobě máme v příštích týdnech volných zhruba {qty} {unit} ({item}). Vyrábíme podle výkresu kusové díly i série z oceli, nerezu a hliníku, na přání s protokolem o měření. Uvítáme i krátkodobé poptávky.",
     "Our shop in {town} has about {qty} {unit} free in the coming weeks ({item}). We make single parts and series to drawing in steel, stainless steel and aluminium, with inspection reports on request. Short-notice enquiries are welcome."),
    [("5-Achs-Fräsen", "pětiosé frézování", "5-axis milling"), ("Drehen bis Ø 400 mm", "soustružení do Ø 400 mm", "turning up to Ø 400 mm"),
     ("Langdrehen bis Ø 32 mm", "automatové soustružení do Ø 32 mm", "sliding-head turning up to Ø 32 mm")],
    (80, 400, 20), WEEK_H, ["25.62"], (["CNC-Fräsen", "Lohnfertigung"], ["CNC obrábění", "zakázková výroba"], ["CNC machining", "contract manufacturing"]),
    capacity=(("{item}", "{item}", "{item}"), ("Stahl, Edelstahl, Aluminium", "ocel, nerez, hliník", "steel, stainless steel, aluminium")))
tpl("25.62", "supplier_request",
    ("Partner für {item} gesucht", "Hledáme partnera pro {item}", "Partner wanted for {item}"),
    ("Für gefräste und gedrehte Teile suchen wir einen zuverlässigen Partner für {item}, etwa {qty} {unit}. Abholung und Anlieferung können wir selbst übernehmen. Ein Betrieb auf der anderen Seite der Grenze ist ausdrücklich willkommen.",
     "Pro frézované a soustružené díly hledáme spolehlivého partnera pro {item}, zhruba {qty} {unit}. Svoz i dovoz zajistíme sami. Firma z druhé strany hranice je výslovně vítána.",
     "For milled and turned parts we are looking for a reliable partner for {item}, about {qty} {unit}. We can handle collection and delivery ourselves. A company on the other side of the border is expressly welcome."),
    [("Härten und Anlassen", "kalení a popouštění", "hardening and tempering"), ("galvanisches Verzinken", "galvanické zinkování", "electro-galvanising"),
     ("Eloxieren von Aluminiumteilen", "eloxování hliníkových dílů", "anodising of aluminium parts")],
    (500, 5000, 500), ("Teile/Monat", "dílů měsíčně", "parts/month"), ["25.61"],
    (["Oberflächenbehandlung", "Härterei"], ["povrchová úprava", "kalírna"], ["surface treatment", "heat treatment"]), cross_border=True)
tpl("25.62", "shortage_alert",
    ("Kurzfristig gesucht: {item}", "Krátkodobě hledáme: {item}", "Needed at short notice: {item}"),
    ("Für einen Eilauftrag fehlen uns {qty} {unit} {item}. Wir holen das Material selbst ab und zahlen sofort. Wer kurzfristig liefern oder aushelfen kann, meldet sich bitte bei uns.",
     "Pro spěšnou zakázku nám chybí {qty} {unit} – {item}. Materiál si sami vyzvedneme a zaplatíme ihned. Kdo může rychle dodat nebo vypomoci, ozvěte se nám prosím.",
     "For a rush order we are short of {qty} {unit} of {item}. We will collect the material ourselves and pay immediately. If you can deliver or help out at short notice, please contact us."),
    [("Rundstahl 42CrMo4, Ø 60 mm", "kulatina 42CrMo4, Ø 60 mm", "42CrMo4 round bar, Ø 60 mm"),
     ("Aluminiumplatten EN AW-7075", "hliníkové desky EN AW-7075", "EN AW-7075 aluminium plates"),
     ("Edelstahl-Rundmaterial 1.4404", "nerezová kulatina 1.4404", "1.4404 stainless steel bar")],
    (200, 1500, 100), KG, ["24.10"], (["Material", "Stahl"], ["materiál", "ocel"], ["material", "steel"]), distance=(50, 150))

# ---- tool and mould making
tpl("25.73", "service_offer",
    ("Wartung und Reparatur: {item}", "Údržba a opravy: {item}", "Maintenance and repair: {item}"),
    ("Wir übernehmen Wartung, Reparatur und Änderungen von {item}, auch von Fremdwerkzeugen. Mit Erodier- und Fräsmaschinen sowie eigener Konstruktion sind wir schnell: dringende Reparaturen erledigen wir oft innerhalb von 48 Stunden. Gern auch für Kunden {nb_from}.",
     "Zajišťujeme údržbu, opravy a úpravy – {item}, i u nástrojů jiných výrobců. Díky elektroerozivním strojům, frézkám a vlastní konstrukci jsme rychlí: naléhavé opravy často zvládneme do 48 hodin. Rádi i pro zákazníky {nb_from}.",
     "We maintain, repair and modify {item}, including tools built by others. With EDM and milling machines and in-house design we are quick: urgent repairs are often done within 48 hours. Customers {nb_from} are welcome."),
    # (title forms, text forms): German needs the dative in the text
    [("Spritzgießwerkzeuge", "vstřikovací formy", "injection moulds", "Spritzgießwerkzeugen", "vstřikovací formy", "injection moulds"),
     ("Stanz- und Umformwerkzeuge", "střižné a tvářecí nástroje", "stamping and forming tools", "Stanz- und Umformwerkzeugen", "střižné a tvářecí nástroje", "stamping and forming tools")],
    None, None, ["25.73", "33.11"], (["Werkzeugwartung", "Reparatur"], ["údržba nástrojů", "opravy"], ["tool maintenance", "repair"]))
tpl("25.73", "capacity_offer",
    ("Freie Kapazität: {item}", "Volná kapacita: {item}", "Free capacity: {item}"),
    ("In unserem Werkzeugbau sind derzeit etwa {qty} {unit} frei ({item}). Wir bearbeiten gehärtete Stähle und Hartmetall mit hoher Genauigkeit. Daten übernehmen wir als STEP oder DXF.",
     "V naší nástrojárně máme nyní volných asi {qty} {unit} ({item}). Obrábíme kalené oceli i slinutý karbid s vysokou přesností. Data přebíráme ve formátu STEP nebo DXF.",
     "Our tool shop currently has about {qty} {unit} free ({item}). We machine hardened steels and carbide with high precision. We take data as STEP or DXF files."),
    [("Drahterodieren", "drátové řezání", "wire EDM"), ("Senkerodieren", "hloubení elektroerozí", "sinker EDM"), ("HSC-Fräsen", "vysokorychlostní frézování", "high-speed milling")],
    (40, 200, 20), WEEK_H, ["25.73"], (["Erodieren", "Werkzeugbau"], ["elektroeroze", "nástrojárna"], ["EDM", "toolmaking"]),
    capacity=(("{item}", "{item}", "{item}"), ("gehärteter Stahl, Hartmetall", "kalená ocel, slinutý karbid", "hardened steel, carbide")))

# ---- automotive suppliers
tpl("29.32", "supplier_request",
    ("Lieferant für {item} gesucht", "Hledáme dodavatele: {item}", "Supplier wanted: {item}"),
    ("Für ein neues Projekt suchen wir einen Lieferanten für {item} mit einem Bedarf von etwa {qty} {unit}. Voraussetzung ist ein Qualitätsmanagement nach IATF 16949 oder ISO 9001. Serienstart ist in rund sechs Monaten; Musterteile benötigen wir vorher.",
     "Pro nový projekt hledáme dodavatele, který vyrobí {item}; potřeba je zhruba {qty} {unit}. Podmínkou je systém řízení kvality podle IATF 16949 nebo ISO 9001. Sériová výroba začne přibližně za šest měsíců, vzorky potřebujeme dříve.",
     "For a new project we are looking for a supplier of {item} with a demand of about {qty} {unit}. A quality management system to IATF 16949 or ISO 9001 is required. Series production starts in about six months; we need samples before that."),
    [("Stanzbiegeteile aus Edelstahl", "lisované ohýbané díly z nerezu", "stamped and bent stainless steel parts"),
     ("Kabelbäume für Batteriemodule", "kabelové svazky pro bateriové moduly", "wire harnesses for battery modules"),
     ("Gummi-Metall-Lager", "pryžokovová ložiska", "rubber-metal bearings")],
    (10000, 200000, 10000), PCS_YEAR, ["29.32", "25.50"],
    (["Automobilzulieferer", "Serienfertigung"], ["automotive", "sériová výroba"], ["automotive supplier", "series production"]))
tpl("29.32", "cooperation_request",
    ("Entwicklungspartner für {item} gesucht", "Hledáme vývojového partnera: {item}", "Development partner wanted: {item}"),
    ("Wir möchten gemeinsam mit einem Partner {item} entwickeln und suchen dafür ein Unternehmen oder eine Forschungseinrichtung mit Erfahrung in Werkstoffen und Fertigung. Denkbar ist ein gemeinsames Förderprojekt, grenzüberschreitend mit Partnern {nb_from}.",
     "Chceme společně s partnerem vyvinout {item} a hledáme proto firmu nebo výzkumné pracoviště se zkušenostmi s materiály a výrobou. Představujeme si společný dotovaný projekt, přeshraničně s partnery {nb_from}.",
     "We want to develop {item} together with a partner and are looking for a company or research institution with experience in materials and manufacturing. A joint funded project is conceivable, across the border with partners {nb_from}."),
    [("Leichtbau-Batteriegehäuse", "lehké bateriové skříně", "lightweight battery housings"),
     ("recycelbare Interieurteile", "recyklovatelné díly interiéru", "recyclable interior parts")],
    None, None, ["29.32", "72.19"], (["Entwicklung", "Leichtbau"], ["vývoj", "lehké konstrukce"], ["development", "lightweight design"]), cross_border=True)

# ---- machine tools
tpl("28.41", "service_offer",
    ("Retrofit und Service für {item}", "Modernizace a servis: {item}", "Retrofit and service for {item}"),
    ("Wir modernisieren und warten {item} aller gängigen Hersteller: neue Steuerungen, Antriebe und Sicherheitstechnik, Geometrieprüfung und Instandsetzung. Unsere Servicetechniker sprechen Deutsch und Tschechisch und sind in der ganzen Grenzregion unterwegs.",
     "Modernizujeme a servisujeme {item} běžných výrobců: nové řídicí systémy, pohony a bezpečnostní technika, kontrola geometrie a generální opravy. Naši servisní technici mluví česky i německy a jezdí po celém příhraničí.",
     "We modernise and service {item} from all common manufacturers: new controls, drives and safety technology, geometry checks and overhauls. Our service technicians speak German and Czech and cover the whole border region."),
    [("Werkzeugmaschinen", "obráběcí stroje", "machine tools"), ("Schleifmaschinen", "brusky", "grinding machines"), ("Sondermaschinen", "jednoúčelové stroje", "special-purpose machines")],
    None, None, ["33.12", "28.41"], (["Retrofit", "Maschinenservice"], ["modernizace strojů", "servis"], ["retrofit", "machine service"]))
tpl("28.41", "supplier_request",
    ("Zulieferer für {item} gesucht", "Hledáme subdodavatele: {item}", "Subcontractor wanted: {item}"),
    ("Für unseren Sondermaschinenbau suchen wir einen Zulieferer für {item}, etwa {qty} {unit}. Gefertigt wird nach unseren Zeichnungen; Erstmusterprüfung und Maßprotokolle sind Voraussetzung. Wir freuen uns über Angebote {nb_from}.",
     "Pro výrobu jednoúčelových strojů hledáme subdodavatele – {item}, zhruba {qty} {unit}. Vyrábí se podle našich výkresů; podmínkou je první vzorkování a rozměrové protokoly. Uvítáme nabídky {nb_from}.",
     "For our special machinery we are looking for a subcontractor for {item}, about {qty} {unit}. Parts are made to our drawings; first article inspection and dimensional reports are required. We welcome offers {nb_from}."),
    [("Schweißbaugruppen aus Stahl", "svařované ocelové sestavy", "welded steel assemblies"),
     ("pulverbeschichtete Blechverkleidungen", "plechové kryty s práškovou barvou", "powder-coated sheet-metal covers"),
     ("Maschinenbetten aus Mineralguss", "lože strojů z minerální litiny", "mineral-cast machine beds")],
    (10, 80, 5), PCS_YEAR, ["25.11", "25.62"], (["Schweißbaugruppen", "Blechbearbeitung"], ["svařence", "zpracování plechu"], ["welded assemblies", "sheet metal"]))

# ---- special machinery, conveyors
tpl("28.99", "product_offer",
    ("Im Angebot: {item}", "Nabízíme: {item}", "On offer: {item}"),
    ("Aus unserer Fertigung in {town} im Angebot: {item}. Geliefert wird mit Dokumentation, CE-Kennzeichnung und Inbetriebnahme; Steuerung und Formate passen wir auf Wunsch an. Eine Besichtigung ist nach Absprache möglich.",
     "Z naší výroby nabízíme: {item}. Dodáváme s dokumentací, označením CE a uvedením do provozu; řízení a formáty na přání upravíme. Prohlídka je možná po domluvě.",
     "On offer from our production in {town}: {item}. Supplied with documentation, CE marking and commissioning; we adapt controls and formats on request. Viewing by appointment."),
    [("generalüberholte Verpackungslinie", "balicí linka po generální opravě", "overhauled packaging line"),
     ("Rollenförderer-Module aus Edelstahl", "moduly válečkových dopravníků z nerezu", "stainless steel roller conveyor modules"),
     ("kompakte Palettierzelle mit Roboter", "kompaktní paletizační buňka s robotem", "compact robotic palletising cell")],
    (1, 4, 1), ("Stück", "ks", "units"), ["28.29", "28.22"], (["Anlagenbau", "Fördertechnik"], ["výrobní linky", "dopravníky"], ["production lines", "conveyors"]))
tpl("28.99", "supplier_request",
    ("Partner für {item} gesucht", "Hledáme partnera pro {item}", "Partner wanted for {item}"),
    ("Wegen voller Auftragsbücher suchen wir einen festen Partner für {item} bei Anlagen für die Lebensmittel- und Glasindustrie. Es geht um etwa {qty} {unit} im Jahr. Deutsch- oder Tschechischkenntnisse genügen, Englisch ist willkommen.",
     "Kvůli plné zakázkové knize hledáme stálého partnera pro {item} u linek pro potravinářský a sklářský průmysl. Jde zhruba o {qty} {unit} ročně. Stačí němčina nebo čeština, angličtina je vítána.",
     "With full order books we are looking for a permanent partner for {item} on lines for the food and glass industries. It is about {qty} {unit} per year. German or Czech is enough, English is welcome."),
    [("SPS-Programmierung (Siemens S7)", "programování PLC (Siemens S7)", "PLC programming (Siemens S7)"),
     ("Schaltschrankbau", "výrobu rozváděčů", "control cabinet building"), ("Inbetriebnahmen beim Kunden", "uvádění do provozu u zákazníka", "on-site commissioning")],
    (6, 20, 2), ("Projekte", "projektů", "projects"), ["27.12", "33.20"], (["Steuerungstechnik", "Inbetriebnahme"], ["řídicí systémy", "uvádění do provozu"], ["controls", "commissioning"]))

# ---- electronics manufacturing
tpl("26.11", "capacity_offer",
    ("Freie Kapazität in der Elektronikfertigung: {item}", "Volná kapacita ve výrobě elektroniky: {item}", "Free electronics manufacturing capacity: {item}"),
    ("Auf unseren Linien sind kurzfristig rund {qty} {unit} frei ({item}). Wir fertigen Prototypen und Serien bis zum geprüften Gerät, mit AOI und Funktionstest. Bauteilbeschaffung übernehmen wir auf Wunsch.",
     "Na našich linkách máme krátkodobě volných zhruba {qty} {unit} ({item}). Vyrábíme prototypy i série až po otestovaný přístroj, s AOI a funkčními testy. Nákup součástek na přání zajistíme.",
     "Our lines have about {qty} {unit} free at short notice ({item}). We build prototypes and series up to the tested device, with AOI and functional testing. We can source components on request."),
    [("SMD-Bestückung", "osazování SMD", "SMD assembly"), ("THT- und Selektivlöten", "THT a selektivní pájení", "THT and selective soldering"),
     ("Kabelkonfektion", "výroba kabelových svazků", "cable assembly")],
    (40, 160, 10), ("Linienstunden/Woche", "hodin linky týdně", "line hours/week"), ["26.12"],
    (["Elektronikfertigung", "EMS"], ["výroba elektroniky", "EMS"], ["electronics manufacturing", "EMS"]),
    capacity=(("{item}", "{item}", "{item}"), None))
tpl("26.11", "shortage_alert",
    ("Engpass: {item}", "Nedostatek: {item}", "Shortage: {item}"),
    ("Für eine laufende Serie fehlen uns {qty} {unit} {item}. Wir suchen Restbestände oder einen Partner, der aus Lagerware aushelfen kann – nur Originalware mit Herkunftsnachweis. Wir zahlen marktübliche Preise und holen selbst ab.",
     "Pro běžící sérii nám chybí {qty} {unit} – {item}. Hledáme zbytkové zásoby nebo partnera, který může vypomoci ze skladu – pouze originální zboží s doloženým původem. Platíme obvyklé tržní ceny a vyzvedneme si sami.",
     "For a running series we are short of {qty} {unit} of {item}. We are looking for remaining stock or a partner who can help out from stock – original parts with traceable origin only. We pay market prices and collect ourselves."),
    [("Mikrocontroller STM32F405", "mikrokontroléry STM32F405", "STM32F405 microcontrollers"),
     ("DC/DC-Wandler 24 V/5 V", "měniče DC/DC 24 V/5 V", "24 V/5 V DC/DC converters"),
     ("Steckverbinder M12, 8-polig", "konektory M12, 8pinové", "8-pin M12 connectors")],
    (200, 3000, 100), PCS, ["26.11"], (["Bauteile", "Elektronik"], ["součástky", "elektronika"], ["components", "electronics"]), distance=(80, 250))
tpl("26.11", "technology_offer",
    ("Eigenentwicklung zur Lizenz: {item}", "Vlastní vývoj k licenci: {item}", "Own development for licensing: {item}"),
    ("Wir bieten unsere Eigenentwicklung zur Lizenz oder gemeinsamen Vermarktung an: {item}. Hardware, Firmware und Prüfvorschriften sind dokumentiert und im Feldeinsatz erprobt. Gesucht sind Hersteller oder Integratoren, die das Produkt in ihr Sortiment aufnehmen.",
     "Nabízíme k licenci nebo společnému uvedení na trh vlastní vývoj: {item}. Hardware, firmware i zkušební předpisy jsou zdokumentované a ověřené v provozu. Hledáme výrobce nebo integrátory, kteří produkt zařadí do své nabídky.",
     "We offer our own development for licensing or joint marketing: {item}. Hardware, firmware and test specifications are documented and field-proven. We are looking for manufacturers or integrators to add the product to their range."),
    [("Funk-Sensormodul für die Zustandsüberwachung", "bezdrátový senzorový modul pro monitorování stavu", "wireless sensor module for condition monitoring"),
     ("energiesparende LED-Treiber-Plattform", "úsporná platforma LED driverů", "energy-saving LED driver platform")],
    None, None, ["26.51", "26.11"], (["Lizenz", "Sensorik"], ["licence", "senzorika"], ["licensing", "sensors"]))

# ---- switchgear, control cabinets
tpl("27.12", "service_offer",
    ("Schaltschrankbau im Auftrag: {item}", "Zakázková výroba rozváděčů: {item}", "Contract control cabinet building: {item}"),
    ("Wir bauen Schaltschränke nach Ihren Plänen oder übernehmen die Planung mit EPLAN ({item}). Jede Anlage wird geprüft und dokumentiert, auch nach tschechischen und deutschen Normen. Freie Montagekapazität haben wir ab sofort.",
     "Vyrábíme rozváděče podle vašich podkladů nebo zajistíme i projekt v EPLAN ({item}). Každé zařízení zkoušíme a dokumentujeme, i podle českých a německých norem. Volnou montážní kapacitu máme ihned.",
     "We build control cabinets to your plans or handle the design in EPLAN ({item}). Every unit is tested and documented, including to Czech and German standards. We have free assembly capacity right away."),
    [("Steuerungen für Maschinen", "rozváděče pro stroje", "machine control cabinets"), ("Verteilungen für Gewerbe und Industrie", "rozvodnice pro průmysl a služby", "distribution boards for industry"),
     ("PV- und Speichersteuerungen", "řízení FV a bateriových úložišť", "PV and storage controls")],
    None, None, ["27.12"], (["Schaltschrankbau", "EPLAN"], ["rozváděče", "EPLAN"], ["control cabinets", "EPLAN"]))
tpl("27.12", "supplier_request",
    ("Lieferant für {item} gesucht", "Hledáme dodavatele: {item}", "Supplier wanted: {item}"),
    ("Für die Serienfertigung suchen wir einen Lieferanten für {item}, Bedarf etwa {qty} {unit}. Wichtig sind stabile Lieferzeiten und eine Erstmusterprüfung. Lieferanten aus der Grenzregion werden bevorzugt.",
     "Pro sériovou výrobu hledáme dodavatele – {item}, potřeba zhruba {qty} {unit}. Důležité jsou stabilní dodací lhůty a první vzorkování. Přednost mají dodavatelé z příhraničí.",
     "For series production we are looking for a supplier of {item}, demand about {qty} {unit}. Reliable lead times and first article inspection are important. Suppliers from the border region are preferred."),
    [("Schaltschrankgehäuse aus Edelstahl", "nerezové skříně rozváděčů", "stainless steel enclosures"),
     ("Kupferschienen, gebogen und gestanzt", "ohýbané a děrované měděné přípojnice", "bent and punched copper busbars"),
     ("Kabelsätze nach Zeichnung", "kabelové sady podle výkresu", "cable sets to drawing")],
    (50, 600, 50), PCS_MONTH, ["27.33", "25.11"], (["Zulieferung", "Serienfertigung"], ["subdodávky", "sériová výroba"], ["supply", "series production"]), distance=(100, 200))

# ---- glass
tpl("23.13", "product_offer",
    ("{item} aus eigener Herstellung", "{item} z vlastní výroby", "{item} from our own production"),
    ("Wir bieten {item} in Kleinserien ab {qty} {unit}, auch mit Gravur oder dem Logo des Kunden. Muster schicken wir gern zu; für Händler und Gastronomie gibt es Staffelpreise. Wir liefern auch {nb_to}.",
     "Nabízíme {item} v malých sériích od {qty} {unit}, i s gravírováním nebo logem zákazníka. Vzorky rádi zašleme; pro obchodníky a gastronomii máme množstevní ceny. Dodáváme i {nb_to}.",
     "We offer {item} in small series from {qty} {unit}, also engraved or with the customer's logo. We are happy to send samples; retailers and restaurants get volume prices. We also deliver {nb_to}."),
    [("mundgeblasene Trinkgläser", "ručně foukané sklenice", "mouth-blown drinking glasses"), ("Leuchtenschirme aus Farbglas", "stínidla z barevného skla", "coloured-glass lampshades"),
     ("geschliffene Glaskaraffen", "broušené skleněné karafy", "cut glass carafes")],
    (50, 300, 50), ("Stück", "kusů", "pieces"), ["23.13"], (["Glas", "mundgeblasen"], ["sklo", "ručně foukané sklo"], ["glass", "hand-blown glass"]))

# ---- porcelain
tpl("23.41", "product_offer",
    ("{item} mit Firmenlogo", "{item} s logem firmy", "{item} with company logo"),
    ("Wir fertigen {item} mit Ihrem Logo oder Dekor ab {qty} {unit}. Das Dekor wird eingebrannt und ist spülmaschinenfest. Vom Entwurf bis zur Lieferung dauert es in der Regel vier bis sechs Wochen.",
     "Vyrábíme {item} s vaším logem nebo dekorem od {qty} {unit}. Dekor je vypalovaný a odolný v myčce. Od návrhu po dodání to obvykle trvá čtyři až šest týdnů.",
     "We make {item} with your logo or decor from {qty} {unit}. The decor is fired in and dishwasher-safe. From design to delivery it usually takes four to six weeks."),
    [("Hotelporzellan", "hotelový porcelán", "hotel porcelain"), ("Becher und Tassen", "hrnky a šálky", "mugs and cups"),
     ("Werbeartikel aus Porzellan", "reklamní předměty z porcelánu", "porcelain promotional items")],
    (100, 500, 50), ("Stück", "kusů", "pieces"), ["23.41"], (["Porzellan", "Werbeartikel"], ["porcelán", "reklamní předměty"], ["porcelain", "promotional items"]))

# ---- textiles
tpl("13.99", "technology_request",
    ("Forschungspartner gesucht: {item}", "Hledáme výzkumného partnera: {item}", "Research partner wanted: {item}"),
    ("Wir planen ein Entwicklungsprojekt zum Thema „{item}“ und suchen eine Hochschule, ein Institut oder ein Unternehmen als Partner. Wir bringen Produktion und Prüftechnik ein. Ein gemeinsamer Förderantrag im Programm Sachsen–Tschechien ist unser Ziel.",
     "Připravujeme vývojový projekt na téma „{item}“ a hledáme partnera z vysoké školy, výzkumného ústavu nebo firmy. Přinášíme výrobu a zkušební techniku. Cílem je společná žádost v programu Česko–Sasko.",
     "We are planning a development project on “{item}” and are looking for a university, institute or company as a partner. We contribute production and testing equipment. Our goal is a joint application in the Saxony–Czechia programme."),
    [("recycelte Fasern in technischen Textilien", "recyklovaná vlákna v technických textiliích", "recycled fibres in technical textiles"),
     ("leitfähige Garne für Smart Textiles", "vodivé příze pro chytré textilie", "conductive yarns for smart textiles")],
    None, None, ["13.96", "72.19"], (["Forschung", "technische Textilien"], ["výzkum", "technické textilie"], ["research", "technical textiles"]))
tpl("13.99", "capacity_offer",
    ("Freie Kapazität: {item}", "Volná kapacita: {item}", "Free capacity: {item}"),
    ("Wir haben freie Kapazität ({item}), etwa {qty} {unit}. Wir verarbeiten Polyester, Polyamid, Glas- und Naturfasern und fertigen nach Muster oder Spezifikation. Kleine Losgrößen sind möglich.",
     "Máme volnou kapacitu ({item}), zhruba {qty} {unit}. Zpracováváme polyester, polyamid, skelná i přírodní vlákna a vyrábíme podle vzoru nebo specifikace. Možné jsou i malé dávky.",
     "We have free capacity ({item}) of about {qty} {unit}. We process polyester, polyamide, glass and natural fibres and produce to sample or specification. Small batches are possible."),
    [("Weberei, Breite bis 3,2 m", "tkaní, šíře do 3,2 m", "weaving up to 3.2 m width"), ("Stickerei", "vyšívání", "embroidery"), ("Beschichtung von Geweben", "zátěrování tkanin", "fabric coating")],
    (2000, 20000, 1000), ("m²/Monat", "m² měsíčně", "m²/month"), ["13.20", "13.96"],
    (["Textilien", "Lohnfertigung"], ["textilie", "zakázková výroba"], ["textiles", "contract manufacturing"]),
    capacity=(("{item}", "{item}", "{item}"), ("Polyester, Polyamid, Glasfaser", "polyester, polyamid, skelné vlákno", "polyester, polyamide, glass fibre")))

# ---- furniture, joinery
tpl("31.09", "supplier_request",
    ("Lieferant für {item} gesucht", "Hledáme dodavatele: {item}", "Supplier wanted: {item}"),
    ("Für Objekteinrichtungen suchen wir einen Lieferanten für {item}, etwa {qty} {unit}. Gefragt sind gleichbleibende Qualität und Lieferung frei Werkstatt. Über Angebote {nb_from} freuen wir uns.",
     "Pro vybavení interiérů hledáme dodavatele – {item}, zhruba {qty} {unit}. Požadujeme stálou kvalitu a dodání do dílny. Uvítáme nabídky {nb_from}.",
     "For contract interiors we are looking for a supplier of {item}, about {qty} {unit}. We need consistent quality and delivery to our workshop. Offers {nb_from} are welcome."),
    [("Eichen-Leimholzplatten", "dubová spárovka", "oak glued panels"), ("CNC-gefräste Möbelteile", "CNC frézované nábytkové díly", "CNC-milled furniture parts"),
     ("pulverbeschichtete Stahlgestelle", "práškově lakované ocelové podnože", "powder-coated steel frames")],
    (20, 200, 10), PCS_MONTH, ["16.23", "25.11"], (["Möbelteile", "Zulieferung"], ["nábytkové díly", "subdodávky"], ["furniture parts", "supply"]))
tpl("31.09", "capacity_offer",
    ("Freie Kapazität: {item}", "Volná kapacita: {item}", "Free capacity: {item}"),
    ("Unsere Tischlerei hat in den kommenden Wochen freie Kapazität ({item}), etwa {qty} {unit}. Wir arbeiten nach Zeichnung oder liefern die Planung mit. Auch als Subunternehmer für andere Tischlereien stehen wir bereit.",
     "Naše truhlářství má v příštích týdnech volnou kapacitu ({item}), zhruba {qty} {unit}. Pracujeme podle výkresu nebo dodáme i návrh. Jako subdodavatel jsme k dispozici i jiným truhlářstvím.",
     "Our joinery has free capacity in the coming weeks ({item}) of about {qty} {unit}. We work to drawings or provide the design. We are also available as a subcontractor for other joineries."),
    [("CNC-Bearbeitung von Plattenwerkstoffen", "CNC obrábění deskových materiálů", "CNC machining of panel materials"),
     ("Lackierung von Möbelteilen", "lakování nábytkových dílů", "finishing of furniture parts"), ("Montage von Einbaumöbeln", "montáž vestavěného nábytku", "installation of built-in furniture")],
    (40, 160, 20), WEEK_H, ["31.09", "16.23"], (["Tischlerei", "freie Kapazität"], ["truhlářství", "volná kapacita"], ["joinery", "free capacity"]),
    capacity=(("{item}", "{item}", "{item}"), ("Massivholz, Spanplatte, MDF", "masiv, dřevotříska, MDF", "solid wood, chipboard, MDF")))

# ---- brewery
tpl("11.05", "product_offer",
    ("{item} für Gastronomie und Handel", "{item} pro gastronomii a obchod", "{item} for restaurants and retailers"),
    ("Unsere Brauerei in {town} liefert {item} an Gaststätten, Hotels und Getränkehändler, ab {qty} {unit}. Auf Wunsch stellen wir Zapfanlage und Kühlung. Für Veranstaltungen im Grenzgebiet liefern wir auch {nb_to}.",
     "Náš pivovar dodává {item} restauracím, hotelům a obchodům s nápoji, od {qty} {unit}. Na přání zapůjčíme výčepní zařízení a chlazení. Na akce v příhraničí dovezeme i {nb_to}.",
     "Our brewery in {town} supplies {item} to restaurants, hotels and drinks retailers, from {qty} {unit}. We can provide tap systems and cooling. For events in the border region we also deliver {nb_to}."),
    [("Fassbier in 30- und 50-Liter-Fässern", "sudové pivo v sudech po 30 a 50 litrech", "draught beer in 30 and 50 litre kegs"),
     ("saisonales Bockbier", "sezónní speciál", "seasonal bock beer"), ("alkoholfreies Craft-Bier", "nealkoholické řemeslné pivo", "alcohol-free craft beer")],
    (5, 20, 5), ("Fass", "sudů", "kegs"), ["11.05"], (["Bier", "Brauerei"], ["pivo", "pivovar"], ["beer", "brewery"]))
tpl("11.05", "supplier_request",
    ("Regionaler Lieferant für {item} gesucht", "Hledáme regionálního dodavatele: {item}", "Regional supplier wanted: {item}"),
    ("Wir suchen einen regionalen Lieferanten für {item}, Bedarf etwa {qty} {unit} im Jahr. Kurze Transportwege sind uns wichtig – ein Partner {nb_from} ist herzlich willkommen.",
     "Hledáme regionálního dodavatele – {item}, roční potřeba zhruba {qty} {unit}. Záleží nám na krátkých přepravních trasách – partner {nb_from} je srdečně vítán.",
     "We are looking for a regional supplier of {item}, annual demand about {qty} {unit}. Short transport routes matter to us – a partner {nb_from} is very welcome."),
    [("Braugerste", "sladovnický ječmen", "malting barley"), ("Aromahopfen", "aromatický chmel", "aroma hops"), ("Weizenmalz", "pšeničný slad", "wheat malt")],
    (5, 60, 5), TONS, ["01.11", "11.06"], (["Rohstoffe", "regional"], ["suroviny", "regionální"], ["raw materials", "regional"]), distance=(60, 150))

# ---- bakery
tpl("10.71", "product_offer",
    ("{item} für Kantinen und Hotels", "{item} pro jídelny a hotely", "{item} for canteens and hotels"),
    ("Wir beliefern Kantinen, Hotels und Händler mit {item}, täglich frisch oder tiefgekühlt, ab {qty} {unit}. Rezepte passen wir an, auch glutenarm oder vegan. Lieferung in der Region mit eigenen Fahrzeugen.",
     "Dodáváme jídelnám, hotelům a obchodům {item}, denně čerstvé nebo mražené, od {qty} {unit}. Receptury upravíme, i se sníženým obsahem lepku nebo veganské. Rozvoz v regionu vlastními vozy.",
     "We supply canteens, hotels and retailers with {item}, fresh daily or frozen, from {qty} {unit}. We adapt recipes, including low-gluten or vegan. Delivery in the region with our own vans."),
    [("Brot und Brötchen", "chléb a pečivo", "bread and rolls"), ("Stollen und Saisongebäck", "vánočky a sezónní pečivo", "stollen and seasonal pastries"),
     ("Feinbackwaren", "jemné pečivo", "fine pastries")],
    (20, 200, 10), ("kg/Tag", "kg denně", "kg/day"), ["10.71"], (["Backwaren", "Großverbraucher"], ["pekařské výrobky", "velkoodběratelé"], ["baked goods", "catering"]))
tpl("10.71", "supplier_request",
    ("Lieferant für {item} gesucht", "Hledáme dodavatele: {item}", "Supplier wanted: {item}"),
    ("Wir suchen einen Lieferanten für {item}, etwa {qty} {unit}. Regionale Herkunft und verlässliche Lieferung sind uns wichtig; gern auch von einem Betrieb {nb_from}.",
     "Hledáme dodavatele – {item}, zhruba {qty} {unit}. Záleží nám na regionálním původu a spolehlivých dodávkách; rádi i od firmy {nb_from}.",
     "We are looking for a supplier of {item}, about {qty} {unit}. Regional origin and reliable delivery matter to us; a business {nb_from} is welcome too."),
    [("Bio-Roggenmehl", "bio žitná mouka", "organic rye flour"), ("Butter aus der Region", "máslo z regionu", "regional butter"),
     ("Verpackungen aus Papier", "papírové obaly", "paper packaging")],
    (500, 5000, 250), ("kg/Monat", "kg měsíčně", "kg/month"), ["10.61", "10.51"], (["regional", "Rohstoffe"], ["regionální", "suroviny"], ["regional", "ingredients"]), distance=(50, 150))

# ---- printing
tpl("18.12", "capacity_offer",
    ("Freie Druckkapazität: {item}", "Volná tisková kapacita: {item}", "Free printing capacity: {item}"),
    ("In unserer Druckerei ist kurzfristig Kapazität frei ({item}), etwa {qty} {unit}. Wir übernehmen auch Weiterverarbeitung, Personalisierung und Versand. Für Agenturen und andere Druckereien arbeiten wir gern als Partner.",
     "V naší tiskárně máme krátkodobě volnou kapacitu ({item}), zhruba {qty} {unit}. Zajistíme i knihařské zpracování, personalizaci a expedici. Pro agentury a jiné tiskárny rádi pracujeme jako partner.",
     "Our print shop has capacity free at short notice ({item}), about {qty} {unit}. We also handle finishing, personalisation and mailing. We are happy to work as a partner for agencies and other printers."),
    [("Bogenoffset B1", "archový ofset B1", "B1 sheet-fed offset"), ("Digitaldruck", "digitální tisk", "digital printing"), ("Etikettendruck", "tisk etiket", "label printing")],
    (20, 120, 10), ("Maschinenstunden/Woche", "strojových hodin týdně", "machine hours/week"), ["18.12"],
    (["Druckerei", "freie Kapazität"], ["tiskárna", "volná kapacita"], ["printing", "free capacity"]),
    capacity=(("{item}", "{item}", "{item}"), ("Papier und Karton bis 600 g/m²", "papír a karton do 600 g/m²", "paper and board up to 600 g/m²")))
tpl("18.12", "service_offer",
    ("Zweisprachige Drucksachen: {item}", "Dvojjazyčné tiskoviny: {item}", "Bilingual print products: {item}"),
    ("Wir gestalten und drucken {item} auf Deutsch und Tschechisch – mit muttersprachlichem Korrektorat. Damit erreichen Sie Kunden auf beiden Seiten der Grenze. Angebote erstellen wir innerhalb von zwei Tagen.",
     "Navrhujeme a tiskneme {item} v češtině i němčině – s korekturou rodilými mluvčími. Oslovíte tak zákazníky na obou stranách hranice. Nabídku připravíme do dvou dnů.",
     "We design and print {item} in German and Czech – proofread by native speakers. This lets you reach customers on both sides of the border. We prepare quotes within two days."),
    [("Kataloge und Preislisten", "katalogy a ceníky", "catalogues and price lists"), ("Verpackungen und Etiketten", "obaly a etikety", "packaging and labels"),
     ("Messematerial", "materiály na veletrhy", "trade fair materials")],
    None, None, ["18.12", "74.10"], (["Drucksachen", "zweisprachig"], ["tiskoviny", "dvojjazyčně"], ["print products", "bilingual"]))

# ---- software
tpl("62.01", "service_offer",
    ("{item} für den Mittelstand", "{item} pro malé a střední firmy", "{item} for SMEs"),
    ("Wir entwickeln {item} für kleine und mittlere Unternehmen – von der Analyse bis zum Betrieb. Projekte führen wir auf Deutsch, Tschechisch oder Englisch. Ein erstes Gespräch und eine Aufwandsschätzung sind kostenlos.",
     "Vyvíjíme {item} pro malé a střední firmy – od analýzy po provoz. Projekty vedeme česky, německy nebo anglicky. První schůzka a odhad pracnosti jsou zdarma.",
     "We develop {item} for small and medium-sized enterprises – from analysis to operation. We run projects in German, Czech or English. A first meeting and an effort estimate are free of charge."),
    [("ERP-Anbindungen und Schnittstellen", "propojení ERP a rozhraní", "ERP integration and interfaces"), ("zweisprachige Onlineshops", "dvojjazyčné e-shopy", "bilingual online shops"),
     ("MES-Lösungen für die Fertigung", "MES řešení pro výrobu", "MES solutions for manufacturing")],
    None, None, ["62.01"], (["Softwareentwicklung", "Digitalisierung"], ["vývoj softwaru", "digitalizace"], ["software development", "digitalisation"]))
tpl("62.01", "technology_offer",
    ("Software zur Lizenz: {item}", "Software k licenci: {item}", "Software for licensing: {item}"),
    ("Unsere Software für {item} ist in mehreren Betrieben im Einsatz. Wir suchen Partner, die sie in ihr Angebot aufnehmen oder gemeinsam mit uns für neue Branchen anpassen – als Lizenz, White-Label oder Kooperation.",
     "Náš software ({item}) se již používá v několika podnicích. Hledáme partnery, kteří ho zařadí do své nabídky nebo ho s námi přizpůsobí pro nová odvětví – formou licence, white label nebo spolupráce.",
     "Our software for {item} is in use at several companies. We are looking for partners to add it to their portfolio or adapt it with us for new industries – as a licence, white label or cooperation."),
    [("KI-gestützte Sichtprüfung", "vizuální kontrola s podporou AI", "AI-based visual inspection"), ("Tourenplanung kleiner Flotten", "plánování tras pro malé vozové parky", "route planning for small fleets"),
     ("digitale Wartungsplanung", "digitální plánování údržby", "digital maintenance planning")],
    None, None, ["62.01", "58.29"], (["Lizenz", "Software"], ["licence", "software"], ["licensing", "software"]))

# ---- engineering offices
tpl("71.12", "service_offer",
    ("Ingenieurleistungen: {item}", "Inženýrské služby: {item}", "Engineering services: {item}"),
    ("Wir unterstützen Unternehmen bei {item} – projektbezogen oder als verlängerte Werkbank Ihrer Entwicklung. Unsere Ingenieure arbeiten mit SolidWorks, Inventor und ANSYS. Für Kunden {nb_from} bearbeiten wir Projekte zweisprachig.",
     "Pomáháme firmám v oblasti: {item} – projektově nebo jako prodloužená ruka vašeho vývoje. Naši inženýři pracují se SolidWorks, Inventorem a ANSYS. Pro zákazníky {nb_from} zpracováváme projekty dvojjazyčně.",
     "We support companies with {item} – per project or as an extension of your development team. Our engineers work with SolidWorks, Inventor and ANSYS. For customers {nb_from} we run projects bilingually."),
    # (title forms, text forms): German needs the article in the text
    [("Konstruktion und FEM-Berechnung", "konstrukce a výpočty MKP", "design and FEA",
      "der Konstruktion und FEM-Berechnung", "konstrukce a výpočty MKP", "design and FEA"),
     ("CE-Konformität und Risikobeurteilung", "shoda CE a posouzení rizik", "CE conformity and risk assessment",
      "der CE-Konformität und Risikobeurteilung", "shoda CE a posouzení rizik", "CE conformity and risk assessment"),
     ("Fabrikplanung", "projektování výrobních závodů", "factory planning", "der Fabrikplanung", "projektování výrobních závodů", "factory planning")],
    None, None, ["71.12"], (["Konstruktion", "Engineering"], ["konstrukce", "inženýring"], ["design", "engineering"]))
tpl("71.12", "cooperation_request",
    ("Partner für Interreg-Projekt: {item}", "Partner pro projekt Interreg: {item}", "Partner for an Interreg project: {item}"),
    ("Für einen Antrag im Programm Sachsen–Tschechien suchen wir Partner zum Thema „{item}“: Unternehmen, die Pilotanwendungen testen, und Forschungseinrichtungen. Wir übernehmen Koordination und Antragstellung.",
     "Pro žádost v programu Česko–Sasko hledáme partnery k tématu „{item}“: firmy, které otestují pilotní aplikace, a výzkumná pracoviště. Koordinaci a přípravu žádosti zajistíme my.",
     "For an application in the Saxony–Czechia programme we are looking for partners on “{item}”: companies to test pilot applications and research institutions. We take care of coordination and the application."),
    [("Wasserstoff in der Produktion", "vodík ve výrobě", "hydrogen in production"), ("Energieeffizienz in KMU", "energetická účinnost v MSP", "energy efficiency in SMEs"),
     ("Kreislaufwirtschaft im Maschinenbau", "oběhové hospodářství ve strojírenství", "circular economy in mechanical engineering")],
    None, None, ["71.12", "72.19"], (["Interreg", "Kooperation"], ["Interreg", "spolupráce"], ["Interreg", "cooperation"]), cross_border=True)

# ---- logistics
tpl("49.41", "capacity_offer",
    ("Freier Laderaum: {item}", "Volná ložná kapacita: {item}", "Free load space: {item}"),
    ("Auf der Relation {item} haben wir regelmäßig freien Laderaum, etwa {qty} {unit} pro Fahrt. Wir übernehmen Stückgut und Teilladungen, auch mit Hebebühne. Preise auf Anfrage.",
     "Na trase {item} máme pravidelně volnou ložnou kapacitu, zhruba {qty} {unit} na jízdu. Převezeme kusové zásilky i dílčí nakládky, i s hydraulickým čelem. Ceny na dotaz.",
     "On the route {item} we regularly have free load space of about {qty} {unit} per trip. We carry general cargo and part loads, also with tail lift. Prices on request."),
    [("Dresden–Prag (wöchentlich)", "Drážďany–Praha (každý týden)", "Dresden–Prague (weekly)"),
     ("Chemnitz–Ústí nad Labem (zweimal pro Woche)", "Chemnitz–Ústí nad Labem (dvakrát týdně)", "Chemnitz–Ústí nad Labem (twice a week)"),
     ("Liberec–Zittau–Görlitz (täglich)", "Liberec–Žitava–Zhořelec (denně)", "Liberec–Zittau–Görlitz (daily)")],
    (6, 18, 2), ("Palettenstellplätze", "paletových míst", "pallet spaces"), ["49.41"],
    (["Spedition", "Teilladung"], ["doprava", "dílčí nakládka"], ["haulage", "part load"]),
    capacity=(("Lkw-Teilladungen {item}", "dílčí nakládky {item}", "part loads {item}"), ("Stückgut auf Paletten", "kusové zboží na paletách", "palletised general cargo")))
tpl("49.41", "service_offer",
    ("Lagerfläche frei: {item}", "Volné skladové plochy: {item}", "Warehouse space available: {item}"),
    ("Wir vermieten Lagerfläche ({item}), etwa {qty} {unit}, mit Wareneingang, Kommissionierung und Versand als Dienstleistung. Die Autobahn ist in wenigen Minuten erreichbar. Kurzfristige Einlagerung ist möglich.",
     "Pronajmeme skladové plochy ({item}), zhruba {qty} {unit}, včetně příjmu zboží, vychystávání a expedice jako služby. Dálnice je dostupná za několik minut. Možné je i krátkodobé uskladnění.",
     "We rent out storage space ({item}), about {qty} {unit}, with goods receipt, picking and dispatch as a service. Motorway access within minutes. Short-term storage is possible."),
    [("beheiztes Lager", "vytápěný sklad", "heated warehouse"), ("Außenlager mit Kran", "venkovní sklad s jeřábem", "outdoor storage with crane"),
     ("Lager mit Kommissionierung", "sklad s vychystáváním", "warehouse with order picking")],
    (200, 2000, 100), ("m²", "m²", "m²"), ["52.10"], (["Lager", "Kontraktlogistik"], ["sklad", "logistika"], ["warehousing", "contract logistics"]))

# ---- construction
tpl("41.20", "supplier_request",
    ("Subunternehmer gesucht: {item}", "Hledáme subdodavatele: {item}", "Subcontractor wanted: {item}"),
    ("Für mehrere Wohn- und Gewerbeprojekte suchen wir zuverlässige Subunternehmer für {item}. Es geht um rund {qty} {unit} in den nächsten Monaten. Wir bieten faire Preise, pünktliche Zahlung und langfristige Zusammenarbeit.",
     "Pro několik bytových a komerčních staveb hledáme spolehlivé subdodavatele – {item}. Jde zhruba o {qty} {unit} v příštích měsících. Nabízíme férové ceny, včasné platby a dlouhodobou spolupráci.",
     "For several residential and commercial projects we are looking for reliable subcontractors for {item}. It is about {qty} {unit} over the coming months. We offer fair prices, prompt payment and long-term cooperation."),
    [("Trockenbau", "sádrokartonové konstrukce", "drywall construction"), ("Fassadendämmung", "zateplení fasád", "facade insulation"), ("Dachdeckerarbeiten", "pokrývačské práce", "roofing work")],
    (500, 4000, 250), ("m²", "m²", "m²"), ["43.31", "43.91"], (["Subunternehmer", "Bau"], ["subdodavatel", "stavebnictví"], ["subcontractor", "construction"]), distance=(40, 100))
tpl("41.20", "shortage_alert",
    ("Dringend: {item}", "Naléhavě: {item}", "Urgent: {item}"),
    ("Für eine laufende Baustelle fehlen uns kurzfristig {qty} {unit} {item}. Wer aus Lagerbeständen aushelfen kann, meldet sich bitte – Abholung mit eigenem Lkw möglich.",
     "Na běžící stavbě nám krátkodobě chybí {qty} {unit} – {item}. Kdo může vypomoci ze skladu, ozvěte se prosím – odvoz vlastním nákladním autem je možný.",
     "For a current construction site we are short of {qty} {unit} of {item}. If you can help out from stock, please get in touch – collection with our own truck is possible."),
    [("Baustahlmatten Q188", "kari sítě Q188", "Q188 reinforcing mesh"), ("Porenbetonsteine 36,5 cm", "pórobetonové tvárnice 36,5 cm", "36.5 cm aerated concrete blocks")],
    (6, 30, 2), ("Paletten", "palet", "pallets"), ["23.61", "24.34"], (["Baustoffe", "Engpass"], ["stavebniny", "nedostatek"], ["building materials", "shortage"]), distance=(30, 80))

# ---- solar, electrical installation
tpl("43.21", "service_offer",
    ("{item} für Gewerbe und Industrie", "{item} pro firmy a průmysl", "{item} for business and industry"),
    ("Wir planen und installieren {item} für Unternehmen – von der Wirtschaftlichkeitsberechnung über die Förderung bis zur Wartung. Unsere Montageteams arbeiten in Sachsen und in Nordböhmen. Freie Montagetermine gibt es ab dem nächsten Monat.",
     "Navrhujeme a instalujeme {item} pro firmy – od výpočtu návratnosti přes dotace až po údržbu. Montážní týmy pracují v severních Čechách i v Sasku. Volné termíny montáže máme od příštího měsíce.",
     "We design and install {item} for companies – from the business case and funding to maintenance. Our installation teams work in Saxony and northern Bohemia. Free installation dates from next month."),
    [("Photovoltaikanlagen", "fotovoltaické elektrárny", "photovoltaic systems"), ("Batteriespeicher", "bateriová úložiště", "battery storage"), ("Ladestationen", "nabíjecí stanice", "charging stations")],
    None, None, ["43.21", "35.11"], (["Photovoltaik", "Energie"], ["fotovoltaika", "energie"], ["photovoltaics", "energy"]))
tpl("43.21", "supplier_request",
    ("Lieferant für {item} gesucht", "Hledáme dodavatele: {item}", "Supplier wanted: {item}"),
    ("Für unsere Projekte im nächsten Halbjahr suchen wir einen Lieferanten für {item}, etwa {qty} {unit}. Wir erwarten Lieferung auf die Baustelle und Unterstützung bei Garantiefällen. Händler und Hersteller aus der Region werden bevorzugt.",
     "Pro naše projekty v příštím pololetí hledáme dodavatele – {item}, zhruba {qty} {unit}. Očekáváme dodání na stavbu a podporu při reklamacích. Přednost mají obchodníci a výrobci z regionu.",
     "For our projects in the next six months we are looking for a supplier of {item}, about {qty} {unit}. We expect delivery to site and support with warranty claims. Dealers and manufacturers from the region are preferred."),
    [("PV-Module (Glas-Glas, 430 Wp)", "FV moduly (sklo-sklo, 430 Wp)", "PV modules (glass-glass, 430 Wp)"),
     ("Montagesysteme für Flachdächer", "montážní systémy pro ploché střechy", "mounting systems for flat roofs"), ("Wechselrichter 50–100 kW", "střídače 50–100 kW", "50–100 kW inverters")],
    (50, 800, 50), PCS, ["27.11", "26.11"], (["Photovoltaik", "Großhandel"], ["fotovoltaika", "velkoobchod"], ["photovoltaics", "wholesale"]))

# ---- testing laboratories
tpl("71.20", "service_offer",
    ("Prüfungen im Auftrag: {item}", "Zkoušky na zakázku: {item}", "Contract testing: {item}"),
    ("Unser Labor übernimmt {item} nach DIN EN ISO und Kundenspezifikation. Ergebnisse erhalten Sie auf Wunsch zweisprachig (Deutsch/Tschechisch). Eilprüfungen sind innerhalb von drei Arbeitstagen möglich.",
     "Naše laboratoř provádí {item} podle norem ČSN EN ISO a specifikací zákazníka. Výsledky na přání dodáme dvojjazyčně (česky/německy). Expresní zkoušky zvládneme do tří pracovních dnů.",
     "Our laboratory carries out {item} to DIN EN ISO standards and customer specifications. Results can be provided bilingually (German/Czech). Express tests are possible within three working days."),
    [("Werkstoffprüfung und Metallografie", "zkoušky materiálů a metalografické rozbory", "materials testing and metallography"), ("EMV-Messungen", "měření EMC", "EMC measurements"),
     ("Klima- und Salzsprühnebelprüfungen", "klimatické zkoušky a zkoušky solnou mlhou", "climate and salt spray tests")],
    None, None, ["71.20"], (["Prüflabor", "Werkstoffprüfung"], ["zkušebna", "zkoušky materiálů"], ["testing laboratory", "materials testing"]))
tpl("71.20", "technology_offer",
    ("Prüfverfahren zur Nutzung: {item}", "Zkušební metoda k využití: {item}", "Test method available: {item}"),
    ("Wir haben ein Verfahren entwickelt ({item}) und bieten es Unternehmen und Laboren zur Nutzung oder in Lizenz an. Gegenüber herkömmlichen Methoden spart es Zeit und Material. Gern stellen wir es bei einem Besuch vor.",
     "Vyvinuli jsme metodu ({item}) a nabízíme ji firmám a laboratořím k využití nebo v licenci. Oproti běžným metodám šetří čas i materiál. Rádi ji představíme při návštěvě.",
     "We have developed a method ({item}) and offer it to companies and laboratories for use or under licence. Compared with conventional methods it saves time and material. We are happy to present it during a visit."),
    [("zerstörungsfreie Prüfung von Klebeverbindungen", "nedestruktivní zkoušení lepených spojů", "non-destructive testing of bonded joints"),
     ("Schnelltest auf Wasserstoffversprödung", "rychlý test vodíkové křehkosti", "rapid test for hydrogen embrittlement")],
    None, None, ["71.20", "72.19"], (["Prüfverfahren", "Technologietransfer"], ["zkušební metoda", "transfer technologií"], ["test method", "technology transfer"]))

# ---- recycling
tpl("38.32", "product_offer",
    ("Sekundärrohstoff: {item}", "Druhotná surovina: {item}", "Secondary raw material: {item}"),
    ("Wir bieten regelmäßig {item}, etwa {qty} {unit}. Die Ware ist geprüft, Analysen und Muster stellen wir zur Verfügung. Lieferung in Big Bags oder lose, auch {nb_to}.",
     "Pravidelně nabízíme {item}, zhruba {qty} {unit}. Materiál je zkontrolovaný, rozbory a vzorky poskytneme. Dodáváme ve vacích big bag nebo volně ložené, i {nb_to}.",
     "We regularly offer {item}, about {qty} {unit}. The material is tested; analyses and samples are available. Delivery in big bags or loose, also {nb_to}."),
    [("graues PP-Regranulat", "šedý regranulát PP", "grey PP regranulate"), ("sortenreine Aluminiumspäne", "tříděné hliníkové třísky", "sorted aluminium chips"),
     ("Kupfergranulat aus dem Kabelrecycling", "měděný granulát z recyklace kabelů", "copper granulate from cable recycling")],
    (5, 50, 5), ("t/Monat", "t měsíčně", "t/month"), ["38.32", "46.77"], (["Recycling", "Sekundärrohstoffe"], ["recyklace", "druhotné suroviny"], ["recycling", "secondary raw materials"]))
tpl("38.32", "supplier_request",
    ("Wir kaufen: {item}", "Vykupujeme: {item}", "We buy: {item}"),
    ("Wir kaufen {item} von Industriebetrieben in der Region, ab etwa {qty} {unit}. Container stellen wir, Abholung und Entsorgungsnachweise übernehmen wir. Die Vergütung richtet sich fair nach Sorte und Menge.",
     "Vykupujeme {item} od průmyslových firem v regionu, zhruba od {qty} {unit}. Kontejnery přistavíme, odvoz i doklady o nakládání s odpady zajistíme. Férová cena podle druhu a množství.",
     "We buy {item} from industrial companies in the region, from about {qty} {unit}. We provide containers and take care of collection and waste documentation. Fair prices by grade and quantity."),
    [("Produktionsabfälle aus PP und PE", "výrobní odpady z PP a PE", "PP and PE production waste"), ("Altkabel und Kupferschrott", "staré kabely a měděný šrot", "scrap cables and copper scrap"),
     ("Aluminium-Stanzreste", "hliníkové odstřižky", "aluminium stamping scrap")],
    (1, 10, 1), ("t/Monat", "t měsíčně", "t/month"), ["38.11", "38.32"], (["Ankauf", "Recycling"], ["výkup", "recyklace"], ["purchase", "recycling"]), distance=(50, 120))

# ---- 3D printing
tpl("25.99", "capacity_offer",
    ("Freie Kapazität im 3D-Druck: {item}", "Volná kapacita 3D tisku: {item}", "Free 3D printing capacity: {item}"),
    ("Unsere Anlagen haben freie Kapazität ({item}), etwa {qty} {unit}. Wir fertigen Prototypen, Vorrichtungen und Kleinserien, inklusive Nachbearbeitung und Vermessung. Daten im STL- oder STEP-Format genügen.",
     "Naše zařízení mají volnou kapacitu ({item}), zhruba {qty} {unit}. Vyrábíme prototypy, přípravky i malé série včetně dokončení a měření. Stačí data ve formátu STL nebo STEP.",
     "Our machines have free capacity ({item}) of about {qty} {unit}. We produce prototypes, fixtures and small series, including post-processing and measurement. STL or STEP data is all we need."),
    [("Metall, SLM", "kovy, SLM", "metal, SLM"), ("Kunststoff, SLS mit PA12", "plasty, SLS z PA12", "plastics, SLS with PA12")],
    (100, 400, 50), MONTH_H, ["25.99", "32.99"], (["3D-Druck", "additive Fertigung"], ["3D tisk", "aditivní výroba"], ["3D printing", "additive manufacturing"]),
    capacity=(("3D-Druck ({item})", "3D tisk ({item})", "3D printing ({item})"), None))
tpl("25.99", "technology_request",
    ("Know-how gesucht: {item}", "Hledáme know-how: {item}", "Know-how wanted: {item}"),
    ("Wir möchten unser Angebot erweitern und suchen Know-how zum Thema „{item}“ – von einem Institut, einer Hochschule oder einem erfahrenen Unternehmen. Denkbar sind Beratung, gemeinsame Versuche oder ein Forschungsprojekt.",
     "Chceme rozšířit naši nabídku a hledáme know-how k tématu „{item}“ – od výzkumného ústavu, vysoké školy nebo zkušené firmy. Představujeme si konzultace, společné zkoušky nebo výzkumný projekt.",
     "We want to expand our services and are looking for know-how on “{item}” – from an institute, a university or an experienced company. Consulting, joint trials or a research project are all conceivable."),
    [("Wärmebehandlung gedruckter Titanteile", "tepelné zpracování tištěných titanových dílů", "heat treatment of printed titanium parts"),
     ("Qualifizierung für die Luftfahrt", "kvalifikace pro letectví", "qualification for aerospace")],
    None, None, ["25.99", "72.19"], (["Know-how", "3D-Druck"], ["know-how", "3D tisk"], ["know-how", "3D printing"]))

# ---- hotels
tpl("55.10", "service_offer",
    ("Tagungen und Firmenveranstaltungen: {item}", "Konference a firemní akce: {item}", "Conferences and corporate events: {item}"),
    ("Für Tagungen, Workshops und Kooperationstreffen bieten wir {item}, Technik und Verpflegung aus einer Hand. Die Lage im Grenzgebiet macht uns zum guten Treffpunkt für Partner aus Sachsen und Böhmen. Gruppen erhalten Sonderpreise.",
     "Pro konference, workshopy a setkání partnerů nabízíme {item}, techniku i občerstvení z jedné ruky. Díky poloze v příhraničí jsme dobrým místem setkání pro partnery ze Saska i z Čech. Skupiny mají zvláštní ceny.",
     "For conferences, workshops and partner meetings we offer {item}, equipment and catering from one source. Our location in the border region makes us a good meeting point for partners from Saxony and Bohemia. Groups get special rates."),
    [("Räume für bis zu 120 Personen", "sály až pro 120 osob", "rooms for up to 120 people"), ("zweisprachiges Personal", "dvojjazyčný personál", "bilingual staff")],
    None, None, ["55.10", "82.30"], (["Tagungshotel", "Veranstaltungen"], ["konferenční hotel", "akce"], ["conference hotel", "events"]))
tpl("55.10", "supplier_request",
    ("Regionaler Lieferant gesucht: {item}", "Hledáme regionálního dodavatele: {item}", "Regional supplier wanted: {item}"),
    ("Für unser Hotel und Restaurant suchen wir einen regionalen Lieferanten für {item}, Bedarf etwa {qty} {unit}. Qualität und verlässliche Lieferung sind uns wichtig – gern auch von einem Betrieb {nb_from}.",
     "Pro náš hotel a restauraci hledáme regionálního dodavatele – {item}, potřeba zhruba {qty} {unit}. Záleží nám na kvalitě a spolehlivých dodávkách – rádi i od firmy {nb_from}.",
     "We are looking for a regional supplier of {item} for our hotel and restaurant, demand about {qty} {unit}. Quality and reliable delivery matter to us – a business {nb_from} is welcome too."),
    [("Obst und Gemüse", "ovoce a zelenina", "fruit and vegetables"), ("Fleisch- und Wurstwaren", "maso a uzeniny", "meat and sausages"),
     ("Wäschereidienstleistungen", "praní hotelového prádla", "laundry services")],
    (100, 800, 50), ("kg/Woche", "kg týdně", "kg/week"), ["01.13", "10.13", "96.01"], (["regional", "Hotel"], ["regionální", "hotel"], ["regional", "hotel"]), distance=(40, 120))

# ---- for several industries
INDUSTRIAL = "22.29 25.62 25.73 29.32 28.41 28.99 26.11 27.12 23.13 23.41 13.99 31.09 18.12 38.32"
tpl(INDUSTRIAL, "technology_request",
    ("Automatisierungslösung gesucht: {item}", "Hledáme řešení automatizace: {item}", "Automation solution wanted: {item}"),
    ("Wir möchten unsere Fertigung modernisieren und suchen eine Lösung für {item}. Gesucht sind Integratoren, Start-ups oder Institute mit Erfahrung, die eine Pilotanwendung bei uns umsetzen. Die Förderfähigkeit prüfen wir gemeinsam.",
     "Chceme modernizovat výrobu a hledáme řešení – {item}. Hledáme integrátory, start-upy nebo výzkumná pracoviště se zkušenostmi, kteří u nás zavedou pilotní aplikaci. Možnost dotace prověříme společně.",
     "We want to modernise our production and are looking for a solution for {item}. We are looking for integrators, start-ups or institutes with experience to implement a pilot application with us. We will check funding eligibility together."),
    # (title forms, text forms): German needs the article in the text
    [("Roboter-Beladung einer Drehmaschine", "robotické zakládání soustruhu", "robotic loading of a lathe",
      "die Roboter-Beladung einer Drehmaschine", "robotické zakládání soustruhu", "robotic loading of a lathe"),
     ("kamerabasierte Qualitätskontrolle", "kamerová kontrola kvality", "camera-based quality control",
      "eine kamerabasierte Qualitätskontrolle", "kamerová kontrola kvality", "camera-based quality control"),
     ("Energiemonitoring der Maschinen", "monitorování spotřeby energie strojů", "energy monitoring of machines",
      "das Energiemonitoring unserer Maschinen", "monitorování spotřeby energie strojů", "energy monitoring of our machines")],
    None, None, ["28.99", "71.12"], (["Automatisierung", "Industrie 4.0"], ["automatizace", "Průmysl 4.0"], ["automation", "Industry 4.0"]), weight=0.4)

# Products for sales-partner requests: (de after "unsere", cs after "naše", en after "our").
PRODUCTS = {
    "23.13": ("Glaswaren", "skleněné výrobky", "glassware"), "23.41": ("Porzellanwaren", "porcelánové výrobky", "porcelain"),
    "31.09": ("Möbel", "výrobky z masivu", "furniture"), "11.05": ("Biere", "piva", "beers"), "10.71": ("Backwaren", "pekařské výrobky", "baked goods"),
    "13.99": ("technischen Textilien", "technické textilie", "technical textiles"), "28.41": ("Maschinen", "stroje", "machines"),
    "28.99": ("Anlagen", "linky", "production lines"), "26.11": ("Elektronikbaugruppen", "elektronické sestavy", "electronic assemblies"),
}
tpl(" ".join(PRODUCTS), "cooperation_request",
    ("Vertriebspartner {nb_in} gesucht", "Hledáme obchodního partnera {nb_in}", "Sales partner wanted {nb_in}"),
    ("Wir möchten unsere {products} auch {nb_in} anbieten und suchen einen Vertriebspartner: einen Händler, eine Agentur oder ein Unternehmen mit passendem Sortiment. Wir unterstützen mit Mustern, Katalogen in der Landessprache und gemeinsamen Messeauftritten.",
     "Chceme nabízet naše {products} i {nb_in} a hledáme obchodního partnera: obchodníka, agenturu nebo firmu s vhodným sortimentem. Podpoříme vás vzorky, katalogy v místním jazyce a společnou účastí na veletrzích.",
     "We want to offer our {products} {nb_in} as well and are looking for a sales partner: a retailer, an agency or a company with a matching range. We support you with samples, catalogues in the local language and joint trade fair appearances."),
    None, None, None, [], (["Vertrieb", "Export"], ["obchod", "export"], ["sales", "export"]), cross_border=True, weight=0.4)


# ---------------------------------------------------------------- generation
def languages_for(org):
    """The organisation's own language always; some also in English or the neighbour's language."""
    own = "de" if org["country"] == "DE" else "cs"
    langs = {own}
    if own == "de":
        if random.random() < 0.3:
            langs.add("en")
        if random.random() < 0.15:
            langs.add("cs")
    else:
        if random.random() < 0.35:
            langs.add("de")
        if random.random() < 0.2:
            langs.add("en")
    return [l for l in LANGS if l in langs]


def pick_from(lo, hi, step):
    return random.randrange(lo, hi + 1, step)


def keywords(t, langs):
    out = []
    for i, lang in enumerate(LANGS):
        if lang in langs:
            out += [k for k in t["kw"][i] if k not in out]
    return out


def make(org, t, status):
    """One demo opportunity: status is open, draft, closed or expired."""
    cc = org["country"]
    langs = languages_for(org)
    item = random.choice(t["items"])
    title_item, text_item = (item[:3], item[3:]) if len(item) == 6 else (item, item)
    qty = pick_from(*t["qty"]) if t["qty"] else None
    title, text = {}, {}
    for i, lang in enumerate(LANGS):
        if lang not in langs:
            continue
        ctx = dict(town=org["city"], **NB[cc][lang])
        if qty is not None:
            ctx.update(qty=number(qty, lang), unit=t["unit"][i])
        if org["nace_main"] in PRODUCTS:
            ctx["products"] = PRODUCTS[org["nace_main"]][i]
        title[lang] = cap_first(t["title"][i].format(item=title_item[i], **ctx))
        text[lang] = t["text"][i].format(item=text_item[i], **ctx)
    own = 0 if cc == "DE" else 1
    entry = {"organization": org["name"], "type": t["kind"], "title": title, "text": text,
             "nace_codes": t["nace"] or [org["nace_main"]], "keywords": keywords(t, langs)}
    if qty is not None:
        entry["quantity"] = qty
        entry["unit"] = t["unit"][own]
    if t.get("cross_border"):
        entry["target_countries"] = [NB[cc]["country"]]
        entry["cross_border_only"] = True
    if t.get("distance"):
        entry["max_distance_km"] = pick_from(t["distance"][0], t["distance"][1], 10)

    # Dates are days after "then", the day it was published (or created).
    if status == "draft":
        days_ago, valid_days = random.randint(0, 10), 90
    elif status == "expired":
        days_ago = random.randint(40, 100)
        valid_days = random.randint(10, days_ago - 5)
    elif status == "closed":
        days_ago = random.randint(20, 80)
        valid_days = days_ago + random.randint(10, 60)
    else:
        days_ago = random.randint(0, 12) if t["kind"] == "shortage_alert" else random.randint(0, 45)
        valid_days = days_ago + random.randint(20, 100)
    needed = None
    if t["kind"] == "shortage_alert":
        # Open through the day it is needed.
        needed = valid_days if status in ("expired", "draft") else days_ago + random.randint(5, 25)
        valid_days = needed if status != "closed" else max(needed, 5)
        entry["needed_in_days"] = needed
    if t.get("capacity"):
        process, material = t["capacity"]
        start = days_ago + random.randint(0, 10) if status != "expired" else random.randint(0, 5)
        entry["capacity"] = {"process": process[own].format(item=title_item[own]), "from_day": start, "until_day": start + random.randint(30, 120)}
        if material:
            entry["capacity"]["material"] = material[own]
    entry["published"] = status != "draft"
    if status == "closed":
        entry["close_outcome"] = random.choices(["partner_found_glokal", "found_elsewhere", "no_longer_needed"], [5, 3, 2])[0]
    entry["days_ago"] = days_ago
    entry["valid_days"] = valid_days
    return entry


def status_list(n):
    statuses = ["draft"] * 6 + ["closed"] * 8 + ["expired"] * 8
    statuses += ["open"] * (n - len(statuses))
    random.shuffle(statuses)
    return statuses


def generate():
    companies = [o for o in ORGS if o["kind"] == "company"]
    random.shuffle(companies)
    by_type = Counter()
    chosen = []  # (org, template)
    def pick(org, exclude=()):
        eligible = [t for t in T if org["nace_main"] in t["industries"] and id(t) not in exclude]
        if not eligible:
            return None
        weights = [t.get("weight", 1.0) / (1 + by_type[t["kind"]]) for t in eligible]
        t = random.choices(eligible, weights)[0]
        by_type[t["kind"]] += 1
        return t
    singles, doubles = TARGET - 15 * 2, 15
    for org in companies[:singles + doubles]:
        t = pick(org)
        chosen.append((org, t))
    for org in companies[singles:singles + doubles]:
        first = next(t for o, t in chosen if o is org)
        second = pick(org, exclude={id(first)})
        if second:
            chosen.append((org, second))
    statuses = status_list(len(chosen))
    out = [make(org, t, status) for (org, t), status in zip(chosen, statuses)]
    return out, statuses


# ---------------------------------------------------------------- checks and summary
def check(entries, statuses):
    names = {o["name"]: o for o in ORGS}
    errors = []
    if not 140 <= len(entries) <= 160:
        errors.append(f"{len(entries)} entries, expected about {TARGET}")
    seen = set()
    for n, e in enumerate(entries):
        org = names.get(e["organization"])
        where = f"#{n} ({e['organization']})"
        if not org or org["kind"] != "company":
            errors.append(f"{where}: not a demo company")
            continue
        own = "de" if org["country"] == "DE" else "cs"
        if own not in e["title"] or set(e["title"]) != set(e["text"]):
            errors.append(f"{where}: languages {sorted(e['title'])}/{sorted(e['text'])}")
        for lang, title in e["title"].items():
            if len(title) > 150 or "{" in title or "}" in title or any(ord(c) < 32 for c in title):
                errors.append(f"{where}: bad title {title!r}")
        for lang, text in e["text"].items():
            if len(text) > 5000 or "{" in text or "}" in text:
                errors.append(f"{where}: bad text {text!r}")
        for code in e["nace_codes"]:
            if code not in NACE:
                errors.append(f"{where}: unknown NACE {code}")
        if len(e.get("unit", "")) > 30:
            errors.append(f"{where}: unit too long")
        if not 0 <= e["valid_days"] <= 365 or not 0 <= e.get("needed_in_days", 0) <= 365:
            errors.append(f"{where}: dates out of range")
        if e["type"] == "shortage_alert" and "needed_in_days" not in e:
            errors.append(f"{where}: shortage alert without needed_in_days")
        if (e["type"] == "capacity_offer") != ("capacity" in e):
            errors.append(f"{where}: capacity only and always for capacity offers")
        key = (e["organization"], json.dumps(e["title"], sort_keys=True))
        if key in seen:
            errors.append(f"{where}: duplicate title")
        seen.add(key)
    open_types = {e["type"] for e, s in zip(entries, statuses) if s == "open"}
    kinds = {t["kind"] for t in T}
    if open_types != kinds or len(kinds) != 8:
        errors.append(f"open types {sorted(open_types)} != all eight {sorted(kinds)}")
    return errors


def write_md(entries, statuses):
    count = lambda key: Counter(key(e, s) for e, s in zip(entries, statuses))
    orgs = {o["name"]: o for o in ORGS}
    lines = [
        "# Demo offers and requests",
        "",
        "`demo_opportunities.json` holds the demo marketplace content: offers and requests of the fictitious demo",
        "companies in `demo_organizations.json` (none of the real institutions posts anything). It is loaded **only** by",
        "`glokal seed --demo` (`crates/server/src/cli/seed.rs`), after the demo organisations, which creates the entries",
        "that do not exist yet (same organisation and title) and marks them as demo data.",
        "",
        "Each entry is an `OpportunityInput` (`crates/api-types/src/opportunity.rs`) without `organization_id` and dates:",
        "`organization` names the demo company, `days_ago` says when it was published (or created, for drafts), and",
        "`valid_days`, `needed_in_days` and the capacity's `from_day`/`until_day` count from that day. So the content",
        "stays current whenever it is seeded, and some entries are already expired. `published: false` makes a draft,",
        "`close_outcome` a closed one.",
        "",
        "Texts are in the company's language (German in Saxony, Czech in Czechia), some also in English or the",
        "neighbour's language; units are in the company's language. They come from templates per industry and are",
        "invented: no quantities, prices or needs of real firms.",
        "",
        "## Regenerating",
        "",
        "```sh",
        "cd crates/server/data",
        "python3 generate_demo_opportunities.py",
        "```",
        "",
        "The script is deterministic (`random.seed(2026)`). It reads `demo_organizations.json` and",
        "`crates/domain/data/nace_rev2_en_de_cs.csv`, writes `demo_opportunities.json` and this file, and checks: about",
        "150 entries from demo companies, titles up to 150 characters, text languages equal title languages and include",
        "the company's own, known NACE codes, dates within a year, `capacity` exactly for capacity offers, `needed_in_days`",
        "for shortage alerts, unique titles per company, all eight types among the open entries. It exits non-zero if a",
        "check fails.",
        "",
        "## Counts",
        "",
        f"Total: **{len(entries)}** from {len({e['organization'] for e in entries})} companies "
        f"(DE {sum(1 for e in entries if orgs[e['organization']]['country'] == 'DE')}, "
        f"CZ {sum(1 for e in entries if orgs[e['organization']]['country'] == 'CZ')}).",
        "",
    ]
    for title, counter in [("Type", count(lambda e, s: e["type"])), ("Status when seeded", count(lambda e, s: s)),
                           ("Languages", count(lambda e, s: "+".join(l for l in LANGS if l in e["title"])))]:
        lines += [f"| {title} | Count |", "|---|---|"]
        lines += [f"| {k} | {v} |" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]
        lines.append("")
    OUT_MD.write_text("\n".join(lines), encoding="utf-8")


def main():
    entries, statuses = generate()
    errors = check(entries, statuses)
    for error in errors:
        print("CHECK FAILED:", error)
    OUT_JSON.write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    write_md(entries, statuses)
    print(f"{len(entries)} demo opportunities; types {dict(Counter(e['type'] for e in entries))}; statuses {dict(Counter(statuses))}")
    if errors:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
