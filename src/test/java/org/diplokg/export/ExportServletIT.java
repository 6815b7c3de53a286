package org.diplokg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.rdf.Iris;
import org.diplokg.server.KgServer;
import org.diplokg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code /export/*} on a real Fuseki server (port 0) over the sample store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportServletIT {
    @TempDir
    static Path dir;

    private KgStore store;
    private FusekiServer server;
    private String base;
    private EntityGraph all;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void serve() {
        store = KgStore.open(SampleStore.copyTo(dir.resolve("store")));
        all = EntityGraphReader.read(store.datasetGraph());
        server = KgServer.builder(store.datasetGraph()).port(0).timeoutMillis(1500)
                .servlet("/export/*", new ExportServlet(store.datasetGraph())).build().start();
        base = "http://localhost:" + server.getPort();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    private HttpResponse<byte[]> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(60))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"graphml", "gexf", "cytoscape", "dot", "csv"})
    void graphFormatsHaveTheCountsOfTheStoreAndTheirContentType(ExportFormat f) throws Exception {
        HttpResponse<byte[]> r = get("/export/" + f.name());
        assertEquals(200, r.statusCode(), text(r));
        assertEquals(f.mediaType().replace(" ", ""), r.headers().firstValue("Content-Type").orElse("")
                .replace(" ", "").toLowerCase(java.util.Locale.ROOT));
        assertEquals("attachment; filename=\"diplokg." + f.extension() + "\"",
                r.headers().firstValue("Content-Disposition").orElse(""));
        ExportIT.Counted c = ExportIT.read(f, r.body());
        assertEquals(all.nodes().size(), c.nodes());
        assertEquals(all.edges().size(), c.edges());
    }

    @Test
    void theGraphPageGetsTheNeighbourhoodOfAFocus() throws Exception {
        HttpResponse<byte[]> r = get("/export/cytoscape?focus=" + enc(ExportIT.KENYA) + "&hops=2");
        assertEquals(200, r.statusCode(), text(r));
        EntityGraph expected = all.neighbourhood(ExportIT.KENYA, 2);
        ExportIT.Counted c = ExportIT.read(ExportFormat.cytoscape, r.body());
        assertEquals(expected.nodes().size(), c.nodes());
        assertEquals(expected.edges().size(), c.edges());
        assertTrue(c.nodeIds().contains(ExportIT.KENYA));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("diplokg-kenya-2hops.cyjs"));
        ExportIT.Counted oneHop = ExportIT.read(ExportFormat.cytoscape,
                get("/export/cytoscape?focus=" + enc(ExportIT.KENYA)).body());
        assertEquals(all.neighbourhood(ExportIT.KENYA, 1).nodes().size(), oneHop.nodes(), "hops defaults to 1");
    }

    @Test
    void rdfFormatsParse() throws Exception {
        HttpResponse<byte[]> ttl = get("/export/turtle?focus=" + enc(ExportIT.KENYA));
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(ttl.body())).lang(Lang.TURTLE).parse(m);
        assertEquals("Kenya", m.getResource(ExportIT.KENYA).getProperty(RDFS.label).getString());
        HttpResponse<byte[]> trig = get("/export/trig");
        assertTrue(trig.headers().firstValue("Content-Type").orElse("").startsWith("application/trig"));
        Dataset ds = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(trig.body())).lang(Lang.TRIG).parse(ds);
        assertEquals(4, ds.asDatasetGraph().size());
        HttpResponse<byte[]> jsonld = get("/export/jsonld");
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
    }

    @Test
    void aConstructQueryRunsByGetAndByPost() throws Exception {
        String q = "PREFIX dkg: <https://w3id.org/diplokg/ontology#> CONSTRUCT { ?a dkg:party ?p } WHERE"
                + " { ?a dkg:party ?p }";
        HttpResponse<byte[]> got = get("/export/graphml?query=" + enc(q));
        assertEquals(200, got.statusCode(), text(got));
        ExportIT.Counted c = ExportIT.read(ExportFormat.graphml, got.body());
        long parties = all.edges().stream().filter(e -> e.relation().equals("party")).count();
        assertEquals(parties, c.edges());
        HttpResponse<byte[]> posted = http.send(HttpRequest.newBuilder(URI.create(base + "/export/nquads"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(q))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, posted.statusCode(), text(posted));
        Dataset ds = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(posted.body())).lang(Lang.NQUADS).parse(ds);
        assertEquals(parties, ds.getDefaultModel().size());
    }

    @Test
    void badRequestsGetShortMessages() throws Exception {
        Map<String, Integer> cases = new HashMap<>();
        cases.put("/export/pdf", 404);
        cases.put("/export/", 404);
        cases.put("/export/graphml?focus=" + enc(Iris.DEFAULT_BASE + "country/atlantis"), 404);
        cases.put("/export/graphml?focus=" + enc(ExportIT.KENYA) + "&hops=two", 400);
        cases.put("/export/graphml?focus=" + enc(ExportIT.KENYA) + "&hops=-1", 400);
        cases.put("/export/graphml?hops=2", 400);
        cases.put("/export/turtle?query=" + enc("SELECT * WHERE { ?s ?p ?o }"), 400);
        cases.put("/export/turtle?query=" + enc("CONSTRUCT { ?s ?p"), 400);
        for (Map.Entry<String, Integer> c : cases.entrySet()) {
            HttpResponse<byte[]> r = get(c.getKey());
            assertEquals(c.getValue(), r.statusCode(), c.getKey() + ": " + text(r));
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            assertTrue(text(r).lines().count() == 1 && text(r).length() < 400, text(r));
        }
        assertTrue(text(get("/export/pdf")).contains("graphml, gexf"), "the message lists the formats");
        assertTrue(text(get("/export/graphml?focus=" + enc(Iris.DEFAULT_BASE + "country/atlantis")))
                .contains("country/atlantis"));
    }

    @Test
    void aRunawayQueryMeetsTheServerTimeout() throws Exception {
        String q = "CONSTRUCT { ?a ?b ?c } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        HttpResponse<byte[]> r = get("/export/turtle?query=" + enc(q));
        assertEquals(503, r.statusCode(), text(r));
    }
}
