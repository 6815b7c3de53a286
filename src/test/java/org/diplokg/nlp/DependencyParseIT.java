package org.diplokg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.diplokg.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * {@link DependencyParse} (the enhanced++ graph alone, a larger slice cache) gives every sentence the dependencies
 * CoreNLP's own {@code depparse} annotator gives it, edge for edge and in the same order, as DiploKG reads them: on
 * the sample and, when present, the corpus's news report and long report. The graphs differ only in the copy number
 * of the nodes that conjunctions copy ({@code trends-7'} against {@code trends-7'''}: CoreNLP's annotator made three
 * other graphs first, each making copies), which DiploKG does not read.
 */
class DependencyParseIT {
    @Test
    void sameDependenciesAsCoreNlpsAnnotator() throws Exception {
        List<Path> inputs = new ArrayList<>();
        try (var sample = Files.list(TestSupport.sample())) {
            sample.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(inputs::add);
        }
        if (TestSupport.corpusPresent()) {
            inputs.add(TestSupport.corpus().resolve("003_9965f455ec85e5ac.txt"));
            inputs.add(TestSupport.corpus().resolve("001_fe6b29a04fc2fbb4.txt"));
        }
        Properties pre = new Properties();
        pre.setProperty("annotators", "tokenize,ssplit,pos");
        pre.setProperty("ssplit.newlineIsSentenceBreak", "always");
        StanfordCoreNLP tagger = new StanfordCoreNLP(pre);
        Properties dep = new Properties();
        dep.setProperty("annotators", "depparse");
        dep.setProperty("enforceRequirements", "false");
        StanfordCoreNLP coreNlp = new StanfordCoreNLP(dep);
        DependencyParse lean = DependencyParse.load(NlpPipeline.parserProperties());
        int sentences = 0;
        int edges = 0;
        for (Path in : inputs) {
            Annotation doc = new Annotation(Files.readString(in));
            tagger.annotate(doc);
            coreNlp.annotate(doc);
            List<String> expected = new ArrayList<>();
            for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                expected.add(edges(s));
                s.remove(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            }
            lean.annotate(doc);
            List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
            for (int i = 0; i < all.size(); i++) {
                assertEquals(expected.get(i), edges(all.get(i)), in.getFileName() + ", sentence " + i);
                edges += expected.get(i).split("\n").length;
            }
            sentences += all.size();
        }
        assertTrue(sentences > (TestSupport.corpusPresent() ? 300 : 5), sentences + " sentences");
        assertTrue(edges > sentences * 5, edges + " edges");
    }

    /** The enhanced++ edges as {@code NlpPipeline} reads them: token positions and relation, in graph order. */
    private static String edges(CoreMap sentence) {
        SemanticGraph g = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        assertNotNull(g);
        StringBuilder b = new StringBuilder();
        g.getRoots().forEach(r -> b.append("root ").append(r.index()).append('\n'));
        g.edgeIterable().forEach(e -> b.append(e.getGovernor().index()).append(' ').append(e.getDependent().index())
                .append(' ').append(e.getRelation()).append('\n'));
        return b.toString();
    }
}
