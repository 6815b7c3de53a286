package org.diplokg.nlp;

/**
 * The NLP choices a user can make. {@link NlpPipeline} is the one place that turns them into CoreNLP properties.
 *
 * @param fineGrainedNer apply CoreNLP's fine-grained KBP dictionary (COUNTRY, CITY, ...): about 3x slower and twice
 *                       the memory; DiploKG's own gazetteers classify places and countries without it
 * @param depparse       run the neural dependency parser (enhanced++ UD), which the relation rules of
 *                       {@code org/diplokg/rules/} read; without it only the token rules run
 */
public record NlpConfig(boolean fineGrainedNer, boolean depparse) {
    public static final NlpConfig DEFAULT = new NlpConfig(false, true);
}
