from lib import doc
doc("05_ecowas_69th_summit_communique", "2026-06-20", """
FINAL COMMUNIQUÉ

SIXTY-NINTH ORDINARY SESSION OF THE AUTHORITY OF HEADS OF STATE AND GOVERNMENT OF ECOWAS

Dakar, Republic of Senegal, 20 June 2026

1. The Sixty-Ninth Ordinary Session of the Authority of Heads of State and Government of the Economic Community of West African States (ECOWAS) was held in Dakar, Republic of Senegal, on 20 June 2026, under the chairmanship of His Excellency Moussa Diallo Ndiaye, President of the Republic of Senegal and Chair of the Authority.

2. The Heads of State and Government of Benin, Cabo Verde, Côte d'Ivoire, The Gambia, Ghana, Liberia, Nigeria, Sierra Leone and Togo, or their duly mandated representatives, attended the Summit.

3. Also in attendance were the President of the ECOWAS Commission, His Excellency Omar Kanté, and the Special Representative of the Secretary-General of the United Nations for West Africa and the Sahel, Madam Hélène Ouattara-Brun.

4. The Authority took note of the 2026 Annual Report of the President of the ECOWAS Commission, of the report of the 56th Ordinary Session of the Mediation and Security Council at Ministerial Level held on 17 June 2026, and of the report of the 96th Ordinary Session of the Council of Ministers held on 18 and 19 June 2026.

5. On regional integration, the Authority adopted the Supplementary Act on the ECOWAS Regional Electricity Market and signed the Additional Protocol on the ECOWAS Biometric Identity Card, and directed the Commission to accelerate their implementation.

6. The Authority reaffirmed its commitment to the launch of the Eco and instructed the Commission to submit an updated roadmap for the single currency programme at its next ordinary session.

7. Heads of State and Government welcomed the Declaration on the Fight against Terrorism and Violent Extremism in West Africa, adopted by the Mediation and Security Council, and endorsed the activation of a 1,650-strong brigade of the ECOWAS Standby Force.

8. The Authority expressed its deep gratitude to the Government and people of the Republic of Senegal for hosting the Summit and for the warm hospitality extended to all delegations.

9. The Authority decided to hold its Seventieth Ordinary Session in Abuja, Federal Republic of Nigeria, on 13 December 2026.

Done at Dakar, this 20th day of June 2026.

THE AUTHORITY
""", [
 ("com","Agreement","FINAL COMMUNIQUÉ",[],{"kind":"Communique"}),
 ("s69","Event","Sixty-Ninth Ordinary Session of the Authority of Heads of State and Government of the Economic Community of West African States",["SIXTY-NINTH ORDINARY SESSION OF THE AUTHORITY OF HEADS OF STATE AND GOVERNMENT OF ECOWAS","Summit"],{"kind":"Summit","ev":"The Sixty-Ninth Ordinary Session"}),
 ("auth","Organization","Authority of Heads of State and Government",["Authority"],{"kind":"Organ","ev":"The Sixty-Ninth Ordinary Session"}),
 ("ecowas","Organization","Economic Community of West African States",["ECOWAS"],{"kind":"IGO"}),
 ("dakar","Place","Dakar",[],{"kind":"City"}),
 ("sn","Country","Republic of Senegal",[]),
 ("ndiaye","Person","Moussa Diallo Ndiaye",[]),
 ("bj","Country","Benin",[]),
 ("cv","Country","Cabo Verde",[]),
 ("ci","Country","Côte d'Ivoire",[]),
 ("gm","Country","The Gambia",[]),
 ("gh","Country","Ghana",[]),
 ("lr","Country","Liberia",[]),
 ("ng","Country","Nigeria",["Federal Republic of Nigeria"]),
 ("sl","Country","Sierra Leone",[]),
 ("tg","Country","Togo",[]),
 ("comm","Organization","ECOWAS Commission",["Commission"],{"kind":"Commission"}),
 ("kante","Person","Omar Kanté",[]),
 ("un","Organization","United Nations",[],{"kind":"IGO"}),
 ("ob","Person","Hélène Ouattara-Brun",[]),
 ("wa","Place","West Africa",[],{"kind":"Region"}),
 ("sahel","Place","Sahel",[],{"kind":"Region"}),
 ("ar","Agreement","2026 Annual Report of the President of the ECOWAS Commission",[],{"kind":"Report"}),
 ("msc56","Event","56th Ordinary Session of the Mediation and Security Council at Ministerial Level",[],{"kind":"Session"}),
 ("msc","Organization","Mediation and Security Council",[],{"kind":"Council"}),
 ("rmsc","Agreement","report of the 56th Ordinary Session of the Mediation and Security Council at Ministerial Level",[],{"kind":"Report","u":True}),
 ("com96","Event","96th Ordinary Session of the Council of Ministers",[],{"kind":"Session"}),
 ("cm","Organization","Council of Ministers",[],{"kind":"Council"}),
 ("rcm","Agreement","report of the 96th Ordinary Session of the Council of Ministers",[],{"kind":"Report","u":True}),
 ("sa","Agreement","Supplementary Act on the ECOWAS Regional Electricity Market",[],{"kind":"SupplementaryAct"}),
 ("ap","Agreement","Additional Protocol on the ECOWAS Biometric Identity Card",[],{"kind":"Protocol"}),
 ("roadmap","Agreement","updated roadmap for the single currency programme",[],{"kind":"Roadmap","u":True}),
 ("decl","Agreement","Declaration on the Fight against Terrorism and Violent Extremism in West Africa",[],{"kind":"Declaration"}),
 ("esf","Organization","ECOWAS Standby Force",[],{"kind":"Force"}),
 ("s70","Event","Seventieth Ordinary Session",[],{"kind":"Summit"}),
 ("abuja","Place","Abuja",[],{"kind":"City"}),
],[
 ("com","adoptedAt","s69","Done at Dakar"),
 ("com","date","2026-06-20","Done at Dakar"),
 ("com","location","dakar","Done at Dakar"),
 ("com","issuedBy","auth","THE AUTHORITY"),
 ("s69","ordinal","69","The Sixty-Ninth Ordinary Session"),
 ("s69","date","2026-06-20","The Sixty-Ninth Ordinary Session"),
 ("s69","location","dakar","The Sixty-Ninth Ordinary Session"),
 ("dakar","locatedIn","sn","The Sixty-Ninth Ordinary Session"),
 ("s69","host","ndiaye","The Sixty-Ninth Ordinary Session"),
 ("ndiaye","affiliation","sn","The Sixty-Ninth Ordinary Session"),
 ("ndiaye","affiliation","auth","The Sixty-Ninth Ordinary Session"),
 ("auth","partOf","ecowas","The Sixty-Ninth Ordinary Session"),
 ("s69","participant","bj","attended the Summit"),
 ("s69","participant","cv","attended the Summit"),
 ("s69","participant","ci","attended the Summit"),
 ("s69","participant","gm","attended the Summit"),
 ("s69","participant","gh","attended the Summit"),
 ("s69","participant","lr","attended the Summit"),
 ("s69","participant","ng","attended the Summit"),
 ("s69","participant","sl","attended the Summit"),
 ("s69","participant","tg","attended the Summit"),
 ("s69","participant","kante","Also in attendance"),
 ("s69","participant","ob","Also in attendance"),
 ("kante","affiliation","comm","Also in attendance"),
 ("ob","affiliation","un","Also in attendance"),
 ("comm","partOf","ecowas","Also in attendance"),
 ("ar","issuedBy","kante","2026 Annual Report"),
 ("msc56","ordinal","56","2026 Annual Report"),
 ("msc56","date","2026-06-17","2026 Annual Report"),
 ("com96","ordinal","96","2026 Annual Report"),
 ("com96","date","2026-06-18","2026 Annual Report"),
 ("com96","endDate","2026-06-19","2026 Annual Report"),
 ("rmsc","adoptedAt","msc56","2026 Annual Report"),
 ("rcm","adoptedAt","com96","2026 Annual Report"),
 ("sa","adoptedAt","s69","Supplementary Act"),
 ("ap","adoptedAt","s69","Supplementary Act"),
 ("sa","issuedBy","auth","Supplementary Act"),
 ("ap","party","auth","Supplementary Act"),
 ("decl","issuedBy","msc","Declaration on the Fight"),
 ("s69","host","sn","for hosting the Summit"),
 ("s70","ordinal","70","Seventieth Ordinary Session"),
 ("s70","location","abuja","Seventieth Ordinary Session"),
 ("s70","date","2026-12-13","Seventieth Ordinary Session"),
 ("abuja","locatedIn","ng","Seventieth Ordinary Session"),
])

