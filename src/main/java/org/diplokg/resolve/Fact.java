package org.diplokg.resolve;

import java.util.Objects;

import org.diplokg.extract.DateValue;
import org.diplokg.extract.Predicate;

/**
 * A relation between resolved entities (or an entity and a value) with its evidence: the sentence that states it.
 *
 * @param object  the object entity's key, or null when {@code value} holds the object
 * @param value   a {@link DateValue} or an {@link Integer}, or null when the object is an entity
 */
public record Fact(String subject, Predicate predicate, String object, Object value, int sentence,
                   double confidence, String rule) {
    public Fact {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        if ((object == null) == (value == null)) {
            throw new IllegalArgumentException("a fact has exactly one of an object entity and a value");
        }
        if (value != null && !(value instanceof DateValue) && !(value instanceof Integer)) {
            throw new IllegalArgumentException("unsupported fact value: " + value.getClass());
        }
    }
}
