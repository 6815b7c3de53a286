package org.diplokg.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.diplokg.TestSupport;
import org.diplokg.ingest.DocumentReader;
import org.diplokg.nlp.NlpConfig;
import org.diplokg.pipeline.BuildJob;
import org.diplokg.pipeline.BuildOptions;
import org.diplokg.rdf.Iris;
import org.diplokg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of {@code serve --watch} at random points of the live ingest (a fixed seed): after each kill the store
 * opens with whole documents only (each graph equal to its graph in a clean build), and once a restarted server
 * has finished, the store equals a clean {@code build} of the folder. {@code -Ddiplokg.crash.kills=5} kills five
 * times (default 2, to keep the run short: every restart loads the models again).
 */
class CrashRecoveryIT {
    private static final int DOCS = 10;
    private static final int KILLS = Integer.getInteger("diplokg.crash.kills", 2);
    private static final long SEED = Long.getLong("diplokg.crash.seed", 13);
    private static final Pattern MODELS = Pattern.compile("CoreNLP models loaded");

    @TempDir
    Path dir;

    @Test
    void killedAtRandomPointsTheStoreEndsAsACleanBuild() throws Exception {
        Path in = dir.resolve("in");
        LiveDocs.write(in, 0, DOCS);
        Path clean = dir.resolve("clean");
        try (KgStore store = KgStore.open(clean)) {
            BuildOptions options = new BuildOptions(List.of(in), Iris.of(Iris.DEFAULT_BASE), 1, false,
                    DocumentReader.DEFAULT_MAX_BYTES, NlpConfig.DEFAULT);
            new BuildJob(store, options, TestSupport::processor, new PrintStream(new ByteArrayOutputStream())).run();
        }
        Path live = dir.resolve("live");
        Random random = new Random(SEED);
        List<String> report = new ArrayList<>();
        int committed = 0;
        for (int k = 0; k < KILLS && committed < DOCS - 1; k++) {
            int after = random.nextInt(Math.min(3, DOCS - 1 - committed));
            int delayMs = random.nextInt(900);
            try (ServeProcess serve = ServeProcess.start(live, "--watch", in.toString())) {
                serve.awaitLine(MODELS, Duration.ofSeconds(120));
                for (int i = 0; i < after; i++) {
                    serve.awaitLine(nth(i + 1), Duration.ofSeconds(60));
                }
                Thread.sleep(delayMs);
                serve.kill9();
            }
            int whole = wholeDocuments(live, clean);
            report.add(String.format("kill %d, %d ms after commit %d of this run: %d whole documents", k + 1, delayMs,
                    after, whole));
            assertTrue(whole >= committed, "a kill never loses a committed document");
            committed = whole;
        }
        try (ServeProcess serve = ServeProcess.start(live, "--watch", in.toString())) {
            serve.awaitStatus(ServeProcess.idleWith(DOCS - committed), Duration.ofSeconds(180));
        }
        report.forEach(r -> System.out.println("crash recovery: " + r));
        assertEquals(DOCS, wholeDocuments(live, clean), "after the restart the store equals a clean build");
        System.out.println("crash recovery: after the restart the store equals a clean build (" + DOCS
                + " documents)");
    }

    /** The n-th "[i/N] added" line printed by this run (lines are counted from the start of its output). */
    private static Pattern nth(int n) {
        return Pattern.compile("^\\[" + n + "/\\d+\\] (added|replaced) ");
    }

    /**
     * Opens the live store and checks that it holds only graphs of the clean build, each equal to the clean
     * build's; returns how many it holds.
     */
    private static int wholeDocuments(Path live, Path clean) {
        try (KgStore a = KgStore.open(live); KgStore b = KgStore.open(clean)) {
            Dataset got = a.dataset();
            Dataset want = b.dataset();
            TreeSet<String> names = Txn.calculateRead(got, () -> {
                TreeSet<String> s = new TreeSet<>();
                got.listNames().forEachRemaining(s::add);
                return s;
            });
            TreeSet<String> all = Txn.calculateRead(want, () -> {
                TreeSet<String> s = new TreeSet<>();
                want.listNames().forEachRemaining(s::add);
                return s;
            });
            assertEquals(DOCS, all.size(), "the clean build holds every document");
            assertTrue(all.containsAll(names), "only documents of the folder: " + names);
            // Written in path order, so the graphs present are the first ones of the clean build's order.
            assertEquals(new ArrayList<>(all).subList(0, names.size()), new ArrayList<>(names));
            for (String g : names) {
                boolean same = Txn.calculateRead(got, () -> Txn.calculateRead(want,
                        () -> got.getNamedModel(g).isIsomorphicWith(want.getNamedModel(g))));
                assertTrue(same, g + " is whole and equal to its clean build");
            }
            return names.size();
        }
    }
}
