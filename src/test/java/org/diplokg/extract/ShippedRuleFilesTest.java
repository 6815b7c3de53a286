package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins that every rule file shipped in {@code org/diplokg/rules/} loads, with unique rule names and examples. */
class ShippedRuleFilesTest {
    private static final String FOLDER = "org/diplokg/rules/";

    /** The names of the {@code *.rules} resources in the classpath folder (a directory or a jar). */
    static List<String> ruleFiles() throws IOException, URISyntaxException {
        URL url = RuleFile.class.getClassLoader().getResource(FOLDER);
        assertNotNull(url, "no classpath folder " + FOLDER);
        URI uri = url.toURI();
        if (uri.getScheme().equals("jar")) {
            try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                return list(fs.getPath(FOLDER));
            }
        }
        return list(Path.of(uri));
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rules")).sorted().toList();
        }
    }

    @Test
    void theFolderHoldsTheRuleFilesTheExtractorsLoad() throws Exception {
        List<String> names = ruleFiles();
        for (String expected : List.of("party.rules", "date.rules", "described-agreements.rules",
                "described-events.rules")) {
            assertTrue(names.contains(expected), expected + " among " + names);
        }
    }

    @ParameterizedTest
    @MethodSource("ruleFiles")
    void eachRuleFileLoadsWithUniqueNamesAndExamples(String name) {
        List<RuleFile.Rule> rules = RuleFile.load(name);
        assertFalse(rules.isEmpty(), name + " has no rules");
        Set<String> seen = new HashSet<>();
        for (RuleFile.Rule rule : rules) {
            String where = name + ", line " + rule.line() + ", rule " + rule.name();
            assertTrue(seen.add(rule.name()), where + ": the name is used twice in the file");
            assertFalse(rule.examples().isEmpty(), where + ": no example");
            for (RuleFile.Example e : rule.examples()) {
                assertFalse(e.sentence().isBlank(), where + ": an example without a sentence");
            }
            assertNotNull(rule.pattern(), where + ": no compiled pattern");
        }
    }
}
