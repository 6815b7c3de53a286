package org.diplokg.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.diplokg.StageTimes;
import org.diplokg.extract.Gazetteer;
import org.diplokg.nlp.NlpPipeline;
import org.diplokg.store.KgStore;

/**
 * A build into a fresh temporary store, measured: time per stage, model loading, throughput, peak heap. The store is
 * deleted afterwards.
 *
 * <pre>{@code
 * Bench.Result r = Bench.run(options, System.out);
 * r.stages();   // {"read": seconds, "tokenize": ..., "ner": ..., "parse": ..., "shacl": ...}
 * }</pre>
 */
public final class Bench {
    /** The stages in pipeline order; each is reported, 0 when it did not run. */
    public static final java.util.List<String> STAGES = java.util.List.of("read", "tokenize", "pos", "lemma", "ner",
            "parse", "extract", "resolve", "rdf", "store", "shacl", "summary");

    private Bench() {
    }

    /**
     * Work in tokens: what NER tagged and what of it SUTime saw; what was given to the parse and what it parsed
     * (the rest skipped by {@code ParseGate}). Counts, so they do not vary with the load of the machine.
     */
    public record Work(long nerTokens, long sutimeTokens, long parseTokens, long parsedTokens) {
        static Work of(NlpPipeline nlp) {
            if (nlp == null) {
                return new Work(0, 0, 0, 0);
            }
            NlpPipeline.Work w = nlp.work();
            return new Work(w.nerTokens(), w.sutimeTokens(), w.parseTokens(), w.parsedTokens());
        }
    }

    /**
     * @param stages              wall seconds per stage, summed over the threads that ran it
     * @param cpuStages           CPU seconds per stage, likewise (steady when other programs load the machine)
     * @param annotationSeconds   wall time of the CoreNLP annotation and parse, summed over documents
     * @param modelLoadSeconds    loading the CoreNLP models (part of {@code wallSeconds})
     * @param wallSeconds         the whole build, models included
     * @param peakHeapBytes       the highest heap in use, sampled
     * @param work                tokens through NER, SUTime and the parser (0 when no model was loaded)
     */
    public record Result(BuildSummary summary, int threads, Map<String, Double> stages,
                         Map<String, Double> cpuStages, double annotationSeconds,
                         double modelLoadSeconds, double wallSeconds, long peakHeapBytes, long maxHeapBytes,
                         Work work) {
        public double stageTotal() {
            return stages.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        public int documents() {
            return summary.added() + summary.replaced();
        }

        /** Tokens per second of build time without model loading. */
        public double tokensPerSecond() {
            return summary.tokens() / Math.max(1e-9, wallSeconds - modelLoadSeconds);
        }

        public double documentsPerSecond() {
            return documents() / Math.max(1e-9, wallSeconds - modelLoadSeconds);
        }
    }

    public static Result run(BuildOptions options, PrintStream out) {
        Path dir;
        try {
            dir = Files.createTempDirectory("diplokg-bench");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary store", e);
        }
        NlpPipeline[] nlp = new NlpPipeline[1];
        try (HeapPeak heap = new HeapPeak(); KgStore store = KgStore.open(dir.resolve("store"))) {
            long start = System.nanoTime();
            BuildJob job = new BuildJob(store, options, () -> {
                nlp[0] = NlpPipeline.create(options.nlp());
                return new Processor(nlp[0], Gazetteer.load());
            }, out);
            BuildSummary summary = job.run();
            double wall = (System.nanoTime() - start) / 1e9;
            StageTimes nlpTimes = nlp[0] == null ? new StageTimes() : nlp[0].times();
            return new Result(summary, options.threads(), seconds(job.times().nanos(), nlpTimes.nanos()),
                    seconds(job.times().cpuNanos(), nlpTimes.cpuNanos()),
                    nlp[0] == null ? 0 : nlp[0].annotationWallNanos() / 1e9,
                    nlp[0] == null ? 0 : nlp[0].loadMillis() / 1e3, wall, heap.peakBytes(),
                    Runtime.getRuntime().maxMemory(), Work.of(nlp[0]));
        } finally {
            delete(dir);
        }
    }

    private static Map<String, Double> seconds(Map<String, Long> job, Map<String, Long> nlp) {
        Map<String, Long> nanos = new LinkedHashMap<>(job);
        nlp.forEach((k, v) -> nanos.merge(k, v, Long::sum));
        Map<String, Double> out = new LinkedHashMap<>();
        for (String s : STAGES) {
            out.put(s, nanos.getOrDefault(s, 0L) / 1e9);
        }
        nanos.forEach((k, v) -> out.putIfAbsent(k, v / 1e9));
        return out;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary store " + dir, e);
        }
    }
}
