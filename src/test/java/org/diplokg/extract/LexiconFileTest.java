package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pins the lexicon format of {@link LexiconFile}: what a well-formed file gives and how a malformed one is refused. */
class LexiconFileTest {
    /** A good list that comes first in the malformed files, so that the line an error names is not trivially 1. */
    private static final String GOOD = """
            # the file's own comment
            words: good-list
            # A good list.
            sign conclude

            """;

    private static final String WELL_FORMED = """
            # The lexicon's comment.

            words: signing-verbs
            # Verbs of signing.
            sign conclude
            ink co-sign

            words: party-verbs
            # Signing and joining; a comment may stand between the words.
            @signing-verbs
            # joining
            accede join

            map: heads
            # Head words with their subtype.
            memorandum mou = memorandum
            paper = white paper
            words: acronyms
            # Case and dots as written.
            R&D MoU h.e.
            """;

    @Test
    void aWellFormedFileGivesItsListsInOrder() {
        LexiconFile lex = LexiconFile.parse("x.words", WELL_FORMED);
        assertEquals(List.of("sign", "conclude", "ink", "co-sign"), lex.words("signing-verbs"));
        assertEquals(List.of("sign", "conclude", "ink", "co-sign", "accede", "join"), lex.words("party-verbs"),
                "an include gives the other list's words where it stands");
        assertEquals(Map.of("memorandum", "memorandum", "mou", "memorandum", "paper", "white paper"), lex.map("heads"));
        assertEquals(List.of("memorandum", "mou", "paper"), List.copyOf(lex.map("heads").keySet()), "in file order");
        assertEquals(List.of("R&D", "MoU", "h.e."), lex.words("acronyms"), "a list may end at the next one");
    }

    @Test
    void aListOfTheOtherKindOrAnUnknownOneIsRefusedByName() {
        LexiconFile lex = LexiconFile.parse("x.words", WELL_FORMED);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> lex.words("heads")).getMessage()
                .contains("it is a map"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> lex.map("signing-verbs")).getMessage()
                .contains("it is a word list"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> lex.words("no-such")).getMessage()
                .contains("no word list no-such"));
    }

    @Test
    void aReferenceIsExpandedToTheAlternationOfTheList() {
        LexiconFile lex = LexiconFile.parse("x.words", WELL_FORMED);
        assertEquals("{lemma:/sign|conclude|ink|co-sign/}", lex.expand("{lemma:/@signing-verbs/}", "here"));
        assertEquals("{lemma:/renew|sign|conclude|ink|co-sign|strike/} >obj {lemma:/memorandum|mou|paper/}",
                lex.expand("{lemma:/renew|@signing-verbs|strike/} >obj {lemma:/@heads/}", "here"),
                "a list among other alternatives; a map gives its keys");
        assertEquals("{word:/R\\&D|MoU|h\\.e\\./}", lex.expand("{word:/@acronyms/}", "here"),
                "a word's regex characters are escaped");
        assertEquals("{lemma:/sign/}", lex.expand("{lemma:/sign/}", "here"));
    }

    @Test
    void anUnknownReferenceOrAStrayAtIsRefusedWhereItStands() {
        LexiconFile lex = LexiconFile.parse("x.words", WELL_FORMED);
        String unknown = assertThrows(IllegalArgumentException.class,
                () -> lex.expand("{lemma:/@signing-verbz/}", "rule file r.rules, line 9")).getMessage();
        assertTrue(unknown.startsWith("rule file r.rules, line 9: unknown word list @signing-verbz"), unknown);
        for (String stray : List.of("{lemma:/sign@x/}", "{lemma:/@signing-verbs/} @ {}", "{lemma:/@signing-verbs/}x@",
                "{lemma:/@Signing/}")) {
            String m = assertThrows(IllegalArgumentException.class, () -> lex.expand(stray, "line 3")).getMessage();
            assertTrue(m.startsWith("line 3: '@' must name a word list"), stray + ": " + m);
        }
    }

    @Test
    void aDuplicateListNameIsRefusedOnItsLine() {
        assertRefused(GOOD + "map: good-list\n# Again.\nx = y\n", 6,
                "duplicate list name good-list (defined on line 2)");
    }

    @Test
    void anUnknownIncludeIsRefusedOnItsLine() {
        assertRefused(GOOD + "words: other\n# Includes a list not above it.\nsign\n@later\n\nwords: later\n# L.\nx\n",
                9,
                "includes @later, which is not a word list defined above it");
    }

    @Test
    void anIncludeOfAMapIsRefused() {
        assertRefused(GOOD + "map: m\n# M.\nx = y\n\nwords: w\n# W.\n@m\n", 12, "a map, not a word list");
    }

    @Test
    void aWordTwiceInAListIsRefusedOnItsLine() {
        assertRefused(GOOD + "words: twice\n# Has sign twice.\nink\nsign ink\n", 9, "has 'ink' twice");
        assertRefused(GOOD + "words: twice\n# Has sign twice, by its include.\n@good-list sign\n", 8,
                "has 'sign' twice");
        assertRefused(GOOD + "map: keys\n# A key twice.\na = b\nc a = d\n", 9, "has the key 'a' twice");
    }

    @Test
    void aListWithoutACommentOrWordsIsRefused() {
        assertRefused(GOOD + "words: bare\nsign\n", 6, "no comment");
        assertRefused(GOOD + "words: empty\n# Nothing in it.\n", 6, "is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"memorandum", "= memorandum", "mou =", "a = b = c"})
    void aBadMapLineIsRefusedOnItsLine(String line) {
        assertRefused(GOOD + "map: bad\n# A bad line.\n" + line + "\n", 8, "is 'KEY KEY = VALUE'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bad", "bad_name", "-bad", "bad name", ""})
    void aBadListNameIsRefused(String name) {
        assertRefused(GOOD + "words: " + name + "\n# A comment.\nx\n", 6, "'" + name + "'");
    }

    @Test
    void textOutsideAListIsRefusedOnItsLine() {
        assertRefused(GOOD + "sign here\n", 6, "text outside a list");
    }

    @Test
    void aMissingLexiconFileIsRefusedByName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> LexiconFile.load("no-such.words"));
        assertTrue(e.getMessage().contains("org/diplokg/rules/no-such.words"), e.getMessage());
    }

    private static void assertRefused(String text, int line, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LexiconFile.parse("broken.words", text));
        String message = e.getMessage();
        assertTrue(message.contains("lexicon file broken.words"), "names the file: " + message);
        assertTrue(message.contains("line " + line + ":"), "names line " + line + ": " + message);
        assertTrue(message.contains(reason), "says why (" + reason + "): " + message);
    }
}
