from lib import D

D('07_unido_austria_host_agreement', '2024-10-03', '''
UNIDO and Austria sign host country agreement for new green hydrogen hub in Vienna

VIENNA, 3 October 2024 – The United Nations Industrial Development Organization (UNIDO) and the Government of the Republic of Austria yesterday signed a host country agreement for the UNIDO Global Hub for Green Hydrogen in Industry, which will open at the Vienna International Centre early next year.

The agreement was signed by UNIDO Director General Marta Lindqvist-Osei and the Austrian Federal Minister for European and International Affairs, Georg Hallerstein, at a ceremony held on the margins of the eighth Vienna Energy Forum, which UNIDO is co-organizing this week with the International Institute for Applied Systems Analysis (IIASA).

Under the agreement, Austria will provide premises free of charge and contribute EUR 12 million over five years to the Hub's operating costs. Staff and experts of the Hub will enjoy the privileges and immunities set out in the Headquarters Agreement between UNIDO and Austria, concluded in 1967.

“Vienna has been UNIDO's home for more than half a century, and Austria has once again shown what a committed host country looks like,” said Director General Lindqvist-Osei. “The Hub will help manufacturers in developing countries move from fossil fuels to clean hydrogen without losing their competitiveness.”

Minister Hallerstein said the Hub would strengthen the position of Vienna as one of the four headquarters of the United Nations, alongside New York, Geneva and Nairobi.

The Hub will work closely with the International Renewable Energy Agency (IRENA), the European Bank for Reconstruction and Development (EBRD) and national hydrogen associations, and will report annually to UNIDO's Industrial Development Board.

The agreement will enter into force once it has been approved by the Austrian National Council.

UNIDO is the specialized agency of the United Nations that promotes inclusive and sustainable industrial development. It has 173 Member States.
''', [
 ('unido', 'Organization', 'United Nations Industrial Development Organization', ['UNIDO'], 'SpecializedAgency', None, 'VIENNA, 3 October 2024'),
 ('at', 'Country', 'Republic of Austria', ['Austria'], None, None, 'VIENNA, 3 October 2024'),
 ('vienna', 'Place', 'Vienna', ['VIENNA'], 'City', None, 'UNIDO and Austria sign host country'),
 ('hca', 'Agreement', 'host country agreement for the UNIDO Global Hub for Green Hydrogen in Industry', [], 'HostCountryAgreement'),
 ('hub', 'Organization', 'UNIDO Global Hub for Green Hydrogen in Industry', ['Hub'], 'Centre'),
 ('vic', 'Place', 'Vienna International Centre', [], 'Venue'),
 ('mlo', 'Person', 'Marta Lindqvist-Osei', ['Lindqvist-Osei']),
 ('gh', 'Person', 'Georg Hallerstein', ['Hallerstein']),
 ('cer', 'Event', 'ceremony', [], 'SigningCeremony', None, 'at a ceremony held on the margins'),
 ('vef', 'Event', 'eighth Vienna Energy Forum', [], 'Forum'),
 ('iiasa', 'Organization', 'International Institute for Applied Systems Analysis', ['IIASA'], 'ResearchInstitute'),
 ('hqa', 'Agreement', 'Headquarters Agreement between UNIDO and Austria', [], 'HeadquartersAgreement'),
 ('un', 'Organization', 'United Nations', [], 'IGO', None, 'one of the four headquarters of the United Nations'),
 ('ny', 'Place', 'New York', [], 'City'),
 ('geneva', 'Place', 'Geneva', [], 'City'),
 ('nairobi', 'Place', 'Nairobi', [], 'City'),
 ('irena', 'Organization', 'International Renewable Energy Agency', ['IRENA'], 'IGO'),
 ('ebrd', 'Organization', 'European Bank for Reconstruction and Development', ['EBRD'], 'Bank'),
 ('idb', 'Organization', 'Industrial Development Board', [], 'Organ'),
 ('nr', 'Organization', 'National Council', [], 'Parliament'),
], [
 ('hca', 'party', 'unido', 'VIENNA, 3 October 2024'),
 ('hca', 'party', 'at', 'VIENNA, 3 October 2024'),
 ('hca', 'date', '2024-10-02', 'VIENNA, 3 October 2024'),
 ('hub', 'partOf', 'unido', 'VIENNA, 3 October 2024'),
 ('hub', 'location', 'vic', 'VIENNA, 3 October 2024'),
 ('hca', 'party', 'mlo', 'The agreement was signed by UNIDO Director'),
 ('hca', 'party', 'gh', 'The agreement was signed by UNIDO Director'),
 ('mlo', 'affiliation', 'unido', 'The agreement was signed by UNIDO Director'),
 ('gh', 'affiliation', 'at', 'The agreement was signed by UNIDO Director'),
 ('hca', 'adoptedAt', 'cer', 'The agreement was signed by UNIDO Director'),
 ('hca', 'adoptedAt', 'vef', 'The agreement was signed by UNIDO Director'),
 ('cer', 'date', '2024-10-02', 'VIENNA, 3 October 2024'),
 ('cer', 'participant', 'mlo', 'The agreement was signed by UNIDO Director'),
 ('cer', 'participant', 'gh', 'The agreement was signed by UNIDO Director'),
 ('vef', 'ordinal', '8', 'The agreement was signed by UNIDO Director'),
 ('vef', 'host', 'unido', 'The agreement was signed by UNIDO Director'),
 ('vef', 'host', 'iiasa', 'The agreement was signed by UNIDO Director'),
 ('hqa', 'party', 'unido', 'Headquarters Agreement between UNIDO and Austria'),
 ('hqa', 'party', 'at', 'Headquarters Agreement between UNIDO and Austria'),
 ('hqa', 'date', '1967', 'Headquarters Agreement between UNIDO and Austria'),
 ('idb', 'partOf', 'unido', "UNIDO's Industrial Development Board"),
 ('unido', 'partOf', 'un', 'UNIDO is the specialized agency'),
])

