package org.diplokg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

class SentenceBatchesTest {
    private static CoreMap sentence(int tokens) {
        CoreMap s = new ArrayCoreMap();
        List<CoreLabel> labels = new ArrayList<>();
        for (int i = 0; i < tokens; i++) {
            labels.add(new CoreLabel());
        }
        s.set(CoreAnnotations.TokensAnnotation.class, labels);
        return s;
    }

    @Test
    void batchesAreContiguousNonEmptyAndCoverEverySentenceOnce() {
        List<CoreMap> sentences = new ArrayList<>();
        for (int n : new int[] {30, 2, 5, 40, 1, 1, 12, 9, 60, 3}) {
            sentences.add(sentence(n));
        }
        for (int n = 1; n <= 12; n++) {
            List<List<CoreMap>> batches = SentenceBatches.split(sentences, n);
            assertTrue(batches.size() <= n && !batches.isEmpty(), n + ": " + batches.size());
            List<CoreMap> joined = new ArrayList<>();
            batches.forEach(b -> {
                assertFalse(b.isEmpty());
                joined.addAll(b);
            });
            assertEquals(sentences, joined, "in order, each once, for " + n + " batches");
        }
        assertEquals(List.of(), SentenceBatches.split(List.of(), 4));
    }

    @Test
    void aViewHoldsTheBatchTokensTextAndDocumentDate() {
        Annotation doc = new Annotation("some text");
        doc.set(CoreAnnotations.DocDateAnnotation.class, "2024-05-01");
        List<CoreMap> batch = List.of(sentence(2), sentence(3));
        Annotation view = SentenceBatches.view(doc, batch);
        assertEquals("some text", view.get(CoreAnnotations.TextAnnotation.class));
        assertEquals("2024-05-01", view.get(CoreAnnotations.DocDateAnnotation.class));
        assertEquals(5, view.get(CoreAnnotations.TokensAnnotation.class).size());
        assertTrue(view.get(CoreAnnotations.TokensAnnotation.class).get(0)
                == batch.get(0).get(CoreAnnotations.TokensAnnotation.class).get(0), "the document's own tokens");
    }
}
