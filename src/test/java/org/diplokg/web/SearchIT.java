package org.diplokg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** Ranked search over the sample, built by the real pipeline into TDB2 and served over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchIT {
    @TempDir
    static Path dir;

    private SiteServer sample;

    @BeforeAll
    void start() {
        sample = SiteServer.sample(dir.resolve("store"));
    }

    @AfterAll
    void stop() {
        if (sample != null) {
            sample.close();
        }
    }

    private Document page(String q) throws Exception {
        return Jsoup.parse(sample.get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).body());
    }

    /**
     * Label search looks through the names read once per store version; it answers what the scan of the store it
     * replaced answered (the same query with the needle as a filter), match for match and in the same order.
     */
    @Test
    @Order(0)
    void labelSearchAnswersAsTheStoreScanDid() {
        Catalog catalog = sample.site.catalog();
        KgReader reader = sample.site.reader();
        int compared = 0;
        for (String q : List.of("un", "sco", "memorandum", "kenya", "digital", "a", "forum", "ASEAN", " Nairobi ",
                "e", "2019", "nothing-like-this")) {
            String needle = q.strip().toLowerCase(Locale.ROOT);
            java.util.Map<String, Catalog.Match> best = new java.util.HashMap<>();
            for (var row : reader.select(
                    "SELECT DISTINCT ?e ?c ?name (COALESCE(?t, ?l) AS ?label) WHERE {"
                    + " ?e rdfs:label|skos:altLabel|dcterms:title ?name FILTER(CONTAINS(LCASE(STR(?name)), ?q))"
                    + " ?e a ?c ; rdfs:label ?l OPTIONAL { ?e dcterms:title ?t } }",
                    java.util.Map.of("q", org.apache.jena.graph.NodeFactory.createLiteralString(needle)))) {
                var kind = Kind.ofClassIri(KgReader.str(row, "c"));
                if (kind.isPresent()) {
                    String name = KgReader.str(row, "name");
                    Catalog.Match m = new Catalog.Match(KgReader.str(row, "e"), KgReader.str(row, "label"), kind.get(),
                            name, Catalog.score(name.toLowerCase(Locale.ROOT), needle));
                    best.merge(m.iri(), m, (a, b) -> a.score() >= b.score() ? a : b);
                }
            }
            List<Catalog.Match> expected = best.values().stream()
                    .sorted(java.util.Comparator.comparingInt(Catalog.Match::score).reversed()
                            .thenComparingInt(m -> m.label().length())
                            .thenComparing(m -> m.label().toLowerCase(Locale.ROOT)))
                    .limit(100).toList();
            assertEquals(expected, catalog.search(q, 100), q);
            compared += expected.size();
        }
        assertTrue(compared > 50, compared + " matches compared");
    }

    @Test
    @Order(1)
    void memorandumFindsTheMemorandaFirstAndTheSentencesWithSnippets() throws Exception {
        Document p = page("memorandum");
        Element first = p.selectFirst("ol.results li");
        assertTrue(first.text().toLowerCase(Locale.ROOT).contains("memorandum"), first.text());
        assertTrue(first.selectFirst("a").attr("href").startsWith("/id/agreement/"), first.toString());
        List<Element> sentences = p.select("ol.sentences li");
        assertFalse(sentences.isEmpty(), "sentences that say it");
        for (Element s : sentences) {
            Element mark = s.selectFirst("blockquote mark");
            assertTrue(mark != null && mark.text().toLowerCase(Locale.ROOT).startsWith("memorand"), s.toString());
            assertTrue(s.selectFirst("a[href^=/id/document/]") != null, "links its document");
        }
    }

    @Test
    @Order(2)
    void aPhraseMatchesInItsOrderAndStemmingFoldsPlurals() throws Exception {
        List<Element> phrase = page("\"joint field trials\"").select("ol.sentences blockquote");
        assertEquals(1, phrase.size(), phrase.toString());
        assertTrue(phrase.get(0).text().contains("joint field trials"));
        assertTrue(page("\"trials field joint\"").select("ol.sentences li").isEmpty(), "order matters in a phrase");
        List<Element> stemmed = page("trial").select("ol.sentences blockquote mark");
        assertTrue(stemmed.stream().anyMatch(m -> m.text().equals("trials")), stemmed.toString());
    }

    @Test
    @Order(3)
    void sparqlAnswersTextQueryOverHttp() throws Exception {
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
                + " SELECT ?s WHERE { ?s text:query (rdfs:label 'memorandum') }";
        var r = sample.get("/kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        JsonArray rows = JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray();
        assertFalse(rows.isEmpty(), r.body());
        assertTrue(rows.get(0).getAsObject().get("s").getAsObject().getString("value").contains("/agreement/"));
    }

    @Test
    @Order(4)
    void searchTimeIsPrinted() throws Exception {
        List<Long> micros = new ArrayList<>();
        for (String q : List.of("memorandum", "kenya", "\"joint field trials\"", "agricultural research", "sco")) {
            for (int i = 0; i < 10; i++) {
                long t0 = System.nanoTime();
                assertEquals(200, sample.get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
                        .statusCode());
                micros.add((System.nanoTime() - t0) / 1000);
            }
        }
        micros.sort(null);
        System.out.printf("search (sample, /search over HTTP, %d requests): median %.1f ms, max %.1f ms%n",
                micros.size(), micros.get(micros.size() / 2) / 1000.0, micros.get(micros.size() - 1) / 1000.0);
    }

    @Test
    @Order(5)
    void aRemovedOrReplacedDocumentLeavesNoStaleHit() throws Exception {
        String doc = sample.store.documents().keySet().stream().filter(d -> d.contains("mou")).findFirst()
                .orElseThrow();
        Model copy = Txn.calculateRead(sample.store.dataset(),
                () -> ModelFactory.createDefaultModel().add(sample.store.dataset().getNamedModel(doc)));
        String slug = "/id/document/" + doc.substring(doc.lastIndexOf('/') + 1);
        assertTrue(page("\"joint field trials\"").select("ol.sentences a[href=" + slug + "]").size() == 1);

        sample.store.remove(doc);
        assertTrue(page("\"joint field trials\"").select("ol.sentences li").isEmpty(), "pruned: no stale hit");
        assertEquals(0, sample.store.search().query(List.of(org.diplokg.store.SearchIndex.TEXT),
                "\"joint field trials\"", 10, false).size());

        sample.store.replace(doc, copy);
        assertEquals(1, page("\"joint field trials\"").select("ol.sentences a[href=" + slug + "]").size());
        sample.store.replace(doc, copy);
        assertEquals(1, page("\"joint field trials\"").select("ol.sentences li").size(), "replaced: no duplicate");
        JsonArray api = JSON.parseAny(sample.get("/api/search?q=memorandum").body()).getAsArray();
        JsonObject top = api.get(0).getAsObject();
        assertEquals("Agreement", top.getString("class"), api.toString());
    }
}
