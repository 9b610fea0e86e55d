#!/usr/bin/env python3
"""Generates demo_organizations.json: fictitious demo companies plus the public names and seats
of real institutions in the Saxon-Czech border region. Deterministic (random.seed(2026)).

Run from anywhere:  python3 generate_demo_organizations.py
Loaded only by `glokal seed --demo`.
"""
import csv
import json
import random
import unicodedata
from collections import Counter
from pathlib import Path

random.seed(2026)

HERE = Path(__file__).resolve().parent
DOMAIN_DATA = HERE.parent.parent / "domain" / "data"
OUT_JSON = HERE / "demo_organizations.json"
OUT_MD = HERE / "demo_organizations.md"

# ---------------------------------------------------------------- reference data
PLACES = {}
with open(DOMAIN_DATA / "places_sn_cz3.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        row["population"] = int(row["population"] or 0)
        PLACES[int(row["geonameid"])] = row
DISTRICT_OF = {}
with open(DOMAIN_DATA / "places_saxony_districts.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        DISTRICT_OF[int(row["geonameid"])] = row["ags"]
NACE4 = {}
with open(DOMAIN_DATA / "nace_rev2_en_de_cs.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if row["level"] == "4":
            NACE4[row["code"]] = row

SAXON_DISTRICTS = {
    "14625": "Bautzen", "14521": "Erzgebirgskreis", "14626": "Görlitz", "14522": "Mittelsachsen",
    "14628": "Sächsische Schweiz-Osterzgebirge", "14523": "Vogtlandkreis", "14524": "Zwickau",
    "14511": "Chemnitz", "14612": "Dresden",
}
CZECH_REGIONS = {"81": "Karlovarský kraj", "83": "Liberecký kraj", "89": "Ústecký kraj"}
AMTSGERICHT = {"14612": "Dresden", "14625": "Dresden", "14626": "Dresden", "14628": "Dresden",
               "14511": "Chemnitz", "14521": "Chemnitz", "14522": "Chemnitz", "14523": "Chemnitz", "14524": "Chemnitz"}


def region_of(place_id):
    """Saxon district AGS or Czech kraj admin1 code, or None if outside the programme area."""
    p = PLACES[place_id]
    if p["cc"] == "DE":
        ags = DISTRICT_OF.get(place_id)
        return ags if ags in SAXON_DISTRICTS else None
    return p["admin1"] if p["admin1"] in CZECH_REGIONS else None


REGION_PLACES = {}
for gid, p in PLACES.items():
    r = region_of(gid)
    if r:
        REGION_PLACES.setdefault(r, []).append(gid)
for r in REGION_PLACES:
    REGION_PLACES[r].sort()


def place_by_name(name, cc):
    hits = [g for g, p in PLACES.items() if p["name"] == name and p["cc"] == cc and region_of(g)]
    if not hits:
        raise SystemExit(f"place {name!r} ({cc}) not in the places file")
    return max(hits, key=lambda g: PLACES[g]["population"])


def weighted_place(regions):
    cands = [g for r in sorted(regions) for g in REGION_PLACES[r]]
    weights = [max(PLACES[g]["population"], 1) for g in cands]
    return random.choices(cands, weights=weights)[0]


# ---------------------------------------------------------------- helpers
def slugify(text):
    text = text.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("&", " und ")):
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out, dash = [], False
    for c in text:
        if c.isalnum():
            out.append(c)
            dash = False
        elif not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def ico_check(first7):
    weights = [8, 7, 6, 5, 4, 3, 2]
    r = sum(int(d) * w for d, w in zip(first7, weights)) % 11
    return (11 - r) % 10


def ico_valid(ico):
    return len(ico) == 8 and ico.isdigit() and ico_check(ico[:7]) == int(ico[7])


USED_ICO = set()


def new_ico():
    while True:
        first7 = str(random.randint(1, 9)) + "".join(str(random.randint(0, 9)) for _ in range(6))
        ico = first7 + str(ico_check(first7))
        if ico not in USED_ICO:
            USED_ICO.add(ico)
            return ico




# ---------------------------------------------------------------- industry templates
# Placeholders: {town}; {reg_de}/{reg_cs}/{reg_en} region ("in Sachsen", "v Libereckém kraji", "in Saxony");
# {nb_de}/{nb_cs}/{nb_en} neighbour country ("Tschechien", "v Česku", "Czechia"); {d_de}/{d_cs}/{d_en} a detail.
# Name patterns: {s} = surname.  sizes = weights (micro, small, medium, large).
T = []


def template(key, nace, extra, de_names, cs_names, sizes, founded, sole, de, cs, en, details, kw_de, kw_cs, kw_en):
    T.append(dict(key=key, nace=nace, extra=extra, de_names=de_names, cs_names=cs_names, sizes=sizes,
                  founded=founded, sole=sole, de=de, cs=cs, en=en, details=details,
                  kw_de=kw_de, kw_cs=kw_cs, kw_en=kw_en))


template("plastics", "22.29", ["22.21", "25.73"],
    ["{s} Kunststofftechnik", "{s} Kunststoffwerk", "{s} Plastics"], ["Plasty {s}", "{s} plast", "Vstřikovna {s}"],
    (2, 5, 4, 1), (1960, 2018), False,
    "Wir fertigen in {town} technische Kunststoffteile im Spritzguss für die Automobil-, Elektro- und Medizintechnik. Unser Maschinenpark umfasst {d_de}. Wir liefern von der Kleinserie bis zur Großserie, auch an Kunden in {nb_de}.",
    "Firma se sídlem {town} vyrábí technické plastové díly vstřikováním pro automobilový, elektrotechnický a zdravotnický průmysl. Strojový park zahrnuje {d_cs}. Dodáváme malé i velké série, také zákazníkům {nb_cs}.",
    "Based in {town}, we produce injection-moulded technical plastic parts for the automotive, electrical and medical industries. Our machine park comprises {d_en}. We supply small and large series, including to customers in {nb_en}.",
    [("Spritzgießmaschinen von 50 bis 650 t Schließkraft", "vstřikolisy s uzavírací silou 50 až 650 t", "injection moulding machines from 50 to 650 t clamping force"),
     ("Zweikomponenten-Spritzguss und Reinraumfertigung", "dvoukomponentní vstřikování a výrobu v čistých prostorách", "two-component moulding and clean-room production"),
     ("vollautomatische Fertigungszellen mit Robotern", "plně automatizované výrobní buňky s roboty", "fully automated production cells with robots")],
    ["Spritzguss", "Kunststoffteile", "2K-Spritzguss", "Baugruppenmontage"], ["vstřikování plastů", "plastové díly", "montáž sestav"], ["injection moulding", "plastic parts"])

template("cnc", "25.62", ["25.61", "33.12"],
    ["{s} CNC-Technik", "{s} Präzisionsmechanik", "{s} Zerspanungstechnik", "Metallbearbeitung {s}"], ["Kovoobrábění {s}", "{s} CNC", "Přesná mechanika {s}"],
    (4, 5, 2, 0), (1990, 2021), True,
    "Unsere Lohnfertigung in {town} bietet CNC-Drehen und -Fräsen von Einzelteilen und Serien aus Stahl, Edelstahl, Aluminium und Kunststoff. Dafür stehen {d_de} zur Verfügung. Wir arbeiten nach Zeichnung oder 3D-Modell und prüfen jedes Los messtechnisch.",
    "Zakázková výroba se sídlem {town} nabízí CNC soustružení a frézování kusových dílů i sérií z oceli, nerezu, hliníku a plastů. K dispozici máme {d_cs}. Pracujeme podle výkresu nebo 3D modelu a každou dávku měřicí technikou kontrolujeme.",
    "Our contract manufacturing in {town} offers CNC turning and milling of single parts and series in steel, stainless steel, aluminium and plastics. We operate {d_en}. We work from drawings or 3D models and inspect every batch.",
    [("5-Achs-Bearbeitungszentren und Langdrehautomaten", "pětiosá obráběcí centra a automatické soustruhy", "5-axis machining centres and sliding-head lathes"),
     ("ein klimatisierter Messraum mit 3D-Koordinatenmessmaschine", "klimatizovaná měrovna s 3D souřadnicovým měřicím strojem", "an air-conditioned measuring room with a 3D coordinate measuring machine"),
     ("Fräsmaschinen für Werkstücke bis 2 m Länge", "frézky pro obrobky do délky 2 m", "milling machines for workpieces up to 2 m long")],
    ["CNC-Fräsen", "CNC-Drehen", "Lohnfertigung", "Präzisionsteile"], ["CNC frézování", "CNC soustružení", "zakázková výroba", "přesné díly"], ["CNC machining", "contract manufacturing"])

template("toolmaking", "25.73", ["28.49", "25.62"],
    ["{s} Werkzeugbau", "{s} Formenbau", "Werkzeug- und Formenbau {s}"], ["Nástrojárna {s}", "{s} formy", "{s} nástroje"],
    (2, 5, 3, 0), (1950, 2015), False,
    "Der Werkzeug- und Formenbau in {town} konstruiert und baut Spritzgießwerkzeuge, Stanz- und Umformwerkzeuge sowie Vorrichtungen. Wir verfügen über {d_de}. Änderungen, Wartung und Reparatur von Fremdwerkzeugen übernehmen wir ebenfalls.",
    "Nástrojárna se sídlem {town} konstruuje a vyrábí vstřikovací formy, střižné a tvářecí nástroje a přípravky. Disponujeme {d_cs}. Provádíme také úpravy, údržbu a opravy cizích nástrojů.",
    "Our tool and mould shop in {town} designs and builds injection moulds, stamping and forming tools as well as fixtures. We have {d_en}. We also modify, maintain and repair third-party tools.",
    [("Drahterodier- und Senkerodiermaschinen", "drátovými a hloubicími elektroerozivními stroji", "wire and sinker EDM machines"),
     ("HSC-Fräsen und eine eigene Werkzeugkonstruktion mit CAD/CAM", "vysokorychlostním frézováním a vlastní konstrukcí v CAD/CAM", "high-speed milling and in-house CAD/CAM design"),
     ("eine Tuschierpresse für Werkzeuge bis 20 t", "tušírovacím lisem pro formy do hmotnosti 20 t", "a spotting press for moulds up to 20 t")],
    ["Werkzeugbau", "Formenbau", "Spritzgießwerkzeuge", "Stanzwerkzeuge"], ["nástrojárna", "vstřikovací formy", "střižné nástroje"], ["tool making", "mould making"])

template("automotive", "29.32", ["25.50", "22.29"],
    ["{s} Automotive", "{s} Fahrzeugteile", "{s} Automobiltechnik"], ["{s} Automotive", "Autodíly {s}"],
    (0, 3, 5, 2), (1960, 2015), False,
    "Als Zulieferer in {town} fertigen wir Komponenten für Pkw und Nutzfahrzeuge, von Blech- und Kunststoffteilen bis zu einbaufertigen Baugruppen. Unsere Schwerpunkte sind {d_de}. Das Qualitätsmanagement ist nach IATF 16949 zertifiziert.",
    "Jako dodavatel automobilového průmyslu se sídlem {town} vyrábíme komponenty pro osobní i užitková vozidla, od plechových a plastových dílů po sestavy připravené k montáži. Zaměřujeme se na {d_cs}. Systém řízení kvality je certifikován podle IATF 16949.",
    "As an automotive supplier in {town} we produce components for cars and commercial vehicles, from sheet-metal and plastic parts to ready-to-fit assemblies. Our focus is on {d_en}. Our quality management is certified to IATF 16949.",
    [("Interieurteile und Kabelhalter", "díly interiéru a držáky kabelů", "interior parts and cable holders"),
     ("Komponenten für Batteriesysteme von Elektrofahrzeugen", "komponenty bateriových systémů elektromobilů", "components for electric-vehicle battery systems"),
     ("geschweißte Fahrwerks- und Karosserieteile", "svařované díly podvozku a karoserie", "welded chassis and body parts")],
    ["Automobilzulieferer", "Baugruppen", "Elektromobilität", "IATF 16949"], ["dodavatel pro automotive", "sestavy", "elektromobilita"], ["automotive supplier", "assemblies"])

template("machinery", "28.41", ["28.99", "33.12"],
    ["{s} Maschinenbau", "{s} Sondermaschinenbau", "Maschinenfabrik {s}"], ["Strojírna {s}", "{s} stroje", "{s} strojírenství"],
    (1, 4, 4, 1), (1870, 2012), False,
    "Der Maschinenbaubetrieb in {town} entwickelt und baut Werkzeugmaschinen und Sondermaschinen nach Kundenwunsch. Zum Angebot gehören {d_de}. Service, Ersatzteile und Retrofit bieten wir auch für Kunden in {nb_de} an.",
    "Strojírenský podnik se sídlem {town} vyvíjí a staví obráběcí a jednoúčelové stroje podle přání zákazníka. Nabízíme {d_cs}. Servis, náhradní díly a modernizace strojů poskytujeme také zákazníkům {nb_cs}.",
    "The engineering company in {town} develops and builds machine tools and special-purpose machines to customer specification. Our range includes {d_en}. We offer service, spare parts and retrofits to customers in {nb_en} as well.",
    [("Montage- und Prüfanlagen", "montážní a zkušební linky", "assembly and test systems"),
     ("Schleif- und Bohrmaschinen", "brusky a vrtačky", "grinding and drilling machines"),
     ("automatisierte Zuführtechnik", "automatizované podávací systémy", "automated feeding systems")],
    ["Sondermaschinenbau", "Werkzeugmaschinen", "Retrofit", "Automatisierung"], ["jednoúčelové stroje", "obráběcí stroje", "modernizace strojů", "automatizace"], ["special machinery", "machine tools"])

template("machinery2", "28.99", ["28.22", "33.20"],
    ["{s} Anlagenbau", "{s} Fördertechnik", "{s} Verpackungsmaschinen"], ["{s} linky", "Strojírny {s}"],
    (1, 4, 4, 1), (1900, 2015), False,
    "In {town} planen und fertigen wir Produktionsanlagen und Fördertechnik für die Industrie. Ein Schwerpunkt sind {d_de}. Von der Konstruktion über die Steuerung bis zur Inbetriebnahme beim Kunden kommt alles aus einer Hand.",
    "Se sídlem {town} projektujeme a vyrábíme výrobní linky a dopravníkovou techniku pro průmysl. Zaměřujeme se na {d_cs}. Konstrukci, řízení i uvedení do provozu u zákazníka zajišťujeme sami.",
    "In {town} we design and build production lines and conveyor systems for industry. A focus is on {d_en}. Design, controls and commissioning at the customer's site all come from one source.",
    [("Verpackungslinien für die Lebensmittelindustrie", "balicí linky pro potravinářský průmysl", "packaging lines for the food industry"),
     ("Fördersysteme für Glas und Keramik", "dopravníkové systémy pro sklo a keramiku", "conveyor systems for glass and ceramics"),
     ("Anlagen für das Recycling von Kunststoffen", "zařízení pro recyklaci plastů", "plastics recycling equipment")],
    ["Anlagenbau", "Fördertechnik", "Steuerungstechnik", "Inbetriebnahme"], ["výrobní linky", "dopravníky", "řídicí systémy"], ["plant engineering", "conveyor systems"])

template("electronics", "26.11", ["26.12", "27.90"],
    ["{s} Elektronik", "{s} Electronics", "{s} Leiterplattenbestückung"], ["{s} elektronik", "Elektronika {s}"],
    (2, 5, 3, 1), (1990, 2021), False,
    "Wir bestücken in {town} Leiterplatten in SMD- und THT-Technik und übernehmen die komplette Elektronikfertigung (EMS) bis zum geprüften Gerät. Wir bieten {d_de}. Prototypen liefern wir innerhalb weniger Tage.",
    "Firma se sídlem {town} osazuje desky plošných spojů technologií SMD a THT a zajišťuje kompletní výrobu elektroniky (EMS) až po otestovaný přístroj. Nabízíme {d_cs}. Prototypy dodáváme během několika dní.",
    "In {town} we assemble printed circuit boards using SMD and THT technology and provide complete electronics manufacturing services up to the tested device. We offer {d_en}. Prototypes are delivered within a few days.",
    [("automatische optische Inspektion und In-Circuit-Test", "automatickou optickou inspekci a testování v obvodu", "automated optical inspection and in-circuit testing"),
     ("Kabelkonfektion und Gehäusemontage", "výrobu kabelových svazků a montáž do skříní", "cable assembly and box building"),
     ("Entwicklung von Hard- und Firmware", "vývoj hardwaru a firmwaru", "hardware and firmware development")],
    ["Elektronikfertigung", "EMS", "SMD-Bestückung", "Leiterplatten"], ["výroba elektroniky", "osazování DPS", "SMD"], ["electronics manufacturing", "PCB assembly"])

template("electrical", "27.12", ["27.33", "33.14"],
    ["{s} Schaltanlagenbau", "{s} Elektrotechnik", "{s} Schaltschrankbau"], ["Rozvaděče {s}", "{s} elektro"],
    (2, 5, 3, 0), (1970, 2019), False,
    "Der Betrieb in {town} plant und baut Nieder- und Mittelspannungsschaltanlagen sowie Schaltschränke für Maschinenbau und Energieversorgung. Dazu gehören {d_de}. Alle Anlagen werden vor der Auslieferung geprüft und dokumentiert.",
    "Firma se sídlem {town} projektuje a vyrábí rozváděče nízkého a vysokého napětí a rozvaděčové skříně pro strojírenství a energetiku. Nabízíme také {d_cs}. Všechna zařízení před expedicí zkoušíme a dokumentujeme.",
    "The company in {town} designs and builds low- and medium-voltage switchgear and control cabinets for mechanical engineering and power supply. This includes {d_en}. All systems are tested and documented before delivery.",
    [("Steuerungen für Photovoltaik- und Speicheranlagen", "řídicí systémy pro fotovoltaiku a bateriová úložiště", "controls for photovoltaic and storage systems"),
     ("SPS-Programmierung und Visualisierung", "programování PLC a vizualizaci", "PLC programming and visualisation"),
     ("Trafostationen und Verteilungen für Gewerbegebiete", "trafostanice a rozvody pro průmyslové zóny", "transformer stations and distribution for industrial parks")],
    ["Schaltanlagen", "Schaltschrankbau", "SPS", "Energieverteilung"], ["rozváděče", "PLC", "rozvod energie"], ["switchgear", "control cabinets"])

template("glass", "23.13", ["23.19", "23.12"],
    ["Glashütte {s}", "{s} Glas", "{s} Glasmanufaktur"], ["Sklárna {s}", "{s} sklo", "Sklářská huť {s}"],
    (3, 4, 2, 1), (1870, 2010), False,
    "Die Glasmanufaktur in {town} stellt mundgeblasenes und maschinell gefertigtes Hohlglas für Gastronomie, Handel und Designer her. Besonders gefragt sind {d_de}. Wir fertigen auch Kleinserien und Muster nach Entwurf des Kunden.",
    "Sklárna se sídlem {town} vyrábí ručně foukané i strojově vyráběné duté sklo pro gastronomii, obchod a designéry. Velký zájem je o {d_cs}. Vyrábíme i malé série a vzorky podle návrhu zákazníka.",
    "The glassworks in {town} produces mouth-blown and machine-made hollow glass for hospitality, retail and designers. In particular demand are {d_en}. We also make small series and samples to the customer's design.",
    [("geschliffene Trinkgläser und Karaffen", "broušené sklenice a karafy", "cut drinking glasses and carafes"),
     ("Leuchtenschirme aus Farbglas", "stínidla svítidel z barevného skla", "lampshades made of coloured glass"),
     ("technische Gläser und Glasperlen", "technické sklo a skleněné perle", "technical glass and glass beads")],
    ["Glas", "Hohlglas", "mundgeblasen", "Glasveredelung"], ["sklo", "duté sklo", "ručně foukané sklo", "broušení skla"], ["glass", "hand-blown glass"])

template("porcelain", "23.41", ["23.49"],
    ["{s} Porzellan", "Porzellanmanufaktur {s}", "{s} Keramik"], ["Porcelán {s}", "{s} keramika", "Porcelánka {s}"],
    (3, 4, 2, 0), (1870, 2015), False,
    "In {town} fertigen wir Porzellan und Keramik für Haushalt, Hotellerie und Gastronomie. Wir sind spezialisiert auf {d_de}. Sonderanfertigungen mit Firmenlogo übernehmen wir ab kleinen Stückzahlen.",
    "Firma se sídlem {town} vyrábí porcelán a keramiku pro domácnosti, hotely a gastronomii. Specializujeme se na {d_cs}. Zakázkovou výrobu s logem firmy nabízíme již od malých sérií.",
    "In {town} we make porcelain and ceramics for households, hotels and restaurants. We specialise in {d_en}. We take on custom pieces with company logos from small quantities.",
    [("handbemalte Dekore", "ručně malované dekory", "hand-painted decors"),
     ("robustes Hotelporzellan", "odolný hotelový porcelán", "durable hotel porcelain"),
     ("Figuren und Geschenkartikel", "figurky a dárkové předměty", "figurines and gift items")],
    ["Porzellan", "Keramik", "Hotelporzellan", "Dekor"], ["porcelán", "keramika", "hotelový porcelán"], ["porcelain", "ceramics"])

template("textiles", "13.99", ["13.20", "13.96"],
    ["{s} Textil", "{s} Textilwerk", "{s} Technische Textilien"], ["{s} textil", "Textilní výroba {s}"],
    (2, 5, 3, 0), (1870, 2018), False,
    "Das Textilunternehmen in {town} stellt technische Textilien und Spitzen her, vom Garn bis zur konfektionierten Ware. Wir produzieren {d_de}. Entwicklungsprojekte führen wir gemeinsam mit Forschungsinstituten durch.",
    "Textilní firma se sídlem {town} vyrábí technické textilie a krajky, od příze až po konfekcionované zboží. Vyrábíme {d_cs}. Vývojové projekty realizujeme společně s výzkumnými ústavy.",
    "The textile company in {town} produces technical textiles and lace, from yarn to finished goods. We manufacture {d_en}. Development projects are carried out together with research institutes.",
    [("Gewebe für Filter und Fahrzeuginnenräume", "tkaniny pro filtry a interiéry vozidel", "fabrics for filters and vehicle interiors"),
     ("Spitzen und Stickereien", "krajky a výšivky", "lace and embroidery"),
     ("Vliesstoffe für Medizin und Hygiene", "netkané textilie pro zdravotnictví a hygienu", "nonwovens for medical and hygiene use")],
    ["Textilien", "technische Textilien", "Weberei", "Stickerei"], ["textilie", "technické textilie", "tkalcovna", "výšivky"], ["textiles", "technical textiles"])

template("furniture", "31.09", ["16.23", "31.01"],
    ["Tischlerei {s}", "{s} Möbelwerkstätten", "{s} Innenausbau"], ["Truhlářství {s}", "Nábytek {s}", "{s} interiéry"],
    (5, 4, 1, 0), (1900, 2022), True,
    "Unsere Tischlerei in {town} fertigt Möbel und Innenausbauten aus Massivholz und Plattenwerkstoffen nach Maß. Wir sind spezialisiert auf {d_de}. Planung, Fertigung und Montage erfolgen aus einer Hand.",
    "Naše truhlářství se sídlem {town} vyrábí nábytek a interiéry z masivu i deskových materiálů na míru. Specializujeme se na {d_cs}. Návrh, výrobu i montáž zajišťujeme sami.",
    "Our joinery in {town} makes bespoke furniture and interior fittings from solid wood and panel materials. We specialise in {d_en}. Planning, production and installation come from one source.",
    [("Einrichtungen für Hotels und Praxen", "vybavení hotelů a ordinací", "fittings for hotels and medical practices"),
     ("Küchen und Einbauschränke", "kuchyně a vestavěné skříně", "kitchens and built-in wardrobes"),
     ("Ladenbau und Messestände", "vybavení obchodů a výstavní stánky", "shop fitting and exhibition stands")],
    ["Möbel", "Tischlerei", "Innenausbau", "Massivholz"], ["nábytek", "truhlářství", "interiéry na míru", "masivní dřevo"], ["furniture", "joinery"])

template("brewery", "11.05", ["56.30"],
    ["Brauerei {s}", "Privatbrauerei {s}", "{s} Bräu"], ["Pivovar {s}", "Rodinný pivovar {s}"],
    (3, 4, 2, 0), (1870, 2020), False,
    "Die Brauerei in {town} braut untergärige und obergärige Biere nach traditionellen Rezepten. Neben unserem Sortiment bieten wir {d_de}. Unsere Biere gibt es in der Region und zunehmend auch in {nb_de}.",
    "Pivovar se sídlem {town} vaří spodně i svrchně kvašená piva podle tradičních receptur. Kromě našeho sortimentu nabízíme {d_cs}. Naše piva jsou k dostání v regionu a stále častěji i {nb_cs}.",
    "The brewery in {town} brews bottom- and top-fermented beers to traditional recipes. Besides our range we offer {d_en}. Our beers are sold in the region and increasingly in {nb_en}.",
    [("Lohnbrauen für Gastronomie und Handel", "zakázkové vaření piva pro gastronomii a obchod", "contract brewing for restaurants and retailers"),
     ("Brauereiführungen und Verkostungen", "prohlídky pivovaru a degustace", "brewery tours and tastings"),
     ("alkoholfreie Biere und Limonaden", "nealkoholická piva a limonády", "alcohol-free beers and lemonades")],
    ["Brauerei", "Bier", "Craft Beer", "Lohnbrauen"], ["pivovar", "pivo", "řemeslné pivo"], ["brewery", "beer"])

template("bakery", "10.71", ["10.72", "47.24"],
    ["Bäckerei {s}", "Landbäckerei {s}", "Bäckerei und Konditorei {s}"], ["Pekárna {s}", "Pekařství {s}", "Cukrárna a pekárna {s}"],
    (5, 4, 1, 0), (1880, 2022), True,
    "Die Bäckerei in {town} backt Brot, Brötchen und Kuchen handwerklich und mit Mehl aus der Region. Bekannt sind wir für {d_de}. Wir beliefern Filialen, Kantinen und Hotels in der Umgebung.",
    "Pekárna se sídlem {town} peče chléb, pečivo a koláče řemeslným způsobem z mouky z regionu. Z naší nabídky doporučujeme {d_cs}. Zásobujeme prodejny, jídelny a hotely v okolí.",
    "The bakery in {town} bakes bread, rolls and cakes by hand using flour from the region. We are known for {d_en}. We supply shops, canteens and hotels in the area.",
    [("unseren Christstollen nach traditionellem Rezept", "tradiční vánoční štoly", "our traditional Christmas stollen"),
     ("Sauerteigbrote mit langer Teigführung", "kváskový chléb s dlouhým zráním těsta", "long-fermented sourdough bread"),
     ("Kuchen nach Familienrezepten", "koláče podle rodinných receptů", "cakes made from family recipes")],
    ["Bäckerei", "Brot", "Backwaren", "regional"], ["pekárna", "chléb", "pečivo", "regionální"], ["bakery", "bread"])

template("printing", "18.12", ["18.13", "17.21"],
    ["{s} Druck", "Druckerei {s}", "{s} Medienservice"], ["Tiskárna {s}", "{s} tisk", "{s} print"],
    (3, 5, 2, 0), (1900, 2018), False,
    "Die Druckerei in {town} produziert Broschüren, Kataloge, Etiketten und Verpackungen im Offset- und Digitaldruck. Außerdem bieten wir {d_de}. Druckdaten prüfen wir kostenlos und liefern termingerecht.",
    "Tiskárna se sídlem {town} tiskne brožury, katalogy, etikety a obaly ofsetem i digitálně. Dále nabízíme {d_cs}. Tisková data zdarma zkontrolujeme a dodáváme v termínu.",
    "The printing company in {town} produces brochures, catalogues, labels and packaging in offset and digital printing. We also offer {d_en}. We check print data free of charge and deliver on time.",
    [("zweisprachige Satz- und Übersetzungsdienste", "dvojjazyčnou sazbu a překlady", "bilingual typesetting and translation services"),
     ("Großformatdruck für Messen", "velkoformátový tisk pro veletrhy", "large-format printing for trade fairs"),
     ("Buchbinderei und Veredelung", "knihařské zpracování a povrchové úpravy", "bookbinding and finishing")],
    ["Druckerei", "Offsetdruck", "Digitaldruck", "Verpackungen"], ["tiskárna", "ofsetový tisk", "digitální tisk", "obaly"], ["printing", "packaging"])

template("software", "62.01", ["62.02", "63.11"],
    ["{s} Software", "{s} IT-Solutions", "{s} Digital"], ["{s} software", "{s} IT", "{s} Digital"],
    (4, 5, 2, 0), (1995, 2023), True,
    "Wir entwickeln in {town} Software für mittelständische Unternehmen, von Webanwendungen bis zu Schnittstellen für ERP- und Produktionssysteme. Unsere Stärke sind {d_de}. Projekte betreuen wir auf Deutsch, Tschechisch und Englisch.",
    "Se sídlem {town} vyvíjíme software pro malé a střední firmy, od webových aplikací po rozhraní k ERP a výrobním systémům. Naší silnou stránkou jsou {d_cs}. Projekty vedeme v češtině, němčině a angličtině.",
    "In {town} we develop software for small and medium-sized companies, from web applications to interfaces for ERP and production systems. Our strength is {d_en}. We run projects in German, Czech and English.",
    [("MES-Lösungen und Maschinendatenerfassung", "řešení MES a sběr dat ze strojů", "MES solutions and machine data collection"),
     ("Onlineshops und Kundenportale", "e-shopy a zákaznické portály", "online shops and customer portals"),
     ("mobile Apps für Service und Wartung", "mobilní aplikace pro servis a údržbu", "mobile apps for service and maintenance")],
    ["Softwareentwicklung", "Digitalisierung", "Webanwendungen", "Industrie 4.0"], ["vývoj softwaru", "digitalizace", "webové aplikace", "Průmysl 4.0"], ["software development", "digitalisation"])

template("engineering", "71.12", ["71.11", "74.90"],
    ["Ingenieurbüro {s}", "{s} Engineering", "{s} Ingenieure"], ["Projekční kancelář {s}", "{s} engineering", "Inženýrská kancelář {s}"],
    (5, 4, 1, 0), (1990, 2023), True,
    "Das Ingenieurbüro in {town} plant und berechnet für Industrie, Kommunen und Bauherren. Wir bieten {d_de}. Förderanträge und Genehmigungsverfahren begleiten wir von Anfang an.",
    "Projekční kancelář se sídlem {town} projektuje a počítá pro průmysl, obce i stavebníky. Nabízíme {d_cs}. Od začátku pomáháme i s žádostmi o dotace a povolovacím řízením.",
    "The engineering office in {town} plans and calculates for industry, municipalities and builders. We offer {d_en}. We support funding applications and permit procedures from the start.",
    [("Tragwerksplanung und Statik", "statické výpočty a návrh nosných konstrukcí", "structural design and analysis"),
     ("Planung der technischen Gebäudeausrüstung", "projektování technických zařízení budov", "building services design"),
     ("Konstruktion und FEM-Simulation für den Maschinenbau", "konstrukci a simulace MKP pro strojírenství", "design and FEM simulation for mechanical engineering")],
    ["Ingenieurbüro", "Planung", "Konstruktion", "Statik"], ["projekce", "inženýrské služby", "konstrukce", "statika"], ["engineering", "design"])

template("logistics", "49.41", ["52.29", "52.10"],
    ["{s} Logistik", "{s} Spedition", "Spedition {s}", "{s} Transport"], ["Doprava {s}", "{s} logistik", "{s} spedice"],
    (2, 5, 3, 1), (1950, 2020), False,
    "Das Logistikunternehmen in {town} transportiert Teil- und Komplettladungen zwischen Deutschland, Tschechien und Polen. Zu unseren Leistungen gehören {d_de}. Unsere Disponenten sprechen Deutsch und Tschechisch.",
    "Logistická firma se sídlem {town} přepravuje dílčí i kompletní náklady mezi Českem, Německem a Polskem. Naše služby zahrnují {d_cs}. Naši dispečeři mluví česky i německy.",
    "The logistics company in {town} carries part and full loads between Germany, Czechia and Poland. Our services include {d_en}. Our dispatchers speak German and Czech.",
    [("Lagerlogistik und Kommissionierung", "skladovou logistiku a kompletaci zásilek", "warehousing and order picking"),
     ("temperaturgeführte Transporte", "přepravu s řízenou teplotou", "temperature-controlled transport"),
     ("Just-in-time-Belieferung der Automobilindustrie", "dodávky just-in-time pro automobilový průmysl", "just-in-time supply for the automotive industry")],
    ["Spedition", "Logistik", "Lagerhaltung", "grenzüberschreitend"], ["doprava", "logistika", "skladování", "přeshraniční přeprava"], ["logistics", "freight transport"])

template("construction", "41.20", ["43.99", "42.99"],
    ["{s} Bau", "Bauunternehmen {s}", "{s} Hochbau"], ["Stavby {s}", "{s} stavební", "Stavební firma {s}"],
    (3, 5, 2, 1), (1950, 2020), False,
    "Das Bauunternehmen in {town} errichtet Wohn- und Gewerbebauten als Generalunternehmer oder im Einzelgewerk. Dazu kommen {d_de}. Wir arbeiten mit zuverlässigen Partnern aus der Region zusammen.",
    "Stavební firma se sídlem {town} staví bytové a komerční objekty jako generální dodavatel i po jednotlivých profesích. Dále nabízíme {d_cs}. Spolupracujeme se spolehlivými partnery z regionu.",
    "The construction company in {town} builds residential and commercial buildings as a general contractor or for individual trades. In addition we offer {d_en}. We work with reliable partners from the region.",
    [("Sanierung denkmalgeschützter Gebäude", "rekonstrukce památkově chráněných budov", "renovation of listed buildings"),
     ("Hallen- und Industriebau", "stavbu hal a průmyslových objektů", "hall and industrial construction"),
     ("energetische Gebäudesanierung", "energetické renovace budov", "energy-efficient building renovation")],
    ["Bauunternehmen", "Hochbau", "Sanierung", "Generalunternehmer"], ["stavební firma", "pozemní stavby", "rekonstrukce", "generální dodavatel"], ["construction", "renovation"])

template("solar", "43.21", ["43.22", "35.11"],
    ["{s} Solartechnik", "{s} Elektro- und Solartechnik", "{s} Energietechnik"], ["{s} solar", "Fotovoltaika {s}", "Elektro {s}"],
    (5, 4, 1, 0), (1995, 2023), True,
    "Der Fachbetrieb in {town} plant und installiert Photovoltaikanlagen, Stromspeicher und Wallboxen für Privat- und Gewerbekunden. Außerdem übernehmen wir {d_de}. Wir beraten zu Förderprogrammen und kümmern uns um die Anmeldung beim Netzbetreiber.",
    "Odborná firma se sídlem {town} navrhuje a instaluje fotovoltaické elektrárny, bateriová úložiště a nabíjecí stanice pro domácnosti i firmy. Zajišťujeme také {d_cs}. Poradíme s dotačními programy a vyřídíme připojení k distribuční síti.",
    "The specialist company in {town} designs and installs photovoltaic systems, battery storage and wall boxes for private and business customers. We also handle {d_en}. We advise on funding programmes and take care of grid registration.",
    [("Elektroinstallationen in Neubau und Altbau", "elektroinstalace v novostavbách i starších budovách", "electrical installations in new and old buildings"),
     ("Wartung und Monitoring bestehender Anlagen", "údržbu a monitoring stávajících elektráren", "maintenance and monitoring of existing systems"),
     ("Wärmepumpen und Energiemanagement", "tepelná čerpadla a energetický management", "heat pumps and energy management")],
    ["Photovoltaik", "Solaranlagen", "Stromspeicher", "Elektroinstallation"], ["fotovoltaika", "solární elektrárny", "bateriová úložiště", "elektroinstalace"], ["photovoltaics", "energy storage"])

template("testlab", "71.20", ["72.19"],
    ["{s} Prüflabor", "{s} Materialprüfung", "Prüfinstitut {s}"], ["Zkušební laboratoř {s}", "{s} laboratoře"],
    (2, 5, 2, 0), (1990, 2021), False,
    "Das akkreditierte Prüflabor in {town} untersucht Werkstoffe und Bauteile für Industrie und Handwerk. Unser Angebot umfasst {d_de}. Prüfberichte erstellen wir auf Wunsch in Deutsch, Tschechisch oder Englisch.",
    "Akreditovaná zkušební laboratoř se sídlem {town} zkoumá materiály a součásti pro průmysl a řemeslo. Nabízíme {d_cs}. Protokoly o zkouškách vystavujeme na přání česky, německy nebo anglicky.",
    "The accredited testing laboratory in {town} examines materials and components for industry and trades. Our services include {d_en}. Test reports are available in German, Czech or English.",
    [("metallografische Untersuchungen und Schadensanalysen", "metalografické rozbory a analýzy poruch", "metallographic examinations and failure analysis"),
     ("Umweltsimulation und Klimaprüfungen", "simulaci prostředí a klimatické zkoušky", "environmental simulation and climate testing"),
     ("zerstörungsfreie Prüfung mit Ultraschall und Röntgen", "nedestruktivní zkoušení ultrazvukem a rentgenem", "non-destructive testing with ultrasound and X-ray")],
    ["Prüflabor", "Werkstoffprüfung", "Akkreditierung", "Schadensanalyse"], ["zkušební laboratoř", "zkoušení materiálů", "akreditace"], ["testing laboratory", "materials testing"])

template("recycling", "38.32", ["38.11", "46.77"],
    ["{s} Recycling", "{s} Rohstoffhandel", "{s} Entsorgung"], ["{s} recyklace", "Sběrné suroviny {s}", "{s} recycling"],
    (2, 5, 3, 0), (1970, 2021), False,
    "Das Recyclingunternehmen in {town} sammelt, sortiert und verwertet Schrott, Kunststoffe und Gewerbeabfälle. Wir bieten {d_de}. Als zertifizierter Entsorgungsfachbetrieb stellen wir alle Nachweise aus.",
    "Recyklační firma se sídlem {town} sbírá, třídí a zpracovává kovový šrot, plasty a průmyslový odpad. Nabízíme {d_cs}. Jako oprávněná osoba pro nakládání s odpady vystavujeme všechny potřebné doklady.",
    "The recycling company in {town} collects, sorts and recovers scrap metal, plastics and commercial waste. We offer {d_en}. As a certified waste management company we provide all required documentation.",
    [("Containerdienst für Industriebetriebe", "kontejnerovou službu pro průmyslové podniky", "container services for industrial companies"),
     ("Aufbereitung von Produktionsabfällen aus Kunststoff", "zpracování plastového odpadu z výroby", "processing of plastic production waste"),
     ("Ankauf von Buntmetallen", "výkup barevných kovů", "purchasing of non-ferrous metals")],
    ["Recycling", "Entsorgung", "Kreislaufwirtschaft", "Schrott"], ["recyklace", "odpady", "oběhové hospodářství", "šrot"], ["recycling", "circular economy"])

template("3dprint", "25.99", ["32.99", "71.12"],
    ["{s} Additive Fertigung", "{s} 3D-Druck", "{s} Rapid Prototyping"], ["{s} 3D tisk", "3D tisk {s}", "{s} aditivní výroba"],
    (5, 4, 1, 0), (2008, 2023), True,
    "In {town} fertigen wir Prototypen, Ersatzteile und Kleinserien im 3D-Druck aus Kunststoff und Metall. Dafür nutzen wir {d_de}. Wir unterstützen bei der druckgerechten Konstruktion und der Nachbearbeitung.",
    "Se sídlem {town} vyrábíme prototypy, náhradní díly a malé série 3D tiskem z plastů i kovů. Využíváme {d_cs}. Pomáháme s konstrukcí vhodnou pro 3D tisk i s dokončovacími úpravami.",
    "In {town} we produce prototypes, spare parts and small series by 3D printing in plastics and metal. We use {d_en}. We help with design for additive manufacturing and post-processing.",
    [("Laserstrahlschmelzen von Metallpulver", "laserové spékání kovových prášků", "laser powder bed fusion of metals"),
     ("SLS- und FDM-Anlagen für technische Kunststoffe", "zařízení SLS a FDM pro technické plasty", "SLS and FDM machines for engineering plastics"),
     ("3D-Scannen und Reverse Engineering", "3D skenování a reverzní inženýrství", "3D scanning and reverse engineering")],
    ["3D-Druck", "additive Fertigung", "Prototypenbau", "Ersatzteile"], ["3D tisk", "aditivní výroba", "prototypy", "náhradní díly"], ["3D printing", "additive manufacturing"])

template("hotel", "55.10", ["56.10", "96.04"],
    ["Hotel {s}", "Landhotel {s}", "Wellnesshotel {s}"], ["Hotel {s}", "Penzion {s}", "Wellness hotel {s}"],
    (3, 5, 2, 0), (1880, 2020), False,
    "Unser familiengeführtes Hotel in {town} bietet Gästen aus Deutschland und Tschechien Zimmer, Restaurant und einen Wellnessbereich. Für Firmenkunden haben wir {d_de}. Unser Team spricht Deutsch, Tschechisch und Englisch.",
    "Náš rodinný hotel se sídlem {town} nabízí hostům z Česka i Německa pokoje, restauraci a wellness. Pro firemní klientelu máme {d_cs}. Náš tým mluví česky, německy a anglicky.",
    "Our family-run hotel in {town} offers guests from Germany and Czechia rooms, a restaurant and a spa area. For business guests we have {d_en}. Our team speaks German, Czech and English.",
    [("Tagungsräume für bis zu 80 Personen", "konferenční sály až pro 80 osob", "meeting rooms for up to 80 people"),
     ("Pauschalangebote für Seminare und Teamtage", "balíčky pro semináře a teambuildingy", "packages for seminars and team events"),
     ("Kur- und Gesundheitsangebote", "lázeňské a ozdravné pobyty", "spa and health programmes")],
    ["Hotel", "Wellness", "Tagungen", "Tourismus"], ["hotel", "wellness", "konference", "cestovní ruch"], ["hotel", "spa"])

TEMPLATE_WEIGHTS = {"plastics": 15, "cnc": 20, "toolmaking": 11, "automotive": 13, "machinery": 14, "machinery2": 9,
                    "electronics": 11, "electrical": 9, "glass": 10, "porcelain": 6, "textiles": 9, "furniture": 12,
                    "brewery": 8, "bakery": 10, "printing": 8, "software": 15, "engineering": 12, "logistics": 12,
                    "construction": 12, "solar": 12, "testlab": 6, "recycling": 8, "3dprint": 8, "hotel": 10}
for t in T:
    for c in [t["nace"]] + t["extra"]:
        assert c in NACE4, (t["key"], c)

ALL_LANGS = {"software", "logistics", "testlab", "hotel"}   # their texts say they work in de, cs and en

# ---------------------------------------------------------------- names, contacts, addresses
DE_SURNAMES = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
               "Schäfer", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun",
               "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Lehmann", "Köhler", "Herrmann",
               "König", "Walter", "Mayer", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung",
               "Hahn", "Vogel", "Friedrich", "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck",
               "Lorenz", "Baumann", "Franke", "Albrecht", "Schuster", "Simon", "Ludwig", "Böhm", "Winter", "Kraus",
               "Martin", "Schumacher", "Vogt", "Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel", "Heinrich",
               "Brandt", "Haas", "Schreiber", "Graf", "Schulte", "Dietrich", "Ziegler", "Kuhn", "Kühn", "Pohl",
               "Engel", "Horn", "Busch", "Bergmann", "Thomas", "Voigt", "Sauer", "Arnold", "Wolff", "Pfeiffer",
               "Ullrich", "Uhlig", "Ebert", "Seifert", "Naumann", "Böttcher", "Kretzschmar", "Schubert", "Hänel",
               "Rößler", "Fritzsche", "Lässig", "Wünsche", "Göpfert", "Reichel", "Kunze", "Tränkner", "Oehme", "Thiele"]
DE_FIRST_M = ["Thomas", "Andreas", "Michael", "Frank", "Jens", "Uwe", "Steffen", "Torsten", "Matthias", "Stefan",
              "Sebastian", "Tobias", "Christian", "Martin", "Daniel", "Lukas", "Felix", "Paul", "Jan", "René"]
DE_FIRST_F = ["Anja", "Kathrin", "Susanne", "Claudia", "Sabine", "Ines", "Kerstin", "Anne", "Julia", "Franziska",
              "Maria", "Sandra", "Nicole", "Stefanie", "Laura", "Lisa", "Antje", "Heike", "Sophie", "Carolin"]
CZ_SURNAMES_M = ["Novák", "Svoboda", "Novotný", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec",
                 "Pokorný", "Marek", "Pospíšil", "Hájek", "Jelínek", "Král", "Růžička", "Beneš", "Fiala", "Sedláček",
                 "Doležal", "Zeman", "Kolář", "Navrátil", "Čermák", "Vaněk", "Urban", "Blažek", "Kříž", "Kovář",
                 "Bartoš", "Vlček", "Polák", "Kopecký", "Musil", "Šimek", "Konečný", "Malý", "Holub", "Štěpánek",
                 "Kadlec", "Dostál", "Soukup", "Šťastný", "Mareš", "Moravec", "Sýkora", "Tichý", "Valenta", "Vávra",
                 "Matoušek", "Bláha", "Řezníček", "Říha", "Ševčík", "Hrubý", "Mašek", "Charvát", "Kubát", "Havlíček"]
CZ_FEM = {"Novák": "Nováková", "Svoboda": "Svobodová", "Novotný": "Novotná", "Dvořák": "Dvořáková", "Černý": "Černá",
          "Procházka": "Procházková", "Kučera": "Kučerová", "Veselý": "Veselá", "Horák": "Horáková", "Němec": "Němcová",
          "Pokorný": "Pokorná", "Marek": "Marková", "Pospíšil": "Pospíšilová", "Hájek": "Hájková", "Jelínek": "Jelínková",
          "Král": "Králová", "Růžička": "Růžičková", "Beneš": "Benešová", "Fiala": "Fialová", "Sedláček": "Sedláčková",
          "Doležal": "Doležalová", "Zeman": "Zemanová", "Kolář": "Kolářová", "Navrátil": "Navrátilová", "Čermák": "Čermáková",
          "Vaněk": "Vaňková", "Urban": "Urbanová", "Blažek": "Blažková", "Kříž": "Křížová", "Kovář": "Kovářová",
          "Bartoš": "Bartošová", "Vlček": "Vlčková", "Polák": "Poláková", "Kopecký": "Kopecká", "Musil": "Musilová",
          "Šimek": "Šimková", "Konečný": "Konečná", "Malý": "Malá", "Holub": "Holubová", "Štěpánek": "Štěpánková",
          "Kadlec": "Kadlecová", "Dostál": "Dostálová", "Soukup": "Soukupová", "Šťastný": "Šťastná", "Mareš": "Marešová",
          "Moravec": "Moravcová", "Sýkora": "Sýkorová", "Tichý": "Tichá", "Valenta": "Valentová", "Vávra": "Vávrová",
          "Matoušek": "Matoušková", "Bláha": "Bláhová", "Řezníček": "Řezníčková", "Říha": "Říhová", "Ševčík": "Ševčíková",
          "Hrubý": "Hrubá", "Mašek": "Mašková", "Charvát": "Charvátová", "Kubát": "Kubátová", "Havlíček": "Havlíčková"}
assert set(CZ_FEM) == set(CZ_SURNAMES_M)
CZ_FIRST_M = ["Jan", "Petr", "Pavel", "Martin", "Tomáš", "Jiří", "Josef", "Lukáš", "Jakub", "Michal", "David",
              "Ondřej", "Karel", "Miroslav", "Zdeněk", "Vojtěch", "Radek", "Filip", "Roman", "Milan"]
CZ_FIRST_F = ["Jana", "Eva", "Hana", "Lenka", "Petra", "Lucie", "Kateřina", "Martina", "Tereza", "Veronika",
              "Michaela", "Markéta", "Alena", "Zuzana", "Barbora", "Klára", "Monika", "Ivana", "Simona", "Adéla"]
DE_ROLES = {"m": ["Geschäftsführer", "Vertriebsleiter", "Technischer Leiter", "Leiter Einkauf", "Inhaber", "Projektleiter"],
            "f": ["Geschäftsführerin", "Vertriebsleiterin", "Technische Leiterin", "Leiterin Einkauf", "Inhaberin", "Projektleiterin"]}
CZ_ROLES = {"m": ["jednatel", "obchodní ředitel", "technický ředitel", "vedoucí nákupu", "vedoucí výroby", "projektový manažer"],
            "f": ["jednatelka", "obchodní ředitelka", "technická ředitelka", "vedoucí nákupu", "vedoucí výroby", "projektová manažerka"]}

DE_STREETS = ["Gewerbestraße", "Industriestraße", "Hauptstraße", "Bahnhofstraße", "Am Gewerbepark", "Gewerbering",
              "Lindenstraße", "Feldstraße", "Mühlenweg", "Schulstraße", "Poststraße", "Chemnitzer Straße",
              "Dresdner Straße", "Bergstraße", "Talstraße", "Gartenstraße", "Fabrikstraße", "Am Sportplatz"]
CZ_STREETS = ["Průmyslová", "Nádražní", "Tovární", "Husova", "Palackého", "Masarykova", "Žižkova", "Komenského",
              "Smetanova", "Jiráskova", "Riegrova", "Tyršova", "Pražská", "Havlíčkova", "Sokolovská", "Lidická"]
# Postal codes only for towns whose code we know; elsewhere the field stays empty.
POSTAL = {"Dresden": "01067", "Chemnitz": "09111", "Zwickau": "08056", "Plauen": "08523", "Görlitz": "02826",
          "Bautzen": "02625", "Zittau": "02763", "Pirna": "01796", "Freiberg": "09599", "Annaberg-Buchholz": "09456",
          "Mittweida": "09648", "Marienberg": "09496", "Aue": "08280", "Reichenbach": "08468", "Meerane": "08393",
          "Glauchau": "08371", "Crimmitschau": "08451", "Döbeln": "04720", "Hoyerswerda": "02977", "Kamenz": "01917",
          "Radeberg": "01454", "Weißwasser": "02943", "Löbau": "02708", "Freital": "01705", "Heidenau": "01809",
          "Sebnitz": "01855", "Limbach-Oberfrohna": "09212", "Hohenstein-Ernstthal": "09337", "Werdau": "08412",
          "Stollberg": "09366", "Schwarzenberg": "08340", "Olbernhau": "09526", "Flöha": "09557", "Frankenberg": "09669",
          "Hainichen": "09661", "Brand-Erbisdorf": "09618", "Auerbach": "08209", "Niesky": "02906", "Dippoldiswalde": "01744",
          "Liberec": "460 01", "Ústí nad Labem": "400 01", "Karlovy Vary": "360 01", "Most": "434 01", "Teplice": "415 01",
          "Děčín": "405 02", "Cheb": "350 02", "Jablonec nad Nisou": "466 01", "Chomutov": "430 01", "Sokolov": "356 01",
          "Litoměřice": "412 01", "Louny": "440 01", "Žatec": "438 01", "Turnov": "511 01", "Česká Lípa": "470 01",
          "Semily": "513 01", "Mariánské Lázně": "353 01", "Ostrov": "363 01", "Aš": "352 01", "Nový Bor": "473 01",
          "Varnsdorf": "407 47", "Rumburk": "408 01", "Frýdlant": "464 01", "Kadaň": "432 01", "Bílina": "418 01",
          "Litvínov": "436 01", "Roudnice nad Labem": "413 01", "Kraslice": "358 01", "Lovosice": "410 02"}
DE_AREA = {"14612": "351", "14511": "371", "14625": "3591", "14626": "3581", "14628": "3501", "14521": "3733",
           "14522": "3731", "14523": "3741", "14524": "375"}
DE_AREA_TOWN = {"Zittau": "3583", "Hoyerswerda": "3571", "Kamenz": "3578", "Löbau": "3585", "Weißwasser": "3576",
                "Freital": "351", "Heidenau": "3529", "Sebnitz": "35971", "Mittweida": "3727", "Döbeln": "3431",
                "Aue": "3771", "Marienberg": "3735", "Reichenbach": "3765", "Glauchau": "3763", "Werdau": "3761",
                "Crimmitschau": "3762", "Meerane": "3764", "Limbach-Oberfrohna": "3722", "Radeberg": "3528"}
CZ_PREFIX = {"81": ["353", "354", "352", "359"], "83": ["482", "483", "485", "487"], "89": ["475", "476", "417", "412", "474"]}


def de_phone(place_id):
    p = PLACES[place_id]
    area = DE_AREA_TOWN.get(p["name"], DE_AREA[region_of(place_id)])
    n = 10 - len(area)  # subscriber digits so that area + number = 9-10 digits
    number = str(random.randint(2, 9)) + "".join(str(random.randint(0, 9)) for _ in range(random.choice([n - 1, n]) - 1))
    return f"+49 {area} {number}"


def cz_phone(place_id, mobile=False):
    if mobile:
        first = random.choice(["602", "603", "604", "605", "606", "607", "608", "721", "724", "731", "737", "775", "777"])
    else:
        first = random.choice(CZ_PREFIX[PLACES[place_id]["admin1"]])
    rest = "".join(str(random.randint(0, 9)) for _ in range(6))
    return f"+420 {first} {rest[:3]} {rest[3:]}"


def ascii_mail(text):
    return slugify(text).replace("-", "")


def person(country):
    g = random.choice("mf")
    if country == "DE":
        first = random.choice(DE_FIRST_M if g == "m" else DE_FIRST_F)
        last = random.choice(DE_SURNAMES)
    else:
        first = random.choice(CZ_FIRST_M if g == "m" else CZ_FIRST_F)
        m = random.choice(CZ_SURNAMES_M)
        last = m if g == "m" else CZ_FEM[m]
    return g, first, last

# ---------------------------------------------------------------- companies
N_COMPANIES = {"DE": 138, "CZ": 124}
MIN_PER_REGION = 8
REG_TEXT = {"DE": ("in Sachsen", "v Sasku", "in Saxony"),
            "81": ("in der Region Karlsbad", "v Karlovarském kraji", "in the Karlovy Vary Region"),
            "83": ("in der Region Liberec", "v Libereckém kraji", "in the Liberec Region"),
            "89": ("in der Region Ústí", "v Ústeckém kraji", "in the Ústí Region")}
NEIGHBOUR = {"DE": ("Tschechien", "v Česku", "Czechia"), "CZ": ("Deutschland", "v Německu", "Germany")}
USED_NAMES = set()
USED_SLUGS = set()


def company_places():
    """Every district/kraj gets MIN_PER_REGION companies, the rest is drawn by population per country."""
    out = []
    for cc, regions in (("DE", SAXON_DISTRICTS), ("CZ", CZECH_REGIONS)):
        picks = []
        for r in sorted(regions):
            picks += [weighted_place([r]) for _ in range(MIN_PER_REGION)]
        picks += [weighted_place(regions) for _ in range(N_COMPANIES[cc] - len(picks))]
        out += picks
    return out


def pick_size(t):
    return random.choices(["micro", "small", "medium", "large"], weights=t["sizes"])[0]


def legal_form(cc, size, t):
    if cc == "DE":
        if size == "large":
            return random.choice(["GmbH", "AG", "GmbH & Co. KG"])
        if size == "micro":
            return random.choices(["GmbH", "e.K."], weights=[3, 2])[0]
        return random.choices(["GmbH", "GmbH & Co. KG", "e.K.", "AG"], weights=[10, 4, 1, 1 if size == "medium" else 0])[0]
    if size == "micro" and t["sole"] and random.random() < 0.45:
        return "fyzická osoba podnikající"
    if size in ("medium", "large"):
        return random.choices(["s.r.o.", "a.s."], weights=[3, 2])[0]
    return random.choices(["s.r.o.", "v.o.s.", "a.s."], weights=[12, 1, 1])[0]


CZ_TRADE = {"cnc": "kovoobrábění", "furniture": "truhlářství", "bakery": "pekařství", "software": "vývoj softwaru",
            "engineering": "projekční činnost", "solar": "elektroinstalace a fotovoltaika", "3dprint": "3D tisk"}


def make_name(cc, t, form):
    for _ in range(200):
        if cc == "CZ" and form == "fyzická osoba podnikající":
            g, first, last = person("CZ")
            name = f"{first} {last} – {CZ_TRADE[t['key']]}"
            owner = (g, first, last)
        else:
            owner = None
            surname = random.choice(DE_SURNAMES if cc == "DE" else CZ_SURNAMES_M)
            base = random.choice(t["de_names" if cc == "DE" else "cs_names"]).format(s=surname)
            name = f"{base} {form}"
        slug = slugify(name.replace(" – ", " ").removesuffix(" " + form) if form else name)
        for suffix in (" gmbh und co kg", " gmbh", " e k", " ag"):
            slug = slug.removesuffix(suffix.replace(" ", "-"))
        if name not in USED_NAMES and slug not in USED_SLUGS:
            USED_NAMES.add(name)
            USED_SLUGS.add(slug)
            return name, slug, owner
    raise RuntimeError("no free name")


def describe(t, cc, town, regkey, pick_langs):
    d = random.choice(t["details"])
    reg = REG_TEXT["DE" if cc == "DE" else regkey]
    nb = NEIGHBOUR[cc]
    vals = dict(town=town, reg_de=reg[0], reg_cs=reg[1], reg_en=reg[2], nb_de=nb[0], nb_cs=nb[1], nb_en=nb[2],
                d_de=d[0], d_cs=d[1], d_en=d[2])
    return {lang: t[lang].format(**vals) for lang in pick_langs}


def description_languages(own):
    other = "cs" if own == "de" else "de"
    r = random.random()
    if r < 0.15:
        return [own, other, "en"]
    if r < 0.50:
        return [own, random.choice([other, "en"])]
    return [own]


def make_contacts(cc, slug, place_id, langs, owner):
    n = random.choices([1, 2], weights=[3, 2])[0]
    out = []
    used = set()
    for i in range(n):
        if i == 0 and owner:
            g, first, last = owner
            role = "majitel" if g == "m" else "majitelka"
        else:
            g, first, last = person(cc)
            role = random.choice((DE_ROLES if cc == "DE" else CZ_ROLES)[g][: 2 if i == 0 else 6])
        if (first, last) in used:
            continue
        used.add((first, last))
        own = "de" if cc == "DE" else "cs"
        plangs = [own] + [l for l in langs if l != own and random.random() < 0.8]
        phone = de_phone(place_id) if cc == "DE" else cz_phone(place_id, mobile=random.random() < 0.5)
        out.append({
            "name": f"{first} {last}",
            "role": role,
            "languages": plangs,
            "email": f"{ascii_mail(first)}.{ascii_mail(last)}@{slug}.example",
            "phone": phone,
            "visibility": "members" if random.random() < 0.25 else "logged_in",
        })
    return out


def make_company(cc, place_id):
    t = random.choices(T, weights=[TEMPLATE_WEIGHTS[x["key"]] for x in T])[0]
    p = PLACES[place_id]
    regkey = region_of(place_id)
    size = pick_size(t)
    form = legal_form(cc, size, t)
    name, slug, owner = make_name(cc, t, form)
    own = "de" if cc == "DE" else "cs"
    other = "cs" if own == "de" else "de"
    if t["key"] in ALL_LANGS:
        langs = [own, other, "en"]
    else:
        langs = [own] + ([other] if random.random() < 0.40 else []) + (["en"] if random.random() < 0.60 else [])
    lo, hi = t["founded"]
    if form in ("a.s.", "AG") or size == "large":
        hi = min(hi, 2010)
    street = random.choice(DE_STREETS if cc == "DE" else CZ_STREETS)
    if cc == "DE":
        street = f"{street} {random.randint(1, 120)}"
    else:
        street = f"{street} {random.randint(100, 2999)}/{random.randint(1, 60)}"
    kw = t["kw_de"] + t["kw_cs"] + t["kw_en"]
    kw = [k for k in kw if random.random() < 0.8] or kw[:2]
    extra = random.sample(t["extra"], k=random.randint(0, len(t["extra"])))
    org = {
        "name": name,
        "legal_form": None if form == "fyzická osoba podnikající" else form,
        "kind": "company",
        "country": cc,
        "street": street,
        "postal_code": POSTAL.get(p["name"]),
        "city": p["name"],
        "place_id": place_id,
        "website": f"https://www.{slug}.example",
        "email": f"info@{slug}.example",
        "phone": de_phone(place_id) if cc == "DE" else cz_phone(place_id),
        "founding_year": random.randint(lo, hi),
        "size_class": size,
        "nace_main": t["nace"],
        "nace_codes": extra,
        "languages": langs,
        "keywords": kw,
        "description": describe(t, cc, p["name"], regkey, description_languages(own)),
        "ico": None, "dic": None, "vat_id": None, "hr_number": None,
        "contacts": [],
    }
    if form == "fyzická osoba podnikající":
        org["legal_form"] = "fyzická osoba podnikající"
    if cc == "CZ":
        org["ico"] = new_ico()
        if form != "fyzická osoba podnikající":  # a sole trader's DIČ is based on the birth number, not the IČO
            org["dic"] = org["vat_id"] = "CZ" + org["ico"]
    else:
        org["vat_id"] = "DE" + str(random.randint(100000000, 399999999))
        register = "HRA" if form in ("e.K.", "GmbH & Co. KG") else "HRB"
        org["hr_number"] = f"{register} {random.randint(1000, 39999)}, Amtsgericht {AMTSGERICHT[regkey]}"
    org["contacts"] = make_contacts(cc, slug, place_id, langs, owner)
    return org


def companies():
    return [make_company(PLACES[g]["cc"], g) for g in company_places()]


# ---------------------------------------------------------------- real institutions
# Real public names and seats only; no e-mail, phone or contact persons. Websites and founding years
# only where certain. Texts describe the typical services in general terms.
KIND_TEXT = {
    "chamber": (
        "Für kleine und mittlere Unternehmen bietet die Kammer Beratung zu Gründung, Fachkräften, Förderung und Außenwirtschaft sowie Veranstaltungen und Netzwerktreffen. Bei Geschäftskontakten nach {nb_de} hilft sie mit Informationen und Kontaktvermittlung.",
        "Malým a středním podnikům nabízí komora poradenství k zakládání firem, odborným pracovníkům, dotacím a zahraničnímu obchodu, stejně jako akce a setkání podnikatelů. Při navazování obchodních kontaktů {nb_cs2} pomáhá informacemi a zprostředkováním kontaktů.",
        "For small and medium-sized enterprises the chamber offers advice on start-ups, skilled labour, funding and foreign trade as well as events and networking meetings. It helps with information and introductions for business contacts in {nb_en}."),
    "research": (
        "Kleine und mittlere Unternehmen finden hier Partner für gemeinsame Forschungsprojekte, Auftragsforschung und Technologietransfer. Die Einrichtung arbeitet auch mit Partnern aus {nb_de} zusammen.",
        "Malé a střední podniky zde najdou partnery pro společné výzkumné projekty, smluvní výzkum a transfer technologií. Instituce spolupracuje i s partnery {nb_cs3}.",
        "Small and medium-sized enterprises find partners here for joint research projects, contract research and technology transfer. The institution also works with partners from {nb_en}."),
    "cluster": (
        "Das Netzwerk verbindet Unternehmen, Forschung und Politik, organisiert Fachveranstaltungen und unterstützt seine Mitglieder bei Kooperationen und gemeinsamen Projekten.",
        "Síť propojuje firmy, výzkum a veřejnou správu, pořádá odborné akce a podporuje své členy při spolupráci a společných projektech.",
        "The network connects companies, research and policy makers, organises specialist events and supports its members in cooperation and joint projects."),
    "association": (
        "Die Euroregion fördert die grenzüberschreitende Zusammenarbeit von Kommunen, Vereinen und Wirtschaft, berät zu Förderprogrammen für Kleinprojekte und vermittelt Partner auf der anderen Seite der Grenze.",
        "Euroregion podporuje přeshraniční spolupráci obcí, spolků a podnikatelů, radí s dotačními programy pro malé projekty a zprostředkovává partnery na druhé straně hranice.",
        "The Euroregion promotes cross-border cooperation between municipalities, associations and businesses, advises on funding for small projects and finds partners on the other side of the border."),
    "development_agency": (
        "Sie unterstützt Unternehmen bei Ansiedlung, Standortsuche und Förderung und vermittelt Kontakte zu Behörden und Netzwerken.",
        "Pomáhá firmám s investicemi, hledáním lokalit a dotacemi a zprostředkovává kontakty na úřady a sítě.",
        "It supports companies with investment projects, site selection and funding and puts them in touch with authorities and networks."),
    "public_body": (
        "Für Unternehmen ist die Verwaltung Ansprechpartner zu Regionalentwicklung, Förderprogrammen und grenzüberschreitender Zusammenarbeit.",
        "Pro podnikatele je úřad kontaktním místem v otázkách regionálního rozvoje, dotačních programů a přeshraniční spolupráce.",
        "For businesses the authority is the point of contact for regional development, funding programmes and cross-border cooperation."),
}
NB_INST = {"DE": dict(nb_de="Tschechien", nb_cs2="v Česku", nb_cs3="z Česka", nb_en="Czechia"),
           "CZ": dict(nb_de="Deutschland", nb_cs2="v Německu", nb_cs3="z Německa", nb_en="Germany")}
KW = {"chamber": ["Beratung", "Außenwirtschaft", "poradenství", "business advice"],
      "research": ["Forschung", "Technologietransfer", "výzkum", "transfer technologií", "technology transfer"],
      "cluster": ["Netzwerk", "Cluster", "klastr", "networking"],
      "association": ["grenzüberschreitende Zusammenarbeit", "Kleinprojektefonds", "přeshraniční spolupráce", "cross-border cooperation"],
      "development_agency": ["Wirtschaftsförderung", "Ansiedlung", "Förderung", "investment"],
      "public_body": ["Regionalentwicklung", "regionální rozvoj", "regional development"]}
NACE_KIND = {"chamber": "94.11", "research": "72.19", "cluster": "94.11", "association": "94.99",
             "development_agency": "84.13", "public_body": "84.11"}

# (name, legal form, kind, country, town, website, founding year, NACE main or None, text languages,
#  what (de, cs, en))
INSTITUTIONS = [
    ("Industrie- und Handelskammer Dresden", "Körperschaft des öffentlichen Rechts", "chamber", "DE", "Dresden", None, None, None, ["de", "cs", "en"],
     ("Die IHK Dresden vertritt die Interessen der gewerblichen Wirtschaft im Kammerbezirk Dresden.",
      "IHK Dresden zastupuje zájmy podnikatelů v drážďanském komorovém obvodu.",
      "IHK Dresden represents the interests of trade and industry in the Dresden chamber district.")),
    ("Industrie- und Handelskammer Chemnitz", "Körperschaft des öffentlichen Rechts", "chamber", "DE", "Chemnitz", None, None, None, ["de", "cs", "en"],
     ("Die IHK Chemnitz vertritt die Interessen der gewerblichen Wirtschaft in Südwestsachsen.",
      "IHK Chemnitz zastupuje zájmy podnikatelů v jihozápadním Sasku.",
      "IHK Chemnitz represents the interests of trade and industry in south-west Saxony.")),
    ("Handwerkskammer Dresden", "Körperschaft des öffentlichen Rechts", "chamber", "DE", "Dresden", "https://www.hwk-dresden.de", None, None, ["de", "en"],
     ("Die Handwerkskammer Dresden ist die Selbstverwaltung der Handwerksbetriebe in Ostsachsen und zuständig für Meister- und Berufsausbildung.",
      "Řemeslnická komora Drážďany je samosprávou řemeslných firem ve východním Sasku a zodpovídá za mistrovské a odborné vzdělávání.",
      "The Dresden Chamber of Crafts is the self-governing body of craft businesses in eastern Saxony and is responsible for master craftsman and vocational training.")),
    ("Handwerkskammer Chemnitz", "Körperschaft des öffentlichen Rechts", "chamber", "DE", "Chemnitz", "https://www.hwk-chemnitz.de", None, None, ["de", "en"],
     ("Die Handwerkskammer Chemnitz ist die Selbstverwaltung der Handwerksbetriebe in Südwestsachsen und zuständig für Meister- und Berufsausbildung.",
      "Řemeslnická komora Chemnitz je samosprávou řemeslných firem v jihozápadním Sasku a zodpovídá za mistrovské a odborné vzdělávání.",
      "The Chemnitz Chamber of Crafts is the self-governing body of craft businesses in south-west Saxony and is responsible for master craftsman and vocational training.")),
    ("Krajská hospodářská komora Karlovarského kraje", None, "chamber", "CZ", "Karlovy Vary", None, None, None, ["cs", "de"],
     ("Die Regionale Wirtschaftskammer der Region Karlsbad vertritt die Unternehmen der Region.",
      "Krajská hospodářská komora Karlovarského kraje zastupuje podnikatele v regionu.",
      "The Regional Chamber of Commerce of the Karlovy Vary Region represents the region's businesses.")),
    ("Krajská hospodářská komora Ústeckého kraje", None, "chamber", "CZ", "Ústí nad Labem", None, None, None, ["cs", "de", "en"],
     ("Die Regionale Wirtschaftskammer der Region Ústí vertritt die Unternehmen der Region.",
      "Krajská hospodářská komora Ústeckého kraje zastupuje podnikatele v regionu.",
      "The Regional Chamber of Commerce of the Ústí Region represents the region's businesses.")),
    ("Wirtschaftsförderung Sachsen GmbH", "GmbH", "development_agency", "DE", "Dresden", None, None, None, ["de", "en"],
     ("Die Wirtschaftsförderung Sachsen GmbH ist die Standortmarketing- und Ansiedlungsagentur des Freistaates Sachsen.",
      "Wirtschaftsförderung Sachsen GmbH je agentura Svobodného státu Sasko pro marketing regionu a podporu investic.",
      "Wirtschaftsförderung Sachsen GmbH is the Free State of Saxony's agency for location marketing and inward investment.")),
    ("Wirtschaftsförderung Erzgebirge GmbH", "GmbH", "development_agency", "DE", "Annaberg-Buchholz", None, None, None, ["de", "cs"],
     ("Die Wirtschaftsförderung Erzgebirge GmbH ist die Wirtschaftsförderung des Erzgebirgskreises.",
      "Wirtschaftsförderung Erzgebirge GmbH je agentura pro podporu podnikání v Krušnohorském zemském okrese.",
      "Wirtschaftsförderung Erzgebirge GmbH is the economic development agency of the Erzgebirgskreis district.")),
    ("Technische Universität Dresden", "Körperschaft des öffentlichen Rechts", "research", "DE", "Dresden", "https://tu-dresden.de", 1828, "85.42", ["de", "en"],
     ("Die TU Dresden ist eine der großen technischen Universitäten Deutschlands mit einem breiten Fächerspektrum von Ingenieur- und Naturwissenschaften bis zu Medizin und Geisteswissenschaften.",
      "TU Dresden je jednou z velkých technických univerzit v Německu s širokým spektrem oborů od inženýrství a přírodních věd po medicínu a humanitní obory.",
      "TU Dresden is one of Germany's large technical universities, with subjects ranging from engineering and natural sciences to medicine and the humanities.")),
    ("Technische Universität Chemnitz", "Körperschaft des öffentlichen Rechts", "research", "DE", "Chemnitz", "https://www.tu-chemnitz.de", 1836, "85.42", ["de", "en"],
     ("Die TU Chemnitz forscht und lehrt unter anderem in Maschinenbau, Elektrotechnik, Informatik, Werkstoffwissenschaft und Wirtschaftswissenschaften.",
      "TU Chemnitz se ve výzkumu a výuce věnuje mimo jiné strojírenství, elektrotechnice, informatice, materiálovým vědám a ekonomii.",
      "TU Chemnitz researches and teaches in fields including mechanical engineering, electrical engineering, computer science, materials science and economics.")),
    ("Technische Universität Bergakademie Freiberg", "Körperschaft des öffentlichen Rechts", "research", "DE", "Freiberg", "https://tu-freiberg.de", 1765, "85.42", ["de", "en"],
     ("Die TU Bergakademie Freiberg ist eine Ressourcenuniversität mit Schwerpunkten in Geowissenschaften, Werkstoffen, Energie und Recycling.",
      "TU Bergakademie Freiberg je univerzitou zaměřenou na suroviny, geovědy, materiály, energetiku a recyklaci.",
      "TU Bergakademie Freiberg is a resource university focusing on geosciences, materials, energy and recycling.")),
    ("Hochschule Zittau/Görlitz", "Körperschaft des öffentlichen Rechts", "research", "DE", "Zittau", "https://www.hszg.de", None, "85.42", ["de", "cs", "en"],
     ("Die Hochschule Zittau/Görlitz bildet im Dreiländereck Deutschland–Polen–Tschechien in Technik, Wirtschaft, Informatik und Sozialwesen aus.",
      "Vysoká škola Zittau/Görlitz působí v trojmezí Německa, Polska a Česka a vzdělává v technice, ekonomii, informatice a sociální práci.",
      "Hochschule Zittau/Görlitz is a university of applied sciences in the border triangle of Germany, Poland and Czechia, teaching engineering, business, computer science and social work.")),
    ("Westsächsische Hochschule Zwickau", "Körperschaft des öffentlichen Rechts", "research", "DE", "Zwickau", None, None, "85.42", ["de", "en"],
     ("Die Westsächsische Hochschule Zwickau ist eine Hochschule für angewandte Wissenschaften mit Schwerpunkten unter anderem in Kraftfahrzeugtechnik und Wirtschaft.",
      "Westsächsische Hochschule Zwickau je vysoká škola aplikovaných věd zaměřená mimo jiné na automobilovou techniku a ekonomii.",
      "Westsächsische Hochschule Zwickau is a university of applied sciences with a focus on automotive engineering and business, among other fields.")),
    ("Hochschule für Technik und Wirtschaft Dresden", "Körperschaft des öffentlichen Rechts", "research", "DE", "Dresden", "https://www.htw-dresden.de", None, "85.42", ["de", "en"],
     ("Die HTW Dresden ist eine Hochschule für angewandte Wissenschaften mit praxisnaher Lehre und Forschung in Technik, Wirtschaft und Gestaltung.",
      "HTW Dresden je vysoká škola aplikovaných věd s praktickou výukou a výzkumem v technice, ekonomii a designu.",
      "HTW Dresden is a university of applied sciences with practice-oriented teaching and research in engineering, business and design.")),
    ("Hochschule Mittweida", "Körperschaft des öffentlichen Rechts", "research", "DE", "Mittweida", "https://www.hs-mittweida.de", 1867, "85.42", ["de", "en"],
     ("Die Hochschule Mittweida ist eine Hochschule für angewandte Wissenschaften, unter anderem mit Lasertechnik, Ingenieurwissenschaften und Medien.",
      "Hochschule Mittweida je vysoká škola aplikovaných věd, mimo jiné s laserovou technikou, inženýrskými obory a médii.",
      "Hochschule Mittweida is a university of applied sciences whose fields include laser technology, engineering and media.")),
    ("Technická univerzita v Liberci", "veřejná vysoká škola", "research", "CZ", "Liberec", "https://www.tul.cz", 1953, "85.42", ["cs", "de", "en"],
     ("Die Technische Universität Liberec lehrt und forscht unter anderem in Maschinenbau, Textiltechnik, Mechatronik und Nanotechnologie.",
      "Technická univerzita v Liberci vyučuje a bádá mimo jiné ve strojírenství, textilním inženýrství, mechatronice a nanotechnologiích.",
      "The Technical University of Liberec teaches and researches in fields including mechanical engineering, textile engineering, mechatronics and nanotechnology.")),
    ("Univerzita Jana Evangelisty Purkyně v Ústí nad Labem", "veřejná vysoká škola", "research", "CZ", "Ústí nad Labem", "https://www.ujep.cz", 1991, "85.42", ["cs", "de", "en"],
     ("Die Jan-Evangelista-Purkyně-Universität in Ústí nad Labem ist die Universität der Region Ústí mit technischen, natur-, wirtschafts- und sozialwissenschaftlichen Fakultäten.",
      "Univerzita Jana Evangelisty Purkyně v Ústí nad Labem je univerzitou Ústeckého kraje s technickými, přírodovědnými, ekonomickými a společenskovědními fakultami.",
      "Jan Evangelista Purkyně University in Ústí nad Labem is the university of the Ústí Region, with faculties in engineering, natural sciences, economics and social sciences.")),
    ("Fraunhofer-Institut für Werkzeugmaschinen und Umformtechnik IWU", None, "research", "DE", "Chemnitz", "https://www.iwu.fraunhofer.de", None, None, ["de", "en"],
     ("Das Fraunhofer IWU forscht zu Produktionstechnik, Werkzeugmaschinen, Umformtechnik und Leichtbau.",
      "Fraunhofer IWU se zabývá výrobní technikou, obráběcími stroji, tvářením a lehkými konstrukcemi.",
      "Fraunhofer IWU carries out research on production engineering, machine tools, metal forming and lightweight construction.")),
    ("Fraunhofer-Institut für Keramische Technologien und Systeme IKTS", None, "research", "DE", "Dresden", "https://www.ikts.fraunhofer.de", None, None, ["de", "en"],
     ("Das Fraunhofer IKTS entwickelt Hochleistungskeramiken und keramische Technologien für Energie, Umwelt, Medizin und Industrie.",
      "Fraunhofer IKTS vyvíjí vysoce výkonnou keramiku a keramické technologie pro energetiku, životní prostředí, medicínu a průmysl.",
      "Fraunhofer IKTS develops advanced ceramics and ceramic technologies for energy, the environment, medicine and industry.")),
    ("Fraunhofer-Institut für Werkstoff- und Strahltechnik IWS", None, "research", "DE", "Dresden", "https://www.iws.fraunhofer.de", None, None, ["de", "en"],
     ("Das Fraunhofer IWS forscht zu Lasertechnik, Oberflächen- und Beschichtungstechnik sowie additiver Fertigung.",
      "Fraunhofer IWS se zabývá laserovou technikou, povrchovými úpravami, povlakováním a aditivní výrobou.",
      "Fraunhofer IWS carries out research on laser technology, surface and coating technology and additive manufacturing.")),
    ("Fraunhofer-Institut für Elektronische Nanosysteme ENAS", None, "research", "DE", "Chemnitz", "https://www.enas.fraunhofer.de", None, None, ["de", "en"],
     ("Das Fraunhofer ENAS forscht zu Mikro- und Nanosystemen, Sensorik und deren Integration in Anwendungen.",
      "Fraunhofer ENAS se zabývá mikro- a nanosystémy, senzorikou a jejich integrací do aplikací.",
      "Fraunhofer ENAS carries out research on micro- and nanosystems, sensors and their integration into applications.")),
    ("Leibniz-Institut für Festkörper- und Werkstoffforschung Dresden", "e. V.", "research", "DE", "Dresden", "https://www.ifw-dresden.de", None, None, ["de", "en"],
     ("Das IFW Dresden betreibt Grundlagen- und anwendungsorientierte Forschung zu neuen Materialien und Festkörpern.",
      "IFW Dresden se věnuje základnímu i aplikovanému výzkumu nových materiálů a pevných látek.",
      "IFW Dresden conducts basic and application-oriented research on new materials and solids.")),
    ("Leibniz-Institut für Polymerforschung Dresden", "e. V.", "research", "DE", "Dresden", "https://www.ipfdd.de", None, None, ["de", "en"],
     ("Das IPF Dresden forscht zu Polymermaterialien, von der Synthese bis zur Verarbeitung.",
      "IPF Dresden se zabývá výzkumem polymerních materiálů od syntézy po zpracování.",
      "IPF Dresden carries out research on polymer materials, from synthesis to processing.")),
    ("Helmholtz-Zentrum Dresden-Rossendorf", "e. V.", "research", "DE", "Dresden", "https://www.hzdr.de", None, None, ["de", "en"],
     ("Das HZDR forscht in den Bereichen Energie, Gesundheit und Materie und betreibt große Forschungsinfrastrukturen.",
      "HZDR se zabývá výzkumem v oblastech energie, zdraví a hmoty a provozuje velká výzkumná zařízení.",
      "HZDR carries out research in energy, health and matter and operates large research infrastructures.")),
    ("Sächsisches Textilforschungsinstitut", "e. V.", "research", "DE", "Chemnitz", "https://www.stfi.de", None, None, ["de", "cs"],
     ("Das STFI ist ein Forschungsinstitut für technische Textilien, Vliesstoffe und textilen Leichtbau.",
      "STFI je výzkumný ústav pro technické textilie, netkané textilie a lehké textilní konstrukce.",
      "STFI is a research institute for technical textiles, nonwovens and textile lightweight construction.")),
    ("Silicon Saxony", "e. V.", "cluster", "DE", "Dresden", "https://www.silicon-saxony.de", 2000, None, ["de", "en"],
     ("Silicon Saxony ist ein Branchenverband der Mikroelektronik-, Software- und Halbleiterindustrie in Sachsen.",
      "Silicon Saxony je oborové sdružení mikroelektroniky, softwaru a polovodičového průmyslu v Sasku.",
      "Silicon Saxony is an industry association for the microelectronics, software and semiconductor sector in Saxony.")),
    ("Energy Saxony", "e. V.", "cluster", "DE", "Dresden", None, None, None, ["de", "en"],
     ("Energy Saxony ist das sächsische Netzwerk für Energietechnik, Wasserstoff und Batterietechnik.",
      "Energy Saxony je saská síť pro energetiku, vodík a bateriové technologie.",
      "Energy Saxony is the Saxon network for energy technology, hydrogen and battery technology.")),
    ("Netzwerk Automobilzulieferer Sachsen (AMZ)", None, "cluster", "DE", "Chemnitz", None, None, None, ["de", "cs"],
     ("Das Netzwerk Automobilzulieferer Sachsen (AMZ) unterstützt sächsische Zulieferer der Fahrzeugindustrie.",
      "Síť Automobilzulieferer Sachsen (AMZ) podporuje saské dodavatele automobilového průmyslu.",
      "The Saxon automotive suppliers network (AMZ) supports Saxon suppliers to the vehicle industry.")),
    ("Euroregion Neisse", "e. V.", "association", "DE", "Zittau", None, None, None, ["de", "cs"],
     ("Die Euroregion Neisse-Nisa-Nysa umfasst das Grenzgebiet von Deutschland, Polen und Tschechien; der deutsche Teil hat seinen Sitz in Zittau.",
      "Euroregion Neisse-Nisa-Nysa zahrnuje příhraniční oblast Německa, Polska a Česka; německá část sídlí v Žitavě (Zittau).",
      "The Neisse-Nisa-Nysa Euroregion covers the border area of Germany, Poland and Czechia; its German part is based in Zittau.")),
    ("Euroregion Nisa", None, "association", "CZ", "Liberec", None, None, None, ["cs", "de"],
     ("Die Euroregion Neisse-Nisa-Nysa umfasst das Grenzgebiet von Deutschland, Polen und Tschechien; der tschechische Teil hat seinen Sitz in Liberec.",
      "Euroregion Neisse-Nisa-Nysa zahrnuje příhraniční oblast Německa, Polska a Česka; česká část sídlí v Liberci.",
      "The Neisse-Nisa-Nysa Euroregion covers the border area of Germany, Poland and Czechia; its Czech part is based in Liberec.")),
    ("Euroregion Elbe/Labe", "e. V.", "association", "DE", "Pirna", None, None, None, ["de", "cs"],
     ("Die Euroregion Elbe/Labe verbindet das Elbtal zwischen Dresden und Ústí nad Labem; der deutsche Teil hat seinen Sitz in Pirna.",
      "Euroregion Elbe/Labe spojuje údolí Labe mezi Drážďany a Ústím nad Labem; německá část sídlí v Pirně.",
      "The Elbe/Labe Euroregion links the Elbe valley between Dresden and Ústí nad Labem; its German part is based in Pirna.")),
    ("Euroregion Labe", None, "association", "CZ", "Ústí nad Labem", None, None, None, ["cs", "de"],
     ("Die Euroregion Elbe/Labe verbindet das Elbtal zwischen Dresden und Ústí nad Labem; der tschechische Teil hat seinen Sitz in Ústí nad Labem.",
      "Euroregion Elbe/Labe spojuje údolí Labe mezi Drážďany a Ústím nad Labem; česká část sídlí v Ústí nad Labem.",
      "The Elbe/Labe Euroregion links the Elbe valley between Dresden and Ústí nad Labem; its Czech part is based in Ústí nad Labem.")),
    ("Euroregion Erzgebirge", "e. V.", "association", "DE", "Brand-Erbisdorf", None, None, None, ["de", "cs"],
     ("Die Euroregion Erzgebirge/Krušnohoří umfasst beide Seiten des Erzgebirges; der deutsche Teil hat seinen Sitz in Brand-Erbisdorf.",
      "Euroregion Erzgebirge/Krušnohoří zahrnuje obě strany Krušných hor; německá část sídlí v Brand-Erbisdorfu.",
      "The Erzgebirge/Krušnohoří Euroregion covers both sides of the Ore Mountains; its German part is based in Brand-Erbisdorf.")),
    ("Euroregion Krušnohoří", None, "association", "CZ", "Most", None, None, None, ["cs", "de"],
     ("Die Euroregion Erzgebirge/Krušnohoří umfasst beide Seiten des Erzgebirges; der tschechische Teil hat seinen Sitz in Most.",
      "Euroregion Krušnohoří/Erzgebirge zahrnuje obě strany Krušných hor; česká část sídlí v Mostě.",
      "The Krušnohoří/Erzgebirge Euroregion covers both sides of the Ore Mountains; its Czech part is based in Most.")),
    ("EUREGIO EGRENSIS Arbeitsgemeinschaft Sachsen/Thüringen", "e. V.", "association", "DE", "Plauen", None, None, None, ["de", "cs"],
     ("Die EUREGIO EGRENSIS verbindet Vogtland, Westböhmen, Oberfranken und die Oberpfalz; die sächsisch-thüringische Arbeitsgemeinschaft hat ihren Sitz in Plauen.",
      "EUREGIO EGRENSIS spojuje Fojtsko, západní Čechy, Horní Franky a Horní Falc; sasko-durynská část sídlí v Plavně.",
      "EUREGIO EGRENSIS links the Vogtland, western Bohemia, Upper Franconia and the Upper Palatinate; its Saxon-Thuringian working group is based in Plauen.")),
    ("Euregio Egrensis", None, "association", "CZ", "Karlovy Vary", None, None, None, ["cs", "de"],
     ("Die EUREGIO EGRENSIS verbindet Westböhmen, das Vogtland, Oberfranken und die Oberpfalz; der tschechische Teil hat seinen Sitz in Karlovy Vary.",
      "Euregio Egrensis spojuje západní Čechy, Fojtsko, Horní Franky a Horní Falc; česká část sídlí v Karlových Varech.",
      "EUREGIO EGRENSIS links western Bohemia, the Vogtland, Upper Franconia and the Upper Palatinate; its Czech part is based in Karlovy Vary.")),
    ("Krajský úřad Libereckého kraje", None, "public_body", "CZ", "Liberec", "https://www.kraj-lbc.cz", None, None, ["cs", "de"],
     ("Das Regionalamt der Region Liberec ist die Verwaltung des Liberecký kraj.",
      "Krajský úřad Libereckého kraje je úřadem samosprávy Libereckého kraje.",
      "The Regional Authority of the Liberec Region is the administration of the Liberec Region.")),
    ("Krajský úřad Ústeckého kraje", None, "public_body", "CZ", "Ústí nad Labem", "https://www.kr-ustecky.cz", None, None, ["cs", "de"],
     ("Das Regionalamt der Region Ústí ist die Verwaltung des Ústecký kraj.",
      "Krajský úřad Ústeckého kraje je úřadem samosprávy Ústeckého kraje.",
      "The Regional Authority of the Ústí Region is the administration of the Ústí Region.")),
    ("Krajský úřad Karlovarského kraje", None, "public_body", "CZ", "Karlovy Vary", "https://www.kr-karlovarsky.cz", None, None, ["cs", "de", "en"],
     ("Das Regionalamt der Region Karlsbad ist die Verwaltung des Karlovarský kraj.",
      "Krajský úřad Karlovarského kraje je úřadem samosprávy Karlovarského kraje.",
      "The Regional Authority of the Karlovy Vary Region is the administration of the Karlovy Vary Region.")),
]


def institutions():
    out = []
    for name, form, kind, cc, town, web, year, nace, text_langs, what in INSTITUTIONS:
        gid = place_by_name(town, cc)
        nb = NB_INST[cc]
        kt = KIND_TEXT[kind]
        idx = {"de": 0, "cs": 1, "en": 2}
        desc = {l: what[idx[l]] + " " + kt[idx[l]].format(**nb) for l in text_langs}
        own = "de" if cc == "DE" else "cs"
        langs = [own] + [l for l in ("de", "cs", "en") if l != own and (l in text_langs or kind in ("research", "chamber"))]
        out.append({
            "name": f"{name} {form}" if form == "e. V." else name,
            "legal_form": form, "kind": kind, "country": cc, "street": None, "postal_code": POSTAL.get(town),
            "city": PLACES[gid]["name"], "place_id": gid, "website": web, "email": None, "phone": None,
            "founding_year": year, "size_class": None, "nace_main": nace or NACE_KIND[kind],
            "nace_codes": ["72.19"] if nace == "85.42" else [], "languages": langs, "keywords": KW[kind],
            "description": desc, "ico": None, "dic": None, "vat_id": None, "hr_number": None, "contacts": [],
        })
    return out


# ---------------------------------------------------------------- checks and summary
REGION_NAMES = {**SAXON_DISTRICTS, **{k: v for k, v in CZECH_REGIONS.items()}}


def check(path):
    orgs = json.loads(path.read_text(encoding="utf-8"))  # valid JSON
    problems = []
    if not 280 <= len(orgs) <= 320:
        problems.append(f"{len(orgs)} objects, expected 280-320")
    names = Counter(o["name"] for o in orgs)
    problems += [f"duplicate name {n!r}" for n, c in names.items() if c > 1]
    for o in orgs:
        pid = o["place_id"]
        if pid not in PLACES:
            problems.append(f"{o['name']}: unknown place_id {pid}")
            continue
        if PLACES[pid]["name"] != o["city"] or PLACES[pid]["cc"] != o["country"]:
            problems.append(f"{o['name']}: city/country does not match place {pid}")
        if region_of(pid) is None:
            problems.append(f"{o['name']}: place {pid} outside the programme area")
        for code in [o["nace_main"]] + o["nace_codes"]:
            if code not in NACE4:
                problems.append(f"{o['name']}: NACE {code} is not a level-4 code")
        if o["ico"] is not None and not ico_valid(o["ico"]):
            problems.append(f"{o['name']}: IČO {o['ico']} fails mod 11")
        if o["country"] == "CZ" and o["kind"] == "company" and not o["ico"]:
            problems.append(f"{o['name']}: Czech company without IČO")
        if o["kind"] == "company":
            addrs = [o["website"], o["email"]] + [c.get("email") for c in o["contacts"]]
            for a in addrs:
                host = (a or "").split("@")[-1].split("://")[-1].split("/")[0]
                if not host.endswith(".example"):
                    problems.append(f"{o['name']}: non-.example address {a!r}")
        elif o["email"] or o["phone"] or o["contacts"]:
            problems.append(f"{o['name']}: real institution with e-mail/phone/contacts")
        if not o["description"]:
            problems.append(f"{o['name']}: no description")
    per_region = Counter(region_of(o["place_id"]) for o in orgs)
    for r in REGION_NAMES:
        if per_region[r] < 8:
            problems.append(f"region {r} has only {per_region[r]} organisations")
    stats = {
        "total": len(orgs),
        "country": Counter(o["country"] for o in orgs),
        "region": {f"{r} {REGION_NAMES[r]}": per_region[r] for r in sorted(REGION_NAMES, key=lambda r: (len(r) < 5, r))},
        "kind": Counter(o["kind"] for o in orgs),
        "size_class": Counter(o["size_class"] or "(none: institution)" for o in orgs),
        "description languages": Counter("+".join(l for l in ("de", "cs", "en") if l in o["description"]) for o in orgs),
        "templates": Counter(o["nace_main"] for o in orgs if o["kind"] == "company"),
    }
    return problems, stats


def fmt(counter):
    return "\n".join(f"| {k} | {v} |" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))))


