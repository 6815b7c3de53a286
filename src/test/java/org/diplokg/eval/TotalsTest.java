package org.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

class TotalsTest {
    private static EvalReport.DocumentReport doc(String name, Map<String, Score> classes,
            Map<String, Score> relations) {
        return new EvalReport.DocumentReport(name, classes, relations, List.of("missed X"), List.of(), List.of(),
                List.of(), List.of());
    }

    private static final EvalReport REPORT = new EvalReport(List.of(
            doc("a.txt", Map.of("Organization", new Score(4, 3, 5, 3), "Place", new Score(1, 1, 1, 1)),
                    Map.of("party", new Score(4, 2, 2, 2), "date", new Score(1, 1, 2, 1),
                            "participant", new Score(3, 0, 0, 0))),
            doc("b.txt", Map.of("Organization", new Score(6, 6, 6, 6)),
                    Map.of("party", new Score(2, 1, 3, 2), "host", new Score(0, 0, 1, 0)))),
            List.of());

    @Test
    void countsAreSummedOverDocumentsThenScored() {
        Totals t = REPORT.totals();
        assertEquals(2, t.documents());
        assertEquals(new Score(10, 9, 11, 9), t.classes().get("Organization"));
        assertEquals(new Score(1, 1, 1, 1), t.classes().get("Place"));
        assertEquals(new Score(6, 3, 5, 4), t.relations().get("party"));
        assertEquals(0.8, t.relations().get("party").precision(), 1e-9, "correct over system");
        assertEquals(0.5, t.relations().get("party").recall(), 1e-9, "found over gold");
        assertEquals(new Score(11, 10, 12, 10), t.allEntities());
        assertEquals(new Score(10, 4, 8, 5), t.allFacts());
    }

    @Test
    void coreFactsPoolPartyIssuedByAdoptedAtDateLocationHost() {
        Totals t = REPORT.totals();
        assertEquals(new Score(7, 4, 8, 5), t.core(), "participant is not a core fact");
        assertEquals(List.of("party", "issuedBy", "adoptedAt", "date", "location", "host"), Totals.CORE);
    }

    @Test
    void theTextReportEndsWithTheTotalsAndTheSummaryHasOnlyThem() {
        StringWriter full = new StringWriter();
        REPORT.print(new PrintWriter(full), 10);
        String text = full.toString();
        assertTrue(text.indexOf("== b.txt") < text.indexOf("== totals over 2 documents"), text);
        assertTrue(text.contains("core facts         7     4     8     5   0.625  0.571  0.597"), text);

        StringWriter summary = new StringWriter();
        REPORT.printTotals(new PrintWriter(summary));
        String s = summary.toString();
        assertTrue(s.startsWith("== totals over 2 documents"), s);
        assertTrue(!s.contains("a.txt") && !s.contains("missed"), s);
        assertTrue(s.contains("Organization      10     9    11     9   0.818  0.900  0.857"), s);
    }

    @Test
    void theJsonHasTheTotals() {
        JsonObject totals = REPORT.toJson().get("totals").getAsObject();
        assertEquals(2, totals.get("documents").getAsNumber().value().intValue());
        JsonObject org = totals.get("entities").getAsObject().get("Organization").getAsObject();
        assertEquals(10, org.get("gold").getAsNumber().value().intValue());
        assertEquals(11, org.get("system").getAsNumber().value().intValue());
        JsonObject core = totals.get("relations").getAsObject().get("core").getAsObject();
        assertEquals(0.625, core.get("precision").getAsNumber().value().doubleValue(), 1e-9);
        assertTrue(totals.get("relations").getAsObject().hasKey("all"));
        assertEquals(6, totals.get("coreRelations").getAsArray().size());
    }
}
