package org.diplokg.store;

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
import java.util.Arrays;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.diplokg.TestSupport;
import org.diplokg.cli.Main;
import org.diplokg.export.SampleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup → restore gives the same graphs, hashes included, so a build of the same folder changes nothing. */
class BackupRestoreIT {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
            return new Run(code, captured.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(stdout);
        }
    }

    @Test
    void backupThenRestoreIsTheSameStoreAndABuildFindsEveryFileUnchanged() throws Exception {
        Path original = SampleStore.copyTo(dir.resolve("original"));
        Path file = dir.resolve("kg.nq.gz");
        Run backup = run("backup", "--store", original.toString(), "--output", file.toString());
        assertEquals(0, backup.code(), backup.err());
        assertTrue(backup.out().contains("document graphs written to"), backup.out());
        Path restored = dir.resolve("restored");
        Run restore = run("restore", "--store", restored.toString(), file.toString());
        assertEquals(0, restore.code(), restore.err());

        try (KgStore a = KgStore.open(original); KgStore b = KgStore.open(restored)) {
            assertSameGraphs(a.dataset(), b.dataset());
            assertEquals(a.documents(), b.documents(), "documents, sources and hashes");
        }
        Run build = run("build", "--store", restored.toString(), TestSupport.sample().toString());
        assertEquals(0, build.code(), build.err());
        assertTrue(build.out().contains("documents: 0 added, 0 replaced, 4 unchanged"), build.out());

        Run again = run("restore", "--store", restored.toString(), file.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already holds data"), again.err());

        byte[] whole = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.nq.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        Path empty = dir.resolve("from-cut");
        Run damaged = run("restore", "--store", empty.toString(), cut.toString());
        assertEquals(1, damaged.code());
        assertTrue(damaged.err().contains("cut.nq.gz"), damaged.err());
        assertFalse(damaged.err().contains("\tat "), "no stack trace");
        try (KgStore s = KgStore.open(empty)) {
            assertEquals(0, s.size(), "a damaged backup leaves the new store empty");
        }
    }

    private static void assertSameGraphs(Dataset a, Dataset b) {
        TreeSet<String> na = names(a);
        assertEquals(na, names(b));
        assertFalse(na.isEmpty());
        for (String g : na) {
            assertTrue(Txn.calculateRead(a, () -> Txn.calculateRead(b,
                    () -> a.getNamedModel(g).isIsomorphicWith(b.getNamedModel(g)))), g + " isomorphic");
        }
    }

    private static TreeSet<String> names(Dataset d) {
        return Txn.calculateRead(d, () -> {
            TreeSet<String> s = new TreeSet<>();
            d.listNames().forEachRemaining(s::add);
            return s;
        });
    }
}
