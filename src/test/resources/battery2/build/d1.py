from lib import doc
doc("01_bangladesh_srilanka_call_visit", "2026-03-20", """
Foreign Minister speaks to Sri Lankan counterpart; Foreign Secretary visits Colombo for consultations

Dhaka, 20 March 2026

Foreign Minister Farhana Kabir received a telephone call on Tuesday from the Minister of Foreign Affairs of Sri Lanka, Ruwan Senanayake. The two Ministers reviewed the full range of relations between Bangladesh and Sri Lanka, including trade, coastal shipping and cooperation in the Bay of Bengal, and agreed that the long-pending Foreign Office Consultations should be held without further delay.

Minister Senanayake thanked Bangladesh for its support to Sri Lanka's chairmanship of the Indian Ocean Rim Association (IORA). Minister Kabir, for her part, sought Sri Lanka's support for the candidature of Bangladesh to the UN Human Rights Council for the term 2027-2029.

As a follow-up to the call, the Foreign Secretary of Bangladesh, Tanvir Ahmed Chowdhury, paid an official visit to Colombo on 19-20 March. On 19 March he and his Sri Lankan counterpart, Foreign Secretary Dilhani Wijesekera, co-chaired the fifth round of Foreign Office Consultations between the two countries, held at the Ministry of Foreign Affairs of Sri Lanka.

At the conclusion of the consultations, the two sides signed a Memorandum of Understanding on cooperation between the Foreign Service Academy of Bangladesh and the Bandaranaike International Diplomatic Training Institute. They also finalised the text of an agreement on coastal shipping, which is expected to be signed at the next meeting of the Joint Commission in Dhaka.

During his stay, Foreign Secretary Chowdhury called on Sri Lankan Prime Minister Chaminda Perera and handed over a letter from Foreign Minister Kabir inviting Minister Senanayake to visit Dhaka later this year.

It was agreed that the sixth round of consultations would be held in Dhaka in 2027.
""", [
 ("dhaka","Place","Dhaka",[],{"kind":"City"}),
 ("kabir","Person","Farhana Kabir",["Kabir"]),
 ("call","Event","telephone call",["call"],{"kind":"PhoneCall"}),
 ("lk","Country","Sri Lanka",[],{"ev":"Minister of Foreign Affairs of Sri Lanka, Ruwan"}),
 ("sen","Person","Ruwan Senanayake",["Senanayake"]),
 ("bd","Country","Bangladesh",[],{"ev":"between Bangladesh and Sri Lanka"}),
 ("bob","Place","Bay of Bengal",[],{"kind":"Region","u":True}),
 ("foc","EventSeries","Foreign Office Consultations",[],{"kind":"Consultations","u":True}),
 ("iora","Organization","Indian Ocean Rim Association",["IORA"],{"kind":"IGO"}),
 ("hrc","Organization","UN Human Rights Council",[],{"kind":"Council"}),
 ("chow","Person","Tanvir Ahmed Chowdhury",["Chowdhury"]),
 ("colombo","Place","Colombo",[],{"kind":"City"}),
 ("visit","Event","official visit to Colombo",[],{"kind":"Visit"}),
 ("wije","Person","Dilhani Wijesekera",[]),
 ("foc5","Event","fifth round of Foreign Office Consultations between the two countries",["consultations"],{"kind":"Consultations"}),
 ("mofalk","Organization","Ministry of Foreign Affairs of Sri Lanka",[],{"kind":"Ministry","ev":"held at the Ministry of Foreign Affairs of Sri Lanka"}),
 ("mou","Agreement","Memorandum of Understanding on cooperation between the Foreign Service Academy of Bangladesh and the Bandaranaike International Diplomatic Training Institute",[],{"kind":"Memorandum"}),
 ("fsa","Organization","Foreign Service Academy of Bangladesh",[],{"kind":"Academy"}),
 ("bidti","Organization","Bandaranaike International Diplomatic Training Institute",[],{"kind":"Institute"}),
 ("csa","Agreement","agreement on coastal shipping",[],{"kind":"Agreement","u":True}),
 ("jc","Organization","Joint Commission",[],{"kind":"Commission","u":True}),
 ("jcm","Event","next meeting of the Joint Commission",[],{"kind":"Meeting","u":True}),
 ("perera","Person","Chaminda Perera",[]),
 ("foc6","Event","sixth round of consultations",[],{"kind":"Consultations","u":True}),
],[
 ("call","date","2026-03-17","received a telephone call on Tuesday"),
 ("call","participant","kabir","received a telephone call on Tuesday"),
 ("call","participant","sen","received a telephone call on Tuesday"),
 ("sen","affiliation","lk","received a telephone call on Tuesday"),
 ("chow","affiliation","bd","paid an official visit to Colombo"),
 ("visit","participant","chow","paid an official visit to Colombo"),
 ("visit","location","colombo","paid an official visit to Colombo"),
 ("visit","date","2026-03-19","paid an official visit to Colombo"),
 ("visit","endDate","2026-03-20","paid an official visit to Colombo"),
 ("wije","affiliation","lk","co-chaired the fifth round"),
 ("foc5","host","chow","co-chaired the fifth round"),
 ("foc5","host","wije","co-chaired the fifth round"),
 ("foc5","participant","chow","co-chaired the fifth round"),
 ("foc5","participant","wije","co-chaired the fifth round"),
 ("foc5","date","2026-03-19","co-chaired the fifth round"),
 ("foc5","ordinal","5","co-chaired the fifth round"),
 ("foc5","inSeries","foc","co-chaired the fifth round"),
 ("mou","adoptedAt","foc5","At the conclusion of the consultations"),
 ("mou","party","fsa","At the conclusion of the consultations"),
 ("mou","party","bidti","At the conclusion of the consultations"),
 ("mou","party","bd","At the conclusion of the consultations"),
 ("mou","party","lk","At the conclusion of the consultations"),
 ("jcm","location","dhaka","next meeting of the Joint Commission"),
 ("csa","adoptedAt","jcm","next meeting of the Joint Commission"),
 ("perera","affiliation","lk","called on Sri Lankan Prime Minister"),
 ("foc6","location","dhaka","sixth round"),
 ("foc6","date","2027","sixth round"),
 ("foc6","ordinal","6","sixth round"),
 ("foc6","inSeries","foc","sixth round"),
])

