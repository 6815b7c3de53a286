from lib import D

D('05_japan_poland_cultural_programme', '2025-04-16', '''
Programme of cultural, educational and sports cooperation for 2025–2028 signed in Warsaw

On 14 April, the Ambassador of Japan to Poland, Hiroshi Tanabe, and the Undersecretary of State at the Ministry of Culture and National Heritage of the Republic of Poland, Katarzyna Wolska-Zięba, signed the Programme of Cooperation in Culture, Education and Sport between the Government of Japan and the Government of the Republic of Poland for the years 2025–2028.

The signing ceremony took place at the Royal Łazienki Museum in Warsaw and was attended by representatives of the Japan Foundation, the Adam Mickiewicz Institute and the Manggha Museum of Japanese Art and Technology in Kraków.

The new programme, which succeeds the previous cooperation programme signed in Tokyo in 2019, provides for exchanges of artists and curators, joint exhibitions, support for Japanese language teaching at Polish universities and scholarships of Japan's Ministry of Education, Culture, Sports, Science and Technology (MEXT) for young Polish researchers.

In his remarks, Ambassador Tanabe expressed the hope that the programme would build on the momentum of Expo 2025 Osaka, Kansai, Japan, which opened on Sunday and at which Poland is presenting a national pavilion devoted to the meeting of tradition and innovation. He also thanked the Polish side for the warm welcome given last autumn to the Takarazuka Revue during its first European tour.

Undersecretary Wolska-Zięba noted that interest in Japanese culture in Poland has never been greater, pointing to record attendance at Manggha and at the Japanese film week held annually in Gdańsk. "Culture is where our two peoples meet most naturally," she said.

Following the signing, guests enjoyed a short performance by students of the Fryderyk Chopin University of Music.
''', [
 ('warsaw', 'Place', 'Warsaw', [], 'City'),
 ('tanabe', 'Person', 'Hiroshi Tanabe', ['Tanabe']),
 ('jp', 'Country', 'Japan', []),
 ('pl', 'Country', 'Republic of Poland', ['Poland'], None, None, 'On 14 April, the Ambassador'),
 ('wz', 'Person', 'Katarzyna Wolska-Zięba', ['Wolska-Zięba']),
 ('mkidn', 'Organization', 'Ministry of Culture and National Heritage of the Republic of Poland', [], 'Ministry'),
 ('prog', 'Agreement', 'Programme of Cooperation in Culture, Education and Sport between the Government of Japan and the Government of the Republic of Poland for the years 2025–2028', [], 'Programme'),
 ('cer', 'Event', 'signing ceremony', [], 'SigningCeremony'),
 ('lazienki', 'Place', 'Royal Łazienki Museum', [], 'Venue'),
 ('jf', 'Organization', 'Japan Foundation', [], 'Agency'),
 ('ami', 'Organization', 'Adam Mickiewicz Institute', [], 'Institute'),
 ('manggha', 'Organization', 'Manggha Museum of Japanese Art and Technology', ['Manggha'], 'Museum'),
 ('krakow', 'Place', 'Kraków', [], 'City'),
 ('prev', 'Agreement', 'previous cooperation programme', [], 'Programme', True),
 ('tokyo', 'Place', 'Tokyo', [], 'City'),
 ('mext', 'Organization', "Ministry of Education, Culture, Sports, Science and Technology", ['MEXT'], 'Ministry'),
 ('expo', 'Event', 'Expo 2025 Osaka, Kansai, Japan', [], 'Expo'),
 ('takarazuka', 'Organization', 'Takarazuka Revue', [], 'Company', True),
 ('tour', 'Event', 'first European tour', [], 'Tour', True),
 ('filmweek', 'Event', 'Japanese film week', [], 'Festival', True),
 ('gdansk', 'Place', 'Gdańsk', [], 'City'),
 ('chopin', 'Organization', 'Fryderyk Chopin University of Music', [], 'University'),
], [
 ('prog', 'party', 'jp', 'On 14 April, the Ambassador'),
 ('prog', 'party', 'pl', 'On 14 April, the Ambassador'),
 ('prog', 'party', 'tanabe', 'On 14 April, the Ambassador'),
 ('prog', 'party', 'wz', 'On 14 April, the Ambassador'),
 ('prog', 'date', '2025-04-14', 'On 14 April, the Ambassador'),
 ('tanabe', 'affiliation', 'jp', 'On 14 April, the Ambassador'),
 ('wz', 'affiliation', 'mkidn', 'On 14 April, the Ambassador'),
 ('prog', 'location', 'warsaw', 'Programme of cultural, educational and sports cooperation'),
 ('prog', 'adoptedAt', 'cer', 'The signing ceremony took place'),
 ('prog', 'location', 'lazienki', 'The signing ceremony took place'),
 ('cer', 'date', '2025-04-14', 'On 14 April, the Ambassador'),
 ('cer', 'location', 'lazienki', 'The signing ceremony took place'),
 ('cer', 'location', 'warsaw', 'The signing ceremony took place'),
 ('lazienki', 'locatedIn', 'warsaw', 'The signing ceremony took place'),
 ('cer', 'participant', 'jf', 'The signing ceremony took place'),
 ('cer', 'participant', 'ami', 'The signing ceremony took place'),
 ('cer', 'participant', 'manggha', 'The signing ceremony took place'),
 ('cer', 'participant', 'tanabe', 'On 14 April, the Ambassador'),
 ('cer', 'participant', 'wz', 'On 14 April, the Ambassador'),
 ('manggha', 'location', 'krakow', 'The signing ceremony took place'),
 ('prev', 'location', 'tokyo', 'The new programme, which succeeds'),
 ('prev', 'date', '2019', 'The new programme, which succeeds'),
 ('expo', 'date', '2025-04-13', 'In his remarks, Ambassador Tanabe'),
 ('expo', 'participant', 'pl', 'In his remarks, Ambassador Tanabe'),
 ('filmweek', 'location', 'gdansk', 'Japanese film week'),
])

