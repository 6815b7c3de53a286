package org.diplokg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Pins the CoreNLP configuration: a changed key or value must be a decision, not an accident. */
class NlpPipelineTest {
    @Test
    void propertiesArePinned() {
        Properties p = NlpPipeline.properties(NlpConfig.DEFAULT);
        assertEquals(new TreeSet<>(java.util.List.of("annotators", "ssplit.newlineIsSentenceBreak", "tokenize.options",
                "ner.model", "ner.applyFineGrained", "ner.buildEntityMentions", "ner.useSUTime", "ner.applyNumericClassifiers",
                "pos.maxlen")), new TreeSet<>(p.stringPropertyNames()));
        assertEquals("tokenize,ssplit,pos,lemma,ner", p.getProperty("annotators"));
        assertEquals("false", p.getProperty("ner.applyFineGrained"));
        assertEquals("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz", p.getProperty("ner.model"),
                "the 3-class CRF alone (README: the same eval figures, less heap)");
        Properties parser = NlpPipeline.parserProperties();
        assertEquals(new TreeSet<>(java.util.List.of("numCached", "numPreComputed")),
                new TreeSet<>(parser.stringPropertyNames()),
                "the parser's own keys: the cache size and the slices precomputed at load (README \"Speed\", v15)");
        assertEquals("0", parser.getProperty("numPreComputed"), "none precomputed: the cache computes what is met");
    }
}
