package org.diplokg.nlp;

import java.util.List;
import java.util.Objects;

import org.diplokg.ingest.SourceDocument;

/** A document with its sentences as annotated by the NLP pipeline. */
public record AnnotatedDocument(SourceDocument document, List<Sentence> sentences) {
    public AnnotatedDocument {
        Objects.requireNonNull(document, "document");
        sentences = List.copyOf(sentences);
    }

    public String sentenceText(Sentence s) {
        return document.text().substring(s.begin(), s.end());
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(Sentence::size).sum();
    }
}
