package org.diplokg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.diplokg.extract.Gazetteer;
import org.diplokg.ingest.DocumentReader;
import org.diplokg.ingest.DocumentMetadata;
import org.diplokg.nlp.NlpConfig;
import org.diplokg.nlp.NlpPipeline;
import org.diplokg.pipeline.BuildJob;
import org.diplokg.pipeline.BuildOptions;
import org.diplokg.pipeline.BuildSummary;
import org.diplokg.pipeline.Processor;
import org.diplokg.rdf.Iris;
import org.diplokg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "build", description = "Ingest .txt, .md, .html, .pdf, .docx, .odt and .rtf files and folders into the store.")
public final class BuildCommand implements Callable<Integer> {
    @Mixin
    StoreOption storeOption;

    @Option(names = "--base-uri", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "base of entity IRIs (default: ${DEFAULT-VALUE})")
    String baseUri;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "documents analysed at once, and threads per document (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--prune", description = "drop the graphs of documents whose file no longer exists")
    boolean prune;

    @Option(names = "--max-size", paramLabel = "MIB", defaultValue = "20",
            description = "refuse files larger than this many MiB (default: ${DEFAULT-VALUE})")
    int maxMib;

    @Option(names = "--fine-grained-ner", description = "use CoreNLP's fine-grained NER (slower; see README)")
    boolean fineGrained;

    @Option(names = "--metadata", paramLabel = "FILE", description = "a JSON list of {\"file\": NAME, "
            + "\"published\": YYYY-MM-DD} giving each document's publication date (a crawl's manifest); it anchors "
            + "relative dates such as 'on Monday'; a month alone (YYYY-MM) gives 'on 22 July' its year")
    Path metadata;

    @Option(names = "--no-parse", description = "skip the dependency parse: faster, but the relation rules that read "
            + "the sentence's structure do not run (see README)")
    boolean noParse;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files and folders (read recursively)")
    List<Path> paths;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new org.diplokg.KgException.ConfigException("--threads must be at least 1");
        }
        if (maxMib < 1) {
            throw new org.diplokg.KgException.ConfigException("--max-size must be at least 1 MiB");
        }
        BuildOptions options = new BuildOptions(paths, Iris.of(baseUri), threads, prune, maxMib * 1024L * 1024L,
                new NlpConfig(fineGrained, !noParse, threads),
                metadata == null ? DocumentMetadata.NONE : DocumentMetadata.load(metadata));
        return build(storeOption.store, options, System.out);
    }

    static int build(Path storeDir, BuildOptions options, PrintStream out) {
        try (KgStore store = KgStore.open(storeDir)) {
            BuildSummary s = new BuildJob(store, options,
                    () -> new Processor(NlpPipeline.create(options.nlp()), Gazetteer.load()), out).run();
            print(s, out);
            return s.failed() > 0 && s.added() + s.replaced() + s.unchanged() == 0 ? 1 : 0;
        }
    }

    static void print(BuildSummary s, PrintStream out) {
        out.println();
        out.printf("documents: %d added, %d replaced, %d unchanged, %d failed, %d pruned%n", s.added(), s.replaced(),
                s.unchanged(), s.failed(), s.pruned());
        StringBuilder classes = new StringBuilder();
        for (Map.Entry<String, Long> e : s.entitiesPerClass().entrySet()) {
            classes.append(classes.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
        }
        out.println("entities in store: " + classes);
        out.printf("facts with evidence: %d; triples: %d%n", s.facts(), s.triples());
        if (s.skippedParagraphs() > 0) {
            out.printf("non-English paragraphs skipped: %d%n", s.skippedParagraphs());
        }
        if (!s.degraded().isEmpty()) {
            out.println("degraded text (lower-cased/stemmed; only gazetteer and acronym matches are reliable): "
                    + String.join(", ", s.degraded()));
        }
        out.printf("warnings: %d; SHACL violations: %d%n", s.warnings().size(), s.shaclViolations().size());
        if (s.tokens() > 0) {
            out.printf("time: %.1f s for %,d tokens%n", s.seconds(), s.tokens());
        } else {
            out.printf("time: %.1f s%n", s.seconds());
        }
    }

    static long defaultMaxBytes() {
        return DocumentReader.DEFAULT_MAX_BYTES;
    }
}
