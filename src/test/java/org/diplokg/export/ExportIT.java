package org.diplokg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.KgException.ConfigException;
import org.diplokg.rdf.DKG;
import org.diplokg.rdf.Iris;
import org.diplokg.store.GraphStats;
import org.diplokg.store.KgStore;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.dot.DOTImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every export format of the sample store (built with the real pipeline), read back by a parser that is not ours:
 * DOM for GraphML and GEXF, Jackson for Cytoscape JSON, JGraphT's DOT parser, Commons CSV, Jena RIOT for RDF.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportIT {
    static final String KENYA = Iris.DEFAULT_BASE + "country/kenya";
    static final String MOU = Iris.DEFAULT_BASE
            + "agreement/memorandum-of-understanding-on-cooperation-in-agricultural-research-and-innovation";
    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";

    @TempDir
    static Path dir;

    private KgStore store;
    private EntityGraph all;

    @BeforeAll
    void openSample() {
        store = KgStore.open(SampleStore.copyTo(dir.resolve("store")));
        all = EntityGraphReader.read(store.datasetGraph());
    }

    @AfterAll
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private Exporter.Builder export() {
        return Exporter.create(store.datasetGraph());
    }

    private static byte[] bytes(Exporter e, ExportFormat f) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        e.write(f, out);
        return out.toByteArray();
    }

    private long count(String query) {
        return store.counts(query.replaceFirst("SELECT ", "SELECT ('n' AS ?k) ")).values().stream().findFirst()
                .orElse(0L);
    }

    /** Nodes and edges as a reader of each graph format sees them. */
    record Counted(int nodes, int edges, Set<String> nodeIds) {
    }

    static Counted read(ExportFormat f, byte[] body) throws Exception {
        return switch (f) {
            case graphml -> {
                Document d = xml(body);
                yield new Counted(d.getElementsByTagNameNS(GRAPHML, "node").getLength(),
                        d.getElementsByTagNameNS(GRAPHML, "edge").getLength(),
                        ids(d.getElementsByTagNameNS(GRAPHML, "node")));
            }
            case gexf -> {
                Document d = xml(body);
                yield new Counted(d.getElementsByTagNameNS(GexfWriter.NAMESPACE, "node").getLength(),
                        d.getElementsByTagNameNS(GexfWriter.NAMESPACE, "edge").getLength(),
                        ids(d.getElementsByTagNameNS(GexfWriter.NAMESPACE, "node")));
            }
            case cytoscape -> {
                JsonNode root = new ObjectMapper().readTree(body);
                Set<String> ids = new HashSet<>();
                root.at("/elements/nodes").forEach(n -> ids.add(n.at("/data/id").asText()));
                yield new Counted(root.at("/elements/nodes").size(), root.at("/elements/edges").size(), ids);
            }
            case dot -> {
                DirectedPseudograph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
                DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
                importer.setVertexFactory(id -> id);
                importer.importGraph(g, new StringReader(new String(body, StandardCharsets.UTF_8)));
                yield new Counted(g.vertexSet().size(), g.edgeSet().size(), g.vertexSet());
            }
            case csv -> {
                Map<String, byte[]> files = ExportServletIT.unzip(body);
                List<CSVRecord> nodes = csv(files.get("nodes.csv"));
                List<CSVRecord> edges = csv(files.get("edges.csv"));
                Set<String> ids = nodes.stream().skip(1).map(r -> r.get(0)).collect(Collectors.toSet());
                yield new Counted(nodes.size() - 1, edges.size() - 1, ids);
            }
            default -> throw new IllegalArgumentException(f + " is not a graph format");
        };
    }

    static Document xml(byte[] body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static Set<String> ids(NodeList nodes) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        return out;
    }

    static List<CSVRecord> csv(byte[] body) throws Exception {
        return CSVParser.parse(new String(body, StandardCharsets.UTF_8), CSVFormat.RFC4180).getRecords();
    }

    @Test
    void theEntityGraphHoldsEveryEntityAndEveryRelationBetweenEntities() {
        GraphStats stats = GraphStats.of(store.datasetGraph());
        assertEquals(stats.entities(), all.nodes().size());
        assertEquals(count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?p), STR(dkg:)))"
                + " FILTER EXISTS { ?s dkg:mentionedIn ?d1 } FILTER EXISTS { ?o dkg:mentionedIn ?d2 } }"),
                all.edges().size());
        EntityGraph.Node kenya = all.node(KENYA).orElseThrow();
        assertEquals("Kenya", kenya.label());
        assertEquals("Country", kenya.className());
        assertEquals(2, kenya.documents());
        assertTrue(kenya.mentions() >= kenya.documents());
        EntityGraph.Node mou = all.node(MOU).orElseThrow();
        assertEquals("Agreement", mou.className());
        assertEquals("2024-03-12", mou.date());
        EntityGraph.Edge party = all.edges().stream()
                .filter(e -> e.source().equals(MOU) && e.target().equals(KENYA)).findFirst().orElseThrow();
        assertEquals("party", party.relation());
        assertTrue(party.evidence() >= 1 && party.confidence() > 0, party.toString());
        assertTrue(all.nodes().stream().noneMatch(n -> n.id().contains("/document/")), "documents are not nodes");
        assertTrue(all.nodes().stream().anyMatch(n -> n.ordinal() > 0), "ordinals become attributes");
        Set<String> relations = all.edges().stream().map(EntityGraph.Edge::relation).collect(Collectors.toSet());
        assertTrue(relations.containsAll(Set.of("party", "adoptedAt", "inSeries", "location")), "" + relations);
        assertTrue(relations.stream().noneMatch(Set.of("date", "endDate", "ordinal", "mentionedIn")::contains));
    }

    @Test
    void countsPerClassAgreeWithTheNamedQuery() throws Exception {
        Map<String, Long> fromQuery = new HashMap<>();
        String q = Files.readString(Path.of("queries/counts-by-class.rq"));
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                qe.execSelect().forEachRemaining(s -> fromQuery.put(s.getLiteral("class").getString(),
                        s.getLiteral("entities").getLong()));
            }
        });
        GraphStats stats = GraphStats.of(store.datasetGraph());
        assertEquals(DKG.ENTITY_CLASSES.size(), stats.classes().size());
        for (GraphStats.ClassCount c : stats.classes()) {
            assertEquals(fromQuery.getOrDefault(c.className(), 0L), c.entities(), c.className());
        }
        assertEquals(4, stats.documents());
        assertEquals(count("SELECT (COUNT(*) AS ?n) WHERE { ?s a rdf:Statement }"), stats.facts());
    }

    @Test
    void everyGraphFormatHasTheSameNodesAndEdges() throws Exception {
        Exporter e = export().build();
        Set<String> expectedIds = all.nodes().stream().map(EntityGraph.Node::id).collect(Collectors.toSet());
        for (ExportFormat f : List.of(ExportFormat.graphml, ExportFormat.gexf, ExportFormat.cytoscape,
                ExportFormat.dot, ExportFormat.csv)) {
            Counted c = read(f, bytes(e, f));
            assertEquals(all.nodes().size(), c.nodes(), f + " nodes");
            assertEquals(all.edges().size(), c.edges(), f + " edges");
            assertEquals(expectedIds, c.nodeIds(), f + " node ids");
        }
    }

    @Test
    void graphMlKeysAreDeclaredAndTyped() throws Exception {
        Document d = xml(bytes(export().build(), ExportFormat.graphml));
        Map<String, Element> keys = new HashMap<>();
        NodeList ks = d.getElementsByTagNameNS(GRAPHML, "key");
        for (int i = 0; i < ks.getLength(); i++) {
            Element k = (Element) ks.item(i);
            assertFalse(k.getAttribute("attr.name").isEmpty());
            assertTrue(Set.of("string", "int", "double").contains(k.getAttribute("attr.type")));
            keys.put(k.getAttribute("id"), k);
        }
        NodeList data = d.getElementsByTagNameNS(GRAPHML, "data");
        Map<String, String> kenya = new HashMap<>();
        for (int i = 0; i < data.getLength(); i++) {
            Element e = (Element) data.item(i);
            assertTrue(keys.containsKey(e.getAttribute("key")), "undeclared key " + e.getAttribute("key"));
            Element owner = (Element) e.getParentNode();
            if (owner.getLocalName().equals("node") && owner.getAttribute("id").equals(KENYA)) {
                kenya.put(keys.get(e.getAttribute("key")).getAttribute("attr.name"), e.getTextContent());
            }
        }
        assertEquals("Kenya", kenya.get("label"));
        assertEquals("Country", kenya.get("class"));
        assertEquals(Integer.toString(all.degree(KENYA)), kenya.get("degree"));
    }

    @Test
    void gexfIsDynamicWithDatesFromTheGraph() throws Exception {
        Document d = xml(bytes(export().build(), ExportFormat.gexf));
        Element root = d.getDocumentElement();
        assertEquals(GexfWriter.NAMESPACE, root.getNamespaceURI());
        assertEquals("1.3", root.getAttribute("version"));
        Element graph = (Element) root.getElementsByTagNameNS(GexfWriter.NAMESPACE, "graph").item(0);
        assertEquals("dynamic", graph.getAttribute("mode"));
        assertEquals("date", graph.getAttribute("timeformat"));
        Set<String> declared = new HashSet<>();
        NodeList attrs = d.getElementsByTagNameNS(GexfWriter.NAMESPACE, "attribute");
        for (int i = 0; i < attrs.getLength(); i++) {
            declared.add(((Element) attrs.item(i)).getAttribute("id"));
        }
        NodeList values = d.getElementsByTagNameNS(GexfWriter.NAMESPACE, "attvalue");
        for (int i = 0; i < values.getLength(); i++) {
            assertTrue(declared.contains(((Element) values.item(i)).getAttribute("for")));
        }
        Map<String, Element> nodes = new HashMap<>();
        NodeList ns = d.getElementsByTagNameNS(GexfWriter.NAMESPACE, "node");
        for (int i = 0; i < ns.getLength(); i++) {
            Element n = (Element) ns.item(i);
            nodes.put(n.getAttribute("id"), n);
        }
        assertEquals("2024-03-12", nodes.get(MOU).getAttribute("start"));
        assertEquals("", nodes.get(KENYA).getAttribute("start"), "countries have no time");
        int timed = 0;
        NodeList edges = d.getElementsByTagNameNS(GexfWriter.NAMESPACE, "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            if (!e.getAttribute("start").isEmpty()) {
                timed++;
                LocalDate start = LocalDate.parse(e.getAttribute("start"));
                for (String end : List.of(e.getAttribute("source"), e.getAttribute("target"))) {
                    String nodeStart = nodes.get(end).getAttribute("start");
                    assertTrue(nodeStart.isEmpty() || !start.isBefore(LocalDate.parse(nodeStart)), "edge "
                            + e.getAttribute("id") + " starts before its node " + end);
                }
                if (!e.getAttribute("end").isEmpty()) {
                    assertFalse(LocalDate.parse(e.getAttribute("end")).isBefore(start));
                }
            }
        }
        assertTrue(timed > 0, "some edges have dates");
    }

    @Test
    void cytoscapeNodesCarryDegreeAndEdgesTheirEvidence() throws Exception {
        JsonNode root = new ObjectMapper().readTree(bytes(export().build(), ExportFormat.cytoscape));
        Map<String, Integer> degree = new HashMap<>();
        for (JsonNode n : root.at("/elements/nodes")) {
            JsonNode data = n.get("data");
            for (String key : List.of("id", "label", "class", "kind", "degree", "documents", "mentions")) {
                assertTrue(data.has(key), key + " missing in " + data);
            }
            degree.put(data.get("id").asText(), data.get("degree").asInt());
        }
        Map<String, Integer> counted = new HashMap<>();
        for (JsonNode e : root.at("/elements/edges")) {
            JsonNode data = e.get("data");
            for (String key : List.of("id", "source", "target", "label", "relation", "evidence", "confidence")) {
                assertTrue(data.has(key), key + " missing in " + data);
            }
            assertTrue(degree.containsKey(data.get("source").asText()) && degree.containsKey(data.get("target")
                    .asText()));
            counted.merge(data.get("source").asText(), 1, Integer::sum);
            counted.merge(data.get("target").asText(), 1, Integer::sum);
        }
        degree.forEach((id, d) -> assertEquals(counted.getOrDefault(id, 0), d, id));
    }

    @Test
    void csvCarriesNeo4jHeadersAndOneRowPerNodeAndEdge() throws Exception {
        ByteArrayOutputStream nodes = new ByteArrayOutputStream();
        ByteArrayOutputStream edges = new ByteArrayOutputStream();
        export().build().writeCsv(nodes, edges);
        List<CSVRecord> n = csv(nodes.toByteArray());
        assertEquals("id:ID", n.get(0).get(0));
        assertTrue(n.get(0).toList().containsAll(List.of("label", ":LABEL", "degree:int")));
        CSVRecord kenya = n.stream().filter(r -> r.get(0).equals(KENYA)).findFirst().orElseThrow();
        assertEquals("Kenya", kenya.get(1));
        assertEquals("Entity;Country", kenya.get(2));
        List<CSVRecord> e = csv(edges.toByteArray());
        assertEquals(List.of(":START_ID", ":END_ID", ":TYPE"), e.get(0).toList().subList(0, 3));
        assertTrue(e.stream().anyMatch(r -> r.get(0).equals(MOU) && r.get(1).equals(KENYA)
                && r.get(2).equals("party")));
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"turtle", "jsonld"})
    void entityDescriptionsParseAndLabelTheEntities(ExportFormat f) throws Exception {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(bytes(export().build(), f)))
                .lang(f == ExportFormat.turtle ? Lang.TURTLE : Lang.JSONLD).parse(m);
        Resource kenya = m.getResource(KENYA);
        assertEquals("Kenya", kenya.getProperty(RDFS.label).getString());
        assertTrue(m.contains(m.getResource(MOU), DKG.party, kenya));
        Set<Resource> subjects = m.listSubjects().toSet();
        assertEquals(all.nodes().size(), subjects.size(), "one description per entity, nothing else");
        // Shared identities, as the identifier table gives them: every country has its alpha-3 and its QID.
        var countries = m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, DKG.Country).toList();
        assertTrue(countries.size() >= 5, countries.toString());
        for (Resource c : countries) {
            var ids = org.diplokg.rdf.Identifiers.bundled().of(org.diplokg.extract.EntityKind.COUNTRY,
                    c.getProperty(RDFS.label).getString()).orElseThrow();
            assertEquals(ids.iso3(), c.getProperty(DKG.isoAlpha3).getString(), c.toString());
            assertTrue(m.contains(c, org.apache.jena.vocabulary.OWL.sameAs,
                    m.getResource("http://www.wikidata.org/entity/" + ids.wikidata())), c.toString());
        }
        Resource geneva = m.getResource(Iris.DEFAULT_BASE + "place/geneva");
        var ids = org.diplokg.rdf.Identifiers.bundled().of(org.diplokg.extract.EntityKind.PLACE, "Geneva")
                .orElseThrow();
        assertEquals(Double.parseDouble(ids.lat()), geneva.getProperty(m.createProperty(
                "http://www.w3.org/2003/01/geo/wgs84_pos#lat")).getDouble(), 1e-9);
        assertTrue(m.contains(geneva, org.apache.jena.vocabulary.OWL.sameAs,
                m.getResource("https://sws.geonames.org/" + ids.geonames() + "/")));
    }

    @Test
    void turtleAndJsonLdCarryTheSameTriples() throws Exception {
        Exporter e = export().build();
        Model ttl = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(bytes(e, ExportFormat.turtle))).lang(Lang.TURTLE).parse(ttl);
        Model jsonld = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(bytes(e, ExportFormat.jsonld))).lang(Lang.JSONLD).parse(jsonld);
        assertTrue(ttl.isIsomorphicWith(jsonld));
        String text = new String(bytes(e, ExportFormat.jsonld), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"@context\"") && text.contains("\"dkg:party\""), "compacted with dkg:");
    }

    @Test
    void trigAndNQuadsCarryEveryDocumentGraph() throws Exception {
        Exporter e = export().build();
        Dataset trig = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes(e, ExportFormat.trig))).lang(Lang.TRIG).parse(trig);
        Dataset nq = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes(e, ExportFormat.nquads))).lang(Lang.NQUADS).parse(nq);
        Set<String> graphs = new HashSet<>();
        trig.asDatasetGraph().listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        assertEquals(store.documents().keySet(), graphs);
        long quads = 0;
        for (var it = trig.asDatasetGraph().find(); it.hasNext(); it.next()) {
            quads++;
        }
        assertEquals(store.size(), quads);
        for (String g : graphs) {
            assertTrue(trig.getNamedModel(g).isIsomorphicWith(nq.getNamedModel(g)), g);
        }
        String doc = Iris.DEFAULT_BASE + "document/02-kenya-vietnam-mou-txt";
        assertTrue(trig.getNamedModel(doc).contains(trig.getNamedModel(doc).getResource(KENYA), RDFS.label,
                "Kenya", "en"));
    }

    @Test
    void aFocusGivesItsNeighbourhoodInEveryFormat() throws Exception {
        Exporter e = export().focus(KENYA, 1).build();
        EntityGraph g = e.graph();
        assertTrue(g.contains(KENYA));
        assertTrue(g.contains(MOU), "the memorandum has Kenya as a party");
        assertTrue(g.nodes().size() < all.nodes().size());
        for (EntityGraph.Node n : g.nodes()) {
            assertTrue(n.id().equals(KENYA) || g.edges().stream().anyMatch(x -> x.source().equals(KENYA)
                    && x.target().equals(n.id()) || x.target().equals(KENYA) && x.source().equals(n.id())),
                    n.id() + " is not a neighbour of Kenya");
        }
        EntityGraph two = export().focus(KENYA, 2).build().graph();
        assertTrue(two.nodes().size() > g.nodes().size());
        assertTrue(two.nodes().containsAll(g.nodes().stream().map(n -> two.node(n.id()).orElseThrow()).toList()));
        assertEquals(1, export().focus(KENYA, 0).build().graph().nodes().size());
        for (ExportFormat f : List.of(ExportFormat.graphml, ExportFormat.gexf, ExportFormat.cytoscape,
                ExportFormat.dot, ExportFormat.csv)) {
            Counted c = read(f, bytes(e, f));
            assertEquals(g.nodes().size(), c.nodes(), f.name());
            assertEquals(g.edges().size(), c.edges(), f.name());
        }
        assertEquals("diplokg-kenya-1hops.graphml", e.fileName(ExportFormat.graphml));
    }

    @Test
    void aFocusedRdfExportNeverPointsOutsideTheNeighbourhood() throws Exception {
        Exporter e = export().focus(KENYA, 1).build();
        Set<String> ids = e.graph().nodes().stream().map(EntityGraph.Node::id).collect(Collectors.toSet());
        Set<String> entities = all.nodes().stream().map(EntityGraph.Node::id).collect(Collectors.toSet());
        Model ttl = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(bytes(e, ExportFormat.turtle))).lang(Lang.TURTLE).parse(ttl);
        assertEquals(ids, ttl.listSubjects().mapWith(Resource::getURI).toSet());
        Dataset trig = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes(e, ExportFormat.trig))).lang(Lang.TRIG).parse(trig);
        Set<String> graphs = new HashSet<>();
        trig.asDatasetGraph().listGraphNodes().forEachRemaining(gn -> graphs.add(gn.getURI()));
        assertTrue(graphs.contains(Iris.DEFAULT_BASE + "document/02-kenya-vietnam-mou-txt"), "" + graphs);
        assertTrue(graphs.size() < 4, "only the documents that mention the neighbourhood: " + graphs);
        for (var it = trig.asDatasetGraph().find(); it.hasNext(); ) {
            Quad q = it.next();
            for (Node n : List.of(q.getSubject(), q.getObject())) {
                assertFalse(n.isURI() && entities.contains(n.getURI()) && !ids.contains(n.getURI()),
                        "points outside the neighbourhood: " + q);
            }
        }
        assertTrue(trig.getNamedModel(Iris.DEFAULT_BASE + "document/02-kenya-vietnam-mou-txt").listSubjectsWithProperty(
                org.apache.jena.vocabulary.RDF.predicate, DKG.party).hasNext(), "evidence of the parties stays");
    }

    @Test
    void aConstructQuerySelectsItsEntitiesAndRelations() throws Exception {
        String parties = "PREFIX dkg: <https://w3id.org/diplokg/ontology#>\n"
                + "CONSTRUCT { ?a dkg:party ?p } WHERE { ?a dkg:party ?p }";
        Exporter e = export().query(parties, "test").build();
        EntityGraph g = e.graph();
        long partyTriples = count("SELECT (COUNT(*) AS ?n) WHERE { ?a dkg:party ?p }");
        assertEquals(partyTriples, g.edges().size());
        assertTrue(g.edges().stream().allMatch(x -> x.relation().equals("party") && x.evidence() >= 1));
        assertTrue(g.contains(KENYA) && g.contains(MOU));
        Model ttl = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(bytes(e, ExportFormat.turtle))).lang(Lang.TURTLE).parse(ttl);
        assertEquals(partyTriples, ttl.size(), "RDF formats write the constructed triples");

        String coParties = "PREFIX dkg: <https://w3id.org/diplokg/ontology#>\n"
                + "CONSTRUCT { ?p <urn:example:coParty> ?q } WHERE { ?a dkg:party ?p , ?q FILTER(STR(?p) < STR(?q)) }";
        EntityGraph made = export().query(coParties, "test").build().graph();
        assertFalse(made.edges().isEmpty());
        assertTrue(made.edges().stream().allMatch(x -> x.relation().equals("coParty") && x.evidence() == 0));
        assertTrue(made.nodes().stream().allMatch(n -> n.className().equals("Country")
                || n.className().equals("Organization") || n.className().equals("Person")),
                "only the parties (countries, bodies, people who signed), not the agreements");
    }

    @Test
    void badSelectionsAreRefusedWithMessagesThatNameThem() {
        UnknownEntityException unknown = assertThrows(UnknownEntityException.class,
                () -> export().focus(Iris.DEFAULT_BASE + "country/atlantis", 1).build());
        assertTrue(unknown.getMessage().contains("country/atlantis"));
        assertThrows(UnknownEntityException.class,
                () -> export().focus(Iris.DEFAULT_BASE + "document/02-kenya-vietnam-mou-txt", 1).build());
        ConfigException select = assertThrows(ConfigException.class,
                () -> export().query("SELECT * WHERE { ?s ?p ?o }", "q.rq"));
        assertTrue(select.getMessage().contains("q.rq") && select.getMessage().contains("CONSTRUCT"),
                select.getMessage());
        ConfigException parse = assertThrows(ConfigException.class, () -> export().query("CONSTRUCT {", "q.rq"));
        assertTrue(parse.getMessage().contains("does not parse"), parse.getMessage());
        assertThrows(ConfigException.class, () -> export().focus(KENYA, -1));
        ConfigException outside = assertThrows(ConfigException.class, () -> export()
                .query("PREFIX dkg: <https://w3id.org/diplokg/ontology#> CONSTRUCT { ?e a dkg:Place } WHERE"
                        + " { ?e a dkg:Place }", "q.rq").focus(KENYA, 1).build());
        assertTrue(outside.getMessage().contains("not among"), outside.getMessage());
    }
}
