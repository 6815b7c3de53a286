from lib import doc
doc("03_plastics_talks_panama_wire", "2026-06-11", """
Latin American plastics talks end in Panama City with draft text, no cap on production

PANAMA CITY, June 11 - Negotiators from 24 Latin American and Caribbean countries wrapped up ten days of talks on Wednesday without agreeing on a binding cap on plastic production, but approved a draft text they hope will become the region's first treaty on plastic pollution.

The session, the third meeting of the Intergovernmental Negotiating Committee convened by the United Nations Environment Programme (UNEP), opened on June 1 at the Atlapa Convention Centre. It was chaired by Chile's ambassador for the environment, Camila Fuentes Rojas.

Delegates adopted what they called the "Panama Draft", a 38-page negotiating text that keeps options on production limits in square brackets. Mexico and Colombia, which lead a group of 11 countries pressing for tight controls, said the draft was "a floor, not a ceiling". Brazil and Argentina argued for nationally set targets instead.

"We leave here with a text that everyone owns," Fuentes Rojas told reporters after the closing plenary.

The Caribbean Community (CARICOM), speaking through Barbados, called for a dedicated fund for small island states, a proposal the committee agreed to reflect in an annex.

Before closing, the committee adopted a decision to hold its fourth and final session in Lima, Peru, in March 2027, where ministers are expected to adopt the treaty. Environmental groups, among them Greenpeace, said the slow pace risked leaving the region behind global efforts.
""", [
 ("pty","Place","Panama City",["PANAMA CITY"],{"kind":"City"}),
 ("talks","Event","third meeting of the Intergovernmental Negotiating Committee",["ten days of talks"],{"kind":"NegotiatingSession"}),
 ("treaty","Agreement","treaty on plastic pollution",["treaty"],{"kind":"Treaty","u":True}),
 ("inc","Organization","Intergovernmental Negotiating Committee",[],{"kind":"Committee"}),
 ("unep","Organization","United Nations Environment Programme",["UNEP"],{"kind":"Agency"}),
 ("atlapa","Place","Atlapa Convention Centre",[],{"kind":"Venue"}),
 ("cl","Country","Chile",[]),
 ("fr","Person","Camila Fuentes Rojas",["Fuentes Rojas"]),
 ("draft","Agreement","Panama Draft",[],{"kind":"DraftText"}),
 ("mx","Country","Mexico",[]),
 ("co","Country","Colombia",[]),
 ("br","Country","Brazil",[]),
 ("ar","Country","Argentina",[]),
 ("plen","Event","closing plenary",[],{"kind":"Plenary","u":True}),
 ("caricom","Organization","Caribbean Community",["CARICOM"],{"kind":"IGO"}),
 ("bb","Country","Barbados",[]),
 ("dec","Agreement","decision to hold its fourth and final session in Lima, Peru, in March 2027",[],{"kind":"Decision"}),
 ("s4","Event","fourth and final session",[],{"kind":"NegotiatingSession"}),
 ("lima","Place","Lima",[],{"kind":"City"}),
 ("pe","Country","Peru",[]),
 ("gp","Organization","Greenpeace",[],{"kind":"NGO"}),
],[
 ("talks","endDate","2026-06-10","wrapped up ten days of talks on Wednesday"),
 ("talks","date","2026-06-01","opened on June 1"),
 ("talks","ordinal","3","opened on June 1"),
 ("talks","host","unep","opened on June 1"),
 ("talks","location","atlapa","opened on June 1"),
 ("talks","location","pty","plastics talks end in Panama City"),
 ("talks","host","fr","It was chaired by"),
 ("fr","affiliation","cl","It was chaired by"),
 ("draft","adoptedAt","talks","Delegates adopted"),
 ("talks","participant","mx","Mexico and Colombia, which lead"),
 ("talks","participant","co","Mexico and Colombia, which lead"),
 ("talks","participant","br","Brazil and Argentina argued"),
 ("talks","participant","ar","Brazil and Argentina argued"),
 ("talks","participant","caricom","speaking through Barbados"),
 ("talks","participant","bb","speaking through Barbados"),
 ("dec","issuedBy","inc","the committee adopted a decision"),
 ("dec","adoptedAt","talks","the committee adopted a decision"),
 ("s4","ordinal","4","the committee adopted a decision"),
 ("s4","location","lima","the committee adopted a decision"),
 ("s4","date","2027-03","the committee adopted a decision"),
 ("lima","locatedIn","pe","the committee adopted a decision"),
 ("treaty","adoptedAt","s4","the committee adopted a decision"),
])

