package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.diplokg.TestSupport;
import org.diplokg.resolve.Entity;
import org.diplokg.resolve.ResolvedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signing of several documents, then the documents one by one ({@link SigningSets}): the documents take the set's
 * signers, date and occasion; a document the text only recalls does not. Texts of our own wording; real models.
 */
class SigningSetsIT {
    @TempDir
    Path dir;

    private static Entity agreement(ResolvedDocument r, String labelStart) {
        return r.entities().stream().filter(e -> e.kind() == EntityKind.AGREEMENT && e.label().startsWith(labelStart))
                .findFirst().orElseThrow(() -> new AssertionError("no agreement '" + labelStart + "' in "
                        + r.entities().stream().filter(e -> e.kind() == EntityKind.AGREEMENT).map(Entity::label).toList()));
    }

    private static Set<String> objects(ResolvedDocument r, Entity subject, Predicate p) {
        return r.facts().stream().filter(f -> f.subject().equals(subject.key()) && f.predicate() == p)
                .map(f -> f.object() == null ? String.valueOf(f.value()) : r.entities().stream()
                        .filter(e -> e.key().equals(f.object())).findFirst().map(Entity::label).orElse("?"))
                .collect(Collectors.toSet());
    }

    @Test
    void theNextSentenceTakingUpTheSetSaysWhereItWasSigned() throws Exception {
        ResolvedDocument r = TestSupport.process(dir, "Chile and Peru signed four cooperation agreements on Monday"
                + " during a state visit.\n\n"
                + "The documents were signed in Cusco after talks between the two presidents.\n\n"
                + "Among them was a memorandum of understanding on mining safety.\n");
        Entity mou = agreement(r, "memorandum of understanding on mining safety");
        assertEquals(Set.of("Cusco"), objects(r, mou, Predicate.LOCATION));
    }

    @Test
    void theDocumentsOfASetTakeItsSignersDateAndOccasion() throws Exception {
        ResolvedDocument r = TestSupport.process(dir, "Chile and Peru signed four cooperation agreements on"
                + " 12 March 2024 during the Andean Trade Summit in Lima.\n\n"
                + "Among them was a memorandum of understanding on mining research.\n\n"
                + "The remaining text, an agreement on customs cooperation, was prepared by the trade ministries.\n\n"
                + "A protocol on fisheries was also signed.\n\n"
                + "The leaders also recalled the Andean Charter of Lima.\n");
        for (String doc : new String[] {"memorandum of understanding on mining research",
                "agreement on customs cooperation", "protocol on fisheries"}) {
            Entity a = agreement(r, doc);
            assertTrue(objects(r, a, Predicate.PARTY).containsAll(Set.of("Chile", "Peru")),
                    doc + ": " + objects(r, a, Predicate.PARTY));
            assertTrue(objects(r, a, Predicate.DATE).toString().contains("2024-03-12"),
                    doc + ": " + objects(r, a, Predicate.DATE));
            assertEquals(Set.of("Andean Trade Summit"), objects(r, a, Predicate.ADOPTED_AT), doc);
        }
        Entity recalled = agreement(r, "Andean Charter");
        assertTrue(objects(r, recalled, Predicate.PARTY).isEmpty(), "only recalled, not signed: "
                + objects(r, recalled, Predicate.PARTY));
    }
}
