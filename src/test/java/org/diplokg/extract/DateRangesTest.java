package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diplokg.nlp.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pins {@link DateRanges}: a date closing a range of days ("3 - 5 July 2023") starts at 3. */
class DateRangesTest {
    /**
     * The value {@link DateRanges#of} gives the date over {@code date} (its last occurrence) in a sentence of
     * {@code words} split at spaces, the date normalised to {@code value}.
     */
    private static String rangeStart(String words, String date, String value) {
        return range(words, date, value).value().lexical();
    }

    /** The last day {@link DateRanges#of} keeps for the date over {@code date}, or "" when it is not a range. */
    private static String rangeEnd(String words, String date, String value) {
        DateValue last = range(words, date, value).last();
        return last == null ? "" : last.lexical();
    }

    private static DateMention range(String words, String date, String value) {
        String[] w = words.split(" ");
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < w.length; i++) {
            String pos = w[i].matches("\\d+") ? "CD" : w[i].equals(".") ? "." : "NN";
            tokens.add(new Token(i, w[i], at, at + w[i].length(), pos, w[i].toLowerCase(Locale.ROOT), "O", ""));
            at += w[i].length() + 1;
        }
        int n = date.split(" ").length;
        int start = -1;   // the date's last occurrence
        for (int k = 0; k + n <= w.length; k++) {
            if (String.join(" ", List.of(w).subList(k, k + n)).equals(date)) {
                start = k;
            }
        }
        assertTrue(start >= 0, "the date is in the sentence");
        DateValue d = DateValue.parse(value).orElseThrow();
        return DateRanges.of(0, tokens, words, start, start + n, d);
    }

    @Test
    void aRangeKeepsItsLastDay() {
        assertEquals("2023-07-05", rangeEnd("The forum met on 3 - 5 July 2023 .", "5 July 2023", "2023-07-05"));
        assertEquals("2024-05-03", rangeEnd("It met on 2-3 May 2024 .", "May 2024", "2024-05"));
        assertEquals("2024-05-03", rangeEnd("It met on May 2-3 , 2024 .", "May", "2024-05"));
        assertEquals("", rangeEnd("The forum met on 5 July 2023 .", "5 July 2023", "2023-07-05"));
    }

    @Test
    void aDashedRangeOfDaysStartsOnTheFirstDay() {
        assertEquals("2023-07-03", rangeStart("The forum met on 3 - 5 July 2023 .", "5 July 2023", "2023-07-05"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"–", "—", "to", "and", "To"})
    void otherWordsOfARangeCountToo(String dash) {
        assertEquals("2023-07-03",
                rangeStart("The forum met from 3 " + dash + " 5 July 2023 .", "5 July 2023", "2023-07-05"));
    }

    @Test
    void theFirstDayMayBeTheFirstOfTheMonthOrWrittenWithAZero() {
        assertEquals("2023-07-01", rangeStart("It ran 1 - 31 July 2023 .", "31 July 2023", "2023-07-31"));
        assertEquals("2023-07-03", rangeStart("It ran 03 - 05 July 2023 .", "05 July 2023", "2023-07-05"));
        assertEquals("2023-07-05", rangeStart("It ran 5 - 5 July 2023 .", "5 July 2023", "2023-07-05"));
    }

    @Test
    void withoutADashTheDateStays() {
        assertEquals("2023-07-05", rangeStart("The forum met on 5 July 2023 .", "5 July 2023", "2023-07-05"));
        assertEquals("2023-07-05", rangeStart("Article 3 of 5 July 2023 .", "5 July 2023", "2023-07-05"));
        assertEquals("2023-07-05", rangeStart("It met on 3 5 July 2023 .", "5 July 2023", "2023-07-05"));
    }

    @Test
    void aDashNotAfterADayLeavesTheDate() {
        assertEquals("2023-07-05", rangeStart("It met on Monday - 5 July 2023 .", "5 July 2023", "2023-07-05"));
        assertEquals("2023-07-05", rangeStart("It ran 2022 - 5 July 2023 .", "5 July 2023", "2023-07-05"));
        assertEquals("2023-07-05", rangeStart("It ran 123 - 5 July 2023 .", "5 July 2023", "2023-07-05"));
    }

    @Test
    void aFirstDayAfterTheLastOrOutsideTheMonthLeavesTheDate() {
        assertEquals("2023-07-05", rangeStart("It ran 30 - 5 July 2023 .", "5 July 2023", "2023-07-05"));
        assertEquals("2023-07-05", rangeStart("It ran 0 - 5 July 2023 .", "5 July 2023", "2023-07-05"));
    }

    @Test
    void aMonthOrYearIsNotARangeOfDays() {
        assertEquals("2023-07", rangeStart("It ran 3 - July 2023 .", "July 2023", "2023-07"));
        assertEquals("2023", rangeStart("It ran 3 - 2023 .", "2023", "2023"));
    }

    @Test
    void aDateAtTheStartOfTheSentenceStays() {
        assertEquals("2023-07-05", rangeStart("5 July 2023 .", "5 July 2023", "2023-07-05"));
        assertEquals("2023-07-05", rangeStart("- 5 July 2023 .", "5 July 2023", "2023-07-05"));
    }

    @Test
    void aRangeWrittenAsOneWordBeforeTheMonthStartsOnItsFirstDay() {
        assertEquals("2024-05-02", rangeStart("It met on 2-3 May 2024 .", "May 2024", "2024-05"));
        assertEquals("2024-05", rangeStart("It met on 3-2 May 2024 .", "May 2024", "2024-05"));
        assertEquals("2024-05", rangeStart("It met on 2-40 May 2024 .", "May 2024", "2024-05"));
        assertEquals("2024-05-02", rangeStart("It met on 2 - 3 May 2024 .", "May 2024", "2024-05"));
    }

    @Test
    void aRangeAfterTheMonthTakesTheYearThatFollowsOrTheMonths() {
        assertEquals("2024-05-02", rangeStart("It met on May 2-3 , 2024 .", "May", "2024-05"));
        assertEquals("2024-05-02", rangeStart("It met on May 2-3 2024 .", "May", "2024-05"));
        assertEquals("2024-05-02", rangeStart("It met on May 2-3 in Oslo .", "May", "2024-05"));
        assertEquals("2024-05", rangeStart("It met in May 2024 in Oslo .", "May 2024", "2024-05"));
        assertEquals("2024-05-02", rangeStart("It met on May 2 - 3 , 2024 .", "May", "2024-05"));
    }

    @Test
    void twoDaysJoinedByAndStartOnTheFirst() {
        assertEquals("2023-06-12", rangeStart("It met on 12 and 13 June 2023 .", "13 June 2023", "2023-06-13"));
    }
}
