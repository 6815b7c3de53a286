package org.diplokg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.diplokg.export.EntityGraph.Edge;
import org.diplokg.export.EntityGraph.Node;
import org.diplokg.export.GraphAttributes.Attribute;

/**
 * Two CSV files with the headers of {@code neo4j-admin database import}: {@code nodes.csv}
 * ({@code id:ID,label,:LABEL,class,...}) and {@code edges.csv} ({@code :START_ID,:END_ID,:TYPE,id,...}). Each node
 * gets the labels {@code Entity} and its class; each relationship the relation name as its type. Lists use
 * Neo4j's default array delimiter ";" (a ";" inside a name becomes ","). Quoting follows RFC 4180.
 *
 * <pre>{@code
 * neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv neo4j
 * }</pre>
 */
final class CsvWriter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    void writeNodes(EntityGraph graph, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, FORMAT);
        List<String> header = new ArrayList<>(List.of("id:ID"));
        for (Attribute<Node> a : GraphAttributes.NODE) {
            header.add(column(a));
            if (a.name().equals("label")) {
                header.add(":LABEL");
            }
        }
        csv.printRecord(header);
        for (Node n : graph.nodes()) {
            List<String> row = new ArrayList<>(List.of(n.id()));
            for (Attribute<Node> a : GraphAttributes.NODE) {
                row.add(value(a.of(graph, n)));
                if (a.name().equals("label")) {
                    row.add("Entity;" + n.className());
                }
            }
            csv.printRecord(row);
        }
        csv.flush();
    }

    void writeEdges(EntityGraph graph, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, FORMAT);
        List<String> header = new ArrayList<>(List.of(":START_ID", ":END_ID", ":TYPE", "id"));
        GraphAttributes.EDGE.forEach(a -> header.add(column(a)));
        csv.printRecord(header);
        for (Edge e : graph.edges()) {
            List<String> row = new ArrayList<>(List.of(e.source(), e.target(), e.relation(), e.id()));
            GraphAttributes.EDGE.forEach(a -> row.add(value(a.of(graph, e))));
            csv.printRecord(row);
        }
        csv.flush();
    }

    private static <T> String column(Attribute<T> a) {
        return switch (a.type()) {
            case STRING -> a.name();
            case STRING_LIST -> a.name() + ":string[]";
            case INT -> a.name() + ":int";
            case DOUBLE -> a.name() + ":double";
        };
    }

    private static String value(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> list) {
            StringBuilder sb = new StringBuilder();
            for (Object o : list) {
                sb.append(sb.length() == 0 ? "" : ";").append(String.valueOf(o).replace(';', ','));
            }
            return sb.toString();
        }
        return String.valueOf(v).replaceAll("[\\r\\n]+", " ");
    }
}
