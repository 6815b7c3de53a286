"""Checks the battery5 gold against its documents and the GUIDELINES relation table.

Errors (exit status 1): evidence not verbatim in its document, evidence not one
whole sentence, unknown subject/object id, entity name or alias not verbatim in
the document, subject/object class not allowed for the relation, malformed
values, duplicate ids or facts, SOURCES.json out of step, word counts out of range.
Warnings: fact evidence that names neither its subject nor its object (allowed
where the sentence refers back by anaphora, e.g. "The two sides also signed").
"""
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

CLASSES = {"Organization", "Country", "Place", "Person", "Agreement", "Event", "EventSeries"}
ACTOR = {"Organization", "Country", "Person"}
GEO = {"Place", "Country"}
# relation -> (allowed subject classes, allowed object classes or None for a value)
TABLE = {
    "party": ({"Agreement"}, ACTOR),
    "issuedBy": ({"Agreement"}, ACTOR),
    "adoptedAt": ({"Agreement"}, {"Event"}),
    "date": ({"Agreement", "Event"}, None),
    "endDate": ({"Event"}, None),
    "location": ({"Event", "Agreement", "Organization"}, GEO),
    "host": ({"Event"}, ACTOR),
    "participant": ({"Event"}, ACTOR),
    "inSeries": ({"Event"}, {"EventSeries"}),
    "ordinal": ({"Event"}, None),
    "partOf": ({"Organization"}, {"Organization"}),
    "memberOf": ({"Organization", "Country"}, {"Organization"}),
    "locatedIn": ({"Place"}, GEO),
    "affiliation": ({"Person"}, {"Organization", "Country"}),
}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ENTITY_KEYS = {"id", "class", "name", "aliases", "kind", "uncertain", "evidence"}
FLASH = "11_moldova_romania_powerline_flash.txt"