def write_md(stats):
    region_rows = "\n".join(f"| {k} | {v} |" for k, v in stats["region"].items())
    OUT_MD.write_text(f"""# Demo organisations

`demo_organizations.json` is the demo directory content: a JSON array of `OrganizationInput` objects
(`crates/api-types/src/organization.rs`). It is loaded **only** by `glokal seed --demo`
(`crates/server/src/cli/seed.rs`), which creates the organisations that do not exist yet and marks them
as demo data. Nothing else reads it; production data never contains it.

## What it contains

- **{stats['kind']['company']} fictitious companies.** Names, people, streets, phone numbers, IČO, VAT and
  Handelsregister numbers are invented. Websites and e-mail addresses use only the reserved `.example`
  domain. Any resemblance to real firms is unintended. The towns are real: every `place_id` is a GeoNames
  id from `crates/domain/data/places_sn_cz3.csv`, and `city` is that row's name. The IČO values pass the
  mod-11 check but are random, so they may belong to real registered entities. Do not look them up
  or use them as if they identified a real company.
- **{stats['total'] - stats['kind']['company']} real institutions** (chambers, universities, research institutes, clusters,
  Euroregions, development agencies, regional authorities). The file holds only their public names and seats,
  and a website where it is certain. It has no e-mail addresses, phone numbers or contact persons. Their
  descriptions give general information about services for SMEs. They are not statements by the institutions.

Companies come from 24 industry templates, with texts in German, Czech and English. Towns are drawn by
population. Each of the 9 Saxon districts (Bautzen, Erzgebirgskreis, Görlitz, Mittelsachsen, Sächsische
Schweiz-Osterzgebirge, Vogtlandkreis, Zwickau, Chemnitz, Dresden) and each of the 3 Czech kraje (Karlovarský,
Liberecký, Ústecký) has at least 8 companies.

## Regenerating

```sh
cd crates/server/data
python3 generate_demo_organizations.py
```

The script is deterministic (`random.seed(2026)`). It reads `crates/domain/data/places_sn_cz3.csv`,
`places_saxony_districts.csv` and `nace_rev2_en_de_cs.csv`, writes `demo_organizations.json` and this file,
and prints its checks: valid JSON, 280–320 objects, existing place ids with matching town names, level-4
NACE codes, valid IČO, unique names, and `.example` addresses for every invented organisation.
It exits non-zero if a check fails.

## Counts

Total: **{stats['total']}** (DE {stats['country']['DE']}, CZ {stats['country']['CZ']}).

| District / kraj | Organisations |
|---|---|
{region_rows}

| Kind | Count |
|---|---|
{fmt(stats['kind'])}

| Size class | Count |
|---|---|
{fmt(stats['size_class'])}

| Description languages | Count |
|---|---|
{fmt(stats['description languages'])}
""", encoding="utf-8")


if __name__ == "__main__":
    orgs = companies() + institutions()
    OUT_JSON.write_text(json.dumps(orgs, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    problems, stats = check(OUT_JSON)
    print("valid JSON:", OUT_JSON.name)
    for key, value in stats.items():
        print(f"{key}:")
        items = value.items() if isinstance(value, dict) else [("", value)]
        for k, v in (sorted(items, key=lambda kv: str(kv[0])) if key != "region" else items):
            print(f"  {k}: {v}")
    write_md(stats)
    if problems:
        print("PROBLEMS:")
        for pr in problems:
            print("  " + pr)
        raise SystemExit(1)
    print("all checks passed")
