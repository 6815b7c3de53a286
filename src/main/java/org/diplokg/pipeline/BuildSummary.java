package org.diplokg.pipeline;

import java.util.List;
import java.util.Map;

/** What a build did, for the summary the CLI prints and for tests. */
public record BuildSummary(int added, int replaced, int unchanged, int failed, int pruned, long tokens,
                           Map<String, Long> entitiesPerClass, long facts, long triples, List<String> warnings,
                           List<String> shaclViolations, int skippedParagraphs, List<String> degraded,
                           double seconds) {
    public BuildSummary {
        entitiesPerClass = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entitiesPerClass));
        warnings = List.copyOf(warnings);
        shaclViolations = List.copyOf(shaclViolations);
        degraded = List.copyOf(degraded);
    }
}
