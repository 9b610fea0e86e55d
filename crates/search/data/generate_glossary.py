#!/usr/bin/env python3
"""Builds glossary_de_cs_en.csv: German–Czech–English concepts of industrial terms.

Sources (see SOURCES.md):
  1. core_terms.tsv  - hand-written core manufacturing terms (this project, MIT)
  2. NACE Rev. 2     - class/group labels that are short in all three languages (Eurostat)
  3. Combined Nomenclature (CN) - product and material headings short in all three languages
                       (European Commission)

Usage: python3 generate_glossary.py [SHARED_DATA_DIR]   (default: /work/shared/data)
Deterministic: the same input gives the same file.
"""
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data")

concepts = []  # (de, cs, en, source), each a list of synonyms
seen = set()


def key(term):
    return term.lower().strip()


def add(de, cs, en, source):
    de = [t.strip() for t in de if t.strip()]
    cs = [t.strip() for t in cs if t.strip()]
    en = [t.strip() for t in en if t.strip()]
    if not (de and cs and en):
        return False
    k = key(de[0]), key(cs[0]), key(en[0])
    if k[0] in seen or k[2] in seen:
        return False
    seen.add(k[0]); seen.add(k[2])
    concepts.append((de, cs, en, source))
    return True


# 1. core terms
for line in (HERE / "core_terms.tsv").read_text(encoding="utf-8").splitlines():
    if not line.strip() or line.startswith("#"):
        continue
    de, cs, en = line.split("\t")
    add(de.split("|"), cs.split("|"), en.split("|"), "core")
core_count = len(concepts)

BAD_CHARS = set(",;:()[]%/0123456789\"'")
GENERIC = {"other", "others", "parts", "part", "new", "used", "waste", "scrap", "fresh", "frozen", "dried",
           "chilled", "live", "raw", "refined", "unwrought", "articles", "products", "goods", "machines",
           "apparatus", "accessories", "mixtures", "preparations", "powders", "powder", "sets", "kits"}


def short(term, max_words):
    if not term or any(c in BAD_CHARS for c in term) or "-" == term.strip()[:1]:
        return False
    words = term.split()
    return 1 <= len(words) <= max_words and len(term) <= 40


def clean(term):
    term = term.strip().rstrip(".")
    return term[0].upper() + term[1:] if term else term


def de_has_noun(term):
    return any(w[:1].isupper() for w in term.split())


# 2. NACE: strip "Manufacture of" etc.; keep labels that become short in all languages
PREFIXES = {
    "en": [r"^manufacture of ", r"^production of ", r"^repair of ", r"^installation of ", r"^wholesale of ",
           r"^retail sale of ", r"^growing of ", r"^raising of ", r"^processing and preserving of "],
    "de": [r"^herstellung von ", r"^herstellung sonstiger ", r"^herstellung ", r"^reparatur von ", r"^großhandel mit ",
           r"^einzelhandel mit ", r"^anbau von ", r"^haltung von "],
    "cs": [r"^výroba ", r"^opravy ", r"^instalace ", r"^velkoobchod s ", r"^maloobchod s ", r"^pěstování ", r"^chov "],
}
nace_count = 0
with open(HERE.parent.parent / "domain" / "data" / "nace_rev2_en_de_cs.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if row["level"] not in ("3", "4"):
            continue
        terms = {}
        for lang in ("en", "de", "cs"):
            t = row[lang]
            for p in PREFIXES[lang]:
                t = re.sub(p, "", t, flags=re.I)
            terms[lang] = t
        if all(short(terms[l], 4) for l in terms) and de_has_noun(terms["de"]) \
                and key(terms["en"]) not in GENERIC:
            if add([clean(terms["de"])], [terms["cs"]], [terms["en"]], "nace:" + row["code"]):
                nace_count += 1

# 3. Combined Nomenclature: industrial chapters 25-96, short in all languages, German term has a noun
cn_count = 0
LIMIT_CN = 1150
rows = []
with open(SHARED / "cn_en_de_cs.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        code = row["code"].strip()
        chapter = code[:2]
        if not chapter.isdigit() or not (25 <= int(chapter) <= 96):
            continue
        en, de, cs = (row[l].strip() for l in ("en", "de", "cs"))
        if not (short(en, 3) and short(de, 3) and short(cs, 3)):
            continue
        if key(en) in GENERIC or key(en).startswith(("other", "of ", "for ", "with ", "in ", "not ")):
            continue
        if not de_has_noun(de) or de.lower().startswith(("andere", "anderer", "von ", "aus ", "mit ", "für ")):
            continue
        if cs.lower().startswith(("ostatní", "z ", "ze ", "s ", "pro ", "v ")):
            continue
        rows.append((int(row["level"]), len(en), code, de, cs, en))
# prefer higher levels (headings before subheadings), then shorter terms
rows.sort(key=lambda r: (r[0], r[1], r[2]))
for level, _, code, de, cs, en in rows:
    if cn_count >= LIMIT_CN:
        break
    if add([clean(de)], [cs], [en], "cn:" + code.split()[0][:8].rstrip("0") or code[:2]):
        cn_count += 1

out = HERE / "glossary_de_cs_en.csv"
with open(out, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "de", "cs", "en", "source"])
    for i, (de, cs, en, source) in enumerate(concepts, 1):
        w.writerow([i, "|".join(de), "|".join(cs), "|".join(en), source])
print(f"{len(concepts)} concepts: {core_count} core, {nace_count} NACE, {cn_count} CN -> {out.name}")
