package org.diplokg.extract;

/** A date expression normalised by SUTime to a day, month or year. */
public record DateMention(int sentence, int tokenStart, int tokenEnd, int begin, int end, String text,
                          DateValue value) {
}
