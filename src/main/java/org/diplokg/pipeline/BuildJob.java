package org.diplokg.pipeline;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.apache.jena.rdf.model.Model;
import org.diplokg.KgException.InputException;
import org.diplokg.StageTimes;
import org.diplokg.ingest.DocumentReader;
import org.diplokg.ingest.InputCollector;
import org.diplokg.ingest.SourceDocument;
import org.diplokg.rdf.DocumentGraph;
import org.diplokg.rdf.ShaclCheck;
import org.diplokg.resolve.ResolvedDocument;
import org.diplokg.resolve.Slugs;
import org.diplokg.store.GraphStats;
import org.diplokg.store.KgStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the graph: reads the inputs, skips files whose content hash is already stored, processes the rest in
 * parallel, and writes each document's graph in one transaction, in the order documents finish. A document that
 * fails is reported and skipped; what the store held for it stays as it was.
 *
 * <pre>{@code
 * BuildSummary s = new BuildJob(store, options, () -> processor, System.out).run();
 * }</pre>
 */
public final class BuildJob {
    private static final Logger LOG = LoggerFactory.getLogger(BuildJob.class);
    /**
     * Documents with more words are refused before analysis: it runs at about 1,000 tokens a second on two cores,
     * so this is some ten minutes of work, and a 20 MB line of words would hold a build (or a live ingest) for an
     * hour.
     */
    public static final int MAX_WORDS = 500_000;

    private final KgStore store;
    private final BuildOptions options;
    private final Supplier<Processor> processor;
    private final PrintStream out;
    private final List<String> warnings = new ArrayList<>();
    private Listener listener = Listener.NONE;
    private boolean storeChecks = true;

    /** What a build reports as it goes, one call per file, for a caller that shows progress (the live ingest). */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        /** A document's graph was committed to the store. */
        default void committed(String source, String documentIri, boolean replaced, long triples, double seconds) {
        }

        default void unchanged(String source) {
        }

