from lib import D

D('01_ph_id_fm_visit_mous', '2025-03-12', '''
Philippines, Indonesia Sign Maritime Rescue and Education Pacts During Foreign Minister's Visit

MANILA, 12 March 2025 — Philippine Secretary for Foreign Affairs Ramon Dela Vega welcomed Indonesian Foreign Minister Ayu Kusumawardhani to Manila on Tuesday for bilateral talks, the centrepiece of a two-day official visit to the Philippines that began on Monday.

The two ministers reviewed the implementation of the Plan of Action for Philippines–Indonesia Cooperation 2022–2026, which the two countries adopted in Jakarta in 2022, and exchanged views on maritime security, trade, the protection of migrant workers and developments in the South China Sea.

At the close of the meeting, Secretary Dela Vega and Minister Kusumawardhani witnessed the exchange of two memoranda of understanding. The Memorandum of Understanding on Cooperation in Maritime Search and Rescue was signed by the Philippine Coast Guard and Indonesia's National Search and Rescue Agency (BASARNAS), while a memorandum of understanding on higher education cooperation was concluded between the Commission on Higher Education (CHED) and the Ministry of Higher Education, Science and Technology of Indonesia.

“Our archipelagos share the same seas and face the same storms, and today's agreements will save lives and open classrooms on both sides,” Secretary Dela Vega said.

Minister Kusumawardhani, who is accompanied by senior officials from Jakarta, said Indonesia looked forward to hosting the next session of the Joint Commission for Bilateral Cooperation (JCBC) later this year. She also thanked the Philippine side for its assistance to Indonesian fishermen rescued off Mindanao in January.

The visit is the minister's first to the Philippines since she assumed office in October 2024.
''', [
 ('ph', 'Country', 'Philippines', [], None, None, 'Philippines, Indonesia Sign'),
 ('id', 'Country', 'Indonesia', [], None, None, 'Philippines, Indonesia Sign'),
 ('manila', 'Place', 'Manila', ['MANILA'], 'City'),
 ('dv', 'Person', 'Ramon Dela Vega', ['Dela Vega']),
 ('ayu', 'Person', 'Ayu Kusumawardhani', ['Kusumawardhani']),
 ('talks', 'Event', 'bilateral talks', [], 'Talks'),
 ('visit', 'Event', 'two-day official visit to the Philippines', [], 'Visit'),
 ('poa', 'Agreement', 'Plan of Action for Philippines–Indonesia Cooperation 2022–2026', [], 'ActionPlan'),
 ('jakarta', 'Place', 'Jakarta', [], 'City'),
 ('scs', 'Place', 'South China Sea', [], 'Sea', True),
 ('mou1', 'Agreement', 'Memorandum of Understanding on Cooperation in Maritime Search and Rescue', [], 'Memorandum'),
 ('pcg', 'Organization', 'Philippine Coast Guard', [], 'Agency'),
 ('basarnas', 'Organization', 'National Search and Rescue Agency', ['BASARNAS'], 'Agency'),
 ('mou2', 'Agreement', 'memorandum of understanding on higher education cooperation', [], 'Memorandum'),
 ('ched', 'Organization', 'Commission on Higher Education', ['CHED'], 'Agency'),
 ('mhest', 'Organization', 'Ministry of Higher Education, Science and Technology of Indonesia', [], 'Ministry'),
 ('jcbc', 'Organization', 'Joint Commission for Bilateral Cooperation', ['JCBC'], 'Commission'),
 ('jcbcnext', 'Event', 'next session of the Joint Commission for Bilateral Cooperation', [], 'Session', True),
 ('mindanao', 'Place', 'Mindanao', [], 'Island'),
], [
 ('dv', 'affiliation', 'ph', 'Philippine Secretary for Foreign Affairs'),
 ('ayu', 'affiliation', 'id', 'Philippine Secretary for Foreign Affairs'),
 ('talks', 'date', '2025-03-11', 'Philippine Secretary for Foreign Affairs'),
 ('talks', 'location', 'manila', 'Philippine Secretary for Foreign Affairs'),
 ('talks', 'host', 'dv', 'Philippine Secretary for Foreign Affairs'),
 ('talks', 'participant', 'dv', 'Philippine Secretary for Foreign Affairs'),
 ('talks', 'participant', 'ayu', 'Philippine Secretary for Foreign Affairs'),
 ('visit', 'date', '2025-03-10', 'Philippine Secretary for Foreign Affairs'),
 ('visit', 'location', 'ph', 'Philippine Secretary for Foreign Affairs'),
 ('visit', 'participant', 'ayu', 'Philippine Secretary for Foreign Affairs'),
 ('poa', 'party', 'ph', 'The two ministers reviewed'),
 ('poa', 'party', 'id', 'The two ministers reviewed'),
 ('poa', 'location', 'jakarta', 'The two ministers reviewed'),
 ('poa', 'date', '2022', 'The two ministers reviewed'),
 ('mou1', 'party', 'pcg', 'was signed by the Philippine Coast Guard'),
 ('mou1', 'party', 'basarnas', 'was signed by the Philippine Coast Guard'),
 ('mou2', 'party', 'ched', 'was signed by the Philippine Coast Guard'),
 ('mou2', 'party', 'mhest', 'was signed by the Philippine Coast Guard'),
 ('mou1', 'adoptedAt', 'talks', 'At the close of the meeting'),
 ('mou2', 'adoptedAt', 'talks', 'At the close of the meeting'),
 ('mou1', 'date', '2025-03-11', 'At the close of the meeting'),
 ('mou2', 'date', '2025-03-11', 'At the close of the meeting'),
 ('mou1', 'location', 'manila', 'At the close of the meeting'),
 ('mou2', 'location', 'manila', 'At the close of the meeting'),
 ('jcbcnext', 'host', 'id', 'looked forward to hosting'),
 ('jcbcnext', 'date', '2025', 'looked forward to hosting'),
])

