package org.diplokg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.atlas.json.JSON;
import org.diplokg.KgException.ConfigException;
import org.diplokg.eval.EvalReport;
import org.diplokg.eval.Evaluator;
import org.diplokg.eval.Gold;
import org.diplokg.eval.GoldCorrections;
import org.diplokg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval", description = "Score a built store against gold annotations: precision, recall and F1 per"
        + " entity class and per relation, with the misses and spurious items, then the totals over all documents.")
public final class EvalCommand implements Callable<Integer> {
    @Mixin
    StoreOption storeOption;

    @Option(names = "--gold", required = true, paramLabel = "FILE|DIR",
            description = "a gold JSON file, or a folder of them (repeatable)")
    List<Path> gold;

    @Option(names = "--corrections", paramLabel = "FILE|DIR",
            description = "apply our own corrections to the gold before scoring (JSON; repeatable, or a folder)")
    List<Path> corrections = List.of();

    @Option(names = "--documents", paramLabel = "GLOB",
            description = "score only the gold documents whose file name matches, e.g. '2[0-4]_*' (repeatable;"
                    + " corrections are applied to all the gold first)")
    List<String> documents = List.of();

    @Option(names = "--summary", description = "print only the totals over all documents")
    boolean summary;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the full report as JSON")
    Path json;

    @Option(names = "--limit", defaultValue = "30", paramLabel = "N",
            description = "items shown per list of misses or spurious items (default: ${DEFAULT-VALUE})")
    int limit;

    @Override
    public Integer call() {
        if (!Files.isDirectory(storeOption.store)) {
            throw new ConfigException("--store " + storeOption.store + ": no such store; run build first");
        }
        List<Gold> golds = new ArrayList<>();
        gold.forEach(g -> golds.addAll(Gold.load(g)));
        List<Gold> corrected = selected(GoldCorrections.load(corrections).apply(golds));
        EvalReport report;
        try (KgStore store = KgStore.open(storeOption.store)) {
            report = Evaluator.evaluate(store.dataset(), corrected);
        }
        PrintWriter out = new PrintWriter(System.out, true);
        if (summary) {
            report.printTotals(out);
        } else {
            report.print(out, limit);
        }
        if (json != null) {
            try (OutputStream file = Files.newOutputStream(json)) {
                JSON.write(file, report.toJson());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + json, e);
            }
            System.out.println("report written to " + json);
        }
        return 0;
    }

    private List<Gold> selected(List<Gold> golds) {
        if (documents.isEmpty()) {
            return golds;
        }
        List<PathMatcher> globs = new ArrayList<>();
        for (String d : documents) {
            try {
                globs.add(FileSystems.getDefault().getPathMatcher("glob:" + d));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("--documents " + d + ": not a glob (" + e.getMessage() + ")");
            }
        }
        List<Gold> out = golds.stream()
                .filter(g -> globs.stream().anyMatch(m -> m.matches(Path.of(g.document()).getFileName()))).toList();
        if (out.isEmpty()) {
            throw new ConfigException("--documents " + String.join(" ", documents) + ": matches no gold document");
        }
        return out;
    }
}
