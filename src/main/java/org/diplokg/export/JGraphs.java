package org.diplokg.export;

import java.util.LinkedHashMap;
import java.util.Map;

import org.diplokg.export.EntityGraph.Edge;
import org.diplokg.export.EntityGraph.Node;
import org.diplokg.export.GraphAttributes.Attribute;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.DefaultAttribute;

/** The entity graph and its attributes as JGraphT's exporters take them. */
final class JGraphs {
    private JGraphs() {
    }

    /** A directed JGraphT graph of the same nodes and edges; parallel edges and self-loops allowed. */
    static Graph<Node, Edge> of(EntityGraph graph) {
        Graph<Node, Edge> g = new DirectedPseudograph<>(null, null, false);
        Map<String, Node> byId = new LinkedHashMap<>();
        for (Node n : graph.nodes()) {
            g.addVertex(n);
            byId.put(n.id(), n);
        }
        for (Edge e : graph.edges()) {
            g.addEdge(byId.get(e.source()), byId.get(e.target()), e);
        }
        return g;
    }

    /** The declared attributes of {@code item} that have a value, typed. */
    static <T> Map<String, org.jgrapht.nio.Attribute> attributes(Iterable<Attribute<T>> declared, EntityGraph graph,
                                                                 T item) {
        Map<String, org.jgrapht.nio.Attribute> out = new LinkedHashMap<>();
        for (Attribute<T> a : declared) {
            Object v = a.of(graph, item);
            if (v instanceof Integer i) {
                out.put(a.name(), DefaultAttribute.createAttribute(i));
            } else if (v instanceof Double d) {
                out.put(a.name(), DefaultAttribute.createAttribute(d));
            } else if (v != null) {
                out.put(a.name(), DefaultAttribute.createAttribute(GraphAttributes.text(v)));
            }
        }
        return out;
    }
}
