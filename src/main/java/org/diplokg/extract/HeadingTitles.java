package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplokg.nlp.AnnotatedDocument;
import org.diplokg.nlp.Sentence;

/**
 * A document headed by a title has the whole heading line as that title, lower-case words and all: "Joint communiqué
 * by the Presidents of MERCOSUR member states and Bolivia", "Joint Statement on Philippine President’s visit to
 * Vietnam". The title rules stop at such words inside a sentence, where they may start the sentence's own words; a
 * heading line has no words of a sentence. Only an agreement title that opens one of the first lines, on a line of
 * its own without final punctuation; the title ends before a verb ("JOINT COMMUNIQUÉ ISSUED ON THE OCCASION OF
 * ..."), a comma or a date ("Chairman's Statement of the 11th X Summit, 20 November 2007, Singapore").
 */
final class HeadingTitles {
    /** How many lines from the top a heading may be. */
    private static final int HEAD = 2;
    private static final int MAX_TOKENS = 30;

    private HeadingTitles() {
    }

    static List<Mention> extend(AnnotatedDocument doc, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        String text = doc.document().text();
        for (int k = 0; k < HEAD && k < doc.sentences().size(); k++) {
            Sentence s = doc.sentences().get(k);
            if (!ownLine(text, s) || s.size() > MAX_TOKENS) {
                continue;
            }
            int end = 0;
            while (end < s.size() && !s.token(end).pos().matches("VB[DZPN]?|MD") && !s.token(end).is(",")
                    && !s.token(end).ner().equals("DATE")) {
                end++;
            }
            while (end > 0 && !Character.isLetterOrDigit(s.token(end - 1).text().codePointAt(0))
                    && !s.token(end - 1).text().equals(")")) {
                end--;
            }
            int open = s.size() > 1 && s.token(0).text().equalsIgnoreCase("the") ? 1 : 0;
            boolean titled = false;
            for (Mention m : mentions) {
                if (m.sentence() == k && m.kind() == EntityKind.AGREEMENT && m.tokenStart() == open) {
                    titled = true;
                    if (m.tokenEnd() < end && end - m.tokenEnd() >= 2) {
                        out.set(out.indexOf(m), m.withSpan(s, text, m.tokenStart(), end, "+heading"));
                    }
                }
            }
            int head = headWord(s, open);
            final int last = end;
            if (!titled && head >= 0 && end - open >= 3 && mentions.stream().noneMatch(m -> m.sentence() == s.index()
                    && (m.tokenStart() <= head && m.tokenEnd() > head
                        || m.kind() == EntityKind.EVENT && m.tokenStart() < last && m.tokenEnd() > open))) {
                // "Joint communiqué by the Presidents of ...": a heading opened by a document's kind in lower
                // case; not "COMMUNIQUE Forty-Fifth Regular Meeting of ...", which names a meeting
                String surface = text.substring(s.token(open).begin(), s.token(end - 1).end());
                out.add(new Mention(mentions.size() + out.size(), EntityKind.AGREEMENT,
                        s.token(head).text().toLowerCase(Locale.ROOT), surface, Names.clean(surface), k, open, end,
                        s.token(open).begin(), s.token(end - 1).end(), 0, "", 0.7, "heading:agreement"));
            }
        }
        return out;
    }

    /** Kinds of document a heading may open with ("Joint communiqué by ..."). */
    private static final Set<String> KINDS = Set.of("communiqué", "communique", "statement", "declaration",
            "memorandum", "agreement", "treaty", "convention", "protocol", "charter", "accord");

    /** The token of a document's kind among the heading's first three words, capitalised at the start; or -1. */
    private static int headWord(Sentence s, int open) {
        if (!s.token(open).isCapitalized()) {
            return -1;
        }
        for (int i = open; i < Math.min(s.size(), open + 3); i++) {
            if (KINDS.contains(s.token(i).text().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    /** A line of its own (a newline or the text's start before it, a newline or the end after it), no final stop. */
    private static boolean ownLine(String text, Sentence s) {
        int begin = s.token(0).begin();
        int end = s.token(s.size() - 1).end();
        String last = s.token(s.size() - 1).text();
        String head = text.substring(0, begin).replaceAll("[ \\t]+$", "");
        boolean before = head.isEmpty() || head.endsWith("\n");
        boolean after = end == text.length() || text.substring(end).replaceAll("^[ \\t]+", "").startsWith("\n");
        boolean oneLine = text.substring(begin, end).indexOf('\n') < 0;
        return before && after && oneLine && !Set.of(".", ":", "!", "?").contains(last);
    }
}
