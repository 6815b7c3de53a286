package org.diplokg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.diplokg.pipeline.BuildSummary;
import org.diplokg.pipeline.GraphManifest;
import org.diplokg.rdf.ShaclCheck;
import org.diplokg.store.GraphStats;
import org.diplokg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "load", description = "Bulk-load the graphs written by `spark` into the store, replacing those of"
        + " documents it holds, skipping documents stored with the same hash.")
public final class LoadCommand implements Callable<Integer> {
    @Mixin
    StoreOption storeOption;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "output folders of `diplokg spark`")
    List<Path> dirs;

    @Override
    public Integer call() {
        try (KgStore store = KgStore.open(storeOption.store)) {
            BuildSummary s = load(store, dirs, System.out);
            BuildCommand.print(s, System.out);
            return s.failed() > 0 && s.added() + s.replaced() + s.unchanged() == 0 ? 1 : 0;
        }
    }

    /** Loads the documents of the manifests in {@code dirs}, then checks and counts the store as `build` does. */
    static BuildSummary load(KgStore store, List<Path> dirs, PrintStream out) {
        long start = System.nanoTime();
        Map<String, KgStore.StoredDocument> stored = store.documents();
        Map<String, GraphManifest.Entry> todo = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int unchanged = 0;
        int replaced = 0;
        for (Path dir : dirs) {
            for (GraphManifest.Entry e : GraphManifest.read(dir)) {
                if (!e.ok()) {
                    warnings.add(e.problem());
                    out.println("problem    " + e.problem());
                    continue;
                }
                KgStore.StoredDocument before = stored.get(e.document());
                if (before != null && before.contentHash().equals(e.hash())) {
                    unchanged++;
                    out.println("unchanged  " + e.identifier());
                    continue;
                }
                if (todo.putIfAbsent(e.document(), e) != null) {
                    String line = e.source() + ": given twice (also " + todo.get(e.document()).source()
                            + "); the first is loaded";
                    warnings.add(line);
                    out.println("problem    " + line);
                    continue;
                }
                replaced += before != null ? 1 : 0;
                Path file = dir.resolve(e.file());
                if (!files.contains(file)) {
                    files.add(file);
                }
            }
        }
        if (!todo.isEmpty()) {
            KgStore.Loaded l = store.bulkLoad(todo.keySet(), files);
            out.printf("loaded %,d quads of %d documents from %d files in %.1f s (%,.0f quads/s)%n", l.quads(),
                    todo.size(), files.size(), l.seconds(), l.quads() / Math.max(l.seconds(), 1e-3));
        }
        List<String> violations = new ShaclCheck().violations(store.unionCopy());
        GraphStats stats = GraphStats.of(store.datasetGraph());
        return new BuildSummary(todo.size() - replaced, replaced, unchanged, warnings.size(), 0, 0,
                stats.entitiesPerClass(), stats.facts(), store.size(), warnings, violations, 0, List.of(),
                (System.nanoTime() - start) / 1e9);
    }
}
