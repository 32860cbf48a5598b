#!/usr/bin/env python3
"""Regenerates data/ner/{train,dev,test}.jsonl, the name tagger's training data, from GUM.

    python3 data/tools/make_ner_data.py            # writes data/ner/*.jsonl
    python3 data/tools/make_ner_data.py --check    # exit 1 if the files differ

Source: the GUM corpus (Georgetown University Multilayer corpus), read from a
git mirror without a work tree (default /work/.mirror/amir-zeldes+gum/repo,
commit HEAD; --gum and --commit override). Only dep/GUM_<genre>_*.conllu is
read: its MISC column carries GUM's entity layer (type and Wikipedia identity
of every mention) beside UPOS and the dependency tree.

Which texts: only genres whose text licence allows a derived model to ship in
an open-source tool without a non-commercial clause (GUM's LICENSE.txt):
academic (CC BY 4.0), bio (CC BY-SA 3.0), court (CC BY 4.0), interview and
news (Wikinews, CC BY 2.5), voyage (Wikivoyage, CC BY-SA 3.0). Excluded: the
NC genres (essay, fiction, letter, podcast, whow), reddit, the genres that
LICENSE.txt does not name (conversation, speech, textbook, vlog) and GENTLE.
Annotations are CC BY 4.0.

What one output line is (JSON, keys in this order):
    {"id": "GUM_news_nasa", "genre": "news", "licence": "CC BY 2.5",
     "text": "...", "names": [[start, end, "ORG"], ...]}
`text` is the document rebuilt from its tokens (SpaceAfter=No honoured,
sentences of a paragraph joined by a space, paragraphs by a blank line);
`names` are byte offsets (UTF-8, half-open) of the named mentions, sorted,
never overlapping. The trainer tokenizes `text` with newsgraph's own
tokenizer, so features are those the tagger computes at run time.

Which mentions are names: those of type person (PER), organization (ORG),
place (LOC) or event (EVT) whose head is a proper noun (or, with a Wikipedia
identity, a capitalised foreign word or adjective: "US" in "US troops"). The
name is the head with its name-internal dependents (flat, compound, fixed,
goeswith, "of"-phrases of proper nouns: "Bank of America"), as one
contiguous span: titles (nmod:desc: "Administrator", "Mr."), determiners,
appositions and possessive 's stay out. Nested names keep the outer one
("University of Texas" over "Texas"). Metonymy: GUM mostly types countries
and cities as place but sometimes as organization ("the United States
argued"); a mention typed organization or place whose Wikipedia identity is
typed the other way in most of its mentions across the corpus takes the
majority type, so one entity gets one tag. Mentions without an identity keep
their own type.

Not names for newsgraph, so O: a mention that is only a title ("the
Secretary", "General", "Emperor": data/titles.tsv) and a demonym typed as a
person or organization ("Americans", "the Japanese": adjectives of
data/countries.tsv, and their plurals).

Splits: GUM's splits.md (dev and test lists; every other document is train).

The output is a function of the input only (documents sorted by id), so two
runs give the same bytes. Python 3 standard library only.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys

GENRE_LICENCES = {
    "academic": "CC BY 4.0",
    "bio": "CC BY-SA 3.0",
    "court": "CC BY 4.0",
    "interview": "CC BY 2.5",
    "news": "CC BY 2.5",
    "voyage": "CC BY-SA 3.0",
}
TYPE_MAP = {"person": "PER", "organization": "ORG", "place": "LOC", "event": "EVT"}
# Dependency relations that stay inside a name.
NAME_RELATIONS = {"flat", "flat:name", "flat:foreign", "compound", "fixed", "goeswith"}
# Prepositions of a name-internal phrase: "Bank of America", "Paseo de Montejo".
NAME_PREPOSITIONS = {"of", "de", "del", "du", "des", "la", "for", "on"}


def git(gum, *args):
    return subprocess.run(["git", "-C", gum, *args], check=True, capture_output=True).stdout


def read_splits(text):
    splits, current = {}, None
    for line in text.splitlines():
        m = re.match(r"## (\w+)", line)
        if m:
            current = m.group(1)
            continue
        m = re.match(r"\s*\* (\S+)", line)
        if m and current:
            splits[m.group(1)] = current
    return splits


class Token:
    """One syntactic word; start/end: its characters in the rebuilt text. A multiword
    token ("Zurbarán’s") gives its written form to each part (form_mwt) and its
    parts to the first one (mwt_group)."""

    def __init__(self, fields):
        self.id, self.form, self.upos = int(fields[0]), fields[1], fields[3]
        self.head, self.deprel, self.misc = int(fields[6]), fields[7], fields[9]
        self.start = self.end = None
        self.form_mwt = None
        self.mwt_group = None


def parse_conllu(text):
    """Sentences of one document: (tokens, new_paragraph)."""
    sentences, tokens, new_par, pending_par = [], [], False, False
    mwt = None  # an open multiword token: (id of its last part, form, misc, parts so far)
    for line in text.split("\n"):
        if line.startswith("#"):
            if line.startswith("# newpar"):
                pending_par = True
            continue
        if not line.strip():
            if tokens:
                sentences.append((tokens, new_par))
                tokens, new_par = [], False
            continue
        f = line.split("\t")
        if not tokens:
            new_par, pending_par = pending_par, False
        if "-" in f[0]:
            last = int(f[0].split("-")[1])
            mwt = (last, f[1], f[9], [])
            continue
        if "." in f[0]:
            continue
        t = Token(f)
        tokens.append(t)
        if mwt:
            mwt[3].append(t)
            if t.id == mwt[0]:
                t.misc = mwt[2] if "SpaceAfter=No" in mwt[2] else t.misc
                for sub in mwt[3]:
                    sub.form_mwt = mwt[1]
                mwt[3][0].mwt_group = mwt[3]
                mwt = None
    if tokens:
        sentences.append((tokens, new_par))
    return sentences


def rebuild_text(sentences):
    """The document text; sets each token's character span."""
    out, pos = [], 0
    for s, (tokens, new_par) in enumerate(sentences):
        if s > 0:
            sep = "\n\n" if new_par else " "
            out.append(sep)
            pos += len(sep)
        i = 0
        while i < len(tokens):
            t = tokens[i]
            group = t.mwt_group or [t]
            form = t.form_mwt if t.mwt_group else t.form
            # Subtokens take their share of the written form where their forms spell it.
            if len(group) > 1 and "".join(g.form for g in group) == form:
                p = pos
                for g in group:
                    g.start, g.end = p, p + len(g.form)
                    p = g.end
            else:
                for g in group:
                    g.start, g.end = pos, pos + len(form)
            out.append(form)
            pos += len(form)
            last = group[-1]
            i += len(group)
            if i < len(tokens) and "SpaceAfter=No" not in last.misc:
                out.append(" ")
                pos += 1
    return "".join(out)


