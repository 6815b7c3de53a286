package org.diplokg.extract;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A calendar value at the precision the text states it: a day, a month or a year.
 *
 * @param lexical "2017-12-03", "2015-12" or "2017"
 */
public record DateValue(String lexical, Precision precision) {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** Maps to xsd:date, xsd:gYearMonth and xsd:gYear. */
    public enum Precision { DAY, MONTH, YEAR }

    public DateValue {
        boolean ok = switch (precision) {
            case DAY -> DAY.matcher(lexical).matches();
            case MONTH -> MONTH.matcher(lexical).matches();
            case YEAR -> YEAR.matcher(lexical).matches();
        };
        if (!ok) {
            throw new IllegalArgumentException("not a " + precision + " value: " + lexical);
        }
    }

    /** The same value at month precision at most: "2023-08-22" gives "2023-08"; a month or a year is kept. */
    public DateValue toMonth() {
        return precision == Precision.DAY ? new DateValue(lexical.substring(0, 7), Precision.MONTH) : this;
    }

    /** Parses a SUTime normalised value; values that are not a plain day, month or year give empty. */
    public static Optional<DateValue> parse(String normalized) {
        if (normalized == null) {
            return Optional.empty();
        }
        String v = normalized.strip();
        if (DAY.matcher(v).matches()) {
            return Optional.of(new DateValue(v, Precision.DAY));
        }
        if (MONTH.matcher(v).matches()) {
            return Optional.of(new DateValue(v, Precision.MONTH));
        }
        if (YEAR.matcher(v).matches()) {
            return Optional.of(new DateValue(v, Precision.YEAR));
        }
        return Optional.empty();
    }
}
