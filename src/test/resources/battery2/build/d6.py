from lib import doc
doc("11_iraq_jordan_pipeline_flash", "2026-08-27", """
Iraq, Jordan sign framework deal on Basra-Aqaba oil pipeline

AMMAN, Aug 27 - Iraq and Jordan signed a framework agreement on Thursday to build a pipeline carrying Iraqi crude from Basra to the Red Sea port of Aqaba, Jordan's state news agency Petra reported. The deal, which revives a project first discussed more than a decade ago, would give Iraq a second export route that avoids the Strait of Hormuz and would supply Jordan with up to 150,000 barrels per day for its refinery at Zarqa.

The agreement was signed in Amman by Iraqi Oil Minister Haidar al-Rubaie and Jordanian Energy Minister Sami Haddadin in the presence of Jordanian Prime Minister Omar Khasawneh and visiting Iraqi Prime Minister Adnan al-Shammari, who held talks earlier in the day on trade and border crossings. Officials said a joint technical committee would choose a contractor for the 1,700-km line within six months, and that financing talks with the Arab Fund for Economic and Social Development and private lenders would start next month. Egypt has also expressed interest in extending the line to its own refineries, the officials said.
""", [
 ("iq","Country","Iraq",[]),
 ("jo","Country","Jordan",[]),
 ("fa","Agreement","framework agreement",["framework deal on Basra-Aqaba oil pipeline","deal"],{"kind":"FrameworkAgreement","ev":"signed a framework agreement on Thursday"}),
 ("basra","Place","Basra",[],{"kind":"City"}),
 ("aqaba","Place","Aqaba",[],{"kind":"City"}),
 ("rs","Place","Red Sea",[],{"kind":"Sea","u":True}),
 ("amman","Place","Amman",["AMMAN"],{"kind":"City"}),
 ("petra","Organization","Petra",[],{"kind":"NewsAgency"}),
 ("rubaie","Person","Haidar al-Rubaie",[]),
 ("haddadin","Person","Sami Haddadin",[]),
 ("khas","Person","Omar Khasawneh",[]),
 ("shammari","Person","Adnan al-Shammari",[]),
 ("talks","Event","talks",[],{"kind":"Talks","u":True,"ev":"who held talks earlier in the day"}),
 ("hormuz","Place","Strait of Hormuz",[],{"kind":"Strait","u":True}),
 ("zarqa","Place","Zarqa",[],{"kind":"City"}),
 ("afesd","Organization","Arab Fund for Economic and Social Development",[],{"kind":"Fund"}),
 ("eg","Country","Egypt",[]),
 ("jtc","Organization","joint technical committee",[],{"kind":"Committee","u":True}),
],[
 ("fa","party","iq","signed a framework agreement on Thursday"),
 ("fa","party","jo","signed a framework agreement on Thursday"),
 ("fa","date","2026-08-27","signed a framework agreement on Thursday"),
 ("fa","location","amman","The agreement was signed in Amman"),
 ("fa","party","rubaie","The agreement was signed in Amman"),
 ("fa","party","haddadin","The agreement was signed in Amman"),
 ("rubaie","affiliation","iq","The agreement was signed in Amman"),
 ("haddadin","affiliation","jo","The agreement was signed in Amman"),
 ("khas","affiliation","jo","The agreement was signed in Amman"),
 ("shammari","affiliation","iq","The agreement was signed in Amman"),
 ("talks","participant","khas","The agreement was signed in Amman"),
 ("talks","participant","shammari","The agreement was signed in Amman"),
 ("talks","date","2026-08-27","The agreement was signed in Amman"),
 ("petra","location","jo","Jordan's state news agency Petra"),
])

