package org.diplokg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.diplokg.TestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SUTime and the numeric classifiers run only where they may find something ({@link TimeGatedNer}), and every
 * token's NER class and normalised value come out as from CoreNLP's own NER annotator with SUTime on every
 * sentence: on the sample, two corpus documents when present, and sentences written to catch the gate out.
 */
class TimeGatedNerIT {
    /** Dates, durations, sets and numbers without a digit, one per sentence, then sentences with none at all. */
    private static final List<String> WITH = List.of(
            "The ministers met at the time of the crisis.",
            "They met again last Monday.",
            "The forum is held every summer.",
            "Biweekly meetings follow.",
            "In the twenty-first century the partners signed accords.",
            "Half of the members attended.",
            "They came on Christmas Eve.",
            "The council currently meets in the hall.",
            "In the past it met elsewhere.",
            "The parties will cooperate in the future.",
            "They review progress annually.",
            "Hundreds of delegates came.",
            "The summit was held for the first time.",
            "A decade ago the Beijing-Moscow dialogue began.",
            "It is now an event.",
            "The talks run overnight.",
            "It is a yearly event.");
    private static final List<String> WITHOUT = List.of(
            "The Kenya-Vietnam memorandum was signed in Nairobi by the foreign ministers.",
            "China and the African Union agreed to strengthen cooperation on digital skills.",
            "The United Nations welcomed the initiative of the Shanghai Cooperation Organisation.");
    private static final String TRICKY = String.join("\n", WITH) + "\n" + String.join("\n", WITHOUT);

    private static StanfordCoreNLP before;
    private static Annotator plain;
    private static Annotator gated;

    @BeforeAll
    static void load() {
        Properties all = NlpPipeline.properties(NlpConfig.DEFAULT);
        before = new StanfordCoreNLP(NlpPipeline.only(all, "tokenize,ssplit,pos,lemma"));
        plain = new StanfordCoreNLP(NlpPipeline.only(all, "ner"));
        gated = TimeGatedNer.create(all.getProperty("ner.model"), new java.util.concurrent.atomic.LongAdder(),
                new java.util.concurrent.atomic.LongAdder());
    }

    @Test
    void theGateIsSetUp() {
        assertNotNull(gated, "CoreNLP's NER annotator could not be given the gated classifier");
    }

    @Test
    void gatedNerTagsAsCoreNlpDoes() throws Exception {
        List<String> texts = new ArrayList<>(List.of(TRICKY));
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(TestSupport.sample())) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        if (TestSupport.corpusPresent()) {
            files.add(TestSupport.corpus().resolve("003_9965f455ec85e5ac.txt"));
            files.add(TestSupport.corpus().resolve("001_fe6b29a04fc2fbb4.txt"));
        }
        for (Path f : files) {
            texts.add(Files.readString(f));
        }
        int skipped = 0;
        int sentences = 0;
        for (String text : texts) {
            Annotation a = annotated(text, plain);
            Annotation b = annotated(text, gated);
            List<CoreLabel> x = a.get(CoreAnnotations.TokensAnnotation.class);
            List<CoreLabel> y = b.get(CoreAnnotations.TokensAnnotation.class);
            assertEquals(x.size(), y.size());
            for (int i = 0; i < x.size(); i++) {
                String where = x.get(i).word() + " at " + x.get(i).beginPosition();
                assertEquals(x.get(i).ner(), y.get(i).ner(), where);
                assertEquals(x.get(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
                        y.get(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class), where);
            }
            for (CoreMap s : b.get(CoreAnnotations.SentencesAnnotation.class)) {
                sentences++;
                skipped += TimeGatedNer.mayHoldTimeOrNumber(s.get(CoreAnnotations.TokensAnnotation.class)) ? 0 : 1;
            }
        }
        assertTrue(skipped > 0 && skipped < sentences, skipped + " of " + sentences + " sentences without SUTime");
    }

    @Test
    void sentencesWithoutDatesOrNumbersSkipSutime() {
        Annotation a = annotated(TRICKY, plain);
        List<CoreMap> s = a.get(CoreAnnotations.SentencesAnnotation.class);
        assertEquals(WITH.size() + WITHOUT.size(), s.size());
        for (int i = 0; i < WITH.size(); i++) {
            assertTrue(TimeGatedNer.mayHoldTimeOrNumber(s.get(i).get(CoreAnnotations.TokensAnnotation.class)),
                    s.get(i).toString());
        }
        for (int i = WITH.size(); i < s.size(); i++) {
            assertFalse(TimeGatedNer.mayHoldTimeOrNumber(s.get(i).get(CoreAnnotations.TokensAnnotation.class)),
                    s.get(i).toString());
        }
    }

    private static Annotation annotated(String text, Annotator ner) {
        Annotation a = new Annotation(text);
        before.annotate(a);
        ner.annotate(a);
        return a;
    }
}
