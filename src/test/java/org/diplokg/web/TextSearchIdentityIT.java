package org.diplokg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.text.TextHit;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplokg.store.KgStore;
import org.diplokg.store.SearchIndex;
import org.diplokg.store.TextHits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search pages' cheaper path (a searcher kept per index commit, snippets made for the shown sentences only,
 * lookups with their IRIs put in a parsed-once query) answers what the path it replaced answered: jena-text's own
 * query with a reader per query and every hit highlighted, and lookups whose IRIs were written into the query text.
 * The old path is written out here as it was; both run on the sample, built by the real pipeline into TDB2, or on
 * the store named by {@code -Ddiplokg.identity.store=DIR} (e.g. one of {@code ../shared/corpus}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextSearchIdentityIT {
    private static final List<String> NEEDLES = List.of("un", "sco", "memorandum", "kenya", "digital", "forum",
            "ASEAN", " Nairobi ", "2019", "cooperation", "\"joint statement\"", "trade OR investment", "sign*",
            "agreement -trade", "climate change", "the", "de", "(unbalanced", "title:x", "nothing-like-this", "a b c");

    @TempDir
    static Path dir;

    private AutoCloseable open;
    private KgReader reader;
    private SearchIndex index;
    private TextSearch search;

    @BeforeAll
    void start() {
        String other = System.getProperty("diplokg.identity.store");
        KgStore store;
        if (other == null) {
            SiteServer sample = SiteServer.sample(dir.resolve("store"));
            open = sample;
            store = sample.store;
        } else {
            store = KgStore.open(Path.of(other));
            open = store;
        }
        index = store.search();
        reader = LinkedDataSite.builder(store.datasetGraph()).build().reader();
        search = new TextSearch(index, reader);
    }

    @AfterAll
    void stop() throws Exception {
        if (open != null) {
            open.close();
        }
    }

    /** Every hit, its score and values, and every snippet, equal jena-text's own query's, for both kinds of search. */
    @Test
    void hitsAndSnippetsEqualJenaTextsOwnQuery() {
        List<Resource> names = List.of(SearchIndex.LABEL, SearchIndex.ALT, SearchIndex.TITLE);
        List<Resource> text = List.of(SearchIndex.TEXT);
        int compared = 0;
        for (String q : NEEDLES) {
            for (var props : List.of(names, text)) {
                for (String lucene : List.of(q.strip(), TextSearch.luceneQuery(q))) {
                    TextHits mine = index.search(props, lucene, 500);
                    List<TextHit> plain = index.query(props, lucene, 500, false);
                    List<TextHit> marked = index.query(props, lucene, 500, true);
                    assertEquals(plain.size(), mine.hits().size(), lucene);
                    for (int i = 0; i < plain.size(); i++) {
                        assertEquals(render(plain.get(i)), render(mine.hits().get(i)), lucene + " #" + i);
                        String snippet = marked.get(i).getLiteral() == null ? null
                                : marked.get(i).getLiteral().getLiteralLexicalForm();
                        assertEquals(snippet, mine.snippet(i), lucene + " #" + i);
                    }
                    compared += plain.size();
                }
            }
        }
        System.out.println("text search identity: " + compared + " hits and snippets compared");
        assertTrue(compared > 300, compared + " hits compared");
    }

    /** The names and sentences the pages show, item for item and in order, equal the old path's. */
    @Test
    void namesAndSentencesEqualTheOldPath() {
        int names = 0;
        int sentences = 0;
        for (String q : NEEDLES) {
            for (int limit : List.of(10, 100)) {
                List<Catalog.Match> expected = oldNames(q, limit);
                assertEquals(expected, search.names(q, limit), q);
                names += expected.size();
            }
            for (int limit : List.of(5, 50)) {
                List<String> expected = oldSentences(q, limit).stream().map(TextSearchIdentityIT::render).toList();
                assertEquals(expected, search.sentences(q, limit).stream().map(TextSearchIdentityIT::render).toList(),
                        q);
                sentences += expected.size();
            }
        }
        System.out.println("text search identity: " + names + " names, " + sentences + " sentences compared");
        assertTrue(names > 100 && sentences > 80, names + " names, " + sentences + " sentences compared");
    }

    private static String render(TextHit h) {
        return h.getNode() + " " + h.getScore() + " " + h.getLiteral() + " " + h.getGraph() + " " + h.getProp();
    }

    private static String render(TextSearch.SentenceHit s) {
        StringBuilder marks = new StringBuilder();
        s.marks().forEach(m -> marks.append(Arrays.toString(m)));
        return s.sentence() + " | " + s.document() + " | " + s.documentLabel() + " | " + s.snippet() + " | " + marks;
    }

    // The old path, as TextSearch had it.

    private List<Catalog.Match> oldNames(String q, int limit) {
        if (q.isBlank()) {
            return List.of();
        }
        List<TextHit> hits = index.query(List.of(SearchIndex.LABEL, SearchIndex.ALT, SearchIndex.TITLE),
                TextSearch.luceneQuery(q), limit * 4 + 20, false);
        Map<String, TextHit> best = new LinkedHashMap<>();
        for (TextHit h : hits) {
            if (h.getNode().isURI()) {
                best.putIfAbsent(h.getNode().getURI(), h);
            }
        }
        Map<String, String[]> described = new HashMap<>();
        if (!best.isEmpty()) {
            StringBuilder values = new StringBuilder();
            best.keySet().forEach(i -> values.append('<').append(i).append("> "));
            for (Binding row : reader.select("SELECT ?e ?c (COALESCE(?t, ?l) AS ?label) WHERE {"
                    + " VALUES ?e { " + values + "} ?e a ?c ; rdfs:label ?l OPTIONAL { ?e dcterms:title ?t } }")) {
                String e = KgReader.str(row, "e");
                String c = KgReader.str(row, "c");
                if (Kind.ofClassIri(c).isPresent() || !described.containsKey(e)) {
                    described.put(e, new String[] {c, KgReader.str(row, "label")});
                }
            }
        }
        String needle = q.strip().toLowerCase(Locale.ROOT);
        List<Catalog.Match> out = new ArrayList<>();
        int rank = best.size();
        for (var e : best.entrySet()) {
            String[] d = described.get(e.getKey());
            Optional<Kind> kind = d == null ? Optional.empty() : Kind.ofClassIri(d[0]);
            if (kind.isEmpty()) {
                continue;
            }
            String matched = e.getValue().getLiteral() == null ? d[1] : e.getValue().getLiteral().getLiteralLexicalForm();
            int score = matched.toLowerCase(Locale.ROOT).equals(needle) ? 2 * best.size() + rank : rank;
            out.add(new Catalog.Match(e.getKey(), d[1], kind.get(), matched, score));
            rank--;
        }
        return out.stream().sorted(Comparator.comparingInt(Catalog.Match::score).reversed()).limit(limit).toList();
    }

    private List<TextSearch.SentenceHit> oldSentences(String q, int limit) {
        if (q.isBlank()) {
            return List.of();
        }
        List<TextHit> hits = index.query(List.of(SearchIndex.TEXT), q.strip(), limit * 3 + 10, true);
        Map<String, TextHit> best = new LinkedHashMap<>();
        for (TextHit h : hits) {
            String iri = h.getNode().isURI() ? h.getNode().getURI() : null;
            if (iri != null && iri.contains("#") && h.getLiteral() != null) {
                best.putIfAbsent(iri, h);
            }
        }
        Map<String, String[]> docs = new HashMap<>();
        if (!best.isEmpty()) {
            StringBuilder values = new StringBuilder();
            best.keySet().forEach(i -> values.append('<').append(i).append("> "));
            for (Binding row : reader.select("SELECT ?s ?d (COALESCE(?t, ?l, STR(?d)) AS ?label) WHERE {"
                    + " VALUES ?s { " + values + "} ?s a nif:Sentence ; nif:referenceContext/nif:sourceUrl ?d"
                    + " OPTIONAL { ?d dcterms:title ?t } OPTIONAL { ?d rdfs:label ?l } }")) {
                docs.put(KgReader.str(row, "s"), new String[] {KgReader.str(row, "d"), KgReader.str(row, "label")});
            }
        }
        List<TextSearch.SentenceHit> out = new ArrayList<>();
        for (var e : best.entrySet()) {
            String[] d = docs.get(e.getKey());
            if (d == null) {
                continue;
            }
            List<int[]> marks = new ArrayList<>();
            String snippet = TextSearch.unmark(e.getValue().getLiteral().getLiteralLexicalForm(), marks);
            out.add(new TextSearch.SentenceHit(e.getKey(), d[0], d[1], snippet, marks));
            if (out.size() == limit) {
                break;
            }
        }
        return out;
    }
}
