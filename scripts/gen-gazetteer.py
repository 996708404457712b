#!/usr/bin/python3
"""gen-gazetteer.py - generates ontology/gazetteer/world.ttl.

    /usr/bin/python3 scripts/gen-gazetteer.py            # writes world.ttl
    /usr/bin/python3 scripts/gen-gazetteer.py --check    # exit 1 if it differs
    /usr/bin/python3 scripts/gen-gazetteer.py -o FILE    # writes FILE ("-": stdout)

Sources (docs/gazetteer.md says more):
  * ISO 3166-1 and ISO 3166-2 from Debian's iso-codes package
    (/usr/share/iso-codes/json): the list of every country and of the
    first-level divisions of the partner countries;
  * scripts/gazetteer-curated.txt, written by hand: the English spellings the
    news uses, administrative centres, major cities, demonyms, and the names
    left out because they are also ordinary words or person names;
  * the hand-written ontology/gazetteer/places.ttl and towns.ttl, read so that
    a place already there keeps its slug and its data: the generated file
    only adds alternative labels to it (kb.c merges the subjects of every
    file by slug; the first rdfs:label, ng:partOf and ng:capital loaded win,
    and the hand-written files load before world.ttl).

A name (after the key folding kb.c applies) that the hand-written files
already give another place is dropped, with a note on stderr; a name two
generated places claim is an error to fix in the curated file. Output is
sorted and byte-for-byte deterministic. Standard library only.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ISO_DIR = "/usr/share/iso-codes/json"
CURATED = os.path.join(ROOT, "scripts", "gazetteer-curated.txt")
HAND = [os.path.join(ROOT, "ontology", "gazetteer", f) for f in ("places.ttl", "towns.ttl")]
OUT = os.path.join(ROOT, "ontology", "gazetteer", "world.ttl")

# Suffixes the news uses interchangeably for a first-level division: a label
# ending in one gets the others too ("Pavlodar Region", "Pavlodar Oblast").
# "Oblast" only where the division is one (the former Soviet republics), not
# for a Chinese or Turkish province.
DIVISION_WORDS = ("Region", "Oblast", "Province")
OBLAST_COUNTRIES = {"AM", "AZ", "BY", "KG", "KZ", "RU", "TJ", "UZ"}
# The local word for a division that partner news leaves untranslated
# ("Fergana viloyat", "Selenge aimag", "Shirak marz", "Mazandaran ostan"):
# a division name ending in a DIVISION_WORD gets these endings as well.
LOCAL_DIVISION_WORDS = {"UZ": ("Viloyat", "Viloyati"), "MN": ("Aimag", "Aimak"), "IR": ("Ostan",),
                        "AM": ("Marz",), "KZ": ("Oblysy",), "TJ": ("Viloyat",)}

# Letters NFKD does not take apart.
EXTRA_FOLD = {"ı": "i", "İ": "I", "đ": "d", "Đ": "D", "ə": "a", "Ə": "A", "ø": "o",
              "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "‘": "'", "’": "'", "ʻ": "'"}


def fail(msg):
    sys.stderr.write(f"gen-gazetteer: {msg}\n")
    sys.exit(2)


def ascii_fold(s):
    s = "".join(EXTRA_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def key_of(name):
    """What kb.c's ng_key_of makes of a name: ASCII lower case, full stops
    dropped, words joined by one space, hyphens and apostrophes glued."""
    s = "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in name)
    s = re.sub(r"\s*([-'])\s*", r"\1", s.replace(".", " "))
    return " ".join(s.split())


def slugify(name):
    s = ascii_fold(name).lower().replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def ttl_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---- the hand-written gazetteer --------------------------------------------

class Hand:
    """Places of places.ttl and towns.ttl: slug -> (classes, names)."""

    def __init__(self, paths):
        self.places = {}
        self.owner = {}  # key -> slug
        for path in paths:
            with open(path, encoding="utf-8") as f:
                text = f.read()
            text = re.sub(r'(?m)^\s*#.*$', "", text)
            for m in re.finditer(r"place:([a-z0-9-]+)\s+a\s+([^;.]+);(.*?)\s\.\s*$", text, re.S | re.M):
                slug, classes, body = m.group(1), m.group(2), m.group(3)
                names = []
                for pm in re.finditer(r"(rdfs:label|skos:altLabel)\s+((?:\"[^\"]*\"\s*,?\s*)+)", body):
                    names += re.findall(r'"([^"]*)"', pm.group(2))
                p = self.places.setdefault(slug, {"classes": set(), "names": []})
                p["classes"] |= set(re.findall(r"ng:(\w+)", classes))
                p["names"] += names
                for n in names:
                    self.owner.setdefault(key_of(n), slug)
        if len(self.places) < 100:
            fail(f"read only {len(self.places)} places from {', '.join(paths)}: is the file format changed?")


# ---- the curated file -------------------------------------------------------

class Entry:
    def __init__(self, kind, slug, label, alts, line):
        self.kind = kind          # Country, Region or City
        self.slug = slug
        self.label = label
        self.alts = alts
        self.line = line
        self.part_of = None
        self.capital = None
        self.demonyms = []
        self.code = None          # ISO code, for the comment
        self.existing = False     # a hand-written place: only altLabels are added
        self.cc = None            # the country of a division (ISO alpha-2)
        self.is_capital = False   # (capital-of) the capital of its country


def split_list(field):
    return [x.strip() for x in field.split(";") if x.strip()] if field else []


def read_curated(path):
    """Returns (countries, sections, unsafe, country_cities): see the file's
    own header."""
    countries, sections, unsafe, country_cities = {}, [], set(), []
    section = region = None
    with open(path, encoding="utf-8") as f:
        for no, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
            if not line:
                continue
            where = f"{path}:{no}"
            word, _, rest = line.partition(" ")
            fields = [x.strip() for x in rest.split("|")]
            if word == "unsafe":
                unsafe.add(key_of(rest.strip()))
            elif word == "country":
                while len(fields) < 5:
                    fields.append("")
                countries[fields[0]] = {"slug": fields[1], "label": fields[2], "alts": split_list(fields[3]),
                                        "demonyms": split_list(fields[4]), "line": where}
            elif word in ("capital-of", "city-of"):
                if len(fields) < 3:
                    fail(f"{where}: {word} wants AA | slug | label [| alts]")
                c = Entry("City", fields[1], fields[2], split_list(fields[3] if len(fields) > 3 else ""), where)
                c.code = fields[0]  # the country's, until build() links it
                c.is_capital = word == "capital-of"
                country_cities.append(c)
            elif word == "section":
                section = {"cc": fields[0], "divisions": [], "cities": [], "municipalities": [], "same": {},
                           "skip": {}, "auto": None, "line": where}
                sections.append(section)
                region = None
            elif section is None:
                fail(f"{where}: '{word}' before any 'section'")
            elif word == "region":
                if len(fields) < 3:
                    fail(f"{where}: region wants CODE | slug | label [| alts]")
                region = Entry("Region", fields[1], fields[2], split_list(fields[3] if len(fields) > 3 else ""), where)
                region.code = None if fields[0] == "-" else fields[0]
                section["divisions"].append(region)
            elif word in ("capital", "city"):
                if len(fields) < 2:
                    fail(f"{where}: {word} wants slug | label [| alts]")
                c = Entry("City", fields[0], fields[1], split_list(fields[2] if len(fields) > 2 else ""), where)
                if word == "capital":
                    if region is None or region.capital:
                        fail(f"{where}: a capital belongs right after its region")
                    region.capital = c
                c.part_of = region
                section["cities"].append(c)
            elif word == "municipality":
                if len(fields) < 3:
                    fail(f"{where}: municipality wants CODE | slug | label [| alts]")
                c = Entry("City", fields[1], fields[2], split_list(fields[3] if len(fields) > 3 else ""), where)
                c.code = fields[0]
                section["municipalities"].append(c)
            elif word == "auto":
                if len(fields) < 3 or fields[2] not in ("city", "bare"):
                    fail(f"{where}: auto wants CC | Suffix | city|bare")
                section["auto"] = (fields[1], fields[2])
            elif word == "direct":
                region = None  # the cities below are part of the country itself
            elif word == "same":
                section["same"][fields[0]] = (fields[1], split_list(fields[2] if len(fields) > 2 else ""), where)
            elif word == "skip":
                section["skip"][fields[0]] = fields[1] if len(fields) > 1 else ""
            else:
                fail(f"{where}: unknown line kind '{word}'")
    return countries, sections, unsafe, country_cities


# ---- building the entries ---------------------------------------------------

def iso_names(rec):
    """The English names ISO 3166-1 gives a country, as news would write them:
    no inverted "Korea, Republic of" forms, no parenthesised notes."""
    out = []
    for k in ("common_name", "name", "official_name"):
        n = rec.get(k)
        if not n:
            continue
        n = re.sub(r"\s*\(.*?\)", "", n).strip()
        n = re.sub(r"^the ", "", n)
        if "," in n:
            continue
        out.append(n)
    return out


def with_variants(names, cc=None):
    """Each name, its ASCII spelling, and the division-word variants (with
    "Oblast" only for a division of a country in OBLAST_COUNTRIES)."""
    words = [w for w in DIVISION_WORDS if w != "Oblast" or cc in OBLAST_COUNTRIES]
    words += LOCAL_DIVISION_WORDS.get(cc, ())
    out = []
    for n in names:
        for m in (n, ascii_fold(n)):
            out.append(m)
            for w in DIVISION_WORDS:
                # not "Hong Kong Special Administrative Province"
                if m.endswith(" " + w) and not m.endswith("Administrative " + w):
                    stem = m[: -len(w) - 1]
                    out += [f"{stem} {v}" for v in words]
    seen, uniq = set(), []
    for n in out:
        if n not in seen:
            seen.add(n)
            uniq.append(n)
    return uniq


def auto_division(sec, rec, hand, unsafe):
    """A division the curated file does not list, from its ISO name: "X
    Province", and either a capital city "X" (the province is named after
    it) or "X" as another name of the province itself."""
    suffix, mode = sec["auto"]
    name = ascii_fold(rec["name"])
    where = f"ISO 3166-2 {rec['code']}"
    names = [f"{name} {suffix}"] + ([f"{rec['name']} {suffix}"] if rec["name"] != name else [])
    if mode == "bare":
        names += [name, rec["name"]]
    region = Entry("Region", slugify(name) + "-" + slugify(suffix), names[0], names[1:], where)
    region.code = rec["code"]
    sec["divisions"].append(region)
    city_slug, k = slugify(name), key_of(name)
    if mode == "city" and k not in unsafe and hand.owner.get(k) in (None, city_slug):
        c = Entry("City", city_slug, name, [rec["name"]] if rec["name"] != name else [], where)
        c.part_of = region
        region.capital = c
        sec["cities"].append(c)


def build(iso1, iso2, hand, curated):
    countries, sections, unsafe, country_cities = curated
    entries = []
    by_cc = {}
    for rec in sorted(iso1, key=lambda r: r["alpha_2"]):
        cc = rec["alpha_2"]
        cur = countries.get(cc, {})
        if cur.get("slug") == "-":
            continue  # placed elsewhere (a region of another country) or left out
        names = iso_names(rec)
        slug = cur.get("slug")
        if not slug:  # the hand-written country of the same name, if any
            owners = {hand.owner.get(key_of(n)) for n in names} - {None}
            owners = {o for o in owners if "Country" in hand.places[o]["classes"]}
            if len(owners) > 1:
                fail(f"ISO {cc} names match several hand-written countries {sorted(owners)}: map it in {CURATED}")
            slug = owners.pop() if owners else slugify(cur.get("label") or names[0])
        label = cur.get("label") or names[0]
        e = Entry("Country", slug, label, cur.get("alts", []) + names, cur.get("line", "ISO 3166-1"))
        e.code = cc
        e.demonyms = cur.get("demonyms", [])
        by_cc[cc] = e
        entries.append(e)
    iso2_by_cc = {}
    for rec in iso2:
        iso2_by_cc.setdefault(rec["code"].split("-")[0], []).append(rec)
    for sec in sections:
        cc = sec["cc"]
        country = by_cc.get(cc)
        if country is None:
            fail(f"{sec['line']}: section {cc} is no ISO 3166-1 country")
        listed = {d.code for d in sec["divisions"] + sec["municipalities"] if d.code}
        listed |= set(sec["same"]) | set(sec["skip"])
        for rec in sorted(iso2_by_cc.get(cc, []), key=lambda r: r["code"]):
            code = rec["code"]
            if "parent" in rec or code in listed:
                continue  # not first-level, or said in the curated file
            if any(code.startswith(s[:-1]) for s in sec["skip"] if s.endswith("*")):
                continue
            if not sec["auto"]:
                fail(f"ISO 3166-2 {code} ({rec['name']}) is in none of region/municipality/same/skip "
                     f"of section {cc} in {CURATED}: add it")
            auto_division(sec, rec, hand, unsafe)
        for c in sec["municipalities"]:
            c.part_of = country
            entries.append(c)
        for code, (slug, alts, where) in sorted(sec["same"].items()):
            if slug not in hand.places:
                fail(f"{where}: 'same {code}' names {slug}, which places.ttl and towns.ttl lack")
            if alts:
                cls = "Region" if "Region" in hand.places[slug]["classes"] else sorted(hand.places[slug]["classes"])[0]
                e = Entry(cls, slug, None, alts, where)
                e.code, e.cc = code, cc
                entries.append(e)
        for d in sec["divisions"]:
            d.part_of, d.cc = country, cc
            entries.append(d)
        entries += sec["cities"]
        for c in sec["cities"]:
            if c.part_of is None:
                c.part_of = country
    for c in country_cities:
        country = by_cc.get(c.code)
        if country is None:
            fail(f"{c.line}: {c.code} is no ISO 3166-1 country")
        if c.is_capital:
            if country.capital:
                fail(f"{c.line}: a second capital of {c.code}")
            country.capital = c
        c.part_of, c.code = country, None
        entries.append(c)
    return merge_existing(entries, hand, unsafe)


def merge_existing(entries, hand, unsafe):
    """Marks hand-written places, drops names another place has and unsafe
    ones, and merges two entries of one slug (ISO country + curated alts)."""
    merged, order = {}, []
    for e in entries:
        if e.slug in merged:
            m = merged[e.slug]
            m.alts += e.alts
            m.demonyms += e.demonyms
            continue
        merged[e.slug] = e
        order.append(e)
    claimed = {}
    for e in order:
        e.existing = e.slug in hand.places
        if e.existing:
            have = {key_of(n) for n in hand.places[e.slug]["names"]}
            names = [n for n in with_variants(([e.label] if e.label else []) + e.alts, e.cc)
                     if key_of(n) not in have]
            e.label = None
        else:
            names = with_variants([e.label] + e.alts, e.cc)
        kept = []
        for n in names:
            k = key_of(n)
            if not k or k in unsafe:
                continue
            if not n[0].isascii() or not n[0].isupper():
                continue  # kb.c matches a name only from a capital ASCII letter
            owner = hand.owner.get(k)
            if owner and owner != e.slug:
                sys.stderr.write(f"gen-gazetteer: note: '{n}' ({e.slug}) is {owner}'s in the hand-written files; left out\n")
                continue
            if k in claimed and claimed[k] != e.slug:
                fail(f"'{n}' is claimed by both {claimed[k]} and {e.slug}: settle it in {CURATED}")
            claimed[k] = e.slug
            if n not in kept:
                kept.append(n)
        if not e.existing:
            if not kept:
                fail(f"{e.line}: {e.slug} has no usable name left")
            e.label, kept = kept[0], kept[1:]
        e.alts = kept
    return order


# ---- writing ----------------------------------------------------------------

def iso_version():
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True,
                             text=True, check=True).stdout.strip()
        return out or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def block(e):
    lines = [f"place:{e.slug} a ng:{e.kind} ;"]
    if e.label:
        lines.append(f"    rdfs:label {ttl_str(e.label)} ;")
    if e.alts:
        lines.append("    skos:altLabel " + ", ".join(ttl_str(a) for a in e.alts) + " ;")
    if e.demonyms and not e.existing:
        lines.append("    ng:demonym " + ", ".join(ttl_str(d) for d in e.demonyms) + " ;")
    if e.part_of and not e.existing:
        lines.append(f"    ng:partOf place:{e.part_of.slug} ;")
    if e.capital and not e.existing:
        lines.append(f"    ng:capital place:{e.capital.slug} ;")
    if len(lines) == 1:
        return None
    lines[-1] = lines[-1][:-2] + " ."
    comment = f"# ISO 3166 {e.code}\n" if e.code else ""
    return comment + "\n".join(lines) + "\n"


def render(entries, version, iso_dir):
    out = [
        "# GENERATED FILE - do not edit; change scripts/gazetteer-curated.txt or the script.\n",
        "# Made by: /usr/bin/python3 scripts/gen-gazetteer.py\n",
        f"# From: ISO 3166-1 and ISO 3166-2 in Debian iso-codes {version} ({iso_dir}),\n",
        "#       scripts/gazetteer-curated.txt (English spellings, centres, cities, demonyms),\n",
        "#       and places.ttl / towns.ttl (places there keep their data; only altLabels are added).\n",
        "# See docs/gazetteer.md.\n\n",
        "@prefix ng:     <https://w3id.org/newsgraph/ns#> .\n",
        "@prefix place:  <https://w3id.org/newsgraph/id/place/> .\n",
        "@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .\n",
        "@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .\n",
    ]
    groups = [
        ("Countries (ISO 3166-1)", lambda e: e.kind == "Country" and not e.existing),
        ("First-level divisions (ISO 3166-2 and curated)", lambda e: e.kind == "Region" and not e.existing),
        ("Cities: administrative centres and major cities (curated)", lambda e: e.kind == "City" and not e.existing),
        ("More names for places of places.ttl and towns.ttl", lambda e: e.existing),
    ]
    for title, pick in groups:
        blocks = [b for b in (block(e) for e in sorted(entries, key=lambda e: e.slug) if pick(e)) if b]
        out.append(f"\n# {'-' * 70}\n# {title}: {len(blocks)}\n# {'-' * 70}\n")
        for b in blocks:
            out.append("\n" + b)
    return "".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-o", "--output", default=OUT, help="file to write ('-' for stdout)")
    ap.add_argument("--check", action="store_true", help="compare with the output file instead of writing it")
    ap.add_argument("--iso-dir", default=ISO_DIR)
    args = ap.parse_args()
    try:
        with open(os.path.join(args.iso_dir, "iso_3166-1.json"), encoding="utf-8") as f:
            iso1 = json.load(f)["3166-1"]
        with open(os.path.join(args.iso_dir, "iso_3166-2.json"), encoding="utf-8") as f:
            iso2 = json.load(f)["3166-2"]
    except (OSError, ValueError, KeyError) as err:
        fail(f"cannot read ISO 3166 from {args.iso_dir} ({err}); install Debian's iso-codes")
    text = render(build(iso1, iso2, Hand(HAND), read_curated(CURATED)), iso_version(), args.iso_dir)
    if args.check:
        try:
            with open(args.output, encoding="utf-8") as f:
                same = f.read() == text
        except OSError:
            same = False
        if not same:
            sys.stderr.write(f"gen-gazetteer: {args.output} is not what the script makes now: "
                             "run /usr/bin/python3 scripts/gen-gazetteer.py and commit it\n")
            return 1
        return 0
    if args.output == "-":
        sys.stdout.write(text)
        return 0
    tmp = args.output + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
