package org.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.diplokg.KgException.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldCorrectionsTest {
    private static final String GOLD = """
            {"document": "01_a.txt", "entities": [
              {"id": "d", "class": "Agreement", "name": "Delhi Declaration", "evidence": "s1"},
              {"id": "s", "class": "Event", "name": "the summit", "aliases": ["Summit"], "evidence": "s1"},
              {"id": "in", "class": "Country", "name": "India", "evidence": "s1"},
              {"id": "asia", "class": "Place", "name": "Asia", "evidence": "s2"}],
             "facts": [
              {"subject": "d", "relation": "adoptedAt", "object": "s", "evidence": "s1"},
              {"subject": "d", "relation": "date", "value": "2023-05-19", "evidence": "s1"},
              {"subject": "s", "relation": "ordinal", "value": 4, "evidence": "s1"},
              {"subject": "s", "relation": "location", "object": "asia", "evidence": "s2"}]}
            """;

    @TempDir
    Path dir;

    private List<Gold> gold() throws IOException {
        Path g = dir.resolve("gold");
        Files.createDirectories(g);
        Files.writeString(g.resolve("01_a.json"), GOLD, StandardCharsets.UTF_8);
        Files.writeString(g.resolve("02_b.json"), """
                {"document": "02_b.txt", "entities": [], "facts": []}""", StandardCharsets.UTF_8);
        return Gold.load(g);
    }

    private Path corrections(String name, String items) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, "{\"comment\": \"test\", \"corrections\": [" + items + "]}", StandardCharsets.UTF_8);
        return f;
    }

    private Gold apply(String items) throws IOException {
        return GoldCorrections.load(List.of(corrections("c.json", items))).apply(gold()).get(0);
    }

    private InputException failure(String items) {
        return assertThrows(InputException.class, () -> apply(items));
    }

    @Test
    void noCorrectionsLeaveTheGoldAsItIs() throws IOException {
        List<Gold> gold = gold();
        assertEquals(gold, GoldCorrections.load(List.of(corrections("c.json", ""))).apply(gold));
        assertEquals(gold, GoldCorrections.NONE.apply(gold));
    }

    @Test
    void removingAnEntityRemovesItsFacts() throws IOException {
        Gold g = apply("""
                {"document": "01_a.txt", "why": "a region, not a place of the summit", "removeEntity": "asia"}""");
        assertTrue(g.entity("asia").isEmpty());
        assertEquals(3, g.facts().size());
        assertTrue(g.facts().stream().noneMatch(f -> f.object().equals(Optional.of("asia"))));
    }

    @Test
    void removesAFactByObjectOrByValue() throws IOException {
        Gold g = apply("""
                {"document": "01_a.txt", "why": "w", "removeFact": {"subject": "d", "relation": "adoptedAt",
                 "object": "s"}},
                {"document": "01_a.txt", "why": "w", "removeFact": {"subject": "s", "relation": "ordinal",
                 "value": 4}}""");
        assertEquals(List.of("date", "location"), g.facts().stream().map(Gold.Fact::relation).toList());
        assertEquals(4, g.entities().size());
    }

    @Test
    void addsAnEntityAndAFactAboutIt() throws IOException {
        Gold g = apply("""
                {"document": "01_a.txt", "why": "the text names Delhi", "addEntity": {"id": "delhi",
                 "class": "Place", "name": "New Delhi", "aliases": ["Delhi"], "evidence": "s3"}},
                {"document": "01_a.txt", "why": "held in Delhi", "addFact": {"subject": "s",
                 "relation": "location", "object": "delhi", "evidence": "s3"}}""");
        Gold.Entity delhi = g.entity("delhi").orElseThrow();
        assertEquals("Place", delhi.cls());
        assertEquals(List.of("Delhi"), delhi.aliases());
        assertEquals("s3", delhi.evidence().text());
        assertTrue(g.facts().stream().anyMatch(f -> f.relation().equals("location")
                && f.object().equals(Optional.of("delhi"))));
    }

    @Test
    void changesClassNameAliasesAndUncertainty() throws IOException {
        Gold g = apply("""
                {"document": "01_a.txt", "why": "w", "changeEntity": {"id": "s", "class": "EventSeries",
                 "name": "Summit of Delhi", "aliases": [], "uncertain": true}},
                {"document": "01_a.txt", "why": "w", "changeEntity": {"id": "in", "aliases": ["Bharat"]}}""");
        Gold.Entity s = g.entity("s").orElseThrow();
        assertEquals("EventSeries", s.cls());
        assertEquals("Summit of Delhi", s.name());
        assertEquals(List.of(), s.aliases());
        assertTrue(s.uncertain());
        assertEquals("s1", s.evidence().text(), "what is not changed stays");
        Gold.Entity india = g.entity("in").orElseThrow();
        assertEquals(List.of("Bharat"), india.aliases());
        assertEquals("India", india.name());
        assertFalse(india.uncertain());
    }

    @Test
    void theSharedGoldIsNotChanged() throws IOException {
        List<Gold> gold = gold();
        Gold before = gold.get(0);
        GoldCorrections.load(List.of(corrections("c.json", """
                {"document": "01_a.txt", "why": "w", "removeEntity": "asia"}"""))).apply(gold);
        assertSame(before, gold.get(0));
        assertTrue(gold.get(0).entity("asia").isPresent());
    }

    @Test
    void correctionsApplyInOrderAcrossFilesAndFolders() throws IOException {
        Path folder = dir.resolve("corrections");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("1.json"), """
                {"corrections": [{"document": "01_a.txt", "why": "w", "addEntity": {"id": "x", "class": "Person",
                 "name": "X"}}]}""", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("2.json"), """
                {"corrections": [{"document": "01_a.txt", "why": "w", "changeEntity": {"id": "x",
                 "name": "Y"}}]}""", StandardCharsets.UTF_8);
        Path last = corrections("3.json", """
                {"document": "01_a.txt", "why": "w", "removeEntity": "x"}""");
        GoldCorrections c = GoldCorrections.load(List.of(folder, last));
        assertEquals(3, c.corrections().size());
        assertTrue(c.apply(gold()).get(0).entity("x").isEmpty());
        GoldCorrections firstTwo = GoldCorrections.load(List.of(folder));
        assertEquals("Y", firstTwo.apply(gold()).get(0).entity("x").orElseThrow().name());
    }

    @Test
    void anUnknownDocumentOrIdNamesTheFileAndTheCorrection() {
        InputException e = failure("""
                {"document": "01_a.txt", "why": "w", "removeEntity": "asia"},
                {"document": "99_z.txt", "why": "w", "removeEntity": "asia"}""");
        assertTrue(e.getMessage().contains("c.json"), e.getMessage());
        assertTrue(e.getMessage().contains("correction 2 (removeEntity \"asia\" in 99_z.txt)"), e.getMessage());
        assertTrue(e.getMessage().contains("no gold for this document"), e.getMessage());

        e = failure("""
                {"document": "01_a.txt", "why": "w", "changeEntity": {"id": "nobody", "name": "N"}}""");
        assertTrue(e.getMessage().contains("correction 1 (changeEntity \"nobody\" in 01_a.txt)"), e.getMessage());
        assertTrue(e.getMessage().contains("no entity with id \"nobody\""), e.getMessage());

        e = failure("""
                {"document": "01_a.txt", "why": "w", "addFact": {"subject": "d", "relation": "party",
                 "object": "nobody"}}""");
        assertTrue(e.getMessage().contains("no entity with id \"nobody\""), e.getMessage());
    }

    @Test
    void aCorrectionThatNoLongerAppliesIsAnError() {
        assertTrue(failure("""
                {"document": "01_a.txt", "why": "w", "removeFact": {"subject": "d", "relation": "date",
                 "value": "2024"}}""").getMessage().contains("no such fact"));
        assertTrue(failure("""
                {"document": "01_a.txt", "why": "w", "addEntity": {"id": "in", "class": "Country",
                 "name": "India"}}""").getMessage().contains("already has an entity with id \"in\""));
        assertTrue(failure("""
                {"document": "01_a.txt", "why": "w", "addFact": {"subject": "d", "relation": "date",
                 "value": "2023-05-19"}}""").getMessage().contains("already states this fact"));
        assertTrue(failure("""
                {"document": "01_a.txt", "why": "w", "changeEntity": {"id": "in", "name": "India"}}""")
                .getMessage().contains("changes nothing"));
    }

    @Test
    void malformedCorrectionsAreRejectedWhenRead() {
        assertTrue(failure("""
                {"document": "01_a.txt", "removeEntity": "asia"}""").getMessage().contains("missing \"why\""));
        assertTrue(failure("""
                {"document": "01_a.txt", "why": " ", "removeEntity": "asia"}""").getMessage()
                .contains("missing \"why\""));
        assertTrue(failure("""
                {"why": "w", "removeEntity": "asia"}""").getMessage().contains("missing \"document\""));
        assertTrue(failure("""
                {"document": "01_a.txt", "why": "w"}""").getMessage().contains("needs exactly one of"));
        assertTrue(failure("""
                {"document": "01_a.txt", "why": "w", "removeEntity": "asia", "removeFact": {"subject": "d",
                 "relation": "date", "value": "2023"}}""").getMessage().contains("needs exactly one of"));
        assertTrue(failure("""
                {"document": "01_a.txt", "why": "w", "removeEntitiy": "asia", "removeEntity": "asia"}""")
                .getMessage().contains("unknown key [removeEntitiy]"));
        assertTrue(failure("""
                {"document": "01_a.txt", "why": "w", "changeEntity": {"id": "in", "class": "Nation"}}""")
                .getMessage().contains("unknown class Nation"));
        assertTrue(failure("""
                {"document": "01_a.txt", "why": "w", "changeEntity": {"id": "in", "kind": "State"}}""")
                .getMessage().contains("unknown key [kind]"));
        assertTrue(failure("""
                {"document": "01_a.txt", "why": "w", "changeEntity": {"id": "in"}}""")
                .getMessage().contains("changes none of"));
        assertTrue(failure("""
                {"document": "01_a.txt", "why": "w", "changeEntity": {"id": "in", "uncertain": "yes"}}""")
                .getMessage().contains("true or false"));
        assertTrue(failure("""
                {"document": "01_a.txt", "why": "w", "addFact": {"subject": "d", "relation": "signedBy",
                 "object": "in"}}""").getMessage().contains("unknown relation signedBy"));
        assertTrue(failure("""
                {"document": "01_a.txt", "why": "w", "addFact": {"subject": "d", "relation": "party"}}""")
                .getMessage().contains("exactly one of object and value"));
    }

    @Test
    void aMissingOrMalformedFileIsAnError() throws IOException {
        Path none = dir.resolve("none.json");
        assertTrue(assertThrows(InputException.class, () -> GoldCorrections.load(List.of(none))).getMessage()
                .contains("no such corrections file"));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"corrections\": [", StandardCharsets.UTF_8);
        assertTrue(assertThrows(InputException.class, () -> GoldCorrections.load(List.of(bad))).getMessage()
                .contains("not valid JSON"));
        Path noList = dir.resolve("nolist.json");
        Files.writeString(noList, "{\"comment\": \"x\"}", StandardCharsets.UTF_8);
        assertTrue(assertThrows(InputException.class, () -> GoldCorrections.load(List.of(noList))).getMessage()
                .contains("missing array \"corrections\""));
    }

    @Test
    void theDevSetCorrectionsFileReads() {
        GoldCorrections.load(List.of(Path.of("src/test/resources/gold-corrections/devset.json")));
    }
}
