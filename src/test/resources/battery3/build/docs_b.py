from lib import D

D('03_eu_chile_raw_materials_wire', '2025-01-21', '''
EU, Chile sign raw materials trade pact after seven years of talks

BRUSSELS, Jan 21 (Reuters) - The European Union and Chile signed an agreement on Tuesday to ease trade in lithium, copper and other critical raw materials, capping negotiations that began in 2018 and stalled twice over Chilean demands for local processing.

The Sustainable Raw Materials Trade Agreement was signed in Brussels by EU trade commissioner Henrik Vestergaard and Chile's foreign minister, Camila Rojas Ibáñez, on the margins of a meeting of the EU-Chile Association Council, officials said.

Under the deal, Chile will phase out export restrictions on refined lithium carbonate while the EU will help finance processing plants in the Atacama region through its Global Gateway investment programme.

"This is a partnership, not an extraction deal," Rojas told reporters after the signing ceremony. "The value will stay in Chile."

Vestergaard said the pact showed that the European Commission could still close trade deals "at a time when others are building walls".

The text must still be approved by the European Parliament and the Council of the EU, and ratified by Chile's National Congress, before it can take effect, a process diplomats expect to take at least 18 months.

Negotiations were launched in Santiago in November 2018 but were suspended during Chile's 2019 social unrest and again in 2022, when the government sought firmer guarantees that lithium would be refined locally.

The pact complements the EU-Chile Advanced Framework Agreement, signed in December 2023, which modernised a 2002 association agreement between the two sides.

It is the bloc's second raw materials deal in Latin America, after a memorandum of understanding on raw materials that the EU signed with Argentina in 2023.

(Reporting by Lucía Fernández in Santiago and Piet Janssens in Brussels; Editing by Mark Hollis)
''', [
 ('eu', 'Organization', 'European Union', ['EU'], 'IGO', None, 'BRUSSELS, Jan 21'),
 ('cl', 'Country', 'Chile', [], None, None, 'EU, Chile sign raw materials'),
 ('bru', 'Place', 'Brussels', ['BRUSSELS'], 'City', None, 'BRUSSELS, Jan 21'),
 ('srmta', 'Agreement', 'Sustainable Raw Materials Trade Agreement', [], 'TradeAgreement'),
 ('hv', 'Person', 'Henrik Vestergaard', ['Vestergaard']),
 ('cri', 'Person', 'Camila Rojas Ibáñez', ['Rojas']),
 ('acmtg', 'Event', 'meeting of the EU-Chile Association Council', [], 'Meeting'),
 ('ac', 'Organization', 'EU-Chile Association Council', [], 'Council'),
 ('atacama', 'Place', 'Atacama region', [], 'Region'),
 ('gg', 'Agreement', 'Global Gateway investment programme', ['Global Gateway'], 'Initiative', True),
 ('cer', 'Event', 'signing ceremony', [], 'SigningCeremony', True),
 ('ec', 'Organization', 'European Commission', [], 'Commission'),
 ('ep', 'Organization', 'European Parliament', [], 'Parliament'),
 ('coeu', 'Organization', 'Council of the EU', [], 'Council'),
 ('nc', 'Organization', 'National Congress', [], 'Parliament'),
 ('neg', 'Event', 'Negotiations', [], 'Negotiations', True, 'Negotiations were launched in Santiago'),
 ('stgo', 'Place', 'Santiago', [], 'City'),
 ('afa', 'Agreement', 'EU-Chile Advanced Framework Agreement', [], 'FrameworkAgreement'),
 ('aa', 'Agreement', '2002 association agreement', [], 'AssociationAgreement'),
 ('ar', 'Country', 'Argentina', []),
 ('armou', 'Agreement', 'memorandum of understanding on raw materials', [], 'Memorandum'),
 ('la', 'Place', 'Latin America', [], 'Region', True),
 ('reuters', 'Organization', 'Reuters', [], 'Media', True),
 ('lf', 'Person', 'Lucía Fernández', [], None, True),
 ('pj', 'Person', 'Piet Janssens', [], None, True),
 ('mh', 'Person', 'Mark Hollis', [], None, True),
], [
 ('srmta', 'party', 'eu', 'BRUSSELS, Jan 21'),
 ('srmta', 'party', 'cl', 'BRUSSELS, Jan 21'),
 ('srmta', 'date', '2025-01-21', 'BRUSSELS, Jan 21'),
 ('srmta', 'location', 'bru', 'was signed in Brussels by'),
 ('srmta', 'party', 'hv', 'was signed in Brussels by'),
 ('srmta', 'party', 'cri', 'was signed in Brussels by'),
 ('srmta', 'adoptedAt', 'acmtg', 'was signed in Brussels by'),
 ('acmtg', 'date', '2025-01-21', 'was signed in Brussels by'),
 ('acmtg', 'location', 'bru', 'was signed in Brussels by'),
 ('hv', 'affiliation', 'eu', 'was signed in Brussels by'),
 ('cri', 'affiliation', 'cl', 'was signed in Brussels by'),
 ('gg', 'issuedBy', 'eu', 'Global Gateway'),
 ('coeu', 'partOf', 'eu', 'Council of the EU'),
 ('neg', 'date', '2018-11', 'Negotiations were launched in Santiago'),
 ('neg', 'location', 'stgo', 'Negotiations were launched in Santiago'),
 ('afa', 'date', '2023-12', 'Advanced Framework Agreement, signed'),
 ('aa', 'date', '2002', 'Advanced Framework Agreement, signed'),
 ('aa', 'party', 'eu', 'Advanced Framework Agreement, signed'),
 ('aa', 'party', 'cl', 'Advanced Framework Agreement, signed'),
 ('armou', 'party', 'eu', 'memorandum of understanding on raw materials'),
 ('armou', 'party', 'ar', 'memorandum of understanding on raw materials'),
 ('armou', 'date', '2023', 'memorandum of understanding on raw materials'),
])

