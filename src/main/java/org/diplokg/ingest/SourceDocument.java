package org.diplokg.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

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
 */
public record SourceDocument(String identifier, String source, Format format, String title, String text,
                             String analysisText, String contentHash, Optional<LocalDate> date,
                             TextQuality quality) {

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
        if (analysisText.length() != text.length()) {
            throw new IllegalArgumentException("analysisText must keep the offsets of text");
        }
    }

    /** Input formats, chosen by file extension. */
    public enum Format {
        TEXT("txt"), MARKDOWN("md"), HTML("html");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
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
            return Optional.empty();
        }
    }
}
