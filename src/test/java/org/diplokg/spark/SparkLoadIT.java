package org.diplokg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.diplokg.TestSupport;
import org.diplokg.cli.Main;
import org.diplokg.ingest.DocumentReader;
import org.diplokg.nlp.NlpConfig;
import org.diplokg.pipeline.BuildJob;
import org.diplokg.pipeline.BuildOptions;
import org.diplokg.pipeline.GraphManifest;
import org.diplokg.pipeline.StoreComparisonAccess;
import org.diplokg.rdf.Iris;
import org.diplokg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spark} on a real Spark {@code local[2]} and {@code load} give, graph by graph, the store {@code build}
 * gives on the same documents: the sample, a file that cannot be read (a manifest entry with its problem; the job
 * goes on), and {@code ../shared/corpus} when it is present. A second load changes nothing.
 */
class SparkLoadIT {
    @TempDir
    Path dir;

    @Test
    void sparkAndLoadGiveTheGraphsOfBuild() throws Exception {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.write(bad.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7});
        List<Path> inputs = new ArrayList<>(List.of(Path.of("sample"), bad));
        if (TestSupport.corpusPresent()) {
            inputs.add(TestSupport.corpus());
        } else {
            System.out.println("../shared/corpus is absent: spark + load compared with build on the sample only");
        }
        Path output = dir.resolve("spark-out");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        long t = System.nanoTime();
        SparkBuild.Summary s;
        try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8)) {
            s = SparkBuild.run(new SparkBuild.Options("local[2]", output.toString(),
                    inputs.stream().map(Path::toString).toList(), Iris.DEFAULT_BASE, false, true,
                    DocumentReader.DEFAULT_MAX_BYTES, 0), out);
        }
        System.out.println(log.toString(StandardCharsets.UTF_8));
        System.out.printf("spark local[2]: %d documents in %.1f s%n", s.documents(), (System.nanoTime() - t) / 1e9);
        assertEquals(1, s.failed(), "the binary file");
        List<GraphManifest.Entry> manifest = GraphManifest.read(output);
        GraphManifest.Entry problem = manifest.stream().filter(e -> !e.ok()).findFirst().orElseThrow();
        assertTrue(problem.problem().contains("binary.txt") && problem.problem().contains("binary file"),
                problem.problem());
        assertTrue(manifest.stream().filter(GraphManifest.Entry::ok).allMatch(e -> e.triples() > 0
                && e.hash().length() == 64 && Files.exists(output.resolve(e.file()))));

        Path loaded = dir.resolve("loaded");
        assertEquals(0, load(loaded, output));
        try (KgStore built = KgStore.open(dir.resolve("built"))) {
            BuildOptions options = new BuildOptions(inputs, Iris.of(Iris.DEFAULT_BASE), 2, false,
                    DocumentReader.DEFAULT_MAX_BYTES, NlpConfig.DEFAULT);
            try (PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
                new BuildJob(built, options, TestSupport::processor, out).run();
            }
            try (KgStore store = KgStore.open(loaded)) {
                StoreComparisonAccess.assertSameGraphs(built, store, "spark + load and build");
                assertEquals(manifest.size() - 1, store.documents().size());
            }
            String again = loadOutput(loaded, output);
            assertTrue(again.contains("documents: 0 added, 0 replaced, " + (manifest.size() - 1) + " unchanged"),
                    again);
            try (KgStore store = KgStore.open(loaded)) {
                StoreComparisonAccess.assertSameGraphs(built, store, "after a second load");
            }
        }
    }

    private static int load(Path store, Path output) {
        StringWriter out = new StringWriter();
        int code = Main.run(new String[] {"load", "--store", store.toString(), output.toString()},
                new PrintWriter(out), new PrintWriter(out));
        System.out.println(out);
        return code;
    }

    private static String loadOutput(Path store, Path output) {
        PrintStream was = System.out;
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        System.setOut(new PrintStream(b, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, load(store, output));
        } finally {
            System.setOut(was);
        }
        String s = b.toString(StandardCharsets.UTF_8);
        System.out.println(s);
        return s;
    }
}
