package org.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** How stored entities answer gold entities of a class (in memory, no store). */
class EvaluatorClassesTest {
    private static Gold.Entity gold(String id, String cls, String name) {
        return new Gold.Entity(id, cls, name, List.of(), "", false, Gold.Evidence.NONE);
    }

    private static SystemGraph.Entity stored(String iri, String cls, String label) {
        return new SystemGraph.Entity(iri, cls, label, Set.of(label), true);
    }

    private static EvalReport.DocumentReport score(List<Gold.Entity> gold, List<SystemGraph.Entity> stored) {
        Map<String, SystemGraph.Entity> byIri = new HashMap<>();
        stored.forEach(e -> byIri.put(e.iri(), e));
        return Evaluator.evaluate(new Gold("d", gold, List.of()), new SystemGraph("d", "", byIri, List.of()),
                new HashMap<>());
    }

    @Test
    void anEventSeriesAnswersAGoldEventOfItsName() {
        var r = score(List.of(gold("g1", "Event", "Nordic Ocean Summit")),
                List.of(stored("s1", "EventSeries", "Nordic Ocean Summit")));
        assertEquals(new Score(1, 1, 1, 1), r.classes().get("Event"));
        assertEquals(null, r.classes().get("EventSeries"));
    }

    @Test
    void anEventOfTheSameNameIsPreferredAndTheSeriesStaysASeries() {
        var r = score(List.of(gold("g1", "Event", "Nordic Ocean Summit")),
                List.of(stored("s1", "EventSeries", "Nordic Ocean Summit"), stored("s2", "Event", "Nordic Ocean Summit")));
        assertEquals(new Score(1, 1, 1, 1), r.classes().get("Event"));
        assertEquals(new Score(0, 0, 1, 0), r.classes().get("EventSeries"));
    }

    @Test
    void anEventDoesNotAnswerAGoldSeriesNorAnAgreementAnEvent() {
        var r = score(List.of(gold("g1", "EventSeries", "Nordic Ocean Summit"), gold("g2", "Event", "Oslo Accord")),
                List.of(stored("s1", "Event", "Nordic Ocean Summit"), stored("s2", "Agreement", "Oslo Accord")));
        assertEquals(new Score(1, 0, 0, 0), r.classes().get("EventSeries"));
        assertEquals(new Score(1, 0, 1, 0), r.classes().get("Event"));
    }
}
