package org.diplokg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.diplokg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/diplokg}, the launcher with the faster JVM settings: its first build prepares the class-data archive,
 * later runs map it (with {@code -Xshare:on} the JVM refuses to start when it cannot), and the graphs it builds are
 * the graphs {@code java -jar} builds.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("bin", "diplokg");
    private static final Path JAR = Path.of("target", "diplokg.jar");

    @TempDir
    Path dir;

    private record Run(int code, String output) {
    }

    private Run run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }

    private Map<String, String> env(Path cache, String javaOpts) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return Map.of("DIPLOKG_CACHE", cache.toString(), "DIPLOKG_JAVA", java, "DIPLOKG_HEAP", "3g",
                "JAVA_OPTS", javaOpts);
    }

    private List<String> launcher(String... args) {
        List<String> cmd = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    @Test
    void preparesTheArchiveOnceMapsItAndBuildsTheSameGraphsAsJavaJar() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
                "bash is needed to run bin/diplokg");
        assertTrue(Files.isRegularFile(JAR), "the packaged jar, made before the integration tests");
        Path cache = dir.resolve("cache");

        Run first = run(launcher("build", "--store", dir.resolve("first").toString(), "sample"), env(cache, ""));
        assertEquals(0, first.code(), first.output());
        assertTrue(first.output().contains("preparing the start-up archive"), first.output());
        List<Path> archives = files(cache);
        assertEquals(1, archives.size(), "one archive, no temporary file left: " + archives);
        assertTrue(archives.get(0).getFileName().toString().endsWith(".jsa"), archives.toString());
        assertTrue(Files.size(archives.get(0)) > 1_000_000, "the archive holds the classes a build loads");

        // The JVM falls back to loading from the jar when an archive does not map, even with -Xshare:on (the base
        // archive of the JDK still maps), so what the class loader logs is what tells
        Path loaded = dir.resolve("class-load.log");
        Run second = run(launcher("build", "--store", dir.resolve("second").toString(), "sample"),
                env(cache, "-Xlog:class+load:file=" + loaded));
        assertEquals(0, second.code(), second.output());
        assertFalse(second.output().contains("preparing"), second.output());
        assertEquals(archives, files(cache), "the archive is made once");
        List<String> log = Files.readAllLines(loaded);
        assertTrue(log.stream().anyMatch(l -> l.contains(" org.diplokg.cli.Main source: shared objects file (top)")),
                "DiploKG's own classes come from the archive");
        long fromArchive = log.stream().filter(l -> l.contains("source: shared objects file (top)")).count();
        long fromJars = log.stream().filter(l -> l.contains("source: jar:") || l.contains("source: file:")).count();
        assertTrue(fromArchive > 5 * fromJars, fromArchive + " classes from the archive, " + fromJars + " from jars");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Run plain = run(List.of(java, "-Xmx3g", "-jar", JAR.toString(), "build", "--store",
                dir.resolve("plain").toString(), "sample"), Map.of());
        assertEquals(0, plain.code(), plain.output());

        try (KgStore expected = KgStore.open(dir.resolve("plain"));
             KgStore viaArchive = KgStore.open(dir.resolve("second"));
             KgStore preparing = KgStore.open(dir.resolve("first"))) {
            assertTrue(StoreComparison.graphNames(expected).size() >= 4, "the sample's document graphs");
            StoreComparison.assertSameGraphs(expected, viaArchive, "bin/diplokg with its archive");
            StoreComparison.assertSameGraphs(expected, preparing, "bin/diplokg's first run");
        }
    }

    @Test
    void aMissingJarIsNamedWithTheCommandThatMakesIt() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(env(dir.resolve("cache"), ""));
        env.put("DIPLOKG_JAR", dir.resolve("no-such.jar").toString());
        Run r = run(launcher("build", "--store", dir.resolve("s").toString(), "sample"), env);
        assertEquals(2, r.code(), r.output());
        assertTrue(r.output().contains("no-such.jar not found") && r.output().contains("mvn -q package"), r.output());
        assertFalse(Files.exists(dir.resolve("cache")), "nothing prepared without a jar");
    }
}
