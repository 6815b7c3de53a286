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

    private Lexicon() {
    }

    /** Acronyms of techniques and things that NER often tags as organisations. */
    static final Set<String> TECHNICAL_ACRONYMS = Set.of("ICT", "ICTs", "IT", "AI", "IoT", "IPv6", "IPv4", "5G", "4G",
            "GDP", "SME", "SMEs", "R&D", "API", "VR", "AR", "CEO", "PC", "GPS", "DNS", "TCP", "IP", "URL");
}
