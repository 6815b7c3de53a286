package org.diplokg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.diplokg.export.EntityGraph.Edge;
import org.diplokg.export.EntityGraph.Node;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.dot.DOTImporter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Names that need escaping survive every graph format, read back by an independent parser. */
class GraphWritersTest {
    private static final String NASTY = "Ministry of \"ICT\" & <Innovation>; Rwanda, East\\Africa";
    private static final String A = "http://example.org/id/1/organization-a";
    private static final String B = "http://example.org/id/2/event-b";

    private static EntityGraph graph() {
        Node a = new Node(A, NASTY, "Organization", "ministry", List.of("MINICT; Kigali", "M, I"), "", "", 0, 2, 5);
        Node b = new Node(B, "Fourth Forum\non Skills", "Event", "forum", List.of(), "2024-04-29", "2024-05-01", 4,
                1, 1);
        Edge host = new Edge(Edge.idOf(B, "https://w3id.org/diplokg/ontology#host", A), B, A, "host", "host", 2,
                0.85);
        return EntityGraph.of(List.of(a, b), List.of(host));
    }

    private static byte[] write(GraphWriter writer) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(graph(), out);
        return out.toByteArray();
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    @Test
    void graphMlDeclaresTypedKeysAndKeepsNames() throws Exception {
        Document doc = xml(write(new GraphMlWriter()));
        String ns = "http://graphml.graphdrawing.org/xmlns";
        assertEquals(ns, doc.getDocumentElement().getNamespaceURI());
        Map<String, String> keyNames = new HashMap<>();
        NodeList keys = doc.getElementsByTagNameNS(ns, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            assertTrue(List.of("string", "int", "double").contains(k.getAttribute("attr.type")), k.getAttribute("id"));
            keyNames.put(k.getAttribute("id"), k.getAttribute("for") + ":" + k.getAttribute("attr.name"));
        }
        Map<String, String> nodeA = new HashMap<>();
        NodeList data = ((Element) doc.getElementsByTagNameNS(ns, "node").item(0)).getElementsByTagNameNS(ns, "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            nodeA.put(keyNames.get(d.getAttribute("key")), d.getTextContent());
        }
        assertEquals(NASTY, nodeA.get("node:label"));
        assertEquals("MINICT; Kigali | M, I", nodeA.get("node:altLabels"));
        assertEquals("1", nodeA.get("node:degree"));
        Element edge = (Element) doc.getElementsByTagNameNS(ns, "edge").item(0);
        assertEquals(B, edge.getAttribute("source"));
        assertTrue(keyNames.containsValue("edge:label") && keyNames.containsValue("edge:confidence"), "" + keyNames);
    }

    @Test
    void gexfHasTheTimeOfTheEvent() throws Exception {
        Document doc = xml(write(new GexfWriter()));
        String ns = GexfWriter.NAMESPACE;
        assertEquals("1.3", doc.getDocumentElement().getAttribute("version"));
        NodeList nodes = doc.getElementsByTagNameNS(ns, "node");
        Element a = (Element) nodes.item(0);
        Element b = (Element) nodes.item(1);
        assertEquals(NASTY, a.getAttribute("label"));
        assertEquals("", a.getAttribute("start"), "an organization has no time");
        assertEquals("2024-04-29", b.getAttribute("start"));
        assertEquals("2024-05-01", b.getAttribute("end"));
        Element edge = (Element) doc.getElementsByTagNameNS(ns, "edge").item(0);
        assertEquals("2024-04-29", edge.getAttribute("start"), "an edge lives while both ends do");
        assertEquals("host", edge.getAttribute("kind"));
    }

    @Test
    void cytoscapeJsonKeepsNamesListsAndNumbers() throws Exception {
        JsonNode root = new ObjectMapper().readTree(write(new CytoscapeWriter()));
        JsonNode a = root.at("/elements/nodes/0/data");
        assertEquals(A, a.get("id").asText());
        assertEquals(NASTY, a.get("label").asText());
        assertEquals("MINICT; Kigali", a.get("altLabels").get(0).asText());
        assertEquals(1, a.get("degree").asInt());
        assertTrue(a.get("date") == null, "no date key without a date");
        JsonNode b = root.at("/elements/nodes/1/data");
        assertEquals("2024-04-29", b.get("date").asText());
        assertEquals(4, b.get("ordinal").asInt());
        JsonNode e = root.at("/elements/edges/0/data");
        assertEquals(0.85, e.get("confidence").asDouble(), 1e-9);
        assertEquals(2, e.get("evidence").asInt());
        assertEquals("host", e.get("relation").asText());
    }

    @Test
    void csvHasNeo4jHeadersAndQuotesWhatNeedsIt() throws Exception {
        CsvWriter w = new CsvWriter();
        ByteArrayOutputStream nodes = new ByteArrayOutputStream();
        ByteArrayOutputStream edges = new ByteArrayOutputStream();
        w.writeNodes(graph(), nodes);
        w.writeEdges(graph(), edges);
        List<CSVRecord> n = CSVParser.parse(nodes.toString(StandardCharsets.UTF_8), CSVFormat.RFC4180).getRecords();
        assertEquals(List.of("id:ID", "label", ":LABEL", "class", "kind", "altLabels:string[]", "date", "endDate",
                "ordinal:int", "documents:int", "mentions:int", "degree:int"), n.get(0).toList());
        assertEquals(NASTY, n.get(1).get(1));
        assertEquals("Entity;Organization", n.get(1).get(2));
        assertEquals("MINICT, Kigali;M, I", n.get(1).get(5), "';' is the array delimiter");
        assertEquals("Fourth Forum on Skills", n.get(2).get(1), "no line breaks inside a field");
        List<CSVRecord> e = CSVParser.parse(edges.toString(StandardCharsets.UTF_8), CSVFormat.RFC4180).getRecords();
        assertEquals(List.of(":START_ID", ":END_ID", ":TYPE", "id", "label", "relation", "evidence:int",
                "confidence:double"), e.get(0).toList());
        assertEquals(List.of(B, A, "host"), e.get(1).toList().subList(0, 3));
    }

    @Test
    void dotParsesBackWithQuotedIrisAndLabels() throws Exception {
        String dot = new String(write(new DotWriter()), StandardCharsets.UTF_8);
        DirectedPseudograph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        Map<String, String> labels = new HashMap<>();
        importer.addVertexAttributeConsumer((p, attr) -> {
            if (p.getSecond().equals("label")) {
                labels.put(p.getFirst(), attr.getValue());
            }
        });
        importer.importGraph(g, new StringReader(dot));
        assertEquals(2, g.vertexSet().size());
        assertEquals(1, g.edgeSet().size());
        assertTrue(g.containsEdge(B, A));
        assertEquals(NASTY.replace("\\", "\\\\"), labels.get(A), "DOT keeps escapes in the value: " + dot);
    }
}
