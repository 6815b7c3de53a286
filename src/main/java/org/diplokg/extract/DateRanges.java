package org.diplokg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplokg.nlp.Token;

/**
 * A date that closes or opens a range of days is dated by the range's first day: "3 - 5 July 2023", "3 to 5 July",
 * "12 and 13 June" (SUTime reads the last day), "2-3 May 2024", "May 2-3, 2024" and "March 10-12" (SUTime reads the
 * month only).
 * The mention then spans the whole range, and keeps the range's last day ({@link DateMention#last}).
 */
final class DateRanges {
    private static final Set<String> JOINERS = Set.of("-", "–", "—", "to", "and");
    private static final Set<String> DASHES = Set.of("-", "–", "—");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}");
    private static final Pattern DAYS = Pattern.compile("(\\d{1,2})[-–](\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

    private DateRanges() {
    }

    /** The date over tokens [first, end) of a sentence's tokens, which SUTime normalised to {@code v}. */
    static DateMention of(int sentence, List<Token> toks, String text, int first, int end, DateValue v) {
        int from = first;
        int to = end;
        DateValue value = v;
        DateValue last = null;
        if (first >= 2 && JOINERS.contains(toks.get(first - 1).text().toLowerCase(Locale.ROOT))
                && DAY.matcher(toks.get(first - 2).text()).matches() && DAY.matcher(toks.get(first).text()).matches()) {
            DateValue start = startDay(v, toks.get(first - 2).text());
            if (start != v) {
                from = first - 2;   // "3 - 5 July 2023"
                value = start;
                last = v;
            }
        } else if (v.precision() == DateValue.Precision.MONTH) {
            int[] days = daysEndingAt(toks, first - 1);
            if (days != null) {
                from = days[0];   // "2-3 May 2024": SUTime read the month alone
                value = day(v.lexical(), days[1]);
                last = day(v.lexical(), days[2]);
            }
        }
        if (v.precision() == DateValue.Precision.MONTH && end - first == 1) {
            int[] days = daysStartingAt(toks, end);
            int y = days == null ? -1 : days[0] < toks.size() && toks.get(days[0]).text().equals(",") ? days[0] + 1
                    : days[0];
            if (days != null && y < toks.size() && YEAR.matcher(toks.get(y).text()).matches()) {
                to = y + 1;   // "May 2-3, 2024"
                String month = toks.get(y).text() + v.lexical().substring(4);
                value = day(month, days[1]);
                last = day(month, days[2]);
            } else if (days != null) {
                to = days[0];   // "this week (March 10-12)": the year SUTime gave the month
                value = day(v.lexical(), days[1]);
                last = day(v.lexical(), days[2]);
            }
        }
        int begin = toks.get(from).begin();
        int stop = toks.get(to - 1).end();
        return new DateMention(sentence, from, to, begin, stop, text.substring(begin, stop), value, last);
    }

    /**
     * "held on Tuesday (March 11)": a weekday followed by a day in brackets takes that day (the document's dates in
     * order, {@code weekday} the pattern of a weekday's words).
     */
    static List<DateMention> bracketedDays(org.diplokg.nlp.AnnotatedDocument doc, List<DateMention> dates,
            Pattern weekday) {
        for (int k = 0; k + 1 < dates.size(); k++) {
            DateMention a = dates.get(k);
            DateMention b = dates.get(k + 1);
            if (a.sentence() == b.sentence() && b.tokenStart() == a.tokenEnd() + 1
                    && doc.sentences().get(a.sentence()).token(a.tokenEnd()).text().equals("(")
                    && weekday.matcher(a.text().strip()).matches() && b.value().precision() == DateValue.Precision.DAY) {
                dates.set(k, new DateMention(a.sentence(), a.tokenStart(), a.tokenEnd(), a.begin(), a.end(), a.text(),
                        b.value(), b.last()));
            }
        }
        return dates;
    }

    /**
     * "this week (March 10-12)", "earlier this month (on 3 May)": a vague date SUTime gave no day, month or year
     * ({@code vague}, each ending before a "(") takes the day in the brackets right after it. The dates come back in
     * document order.
     */
    static List<DateMention> bracketedVague(List<DateMention> dates, List<DateMention> vague) {
        if (vague.isEmpty()) {
            return dates;
        }
        List<DateMention> out = new java.util.ArrayList<>(dates);
        for (DateMention v : vague) {
            for (DateMention b : dates) {
                if (b.sentence() == v.sentence() && b.tokenStart() == v.tokenEnd() + 1
                        && b.value().precision() == DateValue.Precision.DAY) {
                    out.add(new DateMention(v.sentence(), v.tokenStart(), v.tokenEnd(), v.begin(), v.end(), v.text(),
                            b.value(), b.last()));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(DateMention::sentence).thenComparingInt(DateMention::tokenStart));
        return out;
    }

    /** Nouns a number follows as the item's number, not its year. */
    private static final Set<String> NUMBERING = Set.of("resolution", "resolutions", "no", "no.", "nos", "nos.",
            "number", "nr", "nr.", "article", "articles", "paragraph", "section", "chapter", "item", "clause",
            "annex", "page", "pages", "room", "flight", "decision", "directive", "regulation");

    /**
     * "on 22 July" (SUTime: {@code XXXX-07-22}) in a document of which only the month of publication is known: the
     * year of that month. With a publication day SUTime has resolved it already; with neither it stays unresolved.
     */
    static String withPublicationYear(org.diplokg.ingest.SourceDocument doc, String normalized) {
        if (normalized == null || !normalized.matches("XXXX-\\d{2}(?:-\\d{2})?") || doc.date().isPresent()
                || doc.year().isEmpty()) {
            return normalized;
        }
        return doc.year().getAsInt() + normalized.substring(4);
    }

    /** Whether the bare number at {@code i} numbers the noun before it, or is too far off to be a year. */
    static boolean notAYear(List<Token> toks, int i) {
        String w = toks.get(i).text();
        if (!w.matches("\\d{4}")) {
            return false;
        }
        int year = Integer.parseInt(w);
        return year < 1500 || year > 2200
                || i > 0 && NUMBERING.contains(toks.get(i - 1).text().toLowerCase(Locale.ROOT));
    }

    /** The day {@code day} of the month of {@code v}, when that is a valid earlier day; else {@code v}. */
    static DateValue startDay(DateValue v, String day) {
        if (v.precision() != DateValue.Precision.DAY) {
            return v;
        }
        int d = Integer.parseInt(day);
        int end = Integer.parseInt(v.lexical().substring(8));
        return d >= 1 && d < end ? day(v.lexical().substring(0, 7), day) : v;
    }

    /** "2-3" or "2 - 3" ending at token {@code k}: {its first token, its first day, its last day}, or null. */
    private static int[] daysEndingAt(List<Token> toks, int k) {
        if (k < 0) {
            return null;
        }
        Matcher one = DAYS.matcher(toks.get(k).text());
        if (one.matches()) {
            return valid(one.group(1), one.group(2))
                    ? new int[] {k, Integer.parseInt(one.group(1)), Integer.parseInt(one.group(2))} : null;
        }
        if (k >= 2 && DAY.matcher(toks.get(k).text()).matches() && DASHES.contains(toks.get(k - 1).text())
                && DAY.matcher(toks.get(k - 2).text()).matches() && valid(toks.get(k - 2).text(), toks.get(k).text())) {
            return new int[] {k - 2, Integer.parseInt(toks.get(k - 2).text()), Integer.parseInt(toks.get(k).text())};
        }
        return null;
    }

    /** "2-3" or "2 - 3" starting at token {@code k}: {the token after it, its first day, its last day}, or null. */
    private static int[] daysStartingAt(List<Token> toks, int k) {
        if (k >= toks.size()) {
            return null;
        }
        Matcher one = DAYS.matcher(toks.get(k).text());
        if (one.matches()) {
            return valid(one.group(1), one.group(2))
                    ? new int[] {k + 1, Integer.parseInt(one.group(1)), Integer.parseInt(one.group(2))} : null;
        }
        if (k + 2 < toks.size() && DAY.matcher(toks.get(k).text()).matches() && DASHES.contains(toks.get(k + 1).text())
                && DAY.matcher(toks.get(k + 2).text()).matches() && valid(toks.get(k).text(), toks.get(k + 2).text())) {
            return new int[] {k + 3, Integer.parseInt(toks.get(k).text()), Integer.parseInt(toks.get(k + 2).text())};
        }
        return null;
    }

    private static boolean valid(String first, String last) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(last);
        return a >= 1 && a < b && b <= 31;
    }

    private static DateValue day(String month, String day) {
        return day(month, Integer.parseInt(day));
    }

    private static DateValue day(String month, int day) {
        return new DateValue(month.substring(0, 7) + String.format("-%02d", day), DateValue.Precision.DAY);
    }

    /**
     * An event dated by a range of days ends on its last day: for each date fact of an event whose sentence holds a
     * range starting on that date ("held in Bergen on 12-14 May 2025"), an endDate fact, unless the event has one.
     */
    static List<Relation> endDates(List<Mention> mentions, List<DateMention> dates, List<Relation> relations) {
        List<Relation> out = new java.util.ArrayList<>();
        for (Relation r : relations) {
            Mention event = mentions.get(r.subject());
            if (r.predicate() != Predicate.DATE || event.kind() != EntityKind.EVENT
                    || Found.has(relations, event, Predicate.END_DATE)
                    || Found.has(out, event, Predicate.END_DATE)) {
                continue;
            }
            dates.stream().filter(d -> d.last() != null && d.sentence() == r.sentence() && d.value().equals(r.date()))
                    .findFirst().ifPresent(d -> out.add(new Relation(r.subject(), Predicate.END_DATE, -1, d.last(),
                            r.sentence(), r.confidence(), "range-end-date")));
        }
        return out;
    }
}
