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
}