D('06_australia_fiji_leaders_joint_statement', '2025-02-06', '''
Joint Statement by the Prime Minister of Australia and the Prime Minister of Fiji

Canberra, 6 February 2025

1. The Prime Minister of Australia, the Hon Daniel Whitcombe MP, hosted the Prime Minister of the Republic of Fiji, the Hon Sitiveni Naivalu, in Canberra on 5–6 February 2025 for the third Australia–Fiji Leaders' Dialogue.

2. The leaders recalled that the annual Leaders' Dialogue was established under the Fiji–Australia Vuvale Partnership, signed in 2019, and reaffirmed the Partnership as the foundation of a relationship built on mutual respect, trust and shared Pacific values.

3. The leaders welcomed the following outcomes of their talks:

a) the signing of the Australia–Fiji Defence Cooperation Arrangement on Maritime Surveillance by the two countries' defence ministers, which will expand joint patrols in Fiji's exclusive economic zone;

b) a new memorandum of understanding on labour mobility between Australia's Department of Employment and Workplace Relations and Fiji's Ministry of Employment, Productivity and Industrial Relations, which will streamline Fijian participation in the Pacific Australia Labour Mobility (PALM) scheme;

c) the launch of the Fiji Climate Resilient Infrastructure Initiative, to be delivered with the Asian Development Bank, with an initial Australian contribution of A$60 million;

d) agreement to begin negotiations on a bilateral treaty on the mutual recognition of professional qualifications.

4. The leaders reaffirmed the centrality of the Pacific Islands Forum and their commitment to the 2050 Strategy for the Blue Pacific Continent, and looked forward to the Pacific Islands Forum Leaders' Meeting in Honiara in September.

5. Prime Minister Whitcombe paid tribute to Fiji's contribution to regional peacekeeping, including through the Republic of Fiji Military Forces' long service with the United Nations.

6. Prime Minister Naivalu invited Prime Minister Whitcombe to Suva for the fourth Leaders' Dialogue in 2026, and Prime Minister Whitcombe accepted with pleasure.
''', [
 ('js', 'Agreement', 'Joint Statement by the Prime Minister of Australia and the Prime Minister of Fiji', [], 'JointStatement'),
 ('au', 'Country', 'Australia', [], None, None, 'Joint Statement by the Prime Minister'),
 ('fj', 'Country', 'Republic of Fiji', ['Fiji'], None, None, 'Joint Statement by the Prime Minister'),
 ('cbr', 'Place', 'Canberra', [], 'City'),
 ('dw', 'Person', 'Daniel Whitcombe', ['Whitcombe']),
 ('sn', 'Person', 'Sitiveni Naivalu', ['Naivalu']),
 ('ld3', 'Event', "third Australia–Fiji Leaders' Dialogue", [], 'Dialogue'),
 ('lds', 'EventSeries', "Australia–Fiji Leaders' Dialogue", ["Leaders' Dialogue"], 'Dialogue', None, "for the third Australia–Fiji Leaders' Dialogue"),
 ('vuvale', 'Agreement', 'Fiji–Australia Vuvale Partnership', [], 'Partnership'),
 ('dca', 'Agreement', 'Australia–Fiji Defence Cooperation Arrangement on Maritime Surveillance', [], 'Arrangement'),
 ('mou', 'Agreement', 'memorandum of understanding on labour mobility', [], 'Memorandum'),
 ('dewr', 'Organization', 'Department of Employment and Workplace Relations', [], 'Ministry'),
 ('mepir', 'Organization', 'Ministry of Employment, Productivity and Industrial Relations', [], 'Ministry'),
 ('palm', 'Agreement', 'Pacific Australia Labour Mobility (PALM) scheme', [], 'Scheme', True),
 ('fcrii', 'Agreement', 'Fiji Climate Resilient Infrastructure Initiative', [], 'Initiative'),
 ('adb', 'Organization', 'Asian Development Bank', [], 'Bank'),
 ('treaty', 'Agreement', 'bilateral treaty on the mutual recognition of professional qualifications', [], 'Treaty', True),
 ('pif', 'Organization', 'Pacific Islands Forum', [], 'IGO'),
 ('strat', 'Agreement', '2050 Strategy for the Blue Pacific Continent', [], 'Strategy'),
 ('pifm', 'Event', "Pacific Islands Forum Leaders' Meeting", [], 'Summit'),
 ('honiara', 'Place', 'Honiara', [], 'City'),
 ('rfmf', 'Organization', 'Republic of Fiji Military Forces', [], 'Military'),
 ('un', 'Organization', 'United Nations', [], 'IGO'),
 ('suva', 'Place', 'Suva', [], 'City'),
 ('ld4', 'Event', "fourth Leaders' Dialogue", [], 'Dialogue'),
], [
 ('js', 'party', 'au', 'Joint Statement by the Prime Minister'),
 ('js', 'party', 'fj', 'Joint Statement by the Prime Minister'),
 ('js', 'date', '2025-02-06', 'Canberra, 6 February 2025'),
 ('js', 'location', 'cbr', 'Canberra, 6 February 2025'),
 ('js', 'adoptedAt', 'ld3', 'the Hon Daniel Whitcombe MP, hosted'),
 ('dw', 'affiliation', 'au', 'the Hon Daniel Whitcombe MP, hosted'),
 ('sn', 'affiliation', 'fj', 'the Hon Daniel Whitcombe MP, hosted'),
 ('ld3', 'host', 'dw', 'the Hon Daniel Whitcombe MP, hosted'),
 ('ld3', 'participant', 'dw', 'the Hon Daniel Whitcombe MP, hosted'),
 ('ld3', 'participant', 'sn', 'the Hon Daniel Whitcombe MP, hosted'),
 ('ld3', 'location', 'cbr', 'the Hon Daniel Whitcombe MP, hosted'),
 ('ld3', 'date', '2025-02-05', 'the Hon Daniel Whitcombe MP, hosted'),
 ('ld3', 'endDate', '2025-02-06', 'the Hon Daniel Whitcombe MP, hosted'),
 ('ld3', 'ordinal', '3', 'the Hon Daniel Whitcombe MP, hosted'),
 ('ld3', 'inSeries', 'lds', 'the Hon Daniel Whitcombe MP, hosted'),
 ('vuvale', 'date', '2019', 'The leaders recalled that the annual'),
 ('dca', 'party', 'au', 'the signing of the Australia–Fiji Defence'),
 ('dca', 'party', 'fj', 'the signing of the Australia–Fiji Defence'),
 ('dca', 'adoptedAt', 'ld3', 'the signing of the Australia–Fiji Defence'),
 ('mou', 'party', 'dewr', 'a new memorandum of understanding on labour'),
 ('mou', 'party', 'mepir', 'a new memorandum of understanding on labour'),
 ('mou', 'adoptedAt', 'ld3', 'a new memorandum of understanding on labour'),
 ('fcrii', 'adoptedAt', 'ld3', 'the launch of the Fiji Climate'),
 ('pifm', 'location', 'honiara', 'looked forward to the Pacific Islands'),
 ('pifm', 'date', '2025-09', 'looked forward to the Pacific Islands'),
 ('ld4', 'location', 'suva', 'invited Prime Minister Whitcombe to Suva'),
 ('ld4', 'date', '2026', 'invited Prime Minister Whitcombe to Suva'),
 ('ld4', 'ordinal', '4', 'invited Prime Minister Whitcombe to Suva'),
 ('ld4', 'inSeries', 'lds', 'invited Prime Minister Whitcombe to Suva'),
 ('ld4', 'host', 'sn', 'invited Prime Minister Whitcombe to Suva'),
])
