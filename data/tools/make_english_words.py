#!/usr/bin/env python3
"""Writes data/english_words.txt: the words English writes in lower case.

Source: Debian's wamerican and wbritish packages (SCOWL word lists,
/usr/share/dict/american-english and british-english; licence in
data/licences/SCOWL.txt). Keeps entries that are all lower case letters
(no possessives), so "speaking" and "talks" are in and "Moscow" is not.
usage: make_english_words.py > data/english_words.txt
"""
import re

words = set()
for path in ("/usr/share/dict/american-english", "/usr/share/dict/british-english"):
    with open(path, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if re.fullmatch(r"[a-z]+", w):
                words.add(w)
print("# English words written in lower case, from SCOWL (see data/README.md).")
for w in sorted(words):
    print(w)
