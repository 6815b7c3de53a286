package org.diplokg.export;

import java.util.List;
import java.util.function.BiFunction;

import org.diplokg.export.EntityGraph.Edge;
import org.diplokg.export.EntityGraph.Node;

/**
 * The attributes every graph format writes for nodes and edges, declared once so GraphML, GEXF, Cytoscape JSON,
 * DOT and CSV carry the same names and types. Node ids are entity IRIs; edge ids are {@link Edge#idOf} hashes.
 */
final class GraphAttributes {
    /** Attribute types; each writer maps them to its own type names. */
    enum Type { STRING, STRING_LIST, INT, DOUBLE }

    /**
     * One attribute.
     *
     * @param value its value for an item of a graph: a String, a {@code List<String>}, an Integer or a Double;
     *              null when the item has none (no date, no ordinal, no alternative labels)
     */
    record Attribute<T>(String name, Type type, BiFunction<EntityGraph, T, Object> value) {
        Object of(EntityGraph graph, T item) {
            return value.apply(graph, item);
        }
    }

    static final List<Attribute<Node>> NODE = List.of(
            new Attribute<>("label", Type.STRING, (g, n) -> n.label()),
            new Attribute<>("class", Type.STRING, (g, n) -> n.className()),
            new Attribute<>("kind", Type.STRING, (g, n) -> n.kind()),
            new Attribute<>("altLabels", Type.STRING_LIST, (g, n) -> n.altLabels().isEmpty() ? null : n.altLabels()),
            new Attribute<>("date", Type.STRING, (g, n) -> n.date().isEmpty() ? null : n.date()),
            new Attribute<>("endDate", Type.STRING, (g, n) -> n.endDate().isEmpty() ? null : n.endDate()),
            new Attribute<>("ordinal", Type.INT, (g, n) -> n.ordinal() == 0 ? null : n.ordinal()),
            new Attribute<>("documents", Type.INT, (g, n) -> n.documents()),
            new Attribute<>("mentions", Type.INT, (g, n) -> n.mentions()),
            new Attribute<>("degree", Type.INT, (g, n) -> g.degree(n.id())));

    static final List<Attribute<Edge>> EDGE = List.of(
            new Attribute<>("label", Type.STRING, (g, e) -> e.label()),
            new Attribute<>("relation", Type.STRING, (g, e) -> e.relation()),
            new Attribute<>("evidence", Type.INT, (g, e) -> e.evidence()),
            new Attribute<>("confidence", Type.DOUBLE, (g, e) -> e.confidence()));

    private GraphAttributes() {
    }

    /** A value as text; lists joined with " | " for formats without lists. */
    static String text(Object value) {
        if (value instanceof List<?> list) {
            StringBuilder sb = new StringBuilder();
            for (Object o : list) {
                sb.append(sb.length() == 0 ? "" : " | ").append(o);
            }
            return sb.toString();
        }
        return String.valueOf(value);
    }
}
