package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pins the rule-file format of {@link RuleFile}: what a well-formed file gives and how a malformed one is refused. */
class RuleFileTest {
    /** A good rule that comes first in the malformed files, so that the line an error names is not trivially 1. */
    private static final String GOOD = """
            # the file's own comment: what these rules find
            rule: good-rule
            # A good rule.
            example: Chile signed it. => party(it, Chile)
            pattern: {word:signed} >nsubj {}=o

            """;

    private static final String WELL_FORMED = """
            # party: who signed an agreement.
            # The file's comment may go on over several lines.

            rule: signer-is-subject
            # "X signed the Z": the subject of a signing verb;
            # a comment may go on too.
            example: Chile and Norway signed the Oslo Agreement. => party(Oslo Agreement, Chile); party(Oslo Agreement, Norway)
            example: Peru signed the Lima Accord. => party(Lima Accord, Peru);
            confidence: 0.85
            pattern: {word:signed} >nsubj {}=o
                >obj {}=s
            rule: signed-by-2
            # Passive signing, with the default confidence and no blank line before it.
            example: The Oslo Agreement was signed by Chile. => party(Oslo Agreement, Chile)
            pattern: {word:signed} >/obl:by/ {}=o
            """;

    @Test
    void aWellFormedFileGivesItsRulesInOrder() {
        List<RuleFile.Rule> rules = RuleFile.parse("party.rules", WELL_FORMED);
        assertEquals(2, rules.size());
        RuleFile.Rule first = rules.get(0);
        assertEquals("party.rules", first.file());
        assertEquals("signer-is-subject", first.name());
        assertEquals(4, first.line());
        assertEquals("\"X signed the Z\": the subject of a signing verb; a comment may go on too.", first.comment());
        assertEquals(0.85, first.confidence());
        assertEquals("{word:signed} >nsubj {}=o >obj {}=s", first.source());

        RuleFile.Rule second = rules.get(1);
        assertEquals("signed-by-2", second.name());
        assertEquals(12, second.line());
        assertEquals(0.8, second.confidence(), "the default confidence");
        assertEquals("{word:signed} >/obl:by/ {}=o", second.source());
    }

    @Test
    void examplesKeepTheirSentenceAndEveryExpectedFact() {
        RuleFile.Rule rule = RuleFile.parse("party.rules", WELL_FORMED).get(0);
        assertEquals(2, rule.examples().size());
        RuleFile.Example a = rule.examples().get(0);
        assertEquals("Chile and Norway signed the Oslo Agreement.", a.sentence());
        assertEquals(List.of("party(Oslo Agreement, Chile)", "party(Oslo Agreement, Norway)"), a.expected());
        RuleFile.Example b = rule.examples().get(1);
        assertEquals("Peru signed the Lima Accord.", b.sentence());
        assertEquals(List.of("party(Lima Accord, Peru)"), b.expected(), "a trailing ';' adds no empty fact");
    }

    @Test
    void aFactWrittenWithNotIsOneThatMustBeAbsent() {
        String text = """
                rule: held
                # "The summit was held on 3 May": the date of what was held.
                example: Peru signed a pact on a hub, which opens next year. => not date(pact on a hub, 2025)
                example: The summit was held on 3 May 2024. => date(summit, 2024-05-03); not date(summit, 2025)
                pattern: {word:held} >/nsubj:pass/ {}=s
                """;
        RuleFile.Rule rule = RuleFile.parse("date.rules", text).get(0);
        RuleFile.Example a = rule.examples().get(0);
        assertEquals(List.of(), a.expected());
        assertEquals(List.of("date(pact on a hub, 2025)"), a.absent());
        RuleFile.Example b = rule.examples().get(1);
        assertEquals(List.of("date(summit, 2024-05-03)"), b.expected());
        assertEquals(List.of("date(summit, 2025)"), b.absent());
    }

