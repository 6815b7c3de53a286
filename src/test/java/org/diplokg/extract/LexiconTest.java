package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Pins the shipped lexicon as the code reads it: immutable, loaded once, every list used. */
class LexiconTest {
    /** A use in a rule's pattern or a list's words (outside comments): {@code @name}. */
    private static final Pattern REFERENCE = Pattern.compile("@([a-z0-9][a-z0-9-]*)");
    /** A use in the code: {@code Lexicon.words("name")}, {@code Lexicon.map("name")}. */
    private static final Pattern CALL = Pattern.compile("(?:words|map)\\(\"([a-z0-9-]+)\"\\)");

    @Test
    void listsAreImmutableAndReadOnce() {
        Set<String> heads = Lexicon.words("org-heads");
        assertTrue(heads.contains("organization"));
        assertSame(heads, Lexicon.words("org-heads"), "read once");
        assertThrows(UnsupportedOperationException.class, () -> heads.add("club"));
        Map<String, String> agreements = Lexicon.map("agreement-heads");
        assertEquals("white paper", agreements.get("paper"));
        assertThrows(UnsupportedOperationException.class, () -> agreements.put("club", "club"));
        assertThrows(NullPointerException.class, () -> heads.contains(null), "null-hostile, as Set.of was");
    }

    @Test
    void anUnknownListIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.words("no-such"));
        assertTrue(e.getMessage().contains("no word list no-such"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Lexicon.map("org-heads"), "a word list is not a map");
    }

    @Test
    void everyShippedListIsUsedByARuleFileAListOrTheCode() throws Exception {
        Set<String> used = new TreeSet<>();
        for (String file : ShippedRuleFilesTest.ruleFiles()) {
            uses(withoutComments(resource(file)), REFERENCE, used);
        }
        uses(withoutComments(resource("lexicon.words")), REFERENCE, used);
        Path code = Path.of("src/main/java/org/diplokg");
        assertTrue(Files.isDirectory(code), "run from the project folder: " + code.toAbsolutePath());
        try (Stream<Path> files = Files.walk(code)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                uses(Files.readString(p), CALL, used);
            }
        }
        Set<String> unused = new TreeSet<>(Lexicon.FILE.names());
        unused.removeAll(used);
        assertTrue(unused.isEmpty(), "lists of lexicon.words that nothing uses: " + unused);
        assertTrue(Lexicon.FILE.names().size() > 20, "found the lists: " + Lexicon.FILE.names());
    }

    private static void uses(String text, Pattern use, Set<String> used) {
        Matcher m = use.matcher(text);
        while (m.find()) {
            used.add(m.group(1));
        }
    }

    private static String withoutComments(String text) {
        return text.lines().filter(l -> !l.strip().startsWith("#")).collect(Collectors.joining("\n"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream("org/diplokg/rules/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