D('08_barents_council_lulea_ministerial', '2025-05-15', '''
Barents ministers adopt Luleå Declaration and new action plan as Finland takes the chair

LULEÅ, Sweden – Foreign ministers and senior officials of the Barents Euro-Arctic Council (BEAC) on Wednesday adopted the Luleå Declaration and a three-year action plan on climate adaptation and Indigenous youth, as Sweden handed over the rotating chairmanship to Finland.

The 17th ministerial session of the council, held in the city's Kulturens hus, was chaired by Swedish Foreign Minister Elin Brandqvist and brought together delegations from Denmark, Finland, Iceland and Norway as well as the European Union.

The council's members – Denmark, Finland, Iceland, Norway, Sweden and the European Union – have kept the regional format alive since Russia, a founding member, announced its withdrawal in September 2023.

“The Barents cooperation was built by people, not only by governments, and it is the people of the region we are answering to today,” Brandqvist told the meeting.

The declaration commits members to maintaining cross-border health, education and rescue cooperation in the northern parts of Norway, Sweden and Finland, and calls for new rail and air links across the region.

The Barents Action Plan on Climate Adaptation and Indigenous Youth 2025–2028 was drafted together with the Barents Regional Council and the Working Group of Indigenous Peoples, which has been part of the BEAC structure since 1995.

Finland’s foreign minister, Aino Mäkelä-Rautio, said the Finnish chairmanship would put reindeer herding, wildfire prevention and youth employment at the top of the agenda. Finland will host the next ministerial session in Oulu in 2027.

The Arctic Council, which is chaired by Norway until 2027, was represented at the session by an observer.
''', [
 ('lulea', 'Place', 'Luleå', ['LULEÅ'], 'City', None, 'adopt Luleå Declaration'),
 ('se', 'Country', 'Sweden', [], None, None, 'LULEÅ, Sweden'),
 ('beac', 'Organization', 'Barents Euro-Arctic Council', ['BEAC'], 'IGO'),
 ('decl', 'Agreement', 'Luleå Declaration', [], 'Declaration', None, 'adopt Luleå Declaration'),
 ('ap', 'Agreement', 'Barents Action Plan on Climate Adaptation and Indigenous Youth 2025–2028', [], 'ActionPlan'),
 ('fi', 'Country', 'Finland', [], None, None, 'adopt Luleå Declaration'),
 ('sess', 'Event', '17th ministerial session of the council', [], 'MinisterialMeeting'),
 ('kh', 'Place', 'Kulturens hus', [], 'Venue'),
 ('eb', 'Person', 'Elin Brandqvist', ['Brandqvist']),
 ('dk', 'Country', 'Denmark', []),
 ('is', 'Country', 'Iceland', []),
 ('no', 'Country', 'Norway', []),
 ('eu', 'Organization', 'European Union', [], 'IGO'),
 ('ru', 'Country', 'Russia', []),
 ('brc', 'Organization', 'Barents Regional Council', [], 'Council'),
 ('wgip', 'Organization', 'Working Group of Indigenous Peoples', [], 'WorkingGroup'),
 ('amr', 'Person', 'Aino Mäkelä-Rautio', []),
 ('next', 'Event', 'next ministerial session', [], 'MinisterialMeeting'),
 ('oulu', 'Place', 'Oulu', [], 'City'),
 ('ac', 'Organization', 'Arctic Council', [], 'IGO'),
], [
 ('lulea', 'locatedIn', 'se', 'LULEÅ, Sweden'),
 ('decl', 'issuedBy', 'beac', 'LULEÅ, Sweden'),
 ('decl', 'date', '2025-05-14', 'LULEÅ, Sweden'),
 ('ap', 'issuedBy', 'beac', 'LULEÅ, Sweden'),
 ('ap', 'date', '2025-05-14', 'LULEÅ, Sweden'),
 ('decl', 'adoptedAt', 'sess', 'The 17th ministerial session of the council'),
 ('ap', 'adoptedAt', 'sess', 'The 17th ministerial session of the council'),
 ('sess', 'date', '2025-05-14', 'LULEÅ, Sweden'),
 ('sess', 'ordinal', '17', 'The 17th ministerial session of the council'),
 ('sess', 'location', 'kh', 'The 17th ministerial session of the council'),
 ('sess', 'location', 'lulea', 'The 17th ministerial session of the council'),
 ('kh', 'locatedIn', 'lulea', 'The 17th ministerial session of the council'),
 ('sess', 'host', 'eb', 'The 17th ministerial session of the council'),
 ('sess', 'participant', 'eb', 'The 17th ministerial session of the council'),
 ('sess', 'participant', 'dk', 'The 17th ministerial session of the council'),
 ('sess', 'participant', 'fi', 'The 17th ministerial session of the council'),
 ('sess', 'participant', 'is', 'The 17th ministerial session of the council'),
 ('sess', 'participant', 'no', 'The 17th ministerial session of the council'),
 ('sess', 'participant', 'eu', 'The 17th ministerial session of the council'),
 ('sess', 'participant', 'beac', 'LULEÅ, Sweden'),
 ('eb', 'affiliation', 'se', 'The 17th ministerial session of the council'),
 ('dk', 'memberOf', 'beac', "The council's members"),
 ('fi', 'memberOf', 'beac', "The council's members"),
 ('is', 'memberOf', 'beac', "The council's members"),
 ('no', 'memberOf', 'beac', "The council's members"),
 ('se', 'memberOf', 'beac', "The council's members"),
 ('eu', 'memberOf', 'beac', "The council's members"),
 ('wgip', 'partOf', 'beac', 'The Barents Action Plan on Climate'),
 ('amr', 'affiliation', 'fi', 'Finland’s foreign minister'),
 ('next', 'host', 'fi', 'Finland will host the next ministerial session'),
 ('next', 'location', 'oulu', 'Finland will host the next ministerial session'),
 ('next', 'date', '2027', 'Finland will host the next ministerial session'),
 ('sess', 'participant', 'ac', 'The Arctic Council, which is chaired'),
])
