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
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.diplokg.export.SampleStore;
import org.diplokg.rdf.Iris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code diplokg export} run in-process with captured streams over a copy of the sample store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportCommandIT {
    private static final String KENYA = Iris.DEFAULT_BASE + "country/kenya";

    @TempDir
    static Path dir;

    private Path store;

    private record Run(int code, String out, String err) {
    }

    @BeforeAll
    void copySample() {
        store = SampleStore.copyTo(dir.resolve("store"));
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

    private Run export(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "export";
        all[1] = "--store";
        all[2] = store.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return run(all);
    }

    @Test
    void writesAFileAndSaysWhat() throws Exception {
        Path out = dir.resolve("out/kenya.ttl");
        Run r = export("--format", "turtle", "--focus", KENYA, "--hops", "1", "--output", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("nodes") && r.out().contains(out.toString()), r.out());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(out).parse(m);
        assertTrue(m.containsResource(m.getResource(KENYA)));
    }

    @Test
    void csvGoesToAFolderOrAPrefix() throws Exception {
        Path folder = dir.resolve("neo4j");
        Run r = export("--format", "csv", "--output", folder + "/");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(folder.resolve("nodes.csv")) && Files.isRegularFile(folder.resolve("edges.csv")));
        Run p = export("--format", "csv", "--output", dir.resolve("kg").toString());
        assertEquals(0, p.code(), p.err());
        List<String> nodes = Files.readAllLines(dir.resolve("kg-nodes.csv"));
        assertEquals(Files.readAllLines(folder.resolve("nodes.csv")), nodes);
        assertEquals("id:ID", CSVParser.parse(nodes.get(0), CSVFormat.RFC4180).getRecords().get(0).get(0));
        assertTrue(Files.isRegularFile(dir.resolve("kg-edges.csv")));
        Run help = run("export", "--help");
        assertTrue(help.out().contains("nodes.csv") && help.out().contains("graphml, gexf"), help.out());
    }

    @Test
    void usageErrorsExitWithTwoAndNameTheBadInput() throws Exception {
        Path select = Files.writeString(dir.resolve("select.rq"), "SELECT * WHERE { ?s ?p ?o }");
        Path broken = Files.writeString(dir.resolve("broken.rq"), "CONSTRUCT { ?s");
        String out = dir.resolve("x.graphml").toString();
        List<List<String>> cases = List.of(
                List.of("--format", "pdf", "--output", out, "pdf"),
                List.of("--format", "graphml", "--focus", Iris.DEFAULT_BASE + "country/atlantis", "--output", out,
                        "country/atlantis"),
                List.of("--format", "graphml", "--query", dir.resolve("missing.rq").toString(), "--output", out,
                        "missing.rq"),
                List.of("--format", "graphml", "--query", select.toString(), "--output", out, "CONSTRUCT"),
                List.of("--format", "graphml", "--query", broken.toString(), "--output", out, "broken.rq"),
                List.of("--format", "graphml", "--hops", "2", "--output", out, "--focus"),
                List.of("--format", "graphml", "--focus", KENYA, "--hops", "-1", "--output", out, "-1"),
                List.of("--format", "graphml", "--output", dir.toString(), "is a folder"));
        for (List<String> c : cases) {
            Run r = export(c.subList(0, c.size() - 1).toArray(String[]::new));
            String expected = c.get(c.size() - 1);
            assertEquals(2, r.code(), c + ": " + r.err());
            assertTrue(r.err().contains(expected), c + ": " + r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace");
        }
        Run noStore = run("export", "--store", dir.resolve("nothing").toString(), "--format", "dot", "--output",
                out);
        assertEquals(2, noStore.code());
        assertTrue(noStore.err().contains("does not exist"), noStore.err());
        assertFalse(Files.exists(dir.resolve("nothing")), "no empty store is created");
        assertFalse(Files.exists(Path.of(out)), "nothing written on errors");
    }
}
