package org.diplokg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

/**
 * One document's sentences cut into contiguous batches that annotate at once on the shared annotators. CoreNLP's
 * POS tagger, lemmatiser, NER and parser work sentence by sentence (SUTime reads only the document date), so a
 * sentence gets the same annotations in any batch; the tokens are the document's own objects, so the annotations
 * land in the document.
 */
final class SentenceBatches {
    private SentenceBatches() {
    }

    /** At most {@code n} contiguous batches of about equal token counts, none empty. */
    static List<List<CoreMap>> split(List<CoreMap> sentences, int n) {
        List<List<CoreMap>> out = new ArrayList<>();
        if (sentences.isEmpty()) {
            return out;
        }
        long total = 0;
        for (CoreMap s : sentences) {
            total += tokens(s).size();
        }
        long per = Math.max(1, (total + n - 1) / n);
        List<CoreMap> batch = new ArrayList<>();
        long inBatch = 0;
        for (CoreMap s : sentences) {
            batch.add(s);
            inBatch += tokens(s).size();
            if (inBatch >= per && out.size() < n - 1) {
                out.add(batch);
                batch = new ArrayList<>();
                inBatch = 0;
            }
        }
        if (!batch.isEmpty()) {
            out.add(batch);
        }
        return out;
    }

    /** A view of {@code doc} holding only {@code batch}: the same text and document date, the batch's tokens. */
    static Annotation view(Annotation doc, List<CoreMap> batch) {
        Annotation a = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        String date = doc.get(CoreAnnotations.DocDateAnnotation.class);
        if (date != null) {
            a.set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        List<CoreLabel> all = new ArrayList<>();
        for (CoreMap s : batch) {
            all.addAll(tokens(s));
        }
        a.set(CoreAnnotations.SentencesAnnotation.class, batch);
        a.set(CoreAnnotations.TokensAnnotation.class, all);
        return a;
    }

    /**
     * Runs {@code work} on each batch view of {@code doc}: in the calling thread when there is one batch, else on
     * {@code pool}, waiting for all; a failure in any batch is rethrown.
     */
    static void run(Annotation doc, int n, ExecutorService pool, Consumer<Annotation> work) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<CoreMap>> batches = split(sentences == null ? List.of() : sentences, n);
        if (batches.size() <= 1 || pool == null) {
            work.accept(doc);
            return;
        }
        List<Future<?>> running = new ArrayList<>();
        for (List<CoreMap> b : batches) {
            Annotation view = view(doc, b);
            running.add(pool.submit(() -> work.accept(view)));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("annotation interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static List<CoreLabel> tokens(CoreMap s) {
        return s.get(CoreAnnotations.TokensAnnotation.class);
    }
}
