package org.diplokg.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.diplokg.KgException.InputException;

/**
 * Reads a PDF, DOCX, ODT or RTF file into a {@link SourceDocument}: Tika's pages laid out as running text by
 * {@link PageLayout}, the page starts kept (PDF), the title and date taken from the file's properties where the
 * text gives none.
 */
final class LaidOutReader {
    /** Titles that word processors put in the properties by themselves. */
    private static final Pattern NO_TITLE = Pattern.compile(
            "(?i)(microsoft word - .*|untitled.*|.*\\.(docx?|pdf|odt|rtf|txt)|document\\d*|title)");

    private LaidOutReader() {
    }

    static SourceDocument read(Path path, byte[] bytes, SourceDocument.Format format, long maxChars) {
        String name = path.toString();
        TikaText.Parsed parsed = TikaText.parse(bytes, format, name, maxChars);
        boolean paged = format == SourceDocument.Format.PDF;
        PageLayout.Laid laid = PageLayout.lay(parsed.pages(), paged);
        String text = laid.text();
        if (text.isBlank()) {
            throw new InputException(name, "no text in the file (only page headers, footers and numbers)");
        }
        TextCleaner.Result cleaned = TextCleaner.clean(text, format);
        if (cleaned.analysisText().isBlank()) {
            throw new InputException(name, "no English text: every paragraph is in another script");
        }
        String title = parsed.title().filter(t -> !NO_TITLE.matcher(t).matches())
                .orElse(DocumentReader.firstLine(text));
        Optional<LocalDate> date = DocumentDates.find(text).or(() -> parsed.created().flatMap(LaidOutReader::day));
        return new SourceDocument(DocumentReader.identifier(path), DocumentReader.source(path), format, title, text, cleaned.analysisText(), DocumentReader.sha256(bytes), date, cleaned.quality(),
                laid.pageStarts());
    }

    /** The day of an ISO 8601 timestamp of the properties ("2024-03-12T09:30:00Z"). */
    static Optional<LocalDate> day(String timestamp) {
        String s = timestamp.strip().toUpperCase(Locale.ROOT);
        if (s.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
