from lib import D

D('09_windhoek_ghent_twinning', '2024-09-19', '''
MEDIA RELEASE

Windhoek and Ghent formalise twinning agreement

The City of Windhoek is pleased to announce that a Twinning Agreement between the City of Windhoek and the City of Ghent, Belgium, was signed in the Council Chambers of the Windhoek Municipality on Tuesday, 17 September 2024.

The agreement was signed by the Mayor of Windhoek, Her Worship Clarissa Hangula-Moses, and the Mayor of Ghent, Pieter Van Landeghem, who is leading a twelve-member delegation of councillors, officials and business representatives on a four-day working visit to the Namibian capital.

The agreement builds on a letter of intent signed by the two cities in Ghent in March 2023 and will focus on water management, the upgrading of informal settlements, vocational training and cultural exchange.

As a first step, Ghent's water utility Farys and the City of Windhoek's Department of Infrastructure, Water and Technical Services will run a three-year joint programme on reducing water losses, with co-funding from the Flemish Government.

“Windhoek has a proud history of water reclamation, and Ghent has much experience in managing a growing city. We will learn from each other,” said Mayor Hangula-Moses.

Mayor Van Landeghem said the partnership was “a promise between residents, not only between town halls”, and invited a Windhoek youth delegation to the Gentse Feesten festival next July.

The signing ceremony was attended by the Ambassador of Belgium to Namibia, Mr Jan De Smet, the Governor of the Khomas Region, members of the Windhoek City Council and representatives of the Association of Local Authorities in Namibia (ALAN).

Ghent is Windhoek's first twin city in the Benelux region.

Issued by: Corporate Communications, City of Windhoek
''', [
 ('windhoek', 'Place', 'Windhoek', [], 'City', None, 'Windhoek and Ghent formalise'),
 ('ghent', 'Place', 'Ghent', [], 'City', None, 'Windhoek and Ghent formalise'),
 ('cow', 'Organization', 'City of Windhoek', [], 'CityGovernment'),
 ('cog', 'Organization', 'City of Ghent', [], 'CityGovernment'),
 ('be', 'Country', 'Belgium', []),
 ('ta', 'Agreement', 'Twinning Agreement between the City of Windhoek and the City of Ghent', ['twinning agreement'], 'TwinningAgreement', None, 'The City of Windhoek is pleased'),
 ('chambers', 'Place', 'Council Chambers of the Windhoek Municipality', [], 'Venue'),
 ('chm', 'Person', 'Clarissa Hangula-Moses', ['Hangula-Moses']),
 ('pvl', 'Person', 'Pieter Van Landeghem', ['Van Landeghem']),
 ('visit', 'Event', 'four-day working visit to the Namibian capital', [], 'Visit'),
 ('loi', 'Agreement', 'letter of intent', [], 'LetterOfIntent'),
 ('farys', 'Organization', 'Farys', [], 'Company'),
 ('dept', 'Organization', 'Department of Infrastructure, Water and Technical Services', [], 'Department'),
 ('flemish', 'Organization', 'Flemish Government', [], 'Government'),
 ('gf', 'Event', 'Gentse Feesten festival', [], 'Festival', True),
 ('cer', 'Event', 'signing ceremony', [], 'SigningCeremony'),
 ('na', 'Country', 'Namibia', [], None, None, 'Ambassador of Belgium to Namibia'),
 ('jds', 'Person', 'Jan De Smet', []),
 ('khomas', 'Place', 'Khomas Region', [], 'Region'),
 ('wcc', 'Organization', 'Windhoek City Council', [], 'Council'),
 ('alan', 'Organization', 'Association of Local Authorities in Namibia', ['ALAN'], 'Association'),
 ('benelux', 'Place', 'Benelux region', [], 'Region', True),
 ('cc', 'Organization', 'Corporate Communications', [], 'Department', True),
], [
 ('ta', 'party', 'cow', 'The City of Windhoek is pleased'),
 ('ta', 'party', 'cog', 'The City of Windhoek is pleased'),
 ('ta', 'date', '2024-09-17', 'The City of Windhoek is pleased'),
 ('ta', 'location', 'chambers', 'The City of Windhoek is pleased'),
 ('cog', 'location', 'be', 'The City of Windhoek is pleased'),
 ('ta', 'party', 'chm', 'The agreement was signed by the Mayor of Windhoek'),
 ('ta', 'party', 'pvl', 'The agreement was signed by the Mayor of Windhoek'),
 ('chm', 'affiliation', 'cow', 'The agreement was signed by the Mayor of Windhoek'),
 ('pvl', 'affiliation', 'cog', 'The agreement was signed by the Mayor of Windhoek'),
 ('visit', 'participant', 'pvl', 'The agreement was signed by the Mayor of Windhoek'),
 ('visit', 'location', 'windhoek', 'The agreement was signed by the Mayor of Windhoek'),
 ('loi', 'party', 'cow', 'The agreement builds on a letter of intent'),
 ('loi', 'party', 'cog', 'The agreement builds on a letter of intent'),
 ('loi', 'location', 'ghent', 'The agreement builds on a letter of intent'),
 ('loi', 'date', '2023-03', 'The agreement builds on a letter of intent'),
 ('dept', 'partOf', 'cow', 'As a first step'),
 ('gf', 'location', 'ghent', 'Gentse Feesten'),
 ('gf', 'date', '2025-07', 'Gentse Feesten'),
 ('ta', 'adoptedAt', 'cer', 'The signing ceremony was attended'),
 ('cer', 'date', '2024-09-17', 'The City of Windhoek is pleased'),
 ('cer', 'location', 'chambers', 'The City of Windhoek is pleased'),
 ('cer', 'participant', 'jds', 'The signing ceremony was attended'),
 ('cer', 'participant', 'wcc', 'The signing ceremony was attended'),
 ('cer', 'participant', 'alan', 'The signing ceremony was attended'),
 ('cer', 'participant', 'chm', 'The agreement was signed by the Mayor of Windhoek'),
 ('cer', 'participant', 'pvl', 'The agreement was signed by the Mayor of Windhoek'),
 ('jds', 'affiliation', 'be', 'The signing ceremony was attended'),
 ('cc', 'partOf', 'cow', 'Issued by: Corporate Communications'),
])