doc("04_fao_uzbekistan_cpf", "2026-02-25", """
FAO and Uzbekistan sign new Country Programming Framework for 2026–2030

25 February 2026, Tashkent – The Food and Agriculture Organization of the United Nations (FAO) and the Government of Uzbekistan today signed a Country Programming Framework (CPF) that will guide the Organization's work in the country over the next five years.

The framework was signed at the Ministry of Agriculture in Tashkent by the Minister of Agriculture of the Republic of Uzbekistan, Bakhtiyor Normatov, and by Irina Kovalenko, FAO Assistant Director-General and Regional Representative for Europe and Central Asia.

The CPF 2026–2030 is aligned with the Uzbekistan–2030 Strategy and with the United Nations Sustainable Development Cooperation Framework that the Government and the UN country team agreed in 2025. It sets three priorities: water-efficient irrigation, resilient livestock and horticulture value chains, and restoration of degraded land in the Aral Sea region.

"This framework turns shared goals into concrete projects in the fields," Kovalenko said at the signing ceremony, which was also attended by the UN Resident Coordinator in Uzbekistan, Sofia Lindqvist, and by representatives of the World Bank and the Asian Development Bank.

Normatov said his ministry and FAO would set up a joint steering committee to review progress every year. Its first meeting is planned for May in Samarkand.

FAO opened its Partnership and Liaison Office in Uzbekistan in 2016 and has since implemented more than 40 projects in the country.
""", [
 ("fao","Organization","Food and Agriculture Organization of the United Nations",["FAO"],{"kind":"Agency"}),
 ("uz","Country","Republic of Uzbekistan",["Uzbekistan"]),
 ("cpf","Agreement","Country Programming Framework for 2026–2030",["Country Programming Framework","CPF","CPF 2026–2030"],{"kind":"Framework"}),
 ("tash","Place","Tashkent",[],{"kind":"City"}),
 ("moa","Organization","Ministry of Agriculture",[],{"kind":"Ministry"}),
 ("norm","Person","Bakhtiyor Normatov",["Normatov"]),
 ("kov","Person","Irina Kovalenko",["Kovalenko"]),
 ("eca","Place","Europe and Central Asia",[],{"kind":"Region","u":True}),
 ("u2030","Agreement","Uzbekistan–2030 Strategy",[],{"kind":"Strategy"}),
 ("unsdcf","Agreement","United Nations Sustainable Development Cooperation Framework",[],{"kind":"Framework"}),
 ("unct","Organization","UN country team",[],{"kind":"Team","u":True}),
 ("aral","Place","Aral Sea region",[],{"kind":"Region","u":True}),
 ("cer","Event","signing ceremony",[],{"kind":"SigningCeremony"}),
 ("lind","Person","Sofia Lindqvist",[]),
 ("wb","Organization","World Bank",[],{"kind":"Bank"}),
 ("adb","Organization","Asian Development Bank",[],{"kind":"Bank"}),
 ("steer","Organization","joint steering committee",[],{"kind":"Committee","u":True}),
 ("sam","Place","Samarkand",[],{"kind":"City"}),
 ("plo","Organization","Partnership and Liaison Office in Uzbekistan",[],{"kind":"Office","u":True}),
],[
 ("cpf","party","fao","today signed a Country Programming Framework"),
 ("cpf","party","uz","today signed a Country Programming Framework"),
 ("cpf","date","2026-02-25","today signed a Country Programming Framework"),
 ("cpf","location","tash","The framework was signed at the Ministry"),
 ("cpf","party","norm","The framework was signed at the Ministry"),
 ("cpf","party","kov","The framework was signed at the Ministry"),
 ("norm","affiliation","uz","The framework was signed at the Ministry"),
 ("norm","affiliation","moa","The framework was signed at the Ministry"),
 ("kov","affiliation","fao","The framework was signed at the Ministry"),
 ("moa","location","tash","The framework was signed at the Ministry"),
 ("unsdcf","party","uz","The CPF 2026–2030 is aligned"),
 ("unsdcf","party","unct","The CPF 2026–2030 is aligned"),
 ("unsdcf","date","2025","The CPF 2026–2030 is aligned"),
 ("cpf","adoptedAt","cer","said at the signing ceremony"),
 ("cer","participant","kov","said at the signing ceremony"),
 ("cer","participant","lind","said at the signing ceremony"),
 ("cer","participant","wb","said at the signing ceremony"),
 ("cer","participant","adb","said at the signing ceremony"),
 ("plo","partOf","fao","Partnership and Liaison Office"),
 ("plo","location","uz","Partnership and Liaison Office"),
])
