from lib import doc
doc("09_helsinki_zhejiang_university_agreement", "2026-11-05", """
University of Helsinki and Zhejiang University to set up joint centre for climate and health research

The University of Helsinki and Zhejiang University have agreed to establish a joint research centre on climate change and public health, under a cooperation agreement signed in Hangzhou last Friday.

The agreement was signed by Rector Sari Lindholm of the University of Helsinki and Wang Jianguo, President of Zhejiang University, during a week-long visit to China by a delegation from Helsinki. Vice-Rector for Research Antti Mäkelä and representatives of Business Finland were also part of the delegation.

The new Helsinki–Zhejiang Joint Centre for Climate and Health will be hosted at the Zijingang campus of Zhejiang University, with a partner unit in the Faculty of Medicine of the University of Helsinki. The centre will be co-funded by the two universities, with additional support sought from the Research Council of Finland and the National Natural Science Foundation of China.

The two universities have cooperated since 2015, when they signed a memorandum of understanding on student exchange. The new five-year agreement extends that partnership to joint doctoral supervision and shared field stations.

"Climate-related health risks do not stop at national borders," Lindholm said at the signing ceremony, which was attended by Finland's Consul General in Shanghai, Mikko Aaltonen. Wang said the centre would "bring Nordic and Chinese data together for the first time at this scale".

During the visit the delegation also met researchers at Fudan University in Shanghai, where the University of Helsinki has run a joint master's programme since 2020.
""", [
 ("uh","Organization","University of Helsinki",[],{"kind":"University"}),
 ("zju","Organization","Zhejiang University",[],{"kind":"University"}),
 ("agr","Agreement","cooperation agreement",["new five-year agreement"],{"kind":"Agreement","ev":"under a cooperation agreement"}),
 ("hz","Place","Hangzhou",[],{"kind":"City"}),
 ("lindholm","Person","Sari Lindholm",["Lindholm"]),
 ("wang","Person","Wang Jianguo",["Wang"]),
 ("visit","Event","week-long visit to China by a delegation from Helsinki",["visit"],{"kind":"Visit"}),
 ("cn","Country","China",[]),
 ("hel","Place","Helsinki",[],{"kind":"City","ev":"a delegation from Helsinki"}),
 ("makela","Person","Antti Mäkelä",[]),
 ("bf","Organization","Business Finland",[],{"kind":"Agency"}),
 ("centre","Organization","Helsinki–Zhejiang Joint Centre for Climate and Health",["joint research centre on climate change and public health"],{"kind":"ResearchCentre"}),
 ("zij","Place","Zijingang campus",[],{"kind":"Campus"}),
 ("fom","Organization","Faculty of Medicine of the University of Helsinki",[],{"kind":"Faculty"}),
 ("rcf","Organization","Research Council of Finland",[],{"kind":"Agency"}),
 ("nsfc","Organization","National Natural Science Foundation of China",[],{"kind":"Agency"}),
 ("mou","Agreement","memorandum of understanding on student exchange",[],{"kind":"Memorandum"}),
 ("cer","Event","signing ceremony",[],{"kind":"SigningCeremony"}),
 ("fi","Country","Finland",[],{"ev":"Finland's Consul General"}),
 ("sh","Place","Shanghai",[],{"kind":"City"}),
 ("aalt","Person","Mikko Aaltonen",[]),
 ("fudan","Organization","Fudan University",[],{"kind":"University"}),
 ("jmp","Agreement","joint master's programme",[],{"kind":"Programme","u":True}),
],[
 ("agr","party","uh","under a cooperation agreement"),
 ("agr","party","zju","under a cooperation agreement"),
 ("agr","location","hz","under a cooperation agreement"),
 ("agr","date","2026-10-30","under a cooperation agreement"),
 ("agr","party","lindholm","The agreement was signed by Rector"),
 ("agr","party","wang","The agreement was signed by Rector"),
 ("lindholm","affiliation","uh","The agreement was signed by Rector"),
 ("wang","affiliation","zju","The agreement was signed by Rector"),
 ("agr","adoptedAt","visit","The agreement was signed by Rector"),
 ("visit","location","cn","The agreement was signed by Rector"),
 ("visit","participant","lindholm","The agreement was signed by Rector"),
 ("visit","participant","makela","Vice-Rector for Research"),
 ("visit","participant","bf","Vice-Rector for Research"),
 ("centre","location","zij","will be hosted at the Zijingang"),
 ("fom","partOf","uh","will be hosted at the Zijingang"),
 ("mou","party","uh","The two universities have cooperated since 2015"),
 ("mou","party","zju","The two universities have cooperated since 2015"),
 ("mou","date","2015","The two universities have cooperated since 2015"),
 ("agr","adoptedAt","cer","Lindholm said at the signing ceremony"),
 ("cer","participant","lindholm","Lindholm said at the signing ceremony"),
 ("cer","participant","aalt","Lindholm said at the signing ceremony"),
 ("aalt","affiliation","fi","Lindholm said at the signing ceremony"),
 ("fudan","location","sh","Fudan University in Shanghai"),
 ("jmp","party","uh","Fudan University in Shanghai"),
 ("jmp","party","fudan","Fudan University in Shanghai"),
 ("jmp","date","2020","Fudan University in Shanghai"),
])

