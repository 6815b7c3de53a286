package org.diplokg.export;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of the graph ({@code xsd:date}, {@code xsd:gYearMonth}, {@code xsd:gYear}) as the days they start and
 * end on, for formats that need full dates (GEXF timelines) and for ordering.
 */
final class GraphDates {
    private static final Pattern DATE = Pattern.compile("(-?\\d{4,})(?:-(\\d{2}))?(?:-(\\d{2}))?.*");

    /** Earlier periods first; of two periods starting on the same day, the shorter first. */
    static final Comparator<String> ORDER = Comparator
            .comparing((String d) -> start(d).orElse(LocalDate.MAX))
            .thenComparing(d -> end(d).orElse(LocalDate.MAX))
            .thenComparing(Comparator.naturalOrder());

    private GraphDates() {
    }

    /** The first day of the period: 2024 gives 2024-01-01, 2024-07 gives 2024-07-01. */
    static Optional<LocalDate> start(String lexical) {
        Matcher m = DATE.matcher(lexical);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            return Optional.of(LocalDate.of(year, month, day));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The last day of the period: 2024 gives 2024-12-31, 2024-02 gives 2024-02-29. */
    static Optional<LocalDate> end(String lexical) {
        Matcher m = DATE.matcher(lexical);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(LocalDate.of(year, 12, 31));
            }
            YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
            return Optional.of(m.group(3) == null ? ym.atEndOfMonth() : ym.atDay(Integer.parseInt(m.group(3))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