doc("02_germany_ghana_summit_joint_statement", "2026-05-13", """
Joint Press Statement on the First Germany–Ghana Bilateral Summit

Berlin, 13 May 2026

At the invitation of Federal Chancellor Matthias Hollweg, the President of the Republic of Ghana, Kwame Asante-Mensah, paid an official visit to the Federal Republic of Germany on 12 and 13 May 2026. On 13 May the two leaders held the first Germany–Ghana Bilateral Summit at the Federal Chancellery in Berlin, accompanied by ministers from both governments.

The Chancellor and the President welcomed the growth of trade and investment between their countries and reaffirmed their shared commitment to the Paris Agreement and to the African Union's Agenda 2063.

On the margins of the summit, and in the presence of the two leaders, the following documents were signed:
- a Joint Declaration of Intent on a Green Hydrogen Partnership, signed by the Federal Minister for Economic Affairs and Climate Action, Sabine Kortmann, and the Minister for Energy of Ghana, Ama Boateng-Owusu;
- an Agreement on Financial Cooperation 2026 between the Government of the Federal Republic of Germany and the Government of the Republic of Ghana, under which Germany will provide 140 million euros, through KfW Development Bank, for vocational training and renewable energy;
- a Memorandum of Understanding between the Ghana Investment Promotion Centre and Germany Trade and Invest (GTAI).

Both sides agreed to hold the summit every two years, alternating between Accra and Berlin, and tasked their foreign ministers with preparing the next meeting. President Asante-Mensah invited Chancellor Hollweg to visit Ghana in 2027; the invitation was accepted with pleasure.

Germany reaffirmed its support for the efforts of Ghana within the Economic Community of West African States (ECOWAS) and for the Accra Initiative on regional security.
""", [
 ("hollweg","Person","Matthias Hollweg",["Hollweg"]),
 ("gh","Country","Republic of Ghana",["Ghana"]),
 ("am","Person","Kwame Asante-Mensah",["Asante-Mensah"]),
 ("de","Country","Federal Republic of Germany",["Germany"]),
 ("visit","Event","official visit to the Federal Republic of Germany",[],{"kind":"Visit"}),
 ("summit","Event","first Germany–Ghana Bilateral Summit",["summit"],{"kind":"Summit"}),
 ("chanc","Place","Federal Chancellery",[],{"kind":"Venue"}),
 ("berlin","Place","Berlin",[],{"kind":"City"}),
 ("jps","Agreement","Joint Press Statement on the First Germany–Ghana Bilateral Summit",[],{"kind":"JointStatement"}),
 ("paris","Agreement","Paris Agreement",[],{"kind":"Agreement"}),
 ("au","Organization","African Union",[],{"kind":"IGO"}),
 ("a2063","Agreement","Agenda 2063",[],{"kind":"Agenda"}),
 ("jdi","Agreement","Joint Declaration of Intent on a Green Hydrogen Partnership",[],{"kind":"Declaration"}),
 ("kortmann","Person","Sabine Kortmann",[]),
 ("boat","Person","Ama Boateng-Owusu",[]),
 ("afc","Agreement","Agreement on Financial Cooperation 2026",[],{"kind":"Agreement"}),
 ("kfw","Organization","KfW Development Bank",[],{"kind":"Bank"}),
 ("mou","Agreement","Memorandum of Understanding between the Ghana Investment Promotion Centre and Germany Trade and Invest",["Memorandum of Understanding"],{"kind":"Memorandum","ev":"Memorandum of Understanding between the Ghana"}),
 ("gipc","Organization","Ghana Investment Promotion Centre",[],{"kind":"Agency"}),
 ("gtai","Organization","Germany Trade and Invest",["GTAI"],{"kind":"Agency"}),
 ("accra","Place","Accra",[],{"kind":"City"}),
 ("ecowas","Organization","Economic Community of West African States",["ECOWAS"],{"kind":"IGO"}),
 ("ai","Agreement","Accra Initiative",[],{"kind":"Initiative","u":True}),
],[
 ("am","affiliation","gh","the President of the Republic of Ghana, Kwame"),
 ("hollweg","affiliation","de","At the invitation of Federal Chancellor"),
 ("visit","participant","am","At the invitation of Federal Chancellor"),
 ("visit","host","hollweg","At the invitation of Federal Chancellor"),
 ("visit","location","de","At the invitation of Federal Chancellor"),
 ("visit","date","2026-05-12","At the invitation of Federal Chancellor"),
 ("visit","endDate","2026-05-13","At the invitation of Federal Chancellor"),
 ("summit","date","2026-05-13","held the first Germany"),
 ("summit","ordinal","1","held the first Germany"),
 ("summit","location","chanc","held the first Germany"),
 ("summit","location","berlin","held the first Germany"),
 ("summit","participant","hollweg","held the first Germany"),
 ("summit","participant","am","held the first Germany"),
 ("chanc","locatedIn","berlin","held the first Germany"),
 ("a2063","issuedBy","au","Agenda 2063"),
 ("jps","adoptedAt","summit","Joint Press Statement on the First"),
 ("jps","date","2026-05-13","Berlin, 13 May 2026"),
 ("jps","location","berlin","Berlin, 13 May 2026"),
 ("jdi","adoptedAt","summit","On the margins of the summit"),
 ("afc","adoptedAt","summit","On the margins of the summit"),
 ("mou","adoptedAt","summit","On the margins of the summit"),
 ("jdi","party","kortmann","Joint Declaration of Intent"),
 ("jdi","party","boat","Joint Declaration of Intent"),
 ("kortmann","affiliation","de","Joint Declaration of Intent"),
 ("boat","affiliation","gh","Joint Declaration of Intent"),
 ("afc","party","de","Agreement on Financial Cooperation 2026"),
 ("afc","party","gh","Agreement on Financial Cooperation 2026"),
 ("mou","party","gipc","Memorandum of Understanding between"),
 ("mou","party","gtai","Memorandum of Understanding between"),
])