D('10_kazakhstan_qatar_igc_sixth_session', '2025-07-10', '''
Sixth session of the Kazakhstan–Qatar Intergovernmental Commission held in Doha

The sixth session of the Kazakhstan–Qatar Intergovernmental Commission on Trade, Economic, Scientific, Technical and Cultural Cooperation was held in Doha on 8–9 July 2025.

The session was co-chaired by the Minister of Energy of the Republic of Kazakhstan, Nurlan Sarsenbayev, and the Minister of State for Foreign Trade Affairs of the State of Qatar, Abdulrahman Saleh Al-Mannai. The Kazakh delegation included representatives of the Ministry of Trade and Integration, the Ministry of Agriculture, the national company KazMunayGas, the Kazakh Invest national company and the Astana International Financial Centre (AIFC).

The parties noted that bilateral trade had grown by 38 percent in 2024 and agreed to work towards doubling it by 2030. Particular attention was paid to joint projects in petrochemicals, food security, logistics through the Trans-Caspian International Transport Route and the construction of a halal meat processing plant in the Kostanay region.

On 9 July, the co-chairs signed the Agreed Minutes of the sixth session of the Commission, and the following documents were signed in their presence:

– a Protocol amending the Agreement between the Government of the Republic of Kazakhstan and the Government of the State of Qatar for the Avoidance of Double Taxation, signed in 2008;

– a Memorandum of Understanding between Kazakh Invest and the Qatar Investment Promotion Agency (Invest Qatar) on investment promotion;

– a Protocol on cooperation in veterinary and phytosanitary control between the Ministry of Agriculture of the Republic of Kazakhstan and the Ministry of Municipality of the State of Qatar.

The parties agreed to hold the seventh session of the Commission in Astana in 2026.

On the sidelines of the session, Minister Sarsenbayev took part in the Kazakhstan–Qatar Business Forum, organised by the Qatar Chamber and the Atameken National Chamber of Entrepreneurs, which brought together more than 150 companies from the two countries.
''', [
 ('igc', 'Organization', 'Kazakhstan–Qatar Intergovernmental Commission on Trade, Economic, Scientific, Technical and Cultural Cooperation', ['Kazakhstan–Qatar Intergovernmental Commission', 'Commission'], 'Commission', None, 'The sixth session of the Kazakhstan–Qatar Intergovernmental Commission on Trade'),
 ('s6', 'Event', 'sixth session of the Kazakhstan–Qatar Intergovernmental Commission on Trade, Economic, Scientific, Technical and Cultural Cooperation', ['sixth session of the Kazakhstan–Qatar Intergovernmental Commission', 'sixth session of the Commission'], 'Session'),
 ('doha', 'Place', 'Doha', [], 'City', None, 'Sixth session of the Kazakhstan–Qatar'),
 ('kz', 'Country', 'Republic of Kazakhstan', [], None, None, 'The session was co-chaired'),
 ('qa', 'Country', 'State of Qatar', [], None, None, 'The session was co-chaired'),
 ('ns', 'Person', 'Nurlan Sarsenbayev', ['Sarsenbayev']),
 ('asm', 'Person', 'Abdulrahman Saleh Al-Mannai', []),
 ('mti', 'Organization', 'Ministry of Trade and Integration', [], 'Ministry'),
 ('moa', 'Organization', 'Ministry of Agriculture of the Republic of Kazakhstan', ['Ministry of Agriculture'], 'Ministry', None, 'The Kazakh delegation included'),
 ('kmg', 'Organization', 'KazMunayGas', [], 'Company'),
 ('ki', 'Organization', 'Kazakh Invest', [], 'Agency'),
 ('aifc', 'Organization', 'Astana International Financial Centre', ['AIFC'], 'FinancialCentre'),
 ('tcitr', 'Organization', 'Trans-Caspian International Transport Route', [], 'TransportCorridor', True),
 ('kostanay', 'Place', 'Kostanay region', [], 'Region'),
 ('am', 'Agreement', 'Agreed Minutes of the sixth session of the Commission', [], 'AgreedMinutes'),
 ('prot1', 'Agreement', 'Protocol amending the Agreement between the Government of the Republic of Kazakhstan and the Government of the State of Qatar for the Avoidance of Double Taxation', [], 'Protocol'),
 ('dta', 'Agreement', 'Agreement between the Government of the Republic of Kazakhstan and the Government of the State of Qatar for the Avoidance of Double Taxation', [], 'TaxTreaty'),
 ('mou', 'Agreement', 'Memorandum of Understanding between Kazakh Invest and the Qatar Investment Promotion Agency (Invest Qatar) on investment promotion', [], 'Memorandum'),
 ('iq', 'Organization', 'Qatar Investment Promotion Agency', ['Invest Qatar'], 'Agency'),
 ('prot2', 'Agreement', 'Protocol on cooperation in veterinary and phytosanitary control', [], 'Protocol'),
 ('mm', 'Organization', 'Ministry of Municipality of the State of Qatar', [], 'Ministry'),
 ('s7', 'Event', 'seventh session of the Commission', [], 'Session'),
 ('astana', 'Place', 'Astana', [], 'City', None, 'seventh session of the Commission'),
 ('bf', 'Event', 'Kazakhstan–Qatar Business Forum', [], 'Forum'),
 ('qc', 'Organization', 'Qatar Chamber', [], 'ChamberOfCommerce'),
 ('atameken', 'Organization', 'Atameken National Chamber of Entrepreneurs', [], 'ChamberOfCommerce'),
], [
 ('s6', 'ordinal', '6', 'The sixth session of the Kazakhstan–Qatar Intergovernmental Commission on Trade'),
 ('s6', 'date', '2025-07-08', 'The sixth session of the Kazakhstan–Qatar Intergovernmental Commission on Trade'),
 ('s6', 'endDate', '2025-07-09', 'The sixth session of the Kazakhstan–Qatar Intergovernmental Commission on Trade'),
 ('s6', 'location', 'doha', 'The sixth session of the Kazakhstan–Qatar Intergovernmental Commission on Trade'),
 ('s6', 'host', 'ns', 'The session was co-chaired'),
 ('s6', 'host', 'asm', 'The session was co-chaired'),
 ('s6', 'participant', 'ns', 'The session was co-chaired'),
 ('s6', 'participant', 'asm', 'The session was co-chaired'),
 ('ns', 'affiliation', 'kz', 'The session was co-chaired'),
 ('asm', 'affiliation', 'qa', 'The session was co-chaired'),
] + [('s6', 'participant', o, 'The Kazakh delegation included') for o in ['mti', 'moa', 'kmg', 'ki', 'aifc']] + [
 ('am', 'party', 'ns', 'On 9 July, the co-chairs signed'),
 ('am', 'party', 'asm', 'On 9 July, the co-chairs signed'),
 ('am', 'date', '2025-07-09', 'On 9 July, the co-chairs signed'),
 ('am', 'adoptedAt', 's6', 'On 9 July, the co-chairs signed'),
 ('prot1', 'date', '2025-07-09', 'On 9 July, the co-chairs signed'),
 ('mou', 'date', '2025-07-09', 'On 9 July, the co-chairs signed'),
 ('prot2', 'date', '2025-07-09', 'On 9 July, the co-chairs signed'),
 ('prot1', 'adoptedAt', 's6', 'On 9 July, the co-chairs signed'),
 ('mou', 'adoptedAt', 's6', 'On 9 July, the co-chairs signed'),
 ('prot2', 'adoptedAt', 's6', 'On 9 July, the co-chairs signed'),
 ('prot1', 'party', 'kz', 'a Protocol amending the Agreement'),
 ('prot1', 'party', 'qa', 'a Protocol amending the Agreement'),
 ('dta', 'party', 'kz', 'a Protocol amending the Agreement'),
 ('dta', 'party', 'qa', 'a Protocol amending the Agreement'),
 ('dta', 'date', '2008', 'a Protocol amending the Agreement'),
 ('mou', 'party', 'ki', 'a Memorandum of Understanding between Kazakh Invest'),
 ('mou', 'party', 'iq', 'a Memorandum of Understanding between Kazakh Invest'),
 ('prot2', 'party', 'moa', 'a Protocol on cooperation in veterinary'),
 ('prot2', 'party', 'mm', 'a Protocol on cooperation in veterinary'),
 ('s7', 'ordinal', '7', 'The parties agreed to hold the seventh session'),
 ('s7', 'location', 'astana', 'The parties agreed to hold the seventh session'),
 ('s7', 'date', '2026', 'The parties agreed to hold the seventh session'),
 ('bf', 'host', 'qc', 'On the sidelines of the session'),
 ('bf', 'host', 'atameken', 'On the sidelines of the session'),
 ('bf', 'participant', 'ns', 'On the sidelines of the session'),
])
