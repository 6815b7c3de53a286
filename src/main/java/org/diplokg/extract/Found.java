package org.diplokg.extract;

import java.util.List;
import java.util.Set;

/** Lookups the passes after the rules share: whether a fact is found already, which mention a token is in. */
final class Found {
    private Found() {
    }

    /** Whether {@code found} holds a fact of {@code p} about {@code m}. */
    static boolean has(List<Relation> found, Mention m, Predicate p) {
        return found.stream().anyMatch(r -> r.subject() == m.id() && r.predicate() == p);
    }

    /** The longest mention of one of {@code kinds} over token {@code i} of sentence {@code sentence}, or null. */
    static Mention mentionAt(List<Mention> mentions, int sentence, int i, Set<EntityKind> kinds) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.sentence() == sentence && i >= m.tokenStart() && i < m.tokenEnd() && kinds.contains(m.kind())
                    && (best == null || m.length() > best.length())) {
                best = m;
            }
        }
        return best;
    }
}
