package org.diplokg.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.diplokg.nlp.AnnotatedDocument;
import org.diplokg.nlp.Sentence;

/**
 * The fuller form a reader gives a described event: "the next ministerial session", "a two-day official visit". The
 * words before the mention tell which occasion it is (next, previous) or how long it lasted; they do not make it
 * specific, so the mention and the name it resolves on leave them out (two reports of one visit, one saying "a
 * three-day visit", stay one event), and this form is kept as an alternative label.
 *
 * <pre>{@code
 * OccasionForms.of(doc, mention)   // "two-day state visit" for the mention "state visit" after "a two-day"
 * }</pre>
 */
public final class OccasionForms {
    /** Words naming which of a series' occasions is meant. */
    private static final Set<String> WHICH = Set.of("next", "previous");
    /** Units of a length: "two-day", "three day", "week-long". */
    private static final Set<String> UNITS = Set.of("day", "days", "week", "weeks", "month");

    private OccasionForms() {
    }

    /** The mention with the which-or-how-long words right before it, or empty when there are none. */
    public static Optional<String> of(AnnotatedDocument doc, Mention m) {
        if (m.kind() != EntityKind.EVENT || !m.rule().startsWith("described:") || m.sentence() >= doc.sentences().size()) {
            return Optional.empty();
        }
        Sentence s = doc.sentences().get(m.sentence());
        int first = m.tokenStart();
        int start = first;
        if (start > 0 && WHICH.contains(lower(s, start - 1))) {
            start--;
        } else {
            // "two-day" (split at the hyphen: two - day), "three day", "week-long" (week - long)
            int i = start - 1;
            if (i >= 0 && lower(s, i).equals("long") && i >= 2 && lower(s, i - 1).equals("-")
                    && UNITS.contains(lower(s, i - 2))) {
                start = i - 2;
            } else if (i >= 0 && UNITS.contains(lower(s, i))) {
                int n = i > 0 && lower(s, i - 1).equals("-") ? i - 2 : i - 1;
                if (n >= 0 && s.token(n).pos().equals("CD")) {
                    start = n;
                }
            }
        }
        if (start == first) {
            return Optional.empty();
        }
        String text = doc.document().text();
        return Optional.of(Names.clean(text.substring(s.token(start).begin(), m.end())));
    }

    private static String lower(Sentence s, int i) {
        return s.token(i).text().toLowerCase(Locale.ROOT);
    }
}
