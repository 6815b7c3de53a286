package org.diplokg.pipeline;

import org.diplokg.store.KgStore;

/** {@link StoreComparison} for tests of other packages. */
public final class StoreComparisonAccess {
    private StoreComparisonAccess() {
    }

    public static void assertSameGraphs(KgStore expected, KgStore actual, String what) {
        StoreComparison.assertSameGraphs(expected, actual, what);
    }
}
