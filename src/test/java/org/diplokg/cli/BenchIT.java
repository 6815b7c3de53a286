package org.diplokg.cli;

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.diplokg.pipeline.Bench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench} on the sample: it builds, prints every stage and writes well-formed JSON (no timing asserted). */
class BenchIT {
    @TempDir
    Path dir;

    @Test
    void benchPrintsEveryStageAndWritesJson() throws Exception {
        Path json = dir.resolve("out/bench.json");
        StringWriter err = new StringWriter();
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run(new String[] {"bench", "--threads", "2", "--json", json.toString(), "sample"},
                    new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        } finally {
            System.setOut(stdout);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, out + err);
        for (String stage : Bench.STAGES) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith(stage + " ")), "stage " + stage + " printed:\n" + out);
        }
        assertTrue(out.contains("peak heap:") && out.contains("model loading"), out);

        JsonNode root = new ObjectMapper().readTree(Files.readString(json));
        assertEquals(4, root.get("documents").asInt(), "the sample's four documents");
        assertEquals(0, root.get("failed").asInt());
        assertEquals(2, root.get("threads").asInt());
        assertTrue(root.get("tokens").asLong() > 500, root.toString());
        assertTrue(root.get("modelLoadSeconds").asDouble() > 0, "the models were loaded");
        assertTrue(root.get("peakHeapMiB").asLong() > 0 && root.get("tokensPerSecond").asDouble() > 0);
        JsonNode work = root.get("work");
        long ner = work.get("nerTokens").asLong();
        long sutime = work.get("sutimeTokens").asLong();
        long parse = work.get("parseTokens").asLong();
        long parsed = work.get("parsedTokens").asLong();
        assertTrue(ner > 500 && sutime > 0 && sutime <= ner, work.toString());
        assertTrue(parse > 500 && parsed > 0 && parsed <= parse, work.toString());
        assertTrue(out.contains("SUTime and numeric classifiers on ") && out.contains("parsed "), out);
        List<String> names = new ArrayList<>();
        double shares = 0;
        for (JsonNode s : root.get("stages")) {
            names.add(s.get("stage").asText());
            assertTrue(s.get("seconds").asDouble() >= 0, s.toString());
            shares += s.get("share").asDouble();
        }
        assertEquals(Bench.STAGES, names.subList(0, Bench.STAGES.size()), "every stage, in pipeline order");
        assertEquals(1.0, shares, 0.01, "shares add up to the whole");
        for (String worked : List.of("read", "tokenize", "pos", "ner", "parse", "extract", "rdf", "store", "shacl")) {
            assertTrue(stageSeconds(root, worked) > 0, worked + " was timed");
        }
    }

    private static double stageSeconds(JsonNode root, String name) {
        for (JsonNode s : root.get("stages")) {
            if (s.get("stage").asText().equals(name)) {
                return s.get("seconds").asDouble();
            }
        }
        return -1;
    }
}
