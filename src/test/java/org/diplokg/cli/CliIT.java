package org.diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI run in-process with captured streams. */
class CliIT {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Run(code, out + captured.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(stdout);
        }
    }

    @Test
    void usageErrorsExitWithTwoAndNoStackTrace() {
        Run none = run();
        assertEquals(2, none.code());
        Run unknown = run("build", "--store");
        assertEquals(2, unknown.code());
        Run badQuery = run("query", "--store", dir.resolve("s").toString(), "no-such-query");
        assertEquals(2, badQuery.code());
        assertTrue(badQuery.err().contains("no-such-query"), badQuery.err());
        assertFalse(badQuery.err().contains("\tat "), "no stack trace");
        Run badBase = run("build", "--store", dir.resolve("s").toString(), "--base-uri", "not a uri", "x.txt");
        assertEquals(2, badBase.code());
    }

    @Test
    void aFolderThatIsNotAStoreIsRefused() throws Exception {
        Path notStore = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(notStore.resolve("thesis.txt"), "keep me");
        Run r = run("query", "--store", notStore.toString(), "documents");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not a DiploKG store"), r.err());
        assertTrue(Files.exists(notStore.resolve("thesis.txt")));
    }

    @Test
    void buildThenQueryAndAStoreInUseIsReportedPlainly() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(docs.resolve("a.txt"), "In 2022, Chile and Malaysia signed the Memorandum of"
                + " Understanding on Green Hydrogen Cooperation.\n");
        Files.writeString(docs.resolve("empty.txt"), "");
        Path store = dir.resolve("store");
        Run build = run("build", "--store", store.toString(), docs.toString(), dir.resolve("gone.txt").toString());
        assertEquals(0, build.code(), build.out() + build.err());
        assertTrue(build.out().contains("empty.txt: empty file"), build.out());
        assertTrue(build.out().contains("gone.txt: no such file"), build.out());
        assertTrue(build.out().contains("documents: 1 added"), build.out());
        Run q = run("query", "--store", store.toString(), "--format", "csv", "agreements-by-party");
        assertEquals(0, q.code(), q.err());
        assertTrue(q.out().contains("Chile") && q.out().contains("Malaysia"), q.out());

        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.diplokg.cli.Main", "serve", "--store",
                store.toString(), "--port", "0").redirectErrorStream(true).start();
        try {
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8)).lines().filter(l -> l.startsWith("Serving")).findFirst().orElse("");
            assertTrue(line.startsWith("Serving"), line);
            Run locked = run("build", "--store", store.toString(), docs.toString());
            assertEquals(1, locked.code());
            assertTrue(locked.err().contains("is in use by process " + holder.pid()), locked.err());
            assertFalse(locked.err().contains("\tat "), "no stack trace");
        } finally {
            holder.destroy();
            holder.waitFor();
        }
    }
}
