package org.diplokg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.diplokg.KgException.InputException;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pins how {@link DocumentMetadata} reads a crawl's JSON manifest and dates the documents it names. */
class DocumentMetadataTest {
    @TempDir
    Path dir;

    @Test
    void readsThePublicationDateOfEachFile() throws IOException {
        DocumentMetadata m = DocumentMetadata.load(write("""
                [
                 {"file": "01_forum.txt", "url": "https://example.org/forum", "publisher": "Example Times",
                  "published": "2023-05-21"},
                 {"file": "02_summit.txt", "published": "2018-08-31", "note": "extra keys are ignored"}
                ]
                """));
        assertFalse(m.isEmpty());
        assertEquals(Optional.of(LocalDate.of(2023, 5, 21)), m.published("01_forum.txt"));
        assertEquals(Optional.of(LocalDate.of(2018, 8, 31)), m.published("02_summit.txt"));
        assertTrue(m.published("03_unknown.txt").isEmpty());
    }

    @Test
    void aPublishedValueWithoutADayAnchorsNoDayNotAnError() throws IOException {
        DocumentMetadata m = DocumentMetadata.load(write("""
                [
                 {"file": "month.txt", "published": "2017-09"},
                 {"file": "year.txt", "published": "2012"},
                 {"file": "null.txt", "published": null},
                 {"file": "none.txt", "url": "https://example.org/none"},
                 {"file": "day.txt", "published": "2022-07-14"}
                ]
                """));
        assertTrue(m.published("month.txt").isEmpty());
        assertEquals(Optional.of(java.time.YearMonth.of(2017, 9)), m.month("month.txt"), "a month gives a year");
        assertTrue(m.published("year.txt").isEmpty());
        assertTrue(m.month("year.txt").isEmpty());
        assertTrue(m.published("null.txt").isEmpty());
        assertTrue(m.published("none.txt").isEmpty());
        assertEquals(Optional.of(LocalDate.of(2022, 7, 14)), m.published("day.txt"), "the rest still count");
    }

