package org.diplokg.extract;

/**
 * A possible mention over tokens [start, end) of one sentence, before overlaps are settled: longest first, then the
 * stronger source.
 */
record Candidate(EntityKind kind, String subtype, int start, int end, int priority, String canonical, int ordinal,
                 String series, double confidence, String rule) {
    // On spans of equal length a curated gazetteer name beats a title pattern ("United Nations Conference on Trade
    // and Development" is an organisation, not a conference).
    static final int PRIORITY_TITLE = 2;
    static final int PRIORITY_GAZETTEER = 3;
    static final int PRIORITY_NER = 1;

    int length() {
        return end - start;
    }
}
