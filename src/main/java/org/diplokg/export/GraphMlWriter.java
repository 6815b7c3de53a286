package org.diplokg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.diplokg.export.EntityGraph.Edge;
import org.diplokg.export.EntityGraph.Node;
import org.diplokg.export.GraphAttributes.Attribute;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * GraphML through JGraphT: a {@code <key>} with {@code attr.name} and {@code attr.type} for every attribute (as
 * Gephi, yEd and NetworkX read them), node and edge {@code label}s, edge ids, directed edges.
 */
final class GraphMlWriter implements GraphWriter {
    @Override
    public void write(EntityGraph graph, OutputStream out) throws IOException {
        GraphMLExporter<Node, Edge> exporter = new GraphMLExporter<>(Node::id);
        // "label" is JGraphT's label feature for both nodes and edges, so each gets its own <key for=...>.
        exporter.setVertexLabelAttributeName("label");
        exporter.setEdgeLabelAttributeName("label");
        exporter.setExportVertexLabels(true);
        exporter.setExportEdgeLabels(true);
        for (Attribute<Node> a : GraphAttributes.NODE) {
            if (!a.name().equals("label")) {
                exporter.registerAttribute(a.name(), AttributeCategory.NODE, type(a.type()));
            }
        }
        for (Attribute<Edge> a : GraphAttributes.EDGE) {
            if (!a.name().equals("label")) {
                exporter.registerAttribute(a.name(), AttributeCategory.EDGE, type(a.type()));
            }
        }
        exporter.setVertexAttributeProvider(n -> attributes(GraphAttributes.NODE, graph, n));
        exporter.setEdgeIdProvider(Edge::id);
        exporter.setEdgeAttributeProvider(e -> attributes(GraphAttributes.EDGE, graph, e));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        exporter.exportGraph(JGraphs.of(graph), writer);
        writer.flush();
    }

    private static AttributeType type(GraphAttributes.Type type) {
        return switch (type) {
            case INT -> AttributeType.INT;
            case DOUBLE -> AttributeType.DOUBLE;
            case STRING, STRING_LIST -> AttributeType.STRING;
        };
    }

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

    /** The entity graph as a JGraphT graph: directed, parallel edges and self-loops allowed. */
    static final class JGraphs {
        private JGraphs() {
        }

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
    }
}
