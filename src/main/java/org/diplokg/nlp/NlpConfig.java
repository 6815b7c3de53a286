package org.diplokg.nlp;

/**
 * The NLP choices a user can make. {@link NlpPipeline} is the one place that turns them into CoreNLP properties.
 *
 * @param fineGrainedNer apply CoreNLP's fine-grained KBP dictionary (COUNTRY, CITY, ...): about 3x slower and twice
 *                       the memory; DiploKG's own gazetteers classify places and countries without it
 * @param depparse       run the neural dependency parser (enhanced++ UD), which the relation rules of
 *                       {@code org/diplokg/rules/} read; without it only the token rules run
 * @param threads        threads that annotate one document's sentences at once (batches of sentences over the one
 *                       shared pipeline); the output is the same for every value
 */
public record NlpConfig(boolean fineGrainedNer, boolean depparse, int threads) {
    public static final NlpConfig DEFAULT = new NlpConfig(false, true, 1);

    public NlpConfig {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    public NlpConfig(boolean fineGrainedNer, boolean depparse) {
        this(fineGrainedNer, depparse, 1);
    }

    public NlpConfig withThreads(int n) {
        return new NlpConfig(fineGrainedNer, depparse, n);
    }
}
