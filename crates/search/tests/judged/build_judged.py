#!/usr/bin/env python3
"""Builds the judged relevance set: corpus.json, queries.tsv, qrels.tsv.

Corpus: a fixed sample of the demo organisations and their offers and requests
(crates/server/data/demo_*.json, fictitious companies) with ONE text language each
(the company's own: German in Saxony, Czech in Czechia, English for a few), keywords
dropped, so a query only finds texts in another language through cross-lingual matching.

Judgments (graded 0-3) follow each company's industry, known from the generator template
that wrote its profile (its main NACE class):
  3  an organisation whose main activity is the query's industry
  2  an offer or request whose NACE codes include the industry's class
  1  an organisation with the industry's class among its further NACE codes
Queries: one German, one Czech, one English per industry, written by hand.
Deterministic; run from the repository root or anywhere.
"""
import json
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[2] / "server" / "data"
orgs = json.load(open(DATA / "demo_organizations.json", encoding="utf-8"))
opps = json.load(open(DATA / "demo_opportunities.json", encoding="utf-8"))

TOPICS = {  # main NACE class -> (de, cs, en) query
    "22.29": ("Spritzguss", "vstřikování plastů", "plastic injection moulding"),
    "25.62": ("CNC-Fräsen", "CNC obrábění", "CNC machining"),
    "25.73": ("Werkzeugbau Spritzgießwerkzeuge", "nástrojárna vstřikovací formy", "mould making"),
    "29.32": ("Automobilzulieferer", "dodavatel automobilového průmyslu", "automotive supplier"),
    "28.41": ("Werkzeugmaschinen", "obráběcí stroje", "machine tools"),
    "28.99": ("Sondermaschinenbau", "jednoúčelové stroje", "special purpose machinery"),
    "26.11": ("Leiterplattenbestückung", "osazování desek plošných spojů", "PCB assembly"),
    "27.12": ("Schaltschrankbau", "výroba rozvaděčů", "switchgear"),
    "23.13": ("Glashütte", "sklárna", "glassworks"),
    "23.41": ("Porzellan", "porcelán", "porcelain"),
    "13.99": ("technische Textilien", "technické textilie", "technical textiles"),
    "31.09": ("Möbelbau", "výroba nábytku", "furniture making"),
    "11.05": ("Brauerei", "pivovar", "brewery"),
    "10.71": ("Bäckerei", "pekárna", "bakery"),
    "18.12": ("Druckerei", "tiskárna", "printing house"),
    "62.01": ("Softwareentwicklung", "vývoj softwaru", "software development"),
    "71.12": ("Ingenieurbüro", "inženýrská kancelář", "engineering office"),
    "49.41": ("Spedition", "nákladní doprava", "freight transport"),
    "41.20": ("Bauunternehmen", "stavební firma", "building contractor"),
    "43.21": ("Photovoltaik", "fotovoltaika", "photovoltaics"),
    "71.20": ("Prüflabor", "zkušební laboratoř", "testing laboratory"),
    "38.32": ("Recycling", "recyklace", "recycling"),
    "25.99": ("3D-Druck", "3D tisk", "3D printing"),
    "55.10": ("Hotel", "hotel ubytování", "hotel accommodation"),
}

NS = uuid.UUID("5b0e3a52-6f1e-4a35-9d3c-000000000000")


def one_language(texts, preferred):
    for lang in preferred:
        if texts.get(lang):
            return lang, texts[lang]
    lang = sorted(texts)[0]
    return lang, texts[lang]


corpus = []
per_topic = {}
org_by_name = {}
for i, o in enumerate(orgs):
    topic = o.get("nace_main")
    if o["kind"] != "company" or topic not in TOPICS:
        continue
    key = (topic, o["country"])
    if per_topic.get(key, 0) >= 3:
        continue
    per_topic[key] = per_topic.get(key, 0) + 1
    # the company's own language; every 7th company writes in English
    pref = ["en", "de", "cs"] if i % 7 == 0 else (["de", "cs", "en"] if o["country"] == "DE" else ["cs", "de", "en"])
    lang, text = one_language(o["description"], pref)
    doc = {
        "type": "organization",
        "id": str(uuid.uuid5(NS, "org:" + o["name"])),
        "organization_id": str(uuid.uuid5(NS, "org:" + o["name"])),
        "name": o["name"],
        "title": {},
        "text": {lang: text},
        "nace_codes": [o["nace_main"]] + [c for c in o.get("nace_codes", []) if c != o["nace_main"]],
        "country": o["country"],
        "town": o["city"],
        "kind": o["kind"],
        "size_class": o.get("size_class"),
        "languages": o.get("languages", []),
        "lang": lang,
        "topic": topic,
    }
    corpus.append(doc)
    org_by_name[o["name"]] = doc

n_opps = 0
for k, p in enumerate(opps):
    org = org_by_name.get(p["organization"])
    if org is None or not p.get("published", True) or n_opps >= 64:
        continue
    pref = [org["lang"], "de", "cs", "en"]
    lang = next(l for l in pref if p["title"].get(l))
    doc = {
        "type": "opportunity",
        "id": str(uuid.uuid5(NS, f"opp:{k}")),
        "organization_id": org["id"],
        "name": org["name"],
        "title": {lang: p["title"][lang]},
        "text": {lang: p["text"].get(lang, "")},
        "nace_codes": p.get("nace_codes", []),
        "country": org["country"],
        "town": org["town"],
        "kind": "company",
        "size_class": org["size_class"],
        "opportunity_type": p["type"],
        "languages": org["languages"],
        "lang": lang,
        "topic": None,
    }
    corpus.append(doc)
    n_opps += 1

queries = []
qrels = []
for n, (topic, texts) in enumerate(TOPICS.items(), 1):
    for lang, text in zip(("de", "cs", "en"), texts):
        qid = f"q{n:02d}{lang}"
        queries.append((qid, lang, topic, text))
        for d in corpus:
            grade = 0
            if d["type"] == "organization" and d["topic"] == topic:
                grade = 3
            elif d["type"] == "opportunity" and topic in d["nace_codes"]:
                grade = 2
            elif d["type"] == "organization" and topic in d["nace_codes"]:
                grade = 1
            if grade:
                qrels.append((qid, d["id"], grade))

with open(HERE / "corpus.json", "w", encoding="utf-8") as f:
    json.dump(corpus, f, ensure_ascii=False, indent=1)
with open(HERE / "queries.tsv", "w", encoding="utf-8") as f:
    f.write("qid\tlang\ttopic\tquery\n")
    for q in queries:
        f.write("\t".join(q) + "\n")
with open(HERE / "qrels.tsv", "w", encoding="utf-8") as f:
    f.write("qid\tdoc\tgrade\n")
    for q in qrels:
        f.write(f"{q[0]}\t{q[1]}\t{q[2]}\n")
langs = {}
for d in corpus:
    langs[d["lang"]] = langs.get(d["lang"], 0) + 1
print(f"{len(corpus)} documents ({sum(d['type']=='organization' for d in corpus)} organisations, {n_opps} opportunities; languages {langs}), {len(queries)} queries, {len(qrels)} judgments")
