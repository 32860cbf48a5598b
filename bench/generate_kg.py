#!/usr/bin/python3
"""Writes a knowledge graph as newsgraph builds them, for the export
benchmarks: people, countries, organizations, places and meetings with the
fields newsgraph's nodes and links carry (label, type, aliases, mentions,
documents, country; type, weight, documents), from a fixed seed.

Usage: generate_kg.py OUT.json [NODES]     (default 100000 nodes)

About one and a half links per node: people take part in meetings and are
affiliated with countries; organizations and places are located in
countries. Labels mix ASCII, accented Latin and Cyrillic names. A file
already there is kept: delete it to regenerate.
"""
import json
import os
import random
import sys

FIRST = ["John", "Sergei", "Angela", "Li", "Fatima", "José", "Ólafur", "Владимир", "Amélie", "Kofi", "Ngozi", "Hiroshi"]
LAST = ["Kerry", "Lavrov", "Merkel", "Wei", "Haddad", "García", "Grímsson", "Путин", "Dubois", "Annan", "Okonjo", "Sato"]
ORG_WORDS = ["Ministry", "Council", "Bank", "Agency", "Party", "Union", "Institute", "Group"]


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    if os.path.exists(out):
        return
    random.seed(7)
    countries = 200
    meetings = n // 4
    people = n // 2
    orgs = (n - countries - meetings - people) // 2
    places = n - countries - meetings - people - orgs
    docs = ["%016x" % random.getrandbits(64) for _ in range(n // 10)]
    nodes, links = [], []

    def node(node_id, node_type, label, **fields):
        node = {"id": node_id, "type": node_type, "label": label, "mentions": random.randint(1, 40),
                "documents": sorted(random.sample(docs, random.randint(1, 3)))}
        node.update(fields)
        nodes.append(node)

    def link(source, target, link_type, key):
        links.append({"source": source, "target": target, "type": link_type, "key": key,
                      "weight": random.randint(1, 5), "documents": sorted(random.sample(docs, 1))})

    country_ids = ["country:c%03d" % i for i in range(countries)]
    for i, c in enumerate(country_ids):
        node(c, "country", "Country %d" % i, aliases=["C%d" % i])
    person_ids = []
    for i in range(people):
        pid = "person:p%07d" % i
        first, last = random.choice(FIRST), random.choice(LAST)
        country = random.choice(country_ids)
        node(pid, "person", "%s %s %d" % (first, last, i), aliases=["%s %d" % (last, i)], country=country,
             roles=["Foreign Minister"] if i % 7 == 0 else [])
        link(pid, country, "affiliated_with", 0)
        person_ids.append(pid)
    for i in range(orgs):
        oid = "organization:o%07d" % i
        country = random.choice(country_ids)
        node(oid, "organization", "%s of %s %d" % (random.choice(ORG_WORDS), random.choice(LAST), i), country=country)
        link(oid, country, "located_in", 0)
    for i in range(places):
        pid = "place:l%07d" % i
        country = random.choice(country_ids)
        node(pid, "place", "Place %d & \"quoted\" <%d>" % (i, i % 10), country=country)
        link(pid, country, "located_in", 0)
    for i in range(meetings):
        mid = "event:meeting_%07d" % i
        date = "20%02d-%02d-%02d" % (random.randint(0, 19), random.randint(1, 12), random.randint(1, 28))
        node(mid, "event", "Meeting %d" % i, kind="meeting", date=date, status="occurred")
        for p in random.sample(person_ids, random.randint(2, 4)):
            link(p, mid, "participant", 0)
    nodes.sort(key=lambda x: x["id"])
    links.sort(key=lambda x: (x["source"], x["target"], x["type"], x["key"]))
    graph = {"directed": True, "multigraph": True, "graph": {"name": "kg%d" % n}, "nodes": nodes, "links": links}
    with open(out + ".tmp", "w", encoding="utf-8") as f:
        json.dump(graph, f, ensure_ascii=False)
    os.replace(out + ".tmp", out)
    print("generate_kg: %s: %d nodes, %d links" % (out, len(nodes), len(links)), file=sys.stderr)


if __name__ == "__main__":
    main()
