from lib import D

D('11_morocco_mauritania_fisheries_ratified', '2025-01-30', '''
Moroccan parliament ratifies fisheries accord with Mauritania; pact takes effect Saturday

RABAT, Jan. 30 — Morocco's House of Representatives on Tuesday unanimously approved the fisheries and maritime cooperation agreement signed with Mauritania in Nouakchott last June, clearing the way for the accord to enter into force on Saturday, February 1. The House of Councillors, the upper chamber, had endorsed the text on January 14, and Mauritania's National Assembly ratified it in December.

The agreement allows up to 40 Mauritanian coastal vessels to land their catch in the ports of Dakhla and Laâyoune, sets up a joint scientific committee to monitor sardine and octopus stocks, and provides for the training of 300 Mauritanian fishers a year at the Higher Institute of Maritime Fisheries in Agadir. Fisheries Minister Youssef Bennani called the vote "a practical step for Maghreb cooperation at a time when the Arab Maghreb Union, of which both countries are members, remains frozen."
''', [
 ('ma', 'Country', 'Morocco', [], None, None, "Morocco's House of Representatives"),
 ('mr', 'Country', 'Mauritania', [], None, None, 'Moroccan parliament ratifies'),
 ('rabat', 'Place', 'RABAT', [], 'City', True),
 ('hor', 'Organization', 'House of Representatives', [], 'Parliament'),
 ('fa', 'Agreement', 'fisheries and maritime cooperation agreement', [], 'Agreement'),
 ('nkc', 'Place', 'Nouakchott', [], 'City'),
 ('hoc', 'Organization', 'House of Councillors', [], 'Parliament'),
 ('na', 'Organization', 'National Assembly', [], 'Parliament'),
 ('dakhla', 'Place', 'Dakhla', [], 'City'),
 ('laayoune', 'Place', 'Laâyoune', [], 'City'),
 ('ismf', 'Organization', 'Higher Institute of Maritime Fisheries', [], 'Institute'),
 ('agadir', 'Place', 'Agadir', [], 'City'),
 ('yb', 'Person', 'Youssef Bennani', []),
 ('amu', 'Organization', 'Arab Maghreb Union', [], 'IGO'),
 ('maghreb', 'Place', 'Maghreb', [], 'Region', True, 'a practical step for Maghreb'),
], [
 ('fa', 'party', 'ma', "Morocco's House of Representatives"),
 ('fa', 'party', 'mr', "Morocco's House of Representatives"),
 ('fa', 'location', 'nkc', "Morocco's House of Representatives"),
 ('fa', 'date', '2024-06', "Morocco's House of Representatives"),
 ('ismf', 'location', 'agadir', 'Higher Institute of Maritime Fisheries'),
 ('ma', 'memberOf', 'amu', 'Fisheries Minister Youssef Bennani'),
 ('mr', 'memberOf', 'amu', 'Fisheries Minister Youssef Bennani'),
])

