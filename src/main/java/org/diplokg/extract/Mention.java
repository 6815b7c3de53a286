package org.diplokg.extract;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A span of a sentence that names an entity.
 *
 * @param id         index in the document's mention list
 * @param kind       top-level class
 * @param subtype    finer kind ("memorandum", "summit", "city"), or "" when none
 * @param text       the text as written (document substring)
 * @param canonical  the name to resolve on: a gazetteer name, the expansion of a defined acronym, or the cleaned text
 * @param sentence   sentence index
 * @param tokenStart first token (inclusive)
 * @param tokenEnd   last token (exclusive)
 * @param begin      character offset in the document
 * @param end        character offset after the mention
 * @param ordinal    the event's ordinal (9 for "the Ninth BRICS Summit"), or 0
 * @param series     for a numbered or dated event, the series name ("BRICS Summit"); otherwise ""
 * @param confidence 0..1
 * @param rule       the rule that found it (for provenance and debugging)
 */
public record Mention(int id, EntityKind kind, String subtype, String text, String canonical, int sentence,
                      int tokenStart, int tokenEnd, int begin, int end, int ordinal, String series,
                      double confidence, String rule) {
    public Mention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subtype, "subtype");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(rule, "rule");
        if (tokenEnd <= tokenStart || end <= begin) {
            throw new IllegalArgumentException("empty mention span: " + text);
        }
        if (canonical.isBlank()) {
            throw new IllegalArgumentException("blank canonical name for mention: " + text);
        }
    }

    public Mention withId(int newId) {
        return new Mention(newId, kind, subtype, text, canonical, sentence, tokenStart, tokenEnd, begin, end, ordinal,
                series, confidence, rule);
    }

    /** The same span under another canonical name (what it resolves on); the text as written stays. */
    public Mention withCanonical(String name) {
        return new Mention(id, kind, subtype, text, name, sentence, tokenStart, tokenEnd, begin, end, ordinal,
                series, confidence, rule);
    }

    /**
     * The same entity over tokens {@code from} to {@code to} (exclusive) of its sentence {@code s}: text and canonical
     * name are taken from the document's text {@code docText}, the rule gets {@code ruleSuffix}.
     */
    public Mention withSpan(org.diplokg.nlp.Sentence s, String docText, int from, int to, String ruleSuffix) {
        int b = s.token(from).begin();
        int e = s.token(to - 1).end();
        String t = docText.substring(b, e);
        return new Mention(id, kind, subtype, t, Names.clean(t), sentence, from, to, b, e, ordinal, series,
                confidence, rule + ruleSuffix);
    }

    public OptionalInt ordinalValue() {
        return ordinal > 0 ? OptionalInt.of(ordinal) : OptionalInt.empty();
    }

    public int length() {
        return tokenEnd - tokenStart;
    }

    public boolean overlaps(Mention o) {
        return sentence == o.sentence && tokenStart < o.tokenEnd && o.tokenStart < tokenEnd;
    }
}
