package org.diplokg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.diplokg.export.EntityGraph.Edge;
import org.diplokg.export.EntityGraph.Node;
import org.diplokg.export.GraphAttributes.Attribute;

/**
 * Cytoscape.js JSON, the shape {@code cy.add()} and Cytoscape desktop read:
 * <pre>{@code
 * {"data": {"name": "DiploKG"}, "directed": true, "multigraph": true,
 *  "elements": {
 *   "nodes": [{"data": {"id": IRI, "label", "class", "kind", "altLabels"?: [...], "date"?, "endDate"?, "ordinal"?,
 *                       "documents", "mentions", "degree"}}],
 *   "edges": [{"data": {"id", "source": IRI, "target": IRI, "label", "relation", "evidence", "confidence"}}]}}
 * }</pre>
 * Keys marked ? are left out when the entity has no such value. Cytoscape desktop takes {@code data.name} as the
 * network's name. Edge ids are stable, so a page that adds the
 * neighbourhoods of several nodes can merge them by id.
 */
final class CytoscapeWriter implements GraphWriter {
    @Override
    public void write(EntityGraph graph, OutputStream out) throws IOException {
        JsonArray nodes = new JsonArray();
        for (Node n : graph.nodes()) {
            JsonObject data = new JsonObject();
            data.put("id", n.id());
            put(data, GraphAttributes.NODE, graph, n);
            nodes.add(element(data));
        }
        JsonArray edges = new JsonArray();
        for (Edge e : graph.edges()) {
            JsonObject data = new JsonObject();
            data.put("id", e.id());
            data.put("source", e.source());
            data.put("target", e.target());
            put(data, GraphAttributes.EDGE, graph, e);
            edges.add(element(data));
        }
        JsonObject elements = new JsonObject();
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        JsonObject root = new JsonObject();
        JsonObject about = new JsonObject();
        about.put("name", "DiploKG");
        root.put("data", about);
        root.put("directed", true);
        root.put("multigraph", true);
        root.put("elements", elements);
        out.write(JSON.toStringFlat(root).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        out.flush();
    }

    private static JsonObject element(JsonObject data) {
        JsonObject o = new JsonObject();
        o.put("data", data);
        return o;
    }

    private static <T> void put(JsonObject data, List<Attribute<T>> attributes, EntityGraph graph, T item) {
        for (Attribute<T> a : attributes) {
            Object v = a.of(graph, item);
            if (v != null) {
                data.put(a.name(), json(v));
            }
        }
    }

    private static JsonValue json(Object v) {
        if (v instanceof Integer i) {
            return JsonNumber.value(i);
        }
        if (v instanceof Double d) {
            return JsonNumber.value(d);
        }
        if (v instanceof List<?> list) {
            JsonArray a = new JsonArray();
            list.forEach(o -> a.add(new JsonString(String.valueOf(o))));
            return a;
        }
        return new JsonString(String.valueOf(v));
    }
}