ENTITY_OPEN = re.compile(r"\((\d+)-([^()]*)")
ENTITY_CLOSE = re.compile(r"(\d+)\)")


def mentions(tokens):
    """(first index, last index inclusive, type, identity) of every mention of a sentence."""
    out, stack = [], collections.defaultdict(list)
    for i, t in enumerate(tokens):
        ent = [x[len("Entity="):] for x in t.misc.split("|") if x.startswith("Entity=")]
        if not ent:
            continue
        s, k = ent[0], 0
        while k < len(s):
            if s[k] == "(":
                m = ENTITY_OPEN.match(s, k)
                fields = (m.group(1) + "-" + m.group(2)).split("-", 7)
                identity = fields[7] if len(fields) > 7 else ""
                k = m.end()
                if k < len(s) and s[k] == ")":  # a one-token mention
                    out.append((i, i, fields[1], identity))
                    k += 1
                else:
                    stack[fields[0]].append((i, fields[1], identity))
            else:
                m = ENTITY_CLOSE.match(s, k)
                if not m:
                    k += 1
                    continue
                if stack[m.group(1)]:
                    first, etype, identity = stack[m.group(1)].pop()
                    out.append((first, i, etype, identity))
                k = m.end()
    return out


def name_span(tokens, first, last, etype, identity):
    """The token range (inclusive) of the name a mention holds, or None."""
    inside = range(first, last + 1)
    index = {tokens[i].id: i for i in inside}
    h = next(i for i in inside if tokens[i].head not in index)
    head = tokens[h]
    if not (head.upos == "PROPN" or (identity and head.upos in ("X", "ADJ") and capitalised(head.form))):
        return None
    children = collections.defaultdict(list)
    for i in inside:
        if tokens[i].head in index:
            children[index[tokens[i].head]].append(i)
    core, todo = {h}, [h]
    while todo:
        p = todo.pop()
        for c in children[p]:
            t = tokens[c]
            rel = t.deprel
            if rel in NAME_RELATIONS:
                # Lower-case nouns and adjectives are descriptions: "shuttle" in "Space Shuttle".
                take = t.upos not in ("NOUN", "ADJ", "VERB") or capitalised(t.form)
            elif rel == "amod":
                take = capitalised(t.form)  # "New York", "United States", "Northern Ireland"
            elif rel.startswith("nmod") and rel not in ("nmod:desc", "nmod:poss") and t.upos == "PROPN":
                # "Bank of America": an of-phrase of proper nouns after an organization,
                # place or event name (after a person it is an affiliation: "Kwong of the Democrats").
                cases = [tokens[k] for k in children[c] if tokens[k].deprel == "case"]
                dets = [tokens[k] for k in children[c] if tokens[k].deprel == "det"]
                take = (etype != "person" and c > p and len(cases) == 1 and
                        cases[0].form.lower() in NAME_PREPOSITIONS and all(d.form.lower() == "the" for d in dets))
                if take:
                    core.update(k for k in children[c] if tokens[k].deprel in ("case", "det"))
            else:
                take = False
            if take:
                core.add(c)
                todo.append(c)
    # One contiguous run around the head, cut at punctuation that no name holds.
    a, b = h, h
    while a - 1 >= min(core) and tokens[a - 1].form not in BARRIERS:
        a -= 1
    while b + 1 <= max(core) and tokens[b + 1].form not in BARRIERS:
        b += 1
    # Only name material at the ends: no "the", no trailing hyphen.
    while a < h and not name_word(tokens[a]):
        a += 1
    while b > h and not name_word(tokens[b]):
        b -= 1
    return (a, b)