doc("12_austin_gwangju_sister_cities", "2026-01-22", """
Austin and Gwangju become sister cities

AUSTIN, Texas — The City of Austin and Gwangju Metropolitan City in South Korea formally became sister cities on Tuesday, January 20, when Mayor Daniel Ortega-Ruiz and Gwangju Mayor Lee Sang-woo signed a sister city agreement at Austin City Hall.

The signing capped a relationship that began with a trade delegation from Gwangju in 2023 and followed a unanimous vote by the Austin City Council last month approving the partnership.

Under the agreement, the two cities will cooperate on artificial intelligence, clean energy, the arts and youth exchanges. A separate letter of intent, signed the same day by the Greater Austin Chamber of Commerce and the Gwangju Chamber of Commerce and Industry, sets up an annual business mission alternating between the two cities.

"Austin and Gwangju share a belief that technology should serve people," said Ortega-Ruiz, who will lead a return delegation to Korea in the autumn.

Lee, whose 30-member delegation also toured the University of Texas at Austin and Samsung Austin Semiconductor this week, invited Austin residents to attend the Gwangju Biennale in September.

Gwangju, a city of 1.4 million in southwestern South Korea, becomes Austin's 14th sister city and its first in Korea. The partnership will be registered with Sister Cities International.
""", [
 ("austin","Place","Austin",["AUSTIN"],{"kind":"City"}),
 ("gwangju","Place","Gwangju",[],{"kind":"City"}),
 ("tx","Place","Texas",[],{"kind":"State"}),
 ("coa","Organization","City of Austin",[],{"kind":"Municipality"}),
 ("gmc","Organization","Gwangju Metropolitan City",[],{"kind":"Municipality"}),
 ("kr","Country","South Korea",["Korea"]),
 ("ortega","Person","Daniel Ortega-Ruiz",["Ortega-Ruiz"]),
 ("lee","Person","Lee Sang-woo",["Lee"]),
 ("sca","Agreement","sister city agreement",["agreement"],{"kind":"SisterCityAgreement"}),
 ("cityhall","Place","Austin City Hall",[],{"kind":"Venue"}),
 ("sign","Event","signing",[],{"kind":"SigningCeremony","u":True,"ev":"The signing capped"}),
 ("deleg","Event","trade delegation from Gwangju",[],{"kind":"Visit","u":True}),
 ("council","Organization","Austin City Council",[],{"kind":"CityCouncil"}),
 ("loi","Agreement","letter of intent",[],{"kind":"LetterOfIntent"}),
 ("gacc","Organization","Greater Austin Chamber of Commerce",[],{"kind":"ChamberOfCommerce"}),
 ("gcci","Organization","Gwangju Chamber of Commerce and Industry",[],{"kind":"ChamberOfCommerce"}),
 ("ut","Organization","University of Texas at Austin",[],{"kind":"University"}),
 ("samsung","Organization","Samsung Austin Semiconductor",[],{"kind":"Company"}),
 ("biennale","Event","Gwangju Biennale",[],{"kind":"Exhibition","u":True}),
 ("sci","Organization","Sister Cities International",[],{"kind":"NGO"}),
],[
 ("austin","locatedIn","tx","AUSTIN, Texas"),
 ("gmc","location","kr","formally became sister cities"),
 ("sca","party","coa","formally became sister cities"),
 ("sca","party","gmc","formally became sister cities"),
 ("sca","party","ortega","formally became sister cities"),
 ("sca","party","lee","formally became sister cities"),
 ("sca","date","2026-01-20","formally became sister cities"),
 ("sca","location","cityhall","formally became sister cities"),
 ("ortega","affiliation","coa","formally became sister cities"),
 ("lee","affiliation","gmc","formally became sister cities"),
 ("sign","date","2026-01-20","formally became sister cities"),
 ("sign","location","cityhall","formally became sister cities"),
 ("sign","participant","ortega","formally became sister cities"),
 ("sign","participant","lee","formally became sister cities"),
 ("sca","adoptedAt","sign","The signing capped"),
 ("deleg","date","2023","The signing capped"),
 ("council","partOf","coa","The signing capped"),
 ("loi","party","gacc","A separate letter of intent"),
 ("loi","party","gcci","A separate letter of intent"),
 ("loi","date","2026-01-20","A separate letter of intent"),
 ("biennale","date","2026-09","Gwangju Biennale in September"),
 ("biennale","location","gwangju","Gwangju Biennale in September"),
 ("gwangju","locatedIn","kr","a city of 1.4 million"),
])
