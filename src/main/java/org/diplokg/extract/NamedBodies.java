package org.diplokg.extract;

import java.util.List;
import java.util.Locale;

/**
 * "The Council", "the Commission" standing alone (capitalised, after "the"): the latest body named before it whose
 * name ends in that word ("the Andean Security Council"). One rule for the pronoun resolver ({@link Anaphors}) and the
 * meeting owners ({@link MeetingOwners}).
 */
final class NamedBodies {
    private NamedBodies() {
    }

    /** Whether {@code word} after {@code previous} is such a bare head: "the Council", not "the council". */
    static boolean bareHead(String previous, String word) {
        return "the".equalsIgnoreCase(previous) && !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
                && MentionFinder.ORG_HEADS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The latest body of {@code mentions} ending in {@code word}, named before token {@code token} of sentence
     * {@code sentence} and at most {@code window} sentences back; null when none.
     */
    static Mention latestEndingIn(List<Mention> mentions, int sentence, int token, String word, int window) {
        Mention latest = null;
        for (Mention m : mentions) {
            boolean before = m.sentence() < sentence || m.sentence() == sentence && m.tokenEnd() <= token;
            if (before && sentence - m.sentence() <= window && m.kind() == EntityKind.ORGANIZATION
                    && m.canonical().endsWith(" " + word)
                    && (latest == null || m.sentence() > latest.sentence()
                        || m.sentence() == latest.sentence() && m.tokenStart() > latest.tokenStart())) {
                latest = m;
            }
        }
        return latest;
    }
}
