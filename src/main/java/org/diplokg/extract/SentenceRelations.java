package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The relations the rules have found in one sentence, in the order found. A relation already present is not added
 * twice, a mention is never related to itself, and a fact that leans on an earlier sentence is discounted.
 */
final class SentenceRelations {
    private final List<Relation> out = new ArrayList<>();
    /** Set while rules run on an event taken up by a definite noun: their facts are less sure. */
    private boolean anaphor;

    /** Forgets the previous sentence's relations. */
    void clear() {
        out.clear();
    }

    /** The relations found so far, as an immutable copy. */
    List<Relation> found() {
        return List.copyOf(out);
    }

    /** Runs {@code rules} on an event taken up by a definite noun ("the summit"): their facts count as anaphora. */
    void asAnaphor(Runnable rules) {
        anaphor = true;
        try {
            rules.run();
        } finally {
            anaphor = false;
        }
    }

    void add(Mention s, Predicate p, Mention o, double confidence, String rule) {
        if (s.id() == o.id() || Names.key(s.canonical()).equals(Names.key(o.canonical())) && s.kind() == o.kind()) {
            return;
        }
        for (Relation r : out) {
            if (r.subject() == s.id() && r.predicate() == p && r.object() == o.id()) {
                return;
            }
        }
        if (s.sentence() != o.sentence() || anaphor) {
            // An antecedent from an earlier sentence: a recency rule, less sure than a clause-local one.
            confidence *= 0.75;
            rule = rule + "+anaphora";
        }
        out.add(Relation.between(s, p, o, Math.min(1.0, confidence), rule));
    }

    void addDate(Mention s, DateMention d, double confidence, String rule) {
        addDate(s, d, Predicate.DATE, confidence, rule);
    }

    /** A date of {@code s}; only the first one found per predicate counts. */
    void addDate(Mention s, DateMention d, Predicate p, double confidence, String rule) {
        for (Relation r : out) {
            if (r.subject() == s.id() && r.predicate() == p) {
                return;
            }
        }
        out.add(Relation.dated(s, p, d.value(), Math.min(1.0, confidence), rule));
    }
}
