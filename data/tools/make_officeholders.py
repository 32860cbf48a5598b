#!/usr/bin/env python3
"""Writes data/officeholders.tsv: heads of state and government and
government officials with their country, role and dates.

Source: openeventdata/CountryInfo (CC BY-SA 3.0): people_leaders.csv
(leaders, to about 2009; kind "leader"), the presidents, prime ministers,
kings and premiers of the <Leaders> sections of CountryInfo.120116.txt
(which holds many that people_leaders.csv lacks, France's and Iraq's
among them; kind "leader") and people_gov.csv (officials, 2003-2011; kind
"official"), as in ../shared/data/countryinfo. Names there are lower case with underscores and
'|' between spellings; the first spelling is kept, each word capitalised
(particles such as "al", "bin", "de" stay lower case). Countries are mapped
to data/countries.tsv slugs through its names. An end date of 2016-12-01 in
the source means "still in office when the data was made"; it is kept.
usage: make_officeholders.py COUNTRYINFO_DIR > data/officeholders.tsv
"""
import csv
import os
import re
import sys
import unicodedata

PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "da", "del", "della", "der", "den", "di", "du",
             "van", "von", "la", "le", "dos", "das", "ter", "y", "abu", "ben"}
DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace(".", "").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "_", s).strip("_")


def country_slugs(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if header is None:
                header = fields
                continue
            row = dict(zip(header, fields))
            for name in [row["name"], row["slug"]] + row["names"].split("|"):
                out.setdefault(slug(name.rstrip("*")), row["slug"])
    return out


def name_of(raw):
    first = raw.split("|")[0].strip("_ ")
    words = [w for w in first.split("_") if w]
    return " ".join(w if w in PARTICLES and i > 0 else w[:1].upper() + w[1:] for i, w in enumerate(words))


def date_of(raw):
    if not re.fullmatch(r"\d{8}", raw):
        return ""
    y, m, d = int(raw[:4]), int(raw[4:6]), int(raw[6:])
    if not 1 <= m <= 12:
        return ""
    d = max(1, min(d, DAYS[m - 1]))
    return f"{y:04d}-{m:02d}-{d:02d}"


def role_of(raw):
    role = raw.split("&")[0].strip()
    return role[:1].upper() + role[1:] if role else ""


# The <Leaders> sections of CountryInfo.txt read, as roles: heads of state
# and government only (the file also lists governors, administrators,
# occupation commanders).
LEADER_SECTIONS = {"presidents": "President", "president": "President", "prime ministers": "Prime minister",
                   "prime minister": "Prime minister", "kings": "King", "kings/queens": "King",
                   "queens": "Queen", "premiers": "Premier", "chancellors": "Chancellor",
                   "heads of state": "Head of state", "emirs": "Emir", "sultans": "Sultan"}


def countryinfo_leaders(path, countries):
    """(name, country, role, "leader", start, end) rows of the <Leaders>
    sections: a section per role, a line per holder, "NAME_ [start - end]"
    or "[>start]" (in office when the file was made), synonyms as
    {NAME_}{NAME_} (the first is kept)."""
    rows = []
    country, section, in_leaders = None, None, False
    with open(path, encoding="latin-1") as f:
        for line in f:
            line = line.split("#")[0].rstrip()
            m = re.match(r"<CountryName>(.*)</CountryName>", line.strip())
            if m:
                country = countries.get(slug(m.group(1)))
                continue
            if line.strip() == "<Leaders>":
                in_leaders = True
            elif line.strip() == "</Leaders>":
                in_leaders, section = False, None
            elif in_leaders and re.match(r"^\t<[^/]", line):
                section = LEADER_SECTIONS.get(line.strip().strip("<>").lower())
            elif in_leaders and re.match(r"^\t</", line):
                section = None
            elif in_leaders and section and country and line.startswith("\t\t"):
                m = re.match(r"\s*(\{[^}]*\}|[^\s\[{]+)[^\[]*\[(>?)(\d{8})(?: - (\d{8}))?\]", line)
                if not m:
                    continue
                # "GEORGE_W._BUSH_": initials without their dots, as the CSVs write them.
                name = name_of(m.group(1).strip("{}").lower().replace(".", ""))
                start = date_of(m.group(3))
                end = "2016-12-01" if m.group(2) else date_of(m.group(4) or "")
                if len(name.split()) >= 2 and start:
                    rows.append((name, country, section, "leader", start, end))
    return rows


def main():
    src = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    countries = country_slugs(os.path.join(here, "..", "countries.tsv"))
    rows = set()
    for file, role_column, kind in (("people_leaders.csv", "title", "leader"), ("people_gov.csv", "description", "official")):
        with open(os.path.join(src, file), encoding="utf-8") as f:
            for r in csv.DictReader(f):
                country = countries.get(slug(r["country"].replace("_", " ")))
                name = name_of(r["name"])
                start, end = date_of(r["startYr"]), date_of(r["endYr"])
                if not country or len(name.split()) < 2 or not start:
                    continue
                rows.add((name, country, role_of(r[role_column]), kind, start, end))
    # A holder both sources list (in the same office from the same day) is
    # kept once, as the CSV spells the name.
    held = {(slug(name), country, role.lower(), start) for name, country, role, _, start, _ in rows}
    for row in countryinfo_leaders(os.path.join(src, "CountryInfo.120116.txt"), countries):
        if (slug(row[0]), row[1], row[2].lower(), row[4]) not in held:
            rows.add(row)
    print("# Heads of state and government and officials, with country and dates in office.")
    print("# Generated by data/tools/make_officeholders.py from openeventdata/CountryInfo (CC BY-SA 3.0);")
    print("# see data/README.md. This file is CC BY-SA 3.0.")
    print("name\tcountry\trole\tkind\tstart\tend")
    for row in sorted(rows):
        print("\t".join(row))


if __name__ == "__main__":
    main()
