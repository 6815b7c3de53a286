package org.diplokg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplokg.TestSupport;
import org.diplokg.extract.Gazetteer;
import org.diplokg.ingest.DocumentReader;
import org.diplokg.nlp.NlpConfig;
import org.diplokg.nlp.NlpPipeline;
import org.diplokg.rdf.Iris;
import org.diplokg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One document's sentences annotated in batches on two threads give the same graphs as one thread: every named
 * graph of the two stores is isomorphic (same triples up to blank nodes).
 */
class ThreadedAnnotationIT {
    @TempDir
    Path dir;

    private List<Path> inputs() {
        List<Path> in = new ArrayList<>(List.of(TestSupport.sample()));
        if (TestSupport.corpusPresent()) {
            // a news report and a long report (hundreds of sentences in eight batches)
            in.add(TestSupport.corpus().resolve("003_9965f455ec85e5ac.txt"));
            in.add(TestSupport.corpus().resolve("001_fe6b29a04fc2fbb4.txt"));
        }
        return in;
    }

    private Path build(String name, NlpConfig nlp, int documentThreads) {
        Path storeDir = dir.resolve(name);
        BuildOptions options = new BuildOptions(inputs(), Iris.of(Iris.DEFAULT_BASE), documentThreads, false,
                DocumentReader.DEFAULT_MAX_BYTES, nlp);
        Processor p = new Processor(NlpPipeline.create(nlp), Gazetteer.load());
        try (KgStore store = KgStore.open(storeDir);
             PrintStream out = new PrintStream(OutputStream.nullOutputStream())) {
            BuildSummary s = new BuildJob(store, options, () -> p, out).run();
            assertEquals(0, s.failed(), s.warnings().toString());
        }
        return storeDir;
    }

    @Test
    void twoThreadsOnOneDocumentGiveTheSameGraphs() {
        Path one = build("one", NlpConfig.DEFAULT, 1);
        Path two = build("two", NlpConfig.DEFAULT.withThreads(2), 1);
        assertIsomorphic(one, two);
    }

    private static void assertIsomorphic(Path a, Path b) {
        try (KgStore sa = KgStore.open(a); KgStore sb = KgStore.open(b)) {
            DatasetGraph ga = sa.datasetGraph();
            DatasetGraph gb = sb.datasetGraph();
            Txn.executeRead(ga, () -> Txn.executeRead(gb, () -> {
                Set<String> names = names(ga);
                assertEquals(names, names(gb), "the same document graphs");
                assertTrue(names.size() >= 4, names.toString());
                for (String n : names) {
                    Graph x = ga.getGraph(org.apache.jena.graph.NodeFactory.createURI(n));
                    Graph y = gb.getGraph(org.apache.jena.graph.NodeFactory.createURI(n));
                    assertTrue(x.size() > 0, n);
                    assertEquals(x.size(), y.size(), "triples in " + n);
                    assertTrue(x.isIsomorphicWith(y), n + " differs between " + a.getFileName() + " and "
                            + b.getFileName());
                }
            }));
        }
    }

    private static Set<String> names(DatasetGraph g) {
        Set<String> out = new TreeSet<>();
        for (Iterator<Node> it = g.listGraphNodes(); it.hasNext(); ) {
            out.add(it.next().getURI());
        }
        return out;
    }
}
