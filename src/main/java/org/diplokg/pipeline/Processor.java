package org.diplokg.pipeline;

import org.diplokg.StageTimes;
import org.diplokg.extract.Extractor;
import org.diplokg.extract.Gazetteer;
import org.diplokg.ingest.SourceDocument;
import org.diplokg.nlp.NlpPipeline;
import org.diplokg.resolve.ResolvedDocument;
import org.diplokg.resolve.Resolver;

/**
 * The per-document work: annotate, extract, resolve. A pure function of the document and the read-only models,
 * so documents can be processed in parallel threads.
 */
public final class Processor {
    private final NlpPipeline nlp;
    private final Extractor extractor;
    private final Resolver resolver;

    private final Gazetteer gazetteer;
    public Processor(NlpPipeline nlp, Gazetteer gazetteer) {
        this.nlp = nlp;
        this.gazetteer = gazetteer;
        this.extractor = new Extractor(gazetteer);
        this.resolver = new Resolver(gazetteer);
    }

    /** The gazetteer the extraction and resolution use, for identity checks against the store. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The NLP pipeline, shared: for tests of the extraction rules on their own. */
    public NlpPipeline nlp() {
        return nlp;
    }

    public ResolvedDocument process(SourceDocument doc) {
        org.diplokg.extract.Extraction found = extract(doc);
        return nlp.times().time("resolve", () -> resolver.resolve(found));
    }

    /**
     * Annotation and extraction, before resolution: the parse runs once the titles are found. The time of each
     * stage goes to {@code nlp().times()} ({@code extract} without the parse it calls).
     */
    public org.diplokg.extract.Extraction extract(SourceDocument doc) {
        org.diplokg.nlp.AnnotatedDocument annotated = nlp.annotate(doc);
        long[] parsing = {0, 0};
        StageTimes.Mark start = StageTimes.Mark.now();
        org.diplokg.extract.Extraction found = extractor.extract(annotated, (d, keep) -> {
            StageTimes.Mark t = StageTimes.Mark.now();
            try {
                return nlp.parse(d, keep);
            } finally {
                StageTimes.Mark end = StageTimes.Mark.now();
                parsing[0] += end.wall() - t.wall();
                parsing[1] += end.cpu() - t.cpu();
            }
        });
        StageTimes.Mark end = StageTimes.Mark.now();
        nlp.times().add("extract", end.wall() - start.wall() - parsing[0], end.cpu() - start.cpu() - parsing[1]);
        return found;
    }
}
