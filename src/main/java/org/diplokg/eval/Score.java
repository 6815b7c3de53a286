package org.diplokg.eval;

/**
 * Counts for one class or relation. {@code found} gold items were found among {@code gold}; {@code correct} of the
 * {@code system} items match gold. For entities matched one to one the two agree; for facts they may differ.
 */
public record Score(int gold, int found, int system, int correct) {
    public static final Score EMPTY = new Score(0, 0, 0, 0);

    public Score plus(Score o) {
        return new Score(gold + o.gold, found + o.found, system + o.system, correct + o.correct);
    }

    /** Correct system items over system items; 1 when the system said nothing. */
    public double precision() {
        return system == 0 ? 1.0 : (double) correct / system;
    }

    /** Found gold items over gold items; 1 when there is no gold. */
    public double recall() {
        return gold == 0 ? 1.0 : (double) found / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
