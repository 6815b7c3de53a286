"""Helpers: sentence splitting and gold assembly from compact specs."""
import json, re, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ABBR = {"Hon.", "Dr.", "Mr.", "Ms.", "Mrs.", "Prof.", "St.", "No.", "U.N.", "U.S.", "H.E."}

def sentences(text):
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        line = re.sub(r"^(\d+\.|-)\s+", "", line)
        start = 0
        for m in re.finditer(r"[.!?][\"”’)]?\s+(?=[A-Z\"“‘(])", line):
            seg = line[start:m.end()].rstrip()
            last = seg.split()[-1] if seg.split() else ""
            if last in ABBR:
                continue
            out.append(seg)
            start = m.end()
        out.append(line[start:].strip())
    return [s for s in out if s]

class Doc:
    def __init__(self, fname):
        self.fname = fname
        self.text = open(os.path.join(ROOT, "docs", fname), encoding="utf-8").read()
        self.sents = sentences(self.text)
        self.ents, self.facts = [], []
    def ev(self, frag):
        hits = [s for s in self.sents if frag in s]
        if len(hits) != 1:
            raise SystemExit(f"{self.fname}: evidence fragment {frag!r} matched {len(hits)} sentences")
        return hits[0]
    def E(self, id, cls, name, ev, aliases=(), kind=None, unc=False):
        e = {"id": id, "class": cls, "name": name, "aliases": list(aliases)}
        if kind: e["kind"] = kind
        if unc: e["uncertain"] = True
        e["evidence"] = self.ev(ev)
        self.ents.append(e)
    def F(self, s, rel, o, ev):
        f = {"subject": s, "relation": rel}
        if rel in ("date", "endDate", "ordinal"):
            f["value"] = str(o)  # devset gold writes ordinals as strings ("11")
        else:
            f["object"] = o
        f["evidence"] = self.ev(ev)
        self.facts.append(f)
    def FF(self, subs, rel, objs, ev):
        for s in (subs if isinstance(subs, (list, tuple)) else [subs]):
            for o in (objs if isinstance(objs, (list, tuple)) else [objs]):
                self.F(s, rel, o, ev)
    def write(self):
        g = {"document": self.fname, "part": "all", "entities": self.ents, "facts": self.facts}
        p = os.path.join(ROOT, "gold", self.fname.replace(".txt", ".json"))
        json.dump(g, open(p, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
