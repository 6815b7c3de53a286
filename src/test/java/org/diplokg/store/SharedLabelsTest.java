package org.diplokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplokg.rdf.DKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's one label per entity does not depend on the order the document graphs were written in. */
class SharedLabelsTest {
    private static final String LAW = "http://example.org/id/agreement/cybersecurity-law";
    private static final String SCO = "http://example.org/id/organization/sco";

    @TempDir
    Path dir;

    /** A document graph as {@code DocumentGraph} writes it: the entity named as this document names it. */
    private static Model doc(String name, String lawLabel, String... alts) {
        Model m = ModelFactory.createDefaultModel();
        Resource d = m.createResource("http://example.org/id/document/" + name).addProperty(RDF.type, DKG.Document)
                .addProperty(RDFS.label, name);
        Resource law = m.createResource(LAW).addProperty(RDF.type, DKG.Agreement)
                .addProperty(RDFS.label, m.createLiteral(lawLabel, "en")).addProperty(DKG.mentionedIn, d);
        for (String a : alts) {
            law.addProperty(SKOS.altLabel, m.createLiteral(a, "en"));
        }
        m.createResource(SCO).addProperty(RDF.type, DKG.Organization)
                .addProperty(RDFS.label, m.createLiteral("Shanghai Cooperation Organisation", "en"))
                .addProperty(DKG.mentionedIn, d);
        return m;
    }

    private static final Map<String, Model> DOCS = Map.of(
            "a", doc("a", "Cybersecurity Law"),
            "b", doc("b", "Cybersecurity Law of the People's Republic of China", "Cybersecurity Law"),
            "c", doc("c", "Cybersecurity Law of the People's Republic of China"),
            "d", doc("d", "Cybersecurity Law"));

    private static String iri(String name) {
        return "http://example.org/id/document/" + name;
    }

    /** Every quad of the store, as sorted text (the graphs have no blank nodes). */
    private static List<String> quads(KgStore store) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            TreeSet<String> out = new TreeSet<>();
            dsg.find().forEachRemaining(q -> out.add(q.toString()));
            return new ArrayList<>(out);
        });
    }

    private List<String> build(String storeName, List<String> order) {
        try (KgStore store = KgStore.open(dir.resolve(storeName))) {
            for (String n : order) {
                store.replace(iri(n), DOCS.get(n));
            }
            return quads(store);
        }
    }

    private static Set<String> labels(KgStore store) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new TreeSet<>();
            dsg.find(Node.ANY, org.apache.jena.graph.NodeFactory.createURI(LAW), RDFS.label.asNode(), Node.ANY)
                    .forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
            return out;
        });
    }

    @Test
    void anyOrderGivesTheSameStore() {
        List<String> abcd = build("abcd", List.of("a", "b", "c", "d"));
        assertEquals(abcd, build("dcba", List.of("d", "c", "b", "a")));
        assertEquals(abcd, build("cadb", List.of("c", "a", "d", "b")));
    }

    @Test
    void oneLabelChosenOverAllDocumentsAndChosenAgainWhenTheyChange() {
        try (KgStore store = KgStore.open(dir.resolve("s"))) {
            store.replace(iri("a"), DOCS.get("a"));
            store.replace(iri("c"), DOCS.get("c"));
            // a tie of one document each: the longer name
            assertEquals(Set.of("Cybersecurity Law of the People's Republic of China"), labels(store));
            store.replace(iri("d"), DOCS.get("d"));
            // two documents say the short form
            assertEquals(Set.of("Cybersecurity Law"), labels(store));
            store.remove(iri("d"));
            assertEquals(Set.of("Cybersecurity Law of the People's Republic of China"), labels(store));
            store.replace(iri("a"), doc("a", "Cybersecurity Law of the People's Republic of China"));
            assertEquals(Set.of("Cybersecurity Law of the People's Republic of China"), labels(store));
        }
        // the same documents written fresh give the same store as the one changed along the way
        try (KgStore changed = KgStore.open(dir.resolve("s"))) {
            List<String> now = quads(changed);
            changed.close();
            try (KgStore fresh = KgStore.open(dir.resolve("fresh"))) {
                fresh.replace(iri("c"), DOCS.get("c"));
                fresh.replace(iri("a"), doc("a", "Cybersecurity Law of the People's Republic of China"));
                assertEquals(quads(fresh), now);
                assertTrue(quads(fresh).stream().noneMatch(q -> q.contains("documentLabel")),
                        "no document keeps a name of its own once all agree");
            }
        }
    }

    @Test
    void aDocumentThatLostKeepsItsNameAsAlternative() {
        try (KgStore store = KgStore.open(dir.resolve("s"))) {
            store.replace(iri("a"), DOCS.get("a"));
            store.replace(iri("b"), DOCS.get("b"));
            store.replace(iri("c"), DOCS.get("c"));
            DatasetGraph dsg = store.datasetGraph();
            Txn.executeRead(dsg, () -> {
                Node a = org.apache.jena.graph.NodeFactory.createURI(iri("a"));
                Node law = org.apache.jena.graph.NodeFactory.createURI(LAW);
                assertTrue(dsg.contains(a, law, DKG.documentLabel.asNode(),
                        org.apache.jena.graph.NodeFactory.createLiteralLang("Cybersecurity Law", "en")));
                assertTrue(dsg.contains(a, law, SKOS.altLabel.asNode(),
                        org.apache.jena.graph.NodeFactory.createLiteralLang("Cybersecurity Law", "en")));
            });
        }
    }
}
