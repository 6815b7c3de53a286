package org.diplokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplokg.rdf.NIF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-text index beside a real TDB2 store: kept in step with replace and remove, rebuilt when missing. */
class SearchIndexTest {
    private static final String G1 = "http://example.org/document/one";
    private static final String G2 = "http://example.org/document/two";
    private static final String MOU = "http://example.org/agreement/mou";
    private static final String CONV = "http://example.org/agreement/convention";

    @TempDir
    Path dir;

    private static Model doc(String graph, String entity, String label, String alt, String sentence) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(entity).addProperty(RDFS.label, label).addProperty(SKOS.altLabel, alt);
        m.createResource(graph + "#char=0," + sentence.length()).addProperty(NIF.anchorOf, sentence);
        return m;
    }

    private static Set<String> subjects(KgStore store, List<org.apache.jena.rdf.model.Resource> props, String q) {
        return store.search().query(props, q, 100, false).stream().map(h -> h.getNode().getURI())
                .collect(Collectors.toSet());
    }

    private static Set<String> graphs(KgStore store, String q) {
        return store.search().query(List.of(SearchIndex.TEXT), q, 100, false).stream()
                .map(h -> h.getGraph().getURI()).collect(Collectors.toSet());
    }

    private static final List<org.apache.jena.rdf.model.Resource> NAMES = List.of(SearchIndex.LABEL, SearchIndex.ALT);

    @Test
    void replaceAndRemoveLeaveNoStaleEntry() {
        try (KgStore store = KgStore.open(dir)) {
            store.replace(G1, doc(G1, MOU, "Memorandum of Understanding on Fisheries", "MoU",
                    "Kenya and Peru signed a memorandum of understanding on fisheries."));
            store.replace(G2, doc(G2, CONV, "Convention on Migratory Species", "CMS",
                    "The parties adopted the convention on migratory species."));
            assertEquals(Set.of(MOU), subjects(store, NAMES, "memorandum"));
            assertEquals(Set.of(CONV), subjects(store, NAMES, "cms"), "alternative labels are indexed");
            assertEquals(Set.of(G1), graphs(store, "fisheries"));

            // G1 changes: its old words leave the index, its new ones come in.
            store.replace(G1, doc(G1, MOU, "Memorandum on Maritime Security", "MMS",
                    "Kenya and Peru signed a memorandum on maritime security."));
            assertEquals(Set.of(), graphs(store, "fisheries"), "a replaced document leaves no stale entry");
            assertEquals(Set.of(), subjects(store, NAMES, "fisheries"));
            assertEquals(Set.of(G1), graphs(store, "maritime"));
            assertEquals(1, store.search().query(NAMES, "memorandum", 100, false).size(), "one entry, not two");

            store.remove(G1);
            assertEquals(Set.of(), graphs(store, "maritime"), "a pruned document leaves no entry");
            assertEquals(Set.of(), subjects(store, NAMES, "memorandum"));
            assertEquals(Set.of(CONV), subjects(store, NAMES, "convention"));
        }
    }

    @Test
    void phrasesStemmingAndSnippets() {
        try (KgStore store = KgStore.open(dir)) {
            store.replace(G1, doc(G1, MOU, "Memorandum of Understanding", "MoU",
                    "The ministers signed agreements on trade and a joint statement on security."));
            store.replace(G2, doc(G2, CONV, "Convention", "C",
                    "The statement was joint work of the ministers."));
            assertEquals(Set.of(G1, G2), graphs(store, "joint statement"), "words in any order");
            assertEquals(Set.of(G1), graphs(store, "\"joint statement\""), "a phrase in its order only");
            assertEquals(Set.of(G1), graphs(store, "agreement"), "English stemming: agreement finds agreements");
            assertEquals(Set.of(G1), graphs(store, "signing"), "signing finds signed");
            List<TextHit> hl = store.search().query(List.of(SearchIndex.TEXT), "\"joint statement\"", 10, true);
            String snippet = hl.get(0).getLiteral().getLiteralLexicalForm();
            assertTrue(snippet.contains("\u21a6joint statement\u21a4") || snippet.contains("\u21a6joint\u21a4"),
                    snippet);
            // Porter's English stemmer does not fold the Latin plural: printed, not asserted either way.
            System.out.printf("stemming: memoranda -> %s, memorandum -> %s%n",
                    subjects(store, NAMES, "memoranda"), subjects(store, NAMES, "memorandum"));
        }
    }

    @Test
    void sparqlAnswersTextQuery() {
        try (KgStore store = KgStore.open(dir)) {
            store.replace(G1, doc(G1, MOU, "Memorandum of Understanding", "MoU", "A sentence."));
            String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <" + RDFS.getURI() + ">"
                    + " SELECT ?s ?score WHERE { (?s ?score) text:query (rdfs:label 'memorandum') }";
            List<String> found = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                    List<String> out = new java.util.ArrayList<>();
                    qe.execSelect().forEachRemaining(s -> out.add(s.getResource("s").getURI()));
                    return out;
                }
            });
            assertEquals(List.of(MOU), found);
        }
    }

    @Test
    void aStoreWithoutIndexOrWithAnUnfinishedWriteIsIndexedOnOpen() throws IOException {
        try (KgStore store = KgStore.open(dir)) {
            store.replace(G1, doc(G1, MOU, "Memorandum of Understanding", "MoU", "Signed in Nairobi."));
        }
        deleteTree(dir.resolve(SearchIndex.FOLDER));   // as a store built before the index existed
        try (KgStore store = KgStore.open(dir)) {
            assertEquals(Set.of(MOU), subjects(store, NAMES, "memorandum"));
            assertEquals(Set.of(G1), graphs(store, "nairobi"));
            store.search().pending();                    // as a crash between the store's commit and the index's
        }
        try (KgStore store = KgStore.open(dir)) {
            assertFalse(Files.exists(dir.resolve(SearchIndex.FOLDER).resolve("pending")), "rebuilt");
            assertEquals(Set.of(G1), graphs(store, "nairobi"));
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
