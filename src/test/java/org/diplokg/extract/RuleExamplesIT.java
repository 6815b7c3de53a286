package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.diplokg.TestSupport;
import org.diplokg.ingest.DocumentReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule of every rule file, on its own example sentences (of our own wording), through the real CoreNLP models:
 * a rule that stops giving the facts its examples promise fails here, by its file and name.
 */
class RuleExamplesIT {
    @TempDir
    static Path dir;

    private static Extraction extract(String sentence) throws Exception {
        Path f = Files.writeString(Files.createTempFile(dir, "example", ".txt"), sentence + "\n");
        var doc = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES).read(f);
        var processor = TestSupport.processor();
        return processor.extract(doc);
    }

    /** The facts one rule found, as "relation(subject, object)" with the mentions' words. */
    private static List<String> factsOf(Extraction x, String rule) {
        List<String> out = new ArrayList<>();
        for (Relation r : x.relations()) {
            // an end taken up ("the agreement", "the two countries"), not named
            if (r.rule().equals(rule) || r.rule().equals(rule + "+anaphora") || r.rule().equals(rule + "+group")) {
                out.add(fact(x, r));
            }
        }
        return out;
    }

    /** Every fact of the extraction, whichever rule found it, as {@link #factsOf}. */
    private static List<String> allFacts(Extraction x) {
        return x.relations().stream().map(r -> fact(x, r)).toList();
    }

    /** A relation as "relation(subject, object)" with the mentions' words, normalised by {@link #key}. */
    private static String fact(Extraction x, Relation r) {
        String object = r.date() != null ? r.date().lexical() : x.mention(r.object()).text();
        return key(r.predicate().localName() + "(" + x.mention(r.subject()).text() + ", " + object + ")");
    }

    /** Mentions a mention rule made, as "Agreement(words)". */
    private static List<String> mentionsOf(Extraction x, String rule) {
        List<String> out = new ArrayList<>();
        for (Mention m : x.mentions()) {
            if (m.rule().equals(rule)) {
                out.add(key(m.kind().className() + "(" + m.text() + ")"));
            }
        }
        return out;
    }

    private static String key(String fact) {
        return fact.toLowerCase(Locale.ROOT).replaceAll("\\(the ", "(").replaceAll(", the ", ", ")
                .replaceAll("\\s+", " ");
    }

    private static Map<String, List<RuleFile.Rule>> files() {
        Map<String, List<RuleFile.Rule>> files = new TreeMap<>();
        DependencyRelations.RULES.forEach((p, rules) -> files.put(p.localName() + ".rules", rules));
        files.put("described-agreements.rules", DescribedMentions.AGREEMENT_RULES);
        files.put("described-events.rules", DescribedMentions.EVENT_RULES);
        return files;
    }

    @TestFactory
    Stream<DynamicTest> everyRuleGivesWhatItsExamplesSay() {
        List<DynamicTest> tests = new ArrayList<>();
        files().forEach((file, rules) -> {
            for (RuleFile.Rule rule : rules) {
                boolean mentions = file.startsWith("described-");
                String name = mentions ? "described:" + rule.name()
                        : file.substring(0, file.length() - ".rules".length()) + "/" + rule.name();
                for (RuleFile.Example ex : rule.examples()) {
                    tests.add(DynamicTest.dynamicTest(file + " " + rule.name() + ": " + ex.sentence(), () -> {
                        Extraction x = extract(ex.sentence());
                        List<String> found = mentions ? mentionsOf(x, name) : factsOf(x, name);
                        assertFalse(ex.expected().isEmpty() && ex.absent().isEmpty());
                        List<String> all = allFacts(x);
                        for (String absent : ex.absent()) {
                            assertFalse(all.contains(key(absent)), file + ", rule " + rule.name() + ": expected no "
                                    + absent + " in '" + ex.sentence() + "', the rules gave " + all);
                        }
                        for (String expected : ex.expected()) {
                            assertTrue(found.contains(key(expected)), file + ", rule " + rule.name() + ": expected "
                                    + expected + " in '" + ex.sentence() + "', the rule gave " + found
                                    + "; mentions " + x.mentions().stream().map(m -> m.kind() + ":" + m.text())
                                    .toList());
                        }
                    }));
                }
            }
        });
        return tests.stream();
    }
}
