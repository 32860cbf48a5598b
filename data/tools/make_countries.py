#!/usr/bin/env python3
"""Regenerates data/countries.tsv, the country gazetteer the extractor loads.

    python3 data/tools/make_countries.py            # writes data/countries.tsv
    python3 data/tools/make_countries.py --check    # exit 1 if the file differs

Sources (see data/README.md, section "countries.tsv"):
  * mledoze/countries countries.json (ODbL 1.0), default
    <repo>/../shared/data/countries/countries.json: common and official names,
    alternative spellings, demonyms, capitals of the current states;
  * Debian iso-codes iso_3166-3.json (LGPL-2.1+): only the alpha-4 codes of
    historical states are taken from it;
  * the tables marked HAND below: facts written for this project (news usage,
    historical states, seats of power, ambiguity marks).
CountryInfo (CC BY-SA 3.0) is deliberately not used: its share-alike terms
cannot be met together with the ODbL that this file inherits from mledoze.

The output is a function of the inputs only (rows sorted by slug, list fields
in a fixed order), so running the script twice gives the same bytes.
Python 3 standard library only.
"""

import argparse
import json
import os
import re
import sys
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_MLEDOZE = os.path.join(REPO, "..", "shared", "data", "countries", "countries.json")
DEFAULT_ISO_3166_1 = "/usr/share/iso-codes/json/iso_3166-1.json"
DEFAULT_ISO_3166_3 = "/usr/share/iso-codes/json/iso_3166-3.json"
DEFAULT_OUTPUT = os.path.join(REPO, "data", "countries.tsv")

HEADER = ["code", "slug", "name", "names", "adjectives", "capitals", "seats"]

# --- HAND: which mledoze entries are countries -------------------------------
# mledoze marks these as not independent, but news (and the gold files) treat
# them as countries. Every other non-independent entry (Hong Kong, Gibraltar,
# Puerto Rico, Greenland, ...) is a dependent territory: it is a place, listed
# in places.tsv with its sovereign's code, as the annotation guide asks.
EXTRA_STATES = {"PS", "TW", "XK"}

# --- HAND: the common English name as news writes it -------------------------
# Only where mledoze's common name differs from Reuters/BBC usage.
NAME_OVERRIDES = {
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CZ": "Czech Republic",
    "TL": "East Timor",
    "TR": "Turkey",
}

# HAND: slugs that are not the snake_case of the name (kept short like gold).
SLUG_OVERRIDES = {}

# --- HAND: forms added to `names` ---------------------------------------------
# Abbreviations with and without dots, short forms, former names of states that
# were only renamed (Burma, Zaire, Swaziland ...: same state, same row), and
# forms mledoze lacks. A trailing '*' marks a form that is mostly something
# else in English text; the extractor asks for more evidence before using it.
NAMES_ADDED = {
    "AE": ["U.A.E.", "Emirates*"],
    "AG": ["Antigua"],
    "BA": ["Bosnia"],
    "BF": ["Upper Volta"],
    "BJ": ["Dahomey"],
    "BY": ["Byelorussia", "Belorussia"],
    "CD": ["DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Zaire", "Congo*"],
    "CF": ["CAR*"],
    "CG": ["Congo Republic", "Republic of Congo", "Congo-Brazzaville"],
    "CI": ["Ivory Coast"],
    "CN": ["PRC"],
    "CZ": ["Czechia"],
    "GB": ["U.K.", "Britain", "Great Britain"],
    "GE": ["Georgia*"],
    "JO": ["Jordan*"],
    "KH": ["Kampuchea"],
    "KN": ["St Kitts and Nevis", "St. Kitts and Nevis", "Saint Kitts", "St Kitts", "St. Kitts"],
    "KR": ["ROK", "Korea*"],
    "LC": ["St Lucia", "St. Lucia"],
    "LK": ["Ceylon"],
    "MK": ["Macedonia*", "Former Yugoslav Republic of Macedonia", "FYROM"],
    "NL": ["Holland*"],
    "PG": ["PNG"],
    "PS": ["Palestinian Territories", "Palestinian territories"],
    "SA": ["KSA"],
    "SZ": ["Swaziland"],
    "TD": ["Chad*"],
    "TL": ["Timor-Leste", "Timor*"],
    "TR": ["Türkiye", "Turkey"],
    "TT": ["Trinidad"],
    "US": ["U.S.", "U.S.A.", "USA", "US", "United States of America", "America*", "States*"],
    "VA": ["Vatican", "Holy See"],
    "VC": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines", "Saint Vincent", "St Vincent", "St. Vincent"],
    "ZA": ["RSA"],
    "ZW": ["Rhodesia"],
}

