package org.diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.diplokg.TestSupport;
import org.diplokg.ingest.DocumentReader;
import org.diplokg.nlp.NlpConfig;
import org.diplokg.pipeline.BuildJob;
import org.diplokg.pipeline.BuildOptions;
import org.diplokg.rdf.Iris;
import org.diplokg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled sample in a real TDB2 store, served by Fuseki on a free port and queried over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerIT {
    @TempDir
    static Path dir;

    private KgStore store;
    private FusekiServer server;
    private String base;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void buildAndServe() {
        store = KgStore.open(dir.resolve("store"));
        BuildOptions options = new BuildOptions(List.of(TestSupport.sample()), Iris.of(Iris.DEFAULT_BASE), 2, false,
                DocumentReader.DEFAULT_MAX_BYTES, NlpConfig.DEFAULT);
        new BuildJob(store, options, TestSupport::processor, new PrintStream(new ByteArrayOutputStream())).run();
        server = KgServer.builder(store.datasetGraph()).port(0).timeoutMillis(1500).build().start();
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

    private HttpResponse<String> select(String query) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/kg/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    private static int rows(HttpResponse<String> response) {
        ResultSet rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(
                response.body().getBytes(StandardCharsets.UTF_8)));
        int n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        return n;
    }

    static Stream<Path> namedQueries() throws Exception {
        return Files.list(Path.of("queries")).filter(p -> p.toString().endsWith(".rq")).sorted();
    }

    @ParameterizedTest
    @MethodSource("namedQueries")
    void everyNamedQueryReturnsRowsOverHttp(Path query) throws Exception {
        HttpResponse<String> r = select(Files.readString(query));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(rows(r) > 0, query + " returned no rows on the sample");
    }

    @Test
    void defaultGraphIsTheUnionOfDocumentGraphs() throws Exception {
        HttpResponse<String> r = select("PREFIX dkg: <https://w3id.org/diplokg/ontology#> "
                + "SELECT ?d WHERE { ?d a dkg:Document }");
        assertEquals(4, rows(r));
    }

    @Test
    void updatesAreRefused() throws Exception {
        String update = "update=" + URLEncoder.encode("INSERT DATA { <urn:x> <urn:y> <urn:z> }",
                StandardCharsets.UTF_8);
        for (String endpoint : List.of("/kg/sparql", "/kg/update", "/kg", "/kg/get")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + endpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() >= 400, endpoint + " accepted an update: " + r.statusCode());
        }
        assertEquals(0, rows(select("SELECT * WHERE { <urn:x> ?p ?o }")), "nothing was written");
    }

    @Test
    void runawayQueryTimesOut() throws Exception {
        HttpResponse<String> r = select("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        assertEquals(503, r.statusCode(), "expected a timeout, got " + r.statusCode() + " " + r.body());
    }

    @Test
    void graphStoreReadOntologyAndUiAreServed() throws Exception {
        HttpResponse<String> g = http.send(HttpRequest.newBuilder(URI.create(base + "/kg/get?graph="
                        + URLEncoder.encode(Iris.DEFAULT_BASE + "document/01-sco-digital-roadmap-txt",
                        StandardCharsets.UTF_8)))
                .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, g.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(g.body(), Lang.TURTLE).parse(m);
        assertTrue(m.size() > 100);
        HttpResponse<String> o = http.send(HttpRequest.newBuilder(URI.create(base + "/ontology")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, o.statusCode());
        assertTrue(o.body().contains("dkg:adoptedAt"));
        HttpResponse<String> ui = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().toLowerCase(java.util.Locale.ROOT).contains("<html"), "the Fuseki UI");
        HttpResponse<String> admin = http.send(HttpRequest.newBuilder(URI.create(base + "/$/datasets"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(admin.statusCode() >= 400, "no admin endpoints");
    }

    @Test
    void contractCheckPasses() throws Exception {
        Path tool = TestSupport.corpus().getParent().resolve("tools/contract-check");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(tool), "contract-check is absent");
        Process p = new ProcessBuilder(tool.toString(), base + "/kg/sparql").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
    }
}