    @Test
    void anEmptyListGivesNoDates() throws IOException {
        assertTrue(DocumentMetadata.load(write("[]")).isEmpty());
        assertTrue(DocumentMetadata.NONE.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"file\": \"a.txt\", \"published\": \"2024-03-12\"}", "\"a.txt\"", "42",
        "this is not JSON", "[{\"file\": \"a.txt\""})
    void aFileThatIsNotAListIsRefusedByName(String json) throws IOException {
        Path file = write(json);
        InputException e = assertThrows(InputException.class, () -> DocumentMetadata.load(file));
        assertEquals(file.toString(), e.input());
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("not a JSON list"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n"})
    void anEmptyFileIsRefusedByName(String json) throws IOException {
        Path file = write(json);
        InputException e = assertThrows(InputException.class, () -> DocumentMetadata.load(file));
        assertEquals(file.toString(), e.input());
        assertTrue(e.getMessage().contains("not a JSON list"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"published\": \"2024-03-12\"}", "{\"file\": 7}", "{\"file\": null}"})
    void anEntryWithoutAFileNameIsRefusedWithItsPosition(String entry) throws IOException {
        Path file = write("[{\"file\": \"a.txt\", \"published\": \"2024-03-12\"}, " + entry + "]");
        InputException e = assertThrows(InputException.class, () -> DocumentMetadata.load(file));
        assertEquals(file.toString(), e.input());
        assertTrue(e.getMessage().contains("entry 2 has no \"file\""), e.getMessage());
    }

    @Test
    void anEntryThatIsNotAnObjectIsRefused() throws IOException {
        Path file = write("[\"a.txt\"]");
        InputException e = assertThrows(InputException.class, () -> DocumentMetadata.load(file));
        assertEquals(file.toString(), e.input());
        assertTrue(e.getMessage().contains("entry 1 is not an object"), e.getMessage());
    }

    @Test
    void aMissingFileIsRefusedByName() {
        Path missing = dir.resolve("SOURCES.json");
        InputException e = assertThrows(InputException.class, () -> DocumentMetadata.load(missing));
        assertEquals(missing.toString(), e.input());
        assertTrue(e.getMessage().contains("no such metadata file"), e.getMessage());
        InputException folder = assertThrows(InputException.class, () -> DocumentMetadata.load(dir));
        assertEquals(dir.toString(), folder.input(), "a folder is not a metadata file");
    }

    @Test
    void applyGivesAMatchingDocumentTheManifestDate() throws IOException {
        DocumentMetadata m = DocumentMetadata.load(
                write("[{\"file\": \"01_forum.txt\", \"published\": \"2023-05-21\"}]"));
        SourceDocument guessed = doc("01_forum.txt", Optional.of(LocalDate.of(2023, 1, 1)));
        SourceDocument dated = m.apply(dir.resolve("corpus").resolve("01_forum.txt"), guessed);
        assertEquals(Optional.of(LocalDate.of(2023, 5, 21)), dated.date(), "the manifest wins over the guess");
        assertEquals(guessed.identifier(), dated.identifier());
        assertEquals(guessed.source(), dated.source());
        assertEquals(guessed.format(), dated.format());
        assertEquals(guessed.title(), dated.title());
        assertEquals(guessed.text(), dated.text());
        assertEquals(guessed.analysisText(), dated.analysisText());
        assertEquals(guessed.contentHash(), dated.contentHash());
        assertEquals(guessed.quality(), dated.quality());

        SourceDocument undated = doc("01_forum.txt", Optional.empty());
        assertEquals(Optional.of(LocalDate.of(2023, 5, 21)),
                m.apply(Path.of("01_forum.txt"), undated).date(), "an undated document gets the date");
    }

    @Test
    void applyLeavesOtherDocumentsAlone() throws IOException {
        DocumentMetadata m = DocumentMetadata.load(write("""
                [{"file": "01_forum.txt", "published": "2023-05-21"}, {"file": "02_month.txt", "published": "2017-09"}]
                """));
        SourceDocument other = doc("03_other.txt", Optional.of(LocalDate.of(2020, 2, 2)));
        assertSame(other, m.apply(Path.of("03_other.txt"), other));
        SourceDocument undated = doc("03_other.txt", Optional.empty());
        assertSame(undated, m.apply(Path.of("03_other.txt"), undated));
        SourceDocument month = doc("02_month.txt", Optional.of(LocalDate.of(2017, 9, 4)));
        assertSame(month, m.apply(Path.of("02_month.txt"), month), "a day of that month in the head is kept");
        assertSame(month, DocumentMetadata.NONE.apply(Path.of("02_month.txt"), month));
    }

    @Test
    void aMonthOnlyEntryGivesTheYearButNoDay() throws IOException {
        DocumentMetadata m = DocumentMetadata.load(write("[{\"file\": \"02_month.txt\", \"published\": \"2017-09\"}]"));
        SourceDocument undated = m.apply(Path.of("02_month.txt"), doc("02_month.txt", Optional.empty()));
        assertTrue(undated.date().isEmpty(), "no day to anchor 'on Monday'");
        assertEquals(java.util.OptionalInt.of(2017), undated.year());
        SourceDocument otherMonth = m.apply(Path.of("02_month.txt"),
                doc("02_month.txt", Optional.of(LocalDate.of(2016, 3, 1))));
        assertTrue(otherMonth.date().isEmpty(), "the metadata wins over a head date of another month");
        assertEquals(java.util.OptionalInt.of(2017), otherMonth.year());
    }

    @Test
    void matchingIsByFileNameNotByFolderOrPrefix() throws IOException {
        DocumentMetadata m = DocumentMetadata.load(write("[{\"file\": \"forum.txt\", \"published\": \"2023-05-21\"}]"));
        SourceDocument doc = doc("forum.txt", Optional.empty());
        assertEquals(Optional.of(LocalDate.of(2023, 5, 21)), m.apply(Path.of("a", "b", "forum.txt"), doc).date());
        assertSame(doc, m.apply(Path.of("forum.txt", "other.txt"), doc));
        assertSame(doc, m.apply(Path.of("old_forum.txt"), doc));
    }

    private Path write(String json) throws IOException {
        Path file = Files.createTempFile(dir, "sources", ".json");
        Files.writeString(file, json);
        return file;
    }

    private static SourceDocument doc(String name, Optional<LocalDate> date) {
        String text = "The forum opened on Monday.";
        return new SourceDocument(name, "corpus/" + name, SourceDocument.Format.TEXT, "Forum", text, text,
                "0123abcd", date, new TextQuality(1, 0, false, ""));
    }
}
