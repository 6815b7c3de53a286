package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplokg.nlp.AnnotatedDocument;
import org.diplokg.nlp.Sentence;
import org.diplokg.nlp.Token;

/**
 * The lines of a list of documents are whole titles. After an introduction that ends in a colon and has a verb of
 * signing or adopting ("The ministers also signed:"), each following line that is a noun phrase without a verb of
 * its own names one document, however it is worded: "A Memorandum of Understanding on strengthening trade and
 * economic cooperation in the X format;" is one agreement up to its semicolon, even where the title rules stop at
 * the first lower-case word. A line opening with an agreement head ("Regulations on the work of ...") is an
 * agreement even where no title rule saw it. Runs before the parse (like {@link QuotedTitles}), so the parser sees
 * each line's title as its head word; which event adopted the items and who signed them is {@link ListItems}'.
 */
final class ListTitles {
    /** Verbs of an introduction: "also signed:", "adopted the following documents:". */
    static final Set<String> VERBS = Set.of("sign", "adopt", "conclude", "ink", "approve", "issue", "endorse",
            "initial", "include", "be", "exchange", "witness");
    private static final Set<String> OPENERS = Set.of("a", "an", "the", "-", "–", "—", "•", "*", "·");
    private static final int MAX_TOKENS = 45;

    private ListTitles() {
    }

    static List<Mention> extend(AnnotatedDocument doc, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        List<Sentence> sentences = doc.sentences();
        for (int k = 0; k < sentences.size() - 1; k++) {
            if (!introduction(sentences.get(k))) {
                continue;
            }
            for (int j = k + 1; j < sentences.size(); j++) {
                Sentence line = sentences.get(j);
                if (!listLine(line)) {
                    break;   // the list ends at the first line that is a clause
                }
                whole(doc, out, line, first(line), last(line));   // a line of another kind of document is passed over
            }
        }
        return out;
    }

    /** A line of a list: a noun phrase of at most {@link #MAX_TOKENS} words, without a verb of its own. */
    static boolean listLine(Sentence line) {
        int from = first(line);
        int to = last(line);
        return from >= 0 && to > from && to - from <= MAX_TOKENS && !finiteVerb(line, from, to);
    }

    /** A sentence ending in a colon with a verb of signing or adopting before it. */
    static boolean introduction(Sentence s) {
        if (s.size() < 2 || !s.token(s.size() - 1).text().equals(":")) {
            return false;
        }
        for (Token t : s.tokens()) {
            if (t.pos().startsWith("VB") && VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Makes the line's title whole: the agreement mention that opens the line grows to the line's end, or a new one
     * is made when the line opens with an agreement head.
     */
    private static void whole(AnnotatedDocument doc, List<Mention> mentions, Sentence line, int from, int to) {
        String text = doc.document().text();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.sentence() != line.index() || m.tokenStart() != from) {
                continue;
            }
            if (m.kind() != EntityKind.AGREEMENT) {
                return;
            }
            if (m.tokenEnd() < to) {
                Mention e = m.withSpan(line, text, from, to, "+list-line");
                mentions.set(i, e);
                // a title inside the added words is part of this one ("... of the Five-Year Plan of Action")
                mentions.removeIf(o -> o != e && o.sentence() == e.sentence() && o.tokenStart() >= m.tokenEnd()
                        && o.tokenEnd() <= to && (o.kind() == EntityKind.AGREEMENT || o.kind() == EntityKind.EVENT)
                        && !referred(line, o));
            }
            return;
        }
        String head = line.token(from).text().toLowerCase(Locale.ROOT);
        String subtype = MentionFinder.AGREEMENT_HEADS.get(head);
        if (subtype == null || !Character.isUpperCase(line.token(from).text().codePointAt(0))) {
            return;
        }
        int b = line.token(from).begin();
        int e = line.token(to - 1).end();
        String t = text.substring(b, e);
        mentions.removeIf(o -> o.sentence() == line.index() && o.tokenStart() >= from && o.tokenEnd() <= to
                && (o.kind() == EntityKind.AGREEMENT || o.kind() == EntityKind.EVENT) && !referred(line, o));
        mentions.add(new Mention(mentions.size(), EntityKind.AGREEMENT, subtype, t, Names.clean(t), line.index(), from,
                to, b, e, 0, "", 0.7, "list-line"));
    }

    /**
     * Whether {@code o} is another document the line's document refers to, and so an agreement of its own: "a
     * Protocol amending the Agreement between A and B ...", "the Protocol to the Charter of X".
     */
    private static boolean referred(Sentence line, Mention o) {
        int i = o.tokenStart();
        return o.kind() == EntityKind.AGREEMENT && i >= 2 && line.token(i - 1).is("the")
                && MentionFinder.REFERRING.contains(line.token(i - 2).text().toLowerCase(Locale.ROOT));
    }

    /** The first token of the line's title: after "a", "the", a bullet or an item number ("1.", "(a)"). */
    private static int first(Sentence s) {
        int i = 0;
        while (i < s.size() && i < 4 && (OPENERS.contains(s.token(i).text().toLowerCase(Locale.ROOT))
                || s.token(i).text().matches("\\(?(?:[0-9]{1,3}|[ivx]{1,4}|[a-h])[.)]|[0-9]{1,3}") && i + 1 < s.size()
                && !Character.isLowerCase(s.token(i + 1).text().codePointAt(0)) || s.token(i).text().equals("(")
                || s.token(i).text().equals(")"))) {
            i++;
        }
        return i < s.size() && Character.isLetter(s.token(i).text().codePointAt(0)) ? i : -1;
    }

    /**
     * The end of the line's title: before its closing semicolon, full stop or "and", and before a participle after a
     * comma ("a Protocol amending the X Agreement, signed in 2008;": what was done with it is no part of its name).
     */
    private static int last(Sentence s) {
        int end = s.size();
        for (int i = 1; i + 1 < s.size(); i++) {
            if (s.token(i).text().equals(",") && s.token(i + 1).pos().equals("VBN")) {
                end = i;
                break;
            }
        }
        while (end > 0 && (Set.of(";", ".", ",", ":").contains(s.token(end - 1).text())
                || s.token(end - 1).is("and"))) {
            end--;
        }
        return end;
    }

    private static boolean finiteVerb(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (BodyNames.finiteVerb(s.token(i)) || s.token(i).pos().equals("MD")) {
                return true;
            }
        }
        return false;
    }
}