def main():
    errors, warnings = [], []
    cls_count, rel_count = collections.Counter(), collections.Counter()
    unc_count = collections.Counter()
    docs = sorted(f for f in os.listdir(common.DOCS) if f.endswith(".txt"))
    golds = sorted(f for f in os.listdir(common.GOLD) if f.endswith(".json"))
    if [d[:-4] for d in docs] != [g[:-5] for g in golds]:
        errors.append(f"docs and gold files differ: {docs} vs {golds}")
    if len(docs) != 12:
        errors.append(f"expected 12 documents, found {len(docs)}")
    words = {}
    for name in docs:
        text = common.read_doc(name)
        sents = set(common.sentences(text))
        w = common.words(text)
        words[name] = w
        if name == FLASH:
            if not 65 <= w <= 95:
                errors.append(f"{name}: flash has {w} words (want about 80)")
        elif not 250 <= w <= 350:
            errors.append(f"{name}: {w} words (want 250-350)")
        gpath = os.path.join(common.GOLD, name[:-4] + ".json")
        if not os.path.exists(gpath):
            continue
        with open(gpath, encoding="utf-8") as fh:
            g = json.load(fh)
        where = name[:-4]
        if set(g) != {"document", "part", "entities", "facts"}:
            errors.append(f"{where}: top-level keys {sorted(g)}")
        if g.get("document") != name:
            errors.append(f"{where}: document field {g.get('document')!r}")
        if g.get("part") != "all":
            errors.append(f"{where}: part {g.get('part')!r}")
        ents = {}
        for e in g["entities"]:
            eid = e.get("id")
            if eid in ents:
                errors.append(f"{where}: duplicate entity id {eid}")
            ents[eid] = e
            extra = set(e) - ENTITY_KEYS
            missing = {"id", "class", "name", "aliases", "evidence"} - set(e)
            if extra or missing:
                errors.append(f"{where}:{eid}: keys extra={sorted(extra)} missing={sorted(missing)}")
            if e.get("class") not in CLASSES:
                errors.append(f"{where}:{eid}: unknown class {e.get('class')}")
            cls_count[e["class"]] += 1
            if e.get("uncertain"):
                unc_count[e["class"]] += 1
            forms = [e["name"]] + list(e.get("aliases", []))
            for form in forms:
                if not form or form not in text:
                    errors.append(f"{where}:{eid}: name/alias {form!r} not verbatim in document")
            if len(set(forms)) != len(forms):
                errors.append(f"{where}:{eid}: alias repeats a form")
            ev = e.get("evidence", "")
            if ev not in text:
                errors.append(f"{where}:{eid}: entity evidence not verbatim in document")
            elif ev not in sents:
                errors.append(f"{where}:{eid}: entity evidence is not one whole sentence")
            if not any(f in ev for f in forms):
                errors.append(f"{where}:{eid}: entity evidence names neither name nor alias")
        seen = set()
        for i, f in enumerate(g["facts"]):
            tag = f"{where}: fact {i} {f.get('subject')} {f.get('relation')} {f.get('object', f.get('value'))}"
            rel = f.get("relation")
            if rel not in TABLE:
                errors.append(f"{tag}: unknown relation")
                continue
            rel_count[rel] += 1
            subj_cls, obj_cls = TABLE[rel]
            s = ents.get(f.get("subject"))
            if s is None:
                errors.append(f"{tag}: subject id does not exist")
                continue
            if s["class"] not in subj_cls:
                errors.append(f"{tag}: subject class {s['class']} not allowed for {rel}")
            has_obj, has_val = "object" in f, "value" in f
            if has_obj == has_val:
                errors.append(f"{tag}: needs exactly one of object/value")
            o = None
            if obj_cls is None:
                if not has_val:
                    errors.append(f"{tag}: {rel} needs a value")
                else:
                    v = f["value"]
                    if rel == "ordinal":
                        if not (isinstance(v, str) and v.isdigit()):
                            errors.append(f"{tag}: ordinal value {v!r} is not an integer string")
                    elif not (isinstance(v, str) and DATE_RE.match(v)):
                        errors.append(f"{tag}: date value {v!r} not YYYY, YYYY-MM or YYYY-MM-DD")
            else:
                if not has_obj:
                    errors.append(f"{tag}: {rel} needs an object")
                else:
                    o = ents.get(f["object"])
                    if o is None:
                        errors.append(f"{tag}: object id does not exist")
                    elif o["class"] not in obj_cls:
                        errors.append(f"{tag}: object class {o['class']} not allowed for {rel}")
                    if f["object"] == f["subject"]:
                        errors.append(f"{tag}: subject equals object")
            key = (f.get("subject"), rel, f.get("object", f.get("value")))
            if key in seen:
                errors.append(f"{tag}: duplicate fact")
            seen.add(key)
            ev = f.get("evidence", "")
            if ev not in text:
                errors.append(f"{tag}: evidence not verbatim in document")
            elif ev not in sents:
                errors.append(f"{tag}: evidence is not one whole sentence")
            forms = [s["name"]] + s.get("aliases", [])
            if o is not None:
                forms += [o["name"]] + o.get("aliases", [])
            if not any(x in ev for x in forms):
                warnings.append(f"{tag}: evidence names neither subject nor object (anaphora)")
    # SOURCES.json
    with open(os.path.join(common.ROOT, "SOURCES.json"), encoding="utf-8") as fh:
        src = json.load(fh)
    if sorted(x.get("file") for x in src) != docs:
        errors.append("SOURCES.json files differ from docs/")
    for x in src:
        if set(x) != {"file", "published"} or not re.match(r"^\d{4}-\d{2}-\d{2}$", x.get("published", "")):
            errors.append(f"SOURCES.json: bad entry {x}")

    print("Battery 5 gold check")
    print("====================")
    print(f"documents: {len(docs)}")
    print(f"words: {sum(words.values())} total")
    for n in docs:
        print(f"  {n}: {words[n]}")
    print(f"entities: {sum(cls_count.values())} (uncertain: {sum(unc_count.values())})")
    for c in sorted(cls_count, key=lambda c: -cls_count[c]):
        print(f"  {c}: {cls_count[c]} (uncertain {unc_count[c]})")
    print(f"facts: {sum(rel_count.values())}")
    for r in sorted(rel_count, key=lambda r: -rel_count[r]):
        print(f"  {r}: {rel_count[r]}")
    print(f"warnings: {len(warnings)}")
    for w in warnings:
        print("  WARN " + w)
    print(f"errors: {len(errors)}")
    for e in errors:
        print("  ERROR " + e)
    print("RESULT: " + ("PASS" if not errors else "FAIL"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