D('12_adb_nepal_koshi_roads_loan', '2024-12-05', '''
ADB, Nepal Sign $150 Million Loan and Grant to Improve Road Connectivity in Koshi Province

KATHMANDU, NEPAL (5 December 2024) — The Asian Development Bank (ADB) and the Government of Nepal today signed a $140 million concessional loan and a $10 million grant to upgrade 186 kilometers of strategic roads in Koshi Province in eastern Nepal.

ADB Country Director for Nepal Anjali Raman-Fischer and Joint Secretary of the International Economic Cooperation Coordination Division of the Ministry of Finance Bishnu Prasad Adhikari signed the loan agreement and the grant agreement on behalf of ADB and the government, respectively.

The Koshi Province Road Connectivity Improvement Project will widen and climate-proof the corridor linking Biratnagar, Itahari and Dharan, and build all-weather links to 42 rural municipalities. The OPEC Fund for International Development is providing parallel cofinancing of $40 million, which it approved in October.

“Safe and reliable roads are the arteries of the provincial economy, bringing farmers closer to markets and children closer to schools,” said Ms. Raman-Fischer. “This project also puts women's road safety and climate resilience at the center of design.”

The project is aligned with the Government of Nepal's Sixteenth Five-Year Plan (2024/25–2028/29) and with ADB's country partnership strategy for Nepal, 2020–2024, which prioritizes connectivity and resilient infrastructure.

Nepal is a founding member of ADB, which was established in 1966. Since then, ADB has committed more than $9 billion in loans, grants and technical assistance to the country.

ADB is committed to achieving a prosperous, inclusive, resilient, and sustainable Asia and the Pacific, while sustaining its efforts to eradicate extreme poverty. It is owned by 69 members—49 from the region.
''', [
 ('adb', 'Organization', 'Asian Development Bank', ['ADB'], 'Bank', None, 'KATHMANDU, NEPAL'),
 ('np', 'Country', 'Nepal', ['NEPAL'], None, None, 'ADB, Nepal Sign $150 Million'),
 ('ktm', 'Place', 'KATHMANDU', [], 'City', True, 'KATHMANDU, NEPAL'),
 ('loan', 'Agreement', '$140 million concessional loan', ['loan agreement'], 'LoanAgreement'),
 ('grant', 'Agreement', '$10 million grant', ['grant agreement'], 'GrantAgreement'),
 ('koshi', 'Place', 'Koshi Province', [], 'Province', None, 'ADB, Nepal Sign $150 Million'),
 ('arf', 'Person', 'Anjali Raman-Fischer', ['Raman-Fischer']),
 ('ieccd', 'Organization', 'International Economic Cooperation Coordination Division', [], 'Division'),
 ('mof', 'Organization', 'Ministry of Finance', [], 'Ministry'),
 ('bpa', 'Person', 'Bishnu Prasad Adhikari', []),
 ('biratnagar', 'Place', 'Biratnagar', [], 'City'),
 ('itahari', 'Place', 'Itahari', [], 'City'),
 ('dharan', 'Place', 'Dharan', [], 'City'),
 ('opec', 'Organization', 'OPEC Fund for International Development', [], 'Fund'),
 ('plan', 'Agreement', 'Sixteenth Five-Year Plan (2024/25–2028/29)', [], 'Plan'),
 ('cps', 'Agreement', 'country partnership strategy for Nepal, 2020–2024', [], 'Strategy'),
 ('ap', 'Place', 'Asia and the Pacific', [], 'Region', True),
], [
 ('loan', 'party', 'adb', 'KATHMANDU, NEPAL'),
 ('loan', 'party', 'np', 'KATHMANDU, NEPAL'),
 ('grant', 'party', 'adb', 'KATHMANDU, NEPAL'),
 ('grant', 'party', 'np', 'KATHMANDU, NEPAL'),
 ('loan', 'date', '2024-12-05', 'KATHMANDU, NEPAL'),
 ('grant', 'date', '2024-12-05', 'KATHMANDU, NEPAL'),
 ('koshi', 'locatedIn', 'np', 'KATHMANDU, NEPAL'),
 ('loan', 'party', 'arf', 'ADB Country Director for Nepal'),
 ('loan', 'party', 'bpa', 'ADB Country Director for Nepal'),
 ('grant', 'party', 'arf', 'ADB Country Director for Nepal'),
 ('grant', 'party', 'bpa', 'ADB Country Director for Nepal'),
 ('arf', 'affiliation', 'adb', 'ADB Country Director for Nepal'),
 ('bpa', 'affiliation', 'ieccd', 'ADB Country Director for Nepal'),
 ('ieccd', 'partOf', 'mof', 'ADB Country Director for Nepal'),
 ('plan', 'issuedBy', 'np', 'The project is aligned with'),
 ('cps', 'issuedBy', 'adb', 'The project is aligned with'),
 ('np', 'memberOf', 'adb', 'Nepal is a founding member of ADB'),
])
