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
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

/**
 * Graphviz DOT through JGraphT: quoted IRIs as node ids, every attribute of {@link GraphAttributes} as a DOT
 * attribute (Graphviz ignores the ones it does not know, {@code label} and {@code class} it uses), a fill colour
 * per class.
 */
final class DotWriter implements GraphWriter {
    private static final Map<String, String> COLOURS = Map.of("Organization", "#8dd3c7", "Country", "#ffffb3",
            "Place", "#bebada", "Person", "#fb8072", "Agreement", "#80b1d3", "Event", "#fdb462",
            "EventSeries", "#b3de69");

    @Override
    public void write(EntityGraph graph, OutputStream out) throws IOException {
        DOTExporter<Node, Edge> exporter = new DOTExporter<>(n -> quoted(n.id()));
        exporter.setGraphIdProvider(() -> "diplokg");
        exporter.setVertexAttributeProvider(n -> {
            Map<String, Attribute> m = clean(JGraphs.attributes(GraphAttributes.NODE, graph, n));
            m.put("shape", DefaultAttribute.createAttribute("box"));
            m.put("style", DefaultAttribute.createAttribute("rounded,filled"));
            m.put("fillcolor", DefaultAttribute.createAttribute(COLOURS.getOrDefault(n.className(), "#d9d9d9")));
            return m;
        });
        exporter.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> m = clean(JGraphs.attributes(GraphAttributes.EDGE, graph, e));
            m.put("id", DefaultAttribute.createAttribute(e.id()));
            return m;
        });
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        exporter.exportGraph(JGraphs.of(graph), writer);
        writer.flush();
    }

    /** A DOT quoted string: JGraphT escapes the quotes of attribute values; backslashes and newlines are ours. */
    private static Map<String, Attribute> clean(Map<String, Attribute> in) {
        Map<String, Attribute> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, v.getType() == org.jgrapht.nio.AttributeType.STRING
                ? DefaultAttribute.createAttribute(v.getValue().replace("\\", "\\\\").replaceAll("\\s+", " "))
                : v));
        return out;
    }

    private static String quoted(String id) {
        return '"' + id.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
