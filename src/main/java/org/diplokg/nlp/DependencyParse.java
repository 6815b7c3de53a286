package org.diplokg.nlp;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;

/**
 * CoreNLP's neural dependency parser, giving each sentence only the enhanced++ graph DiploKG reads. CoreNLP's own
 * {@code depparse} annotator makes five graphs per sentence from the one parse (basic, collapsed, CC-processed,
 * enhanced and enhanced++); each conversion is a pass of tree surgery with its own Semgrex patterns, and four of
 * them were thrown away. The parse itself ({@link DependencyParser#predict}) and the enhanced++ conversion are
 * CoreNLP's, called as its annotator calls them. Thread-safe as CoreNLP's annotator is: one parser, shared.
 */
final class DependencyParse {
    /** Loaded parsers by their properties: CoreNLP caches its annotators per process the same way. */
    private static final Map<Properties, DependencyParser> LOADED = new ConcurrentHashMap<>();

    private final DependencyParser parser;

    private DependencyParse(DependencyParser parser) {
        this.parser = parser;
    }

    /** The default English model with {@code properties} (the parser's own keys, no {@code depparse.} prefix). */
    static DependencyParse load(Properties properties) {
        Properties key = new Properties();
        key.putAll(properties);
        return new DependencyParse(LOADED.computeIfAbsent(key,
                p -> DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, p)));
    }

    /** Sets {@code EnhancedPlusPlusDependenciesAnnotation} on every sentence of {@code annotation}. */
    void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap sentence : sentences) {
            GrammaticalStructure gs = parser.predict(sentence);
            sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                    SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                            GrammaticalStructure.Extras.NONE, null));
        }
    }
}
