package org.diplokg.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.diplokg.KgException.InputException;

/**
 * The manifest of a graph build done elsewhere ({@code diplokg spark}): one JSON object per line and document,
 * {@code {"document": IRI, "identifier", "source", "hash", "triples", "file", "problem", "seconds"}}; {@code file}
 * (the N-Quads file that holds the document's named graph, relative to the manifest's folder) is empty and
 * {@code problem} says why when the document could not be built.
 */
public final class GraphManifest {
    public static final String FILE = "manifest.jsonl";

    private GraphManifest() {
    }

    /** One document of the manifest. */
    public record Entry(String document, String identifier, String source, String hash, long triples, String file,
                        String problem, double seconds) implements Serializable {
        public boolean ok() {
            return problem.isEmpty();
        }

        public static Entry problem(String identifier, String source, String problem) {
            return new Entry("", identifier, source, "", 0, "", problem, 0);
        }

        public String toJson() {
            JsonObject o = new JsonObject();
            o.put("document", document);
            o.put("identifier", identifier);
            o.put("source", source);
            o.put("hash", hash);
            o.put("triples", triples);
            o.put("file", file);
            o.put("problem", problem);
            o.put("seconds", org.apache.jena.atlas.json.JsonNumber.value(Math.round(seconds * 1000) / 1000.0));
            return JSON.toStringFlat(o);
        }

        static Entry fromJson(JsonObject o) {
            return new Entry(str(o, "document"), str(o, "identifier"), str(o, "source"), str(o, "hash"),
                    o.get("triples").getAsNumber().value().longValue(), str(o, "file"), str(o, "problem"),
                    o.get("seconds").getAsNumber().value().doubleValue());
        }

        private static String str(JsonObject o, String key) {
            JsonValue v = o.get(key);
            return v == null || v.isNull() ? "" : v.getAsString().value();
        }
    }

    /** The entries of {@code dir}/manifest.jsonl; an unreadable or damaged manifest fails naming its line. */
    public static List<Entry> read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new InputException(dir.toString(), "no " + FILE + " in this folder (is it the --output of"
                    + " `diplokg spark`?)");
        }
        List<Entry> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(Entry.fromJson(JSON.parse(line)));
                } catch (RuntimeException e) {
                    throw new InputException(file.toString(), "line " + n + " is not a manifest entry ("
                            + e.getMessage() + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
