package org.diplokg.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One ingested document: its text and metadata, ready for annotation.
 *
 * @param identifier    the file name, unique within a build (dcterms:identifier)
 * @param source        the path or URI given at build time (dcterms:source)
 * @param format        the input format
 * @param title         a title: the HTML title, the first heading or the first line
 * @param text          the document text; every character offset in the graph points into this string
 * @param analysisText  the text given to NLP, of exactly the same length as {@code text}: non-English paragraphs and
 *                      markup are blanked and wrapped lines joined, so offsets into it are offsets into {@code text}
 * @param contentHash   SHA-256 of the file's bytes, hex
 * @param date          publication date found in a dateline or header, if any
 * @param quality       what ingest noticed about the text (non-English paragraphs, degraded text)
 * @param pageStarts    for a paged document (PDF), the offset in {@code text} where page 1, 2, … starts; else empty
 * @param month         the month of publication when only the month is known (a crawl's "published": "2022-07"):
 *                      too coarse to anchor "on Monday", but it gives "on 22 July" its year
 */
public record SourceDocument(String identifier, String source, Format format, String title, String text,
                             String analysisText, String contentHash, Optional<LocalDate> date,
                             TextQuality quality, List<Integer> pageStarts, Optional<YearMonth> month) {

    /** A document whose publication day, if known, is {@code date}. */
    public SourceDocument(String identifier, String source, Format format, String title, String text,
                          String analysisText, String contentHash, Optional<LocalDate> date, TextQuality quality,
                          List<Integer> pageStarts) {
        this(identifier, source, format, title, text, analysisText, contentHash, date, quality, pageStarts,
                Optional.empty());
    }

    /** A document without pages. */
    public SourceDocument(String identifier, String source, Format format, String title, String text,
                          String analysisText, String contentHash, Optional<LocalDate> date, TextQuality quality) {
        this(identifier, source, format, title, text, analysisText, contentHash, date, quality, List.of());
    }

    public SourceDocument {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(analysisText, "analysisText");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(month, "month");
        if (analysisText.length() != text.length()) {
            throw new IllegalArgumentException("analysisText must keep the offsets of text");
        }
        pageStarts = List.copyOf(pageStarts);
    }

    /** The page (from 1) on which the character at {@code offset} stands; empty for a document without pages. */
    public OptionalInt page(int offset) {
        if (pageStarts.isEmpty()) {
            return OptionalInt.empty();
        }
        int i = Collections.binarySearch(pageStarts, offset);
        int page = i >= 0 ? i + 1 : -i - 1;
        return OptionalInt.of(Math.max(1, page));
    }

    /** {@code this} with another publication date. */
    public SourceDocument withDate(Optional<LocalDate> newDate) {
        return new SourceDocument(identifier, source, format, title, text, analysisText, contentHash, newDate,
                quality, pageStarts, month);
    }

    /** {@code this} with the month of publication, when only the month is known. */
    public SourceDocument withMonth(YearMonth newMonth) {
        return new SourceDocument(identifier, source, format, title, text, analysisText, contentHash, date,
                quality, pageStarts, Optional.of(newMonth));
    }

    /** The year of publication: of the day when known, else of the month. */
    public java.util.OptionalInt year() {
        return date.map(d -> java.util.OptionalInt.of(d.getYear()))
                .or(() -> month.map(m -> java.util.OptionalInt.of(m.getYear())))
                .orElse(java.util.OptionalInt.empty());
    }

    /** Input formats, chosen by file extension. */
    public enum Format {
        TEXT("txt"), MARKDOWN("md"), HTML("html"), PDF("pdf"), DOCX("docx"), ODT("odt"), RTF("rtf");

        /** What the problem lines and README list. */
        public static final String SUPPORTED = ".txt, .md, .html, .pdf, .docx, .odt, .rtf";

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** Read through Apache Tika (binary or laid-out formats), not as plain text. */
        public boolean laidOut() {
            return this == PDF || this == DOCX || this == ODT || this == RTF;
        }

        /** The format for a file name, or empty when the extension is not supported. */
        public static Optional<Format> forFileName(String name) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith(".txt") || lower.endsWith(".text")) {
                return Optional.of(TEXT);
            }
            if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
                return Optional.of(MARKDOWN);
            }
            if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
                return Optional.of(HTML);
            }
            for (Format f : List.of(PDF, DOCX, ODT, RTF)) {
                if (lower.endsWith("." + f.extension)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }
}
