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
                "ner.applyFineGrained", "ner.buildEntityMentions", "ner.useSUTime", "ner.applyNumericClassifiers",
                "pos.maxlen", "depparse.maxlen")), new TreeSet<>(p.stringPropertyNames()));
        assertEquals("tokenize,ssplit,pos,lemma,ner,depparse", p.getProperty("annotators"));
        assertEquals("false", p.getProperty("ner.applyFineGrained"));
        assertEquals("tokenize,ssplit,pos,lemma,ner",
                NlpPipeline.properties(new NlpConfig(false, false)).getProperty("annotators"), "build --no-parse");
    }
}
