package org.diplokg.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/** The result of evaluating a store against gold files: per document, per class and per relation, with the errors. */
public record EvalReport(List<DocumentReport> documents, List<String> splitIdentities) {
    public EvalReport {
        documents = List.copyOf(documents);
        splitIdentities = List.copyOf(splitIdentities);
    }

    /** One document's scores and the items behind them. */
    public record DocumentReport(String document, Map<String, Score> classes, Map<String, Score> relations,
            List<String> missedEntities, List<String> spuriousEntities, List<String> missedFacts,
            List<String> spuriousFacts, List<String> wrongIdentity) {
        public DocumentReport {
            classes = Map.copyOf(classes);
            relations = Map.copyOf(relations);
            missedEntities = List.copyOf(missedEntities);
            spuriousEntities = List.copyOf(spuriousEntities);
            missedFacts = List.copyOf(missedFacts);
            spuriousFacts = List.copyOf(spuriousFacts);
            wrongIdentity = List.copyOf(wrongIdentity);
        }

        public Score allEntities() {
            return classes.values().stream().reduce(Score.EMPTY, Score::plus);
        }

        public Score allFacts() {
            return relations.values().stream().reduce(Score.EMPTY, Score::plus);
        }
    }

    public DocumentReport document(String identifier) {
        return documents.stream().filter(d -> d.document().equals(identifier)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no report for " + identifier));
    }

    /** The counts of all documents summed: micro-averaged P/R/F1 per class, per relation and for the core facts. */
    public Totals totals() {
        return Totals.of(documents);
    }

    /**
     * A plain-text report: per document, tables of P/R/F1, then the misses and spurious items (at most {@code limit}
     * each); then the store-wide identity check and the {@link #totals()}.
     */
    public void print(PrintWriter out, int limit) {
        for (DocumentReport d : documents) {
            out.printf("== %s%n", d.document());
            table(out, "class", d.classes(), d.allEntities());
            table(out, "relation", d.relations(), d.allFacts());
            list(out, "missed entities", d.missedEntities(), limit);
            list(out, "spurious entities", d.spuriousEntities(), limit);
            list(out, "missed facts", d.missedFacts(), limit);
            list(out, "spurious facts", d.spuriousFacts(), limit);
            list(out, "one gold entity, several IRIs", d.wrongIdentity(), limit);
            out.println();
        }
        list(out, "same name, several IRIs (whole store)", splitIdentities, limit);
        out.println();
        printTotals(out);
    }

    /** Only the {@link #totals()}: per class, per relation, and a "core facts" line. */
    public void printTotals(PrintWriter out) {
        Totals t = totals();
        out.printf("== totals over %d document%s (micro-averaged: counts summed)%n", t.documents(),
                t.documents() == 1 ? "" : "s");
        table(out, "class", t.classes(), t.allEntities());
        table(out, "relation", t.relations(), t.allFacts());
        row(out, "core facts", t.core());
        out.flush();
    }

    private static void table(PrintWriter out, String head, Map<String, Score> rows, Score total) {
        out.printf("%-14s %5s %5s %5s %5s  %6s %6s %6s%n", head, "gold", "found", "sys", "ok", "P", "R", "F1");
        new TreeMap<>(rows).forEach((k, s) -> row(out, k, s));
        row(out, "(all)", total);
    }

    private static void row(PrintWriter out, String name, Score s) {
        out.printf(Locale.ROOT, "%-14s %5d %5d %5d %5d  %6.3f %6.3f %6.3f%n", name, s.gold(), s.found(), s.system(),
                s.correct(), s.precision(), s.recall(), s.f1());
    }

    private static void list(PrintWriter out, String title, List<String> items, int limit) {
        if (items.isEmpty()) {
            return;
        }
        out.printf("%s (%d):%n", title, items.size());
        items.stream().limit(limit).forEach(i -> out.println("  " + i));
        if (items.size() > limit) {
            out.printf("  ... %d more (see --json)%n", items.size() - limit);
        }
    }

    public JsonObject toJson() {
        JsonObject root = new JsonObject();
        JsonArray docs = new JsonArray();
        for (DocumentReport d : documents) {
            JsonObject o = new JsonObject();
            o.put("document", d.document());
            o.put("entities", scores(d.classes(), d.allEntities()));
            o.put("relations", scores(d.relations(), d.allFacts()));
            o.put("missedEntities", strings(d.missedEntities()));
            o.put("spuriousEntities", strings(d.spuriousEntities()));
            o.put("missedFacts", strings(d.missedFacts()));
            o.put("spuriousFacts", strings(d.spuriousFacts()));
            o.put("wrongIdentity", strings(d.wrongIdentity()));
            docs.add(o);
        }
        root.put("documents", docs);
        root.put("splitIdentities", strings(splitIdentities));
        Totals t = totals();
        JsonObject totals = new JsonObject();
        totals.put("documents", t.documents());
        totals.put("entities", scores(t.classes(), t.allEntities()));
        JsonObject relations = scores(t.relations(), t.allFacts());
        relations.put("core", score(t.core()));
        totals.put("relations", relations);
        totals.put("coreRelations", strings(Totals.CORE));
        root.put("totals", totals);
        return root;
    }

    private static JsonObject scores(Map<String, Score> rows, Score total) {
        JsonObject o = new JsonObject();
        new TreeMap<>(rows).forEach((k, s) -> o.put(k, score(s)));
        o.put("all", score(total));
        return o;
    }

    private static JsonObject score(Score s) {
        JsonObject o = new JsonObject();
        o.put("gold", s.gold());
        o.put("found", s.found());
        o.put("system", s.system());
        o.put("correct", s.correct());
        o.put("precision", JsonNumber.value(round(s.precision())));
        o.put("recall", JsonNumber.value(round(s.recall())));
        o.put("f1", JsonNumber.value(round(s.f1())));
        return o;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    private static JsonArray strings(List<String> items) {
        JsonArray a = new JsonArray();
        items.forEach(a::add);
        return a;
    }
}
