#!/usr/bin/env python3
"""Checks data/organizations.tsv, data/titles.tsv and data/given_names.txt.

These three files are written by hand (the first two) or generated
(make_given_names.py), but they have to agree with each other and with the
gazetteers that the extractor loads beside them. Exit status 1 and one line a
problem when they do not:

organizations.tsv
  - the header, five fields a row, a snake_case slug used once, a known kind,
    a country code of data/countries.tsv or none, none for international bodies;
  - no form (name or alias, without its '*') twice in a row, and a form that
    several rows share is starred ('*') on every one of them.
titles.tsv
  - the header, three fields, a known kind, a role unless the kind is
    honorific, no two titles that differ only by case;
  - no title starts with or holds an unstarred form of organizations.tsv,
    countries.tsv or places.tsv: the gazetteer claims that form first, and a
    title that overlaps its span never matches ("Kremlin spokesman" must be
    "spokesman" after the seat "Kremlin").
given_names.txt
  - one word a line (letters, an apostrophe inside), sorted and unique.

usage: make_org_check.py [--data DIR]    (default: the data folder of this repository)
"""
import argparse
import collections
import os
import re
import sys

ORG_KINDS = {"international", "government", "legislature", "court", "central_bank", "agency", "intelligence",
             "party", "media", "armed_group", "company", "ngo", "sports", "education", "other"}
TITLE_KINDS = {"head_of_state", "head_of_government", "minister", "legislator", "official", "diplomat",
               "military", "judicial", "royal", "religious", "party", "business", "sports", "media", "academic",
               "honorific", "occupation"}


def read_tsv(path, header, problems):
    """(line number, fields) of each row after the header; '#' lines and blank lines skipped."""
    rows, seen_header = [], False
    columns = header.count("\t") + 1
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if not seen_header:
                if line != header:
                    problems.append(f"{path}:{number}: expected the header {header!r}")
                seen_header = True
                continue
            fields = line.split("\t")
            if len(fields) != columns:
                problems.append(f"{path}:{number}: {len(fields)} fields, expected {columns}")
                continue
            rows.append((number, fields))
    return rows


def listed(field):
    return [item for item in field.split("|") if item]


def gazetteer_forms(data, organizations, problems):
    """form -> True when every listing of it is starred, over organizations, countries and places."""
    starred = {}
    def note(item):
        form = item.rstrip("*")
        starred[form] = starred.get(form, True) and item.endswith("*")
    for _, f in organizations:
        for item in [f[1]] + listed(f[2]):
            note(item)
    countries = read_tsv(os.path.join(data, "countries.tsv"), "code\tslug\tname\tnames\tadjectives\tcapitals\tseats",
                         problems)
    for _, f in countries:
        for column in (2, 3, 4, 5, 6):
            for item in listed(f[column]):
                note(item)
    places = read_tsv(os.path.join(data, "places.tsv"), "id\tslug\tname\tnames\tcountry\tkind\tpopulation", problems)
    for _, f in places:
        for item in [f[2]] + listed(f[3]):
            note(item)
    return starred, {f[0] for _, f in countries}


def check_organizations(path, rows, codes, problems):
    slugs = collections.Counter(f[0] for _, f in rows)
    uses = collections.defaultdict(list)
    for number, (slug, name, aliases, kind, country) in rows:
        where = f"{path}:{number}"
        if not re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*", slug):
            problems.append(f"{where}: slug {slug!r} is not snake_case")
        if slugs[slug] > 1:
            problems.append(f"{where}: slug {slug!r} is used {slugs[slug]} times")
        if kind not in ORG_KINDS:
            problems.append(f"{where}: unknown kind {kind!r}")
        if country and country not in codes:
            problems.append(f"{where}: country {country!r} is not a code of countries.tsv")
        if kind == "international" and country:
            problems.append(f"{where}: an international body has no country")
        seen = set()
        for item in [name] + listed(aliases):
            form = item.rstrip("*")
            if not form or form != form.strip():
                problems.append(f"{where}: empty or padded form {item!r}")
            if form in seen:
                problems.append(f"{where}: form {form!r} twice in one row")
            seen.add(form)
            uses[form].append((slug, item.endswith("*")))
    for form, rows_of_form in sorted(uses.items()):
        if len(rows_of_form) > 1 and not all(star for _, star in rows_of_form):
            owners = ", ".join(f"{slug}{'*' if star else ''}" for slug, star in rows_of_form)
            problems.append(f"{path}: form {form!r} is shared by {owners}: star it on every row")


def check_titles(path, rows, starred, problems):
    keys = collections.Counter(f[0].lower() for _, f in rows)
    countries = set()
    with open(os.path.join(os.path.dirname(path), "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#") and "\t" in line:
                countries.add(line.split("\t")[1])
    for number, (title, kind, role, country) in rows:
        where = f"{path}:{number}"
        if country and country not in countries:
            problems.append(f"{where}: unknown country {country!r}")
        if keys[title.lower()] > 1:
            problems.append(f"{where}: {title!r} differs from another title only by case")
        if kind not in TITLE_KINDS:
            problems.append(f"{where}: unknown kind {kind!r}")
        if (role == "") != (kind == "honorific"):
            problems.append(f"{where}: a role is empty exactly for honorifics")
        words = title.split(" ")
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                if j - i == len(words):
                    continue
                part = " ".join(words[i:j])
                if starred.get(part) is False:
                    problems.append(f"{where}: {title!r} holds the gazetteer form {part!r}; drop it "
                                    f"(the rest of the title matches after the gazetteer's span)")


def check_given_names(path, problems):
    with open(path, encoding="utf-8") as f:
        names = [line.rstrip("\n") for line in f if not line.startswith("#")]
    word = re.compile(r"[^\W\d_](?:[^\W\d_]|'(?=[^\W\d_]))+\Z")
    for name in names:
        if not word.match(name):
            problems.append(f"{path}: {name!r} is not one word")
    if names != sorted(set(names)):
        problems.append(f"{path}: not sorted and unique")
    return len(names)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    args = parser.parse_args()
    problems = []
    org_path = os.path.join(args.data, "organizations.tsv")
    title_path = os.path.join(args.data, "titles.tsv")
    organizations = read_tsv(org_path, "slug\tname\taliases\tkind\tcountry", problems)
    titles = read_tsv(title_path, "title\tkind\trole\tcountry", problems)
    starred, codes = gazetteer_forms(args.data, organizations, problems)
    check_organizations(org_path, organizations, codes, problems)
    check_titles(title_path, titles, starred, problems)
    names = check_given_names(os.path.join(args.data, "given_names.txt"), problems)
    for p in problems:
        print(p)
    print(f"{len(organizations)} organizations, {len(titles)} titles, {names} given names: "
          f"{len(problems)} problems", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
