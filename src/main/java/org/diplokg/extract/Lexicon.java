package org.diplokg.extract;

import java.util.Set;

/** Small closed word lists shared by the rules. */
final class Lexicon {
    /** Nouns of roles and offices: "deputy head", "Director-General", "spokesperson". */
    static final Set<String> ROLE_WORDS = Set.of("head", "minister", "director", "president", "chairman",
            "chairwoman", "chair", "secretary", "spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy",
            "chief", "deputy", "vice", "member", "official", "representative", "commissioner", "governor", "mayor",
            "ceo", "director-general", "secretary-general", "adviser", "advisor", "researcher", "professor", "dean",
            "premier", "leader", "founder", "executive", "counselor", "councillor", "general", "officer", "expert");

    /**
     * Singular titles a person holds, which a body's name never continues into: "Nordic Export Bank President
     * Mr. X", "Department of State Acting Assistant Secretary Y". Plurals are left out on purpose: bodies are named
     * after them ("Council of Ministers", "Foreign Ministers' Meeting").
     */
    static final Set<String> OFFICE_TITLES = Set.of("president", "vice-president", "minister", "secretary",
            "ambassador", "chairman", "chairwoman", "chairperson", "director", "director-general",
            "secretary-general", "under-secretary", "dean", "fellow", "administrator", "commissioner", "governor",
            "mayor", "ceo", "cfo", "coo", "professor", "envoy", "spokesperson", "spokesman", "spokeswoman", "premier",
            "chancellor", "rapporteur", "treasurer", "counsellor", "counselor", "consul", "provost", "rector",
            "lecturer", "researcher", "adviser", "advisor", "founder", "president-elect");

    /** Words that qualify a title of office: "Acting Assistant Secretary", "Senior Fellow", "Special Envoy". */
    static final Set<String> OFFICE_MODIFIERS = Set.of("acting", "assistant", "deputy", "vice", "senior", "chief",
            "principal", "executive", "special", "permanent", "associate", "interim", "former", "prime", "foreign",
            "high", "first", "general", "managing", "junior", "visiting", "distinguished", "research");

    /** Forms of address before a name: "Mr.", "H.E.", "Honourable", "Madam". Lower case, dots as written. */
    static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "h.e.", "h.e",
            "madam", "madame", "hon", "hon.", "honourable", "honorable", "excellency", "prof", "prof.", "mx", "mx.");

    /**
     * Words that are never a body's name on their own or together: generic heads ("Council", "State"), the
     * portfolios ministries are named after ("Defence", "Foreign Affairs", "Digital Economy") and plural office
     * holders ("Cabinet Secretaries"). A name needs at least one other word ("Polar Council", "Ministry of
     * Defence" keeps its head and a portfolio, see {@link BodyNames#generic}).
     */
    static final Set<String> GENERIC_NAME_WORDS = Set.of("state", "states", "nation", "nations", "government",
            "cabinet", "council", "assembly", "alliance", "university", "college", "school", "institute", "academy",
            "organization", "organisation", "committee", "commission", "secretariat", "office", "ministry",
            "department", "bureau", "agency", "association", "union", "bank", "fund", "company", "corporation",
            "board", "parliament", "party", "court", "group", "team", "league", "authority", "forum", "centre",
            "center", "foundation", "federation", "society", "network", "mechanism", "task", "force", "taskforce",
            "mou", "memorandum", "agreement", "treaty", "convention", "defence", "defense", "energy", "transport",
            "transportation", "foreign", "affairs", "interior", "finance", "trade", "health", "education",
            "agriculture", "environment", "justice", "commerce", "industry", "labour", "labor", "tourism", "culture",
            "communications", "economy", "digital", "security", "planning", "infrastructure", "mining", "fisheries",
            "youth", "sports", "coordination", "national", "international", "federal", "central", "public",
            "heads", "head", "secretaries", "ministers", "members", "member", "officials", "leaders", "directors",
            "governments", "countries", "economic", "social", "development", "cooperation", "co-operation");

    /** Lower-case words that may stand inside a person's name: "Mohammed bin Salman", "Ursula von der Leyen". */
    static final Set<String> NAME_PARTICLES = Set.of("bin", "binti", "bint", "ibn", "al", "el", "de", "del", "della",
            "da", "das", "dos", "do", "di", "du", "van", "von", "der", "den", "la", "le", "y", "e", "ben", "abu",
            "ould", "ter", "zu", "st.");

    private Lexicon() {
    }

    /** Acronyms of techniques, things, documents and groups of people that NER often tags as organisations. */
    static final Set<String> TECHNICAL_ACRONYMS = Set.of("ICT", "ICTs", "IT", "AI", "IoT", "IPv6", "IPv4", "5G", "4G",
            "GDP", "SME", "SMEs", "R&D", "API", "VR", "AR", "CEO", "PC", "GPS", "DNS", "TCP", "IP", "URL", "UXO",
            "LGBT", "LGBTI", "LGBTQ", "LGBTQI", "LGBTIQ", "NCD", "NCDs", "MSME", "MSMEs", "FDI", "ODA",
            "MoU", "MoUs", "MOU", "MOUs", "LoI", "LOI", "FTA", "FTAs");   // documents, not bodies
}
