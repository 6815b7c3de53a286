package org.diplokg.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.diplokg.nlp.AnnotatedDocument;
import org.diplokg.nlp.Sentence;
import org.diplokg.nlp.Token;

/**
 * The fuller form a reader gives a described event: "the next ministerial session", "a two-day official visit", "a
 * ceremony in the Qatari capital". The words before the mention tell which occasion it is (next, previous) or how
 * long it lasted, a place in common words after a bare occasion where it was; they do not make it specific, so the
 * mention and the name it resolves on leave them out (two reports of one visit, one saying "a three-day visit",
 * stay one event), and this form is kept as an alternative label.
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
    /** Prepositions of where a bare occasion was: "a ceremony in the Qatari capital". */
    private static final Set<String> WHERE = Set.of("in", "at");

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
        String text = doc.document().text();
        int end = whereSaid(s, m);
        if (start == first && end == m.tokenEnd()) {
            return Optional.empty();
        }
        return Optional.of(Names.clean(text.substring(s.token(start).begin(), s.token(end - 1).end())));
    }

    /**
     * "a ceremony in the Qatari capital": a bare occasion is told by where it was, said in common words (a
     * place named is a location fact, and a place noun such as "capital" is left out of the name it resolves on,
     * {@code DescribedMentions.describes}). The end of "in|at the ADJ* NOUN" right after it, at most four words
     * after the article and none of them in a name; else the mention's end.
     */
    private static int whereSaid(Sentence s, Mention m) {
        int i = m.tokenEnd();
        if (m.tokenEnd() - m.tokenStart() > 2 || i + 2 >= s.size() || !WHERE.contains(lower(s, i))
                || !s.token(i + 1).pos().equals("DT")) {
            return m.tokenEnd();
        }
        for (int j = i + 2; j < Math.min(s.size(), i + 6); j++) {
            Token t = s.token(j);
            if (!t.ner().equals("O") && !t.ner().equals("NATIONALITY") && !t.ner().equals("MISC")) {
                return m.tokenEnd();   // a name: the place is a location fact of its own
            }
            if (t.pos().startsWith("NN") && (j + 1 == s.size() || !s.token(j + 1).pos().startsWith("NN"))) {
                return j + 1;
            }
            if (!t.pos().startsWith("JJ") && !t.pos().startsWith("NN")) {
                return m.tokenEnd();
            }
        }
        return m.tokenEnd();
    }

    private static String lower(Sentence s, int i) {
        return s.token(i).text().toLowerCase(Locale.ROOT);
    }
}
