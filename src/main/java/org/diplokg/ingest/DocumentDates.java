package org.diplokg.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's publication date in its head: a "Published:"/"Updated:" line, a news dateline
 * ("GENEVA, March 14, 2024 --", "BEIJING, Nov. 8 (Xinhua) --") or an ISO date. A dateline without a year takes the
 * first year written in the head of the document, as news agencies do ("November 7 ... (November 2022)"); a year in
 * a range ("2025-2027") names a period and is passed over.
 */
public final class DocumentDates {
    private static final int HEAD = 1200;
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)(?:published|updated|posted|date|released)\\s*(?:on)?\\s*:?\\s*"
                    + "(?:(\\d{4})-(\\d{1,2})-(\\d{1,2})|" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?\\s+"
                    + MONTH + ",?\\s+(\\d{4}))");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH
            + ",?\\s+(\\d{4})");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DATELINE_NO_YEAR = Pattern.compile(
            "(?m)^[\\p{Lu}][\\p{L} .,'-]{1,60},\\s*" + MONTH + "\\s+(\\d{1,2})\\b(?!,?\\s*\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private DocumentDates() {
    }

    /** The publication date stated in the head of {@code text}, if one is found. */
    public static Optional<LocalDate> find(String text) {
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        Matcher m = LABELLED.matcher(head);
        if (m.find()) {
            if (m.group(1) != null) {
                return date(m.group(1), m.group(2), m.group(3));
            }
            if (m.group(4) != null) {
                return date(m.group(6), month(m.group(4)), m.group(5));
            }
            return date(m.group(9), month(m.group(8)), m.group(7));
        }
        Optional<LocalDate> first = firstOf(head);
        if (first.isPresent()) {
            return first;
        }
        Matcher d = DATELINE_NO_YEAR.matcher(head);
        if (d.find()) {
            Matcher y = YEAR.matcher(head);
            while (y.find()) {
                // "Roadmap for Digital Connectivity 2025-2027", "(2018-2020)": a range names a period, not the year.
                boolean range = y.end() < head.length() && "-\u2013/".indexOf(head.charAt(y.end())) >= 0
                        || y.start() > 0 && "-\u2013/".indexOf(head.charAt(y.start() - 1)) >= 0;
                if (!range) {
                    return date(y.group(1), month(d.group(1)), d.group(2));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> firstOf(String head) {
        Optional<LocalDate> best = Optional.empty();
        int bestAt = Integer.MAX_VALUE;
        Matcher a = MONTH_DAY_YEAR.matcher(head);
        if (a.find() && a.start() < bestAt) {
            best = date(a.group(3), month(a.group(1)), a.group(2));
            bestAt = a.start();
        }
        Matcher b = DAY_MONTH_YEAR.matcher(head);
        if (b.find() && b.start() < bestAt) {
            best = date(b.group(3), month(b.group(2)), b.group(1));
            bestAt = b.start();
        }
        Matcher c = ISO.matcher(head);
        if (c.find() && c.start() < bestAt) {
            best = date(c.group(1), c.group(2), c.group(3));
        }
        return best;
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)));
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
