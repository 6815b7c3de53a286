"""Shared helpers for writing and checking the battery5 gold.

Sentence splitting: a document is split into lines; list markers ("1. ", "a) ")
and transcript markers ("Q: ", "A: ") at the start of a line are dropped (as
in the devset gold, where "1. The ..." has evidence "The ..."); each line is
then split after . ! ? (optionally followed by a closing quote) when the next
token starts with a capital letter or an opening quote, except after known
abbreviations (H.E., Mr., Hon., St., Corp. ...) and single-letter initials.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")
GOLD = os.path.join(ROOT, "gold")

ABBREV = {"H.E.", "Mr.", "Mrs.", "Ms.", "Dr.", "Hon.", "Rt.", "St.", "Corp.", "Inc.",
          "No.", "Sept.", "Gen.", "Amb.", "Prof.", "U.S.", "U.N."}
MARKER = re.compile(r"^\s*(?:Q:|A:|\d{1,2}\.|[a-z]\))\s+")
BOUNDARY = re.compile(r"([.!?][\"”’]?)(\s+)(?=[A-Z\"“(À-ÖØ-Þ])")


def read_doc(name):
    with open(os.path.join(DOCS, name), encoding="utf-8") as f:
        return f.read()


def sentences(text):
    out = []
    for line in text.split("\n"):
        line = MARKER.sub("", line).strip()
        if not line:
            continue
        start = 0
        for m in BOUNDARY.finditer(line):
            end = m.end(1)
            last_tok = line[start:end].split()[-1] if line[start:end].split() else ""
            if last_tok in ABBREV or re.fullmatch(r"[A-Z]\.", last_tok):
                continue
            out.append(line[start:end].strip())
            start = m.end()
        tail = line[start:].strip()
        if tail:
            out.append(tail)
    return out


def words(text):
    return len(text.split())
