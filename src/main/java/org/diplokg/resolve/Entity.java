package org.diplokg.resolve;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.diplokg.extract.EntityKind;

/**
 * One entity of a document, resolved from its mentions.
 *
 * @param slug       the identity within its kind: the same real-world entity has the same slug in every document
 * @param subtype    finer kind ("memorandum", "summit"), or ""
 * @param label      the canonical name
 * @param altLabels  acronyms and other surface forms seen
 * @param mentions   ids of the mentions that name it
 * @param ordinal    an event's ordinal, or 0
 */
public record Entity(EntityKind kind, String slug, String subtype, String label, Set<String> altLabels,
                     List<Integer> mentions, int ordinal) {
    public Entity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(label, "label");
        if (!Slugs.isValid(slug)) {
            throw new IllegalArgumentException("invalid slug '" + slug + "' for " + label);
        }
        altLabels = Set.copyOf(altLabels);
        mentions = List.copyOf(mentions);
    }

    /** "organization/shanghai-cooperation-organization": unique across kinds. */
    public String key() {
        return kind.pathSegment() + "/" + slug;
    }
}