    @Test
    void thePatternIsCompiledWithItsContinuationLines() {
        RuleFile.Rule rule = RuleFile.parse("party.rules", WELL_FORMED).get(0);
        SemanticGraph g = SemanticGraph.valueOf("[signed nsubj>Chile obj>Agreement]");
        SemgrexMatcher m = rule.pattern().matcher(g);
        assertTrue(m.find(), "the pattern matches a signing verb with a subject and an object");
        assertEquals("Chile", m.getNode("o").word());
        assertEquals("Agreement", m.getNode("s").word(), "the continuation line is part of the pattern");
        assertFalse(rule.pattern().matcher(SemanticGraph.valueOf("[signed nsubj>Chile]")).find(),
                "without an object the continued pattern does not match");
    }

    @Test
    void aFileOfOnlyCommentsHasNoRules() {
        assertTrue(RuleFile.parse("empty.rules", "# nothing yet\n\n# still nothing\n").isEmpty());
    }

    @Test
    void aRuleWithoutACommentIsRefused() {
        assertRefused(GOOD + """
                rule: no-comment
                example: Chile signed it. => party(it, Chile)
                pattern: {word:signed} >nsubj {}=o
                """, 7, "no comment");
    }

    @Test
    void aRuleWithoutAnExampleIsRefused() {
        assertRefused(GOOD + """
                rule: no-example
                # Has no example.
                pattern: {word:signed} >nsubj {}=o
                """, 7, "no example");
    }

