package org.diplokg.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Which sentences the dependency parser must see: those with something a fact or a described mention can hang on.
 * A sentence is parsed when it has a named entity (CoreNLP's PERSON, ORGANIZATION, LOCATION, MISC), a capitalised
 * word after its first, a proper noun or an acronym first, or one of {@link #WORDS}: the pronouns and nouns the
 * extraction takes up ("we", "it", "the declaration", "the two sides", "the leaders") and every head noun of a
 * described agreement or event (the {@code =m} nodes of {@code rules/described-*.rules}; {@code ParseGateTest}
 * fails when a rule adds one that is missing here). The rest ("The internet is an important human achievement.")
 * holds nothing DiploKG stores; on the white paper they are a third of the tokens. Errs towards parsing.
 */
final class ParseGate {
    private static final Set<String> ENTITIES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
    static final Set<String> WORDS = Set.of(
            // pronouns and the nouns that stand for a party, a meeting or a document named before
            "we", "us", "our", "ours", "ourselves", "it", "its", "they", "them", "their", "he", "him", "his", "she",
            "her", "this", "these", "those", "both", "side", "sides", "party", "parties", "leader", "leaders",
            "minister", "ministers", "participant", "participants", "delegate", "delegates", "delegation",
            "delegations", "head", "heads", "host", "co-host", "cohost", "former", "latter", "signatory", "signing",
            "signature", "event", "time",
            // head nouns of agreements and documents
            "accord", "accords", "act", "agenda", "agreement", "agreements", "armistice", "arrangement", "blueprint",
            "book", "ceasefire", "charter", "code", "communique", "communiqué", "compact", "conclusions", "convention",
            "covenant", "deal", "deals", "decision", "declaration", "declarations", "deliverable", "document",
            "documents", "exchange", "framework", "grant", "guideline", "guidelines", "initiative", "law", "letter",
            "loan", "memorandum", "mou", "outcome", "outlook", "pact", "pacts", "paper", "plan", "principle",
            "principles", "program", "programme", "protocol", "recommendation", "recommendations", "regulation",
            "regulations", "report", "resolution", "roadmap", "statement", "strategy", "text", "texts", "treaty",
            "treaties", "truce", "vision",
            // head nouns of events
            "assembly", "ceremony", "conference", "congress", "consultation", "consultations", "dialogue",
            "exhibition", "expo", "forum", "gathering", "meeting", "negotiation", "negotiations", "retreat", "round",
            "roundtable", "seminar", "session", "summit", "symposium", "talk", "talks", "tour", "trip", "visit",
            "workshop");

    private ParseGate() {
    }

    /** Whether the sentence may hold a fact or a described mention, so needs its parse. */
    static boolean needsParse(Sentence s) {
        for (Token t : s.tokens()) {
            if (ENTITIES.contains(t.ner()) || t.index() > 0 && t.isCapitalized()
                    || t.index() == 0 && (t.pos().startsWith("NNP") || t.text().length() > 1
                    && t.text().equals(t.text().toUpperCase(Locale.ROOT)) && t.isCapitalized())
                    || WORDS.contains(t.text().toLowerCase(Locale.ROOT))
                    || WORDS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
