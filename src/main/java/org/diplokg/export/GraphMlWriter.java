package org.diplokg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.diplokg.export.EntityGraph.Edge;
import org.diplokg.export.EntityGraph.Node;
import org.diplokg.export.GraphAttributes.Attribute;
import org.jgrapht.nio.AttributeType;
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
        exporter.setVertexAttributeProvider(n -> JGraphs.attributes(GraphAttributes.NODE, graph, n));
        exporter.setEdgeIdProvider(Edge::id);
        exporter.setEdgeAttributeProvider(e -> JGraphs.attributes(GraphAttributes.EDGE, graph, e));
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
}
