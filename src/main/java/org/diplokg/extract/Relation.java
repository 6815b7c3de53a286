package org.diplokg.extract;

import java.util.Objects;

/**
 * A fact stated by one sentence: subject mention, predicate, and either an object mention or a date.
 *
 * @param object     the object mention id, or -1 when the object is a date
 * @param date       the date object, or null when the object is a mention
 * @param confidence 0..1: how sure the rule is
 * @param rule       the rule that found it
 */
public record Relation(int subject, Predicate predicate, int object, DateValue date, int sentence, double confidence,
                       String rule) {
    public Relation {
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(rule, "rule");
        if ((object < 0) == (date == null)) {
            throw new IllegalArgumentException("a relation has exactly one of an object mention and a date");
        }
    }

    public static Relation between(Mention s, Predicate p, Mention o, double confidence, String rule) {
        return new Relation(s.id(), p, o.id(), null, s.sentence(), confidence, rule);
    }

    public static Relation dated(Mention s, Predicate p, DateValue d, double confidence, String rule) {
        return new Relation(s.id(), p, -1, d, s.sentence(), confidence, rule);
    }
}
