package org.diplokg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.diplokg.TestSupport;
import org.diplokg.ingest.DocumentReader;
import org.diplokg.nlp.NlpConfig;
import org.diplokg.rdf.Iris;
import org.diplokg.server.KgServer;
import org.diplokg.store.KgStore;
import org.diplokg.store.SearchIndex;
import org.diplokg.web.LinkedDataSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Builds ../shared/corpus into a real TDB2 store on disk (skipped when the corpus is absent). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusBuildIT {
    @TempDir
    static Path dir;

    private Path storeDir;
    private Path corpusCopy;
    private BuildSummary first;
    private String firstOutput;

    private BuildSummary build(List<Path> inputs, boolean prune, ByteArrayOutputStream sink) {
        BuildOptions options = new BuildOptions(inputs, Iris.of(Iris.DEFAULT_BASE), 2, prune,
                DocumentReader.DEFAULT_MAX_BYTES, NlpConfig.DEFAULT);
        try (KgStore store = KgStore.open(storeDir);
             PrintStream out = new PrintStream(sink, true, StandardCharsets.UTF_8)) {
            return new BuildJob(store, options, TestSupport::processor, out).run();
        }
    }

    @BeforeAll
    void buildCorpus() throws Exception {
        assumeTrue(TestSupport.corpusPresent(), "../shared/corpus is absent; skipping the corpus build");
        storeDir = dir.resolve("store");
        corpusCopy = Files.createDirectories(dir.resolve("corpus"));
        try (var files = Files.list(TestSupport.corpus())) {
            for (Path f : files.toList()) {
                Files.copy(f, corpusCopy.resolve(f.getFileName()));
            }
        }
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        first = build(List.of(corpusCopy), false, sink);
        firstOutput = sink.toString(StandardCharsets.UTF_8);
    }

    private long count(String query) {
        try (KgStore store = KgStore.open(storeDir)) {
            return store.counts(query).values().stream().findFirst().orElse(0L);
        }
    }

    private Map<String, Long> graphSizes() {
        try (KgStore store = KgStore.open(storeDir)) {
            return store.counts("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g");
        }
    }

    private long countIn(String identifier, String cls) {
        return count("SELECT ('n' AS ?k) (COUNT(DISTINCT ?e) AS ?n) WHERE { ?d dcterms:identifier '" + identifier
                + "' . ?e dkg:mentionedIn ?d ; a dkg:" + cls + " }");
    }

    @Test
    void everyTopLevelClassIsPresentAndShapesHold() {
        assertEquals(5, first.added(), firstOutput);
        for (Map.Entry<String, Long> e : first.entitiesPerClass().entrySet()) {
            assertTrue(e.getValue() > 0, "no " + e.getKey() + ": " + first.entitiesPerClass());
        }
        assertEquals(List.of(), first.shaclViolations());
        assertTrue(first.skippedParagraphs() > 0, "the machine translation has Chinese paragraphs");
        assertEquals(List.of("004_31a7e07c2a5d6c85.txt"), first.degraded());
    }

    @Test
    void whitePaperYieldsOrganizationsAgreementsAndEvents() {
        String paper = "002_741f77b3309be917.txt";
        assertTrue(countIn(paper, "Organization") >= 40, "organizations: " + countIn(paper, "Organization"));
        assertTrue(countIn(paper, "Agreement") >= 30, "agreements: " + countIn(paper, "Agreement"));
        assertTrue(countIn(paper, "Event") >= 25, "events: " + countIn(paper, "Event"));
        for (String p : List.of("party", "date", "adoptedAt", "issuedBy", "location", "host", "inSeries")) {
            assertTrue(count("SELECT ('n' AS ?k) (COUNT(*) AS ?n) WHERE { ?d dcterms:identifier '" + paper + "' ."
                    + " GRAPH ?d { ?s dkg:" + p + " ?o } }") > 0, "no dkg:" + p + " in the white paper");
        }
    }

    @Test
    void wellKnownBodiesCarryTheirAcronyms() {
        for (String[] pair : new String[][] {{"Asia-Pacific Economic Cooperation", "APEC"},
                {"Shanghai Cooperation Organization", "SCO"}, {"World Intellectual Property Organization", "WIPO"},
                {"World Internet Conference", "WIC"}}) {
            // The World Internet Conference is also an event series ("China has hosted the WIC"), which may carry
            // the acronym as well: one organisation per name is what matters here.
            assertEquals(1, count("SELECT ('n' AS ?k) (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a dkg:Organization ;"
                    + " rdfs:label '" + pair[0] + "'@en ; skos:altLabel '" + pair[1] + "'@en }"), pair[0]);
        }
        assertTrue(count("SELECT ('n' AS ?k) (COUNT(*) AS ?n) WHERE { ?e rdfs:label 'BRICS'@en }") > 0);
        assertEquals(1, count("SELECT ('n' AS ?k) (COUNT(*) AS ?n) WHERE { ?e a dkg:Event ; dkg:ordinal 9 ;"
                + " dkg:inSeries/rdfs:label 'BRICS Summit'@en ; dkg:date ?d }"));
    }

    @Test
    void theSameEntityHasOneIriAcrossDocuments() {
        assertTrue(count("SELECT ('n' AS ?k) (COUNT(DISTINCT ?d) AS ?n) WHERE { "
                + "<http://localhost:3030/id/organization/shanghai-cooperation-organization> dkg:mentionedIn ?d }")
                >= 2);
        assertEquals(0, count("SELECT ('n' AS ?k) (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a dkg:Organization ;"
                + " rdfs:label ?l FILTER(REGEX(?l, '[\\\\u4e00-\\\\u9fff]')) }"), "no Chinese-script names");
    }

    @Test
    void rebuildingIsIdempotentAndAChangedFileReplacesOnlyItsGraph() throws Exception {
        long triples;
        try (KgStore store = KgStore.open(storeDir)) {
            triples = store.size();
        }
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        BuildSummary again = build(List.of(corpusCopy), false, sink);
        assertEquals(5, again.unchanged(), sink.toString(StandardCharsets.UTF_8));
        assertEquals(0, again.added() + again.replaced());
        assertEquals(triples, again.triples());
        Map<String, Long> graphsBefore = graphSizes();
        Path news = corpusCopy.resolve("003_9965f455ec85e5ac.txt");
        String original = Files.readString(news);
        Files.writeString(news, original + "\nIn 2024, Chile and Malaysia signed the Memorandum of Understanding"
                + " on Green Hydrogen Cooperation.\n");
        BuildSummary changed = build(List.of(corpusCopy), false, new ByteArrayOutputStream());
        assertEquals(1, changed.replaced());
        assertEquals(4, changed.unchanged());
        assertTrue(changed.triples() > triples);
        Map<String, Long> graphsAfter = graphSizes();
        for (Map.Entry<String, Long> g : graphsBefore.entrySet()) {
            if (!g.getKey().endsWith("003-9965f455ec85e5ac-txt")) {
                assertEquals(g.getValue(), graphsAfter.get(g.getKey()), "graph " + g.getKey() + " was touched");
            }
        }
        Files.writeString(news, original);
        assertEquals(1, build(List.of(corpusCopy), false, new ByteArrayOutputStream()).replaced());
        assertEquals(graphsBefore, graphSizes(), "restoring the file restores every graph to its size");
    }

    @Test
    void everyCountryCarriesItsAlpha3AndItsWikidataItem() {
        long countries = count("SELECT ('n' AS ?k) (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a dkg:Country }");
        long without = count("SELECT ('n' AS ?k) (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a dkg:Country"
                + " FILTER NOT EXISTS { ?c dkg:isoAlpha3 ?a3 ; owl:sameAs ?wd"
                + " FILTER(STRSTARTS(STR(?wd), 'http://www.wikidata.org/entity/Q')) } }");
        assertTrue(countries >= 10, "countries: " + countries);
        assertEquals(0, without, "countries without alpha-3 or QID");
        assertTrue(count("SELECT ('n' AS ?k) (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a dkg:Place ; geo:lat ?lat ;"
                + " geo:long ?long ; dkg:geonamesId ?id }") >= 3, "places with coordinates and GeoNames ids");
    }

    @Test
    void badInputsAreReportedAndTheBatchGoesOn() throws Exception {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(bad.resolve("empty.txt"), "");
        Files.write(bad.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 5});
        Files.write(bad.resolve("latin1.txt"), "Gen\u00e8ve".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(bad.resolve("notes.docx"), "x");
        Files.writeString(bad.resolve("good.txt"), "In 2021, Peru and Japan signed the Lima Fisheries Agreement.\n");
        long before;
        try (KgStore store = KgStore.open(storeDir)) {
            before = store.size();
        }
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        BuildSummary s = build(List.of(bad, dir.resolve("missing-folder")), false, sink);
        String out = sink.toString(StandardCharsets.UTF_8);
        assertEquals(1, s.added(), out);
        assertEquals(4, s.failed(), out);   // notes.docx is read now, and is not a DOCX
        for (String name : List.of("empty.txt", "binary.txt", "latin1.txt", "notes.docx", "missing-folder")) {
            assertTrue(out.contains(name), name + " is named in: " + out);
        }
        assertTrue(s.triples() > before, "the good file was added and nothing was lost");
    }

    @Test
    void memorandumFindsEveryMemorandumFirst() throws Exception {
        try (KgStore store = KgStore.open(storeDir)) {
            Set<String> memoranda = new HashSet<>();
            String q = org.diplokg.rdf.Prefixes.sparql() + "SELECT DISTINCT ?e WHERE {"
                    + " ?e rdfs:label|skos:altLabel|dcterms:title ?name"
                    + " FILTER(CONTAINS(LCASE(STR(?name)), 'memorandum')) ?e a ?c VALUES ?c { dkg:Organization"
                    + " dkg:Country dkg:Place dkg:Person dkg:Agreement dkg:Event dkg:EventSeries dkg:Document } }";
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                    qe.execSelect().forEachRemaining(r -> memoranda.add(r.getResource("e").getURI()));
                }
            });
            assertFalse(memoranda.isEmpty(), "the corpus names memoranda");
            KgServer.Builder builder = KgServer.builder(store.datasetGraph()).port(0);
            LinkedDataSite.builder(store.datasetGraph()).build().install(builder);
            FusekiServer server = builder.build().start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                URI api = URI.create("http://localhost:" + server.getPort() + "/api/search?q=memorandum&limit=50");
                List<Long> micros = new ArrayList<>();
                String body = null;
                for (int i = 0; i < 20; i++) {
                    long t0 = System.nanoTime();
                    body = http.send(HttpRequest.newBuilder(api).build(), HttpResponse.BodyHandlers.ofString()).body();
                    micros.add((System.nanoTime() - t0) / 1000);
                }
                List<String> ranked = new ArrayList<>();
                JSON.parseAny(body).getAsArray().forEach(v -> ranked.add(v.getAsObject().getString("iri")));
                int n = Math.min(memoranda.size(), 50);
                assertEquals(n == memoranda.size() ? memoranda : Set.copyOf(ranked.subList(0, n)),
                        Set.copyOf(ranked.subList(0, n)), "the memoranda come first: " + ranked);
                assertTrue(memoranda.containsAll(ranked.subList(0, n)), ranked.toString());
                long t0 = System.nanoTime();
                int hits = 0;
                for (int i = 0; i < 20; i++) {
                    hits = store.search().query(List.of(SearchIndex.LABEL, SearchIndex.ALT, SearchIndex.TITLE,
                            SearchIndex.TEXT), "memorandum", 100, true).size();
                }
                micros.sort(null);
                System.out.printf("search (corpus, %d memoranda, %d index entries): /api/search median %.1f ms,"
                                + " max %.1f ms (20 requests); index query alone %.1f ms (%d hits)%n",
                        memoranda.size(), store.search().size(), micros.get(10) / 1000.0,
                        micros.get(19) / 1000.0, (System.nanoTime() - t0) / 20 / 1e6, hits);
            } finally {
                server.stop();
            }
        }
    }
}
