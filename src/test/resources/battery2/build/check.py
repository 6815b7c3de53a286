import json, glob, re, os, collections
import os; B = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SIG={'party':('Agreement',{'Organization','Country','Person'}),'issuedBy':('Agreement',{'Organization','Country','Person'}),
'adoptedAt':('Agreement',{'Event'}),'date':({'Agreement','Event'},None),'endDate':({'Event'},None),
'location':({'Event','Agreement','Organization'},{'Place','Country'}),'host':({'Event'},{'Organization','Country','Person'}),
'participant':({'Event'},{'Organization','Country','Person'}),'inSeries':({'Event'},{'EventSeries'}),'ordinal':({'Event'},None),
'partOf':({'Organization'},{'Organization'}),'memberOf':({'Organization','Country'},{'Organization'}),'locatedIn':({'Place'},{'Place','Country'}),
'affiliation':({'Person'},{'Organization','Country'})}
src=json.load(open(B+'/SOURCES.json')); srcf={s['file'] for s in src}
ok=True; ec=collections.Counter(); rc=collections.Counter(); unc=0
for g in sorted(glob.glob(B+'/gold/*.json')):
    d=json.load(open(g)); slug=os.path.basename(g)[:-5]
    text=open(f"{B}/docs/{slug}.txt").read()
    assert d['document']==slug+'.txt' and d['part']=='all' and set(d)=={'document','part','entities','facts'}
    assert d['document'] in srcf
    n=len(text.split()); 
    if not 150<=n<=400: print('WORDS',slug,n); ok=False
    ids={}
    for e in d['entities']:
        assert e['id'] not in ids; ids[e['id']]=e; ec[e['class']]+=1; unc+=e.get('uncertain',False)
        for s in [e['name']]+e['aliases']:
            if s not in text: print('NAME',slug,e['id'],s); ok=False
        if e['evidence'] not in text or e['name'] not in e['evidence'] and not any(a in e['evidence'] for a in e['aliases']): print('EEV',slug,e['id']); ok=False
    seen=set()
    for f in d['facts']:
        rc[f['relation']]+=1
        key=(f['subject'],f['relation'],f.get('object',f.get('value')))
        if key in seen: print('DUP',slug,key); ok=False
        seen.add(key)
        if f['evidence'] not in text: print('FEV',slug,key); ok=False
        if f['subject'] not in ids: print('SUBJ',slug,key); ok=False; continue
        sc,oc=SIG[f['relation']]; sc={sc} if isinstance(sc,str) else sc
        if ids[f['subject']]['class'] not in sc: print('SCLS',slug,key); ok=False
        if oc is None:
            assert 'object' not in f
            v=f['value']
            if f['relation']=='ordinal': assert v.isdigit(),key
            else: assert re.fullmatch(r'\d{4}(-\d\d(-\d\d)?)?',v),key
        else:
            if f.get('object') not in ids: print('OBJ',slug,key); ok=False
            elif ids[f['object']]['class'] not in oc: print('OCLS',slug,key,ids[f['object']]['class']); ok=False
print('OK' if ok else 'PROBLEMS', len(glob.glob(B+'/gold/*.json')),'docs')
print(dict(ec), sum(ec.values()),'uncertain',unc); print(dict(rc), sum(rc.values()))
