package org.diplokg.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.diplokg.nlp.NlpConfig;
import org.diplokg.rdf.Iris;

/**
 * What a build reads and how.
 *
 * @param inputs   files and folders to ingest
 * @param threads  documents annotated at once
 * @param prune    drop the graphs of documents whose file no longer exists
 * @param maxBytes files larger than this are refused
 */
public record BuildOptions(List<Path> inputs, Iris iris, int threads, boolean prune, long maxBytes, NlpConfig nlp) {
    public BuildOptions {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(iris, "iris");
        Objects.requireNonNull(nlp, "nlp");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }
}