doc("10_azerbaijan_georgia_igc_protocol", "2026-06-17", """
Azerbaijan, Georgia sign protocol at 12th session of intergovernmental commission

BAKU, June 17 — The 12th meeting of the Azerbaijan–Georgia Intergovernmental Commission on Economic Cooperation was held in Baku on Tuesday, co-chaired by Azerbaijan's Deputy Prime Minister Elchin Mammadli and Georgia's Minister of Economy and Sustainable Development Nino Kvaratskhelia.

At the end of the session the co-chairs signed a protocol setting out tasks for the two governments in transport, energy, trade, customs and tourism for the coming year. The document gives priority to raising the capacity of the Baku–Tbilisi–Kars railway and to the Black Sea submarine electricity cable planned with Romania and Hungary.

On the sidelines of the meeting, Azerbaijan Railways (ADY) and Georgian Railway signed an agreement on a unified tariff for container trains, while the State Customs Committee of Azerbaijan and the Revenue Service of Georgia concluded a memorandum on mutual recognition of authorised economic operators.

Speaking at the meeting, Mammadli said trade between the two countries had grown by 14 percent in 2025. Kvaratskhelia said Georgia was ready to host a joint business forum in Batumi in the autumn.

The next session of the commission will be held in Tbilisi in 2027.
""", [
 ("baku","Place","Baku",["BAKU"],{"kind":"City"}),
 ("az","Country","Azerbaijan",[]),
 ("ge","Country","Georgia",[]),
 ("prot","Agreement","protocol setting out tasks for the two governments in transport, energy, trade, customs and tourism for the coming year",["protocol"],{"kind":"Protocol"}),
 ("m12","Event","12th meeting of the Azerbaijan–Georgia Intergovernmental Commission on Economic Cooperation",["12th session of intergovernmental commission"],{"kind":"Session"}),
 ("igc","Organization","Azerbaijan–Georgia Intergovernmental Commission on Economic Cooperation",[],{"kind":"Commission"}),
 ("mam","Person","Elchin Mammadli",["Mammadli"]),
 ("kva","Person","Nino Kvaratskhelia",["Kvaratskhelia"]),
 ("btk","Place","Baku–Tbilisi–Kars railway",[],{"kind":"Railway","u":True}),
 ("ro","Country","Romania",[]),
 ("hu","Country","Hungary",[]),
 ("bsea","Place","Black Sea",[],{"kind":"Sea","u":True}),
 ("ady","Organization","Azerbaijan Railways",["ADY"],{"kind":"Company"}),
 ("gr","Organization","Georgian Railway",[],{"kind":"Company"}),
 ("tariff","Agreement","agreement on a unified tariff for container trains",[],{"kind":"Agreement"}),
 ("scc","Organization","State Customs Committee of Azerbaijan",[],{"kind":"Agency"}),
 ("rs","Organization","Revenue Service of Georgia",[],{"kind":"Agency"}),
 ("aeo","Agreement","memorandum on mutual recognition of authorised economic operators",[],{"kind":"Memorandum"}),
 ("bf","Event","joint business forum",[],{"kind":"Forum","u":True}),
 ("batumi","Place","Batumi",[],{"kind":"City"}),
 ("next","Event","next session of the commission",[],{"kind":"Session","u":True}),
 ("tbilisi","Place","Tbilisi",[],{"kind":"City","ev":"held in Tbilisi"}),
],[
 ("m12","ordinal","12","The 12th meeting"),
 ("m12","location","baku","The 12th meeting"),
 ("m12","date","2026-06-16","The 12th meeting"),
 ("m12","host","mam","The 12th meeting"),
 ("m12","host","kva","The 12th meeting"),
 ("m12","participant","mam","The 12th meeting"),
 ("m12","participant","kva","The 12th meeting"),
 ("mam","affiliation","az","The 12th meeting"),
 ("kva","affiliation","ge","The 12th meeting"),
 ("prot","adoptedAt","m12","the co-chairs signed a protocol"),
 ("prot","party","mam","the co-chairs signed a protocol"),
 ("prot","party","kva","the co-chairs signed a protocol"),
 ("prot","party","az","Azerbaijan, Georgia sign protocol"),
 ("prot","party","ge","Azerbaijan, Georgia sign protocol"),
 ("tariff","party","ady","Georgian Railway signed"),
 ("tariff","party","gr","Georgian Railway signed"),
 ("tariff","adoptedAt","m12","Georgian Railway signed"),
 ("aeo","party","scc","Georgian Railway signed"),
 ("aeo","party","rs","Georgian Railway signed"),
 ("aeo","adoptedAt","m12","Georgian Railway signed"),
 ("bf","location","batumi","joint business forum in Batumi"),
 ("bf","host","ge","joint business forum in Batumi"),
 ("next","location","tbilisi","held in Tbilisi"),
 ("next","date","2027","held in Tbilisi"),
])
