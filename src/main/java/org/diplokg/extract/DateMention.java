package org.diplokg.extract;

/**
 * A date expression normalised by SUTime to a day, month or year.
 *
 * @param value the date (a range of days: its first day)
 * @param last  a range of days' last day ("12-14 May 2025": 2025-05-14), or null when the mention is one date
 */
public record DateMention(int sentence, int tokenStart, int tokenEnd, int begin, int end, String text,
                          DateValue value, DateValue last) {
    /** A mention of one date. */
    public DateMention(int sentence, int tokenStart, int tokenEnd, int begin, int end, String text, DateValue value) {
        this(sentence, tokenStart, tokenEnd, begin, end, text, value, null);
    }
}
