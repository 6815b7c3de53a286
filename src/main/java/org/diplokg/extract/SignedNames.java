package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplokg.nlp.AnnotatedDocument;
import org.diplokg.nlp.Sentence;

/**
 * A name that may be a body or a document ("X Partnership", "X Initiative"; the lexicon list signed-name-heads) is a
 * document where the text signs it: "Chile and Peru signed the Andean Green Partnership", "the Chile-Peru Pacific
 * Partnership, signed in 2019". A body is joined, not signed; a name the gazetteer knows stays what it is.
 */
final class SignedNames {
    private static final Set<String> HEADS = Lexicon.words("signed-name-heads");
    /** Verbs of signing a document, as written. */
    private static final Set<String> SIGNING = Set.of("sign", "signed", "signs", "signing", "ink", "inked", "inks",
            "conclude", "concluded", "concludes", "ratify", "ratified", "ratifies");
    private static final Set<String> DASHES = Set.of("-", "–", "—");
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "new", "their", "its");

    private SignedNames() {
    }

    static List<Mention> retype(AnnotatedDocument doc, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.stream()
                .map(m -> signed(doc.sentences().get(m.sentence()), m) ? asAgreement(m) : m).toList());
        for (Sentence s : doc.sentences()) {
            for (int j = 1; j + 2 < s.size(); j++) {
                if (HEADS.contains(s.token(j).text().toLowerCase(Locale.ROOT)) && s.token(j).isCapitalized()
                        && signedAfter(s, j + 1)) {
                    unnamed(doc, s, j, out);
                }
            }
        }
        return out;
    }

    /**
     * "the Fiji-Australia Vuvale Partnership, signed in 2019" where NER saw no name: the capitalised words before the
     * head (a country or place among them) are a document's name, when no other name covers them.
     */
    private static void unnamed(AnnotatedDocument doc, Sentence s, int head, List<Mention> out) {
        int start = head;
        while (start - 1 >= 0 && (s.token(start - 1).isCapitalized() || DASHES.contains(s.token(start - 1).text()))
                && !s.token(start - 1).is("the")) {
            start--;
        }
        while (start < head && DASHES.contains(s.token(start).text())) {
            start++;
        }
        int from = start;
        if (from == head || out.stream().anyMatch(m -> m.sentence() == s.index() && m.tokenStart() <= head
                && m.tokenEnd() > from && (m.kind() != EntityKind.COUNTRY && m.kind() != EntityKind.PLACE
                || m.tokenStart() < from || m.tokenEnd() > head + 1))) {
            return;   // a name of one word only, or one a mention already covers
        }
        String text = doc.document().text();
        int b = s.token(from).begin();
        int e = s.token(head).end();
        String t = text.substring(b, e);
        out.add(new Mention(out.size(), EntityKind.AGREEMENT, "agreement", t, Names.clean(t), s.index(), from, head + 1,
                b, e, 0, "", 0.7, "signed-name"));
    }

    /** Whether ", signed ..." follows at {@code i}. */
    private static boolean signedAfter(Sentence s, int i) {
        return i + 1 < s.size() && s.token(i).text().equals(",")
                && SIGNING.contains(s.token(i + 1).text().toLowerCase(Locale.ROOT));
    }

    private static boolean signed(Sentence s, Mention m) {
        if (m.kind() != EntityKind.ORGANIZATION || m.rule().contains("gazetteer")
                || !HEADS.contains(s.token(m.tokenEnd() - 1).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int k = m.tokenStart() - 1;
        while (k >= 0 && OPENERS.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
            k--;
        }
        boolean signedBefore = k >= 0 && k < m.tokenStart() - 1 && SIGNING.contains(s.token(k).text().toLowerCase(
                Locale.ROOT));
        return signedBefore || signedAfter(s, m.tokenEnd());
    }

    private static Mention asAgreement(Mention m) {
        return new Mention(m.id(), EntityKind.AGREEMENT, "agreement", m.text(), m.canonical(), m.sentence(),
                m.tokenStart(), m.tokenEnd(), m.begin(), m.end(), 0, "", m.confidence(), m.rule() + "+signed");
    }
}
