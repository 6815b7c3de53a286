package org.diplokg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.diplokg.export.EntityGraph.Edge;
import org.diplokg.export.EntityGraph.Node;
import org.junit.jupiter.api.Test;

/** The entity graph's neighbourhoods, degrees and checks, and the dates of timelines, on hand-made graphs. */
class EntityGraphTest {
    static Node node(String id, String cls) {
        return new Node(id, id.toUpperCase(), cls, "", List.of(), "", "", 0, 1, 1);
    }

    static Edge edge(String from, String relation, String to) {
        return new Edge(Edge.idOf(from, relation, to), from, to, relation, relation, 1, 0.8);
    }

    /** a -> b -> c <- d, e alone, f -> f. */
    private static EntityGraph chain() {
        return EntityGraph.of(List.of(node("a", "Agreement"), node("b", "Event"), node("c", "Place"),
                node("d", "Event"), node("e", "Person"), node("f", "Organization")),
                List.of(edge("a", "adoptedAt", "b"), edge("b", "location", "c"), edge("d", "location", "c"),
                        edge("f", "partOf", "f")));
    }

    private static Set<String> ids(EntityGraph g) {
        return g.nodes().stream().map(Node::id).collect(Collectors.toSet());
    }

    @Test
    void neighbourhoodsFollowEdgesBothWaysAndKeepEdgesAmongTheNodes() {
        EntityGraph g = chain();
        assertEquals(Set.of("c"), ids(g.neighbourhood("c", 0)));
        assertEquals(0, g.neighbourhood("c", 0).edges().size());
        assertEquals(Set.of("b", "c", "d"), ids(g.neighbourhood("c", 1)));
        assertEquals(2, g.neighbourhood("c", 1).edges().size());
        assertEquals(Set.of("a", "b", "c", "d"), ids(g.neighbourhood("c", 2)));
        assertEquals(ids(g.neighbourhood("c", 2)), ids(g.neighbourhood("c", 50)));
        assertEquals(Set.of("e"), ids(g.neighbourhood("e", 3)));
        assertEquals(1, g.neighbourhood("f", 1).edges().size(), "a self-loop stays");
    }

    @Test
    void degreeCountsEdgesInAndOut() {
        EntityGraph g = chain();
        assertEquals(2, g.degree("c"));
        assertEquals(2, g.degree("b"));
        assertEquals(0, g.degree("e"));
        assertEquals(2, g.degree("f"));
        assertEquals(1, g.neighbourhood("a", 1).degree("b"), "degree is within the subgraph");
    }

    @Test
    void anUnknownFocusAndDanglingEdgesAreRefused() {
        UnknownEntityException e = assertThrows(UnknownEntityException.class, () -> chain().neighbourhood("zz", 1));
        assertTrue(e.getMessage().contains("<zz>"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EntityGraph.of(List.of(node("a", "Place")),
                List.of(edge("a", "locatedIn", "b"))));
        assertThrows(IllegalArgumentException.class, () -> EntityGraph.of(List.of(node("a", "Place"),
                node("a", "Place")), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Edge("x", "a", "b", "party", "party", 1, 1.5));
    }

    @Test
    void edgeIdsAreStableAndDistinguishDirectionAndRelation() {
        assertEquals(Edge.idOf("a", "p", "b"), Edge.idOf("a", "p", "b"));
        assertNotEquals(Edge.idOf("a", "p", "b"), Edge.idOf("b", "p", "a"));
        assertNotEquals(Edge.idOf("a", "p", "b"), Edge.idOf("a", "q", "b"));
        assertTrue(Edge.idOf("a", "p", "b").matches("e[0-9a-f]{16}"));
    }

    @Test
    void nodesAndEdgesComeSortedById() {
        EntityGraph g = chain();
        List<String> ids = g.nodes().stream().map(Node::id).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
        List<String> edgeIds = g.edges().stream().map(Edge::id).toList();
        assertEquals(edgeIds.stream().sorted().toList(), edgeIds);
    }

    @Test
    void datesOfAnyPrecisionBecomeDays() {
        assertEquals(LocalDate.of(2024, 1, 1), GraphDates.start("2024").orElseThrow());
        assertEquals(LocalDate.of(2024, 12, 31), GraphDates.end("2024").orElseThrow());
        assertEquals(LocalDate.of(2024, 2, 1), GraphDates.start("2024-02").orElseThrow());
        assertEquals(LocalDate.of(2024, 2, 29), GraphDates.end("2024-02").orElseThrow());
        assertEquals(LocalDate.of(2024, 11, 7), GraphDates.end("2024-11-07").orElseThrow());
        assertFalse(GraphDates.start("soon").isPresent());
        assertFalse(GraphDates.start("2024-13").isPresent());
        List<String> sorted = List.of("2025", "2024-07", "2024-07-03", "2024").stream().sorted(GraphDates.ORDER)
                .toList();
        assertEquals(List.of("2024", "2024-07", "2024-07-03", "2025"), sorted);
    }
}
