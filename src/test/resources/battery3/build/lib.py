import re, json, os
import os; OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ABBR = ['H.E.', 'Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Jan.', 'Feb.', 'U.S.', 'Gen.', 'St.']

def sentences(text):
    out = []
    for line in text.split('\n'):
        line = line.strip()
        line = re.sub(r'^(\d+\.|[a-z]\)|[–-])\s+', '', line)
        if not line:
            continue
        prot = line
        for i, a in enumerate(ABBR):
            prot = prot.replace(a, a.replace('.', '\x00'))
        parts = re.split(r'(?<=[.!?])\s+(?=[“"A-Z0-9(])|(?<=[.!?]”)\s+(?=[“"A-Z0-9(])', prot)
        for p in parts:
            out.append(p.replace('\x00', '.'))
    return out

DOCS = []
def D(slug, published, text, ents, facts):
    DOCS.append(dict(slug=slug, published=published, text=text.strip() + '\n', ents=ents, facts=facts))

def find_sent(sents, key, what):
    hits = [s for s in sents if key in s]
    if not hits:
        raise SystemExit(f'NO SENTENCE for {what}: {key!r}')
    return hits[0]

VALUE_RELS = {'date', 'endDate', 'ordinal'}
def build():
    sources = []
    for d in DOCS:
        slug = d['slug']; text = d['text']; sents = sentences(text)
        ents = []; byid = {}
        for e in d['ents']:
            # (id, cls, name, aliases, kind, unc, evkey)
            eid, cls, name, aliases, kind, unc, evkey = (list(e) + [None] * 7)[:7]
            aliases = aliases or []
            key = evkey or name
            ev = find_sent(sents, key, f'{slug}:{eid}')
            ent = {'id': eid, 'class': cls, 'name': name, 'aliases': aliases}
            if kind: ent['kind'] = kind
            if unc: ent['uncertain'] = True
            ent['evidence'] = ev
            ents.append(ent); byid[eid] = ent
        facts = []
        for f in d['facts']:
            s, rel, o, key = f
            ev = find_sent(sents, key, f'{slug}:{s} {rel} {o}')
            fact = {'subject': s, 'relation': rel}
            if rel in VALUE_RELS: fact['value'] = str(o)
            else: fact['object'] = o
            fact['evidence'] = ev
            facts.append(fact)
        fn = slug + '.txt'
        open(os.path.join(OUT, 'docs', fn), 'w').write(text)
        json.dump({'document': fn, 'part': 'all', 'entities': ents, 'facts': facts},
                  open(os.path.join(OUT, 'gold', slug + '.json'), 'w'), indent=1, ensure_ascii=False)
        sources.append({'file': fn, 'published': d['published']})
    json.dump(sources, open(os.path.join(OUT, 'SOURCES.json'), 'w'), indent=1, ensure_ascii=False)
