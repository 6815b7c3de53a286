package org.diplokg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.diplokg.KgException.ConfigException;
import org.diplokg.ingest.DocumentMetadata;
import org.diplokg.nlp.NlpConfig;
import org.diplokg.pipeline.Bench;
import org.diplokg.pipeline.BuildOptions;
import org.diplokg.rdf.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", description = "Build into a fresh temporary store and print where the time goes: wall time"
        + " and share per stage, tokens/s, documents/s, model load time, peak heap.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "documents analysed at once, and threads per document (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the figures as JSON")
    Path json;

    @Option(names = "--metadata", paramLabel = "FILE", description = "publication dates, as for build")
    Path metadata;

    @Option(names = "--no-parse", description = "skip the dependency parse, as for build")
    boolean noParse;

    @Option(names = "--quiet", description = "do not print a line per document")
    boolean quiet;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files and folders (read recursively)")
    List<Path> paths;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new ConfigException("--threads must be at least 1");
        }
        BuildOptions options = new BuildOptions(paths, Iris.of(Iris.DEFAULT_BASE), threads, false,
                BuildCommand.defaultMaxBytes(), new NlpConfig(false, !noParse, threads),
                metadata == null ? DocumentMetadata.NONE : DocumentMetadata.load(metadata));
        PrintStream progress = quiet ? new PrintStream(OutputStream.nullOutputStream()) : System.out;
        Bench.Result r = Bench.run(options, progress);
        print(r, System.out);
        if (json != null) {
            write(r, json);
        }
        return r.documents() == 0 && r.summary().failed() > 0 ? 1 : 0;
    }

    static void print(Bench.Result r, PrintStream out) {
        out.println();
        out.printf("%-10s %9s %7s %9s%n", "stage", "wall s", "share", "CPU s");
        double total = r.stageTotal();
        double cpu = r.cpuStages().values().stream().mapToDouble(Double::doubleValue).sum();
        for (Map.Entry<String, Double> e : r.stages().entrySet()) {
            out.printf("%-10s %9.2f %6.1f%% %9.2f%n", e.getKey(), e.getValue(),
                    100 * e.getValue() / Math.max(1e-9, total), r.cpuStages().getOrDefault(e.getKey(), 0.0));
        }
        out.printf("%-10s %9.2f %7s %9.2f  (each stage summed over the threads that ran it; %d thread%s)%n",
                "total", total, "", cpu, r.threads(), r.threads() == 1 ? "" : "s");
        out.printf("documents: %d (%d failed); tokens: %,d%n", r.documents(), r.summary().failed(),
                r.summary().tokens());
        out.printf("wall time: %.2f s, of which model loading %.2f s; annotation and parse (wall) %.2f s%n",
                r.wallSeconds(), r.modelLoadSeconds(), r.annotationSeconds());
        out.printf("throughput without model loading: %,.0f tokens/s, %.2f documents/s%n", r.tokensPerSecond(),
                r.documentsPerSecond());
        Bench.Work w = r.work();
        if (w.nerTokens() > 0) {
            out.printf("SUTime and numeric classifiers on %,d of %,d NER tokens (%.0f%%)%n", w.sutimeTokens(),
                    w.nerTokens(), 100.0 * w.sutimeTokens() / w.nerTokens());
        }
        if (w.parseTokens() > 0) {
            out.printf("parsed %,d of %,d tokens (%.0f%%; the other sentences hold nothing to extract)%n",
                    w.parsedTokens(), w.parseTokens(), 100.0 * w.parsedTokens() / w.parseTokens());
        }
        out.printf("peak heap: %,d MiB (of %,d MiB)%n", r.peakHeapBytes() >> 20, r.maxHeapBytes() >> 20);
    }

    static JsonObject toJson(Bench.Result r) {
        JsonObject o = new JsonObject();
        o.put("threads", r.threads());
        o.put("documents", r.documents());
        o.put("failed", r.summary().failed());
        o.put("tokens", r.summary().tokens());
        o.put("wallSeconds", num(r.wallSeconds()));
        o.put("modelLoadSeconds", num(r.modelLoadSeconds()));
        o.put("annotationWallSeconds", num(r.annotationSeconds()));
        o.put("tokensPerSecond", num(r.tokensPerSecond()));
        o.put("documentsPerSecond", num(r.documentsPerSecond()));
        o.put("peakHeapMiB", r.peakHeapBytes() >> 20);
        o.put("maxHeapMiB", r.maxHeapBytes() >> 20);
        JsonObject work = new JsonObject();
        work.put("nerTokens", r.work().nerTokens());
        work.put("sutimeTokens", r.work().sutimeTokens());
        work.put("parseTokens", r.work().parseTokens());
        work.put("parsedTokens", r.work().parsedTokens());
        o.put("work", work);
        JsonArray stages = new JsonArray();
        double total = r.stageTotal();
        r.stages().forEach((name, seconds) -> {
            JsonObject s = new JsonObject();
            s.put("stage", name);
            s.put("seconds", num(seconds));
            s.put("share", num(total == 0 ? 0 : seconds / total));
            s.put("cpuSeconds", num(r.cpuStages().getOrDefault(name, 0.0)));
            stages.add(s);
        });
        o.put("stages", stages);
        return o;
    }

    private static JsonNumber num(double v) {
        return JsonNumber.value(Math.round(v * 10_000) / 10_000.0);
    }

    private static void write(Bench.Result r, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, JSON.toString(toJson(r)) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
