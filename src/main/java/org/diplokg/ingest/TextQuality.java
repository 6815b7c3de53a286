package org.diplokg.ingest;

/**
 * What ingest noticed about a document's text.
 *
 * @param paragraphs            non-empty paragraphs (lines) in the text
 * @param nonEnglishParagraphs  paragraphs blanked because most of their letters are not Latin (e.g. Chinese)
 * @param degraded              the text looks lower-cased, stemmed or stop-worded: capitalisation carries no signal
 * @param note                  a short human-readable description of what was found, empty when nothing
 */
public record TextQuality(int paragraphs, int nonEnglishParagraphs, boolean degraded, String note) {
}
