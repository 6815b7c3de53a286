from lib import doc
doc("07_vietnam_cambodia_water_treaty_ratification", "2026-09-10", """
Viet Nam and Cambodia exchange instruments of ratification of treaty on Sesan and Srepok rivers

Ha Noi, 10 September 2026 - The Ministry of Foreign Affairs of Viet Nam announces that on 9 September 2026, in Phnom Penh, Deputy Minister of Foreign Affairs Nguyen Thi Lan Huong and Secretary of State Chea Sophal of the Ministry of Foreign Affairs and International Cooperation of the Kingdom of Cambodia exchanged the instruments of ratification of the Treaty between the Socialist Republic of Viet Nam and the Kingdom of Cambodia on the Joint Management and Sharing of the Waters of the Sesan and Srepok Rivers.

The exchange took place on the occasion of the 22nd meeting of the Viet Nam–Cambodia Joint Committee on Water Resources, held in Phnom Penh on 8 and 9 September and co-chaired by the two officials.

The Treaty was signed in Ha Noi on 14 November 2025 by the Ministers of Foreign Affairs of the two countries. It was ratified by the National Assembly of Viet Nam in June 2026 and approved by the Cambodian Parliament in July 2026. In accordance with its Article 24, the Treaty will enter into force thirty days after the exchange of instruments, on 9 October 2026.

Under the Treaty, the two Parties undertake to notify each other in advance of any new dam or water diversion on the two rivers, to maintain agreed minimum flows in the dry season, and to share hydrological data in real time, including with the Mekong River Commission, of which both countries are members. The Treaty also establishes a Sesan–Srepok Joint River Commission, whose permanent secretariat will be based in Kon Tum.

The Ministry of Foreign Affairs of Viet Nam considers the entry into force of the Treaty an important step in building a border of peace, friendship and cooperation between the two neighbours.
""", [
 ("hanoi","Place","Ha Noi",[],{"kind":"City"}),
 ("mofavn","Organization","Ministry of Foreign Affairs of Viet Nam",[],{"kind":"Ministry"}),
 ("pp","Place","Phnom Penh",[],{"kind":"City"}),
 ("huong","Person","Nguyen Thi Lan Huong",[]),
 ("chea","Person","Chea Sophal",[]),
 ("mfaic","Organization","Ministry of Foreign Affairs and International Cooperation of the Kingdom of Cambodia",[],{"kind":"Ministry"}),
 ("kh","Country","Kingdom of Cambodia",["Cambodia"]),
 ("vn","Country","Socialist Republic of Viet Nam",["Viet Nam"]),
 ("treaty","Agreement","Treaty between the Socialist Republic of Viet Nam and the Kingdom of Cambodia on the Joint Management and Sharing of the Waters of the Sesan and Srepok Rivers",["Treaty","treaty on Sesan and Srepok rivers"],{"kind":"Treaty"}),
 ("sesan","Place","Sesan",[],{"kind":"River","u":True,"ev":"exchanged the instruments"}),
 ("srepok","Place","Srepok",[],{"kind":"River","u":True,"ev":"exchanged the instruments"}),
 ("exch","Event","exchange of instruments",["exchange"],{"kind":"Ceremony","u":True,"ev":"The exchange took place"}),
 ("jc22","Event","22nd meeting of the Viet Nam–Cambodia Joint Committee on Water Resources",[],{"kind":"Meeting"}),
 ("jcwr","Organization","Viet Nam–Cambodia Joint Committee on Water Resources",[],{"kind":"Committee"}),
 ("na","Organization","National Assembly of Viet Nam",[],{"kind":"Parliament"}),
 ("kparl","Organization","Cambodian Parliament",[],{"kind":"Parliament","u":True}),
 ("mrc","Organization","Mekong River Commission",[],{"kind":"IGO"}),
 ("ssjrc","Organization","Sesan–Srepok Joint River Commission",[],{"kind":"Commission"}),
 ("kontum","Place","Kon Tum",[],{"kind":"City"}),
],[
 ("huong","affiliation","vn","exchanged the instruments"),
 ("huong","affiliation","mofavn","exchanged the instruments"),
 ("chea","affiliation","mfaic","exchanged the instruments"),
 ("chea","affiliation","kh","exchanged the instruments"),
 ("treaty","party","vn","exchanged the instruments"),
 ("treaty","party","kh","exchanged the instruments"),
 ("exch","date","2026-09-09","exchanged the instruments"),
 ("exch","location","pp","exchanged the instruments"),
 ("exch","participant","huong","exchanged the instruments"),
 ("exch","participant","chea","exchanged the instruments"),
 ("jc22","ordinal","22","The exchange took place"),
 ("jc22","location","pp","The exchange took place"),
 ("jc22","date","2026-09-08","The exchange took place"),
 ("jc22","endDate","2026-09-09","The exchange took place"),
 ("jc22","host","huong","The exchange took place"),
 ("jc22","host","chea","The exchange took place"),
 ("treaty","date","2025-11-14","The Treaty was signed in Ha Noi"),
 ("treaty","location","hanoi","The Treaty was signed in Ha Noi"),
 ("vn","memberOf","mrc","of which both countries are members"),
 ("kh","memberOf","mrc","of which both countries are members"),
 ("ssjrc","location","kontum","Sesan–Srepok Joint River Commission"),
])

