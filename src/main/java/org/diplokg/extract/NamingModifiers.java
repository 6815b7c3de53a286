package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplokg.nlp.Sentence;
import org.diplokg.nlp.Token;

/**
 * The words before a head noun that tell one agreement or event from another ("the BRICS summit" is not the G7
 * summit; "the framework agreement" is not the joint statement), for a described mention (is it new?) and for
 * anaphora (which earlier one does it take up?).
 */
final class NamingModifiers {
    /** Nouns that praise a document or meeting rather than name it: "the landmark agreement". */
    static final Set<String> EVALUATIVE = Set.of("landmark", "milestone", "flagship", "breakthrough", "signature");

    private NamingModifiers() {
    }

    /**
     * Whether an agreement or event of that head noun was named in the last few sentences, with every noun that
     * modifies the head here in its name: "the BRICS summit" after "the G7 summit" is another meeting, "the
     * framework agreement" after "the joint statement" another document.
     */
    static boolean namedBefore(List<Mention> mentions, int sentence, EntityKind kind, String lemma,
            List<String> modifiers) {
        String head = lemma.equals("mou") ? "memorandum" : lemma;
        for (Mention m : mentions) {
            String name = m.canonical().toLowerCase(Locale.ROOT);
            if (m.kind() == kind && m.sentence() < sentence && sentence - m.sentence() <= 5
                    && (name.contains(head) || kind == EntityKind.EVENT)
                    && modifiers.stream().allMatch(name::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The naming words of the span before its head ({@link #namingModifier}), lower case. */
    static List<String> of(Sentence s, Set<Integer> span, int head, List<Mention> mentions,
            EntityKind kind) {
        List<String> out = new ArrayList<>();
        for (int i : span) {
            if (i < head && namingModifier(s.tokens(), i, mentions, s.index(), kind, true)) {
                out.add(s.token(i).text().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * Whether the modifier at token {@code i} tells one agreement or event from another, so that an earlier one must
     * name it to be the same: a name ("the BRICS summit" is not the G7 summit) and, for an agreement, a noun ("the
     * framework agreement" is not the joint statement). A year or praise ("the 2023 summit", "the landmark
     * agreement") does not. A place or country does only when {@code places} ("the 2022 Bali summit" is a meeting
     * of its own for a new mention; in anaphora "the Kazan summit" is the summit named before, held in Kazan).
     */
    static boolean namingModifier(List<Token> toks, int i, List<Mention> mentions, int sentence, EntityKind kind,
            boolean places) {
        Token t = toks.get(i);
        if (!(t.pos().startsWith("NN") || TitleTokens.isAcronymToken(t))
                || EVALUATIVE.contains(t.text().toLowerCase(Locale.ROOT)) || t.ner().equals("DATE")
                || t.text().matches("\\d.*")) {
            return false;
        }
        String cls = classAt(mentions, sentence, toks, i);
        if (!places && (cls.equals("PLACE") || cls.equals("COUNTRY") || t.ner().equals("LOCATION"))) {
            return false;
        }
        boolean name = Character.isUpperCase(t.text().codePointAt(0)) || TitleTokens.isAcronymToken(t);
        return kind == EntityKind.AGREEMENT || name;
    }

    /** The class of the innermost mention at token {@code i} of the sentence, DATE for a date, O elsewhere. */
    static String classAt(List<Mention> mentions, int sentence, List<Token> tokens, int i) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.sentence() == sentence && i >= m.tokenStart() && i < m.tokenEnd()
                    && (best == null || m.length() < best.length())) {
                best = m;
            }
        }
        if (best == null) {
            return i < tokens.size() && tokens.get(i).ner().equals("DATE") ? "DATE" : "O";
        }
        return best.kind().name();
    }
}
