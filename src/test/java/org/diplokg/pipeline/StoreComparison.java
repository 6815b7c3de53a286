package org.diplokg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.diplokg.store.KgStore;

/** Two stores hold the same graphs: the same named graphs, each isomorphic (Jena), and isomorphic unions. */
final class StoreComparison {
    private StoreComparison() {
    }

    static TreeSet<String> graphNames(KgStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            TreeSet<String> out = new TreeSet<>();
            s.datasetGraph().listGraphNodes().forEachRemaining(n -> out.add(n.getURI()));
            return out;
        });
    }

    static Graph copy(KgStore s, String graph) {
        return Txn.calculateRead(s.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            s.datasetGraph().getGraph(org.apache.jena.graph.NodeFactory.createURI(graph)).find().forEachRemaining(g::add);
            return g;
        });
    }

    static void assertSameGraphs(KgStore expected, KgStore actual, String what) {
        TreeSet<String> names = graphNames(expected);
        assertEquals(names, graphNames(actual), what + ": the same named graphs");
        List<String> differ = new ArrayList<>();
        for (String g : names) {
            Graph a = copy(expected, g);
            Graph b = copy(actual, g);
            if (!a.isIsomorphicWith(b)) {
                differ.add(g + " (" + a.size() + " and " + b.size() + " triples)");
            }
        }
        assertTrue(differ.isEmpty(), what + ": graphs differ: " + differ);
        assertTrue(expected.unionCopy().isIsomorphicWith(actual.unionCopy()), what + ": the union graphs differ");
        assertEquals(expected.size(), actual.size(), what + ": quads");
    }

    /** Quads whose predicate is {@code dkg:documentLabel}: names a document keeps beside the store's one label. */
    static long documentLabels(KgStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            long[] n = {0};
            s.datasetGraph().find(Node.ANY, Node.ANY, org.diplokg.rdf.DKG.documentLabel.asNode(), Node.ANY)
                    .forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }
}
