package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.diplokg.TestSupport;
import org.diplokg.resolve.Entity;
import org.diplokg.resolve.ResolvedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes of the records of intergovernmental commissions and of lists of signed documents that the rules first
 * missed on real documents: "the sixth session of the Commission" as the short form of the session named in full,
 * the Agreed Minutes its co-chairs sign, a list of documents signed on the one date its introduction gives, and a
 * participle after a list line's title ("..., signed in 2009;") that is no part of the title. Texts of our own
 * wording; real models.
 */
class CommissionShapesIT {
    @TempDir
    Path dir;

    private static final String SESSION = "The third session of the Chile–Peru Joint Commission on Trade, Investment"
            + " and Technical Cooperation was held in Lima on 3–4 March 2025.\n\n"
            + "On 4 March, the co-chairs signed the Agreed Minutes of the third session of the Commission, and the"
            + " following documents were signed in their presence:\n\n"
            + "– a Protocol amending the Agreement between the Government of the Republic of Chile and the Government"
            + " of the Republic of Peru on Air Services, signed in 2009;\n\n"
            + "– a Memorandum of Understanding between ProChile and PromPeru on export promotion.\n";

    private static List<Entity> of(ResolvedDocument r, EntityKind kind) {
        return r.entities().stream().filter(e -> e.kind() == kind).toList();
    }

    private static Entity labelled(ResolvedDocument r, String start) {
        return r.entities().stream().filter(e -> e.label().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity '" + start + "...' in " + r.entities()));
    }

    private static Set<String> values(ResolvedDocument r, Entity subject, Predicate p) {
        return r.facts().stream().filter(f -> f.subject().equals(subject.key()) && f.predicate() == p)
                .map(f -> f.object() != null
                        ? r.entities().stream().filter(e -> e.key().equals(f.object())).findFirst()
                                .map(Entity::label).orElse(f.object())
                        : f.value() instanceof DateValue d ? d.lexical() : String.valueOf(f.value()))
                .collect(Collectors.toSet());
    }

    @Test
    void theSessionOfTheCommissionIsTheSessionNamedInFull() throws Exception {
        ResolvedDocument r = TestSupport.process(dir, SESSION);
        List<Entity> events = of(r, EntityKind.EVENT);
        assertEquals(1, events.size(), "one third session, however short its name: " + events);
        Entity minutes = labelled(r, "Agreed Minutes");
        assertEquals(Set.of(events.get(0).label()), values(r, minutes, Predicate.ADOPTED_AT));
    }

    @Test
    void theListedDocumentsAreSignedOnTheIntroductionsDateAndTheirTitlesStopBeforeAParticiple() throws Exception {
        ResolvedDocument r = TestSupport.process(dir, SESSION);
        Entity mou = labelled(r, "Memorandum of Understanding between ProChile");
        assertEquals(Set.of("2025-03-04"), values(r, mou, Predicate.DATE));
        Entity protocol = labelled(r, "Protocol amending");
        assertTrue(protocol.label().endsWith("on Air Services"), protocol.label());
    }
}
