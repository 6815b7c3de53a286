package org.diplokg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.diplokg.extract.DateValue;
import org.diplokg.extract.Predicate;
import org.junit.jupiter.api.Test;

/** {@link Resolver#oneDate}: one date per agreement or event. */
class OneDateTest {
    private static Fact date(String subject, String day, int sentence, double confidence) {
        return new Fact(subject, Predicate.DATE, null, DateValue.parse(day).orElseThrow(), sentence, confidence, "r");
    }

    private static List<String> days(List<Fact> facts) {
        return facts.stream().map(f -> f.subject() + " " + ((DateValue) f.value()).lexical()).toList();
    }

    @Test
    void theMostConfidentDateStaysWithEveryFactOfIt() {
        List<Fact> facts = List.of(date("a", "2024-06-01", 0, 0.6), date("a", "2025-01-14", 1, 0.8),
                date("a", "2025-01-14", 3, 0.7), date("a", "2023-01-09", 5, 0.6), date("b", "2023-05-02", 2, 0.5));
        assertEquals(List.of("a 2025-01-14", "a 2025-01-14", "b 2023-05-02"), days(Resolver.oneDate(facts)));
    }

    @Test
    void twoDatesMayBothBeTrue() {
        List<Fact> facts = List.of(date("a", "2025-12", 0, 0.8), date("a", "2026-03-04", 1, 0.7));
        assertEquals(facts, Resolver.oneDate(facts));
    }

    @Test
    void onATieTheEarlierSentenceAndAMorePreciseDateItAgreesWith() {
        assertEquals(List.of("a 2024-06-01"), days(Resolver.oneDate(List.of(date("a", "2024-06-01", 0, 0.7),
                date("a", "2024-09-02", 4, 0.7), date("a", "2023-01-09", 5, 0.6)))));
        assertEquals(List.of("a 2025-06-18"), days(Resolver.oneDate(List.of(date("a", "2025-06", 0, 0.9),
                date("a", "2025-06-18", 2, 0.6), date("a", "2023-01-09", 5, 0.6)))));
    }

    @Test
    void aYearBesideTheDayItHoldsIsTheSameDate() {
        assertEquals(List.of("a 2021-05-20", "b 2021"), days(Resolver.oneDate(List.of(date("a", "2021", 0, 0.6),
                date("a", "2021-05-20", 2, 0.7), date("b", "2021", 1, 0.6)))));
        assertEquals(List.of("a 2021-05", "a 2022"), days(Resolver.oneDate(List.of(date("a", "2021-05", 0, 0.6),
                date("a", "2022", 2, 0.7)))));
    }
}
