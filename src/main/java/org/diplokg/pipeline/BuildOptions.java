package org.diplokg.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.diplokg.ingest.DocumentMetadata;
import org.diplokg.nlp.NlpConfig;
import org.diplokg.rdf.Iris;

/**
 * What a build reads and how.
 *
 * @param inputs   files and folders to ingest
 * @param threads  documents annotated at once
 * @param prune    drop the graphs of documents whose file no longer exists
 * @param maxBytes files larger than this are refused
 * @param metadata publication dates of the documents, from a crawl's manifest ({@link DocumentMetadata#NONE})
 */
public record BuildOptions(List<Path> inputs, Iris iris, int threads, boolean prune, long maxBytes, NlpConfig nlp,
                           DocumentMetadata metadata) {
    public BuildOptions(List<Path> inputs, Iris iris, int threads, boolean prune, long maxBytes, NlpConfig nlp) {
        this(inputs, iris, threads, prune, maxBytes, nlp, DocumentMetadata.NONE);
    }

    public BuildOptions {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(iris, "iris");
        Objects.requireNonNull(nlp, "nlp");
        Objects.requireNonNull(metadata, "metadata");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }
}
