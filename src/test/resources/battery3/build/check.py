import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from lib import sentences
import os; OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORG, CTY, PL, PER, AG, EV, ES = 'Organization Country Place Person Agreement Event EventSeries'.split()
REL = {
 'party': ({AG}, {ORG, CTY, PER}), 'issuedBy': ({AG}, {ORG, CTY, PER}), 'adoptedAt': ({AG}, {EV}),
 'date': ({AG, EV}, None), 'endDate': ({EV}, None), 'location': ({EV, AG, ORG}, {PL, CTY}),
 'host': ({EV}, {ORG, CTY, PER}), 'participant': ({EV}, {ORG, CTY, PER}), 'inSeries': ({EV}, {ES}),
 'ordinal': ({EV}, None), 'partOf': ({ORG}, {ORG}), 'memberOf': ({ORG, CTY}, {ORG}),
 'locatedIn': ({PL}, {PL, CTY}), 'affiliation': ({PER}, {ORG, CTY}),
}
CLASSES = {ORG, CTY, PL, PER, AG, EV, ES}
errs = []; stats = collections.Counter(); ecount = collections.Counter(); unc = collections.Counter(); rcount = collections.Counter()
src = {s['file']: s['published'] for s in json.load(open(f'{OUT}/SOURCES.json'))}
docs = sorted(os.listdir(f'{OUT}/docs'))
assert len(docs) == 12, docs
for fn in docs:
    text = open(f'{OUT}/docs/{fn}').read()
    sents = set(sentences(text))
    wc = len(text.split())
    if not 150 <= wc <= 400: errs.append(f'{fn}: word count {wc}')
    if fn not in src or not re.fullmatch(r'\d{4}-\d\d-\d\d', src[fn]): errs.append(f'{fn}: SOURCES')
    g = json.load(open(f'{OUT}/gold/{fn[:-4]}.json'))
    if g['document'] != fn or g['part'] != 'all': errs.append(f'{fn}: header')
    ids = {}
    for e in g['entities']:
        if e['id'] in ids: errs.append(f'{fn}: dup id {e["id"]}')
        ids[e['id']] = e
        if e['class'] not in CLASSES: errs.append(f'{fn}: class {e}')
        for s in [e['name']] + e['aliases']:
            if s not in text: errs.append(f'{fn}: name/alias not in text: {s!r}')
        if len(set(e['aliases'])) != len(e['aliases']) or e['name'] in e['aliases']: errs.append(f'{fn}: alias dup {e["id"]}')
        if e['evidence'] not in sents: errs.append(f'{fn}: entity evidence not a sentence: {e["id"]}')
        if not any(s in e['evidence'] for s in [e['name']] + e['aliases']): errs.append(f'{fn}: entity evidence lacks mention: {e["id"]}')
        ecount[e['class']] += 1
        if e.get('uncertain'): unc[e['class']] += 1
    # surface forms shared between entities
    surf = collections.defaultdict(set)
    for e in g['entities']:
        for s in [e['name']] + e['aliases']: surf[s].add(e['id'])
    for s, v in surf.items():
        if len(v) > 1: errs.append(f'{fn}: surface {s!r} shared by {v}')
    seen = set()
    for f in g['facts']:
        r = f['relation']
        if r not in REL: errs.append(f'{fn}: bad rel {f}'); continue
        subj_ok, obj_ok = REL[r]
        if f['subject'] not in ids: errs.append(f'{fn}: missing subj {f}'); continue
        if ids[f['subject']]['class'] not in subj_ok: errs.append(f'{fn}: subj class {f}')
        if obj_ok is None:
            v = f.get('value')
            if 'object' in f or v is None: errs.append(f'{fn}: value fact form {f}')
            elif r == 'ordinal' and not re.fullmatch(r'[1-9]\d*', v): errs.append(f'{fn}: ordinal {v}')
            elif r != 'ordinal' and not re.fullmatch(r'\d{4}(-\d\d(-\d\d)?)?', v): errs.append(f'{fn}: date {v}')
            key = (f['subject'], r, v)
        else:
            o = f.get('object')
            if o not in ids: errs.append(f'{fn}: missing obj {f}'); continue
            if ids[o]['class'] not in obj_ok: errs.append(f'{fn}: obj class {f}')
            if o == f['subject']: errs.append(f'{fn}: self fact {f}')
            key = (f['subject'], r, o)
        if key in seen: errs.append(f'{fn}: dup fact {key}')
        seen.add(key)
        if f['evidence'] not in sents: errs.append(f'{fn}: fact evidence not a sentence {key}')
        rcount[r] += 1
    # date validity
    import datetime
    for f in g['facts']:
        v = f.get('value', '')
        if f['relation'] in ('date', 'endDate') and len(v) == 10: datetime.date.fromisoformat(v)
    stats['docs'] += 1; stats['entities'] += len(g['entities']); stats['facts'] += len(g['facts'])
print('\n'.join(errs) if errs else 'NO ERRORS')
print(dict(stats)); print('entities', dict(ecount)); print('uncertain', dict(unc)); print('facts', dict(sorted(rcount.items())))
