package org.diplokg.nlp;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import org.diplokg.StageTimes;
import org.diplokg.ingest.SourceDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CoreNLP pipeline, loaded once per process and shared by threads; {@link #annotate} copies CoreNLP's
 * annotations into DiploKG records so nothing of CoreNLP leaves this package. Each annotator runs and is timed on
 * its own ({@link #times}); with {@code threads > 1} a document's sentences are annotated in batches at once.
 *
 * <pre>{@code
 * NlpPipeline nlp = NlpPipeline.create(NlpConfig.DEFAULT);   // loads models: seconds
 * AnnotatedDocument annotated = nlp.annotate(sourceDocument);
 * }</pre>
 */
public final class NlpPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(NlpPipeline.class);
    /** System property: {@code true} parses every sentence, {@link ParseGate} or not (a check, not a setting). */
    public static final String EVERY_SENTENCE = "diplokg.parse.everySentence";
    /** Batches per thread: more than one, so a slow batch does not leave a core idle. */
    private static final int BATCHES_PER_THREAD = 4;
    /** Threads loading the POS, lemma, NER and parser models at once. */
    private static final int LOADER_THREADS = 3;
    /** Parser slices cached ({@link #parserProperties}); a system property so that {@code bench} can compare. */
    private static final int PARSER_CACHE = Integer.getInteger("diplokg.parse.cache", 100_000);
    /**
     * Parser slices computed while the model loads ({@link #parserProperties}). CoreNLP's default, 20,000, took 1.4 s
     * of the parser's load, its longest; with none, the slices a document needs are computed when first met and kept
     * in the cache, and the parse is the same edge for edge (DependencyParseIT).
     */
    private static final int PARSER_PRECOMPUTED = Integer.getInteger("diplokg.parse.precomputed", 0);
    static final String NER_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /** One CoreNLP annotator, run and timed on its own. */
    private record Step(String name, Annotator annotator) {
    }

    private final StanfordCoreNLP tokenizer;
    private final List<Step> steps;
    /** The dependency parser on its own, for {@link #parse}: run after the titles are known. Null without parse. */
    private final DependencyParse parser;
    private final NlpConfig config;
    private final ExecutorService batchPool;
    private final StageTimes times = new StageTimes();
    private final LongAdder annotationWall = new LongAdder();
    private final long loadMillis;
    private final Work work;
    /** Set by {@link #EVERY_SENTENCE}: parse sentences {@link ParseGate} would skip, to check that it loses nothing. */
    private final boolean parseEverySentence = Boolean.getBoolean(EVERY_SENTENCE);

    private NlpPipeline(StanfordCoreNLP tokenizer, List<Step> steps, DependencyParse parser, NlpConfig config,
                        long loadMillis, Work work) {
        this.work = work;
        this.tokenizer = tokenizer;
        this.steps = steps;
        this.parser = parser;
        this.config = config;
        this.loadMillis = loadMillis;
        this.batchPool = config.threads() == 1 ? null : Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "nlp-batch");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Loads the models: the tokenizer first, then the POS tagger, lemmatiser, NER and parser at once on threads of
     * their own (they are independent). CoreNLP caches annotators per process, so a second pipeline with the same
     * settings loads nothing.
     */
    public static NlpPipeline create(NlpConfig config) {
        long start = System.nanoTime();
        Properties all = properties(config);
        Work work = new Work();
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(only(all, "tokenize,ssplit"));
        ExecutorService loaders = Executors.newFixedThreadPool(LOADER_THREADS, r -> {
            Thread t = new Thread(r, "nlp-load");
            t.setDaemon(true);
            return t;
        });
        java.util.Map<String, String> took = new java.util.concurrent.ConcurrentSkipListMap<>();
        try {
            Future<Annotator> ner = loaders.submit(timed("ner", took, () -> nerAnnotator(config, all, work)));
            Future<DependencyParse> parser = config.depparse()
                    ? loaders.submit(timed("parser", took, () -> DependencyParse.load(parserProperties()))) : null;
            Future<StanfordCoreNLP> pos = loaders.submit(timed("pos", took, () -> new StanfordCoreNLP(only(all, "pos"))));
            Future<StanfordCoreNLP> lemma = loaders.submit(timed("lemma", took,
                    () -> new StanfordCoreNLP(only(all, "lemma"))));
            List<Step> steps = List.of(new Step("pos", loaded(pos)), new Step("lemma", loaded(lemma)),
                    new Step("ner", loaded(ner)));
            DependencyParse dep = parser == null ? null : loaded(parser);
            long ms = (System.nanoTime() - start) / 1_000_000;
            LOG.info("CoreNLP models loaded in {} ms; wall/CPU ms each, on {} threads: {} ({})", ms, LOADER_THREADS,
                    took, config);
            return new NlpPipeline(tokenizer, steps, dep, config, ms, work);
        } finally {
            loaders.shutdown();
        }
    }

    /** {@code load}, recording its wall and CPU milliseconds under {@code name}. */
    private static <T> java.util.concurrent.Callable<T> timed(String name, java.util.Map<String, String> took,
                                                              java.util.concurrent.Callable<T> load) {
        return () -> {
            StageTimes.Mark t = StageTimes.Mark.now();
            try {
                return load.call();
            } finally {
                StageTimes.Mark end = StageTimes.Mark.now();
                took.put(name, (end.wall() - t.wall()) / 1_000_000 + "/" + (end.cpu() - t.cpu()) / 1_000_000);
            }
        };
    }

    static Properties only(Properties all, String annotators) {
        Properties p = new Properties();
        p.putAll(all);
        p.setProperty("annotators", annotators);
        p.setProperty("enforceRequirements", "false");
        return p;
    }

    /**
     * CoreNLP's NER with SUTime and the numeric classifiers only on sentences that may hold a date or a number
     * ({@link TimeGatedNer}: the same tags, a third of the time); the plain annotator with fine-grained NER, or when
     * the gate cannot be set up.
     */
    private static Annotator nerAnnotator(NlpConfig config, Properties all, Work work) {
        Annotator gated = config.fineGrainedNer() ? null
                : TimeGatedNer.create(all.getProperty("ner.model"), work.nerTokens, work.sutimeTokens);
        return gated != null ? gated : new StanfordCoreNLP(only(all, "ner"));
    }

    private static <T> T loaded(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("model loading interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("loading a CoreNLP model failed", e.getCause());
        }
    }

    /** Time spent per annotator ({@code tokenize}, {@code pos}, {@code lemma}, {@code ner}, {@code parse}). */
    public StageTimes times() {
        return times;
    }

    /**
     * Wall time inside {@link #annotate} and {@link #parse}, summed over documents: with batches on several threads
     * it is less than the annotators' summed times.
     */
    public long annotationWallNanos() {
        return annotationWall.sum();
    }

    /**
     * Work done, counted in tokens (steady whatever else loads the machine): tokens NER tagged and those of them in
     * sentences given to SUTime; tokens of the sentences given to {@link #parse} and those the parser saw.
     */
    public static final class Work {
        private final LongAdder nerTokens = new LongAdder();
        private final LongAdder sutimeTokens = new LongAdder();
        private final LongAdder parseTokens = new LongAdder();
        private final LongAdder parsedTokens = new LongAdder();

        public long nerTokens() {
            return nerTokens.sum();
        }

        public long sutimeTokens() {
            return sutimeTokens.sum();
        }

        public long parseTokens() {
            return parseTokens.sum();
        }

        public long parsedTokens() {
            return parsedTokens.sum();
        }
    }

    public Work work() {
        return work;
    }

    /** How long {@link #create} took to load the models. */
    public long loadMillis() {
        return loadMillis;
    }

    /**
     * The parser's own settings ({@link DependencyParse}). {@code numCached}: hidden-layer slices of the features
     * not precomputed, kept in CoreNLP's shared LRU cache; a slice is the same whether cached or computed, so the
     * size changes only the time (CoreNLP's default of 5,000 recomputed most of them). {@code numPreComputed}: see
     * {@link #PARSER_PRECOMPUTED}.
     */
    static Properties parserProperties() {
        Properties p = new Properties();
        p.setProperty("numCached", Integer.toString(PARSER_CACHE));
        p.setProperty("numPreComputed", Integer.toString(PARSER_PRECOMPUTED));
        return p;
    }

    /**
     * {@code annotated} with the enhanced++ dependencies of each sentence, parsed on the tokens {@code keep} lists
     * for it (a title collapsed to its head word parses as the one noun it is: "signed the Initiative on X from Y
     * Ports in Istanbul" no longer hangs Istanbul on Ports); a null list keeps every token. The edges point to the
     * original token indices. A sentence {@link ParseGate} finds nothing in keeps no dependencies. Without the parse
     * the document comes back unchanged.
     */
    public AnnotatedDocument parse(AnnotatedDocument annotated, List<List<Integer>> keep) {
        if (parser == null) {
            return annotated;
        }
        Annotation a = new Annotation(annotated.document().analysisText());
        List<CoreMap> sentences = new ArrayList<>();
        List<CoreMap> bySentence = new ArrayList<>();
        List<CoreLabel> all = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            work.parseTokens.add(s.size());
            if (!parseEverySentence && !ParseGate.needsParse(s)) {
                bySentence.add(null);
                continue;
            }
            work.parsedTokens.add(s.size());
            List<Integer> kept = kept(s, keep);
            List<CoreLabel> labels = new ArrayList<>(kept.size());
            for (int j = 0; j < kept.size(); j++) {
                Token t = s.token(kept.get(j));
                CoreLabel l = new CoreLabel();
                l.setWord(t.text());
                l.setValue(t.text());
                l.setOriginalText(t.text());
                l.setTag(t.pos());
                l.setLemma(t.lemma());
                l.setNER(t.ner());
                l.setIndex(j + 1);
                l.setSentIndex(sentences.size());
                l.setBeginPosition(t.begin());
                l.setEndPosition(t.end());
                labels.add(l);
            }
            CoreMap sm = new edu.stanford.nlp.util.ArrayCoreMap();
            sm.set(CoreAnnotations.TokensAnnotation.class, labels);
            sm.set(CoreAnnotations.SentenceIndexAnnotation.class, sentences.size());
            sm.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, s.begin());
            sm.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, s.end());
            sentences.add(sm);
            bySentence.add(sm);
            all.addAll(labels);
        }
        a.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        a.set(CoreAnnotations.TokensAnnotation.class, all);
        long t = System.nanoTime();
        if (!sentences.isEmpty()) {
            SentenceBatches.run(a, batches(), batchPool, batch -> times.time("parse", () -> parser.annotate(batch)));
        }
        annotationWall.add(System.nanoTime() - t);
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            CoreMap parsed = bySentence.get(s.index());
            if (parsed == null) {
                out.add(s);
                continue;
            }
            List<Integer> kept = kept(s, keep);
            List<Dependency> deps = new ArrayList<>();
            for (Dependency d : dependencies(parsed)) {
                deps.add(new Dependency(d.governor() < 0 ? -1 : kept.get(d.governor()), kept.get(d.dependent()),
                        d.relation()));
            }
            out.add(new Sentence(s.index(), s.begin(), s.end(), s.tokens(), deps));
        }
        return new AnnotatedDocument(annotated.document(), out);
    }

    private static List<Integer> kept(Sentence s, List<List<Integer>> keep) {
        return keep.get(s.index()) != null ? keep.get(s.index())
                : java.util.stream.IntStream.range(0, s.size()).boxed().toList();
    }

    /** The only CoreNLP configuration in DiploKG; a test pins these keys. */
    static Properties properties(NlpConfig config) {
        Properties p = new Properties();
        // The parse runs apart, once the titles are known (parserProperties, parse).
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // Paragraphs and headings are lines; ingest joins hard-wrapped lines before they get here.
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false,"
                + "quotes=unicode,splitHyphenated=true");
        // The 3-class CRF only (PERSON, ORGANIZATION, LOCATION), not CoreNLP's default of three CRFs (3-, 7- and
        // 4-class): DiploKG reads no MISC, and dates, numbers and ordinals come from SUTime and the numeric
        // classifiers. Measured (README "Speed"): the same eval figures (one spurious date fewer), a third less
        // heap, models loaded faster.
        p.setProperty("ner.model", NER_3CLASS);
        p.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrainedNer()));
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("pos.maxlen", "250");
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
        long start = System.nanoTime();
        times.time("tokenize", () -> tokenizer.annotate(annotation));
        SentenceBatches.run(annotation, batches(), batchPool, batch -> {
            for (Step step : steps) {
                times.time(step.name(), () -> step.annotator().annotate(batch));
            }
        });
        annotationWall.add(System.nanoTime() - start);
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

    private int batches() {
        return config.threads() * BATCHES_PER_THREAD;
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