# HAND: forms in mledoze that are dropped: native words that are mostly
# something else in English text (Iceland's "Island", Japan's "Nippon" of
# company names), adjectives filed as names, forms given to the wrong row.
NAMES_DROPPED = {
    "BN": ["Abode of Peace"],
    "CG": ["Congo"],
    "CN": ["Zhonghua", "Zhōnghuá Rénmín Gònghéguó"],
    "IS": ["Island"],
    "JP": ["Nippon", "Nihon"],
    "LA": ["Lao"],
    "MK": ["Macedonia", "former Yugoslav Republic of Macedonia"],
    "MX": ["Mexicanos"],
    "NL": ["Holland"],
    "PT": ["Portuguesa"],
    "SA": ["Saudi"],
    "TG": ["Togolese"],
    "TH": ["Thai", "Prathet"],
    "TL": ["Timor"],
    "AE": ["Emirates"],
}

# HAND: uppercase abbreviations kept although they look like codes (mledoze's
# altSpellings start with the ISO code, "IN", "IT", "NO" ... which are words).
ABBREVIATIONS_KEPT = {"US", "UK", "USA", "UAE", "DRC", "DPRK", "PRC", "ROK", "KSA", "RSA", "PNG", "FYROM"}

# --- HAND: adjectives and demonyms -------------------------------------------
# mledoze gives one demonym per country; news also uses the adjective where it
# differs (Briton/British, Dane/Danish, Filipino/Philippine ...).
ADJECTIVES_ADDED = {
    "AZ": ["Azeri"],
    "BA": ["Bosnian"],
    "DJ": ["Djiboutian"],
    "BD": ["Bangladeshi"],
    "BY": ["Belarussian", "Byelorussian"],
    "CD": ["Zairean", "Zairian"],
    "CH": ["Swiss"],
    "CZ": ["Czech"],
    "DK": ["Dane*"],
    "ES": ["Spaniard"],
    "FI": ["Finn*"],
    "GB": ["Briton"],
    "GE": ["Georgian*"],
    "GR": ["Hellenic"],
    "HR": ["Croat"],
    "IE": ["Irishman"],
    "IL": ["Israeli"],
    "IS": ["Icelandic"],
    "KG": ["Kyrgyz"],
    "KH": ["Khmer*", "Kampuchean"],
    "KR": ["Korean*"],
    "KZ": ["Kazakh"],
    "LA": ["Lao"],
    "XK": ["Kosovan"],
    "LK": ["Ceylonese"],
    "LU": ["Luxembourgish"],
    "MK": ["Macedonian*"],
    "MM": ["Myanmar"],
    "MV": ["Maldivian"],
    "NL": ["Dutchman"],
    "NP": ["Nepali"],
    "NZ": ["Kiwi*"],
    "PH": ["Philippine"],
    "PL": ["Pole*"],
    "RS": ["Serb"],
    "SA": ["Saudi"],
    "SE": ["Swede"],
    "SI": ["Slovenian"],
    "SZ": ["Swazi"],
    "TG": ["Togolese"],
    "TH": ["Thai"],
    "TJ": ["Tajik", "Tajikistani"],
    "TR": ["Turk"],
    "UZ": ["Uzbek"],
    "ZW": ["Rhodesian"],
}
# HAND: mledoze demonyms replaced: ambiguous ones get a '*', misspellings go.
ADJECTIVES_REPLACED = {
    "CV": ["Cape Verdean"],
    "DM": [],            # "Dominican" is the Dominican Republic's in news
    "CG": [],            # "Congolese" goes to the DR Congo row
    "EC": ["Ecuadorian", "Ecuadorean"],
    "KG": ["Kyrgyzstani"],
    "PL": ["Polish*"],
    "SR": ["Surinamese"],
    "MV": ["Maldivian"],
}