        /** A problem line; it names the file it concerns. */
        default void problem(String line) {
        }
    }
    private final StageTimes times = new StageTimes();

    /**
     * @param processor supplies the processor when a document needs it, so a build with nothing new never loads
     *                  the NLP models
     * @param out       progress lines and problems, one line each
     */
    public BuildJob(KgStore store, BuildOptions options, Supplier<Processor> processor, PrintStream out) {
        this.store = store;
        this.options = options;
        this.processor = processor;
        this.out = out;
    }

    /** Reports each file's outcome to {@code l} as well as to the output stream. */
    public BuildJob listener(Listener l) {
        this.listener = java.util.Objects.requireNonNull(l, "listener");
        return this;
    }

    /**
     * Skips the checks of the whole store after the documents are written (SHACL over the union, counts per class),
     * which grow with the store: for the live ingest, which writes a few documents at a time. The summary then
     * reports no violations and no counts.
     */
    public BuildJob withoutStoreChecks() {
        this.storeChecks = false;
        return this;
    }

    private record Read(SourceDocument doc, String iri, boolean replacing) {
    }

    private record Done(Read read, ResolvedDocument resolved, String error, double seconds) {
    }

    public BuildSummary run() {
        long start = System.nanoTime();
        InputCollector.Inputs inputs = InputCollector.collect(options.inputs());
        inputs.problems().forEach(this::warn);
        Map<String, KgStore.StoredDocument> stored = store.documents();
        Map<String, String> sourceByIri = new HashMap<>();
        stored.values().forEach(d -> sourceByIri.put(d.iri(), d.source()));
        DocumentReader reader = new DocumentReader(options.maxBytes());
        List<Read> todo = new ArrayList<>();
        int unchanged = 0;
        int failed = 0;
        for (Path file : inputs.files()) {
            // An unchanged file is known by its bytes' hash before it is parsed (a PDF's parse costs seconds).
            String known = documentIri(DocumentReader.identifier(file), DocumentReader.source(file), sourceByIri);
            KgStore.StoredDocument same = stored.get(known);
            if (same != null && reader.fingerprint(file).filter(same.contentHash()::equals).isPresent()) {
                sourceByIri.put(known, DocumentReader.source(file));
                unchanged++;
                out.println("unchanged  " + DocumentReader.identifier(file));
                listener.unchanged(DocumentReader.source(file));
                continue;
            }
            SourceDocument doc;
            try {
                doc = times.time("read", () -> options.metadata().apply(file, reader.read(file)));
            } catch (InputException e) {
                warn(e.getMessage());
                failed++;
                continue;
            }
            if (words(doc.analysisText()) > MAX_WORDS) {
                warn(doc.source() + ": too long to analyse (more than " + MAX_WORDS + " words, some ten minutes of"
                        + " analysis); split the file");
                failed++;
                continue;
            }
            String iri = documentIri(doc.identifier(), doc.source(), sourceByIri);
            sourceByIri.put(iri, doc.source());
            KgStore.StoredDocument before = stored.get(iri);
            if (before != null && before.contentHash().equals(doc.contentHash())) {
                unchanged++;
                out.println("unchanged  " + doc.identifier());
                listener.unchanged(doc.source());
                continue;
            }
            todo.add(new Read(doc, iri, before != null));
        }
        int added = 0;
        int replaced = 0;
        long tokens = 0;
        int skippedParagraphs = 0;
        List<String> degraded = new ArrayList<>();
        if (!todo.isEmpty()) {
            Processor p = processor.get();
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), todo.size()));
            try {
                // Analysed in parallel, written in input order (the graphs do not depend on it: each is a function
                // of its document, and the store chooses a shared entity's label over all documents).
                // Documents stream: at most a few per thread are analysed ahead of the one being written, and
                // none is held once written.
                todo.sort(Comparator.comparing((Read r) -> r.doc().source()));
                List<Future<Done>> results = new ArrayList<>();
                int ahead = options.threads() * 2;
                for (int i = 1; i <= todo.size(); i++) {
                    while (results.size() < todo.size() && results.size() < i + ahead) {
                        Read r = todo.get(results.size());
                        results.add(pool.submit(() -> process(p, r)));
                    }
                    Done d = take(results.get(i - 1));
                    results.set(i - 1, null);
                    todo.set(i - 1, null);
                    String name = d.read().doc().identifier();
                    if (d.error() != null) {
                        warn(d.read().doc().source() + ": " + d.error());
                        failed++;
                        continue;
                    }
                    int triples = write(d, p);
                    listener.committed(d.read().doc().source(), d.read().iri(), d.read().replacing(), triples,
                            d.seconds());
                    SourceDocument doc = d.read().doc();
                    tokens += d.resolved().extraction().annotated().tokenCount();
                    skippedParagraphs += doc.quality().nonEnglishParagraphs();
                    if (doc.quality().degraded()) {
                        degraded.add(name);
                    }
                    if (d.read().replacing()) {
                        replaced++;
                    } else {
                        added++;
                    }
                    out.printf("[%d/%d] %-9s %s: %d entities, %d facts, %d triples (%.1f s)%s%n", i, todo.size(),
                            d.read().replacing() ? "replaced" : "added", name, d.resolved().entities().size(),
                            d.resolved().facts().size(), triples, d.seconds(),
                            doc.quality().note().isEmpty() ? "" : "; " + doc.quality().note());
                }
            } finally {
                pool.shutdownNow();
            }
        }
        int pruned = options.prune() ? prune(stored) : 0;
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!storeChecks) {
            return new BuildSummary(added, replaced, unchanged, failed, pruned, tokens, Map.of(), 0, 0, warnings,
                    List.of(), skippedParagraphs, degraded, seconds);
        }
        List<String> violations = times.time("shacl", () -> new ShaclCheck().violations(store.unionCopy()));
        violations.stream().limit(20).forEach(v -> LOG.warn("SHACL: {}", v));
        GraphStats stats = times.time("summary", () -> GraphStats.of(store.datasetGraph()));
        return new BuildSummary(added, replaced, unchanged, failed, pruned, tokens, stats.entitiesPerClass(),
                stats.facts(), store.size(), warnings, violations, skippedParagraphs, degraded,
                (System.nanoTime() - start) / 1e9);
    }

    private Done process(Processor p, Read r) {
        long t = System.nanoTime();
        try {
            ResolvedDocument resolved = p.process(r.doc());
            return new Done(r, resolved, null, (System.nanoTime() - t) / 1e9);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            LOG.debug("processing {} failed", r.doc().source(), e);
            return new Done(r, null, "failed during analysis (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); the store keeps what it had for this file", (System.nanoTime() - t) / 1e9);
        }
    }

    /** Time spent per stage of this job outside the processor: read, rdf, store, shacl, summary. */
    public StageTimes times() {
        return times;
    }

    private int write(Done d, Processor p) {
        StageTimes.Mark start = StageTimes.Mark.now();
        Model m = DocumentGraph.create(options.iris(), p.gazetteer()).build(d.resolved(), d.read().iri());
        times.since("rdf", start);
        times.time("store", () -> store.replace(d.read().iri(), m));
        return (int) m.size();
    }

    /**
     * The document IRI: from the file name, unless another file of the same name (a different source path) already
     * has it; then a short hash of the path keeps them apart.
     */
    private String documentIri(String identifier, String source, Map<String, String> sourceByIri) {
        String iri = options.iris().document(Slugs.of(identifier));
        String holder = sourceByIri.get(iri);
        if (holder == null || holder.equals(source) || !Files.exists(Path.of(holder))) {
            return iri;
        }
        String h = Integer.toHexString(source.hashCode() & 0xffffff);
        return options.iris().document(Slugs.of(identifier + "-" + h));
    }

    private int prune(Map<String, KgStore.StoredDocument> stored) {
        int n = 0;
        for (KgStore.StoredDocument d : stored.values()) {
            if (!Files.exists(Path.of(d.source()))) {
                store.remove(d.iri());
                out.println("pruned     " + d.identifier() + " (" + d.source() + " no longer exists)");
                n++;
            }
        }
        return n;
    }

    /** Words in {@code text}, counted up to just past {@link #MAX_WORDS}. */
    public static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length() && n <= MAX_WORDS; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    private static Done take(Future<Done> done) {
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("unexpected failure in a worker", e.getCause());
        }
    }

    private void warn(String line) {
        warnings.add(line);
        out.println("problem    " + line);
        listener.problem(line);
    }
}
