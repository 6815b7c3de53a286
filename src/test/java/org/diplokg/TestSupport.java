package org.diplokg;

import java.nio.file.Files;
import java.nio.file.Path;

import org.diplokg.extract.Gazetteer;
import org.diplokg.ingest.DocumentReader;
import org.diplokg.nlp.NlpConfig;
import org.diplokg.nlp.NlpPipeline;
import org.diplokg.pipeline.Processor;
import org.diplokg.resolve.ResolvedDocument;

/** One NLP pipeline per test JVM, and where the shared corpus lives. */
public final class TestSupport {
    private static Processor processor;

    private TestSupport() {
    }

    public static synchronized Processor processor() {
        if (processor == null) {
            processor = new Processor(NlpPipeline.create(NlpConfig.DEFAULT), Gazetteer.load());
        }
        return processor;
    }

    /** {@code text} written as {@code doc.txt} in {@code dir}, read and processed as a user's document is. */
    public static ResolvedDocument process(Path dir, String text) throws java.io.IOException {
        Path f = Files.writeString(dir.resolve("doc.txt"), text);
        return processor().process(new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES).read(f));
    }

    /** ../shared/corpus, or the folder named by -Ddiplokg.corpus; tests skip when it is absent. */
    public static Path corpus() {
        return Path.of(System.getProperty("diplokg.corpus", "../shared/corpus"));
    }

    public static boolean corpusPresent() {
        return Files.isDirectory(corpus());
    }

    public static Path sample() {
        return Path.of("sample");
    }
}
