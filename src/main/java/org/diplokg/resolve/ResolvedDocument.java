package org.diplokg.resolve;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.diplokg.extract.Extraction;

/**
 * A document's entities and facts, ready to be written as RDF.
 *
 * @param mentionEntity for each mention id, the key of the entity it names
 */
public record ResolvedDocument(Extraction extraction, List<Entity> entities, List<Fact> facts,
                               Map<Integer, String> mentionEntity) {
    public ResolvedDocument {
        Objects.requireNonNull(extraction, "extraction");
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
        mentionEntity = Map.copyOf(mentionEntity);
    }
}