def capitalised(form):
    return form[:1].isupper() or (form[:1].isalpha() and not form[:1].isascii() and not form[:1].islower())


def name_word(t):
    return t.upos in ("PROPN", "NUM", "X") or capitalised(t.form)


# Tokens that end a name: "[FIFA] World Cup" keeps "World Cup".
BARRIERS = {",", "(", ")", "[", "]", ";", ":", "\"", "“", "”"}


def read_not_names(data):
    """Lower-cased titles and demonyms: names that are only one of these are no names."""
    titles, demonyms = set(), set()
    with open(os.path.join(data, "titles.tsv"), encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]
    titles.update(r[0].lower() for r in rows[1:])
    with open(os.path.join(data, "countries.tsv"), encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]
    for r in rows[1:]:
        for a in r[4].split("|"):
            a = a.rstrip("*").lower()
            if a:
                demonyms.update({a, a + "s"})
    return titles, demonyms


def convert(gum, commit, data):
    titles, demonyms = read_not_names(data)
    names = [n.decode() for n in git(gum, "ls-tree", "--name-only", commit, "dep/").split()]
    splits = read_splits(git(gum, "show", f"{commit}:splits.md").decode())
    wanted = []
    for path in sorted(names):
        m = re.fullmatch(r"dep/(GUM_([a-z]+)_[a-z0-9]+)\.conllu", path)
        if m and m.group(2) in GENRE_LICENCES:
            wanted.append((m.group(1), m.group(2), path))

    parsed = {}
    identity_types = collections.defaultdict(collections.Counter)
    for doc_id, genre, path in wanted:
        sentences = parse_conllu(git(gum, "show", f"{commit}:{path}").decode("utf-8"))
        parsed[doc_id] = sentences
        for tokens, _ in sentences:
            for first, last, etype, identity in mentions(tokens):
                if identity and etype in TYPE_MAP:
                    identity_types[identity][etype] += 1

    out = {"train": [], "dev": [], "test": []}
    stats = collections.Counter()
    for doc_id, genre, path in wanted:
        sentences = parsed[doc_id]
        text = rebuild_text(sentences)
        spans = []
        for tokens, _ in sentences:
            for first, last, etype, identity in mentions(tokens):
                if etype not in TYPE_MAP:
                    continue
                span = name_span(tokens, first, last, etype, identity)
                if span is None:
                    continue
                if identity and etype in ("organization", "place"):
                    counts = identity_types[identity]
                    other = "place" if etype == "organization" else "organization"
                    if counts[other] > counts[etype]:
                        etype = other
                        stats["retyped " + other] += 1
                a, b = span
                words = " ".join(tokens[k].form for k in range(a, b + 1)).lower()
                if words in titles or (etype in ("person", "organization") and words in demonyms):
                    stats["not names"] += 1
                    continue
                spans.append((tokens[a].start, tokens[b].end, TYPE_MAP[etype]))
        # Outer names win over the names nested in them; ties keep the first.
        spans.sort(key=lambda s: (s[0], -s[1], s[2]))
        kept, end = [], -1
        for s in spans:
            if s[0] >= end:
                kept.append(s)
                end = s[1]
        # Character offsets to UTF-8 byte offsets.
        byte_at, total = [0] * (len(text) + 1), 0
        for i, ch in enumerate(text):
            byte_at[i] = total
            total += len(ch.encode("utf-8"))
        byte_at[len(text)] = total
        for s in kept:
            stats[s[2]] += 1
        record = {"id": doc_id, "genre": genre, "licence": GENRE_LICENCES[genre], "text": text,
                  "names": [[byte_at[a], byte_at[b], t] for a, b, t in kept]}
        out[splits.get(doc_id, "train")].append(record)
    return out, stats


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gum", default="/work/.mirror/amir-zeldes+gum/repo", help="GUM git directory")
    ap.add_argument("--commit", default="HEAD")
    ap.add_argument("--data", default=os.path.join(here, ".."), help="newsgraph's data folder (titles, countries)")
    ap.add_argument("--output", default=os.path.join(here, "..", "ner"), help="folder for the .jsonl files")
    ap.add_argument("--check", action="store_true", help="exit 1 if the files differ from what would be written")
    args = ap.parse_args()
    out, stats = convert(args.gum, args.commit, args.data)
    differ = False
    for split, records in out.items():
        data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
        path = os.path.normpath(os.path.join(args.output, split + ".jsonl"))
        if args.check:
            try:
                same = open(path, "rb").read() == data
            except OSError:
                same = False
            if not same:
                print(f"{path}: differs", file=sys.stderr)
                differ = True
            continue
        os.makedirs(args.output, exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        names = sum(len(r["names"]) for r in records)
        print(f"{path}: {len(records)} documents, {names} names", file=sys.stderr)
    if not args.check:
        print(", ".join(f"{k}: {v}" for k, v in sorted(stats.items())), file=sys.stderr)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