D('02_sica_san_salvador_declaration', '2025-06-27', '''
DECLARATION OF SAN SALVADOR

65th Ordinary Meeting of Heads of State and Government of the Member Countries of the Central American Integration System (SICA)

San Salvador, El Salvador, 27 June 2025

The Heads of State and Government of Belize, Costa Rica, El Salvador, Guatemala, Honduras, Panama and the Dominican Republic, and the Vice-President of Nicaragua, meeting in San Salvador on the occasion of the 65th Ordinary Meeting of Heads of State and Government of the Member Countries of SICA, under the pro tempore presidency of El Salvador,

DECLARE:

1. Our commitment to regional integration as the path to peace, freedom, democracy and development, in accordance with the Tegucigalpa Protocol to the Charter of the Organization of Central American States (ODECA).

2. To approve the Regional Strategy for Climate Resilience 2025–2030, prepared by the Central American Commission for Environment and Development (CCAD), and to instruct the General Secretariat of SICA to coordinate its implementation with the Central American Bank for Economic Integration (CABEI).

3. To welcome the Framework Agreement on Regional Labour Mobility, signed today by the ministers of labour of our countries, and to urge its prompt ratification by the national legislatures.

4. To thank the Secretary-General of SICA, Mr Julián Ortega Brenes, for his report on the work of the General Secretariat during the first half of 2025.

5. To acknowledge the participation, as special guests, of the Executive Secretary of the Economic Commission for Latin America and the Caribbean (ECLAC) and of a delegation of the European Union, whose support for the Regional Strategy we value.

6. To accept with appreciation the offer of Guatemala to host the 66th Ordinary Meeting in December 2025, when it assumes the pro tempore presidency.

7. To express our gratitude to the people and Government of El Salvador for their warm hospitality and for the excellent organisation of this meeting.

Signed in the city of San Salvador, Republic of El Salvador, on the twenty-seventh day of June of the year two thousand and twenty-five.

Mariela Sandoval Ruiz
President of the Republic of El Salvador and President Pro Tempore of SICA
''', [
 ('decl', 'Agreement', 'DECLARATION OF SAN SALVADOR', [], 'Declaration'),
 ('mtg', 'Event', '65th Ordinary Meeting of Heads of State and Government of the Member Countries of the Central American Integration System', ['65th Ordinary Meeting of Heads of State and Government of the Member Countries of SICA'], 'Summit'),
 ('sica', 'Organization', 'Central American Integration System', ['SICA'], 'IGO'),
 ('ss', 'Place', 'San Salvador', [], 'City'),
 ('sv', 'Country', 'Republic of El Salvador', ['El Salvador'], None, None, 'San Salvador, El Salvador, 27 June 2025'),
 ('bz', 'Country', 'Belize', []),
 ('cr', 'Country', 'Costa Rica', []),
 ('gt', 'Country', 'Guatemala', []),
 ('hn', 'Country', 'Honduras', []),
 ('pa', 'Country', 'Panama', []),
 ('do', 'Country', 'Dominican Republic', []),
 ('ni', 'Country', 'Nicaragua', []),
 ('tp', 'Agreement', 'Tegucigalpa Protocol to the Charter of the Organization of Central American States', ['Tegucigalpa Protocol'], 'Protocol'),
 ('charter', 'Agreement', 'Charter of the Organization of Central American States', [], 'Charter'),
 ('odeca', 'Organization', 'Organization of Central American States', ['ODECA'], 'IGO'),
 ('strat', 'Agreement', 'Regional Strategy for Climate Resilience 2025–2030', ['Regional Strategy'], 'Strategy'),
 ('ccad', 'Organization', 'Central American Commission for Environment and Development', ['CCAD'], 'Commission'),
 ('gs', 'Organization', 'General Secretariat of SICA', ['General Secretariat'], 'Secretariat'),
 ('cabei', 'Organization', 'Central American Bank for Economic Integration', ['CABEI'], 'Bank'),
 ('fa', 'Agreement', 'Framework Agreement on Regional Labour Mobility', [], 'FrameworkAgreement'),
 ('ortega', 'Person', 'Julián Ortega Brenes', []),
 ('report', 'Agreement', 'report on the work of the General Secretariat during the first half of 2025', [], 'Report', True),
 ('eclac', 'Organization', 'Economic Commission for Latin America and the Caribbean', ['ECLAC'], 'UNCommission'),
 ('eu', 'Organization', 'European Union', [], 'IGO'),
 ('mtg66', 'Event', '66th Ordinary Meeting', [], 'Summit'),
 ('msr', 'Person', 'Mariela Sandoval Ruiz', []),
], [
 ('decl', 'adoptedAt', 'mtg', 'meeting in San Salvador on the occasion'),
 ('decl', 'date', '2025-06-27', 'Signed in the city of San Salvador'),
 ('decl', 'location', 'ss', 'Signed in the city of San Salvador'),
 ('ss', 'locatedIn', 'sv', 'Signed in the city of San Salvador'),
] + [('decl', 'party', c, 'meeting in San Salvador on the occasion') for c in ['bz','cr','sv','gt','hn','pa','do','ni']]
  + [('decl', 'party', 'msr', 'Mariela Sandoval Ruiz')]
  + [('mtg', 'participant', c, 'meeting in San Salvador on the occasion') for c in ['bz','cr','sv','gt','hn','pa','do','ni']]
  + [('mtg', 'ordinal', '65', '65th Ordinary Meeting of Heads of State and Government of the Member Countries of the Central'),
     ('mtg', 'date', '2025-06-27', 'San Salvador, El Salvador, 27 June 2025'),
     ('mtg', 'location', 'ss', 'meeting in San Salvador on the occasion'),
     ('mtg', 'host', 'sv', 'meeting in San Salvador on the occasion'),
     ('mtg', 'participant', 'eclac', 'To acknowledge the participation'),
     ('mtg', 'participant', 'eu', 'To acknowledge the participation'),
     ('strat', 'issuedBy', 'ccad', 'To approve the Regional Strategy'),
     ('strat', 'adoptedAt', 'mtg', 'To approve the Regional Strategy'),
     ('strat', 'date', '2025-06-27', 'To approve the Regional Strategy'),
     ('gs', 'partOf', 'sica', 'To approve the Regional Strategy'),
     ('fa', 'date', '2025-06-27', 'To welcome the Framework Agreement'),
     ('ortega', 'affiliation', 'sica', 'To thank the Secretary-General'),
     ('report', 'issuedBy', 'ortega', 'To thank the Secretary-General'),
     ('mtg66', 'ordinal', '66', 'To accept with appreciation'),
     ('mtg66', 'host', 'gt', 'To accept with appreciation'),
     ('mtg66', 'date', '2025-12', 'To accept with appreciation'),
     ('msr', 'affiliation', 'sv', 'President of the Republic of El Salvador and President Pro Tempore'),
     ('msr', 'affiliation', 'sica', 'President of the Republic of El Salvador and President Pro Tempore'),
  ] + [(c, 'memberOf', 'sica', 'meeting in San Salvador on the occasion') for c in ['bz','cr','sv','gt','hn','pa','do','ni']])
