package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;

import org.diplokg.nlp.AnnotatedDocument;
import org.diplokg.nlp.Sentence;
import org.diplokg.nlp.Token;

/**
 * A document's heading wrapped over two lines is one title: "Joint Press Communiqué of the Ninth Lancang-Mekong
 * Cooperation" / "Foreign Ministers' Meeting". Each line is a sentence of its own (a newline ends one), so the title
 * found on the first line takes the second into its name; the mention stays on the first line, and a title found
 * on the second line alone, a fragment of the heading, goes. Only at the document's head, for lines without a verb or
 * final punctuation whose words are all capitalised.
 */
final class WrappedHeadings {
    /** How many lines from the top a heading may start. */
    private static final int HEAD = 2;
    private static final int MAX_TOKENS = 14;

    private WrappedHeadings() {
    }

    static List<Mention> join(AnnotatedDocument doc, List<Mention> mentions) {
        List<Sentence> sentences = doc.sentences();
        for (int k = 0; k < HEAD && k + 1 < sentences.size(); k++) {
            Sentence first = sentences.get(k);
            Sentence second = sentences.get(k + 1);
            if (!headingLine(first) || !headingLine(second) || !wrapped(doc, first, second)) {
                continue;
            }
            Mention title = null;
            for (Mention m : mentions) {
                if (m.sentence() == k && m.kind() == EntityKind.AGREEMENT && m.tokenEnd() == first.size()
                        && (title == null || m.length() > title.length())) {
                    title = m;
                }
            }
            if (title == null) {
                continue;
            }
            String text = doc.document().text();
            String rest = text.substring(second.token(0).begin(), second.token(second.size() - 1).end());
            Mention whole = title.withCanonical(Names.clean(title.canonical() + " " + rest));
            List<Mention> out = new ArrayList<>(mentions.size());
            for (Mention m : mentions) {
                boolean fragment = m.sentence() == k + 1 && (m.kind() == EntityKind.AGREEMENT
                        || m.kind() == EntityKind.EVENT) && m.tokenStart() == 0;
                if (!fragment) {
                    out.add(m == title ? whole : m);
                }
            }
            return out;
        }
        return mentions;
    }

    /** A short line of capitalised words without a verb or closing punctuation. */
    private static boolean headingLine(Sentence s) {
        if (s.size() < 2 || s.size() > MAX_TOKENS || !BodyNames.headline(s.tokens()) && s.size() > 3) {
            return false;
        }
        String last = s.token(s.size() - 1).text();
        if (last.equals(".") || last.equals(":") || last.equals("!") || last.equals("?")) {
            return false;
        }
        for (Token t : s.tokens()) {
            if (t.pos().matches("VB[DZP]?|MD") || !t.text().isEmpty() && Character.isLowerCase(t.text().codePointAt(0))
                    && !t.pos().matches("IN|DT|CC|TO|POS")) {
                return false;
            }
        }
        return true;
    }

    /** Whether only a single newline separates the two lines (a blank line ends a heading). */
    private static boolean wrapped(AnnotatedDocument doc, Sentence first, Sentence second) {
        String between = doc.document().text().substring(first.token(first.size() - 1).end(), second.token(0).begin());
        return between.chars().filter(c -> c == '\n').count() == 1 && between.isBlank();
    }
}
