package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplokg.nlp.AnnotatedDocument;
import org.diplokg.nlp.Sentence;

/**
 * A title in quotes is whole up to its closing quote: in 'signed the “Initiative on the Safe Transportation of Grain
 * from Ukrainian Ports” in Istanbul' the title does not stop at "from", whatever the title rules would say. Applies
 * to agreement and event mentions that open right after a quote and end before the closing quote of the same
 * sentence, within {@link #MAX} tokens and without another quote in between.
 */
final class QuotedTitles {
    private static final Set<String> OPEN = Set.of("“", "\"", "``", "‘", "«");
    private static final Set<String> CLOSE = Set.of("”", "\"", "''", "’", "»");
    private static final int MAX = 40;
    private static final int SUBTITLE = 12;

    /** Words of an act that a headline puts before a title: "... Concludes with Adoption of Declaration of X". */
    private static final Set<String> ACTS = Set.of("adoption", "signing", "launch", "release", "approval",
            "ratification", "endorsement", "publication");

    private QuotedTitles() {
    }

    /** "Adoption of Declaration of Asunción" names the declaration: the act before "of" is not part of it. */
    static List<Mention> withoutActs(AnnotatedDocument doc, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Sentence s = doc.sentences().get(m.sentence());
            int k = m.tokenStart();
            if (m.kind() == EntityKind.AGREEMENT && m.length() > 2
                    && ACTS.contains(s.token(k).text().toLowerCase(java.util.Locale.ROOT)) && s.token(k + 1).is("of")) {
                out.add(m.withSpan(s, doc.document().text(), k + 2, m.tokenEnd(), "-act"));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * 'the G8/Africa Joint Declaration “Shared Values, Shared Responsibilities”': a capitalised quoted name right
     * after an agreement's title, of at most {@link #SUBTITLE} tokens, is part of the title, quotes and all.
     */
    private static Mention subtitled(AnnotatedDocument doc, Sentence s, Mention m) {
        int open = m.tokenEnd();
        if (open + 1 >= s.size() || !OPEN.contains(s.token(open).text())
                || !Character.isUpperCase(s.token(open + 1).text().codePointAt(0))) {
            return m;
        }
        for (int j = open + 1; j < s.size() && j <= open + SUBTITLE; j++) {
            String w = s.token(j).text();
            if (CLOSE.contains(w)) {
                return j > open + 1 ? m.withSpan(s, doc.document().text(), m.tokenStart(), j + 1, "+subtitle") : m;
            }
            if (OPEN.contains(w) || w.equals(";") || w.equals(".")) {
                return m;
            }
        }
        return m;
    }

    /** The mentions with quoted titles made whole; a mention inside the added words goes ("Ukrainian Ports"). */
    static List<Mention> extend(AnnotatedDocument doc, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (Mention m : mentions) {
            Mention e = m.kind() == EntityKind.AGREEMENT || m.kind() == EntityKind.EVENT ? extended(doc, m) : m;
            if (e != m) {
                out.set(out.indexOf(m), e);
                out.removeIf(o -> o != e && o.sentence() == m.sentence() && o.tokenStart() >= m.tokenEnd()
                        && o.tokenEnd() <= e.tokenEnd());
            }
        }
        return out;
    }

    private static Mention extended(AnnotatedDocument doc, Mention m) {
        Sentence s = doc.sentences().get(m.sentence());
        if (m.tokenStart() == 0 || !OPEN.contains(s.token(m.tokenStart() - 1).text())) {
            return m.kind() == EntityKind.AGREEMENT ? subtitled(doc, s, m) : m;
        }
        for (int j = m.tokenEnd(); j < s.size() && j < m.tokenStart() + MAX; j++) {
            String w = s.token(j).text();
            if (CLOSE.contains(w)) {
                if (j == m.tokenEnd()) {
                    return m;   // already whole
                }
                int end = j;
                while (end > m.tokenEnd() && !Character.isLetterOrDigit(s.token(end - 1).text().codePointAt(0))) {
                    end--;   // 'the "Abraham Accords,"': the comma before the quote is not the title's
                }
                if (end == m.tokenEnd()) {
                    return m;
                }
                return m.withSpan(s, doc.document().text(), m.tokenStart(), end, "+quoted");
            }
            if (OPEN.contains(w) || w.equals(";")) {
                return m;
            }
        }
        return m;
    }
}
