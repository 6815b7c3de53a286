"""Consistency checks for the battery gold (run from anywhere)."""
import json, os, re, sys, collections, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ROOT, sentences
CLASSES = {"Organization", "Country", "Place", "Person", "Agreement", "Event", "EventSeries"}
O, C, P, PE, A, E, S = "Organization", "Country", "Place", "Person", "Agreement", "Event", "EventSeries"
TABLE = {
    "party": ({A}, {O, C, PE}), "issuedBy": ({A}, {O, C, PE}), "adoptedAt": ({A}, {E}),
    "location": ({E, A, O}, {P, C}), "host": ({E}, {O, C, PE}), "participant": ({E}, {O, C, PE}),
    "inSeries": ({E}, {S}), "partOf": ({O}, {O}), "memberOf": ({O, C}, {O}), "locatedIn": ({P}, {P, C}),
    "affiliation": ({PE}, {O, C}),
    "date": ({A, E}, None), "endDate": ({E}, None), "ordinal": ({E}, None),
}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MIN_WORDS = {"11_flash_jordan_iraq_egypt.txt": 50}   # genre: headline + lead only
errs = []
def err(*a): errs.append(" ".join(str(x) for x in a))
srcs = {s["file"]: s["published"] for s in json.load(open(os.path.join(ROOT, "SOURCES.json")))}
docs = sorted(os.listdir(os.path.join(ROOT, "docs")))
if len(docs) != 12: err("expected 12 docs, got", len(docs))
tot_ent, tot_unc, tot_fact = collections.Counter(), collections.Counter(), collections.Counter()
for fn in docs:
    text = open(os.path.join(ROOT, "docs", fn), encoding="utf-8").read()
    sents = set(sentences(text))
    wc = len(text.split())
    if not (MIN_WORDS.get(fn, 150) <= wc <= 400): err(fn, "word count", wc)
    if fn not in srcs: err(fn, "missing from SOURCES.json")
    else: datetime.date.fromisoformat(srcs[fn])
    gp = os.path.join(ROOT, "gold", fn.replace(".txt", ".json"))
    g = json.load(open(gp, encoding="utf-8"))
    if g.get("document") != fn or g.get("part") != "all": err(fn, "header")
    ids = {}
    for e in g["entities"]:
        if e["id"] in ids: err(fn, "dup id", e["id"])
        ids[e["id"]] = e
        if e["class"] not in CLASSES: err(fn, e["id"], "bad class", e["class"])
        for nm in [e["name"]] + e.get("aliases", []):
            if nm not in text: err(fn, e["id"], "name/alias not in text:", nm)
        if e["evidence"] not in text: err(fn, e["id"], "evidence not substring")
        if e["evidence"] not in sents: err(fn, e["id"], "evidence not a full sentence")
        if not any(nm in e["evidence"] for nm in [e["name"]] + e.get("aliases", [])):
            err(fn, e["id"], "evidence does not mention entity")
        if set(e) - {"id", "class", "name", "aliases", "kind", "uncertain", "evidence"}: err(fn, e["id"], "extra keys")
        tot_ent[e["class"]] += 1
        if e.get("uncertain"): tot_unc[e["class"]] += 1
    seen = set()
    for f in g["facts"]:
        r = f["relation"]
        if r not in TABLE: err(fn, "bad relation", r); continue
        subj_ok, obj_ok = TABLE[r]
        s = ids.get(f["subject"])
        if not s: err(fn, "missing subject", f["subject"]); continue
        if s["class"] not in subj_ok: err(fn, r, f["subject"], "subject class", s["class"])
        if obj_ok is None:
            v = f.get("value")
            if "object" in f: err(fn, r, "value relation has object")
            if r == "ordinal":
                if not (isinstance(v, str) and v.isdigit() and int(v) >= 1): err(fn, "bad ordinal", v)
            else:
                if not isinstance(v, str) or not DATE.match(v): err(fn, "bad date", v)
                else:
                    parts = v.split("-")
                    if len(parts) == 3: datetime.date.fromisoformat(v)
            key = (f["subject"], r, str(v))
        else:
            o = ids.get(f.get("object"))
            if not o: err(fn, "missing object", f.get("object")); continue
            if o["class"] not in obj_ok: err(fn, r, f["subject"], f["object"], "object class", o["class"])
            if f["subject"] == f["object"]: err(fn, "self fact", f)
            key = (f["subject"], r, f["object"])
        if key in seen: err(fn, "duplicate fact", key)
        seen.add(key)
        if f["evidence"] not in text: err(fn, "fact evidence not substring", key)
        if f["evidence"] not in sents: err(fn, "fact evidence not a full sentence", key)
        tot_fact[r] += 1
    # entities with no fact and not uncertain are fine; report unused ids for review
    used = {f["subject"] for f in g["facts"]} | {f.get("object") for f in g["facts"]}
    unused = [i for i in ids if i not in used]
    print(f"{fn}: {wc} words, {len(g['entities'])} entities, {len(g['facts'])} facts; no facts: {unused}")
print("entities:", dict(tot_ent), "total", sum(tot_ent.values()))
print("uncertain:", dict(tot_unc), "total", sum(tot_unc.values()))
print("facts:", dict(sorted(tot_fact.items())), "total", sum(tot_fact.values()))
print("ERRORS:" if errs else "no errors", *errs, sep="\n")
sys.exit(1 if errs else 0)