# --- HAND: capitals as news names them ---------------------------------------
CAPITALS_OVERRIDES = {
    "BJ": ["Porto-Novo"],
    "BO": ["Sucre", "La Paz"],
    "DJ": ["Djibouti City"],
    "LU": ["Luxembourg City"],
    "CN": ["Beijing", "Peking"],
    "KZ": ["Astana", "Nur-Sultan"],
    "MM": ["Naypyidaw", "Nay Pyi Taw"],
    "MN": ["Ulaanbaatar", "Ulan Bator"],
    "SZ": ["Mbabane", "Lobamba"],
    "UA": ["Kyiv", "Kiev"],
    "US": ["Washington", "Washington, D.C."],
    "YE": ["Sanaa", "Sana'a"],
}

# --- HAND: seats of power that stand for the government in news --------------
SEATS = {
    "AR": ["Casa Rosada"],
    "BR": ["Planalto", "Planalto Palace"],
    "CN": ["Zhongnanhai"],
    "DE": ["Chancellery*"],
    "ES": ["Moncloa", "Moncloa Palace"],
    "FR": ["Elysee", "Elysée", "Élysée", "Elysee Palace", "Élysée Palace", "Matignon"],
    "GB": ["Downing Street", "Number 10", "No 10", "No. 10", "Whitehall"],
    "IT": ["Palazzo Chigi", "Quirinale"],
    "JP": ["Kantei"],
    "KR": ["Blue House", "Cheong Wa Dae"],
    "PH": ["Malacañang", "Malacanang", "Malacañang Palace", "Malacanang Palace"],
    "RU": ["Kremlin"],
    "SUHH": ["Kremlin"],
    "US": ["White House"],
    "VE": ["Miraflores", "Miraflores Palace"],
}

# --- HAND: historical states --------------------------------------------------
# States that were dissolved, divided or merged get their own rows (the gold
# files have soviet_union and west_germany beside russia and germany); states
# that were only renamed keep their old names on the current row (above).
# Codes are ISO 3166-3 alpha-4 codes checked against iso_3166-3.json, except
# West Germany: its alpha-2 code DE was never withdrawn (Germany kept it), so
# ISO 3166-3 has no entry. DEDE is assigned by this project on the ISO 3166-3
# pattern (former alpha-2 + successor alpha-2) and is not an ISO code.
PROJECT_CODES = {"DEDE"}
HISTORICAL_STATES = [
    # code, name, names, adjectives, capitals
    ("SUHH", "Soviet Union",
     ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"],
     ["Soviet"], ["Moscow"]),
    ("DDDE", "East Germany",
     ["German Democratic Republic", "GDR", "DDR"],
     ["East German"], ["East Berlin"]),
    ("DEDE", "West Germany", [], ["West German"], ["Bonn"]),
    ("YUCS", "Yugoslavia",
     ["Socialist Federal Republic of Yugoslavia", "Federal Republic of Yugoslavia", "SFRY", "FRY"],
     ["Yugoslav", "Yugoslavian"], ["Belgrade"]),
    ("CSHH", "Czechoslovakia",
     ["Czechoslovak Socialist Republic", "Czech and Slovak Federative Republic", "CSSR"],
     ["Czechoslovak", "Czechoslovakian"], ["Prague"]),
    ("CSXX", "Serbia and Montenegro",
     ["State Union of Serbia and Montenegro"],
     [], ["Belgrade"]),
    ("YDYE", "South Yemen",
     ["People's Democratic Republic of Yemen", "PDRY"],
     ["South Yemeni"], ["Aden"]),
    ("VDVN", "North Vietnam",
     ["Democratic Republic of Vietnam"],
     ["North Vietnamese"], ["Hanoi"]),
]

