package org.diplokg.nlp;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import org.diplokg.ingest.SourceDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CoreNLP pipeline, loaded once per process and shared by threads; {@link #annotate} copies CoreNLP's
 * annotations into DiploKG records so nothing of CoreNLP leaves this package.
 *
 * <pre>{@code
 * NlpPipeline nlp = NlpPipeline.create(NlpConfig.DEFAULT);   // loads models: seconds
 * AnnotatedDocument annotated = nlp.annotate(sourceDocument);
 * }</pre>
 */
public final class NlpPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(NlpPipeline.class);

    private final StanfordCoreNLP pipeline;
    private final NlpConfig config;

    private NlpPipeline(StanfordCoreNLP pipeline, NlpConfig config) {
        this.pipeline = pipeline;
        this.config = config;
    }

    public static NlpPipeline create(NlpConfig config) {
        long start = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties(config));
        LOG.info("CoreNLP models loaded in {} ms ({})", (System.nanoTime() - start) / 1_000_000, config);
        return new NlpPipeline(pipeline, config);
    }

    /** The only CoreNLP configuration in DiploKG; a test pins these keys. */
    static Properties properties(NlpConfig config) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner" + (config.depparse() ? ",depparse" : ""));
        // Paragraphs and headings are lines; ingest joins hard-wrapped lines before they get here.
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false,"
                + "quotes=unicode,splitHyphenated=true");
        p.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrainedNer()));
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("pos.maxlen", "250");
        p.setProperty("depparse.maxlen", "150");
        return p;
    }

    public NlpConfig config() {
        return config;
    }

    /** Annotates the document's analysis text; the document date, when known, anchors relative dates. */
    public AnnotatedDocument annotate(SourceDocument doc) {
        Annotation annotation = new Annotation(doc.analysisText());
        doc.date().ifPresent(d -> annotation.set(CoreAnnotations.DocDateAnnotation.class,
                d.format(DateTimeFormatter.ISO_LOCAL_DATE)));
        pipeline.annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap s : coreSentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                String norm = l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                tokens.add(new Token(i, l.word(), l.beginPosition(), l.endPosition(), nonNull(l.tag()),
                        nonNull(l.lemma()), l.ner() == null ? "O" : l.ner(), nonNull(norm)));
            }
            int begin = tokens.get(0).begin();
            int end = tokens.get(tokens.size() - 1).end();
            sentences.add(new Sentence(sentences.size(), begin, end, tokens, dependencies(s)));
        }
        return new AnnotatedDocument(doc, sentences);
    }

    private static List<Dependency> dependencies(CoreMap sentence) {
        SemanticGraph g = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (g == null) {
            return List.of();
        }
        List<Dependency> deps = new ArrayList<>();
        for (IndexedWord root : g.getRoots()) {
            deps.add(new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
            deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation()
                    .toString()));
        }
        return deps;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