    @Test
    void aRuleWithoutAPatternIsRefused() {
        assertRefused(GOOD + """
                rule: no-pattern
                # Has no pattern.
                example: Chile signed it. => party(it, Chile)
                """, 7, "no pattern");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bad-Name", "bad_name", "-bad", "bad name", ""})
    void aBadRuleNameIsRefused(String name) {
        assertRefused(GOOD + "rule: " + name + "\n# A comment.\nexample: Chile signed it. => party(it, Chile)\n"
                + "pattern: {word:signed} >nsubj {}=o\n", 7, "'" + name + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "0", "-0.2", "high", "NaN", ""})
    void aBadConfidenceIsRefusedOnItsLine(String confidence) {
        assertRefused(GOOD + "rule: bad-confidence\n# A comment.\nexample: Chile signed it. => party(it, Chile)\n"
                + "confidence: " + confidence + "\npattern: {word:signed} >nsubj {}=o\n", 10, "confidence");
    }

    @Test
    void aConfidenceOfOneIsAccepted() {
        List<RuleFile.Rule> rules = RuleFile.parse("x.rules", GOOD.replace("pattern:", "confidence: 1\npattern:"));
        assertEquals(1.0, rules.get(0).confidence());
    }

    @Test
    void anExampleWithoutAnArrowIsRefusedOnItsLine() {
        assertRefused(GOOD + """
                rule: no-arrow
                # A comment.
                example: Chile signed it. party(it, Chile)
                pattern: {word:signed} >nsubj {}=o
                """, 9, "=>");
    }

    @Test
    void textOutsideARuleIsRefusedOnItsLine() {
        assertRefused("# the file's comment\nthis line belongs to no rule\n" + GOOD, 2, "outside a rule");
    }

    @Test
    void aCommentInsideAPatternIsRefusedOnItsLine() {
        assertRefused(GOOD + """
                rule: comment-in-pattern
                # A comment.
                example: Chile signed it. => party(it, Chile)
                pattern: {word:signed} >nsubj {}=o
                # this comment cuts the pattern
                    >obj {}=s
                """, 11, "comment inside the pattern");
    }

    @Test
    void anUnknownLineInARuleIsRefusedOnItsLine() {
        assertRefused(GOOD + """
                rule: typo
                # A comment.
                example: Chile signed it. => party(it, Chile)
                patern: {word:signed} >nsubj {}=o
                """, 10, "expected 'pattern:'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{word:signed} >nsubj", "{word:signed >nsubj {}=o", "{word:signed} >nsubj {}=o)"})
    void aBadSemgrexPatternIsRefused(String pattern) {
        assertRefused(GOOD + "rule: bad-pattern\n# A comment.\nexample: Chile signed it. => party(it, Chile)\n"
                + "pattern: " + pattern + "\n", 7, "bad Semgrex pattern");
    }

    @Test
    void aListOfTheLexiconIsExpandedInThePattern() {
        LexiconFile lexicon = LexiconFile.parse("test.words", """
                words: signing
                # Verbs of signing.
                sign ink
                """);
        List<RuleFile.Rule> rules = RuleFile.parse("party.rules", GOOD.replace("{word:signed}", "{lemma:/@signing/}")
                + "rule: continued\n# On a continuation line, beside other alternatives.\n"
                + "example: Chile signed it. => party(it, Chile)\npattern: {lemma:sign} >nsubj {}=o\n"
                + "    >obj {lemma:/@signing|seal/}=s\n", lexicon);
        assertEquals("{lemma:/sign|ink/} >nsubj {}=o", rules.get(0).source());
        assertEquals("{lemma:sign} >nsubj {}=o >obj {lemma:/sign|ink|seal/}=s", rules.get(1).source());
        assertTrue(rules.get(0).pattern().matcher(lemmatised("[ink nsubj>Chile]")).find(),
                "a word of the list matches");
        assertFalse(rules.get(0).pattern().matcher(lemmatised("[seal nsubj>Chile]")).find(),
                "a word outside the list does not");
    }

    @Test
    void theShippedLexiconIsWhatTheShippedRulesExpand() {
        RuleFile.Rule rule = RuleFile.parse("x.rules", GOOD.replace("{word:signed}", "{lemma:/@signing-verbs/}"))
                .get(0);
        assertEquals("{lemma:/" + String.join("|", Lexicon.FILE.words("signing-verbs")) + "/} >nsubj {}=o",
                rule.source());
    }

    @Test
    void anUnknownWordListIsRefusedOnItsLine() {
        assertRefused(GOOD + """
                rule: unknown-list
                # Names a list the lexicon does not have.
                example: Chile signed it. => party(it, Chile)
                pattern: {word:signed} >nsubj {}=o
                    >obj {lemma:/@no-such-list/}=s
                """, 11, "unknown word list @no-such-list");
    }

    @Test
    void anAtThatIsNotAWholeAlternativeIsRefusedOnItsLine() {
        assertRefused(GOOD + """
                rule: stray-at
                # An '@' inside a word.
                example: Chile signed it. => party(it, Chile)
                pattern: {lemma:/sign@signing-verbs/} >nsubj {}=o
                """, 10, "'@' must name a word list as a whole alternative");
    }

    @Test
    void aMissingRuleFileIsRefusedByName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> RuleFile.load("no-such.rules"));
        assertTrue(e.getMessage().contains("org/diplokg/rules/no-such.rules"), e.getMessage());
    }

    @Test
    void aShippedFileLoadsWithItsOwnName() {
        List<RuleFile.Rule> rules = RuleFile.load("party.rules");
        assertFalse(rules.isEmpty());
        RuleFile.Rule first = rules.get(0);
        assertEquals("party.rules", first.file());
        assertNotNull(first.pattern());
        assertFalse(first.comment().isBlank());
    }

    /** The graph of {@link SemanticGraph#valueOf}, each word its own lemma. */
    private static SemanticGraph lemmatised(String graph) {
        SemanticGraph g = SemanticGraph.valueOf(graph);
        g.vertexSet().forEach(w -> w.setLemma(w.word()));
        return g;
    }

    private static void assertRefused(String text, int line, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleFile.parse("broken.rules", text));
        String message = e.getMessage();
        assertTrue(message.contains("broken.rules"), "names the file: " + message);
        assertTrue(message.contains("line " + line + ":"), "names line " + line + ": " + message);
        assertTrue(message.contains(reason), "says why (" + reason + "): " + message);
    }
}
