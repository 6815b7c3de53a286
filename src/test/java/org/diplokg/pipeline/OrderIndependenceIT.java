package org.diplokg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.diplokg.TestSupport;
import org.diplokg.ingest.DocumentReader;
import org.diplokg.nlp.NlpConfig;
import org.diplokg.rdf.Iris;
import org.diplokg.rdf.ShaclCheck;
import org.diplokg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store is a function of the set of documents it holds: the sample and our own test documents (which share
 * countries, bodies and series) built at once, and built one at a time in the reverse order, give the same named
 * graphs and the same union, with one label per entity.
 */
class OrderIndependenceIT {
    @TempDir
    Path dir;

    private static List<Path> documents() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path folder : List.of(Path.of("sample"), Path.of("src/test/resources/unseen"))) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    private static void build(KgStore store, List<Path> inputs) {
        BuildOptions options = new BuildOptions(inputs, Iris.of(Iris.DEFAULT_BASE), 2, false,
                DocumentReader.DEFAULT_MAX_BYTES, NlpConfig.DEFAULT);
        try (PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
            BuildSummary s = new BuildJob(store, options, TestSupport::processor, out).run();
            assertEquals(0, s.failed(), "failed: " + s.warnings());
        }
    }

    @Test
    void twoOrdersAndOneAtATimeGiveTheSameStore() throws IOException {
        List<Path> docs = documents();
        assertEquals(12, docs.size());
        try (KgStore fresh = KgStore.open(dir.resolve("fresh"));
             KgStore oneByOne = KgStore.open(dir.resolve("one-by-one"))) {
            build(fresh, docs);
            List<Path> reversed = new ArrayList<>(docs);
            Collections.reverse(reversed);
            for (Path d : reversed) {
                build(oneByOne, List.of(d));
            }
            StoreComparison.assertSameGraphs(fresh, oneByOne, "all at once and one at a time in reverse order");
            assertTrue(new ShaclCheck().violations(oneByOne.unionCopy()).isEmpty(), "one label per entity");
            System.out.printf("order independence: %d graphs, %d quads, %d names kept by documents beside the"
                    + " store's one label%n", StoreComparison.graphNames(fresh).size(), fresh.size(),
                    StoreComparison.documentLabels(fresh));
        }
    }
}
