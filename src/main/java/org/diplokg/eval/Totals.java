package org.diplokg.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Micro-averaged figures over several documents: the counts of every document summed per class and per relation, and
 * P/R/F1 computed from the sums (a long document weighs more than a short one). {@link #core()} pools the relations
 * that say what was agreed by whom, where and when: {@link #CORE}.
 */
public record Totals(int documents, Map<String, Score> classes, Map<String, Score> relations) {
    /** The relations pooled as "core facts". */
    public static final List<String> CORE = List.of("party", "issuedBy", "adoptedAt", "date", "location", "host");

    public Totals {
        classes = Map.copyOf(classes);
        relations = Map.copyOf(relations);
    }

    public static Totals of(List<EvalReport.DocumentReport> documents) {
        Map<String, Score> classes = new TreeMap<>();
        Map<String, Score> relations = new TreeMap<>();
        for (EvalReport.DocumentReport d : documents) {
            d.classes().forEach((c, s) -> classes.merge(c, s, Score::plus));
            d.relations().forEach((r, s) -> relations.merge(r, s, Score::plus));
        }
        return new Totals(documents.size(), classes, relations);
    }

    public Score allEntities() {
        return classes.values().stream().reduce(Score.EMPTY, Score::plus);
    }

    public Score allFacts() {
        return relations.values().stream().reduce(Score.EMPTY, Score::plus);
    }

    /** The {@link #CORE} relations pooled. */
    public Score core() {
        return CORE.stream().map(r -> relations.getOrDefault(r, Score.EMPTY)).reduce(Score.EMPTY, Score::plus);
    }
}