STATE_NAME_STARTS = ("The ", "the ")


def fail(message):
    print("make_countries: " + message, file=sys.stderr)
    sys.exit(1)


def snake_case(text):
    folded = ascii_fold(text).lower().replace("&", " and ")
    return re.sub(r"[^a-z0-9]+", "_", folded).strip("_")


def ascii_fold(text):
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    for special, plain in (("ø", "o"), ("Ø", "O"), ("ł", "l"), ("Ł", "L"), ("đ", "d"), ("Đ", "D"), ("Ð", "D"),
                           ("ı", "i"), ("ß", "ss"), ("ð", "d"), ("Ð", "D"), ("þ", "th"), ("Þ", "Th"), ("æ", "ae"), ("Æ", "Ae"), ("ʻ", "'"), ("’", "'"),
                           ("‘", "'"), ("ʾ", "'"), ("ʿ", "'")):
        stripped = stripped.replace(special, plain)
    return stripped


def is_latin(text):
    """True when every letter is Latin script: names in other scripts, and
    phonetic transcriptions (IPA letters), are not forms of English news text."""
    for ch in text:
        if 0x0250 <= ord(ch) <= 0x02AF:
            return False
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def plain(form):
    return form[:-1] if form.endswith("*") else form


def strip_article(form):
    for start in STATE_NAME_STARTS:
        if form.startswith(start):
            return form[len(start):]
    return form


def usable_alt_spelling(form):
    """mledoze altSpellings mix ISO codes, inverted list names ("Korea,
    Republic of"), parenthesised notes and other scripts with real names."""
    if "," in form or "(" in form:
        return False
    if not is_latin(form):
        return False
    if re.fullmatch(r"[A-Z]{2,5}", form) and form not in ABBREVIATIONS_KEPT:
        return False
    return True


def add_unique(forms, form):
    """Adds form once; a starred form replaces the same form unstarred, since
    the mark is the stronger statement."""
    if not form:
        return
    if form.endswith("*") and plain(form) in forms:
        forms[forms.index(plain(form))] = form
    elif form not in forms and form + "*" not in forms:
        forms.append(form)


def with_ascii_variants(forms):
    out = []
    for form in forms:
        add_unique(out, form)
        folded = ascii_fold(plain(form)) + ("*" if form.endswith("*") else "")
        if folded != form and is_latin(plain(form)):
            add_unique(out, folded)
    return out


def split_demonym(text):
    parts = re.split(r",\s*|\s+or\s+", text or "")
    return [p.strip() for p in parts if p.strip()]


def load_json(path, what):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        fail("cannot read %s %s: %s" % (what, path, e))


def current_state_rows(mledoze, iso_alpha2):
    rows = []
    for entry in mledoze:
        code = entry["cca2"]
        if not (entry.get("independent") is True or code in EXTRA_STATES):
            continue
        if code not in iso_alpha2 and code != "XK":  # XK: user-assigned, Kosovo
            fail("mledoze code %s is not in ISO 3166-1" % code)
        common = entry["name"]["common"]
        name = NAME_OVERRIDES.get(code, common)

        names = []
        dropped = set(NAMES_DROPPED.get(code, []))
        candidates = [common, entry["name"]["official"]] + entry.get("altSpellings", [])
        for form in candidates:
            form = strip_article(form.strip())
            if form in dropped or not usable_alt_spelling(form):
                continue
            add_unique(names, form)
        for form in NAMES_ADDED.get(code, []):
            add_unique(names, form)

        if code in ADJECTIVES_REPLACED:
            adjectives = list(ADJECTIVES_REPLACED[code])
        else:
            demonyms = entry.get("demonyms", {}).get("eng", {})
            adjectives = []
            for key in ("m", "f"):
                for form in split_demonym(demonyms.get(key)):
                    add_unique(adjectives, form)
        for form in ADJECTIVES_ADDED.get(code, []):
            add_unique(adjectives, form)

        capitals = CAPITALS_OVERRIDES.get(code, list(entry.get("capital", [])))
        rows.append(make_row(code, name, names, adjectives, capitals, SEATS.get(code, [])))
    return rows


