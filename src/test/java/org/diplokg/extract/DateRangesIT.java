package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.diplokg.TestSupport;
import org.diplokg.resolve.Entity;
import org.diplokg.resolve.ResolvedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An event dated by a range of days ends on its last day ({@link DateRanges#endDates}); an event of one day has no
 * end date, and an agreement dated by a range gets none. Texts of our own wording; real models.
 */
class DateRangesIT {
    @TempDir
    Path dir;

    private static Set<String> values(ResolvedDocument r, String label, Predicate p) {
        Entity e = r.entities().stream().filter(x -> x.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + label + "' in "
                        + r.entities().stream().map(Entity::label).toList()));
        return r.facts().stream().filter(f -> f.subject().equals(e.key()) && f.predicate() == p)
                .map(f -> f.value() instanceof DateValue d ? d.lexical() : String.valueOf(f.value())).collect(Collectors.toSet());
    }

    @Test
    void aRangeOfDaysGivesTheEventItsLastDay() throws Exception {
        ResolvedDocument r = TestSupport.process(dir, "The Nordic Ocean Summit was held in Bergen on 12\u201314 May"
                + " 2025.\n\nThe Baltic Energy Conference took place in Riga from 7 to 9 July 2025.\n\n"
                + "The Andes Water Forum was held in Lima on 3 June 2025.\n\n"
                + "The Polar Data Memorandum was signed on 2-3 April 2025.\n");
        assertEquals(Set.of("2025-05-12"), values(r, "Nordic Ocean Summit", Predicate.DATE));
        assertEquals(Set.of("2025-05-14"), values(r, "Nordic Ocean Summit", Predicate.END_DATE));
        assertEquals(Set.of("2025-07-09"), values(r, "Baltic Energy Conference", Predicate.END_DATE));
        assertEquals(Set.of(), values(r, "Andes Water Forum", Predicate.END_DATE), "one day, no end");
        assertEquals(Set.of(), values(r, "Polar Data Memorandum", Predicate.END_DATE), "agreements have no end date");
    }
}
