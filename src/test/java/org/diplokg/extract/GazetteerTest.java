package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.diplokg.nlp.Token;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();

    private static List<Token> tokens(String... words) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            out.add(new Token(i, words[i], at, at + words[i].length(), "NNP", words[i], "O", ""));
            at += words[i].length() + 1;
        }
        return out;
    }

    @Test
    void acronymsAndNamesResolveToCanonicalEntries() {
        Gazetteer.Match sco = GAZETTEER.matchAt(tokens("SCO"), 0, false).orElseThrow();
        assertEquals("Shanghai Cooperation Organization", sco.entry().name());
        Gazetteer.Match apec = GAZETTEER.matchAt(tokens("Asia", "-", "Pacific", "Economic", "Cooperation"), 0, false)
                .orElseThrow();
        assertEquals(5, apec.end());
        assertEquals(EntityKind.ORGANIZATION, apec.entry().kind());
        assertEquals(EntityKind.COUNTRY, GAZETTEER.lookup("Viet Nam").orElseThrow().kind());
        assertEquals("Vietnam", GAZETTEER.lookup("Viet Nam").orElseThrow().name());
    }

    @Test
    void acronymsMatchOnlyAsWrittenAndMatchesDoNotEndOnPunctuation() {
        assertTrue(GAZETTEER.matchAt(tokens("who"), 0, false).isEmpty());
        assertTrue(GAZETTEER.matchAt(tokens("us"), 0, false).isEmpty());
        assertEquals(1, GAZETTEER.matchAt(tokens("China", "-", "ASEAN"), 0, false).orElseThrow().end());
        assertEquals("Shanghai Cooperation Organization",
                GAZETTEER.matchAt(tokens("sco"), 0, true).orElseThrow().entry().name());
        // In lower-cased (degraded) text "us" and "who" are words, while "g20" and "wuzhen" are still names.
        assertTrue(GAZETTEER.matchAt(tokens("us"), 0, true).isEmpty());
        assertTrue(GAZETTEER.matchAt(tokens("who"), 0, true).isEmpty());
        assertEquals("Group of Twenty", GAZETTEER.matchAt(tokens("g20"), 0, true).orElseThrow().entry().name());
        assertEquals("Wuzhen", GAZETTEER.matchAt(tokens("wuzhen"), 0, true).orElseThrow().entry().name());
    }

    @Test
    void everyCountryAndOrganizationHasADistinctSlugLikeName() {
        assertEquals("China", GAZETTEER.lookup("People's Republic of China").orElseThrow().name());
        assertEquals("World Intellectual Property Organization", GAZETTEER.lookup("WIPO").orElseThrow().name());
        assertEquals("International Telecommunication Union", GAZETTEER.lookup("ITU").orElseThrow().name());
    }
}
