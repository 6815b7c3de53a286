package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplokg.nlp.AnnotatedDocument;
import org.diplokg.nlp.Sentence;

/**
 * The tokens the dependency parser sees: each agreement or event title of two or more words collapsed to its head
 * word ("the “Initiative on the Safe Transportation of Grain from Ukrainian Ports” in Istanbul" is parsed as "the
 * Initiative in Istanbul"), every other token as it is. The head is the title's first agreement or event head word
 * ("Memorandum of Understanding on X": Memorandum), else its last word ("Xi'an Declaration"). Citation marks of
 * encyclopedia text ("[19]"), dates in brackets ("(March 10-12)") and a person's name word tagged as a verb ("Do Minh
 * Khoa") are left out.
 */
final class TitleHeads {
    private static final Set<String> OPEN = Set.of("[", "-LSB-");
    private static final Set<String> CLOSE = Set.of("]", "-RSB-");

    private TitleHeads() {
    }

    /** Per sentence, the token indices to parse, in order. */
    static List<List<Integer>> keep(AnnotatedDocument doc, List<Mention> mentions) {
        List<List<Integer>> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            boolean[] drop = new boolean[s.size()];
            for (Mention m : mentions) {
                if (m.sentence() == s.index() && m.kind() == EntityKind.PERSON) {
                    mistagged(s, m, drop);
                }
                if (m.sentence() != s.index() || m.length() < 2
                        || m.kind() != EntityKind.AGREEMENT && m.kind() != EntityKind.EVENT) {
                    continue;
                }
                int head = head(s, m);
                for (int i = m.tokenStart(); i < m.tokenEnd(); i++) {
                    drop[i] |= i != head && !inNamedPart(s, mentions, m, i);
                }
            }
            for (int i = 0; i + 2 < s.size(); i++) {
                if (OPEN.contains(s.token(i).text()) && s.token(i + 1).text().matches("\\d{1,3}|[a-z]")
                        && CLOSE.contains(s.token(i + 2).text())) {
                    drop[i] = drop[i + 1] = drop[i + 2] = true;   // a citation mark: "ratify the agreement,[19] and"
                }
            }
            dropBracketedDates(s, drop);
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                if (!drop[i]) {
                    kept.add(i);
                }
            }
            out.add(kept);
        }
        return out;
    }

    /**
     * "signed by the Minister of X, Do Minh Khoa, and ...": a word of a person's name the tagger took for a verb or a
     * function word ("Do/VBP") makes the parser build a clause of it and lose the signers after it. Such a word is
     * left out of the parse (the name's other words stand for it); the name's last word always stays.
     */
    private static void mistagged(Sentence s, Mention m, boolean[] drop) {
        for (int i = m.tokenStart(); i < m.tokenEnd() - 1; i++) {
            String tag = s.token(i).pos();
            if (tag.startsWith("VB") || tag.equals("MD") || tag.equals("IN") || tag.equals("DT") || tag.equals("CC")
                    || tag.equals("TO") || tag.startsWith("RB") || tag.startsWith("PRP") || tag.startsWith("W")) {
                drop[i] = true;
            }
        }
    }

    /**
     * A date in brackets after a date ("this week (March 10-12) at the invitation of", "on Tuesday (11 March)") is
     * left out: the parser hangs what follows it on the bracket. The date itself is read from the tokens.
     */
    private static void dropBracketedDates(Sentence s, boolean[] drop) {
        for (int i = 0; i < s.size(); i++) {
            if (!s.token(i).text().matches("\\(|-LRB-") || i == 0 || !s.token(i - 1).ner().equals("DATE")) {
                continue;   // only a bracket restating the date before it: not a dateline's "MANILA (21 March)"
            }
            int j = i + 1;
            boolean date = false;
            while (j < s.size() && j - i < 10 && (s.token(j).ner().equals("DATE")
                    || s.token(j).text().matches("\\d{1,4}|[-–—,]|to|and"))) {
                date |= s.token(j).ner().equals("DATE");
                j++;
            }
            if (date && j > i + 1 && j < s.size() && s.token(j).text().matches("\\)|-RRB-")) {
                for (int k = i; k <= j; k++) {
                    drop[k] = true;
                }
            }
        }
    }

    /**
     * Whether token {@code i} of title {@code m} is part of a country, body, place or person the title names (or the
     * "between"/"of" before one): "the Agreement between Chile and Norway" keeps its parties for the parser.
     */
    private static boolean inNamedPart(Sentence s, List<Mention> mentions, Mention m, int i) {
        for (Mention n : mentions) {
            // a meeting in a document's title, a document in a ceremony's ("the signing ceremony of the X MoU"):
            // kept as its head word
            boolean event = n.kind() == EntityKind.EVENT && m.kind() == EntityKind.AGREEMENT
                    || n.kind() == EntityKind.AGREEMENT && m.kind() == EntityKind.EVENT;
            if (n.sentence() != s.index() || n == m || n.kind() == EntityKind.AGREEMENT && !event
                    || n.kind() == EntityKind.EVENT && !event || n.tokenStart() < m.tokenStart()
                    || n.tokenEnd() > m.tokenEnd()) {
                continue;
            }
            if (event ? i == head(s, n) : i >= n.tokenStart() && i < n.tokenEnd()) {
                return true;   // a body, place or person whole; a meeting in a document's title as its head word
            }
            String pos = s.token(i).pos();
            if (i + 1 == n.tokenStart() && (pos.equals("IN") || pos.equals("CC") || pos.equals("TO"))
                    || i + 2 == n.tokenStart() && s.token(i + 1).pos().equals("DT")
                    && (pos.equals("IN") || pos.equals("TO"))) {
                return true;
            }
            if (i + 1 == n.tokenStart() && pos.equals("DT") && i > m.tokenStart()
                    && Set.of("IN", "TO").contains(s.token(i - 1).pos())) {
                return true;
            }
        }
        return false;
    }

    private static int head(Sentence s, Mention m) {
        for (int i = m.tokenStart(); i < m.tokenEnd(); i++) {
            String w = s.token(i).text().toLowerCase(Locale.ROOT);
            if (MentionFinder.AGREEMENT_HEADS.containsKey(w) || MentionFinder.EVENT_HEADS.containsKey(w)) {
                return i;
            }
        }
        return m.tokenEnd() - 1;
    }
}
