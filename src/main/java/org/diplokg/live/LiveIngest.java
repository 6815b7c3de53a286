package org.diplokg.live;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.diplokg.pipeline.BuildJob;
import org.diplokg.pipeline.BuildOptions;
import org.diplokg.pipeline.Processor;
import org.diplokg.store.KgStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background build of {@code serve --watch}: files added, changed or removed under the watched folders, and at
 * start every file the store does not hold as it is, go through the same {@link BuildJob} as {@code build}, one
 * write transaction per document, while the server's readers go on reading their snapshots. One thread writes.
 * Events are gathered until the folders are quiet for a moment, so a folder copied in is one batch, taken in path
 * order; the models are loaded once, at the first document that needs them.
 *
 * <pre>{@code
 * LiveIngest live = LiveIngest.start(store, options, processorSupplier, new IngestStatus(folders), System.out);
 * live.status().snapshot();
 * live.close();
 * }</pre>
 */
public final class LiveIngest implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveIngest.class);
    /** How long the folders must be quiet before a batch starts: a copy in progress keeps adding events. */
    static final long QUIET_MILLIS = 400;

    private final KgStore store;
    private final BuildOptions template;
    private final Supplier<Processor> processor;
    private final PrintStream out;
    private final List<Path> roots;
    private final IngestStatus status;
    private final TreeSet<Path> pending = new TreeSet<>();
    private long lastEvent;
    private final FolderWatcher watcher;
    private final Thread watchThread;
    private final Thread worker;
    private volatile boolean stopping;

    private LiveIngest(KgStore store, BuildOptions template, Supplier<Processor> processor, IngestStatus status,
                       PrintStream out) {
        this.store = store;
        this.template = template;
        this.processor = memoize(processor);
        this.out = out;
        this.roots = template.inputs().stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.status = status;
        this.watcher = new FolderWatcher(roots, this::touched);
        this.watchThread = new Thread(watcher::run, "diplokg-watch");
        this.worker = new Thread(this::work, "diplokg-ingest");
        watchThread.setDaemon(true);
        worker.setDaemon(true);
    }

    /**
     * Starts watching {@code options.inputs()} (folders) and building in the background. The first batch is the
     * folders themselves: what changed while no server ran, and what a crash left uncommitted, is built then.
     */
    public static LiveIngest start(KgStore store, BuildOptions options, Supplier<Processor> processor,
                                   IngestStatus status, PrintStream out) {
        for (Path p : options.inputs()) {
            if (!Files.isDirectory(p)) {
                throw new org.diplokg.KgException.ConfigException("--watch " + p + " is not a folder");
            }
        }
        LiveIngest live = new LiveIngest(store, options, processor, status, out);
        live.roots.forEach(live::touched);
        live.watchThread.start();
        live.worker.start();
        return live;
    }

    public IngestStatus status() {
        return status;
    }

    public List<Path> roots() {
        return roots;
    }

    private void touched(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        synchronized (pending) {
            pending.add(abs);
            lastEvent = System.currentTimeMillis();
            pending.notifyAll();
        }
        status.queued(List.of(abs));
    }

    private void work() {
        while (!stopping) {
            List<Path> batch;
            try {
                batch = nextBatch();
            } catch (InterruptedException e) {
                return;
            }
            try {
                run(batch);
            } catch (RuntimeException e) {
                if (stopping) {
                    return;
                }
                LOG.error("live build failed", e);
                status.problem("the batch of " + batch.size() + " path(s) failed: " + e.getMessage(), batch);
            } finally {
                batch.forEach(p -> status.dequeued(p.toString()));
                status.state("idle");
            }
        }
    }

    private List<Path> nextBatch() throws InterruptedException {
        synchronized (pending) {
            while (true) {
                if (!pending.isEmpty()) {
                    long wait = lastEvent + QUIET_MILLIS - System.currentTimeMillis();
                    if (wait <= 0) {
                        List<Path> batch = new ArrayList<>(pending);
                        pending.clear();
                        return batch;
                    }
                    pending.wait(wait);
                } else {
                    pending.wait();
                }
            }
        }
    }

    private void run(List<Path> batch) {
        List<Path> build = new ArrayList<>();
        List<Path> gone = new ArrayList<>();
        for (Path p : batch) {
            (Files.exists(p) ? build : gone).add(p);
        }
        // A folder is walked by the build; its files are listed on their own only when the folder is not.
        build.removeIf(p -> build.stream().anyMatch(q -> !q.equals(p) && p.startsWith(q)));
        removeMissing(gone, build);
        if (build.isEmpty()) {
            return;
        }
        status.state("building");
        BuildOptions options = new BuildOptions(build, template.iris(), template.threads(), false,
                template.maxBytes(), template.nlp(), template.metadata());
        new BuildJob(store, options, processor, out).withoutStoreChecks().listener(new BuildJob.Listener() {
            @Override
            public void committed(String source, String documentIri, boolean replaced, long triples,
                                  double seconds) {
                status.committed(new IngestStatus.Built(source, documentIri, replaced ? "replaced" : "added",
                        triples, seconds, System.currentTimeMillis()), store.version());
            }

            @Override
            public void unchanged(String source) {
                status.dequeued(source);
            }

            @Override
            public void problem(String line) {
                status.problem(line, batch);
            }
        }).run();
    }

    /**
     * Drops the graphs of documents whose file is gone: the paths removed, and, for a folder being rescanned, any
     * stored file under it that no longer exists.
     */
    private void removeMissing(List<Path> gone, List<Path> rescanned) {
        for (KgStore.StoredDocument d : store.documents().values()) {
            Path source = Path.of(d.source());
            boolean removed = gone.stream().anyMatch(source::startsWith);
            boolean missing = rescanned.stream().anyMatch(r -> Files.isDirectory(r) && source.startsWith(r))
                    && !Files.exists(source);
            if (removed || missing) {
                store.remove(d.iri());
                out.println("removed    " + d.identifier() + " (" + d.source() + " no longer exists)");
                status.committed(new IngestStatus.Built(d.source(), d.iri(), "removed", 0, 0,
                        System.currentTimeMillis()), store.version());
            }
        }
    }

    private static Supplier<Processor> memoize(Supplier<Processor> s) {
        Objects.requireNonNull(s, "processor");
        return new Supplier<>() {
            private Processor p;

            @Override
            public synchronized Processor get() {
                if (p == null) {
                    p = s.get();
                }
                return p;
            }
        };
    }

    /** Stops watching; a document being written finishes its transaction or leaves no trace. */
    @Override
    public void close() {
        stopping = true;
        watcher.close();
        watchThread.interrupt();
        store.betweenWrites(worker::interrupt);
        try {
            worker.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