doc("08_samoa_newzealand_security_arrangement", "2026-10-15", """
Samoa, New Zealand seal five-year maritime security pact

APIA — Samoa and New Zealand have signed a five-year defence and security cooperation agreement under which Royal New Zealand Navy patrol vessels and Royal New Zealand Air Force aircraft will help police Samoa's exclusive economic zone.

The agreement, formally titled the Samoa–New Zealand Security Cooperation Arrangement, was signed on Tuesday at the Government Building in Apia by Samoa's Minister of Police, Prisons and Corrections Services, Leota Faleolo Tuilagi, and New Zealand's Minister of Defence, Rachel Whitmore. Samoan Prime Minister Lauina Sapolu and New Zealand's High Commissioner to Samoa, Tom Beaumont, witnessed the signing.

The deal builds on the 1962 Treaty of Friendship between the two countries. New Zealand will fund a maritime surveillance centre in Apia and train Samoan police officers at Trentham Military Camp in Upper Hutt, officials said.

Whitmore said the arrangement was "about Samoa's sovereignty, decided by Samoans", and that it was consistent with the Boe Declaration on Regional Security adopted by Pacific Islands Forum leaders in 2018.

Her trip to Apia followed the 11th South Pacific Defence Ministers' Meeting, which she attended in Nuku'alofa, Tonga, last week alongside counterparts from Australia, Fiji, France and Papua New Guinea.

Tuilagi told reporters the agreement would be reviewed by a joint working group every year.
""", [
 ("apia","Place","Apia",["APIA"],{"kind":"City"}),
 ("ws","Country","Samoa",[]),
 ("nz","Country","New Zealand",[]),
 ("arr","Agreement","Samoa–New Zealand Security Cooperation Arrangement",["five-year defence and security cooperation agreement","five-year maritime security pact"],{"kind":"Arrangement"}),
 ("rnzn","Organization","Royal New Zealand Navy",[],{"kind":"Navy"}),
 ("rnzaf","Organization","Royal New Zealand Air Force",[],{"kind":"AirForce"}),
 ("gb","Place","Government Building",[],{"kind":"Venue"}),
 ("tuilagi","Person","Leota Faleolo Tuilagi",["Tuilagi"]),
 ("whitmore","Person","Rachel Whitmore",["Whitmore"]),
 ("sapolu","Person","Lauina Sapolu",[]),
 ("beaumont","Person","Tom Beaumont",[]),
 ("sign","Event","signing",[],{"kind":"SigningCeremony","u":True,"ev":"witnessed the signing"}),
 ("tof","Agreement","1962 Treaty of Friendship",["Treaty of Friendship"],{"kind":"Treaty"}),
 ("trentham","Place","Trentham Military Camp",[],{"kind":"Venue"}),
 ("hutt","Place","Upper Hutt",[],{"kind":"City"}),
 ("boe","Agreement","Boe Declaration on Regional Security",[],{"kind":"Declaration"}),
 ("pif","Organization","Pacific Islands Forum",[],{"kind":"IGO"}),
 ("spdmm","Event","11th South Pacific Defence Ministers' Meeting",[],{"kind":"MinisterialMeeting"}),
 ("nuku","Place","Nuku'alofa",[],{"kind":"City"}),
 ("to","Country","Tonga",[]),
 ("au","Country","Australia",[]),
 ("fj","Country","Fiji",[]),
 ("fr","Country","France",[]),
 ("pg","Country","Papua New Guinea",[]),
 ("jwg","Organization","joint working group",[],{"kind":"WorkingGroup","u":True}),
],[
 ("arr","party","ws","Samoa and New Zealand have signed"),
 ("arr","party","nz","Samoa and New Zealand have signed"),
 ("arr","date","2026-10-13","formally titled"),
 ("arr","location","gb","formally titled"),
 ("arr","location","apia","formally titled"),
 ("gb","locatedIn","apia","formally titled"),
 ("arr","party","tuilagi","formally titled"),
 ("arr","party","whitmore","formally titled"),
 ("tuilagi","affiliation","ws","formally titled"),
 ("whitmore","affiliation","nz","formally titled"),
 ("sign","participant","sapolu","witnessed the signing"),
 ("sign","participant","beaumont","witnessed the signing"),
 ("sapolu","affiliation","ws","witnessed the signing"),
 ("beaumont","affiliation","nz","witnessed the signing"),
 ("arr","adoptedAt","sign","witnessed the signing"),
 ("tof","party","ws","1962 Treaty of Friendship"),
 ("tof","party","nz","1962 Treaty of Friendship"),
 ("tof","date","1962","1962 Treaty of Friendship"),
 ("trentham","locatedIn","hutt","Trentham Military Camp"),
 ("boe","issuedBy","pif","Boe Declaration"),
 ("boe","date","2018","Boe Declaration"),
 ("spdmm","ordinal","11","11th South Pacific"),
 ("spdmm","location","nuku","11th South Pacific"),
 ("nuku","locatedIn","to","11th South Pacific"),
 ("spdmm","date","2026-10","11th South Pacific"),
 ("spdmm","participant","whitmore","11th South Pacific"),
 ("spdmm","participant","au","11th South Pacific"),
 ("spdmm","participant","fj","11th South Pacific"),
 ("spdmm","participant","fr","11th South Pacific"),
 ("spdmm","participant","pg","11th South Pacific"),
])
