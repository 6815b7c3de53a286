package org.diplokg.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.diplokg.TestSupport;
import org.diplokg.ingest.DocumentReader;
import org.diplokg.nlp.NlpConfig;
import org.diplokg.pipeline.BuildJob;
import org.diplokg.pipeline.BuildOptions;
import org.diplokg.rdf.Iris;
import org.diplokg.store.KgStore;

/**
 * The bundled sample built once per test JVM with the real pipeline into a closed TDB2 store; each test class
 * takes its own copy, so one test's open store never holds another's lock.
 */
public final class SampleStore {
    private static Path built;

    private SampleStore() {
    }

    /** Copies the sample store to {@code target} (a new folder) and returns it. */
    public static synchronized Path copyTo(Path target) {
        try {
            if (built == null) {
                Path dir = Files.createTempDirectory("diplokg-sample-store");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                try (KgStore store = KgStore.open(dir)) {
                    BuildOptions options = new BuildOptions(List.of(TestSupport.sample()), Iris.of(Iris.DEFAULT_BASE),
                            2, false, DocumentReader.DEFAULT_MAX_BYTES, NlpConfig.DEFAULT);
                    new BuildJob(store, options, TestSupport::processor,
                            new PrintStream(new ByteArrayOutputStream())).run();
                }
                built = dir;
            }
            Files.createDirectories(target);
            try (Stream<Path> files = Files.walk(built)) {
                for (Path f : files.toList()) {
                    Path to = target.resolve(built.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else if (!f.getFileName().toString().equals("tdb.lock")) {
                        Files.copy(f, to);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // A temporary folder left behind is not worth failing the run for.
        }
    }
}
