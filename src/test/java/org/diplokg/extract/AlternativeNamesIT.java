package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.diplokg.TestSupport;
import org.diplokg.resolve.Entity;
import org.diplokg.resolve.ResolvedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shorter and the fuller forms a reader gives a described document or occasion, kept as alternative labels so
 * that a search in the reader's words finds it: the agreement without the sides it is "between", the event with the
 * words that tell which one it is. Texts of our own wording; real models.
 */
class AlternativeNamesIT {
    @TempDir
    Path dir;

    private List<Entity> of(ResolvedDocument r, EntityKind kind) {
        return r.entities().stream().filter(e -> e.kind() == kind).toList();
    }

    /** Fails unless one of {@code entities} has {@code label} among its alternative labels. */
    private static void assertSomeAltLabel(List<Entity> entities, String label) {
        assertTrue(entities.stream().anyMatch(e -> e.altLabels().contains(label)), label + " in " + entities);
    }

    @Test
    void anAgreementBetweenTwoBodiesIsAlsoNamedByWhatItIsAbout() throws Exception {
        ResolvedDocument r = TestSupport.process(dir, "On Monday the ministers witnessed the signing of a memorandum"
                + " of understanding on seed certification between Peru's Ministry of Agriculture and Kenya's"
                + " Ministry of Trade.\n");
        List<Entity> deals = of(r, EntityKind.AGREEMENT);
        assertEquals(1, deals.size(), deals.toString());
        assertTrue(deals.get(0).altLabels().contains("memorandum of understanding on seed certification"),
                deals.get(0).toString());
    }

    @Test
    void theNextSessionAndATwoDayVisitKeepThoseWordsInAnAlternativeLabel() throws Exception {
        ResolvedDocument r = TestSupport.process(dir, "Kenya will host the next ministerial session in Mombasa in"
                + " 2027.\n\nThe Peruvian President began a two-day official visit to Kenya on Monday.\n");
        List<Entity> events = of(r, EntityKind.EVENT);
        assertSomeAltLabel(events, "next ministerial session");
        assertSomeAltLabel(events, "two-day official visit to Kenya");
        assertFalse(events.stream().anyMatch(e -> e.label().startsWith("next") || e.label().startsWith("two-day")),
                "the name it resolves on leaves them out: " + events);
    }

    @Test
    void aBareCeremonyIsAlsoNamedByWhereItWasInCommonWords() throws Exception {
        ResolvedDocument r = TestSupport.process(dir, "The Lima Accord on River Ports was signed by Chile's envoy Ana"
                + " Soto and Peru's envoy Luis Vega at a ceremony in the Bolivian capital attended by envoys of the"
                + " Andean Community.\n");
        assertSomeAltLabel(of(r, EntityKind.EVENT), "ceremony in the Bolivian capital");
    }
}