D('04_au_south_sudan_nairobi_agreement', '2024-11-08', '''
PRESS RELEASE

African Union Commission Chairperson welcomes the signing of the Nairobi Agreement between the Government of South Sudan and the National Salvation Front

Addis Ababa, Ethiopia, 8 November 2024: The Chairperson of the African Union Commission, H.E. Amadou Kéïta Soumaré, warmly welcomes the signing on Thursday in Nairobi, Kenya, of the Nairobi Agreement on the Permanent Cessation of Hostilities and Security Arrangements between the Transitional Government of National Unity of the Republic of South Sudan and the National Salvation Front (NAS).

The Agreement, which was signed for the Government by the Minister of Cabinet Affairs, Deng Akol Madut, and for NAS by its Secretary-General, Lokiri Wani Lado, is the outcome of six months of mediation led by the Intergovernmental Authority on Development (IGAD) and the Republic of Kenya under the Tumaini Initiative.

The signing ceremony, held at the Kenyatta International Convention Centre, was witnessed by the IGAD Special Envoy for South Sudan, Ambassador Rosemary Chebet, the African Union High Representative for South Sudan, Professor Samuel Otieno Waweru, and representatives of the United Nations, the Troika (Norway, the United Kingdom and the United States) and the European Union.

The Chairperson commends the parties for their courage and the mediators for their patience, and calls on the remaining holdout groups to join the process without delay. He stresses that the Agreement must be implemented in good faith and in harmony with the Revitalized Agreement on the Resolution of the Conflict in the Republic of South Sudan (R-ARCSS) of 2018.

The African Union, through its Peace and Security Council, stands ready to support the Ceasefire and Transitional Security Arrangements Monitoring and Verification Mechanism (CTSAMVM) in verifying compliance on the ground. The Council is expected to consider the Agreement at its 1245th meeting next week.
''', [
 ('auc', 'Organization', 'African Union Commission', [], 'Commission'),
 ('nairobiag', 'Agreement', 'Nairobi Agreement on the Permanent Cessation of Hostilities and Security Arrangements', ['Nairobi Agreement'], 'PeaceAgreement', None, 'warmly welcomes the signing'),
 ('ss', 'Country', 'Republic of South Sudan', ['South Sudan'], None, None, 'African Union Commission Chairperson welcomes'),
 ('nas', 'Organization', 'National Salvation Front', ['NAS'], 'ArmedGroup', None, 'African Union Commission Chairperson welcomes'),
 ('tgonu', 'Organization', 'Transitional Government of National Unity of the Republic of South Sudan', ['Government of South Sudan'], 'Government'),
 ('aa', 'Place', 'Addis Ababa', [], 'City'),
 ('et', 'Country', 'Ethiopia', []),
 ('aks', 'Person', 'Amadou Kéïta Soumaré', []),
 ('nbo', 'Place', 'Nairobi', [], 'City', None, 'warmly welcomes the signing'),
 ('ke', 'Country', 'Republic of Kenya', ['Kenya'], None, None, 'warmly welcomes the signing'),
 ('deng', 'Person', 'Deng Akol Madut', []),
 ('lokiri', 'Person', 'Lokiri Wani Lado', []),
 ('igad', 'Organization', 'Intergovernmental Authority on Development', ['IGAD'], 'IGO'),
 ('tumaini', 'Agreement', 'Tumaini Initiative', [], 'Initiative', True),
 ('cer', 'Event', 'signing ceremony', [], 'SigningCeremony'),
 ('kicc', 'Place', 'Kenyatta International Convention Centre', [], 'Venue'),
 ('chebet', 'Person', 'Rosemary Chebet', []),
 ('waweru', 'Person', 'Samuel Otieno Waweru', []),
 ('au', 'Organization', 'African Union', [], 'IGO', None, 'the African Union High Representative'),
 ('un', 'Organization', 'United Nations', [], 'IGO'),
 ('troika', 'Organization', 'Troika', [], 'Grouping'),
 ('no', 'Country', 'Norway', []),
 ('uk', 'Country', 'United Kingdom', []),
 ('us', 'Country', 'United States', []),
 ('eu', 'Organization', 'European Union', [], 'IGO'),
 ('rarcss', 'Agreement', 'Revitalized Agreement on the Resolution of the Conflict in the Republic of South Sudan', ['R-ARCSS'], 'PeaceAgreement'),
 ('psc', 'Organization', 'Peace and Security Council', ['Council'], 'Organ'),
 ('ctsamvm', 'Organization', 'Ceasefire and Transitional Security Arrangements Monitoring and Verification Mechanism', ['CTSAMVM'], 'Mechanism'),
 ('m1245', 'Event', '1245th meeting', [], 'Meeting'),
], [
 ('aa', 'locatedIn', 'et', 'Addis Ababa, Ethiopia, 8 November 2024'),
 ('aks', 'affiliation', 'auc', 'Addis Ababa, Ethiopia, 8 November 2024'),
 ('nbo', 'locatedIn', 'ke', 'Addis Ababa, Ethiopia, 8 November 2024'),
 ('nairobiag', 'date', '2024-11-07', 'Addis Ababa, Ethiopia, 8 November 2024'),
 ('nairobiag', 'location', 'nbo', 'Addis Ababa, Ethiopia, 8 November 2024'),
 ('nairobiag', 'party', 'tgonu', 'Addis Ababa, Ethiopia, 8 November 2024'),
 ('nairobiag', 'party', 'nas', 'Addis Ababa, Ethiopia, 8 November 2024'),
 ('nairobiag', 'party', 'deng', 'which was signed for the Government'),
 ('nairobiag', 'party', 'lokiri', 'which was signed for the Government'),
 ('deng', 'affiliation', 'tgonu', 'which was signed for the Government'),
 ('lokiri', 'affiliation', 'nas', 'which was signed for the Government'),
 ('nairobiag', 'adoptedAt', 'cer', 'The signing ceremony, held at'),
 ('nairobiag', 'location', 'kicc', 'The signing ceremony, held at'),
 ('cer', 'location', 'kicc', 'The signing ceremony, held at'),
 ('cer', 'date', '2024-11-07', 'Addis Ababa, Ethiopia, 8 November 2024'),
 ('cer', 'participant', 'chebet', 'The signing ceremony, held at'),
 ('cer', 'participant', 'waweru', 'The signing ceremony, held at'),
 ('cer', 'participant', 'un', 'The signing ceremony, held at'),
 ('cer', 'participant', 'troika', 'The signing ceremony, held at'),
 ('cer', 'participant', 'eu', 'The signing ceremony, held at'),
 ('no', 'memberOf', 'troika', 'The signing ceremony, held at'),
 ('uk', 'memberOf', 'troika', 'The signing ceremony, held at'),
 ('us', 'memberOf', 'troika', 'The signing ceremony, held at'),
 ('chebet', 'affiliation', 'igad', 'The signing ceremony, held at'),
 ('waweru', 'affiliation', 'au', 'The signing ceremony, held at'),
 ('rarcss', 'date', '2018', 'He stresses that the Agreement'),
 ('psc', 'partOf', 'au', 'through its Peace and Security Council'),
 ('m1245', 'ordinal', '1245', 'at its 1245th meeting'),
 ('m1245', 'host', 'psc', 'at its 1245th meeting'),
])
