import re, json
DOCS = []
def sentences(text):
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line: continue
        line = re.sub(r'^(?:- |\d+\. )', '', line)
        parts = re.split(r'(?:(?<=[.!?])|(?<=[.!?][”"’]))\s+(?=[A-Z“"‘])', line)
        out.extend(p.strip() for p in parts if p.strip())
    return out
def find(sents, snip, what):
    hits = [s for s in sents if snip in s]
    if not hits: raise SystemExit(f"[{what}] snippet not found: {snip!r}")
    return hits[0]
def doc(slug, published, text, ents, facts):
    DOCS.append((slug, published, text.strip() + "\n", ents, facts))
def build(outdir):
    sources = []
    for slug, pub, text, ents, facts in DOCS:
        sents = sentences(text)
        E = []; ids = set()
        for e in ents:
            eid, cls, name, aliases = e[:4]
            opt = e[4] if len(e) > 4 else {}
            assert eid not in ids, (slug, eid); ids.add(eid)
            d = {"id": eid, "class": cls, "name": name, "aliases": aliases}
            if opt.get("kind"): d["kind"] = opt["kind"]
            if opt.get("u"): d["uncertain"] = True
            d["evidence"] = find(sents, opt.get("ev", name), slug + ":" + eid)
            E.append(d)
        F = []
        for f in facts:
            s, r, o, snip = f
            d = {"subject": s, "relation": r}
            if o in ids: d["object"] = o
            else: d["value"] = o
            d["evidence"] = find(sents, snip, f"{slug}:{s} {r} {o}")
            F.append(d)
        json.dump({"document": slug + ".txt", "part": "all", "entities": E, "facts": F},
                  open(f"{outdir}/gold/{slug}.json", "w"), ensure_ascii=False, indent=1)
        open(f"{outdir}/docs/{slug}.txt", "w").write(text)
        sources.append({"file": slug + ".txt", "published": pub})
    json.dump(sources, open(f"{outdir}/SOURCES.json", "w"), ensure_ascii=False, indent=1)