doc("06_qatar_korea_business_forum_mous", "2026-04-23", """
Qatar, South Korea sign nine MoUs at Doha business forum

DOHA, April 23 — Qatari and South Korean companies and state agencies signed nine memoranda of understanding on Wednesday at the Qatar–Korea Business Forum, held during a three-day state visit to Qatar by South Korean President Kim Tae-yoon that began on Tuesday and ends today.

The forum, organised by Qatar Chamber and the Korea Chamber of Commerce and Industry (KCCI) at the Sheraton Grand Doha, drew more than 400 business leaders. It was opened by Qatar's Minister of Commerce and Industry, Sheikh Faisal bin Hamad Al Mansouri, and Korea's Minister of Trade, Industry and Energy, Park Ji-hoon.

Among the deals, QatarEnergy and Korea Gas Corporation (KOGAS) signed a memorandum on cooperation in low-carbon LNG shipping, while Qatar Investment Authority (QIA) and Korea Investment Corporation agreed to explore joint investments in semiconductors and clean energy under a co-investment memorandum. A third memorandum between Hamad Medical Corporation and Seoul National University Hospital covers the training of specialists in robotic surgery.

Qatar Development Bank and the Korea SMEs and Startups Agency also signed an MoU to help start-ups from each country enter the other's market, Qatar Chamber said in a statement.

Earlier on Wednesday, President Kim held talks with the Amir of Qatar at the Amiri Diwan, after which the two leaders witnessed the exchange of an agreement on the avoidance of double taxation and a memorandum on defence industry cooperation between the two governments.

The visit is the first by a South Korean head of state to Qatar since 2019.
""", [
 ("qa","Country","Qatar",[]),
 ("kr","Country","South Korea",["Korea"]),
 ("doha","Place","Doha",["DOHA"],{"kind":"City"}),
 ("mous","Agreement","nine memoranda of understanding",["nine MoUs"],{"kind":"Memorandum","u":True,"ev":"signed nine memoranda of understanding"}),
 ("forum","Event","Qatar–Korea Business Forum",["forum"],{"kind":"Forum"}),
 ("visit","Event","three-day state visit to Qatar by South Korean President Kim Tae-yoon",["visit"],{"kind":"StateVisit"}),
 ("kim","Person","Kim Tae-yoon",["Kim"]),
 ("qc","Organization","Qatar Chamber",[],{"kind":"ChamberOfCommerce"}),
 ("kcci","Organization","Korea Chamber of Commerce and Industry",["KCCI"],{"kind":"ChamberOfCommerce"}),
 ("sher","Place","Sheraton Grand Doha",[],{"kind":"Venue"}),
 ("faisal","Person","Faisal bin Hamad Al Mansouri",[]),
 ("park","Person","Park Ji-hoon",[]),
 ("qe","Organization","QatarEnergy",[],{"kind":"Company"}),
 ("kogas","Organization","Korea Gas Corporation",["KOGAS"],{"kind":"Company"}),
 ("m1","Agreement","memorandum on cooperation in low-carbon LNG shipping",[],{"kind":"Memorandum"}),
 ("qia","Organization","Qatar Investment Authority",["QIA"],{"kind":"SovereignWealthFund"}),
 ("kic","Organization","Korea Investment Corporation",[],{"kind":"SovereignWealthFund"}),
 ("m2","Agreement","co-investment memorandum",[],{"kind":"Memorandum"}),
 ("hmc","Organization","Hamad Medical Corporation",[],{"kind":"HealthProvider"}),
 ("snuh","Organization","Seoul National University Hospital",[],{"kind":"Hospital"}),
 ("m3","Agreement","memorandum between Hamad Medical Corporation and Seoul National University Hospital",["third memorandum"],{"kind":"Memorandum","ev":"A third memorandum"}),
 ("qdb","Organization","Qatar Development Bank",[],{"kind":"Bank"}),
 ("kosme","Organization","Korea SMEs and Startups Agency",[],{"kind":"Agency"}),
 ("m4","Agreement","MoU to help start-ups from each country enter the other's market",["MoU"],{"kind":"Memorandum","ev":"signed an MoU to help"}),
 ("talks","Event","talks with the Amir of Qatar",["talks"],{"kind":"Talks"}),
 ("diwan","Place","Amiri Diwan",[],{"kind":"Venue"}),
 ("dta","Agreement","agreement on the avoidance of double taxation",[],{"kind":"Agreement"}),
 ("def","Agreement","memorandum on defence industry cooperation between the two governments",[],{"kind":"Memorandum"}),
],[
 ("mous","adoptedAt","forum","signed nine memoranda"),
 ("mous","date","2026-04-22","signed nine memoranda"),
 ("forum","date","2026-04-22","signed nine memoranda"),
 ("visit","participant","kim","signed nine memoranda"),
 ("visit","location","qa","signed nine memoranda"),
 ("visit","date","2026-04-21","signed nine memoranda"),
 ("visit","endDate","2026-04-23","signed nine memoranda"),
 ("kim","affiliation","kr","signed nine memoranda"),
 ("forum","host","qc","The forum, organised by"),
 ("forum","host","kcci","The forum, organised by"),
 ("forum","location","sher","The forum, organised by"),
 ("forum","participant","faisal","It was opened by"),
 ("forum","participant","park","It was opened by"),
 ("faisal","affiliation","qa","It was opened by"),
 ("park","affiliation","kr","It was opened by"),
 ("m1","party","qe","QatarEnergy and Korea Gas"),
 ("m1","party","kogas","QatarEnergy and Korea Gas"),
 ("m1","adoptedAt","forum","Among the deals"),
 ("m2","adoptedAt","forum","Among the deals"),
 ("m3","adoptedAt","forum","A third memorandum"),
 ("m4","adoptedAt","forum","signed an MoU to help"),
 ("m2","party","qia","QatarEnergy and Korea Gas"),
 ("m2","party","kic","QatarEnergy and Korea Gas"),
 ("m3","party","hmc","A third memorandum"),
 ("m3","party","snuh","A third memorandum"),
 ("m4","party","qdb","signed an MoU to help"),
 ("m4","party","kosme","signed an MoU to help"),
 ("talks","participant","kim","held talks with the Amir"),
 ("talks","date","2026-04-22","held talks with the Amir"),
 ("talks","location","diwan","held talks with the Amir"),
 ("dta","adoptedAt","talks","held talks with the Amir"),
 ("def","adoptedAt","talks","held talks with the Amir"),
 ("dta","date","2026-04-22","held talks with the Amir"),
 ("def","date","2026-04-22","held talks with the Amir"),
 ("dta","party","qa","held talks with the Amir"),
 ("dta","party","kr","held talks with the Amir"),
 ("def","party","qa","held talks with the Amir"),
 ("def","party","kr","held talks with the Amir"),
])