def historical_state_rows(iso_alpha4):
    rows = []
    for code, name, names, adjectives, capitals in HISTORICAL_STATES:
        if code not in iso_alpha4 and code not in PROJECT_CODES:
            fail("historical code %s is not in ISO 3166-3" % code)
        rows.append(make_row(code, name, names, adjectives, capitals, SEATS.get(code, [])))
    return rows


def make_row(code, name, names, adjectives, capitals, seats):
    slug = SLUG_OVERRIDES.get(code, snake_case(name))
    names = [f for f in with_ascii_variants(names) if plain(f) != name]
    name_keys = {plain(f) for f in names} | {name}
    adjectives = [f for f in with_ascii_variants(adjectives) if plain(f) not in name_keys]
    return {
        "code": code,
        "slug": slug,
        "name": name,
        "names": names,
        "adjectives": adjectives,
        "capitals": with_ascii_variants(capitals),
        "seats": list(seats),
    }


def check_rows(rows):
    """Each slug once, and each name or adjective on one row only: the
    extractor maps a form to one country. Capitals and seats may repeat
    (Moscow and the Kremlin stand for Russia and for the Soviet Union)."""
    seen_slugs = {}
    owner = {}
    for row in rows:
        if row["slug"] in seen_slugs:
            fail("slug %s used by %s and %s" % (row["slug"], seen_slugs[row["slug"]], row["code"]))
        seen_slugs[row["slug"]] = row["code"]
        forms = [row["name"]] + row["names"] + row["adjectives"]
        for form in forms:
            key = plain(form)
            if key in owner and owner[key] != row["code"]:
                fail("form %r on %s and %s: resolve it in a HAND table" % (key, owner[key], row["code"]))
            owner[key] = row["code"]
        for field in HEADER:
            values = row[field] if isinstance(row[field], list) else [row[field]]
            for value in values:
                if not value or "\t" in value or "|" in value or "\n" in value:
                    fail("bad value %r in %s of %s" % (value, field, row["code"]))


def render(rows):
    lines = [
        "# countries.tsv: countries and historical states for the newsgraph extractor.",
        "# Generated by data/tools/make_countries.py; do not edit by hand. Sources and",
        "# licence (ODbL 1.0, derived from mledoze/countries): data/README.md.",
        "# List fields are separated by '|'; a trailing '*' marks an ambiguous form.",
        "\t".join(HEADER),
    ]
    for row in sorted(rows, key=lambda r: r["slug"]):
        cells = []
        for field in HEADER:
            value = row[field]
            cells.append("|".join(value) if isinstance(value, list) else value)
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mledoze", default=DEFAULT_MLEDOZE, help="mledoze countries.json")
    parser.add_argument("--iso-3166-1", default=DEFAULT_ISO_3166_1, help="iso-codes iso_3166-1.json")
    parser.add_argument("--iso-3166-3", default=DEFAULT_ISO_3166_3, help="iso-codes iso_3166-3.json")
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="file to write")
    parser.add_argument("--check", action="store_true", help="compare with --output instead of writing")
    args = parser.parse_args()

    mledoze = load_json(args.mledoze, "mledoze countries")
    iso_alpha2 = {e["alpha_2"] for e in load_json(args.iso_3166_1, "ISO 3166-1")["3166-1"]}
    iso_alpha4 = {e["alpha_4"] for e in load_json(args.iso_3166_3, "ISO 3166-3")["3166-3"]}

    rows = current_state_rows(mledoze, iso_alpha2) + historical_state_rows(iso_alpha4)
    check_rows(rows)
    text = render(rows)

    if args.check:
        try:
            with open(args.output, encoding="utf-8") as f:
                current = f.read()
        except OSError as e:
            fail("cannot read %s: %s" % (args.output, e))
        if current != text:
            fail("%s differs from what the sources give; rerun without --check" % args.output)
        return
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("make_countries: wrote %d rows to %s" % (len(rows), args.output))


if __name__ == "__main__":
    main()
