package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diplokg.nlp.Sentence;
import org.diplokg.nlp.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pins {@link DependencyRelations#rangeStart}: a date closing a range of days ("3 - 5 July 2023") starts at 3. */
class DependencyRelationsRangeStartTest {
    /**
     * The value {@code rangeStart} gives the date mention over {@code date} (its last words) in a sentence of
     * {@code words} split at spaces, the date normalised to {@code value}.
     */
    private static String rangeStart(String words, String date, String value) {
        String[] w = words.split(" ");
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < w.length; i++) {
            String pos = w[i].matches("\\d+") ? "CD" : w[i].equals(".") ? "." : "NN";
            tokens.add(new Token(i, w[i], at, at + w[i].length(), pos, w[i].toLowerCase(Locale.ROOT), "O", ""));
            at += w[i].length() + 1;
        }
        int n = date.split(" ").length;
        int start = w.length - 1 - n;   // the sentence ends in "."
        assertEquals(date, String.join(" ", List.of(w).subList(start, start + n)), "the date is where the test says");
        Sentence s = new Sentence(0, 0, at - 1, tokens, List.of());
        DateValue d = DateValue.parse(value).orElseThrow();
        DateMention mention = new DateMention(0, start, start + n, tokens.get(start).begin(),
                tokens.get(start + n - 1).end(), date, d);
        SentenceView v = new SentenceView(s, List.of(), List.of(mention));
        return DependencyRelations.rangeStart(v, mention).lexical();
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
}
