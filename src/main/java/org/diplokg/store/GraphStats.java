package org.diplokg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplokg.rdf.DKG;
import org.diplokg.rdf.Prefixes;

/**
 * Counts over the union graph, for the build summary, overview pages and exports: entities per top-level class
 * (with the documents that mention them), documents and facts. The one place that counts per class;
 * {@code queries/counts-by-class.rq} is the same count for people who read SPARQL, and a test keeps them equal.
 *
 * <pre>{@code
 * GraphStats stats = GraphStats.of(store.datasetGraph());
 * for (GraphStats.ClassCount c : stats.classes()) {
 *     System.out.println(c.className() + ": " + c.entities() + " in " + c.documents() + " documents");
 * }
 * }</pre>
 *
 * @param classes   one entry per class of {@link DKG#ENTITY_CLASSES}, in that order, zero when absent
 * @param documents documents in the store
 * @param facts     relation triples with evidence ({@code rdf:Statement}s)
 */
public record GraphStats(List<ClassCount> classes, long documents, long facts) {
    /** Entities of one top-level class and the documents that mention any of them. */
    public record ClassCount(String className, long entities, long documents) {
        public ClassCount {
            Objects.requireNonNull(className, "className");
        }
    }

    public GraphStats {
        classes = List.copyOf(classes);
    }

    /** Counts the store behind {@code dataset} (its default graph is the union of the document graphs). */
    public static GraphStats of(DatasetGraph dataset) {
        Objects.requireNonNull(dataset, "dataset");
        StringBuilder values = new StringBuilder();
        for (Resource c : DKG.ENTITY_CLASSES) {
            values.append("dkg:").append(c.getLocalName()).append(' ');
        }
        String perClass = "SELECT ?type (COUNT(DISTINCT ?e) AS ?entities) (COUNT(DISTINCT ?d) AS ?documents)"
                + " WHERE { VALUES ?type { " + values + "} ?e a ?type . OPTIONAL { ?e dkg:mentionedIn ?d } }"
                + " GROUP BY ?type";
        return Txn.calculateRead(dataset, () -> {
            Map<String, ClassCount> found = new HashMap<>();
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset))
                    .query(Prefixes.sparql() + perClass).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    String name = s.getResource("type").getLocalName();
                    found.put(name, new ClassCount(name, s.getLiteral("entities").getLong(),
                            s.getLiteral("documents").getLong()));
                });
            }
            List<ClassCount> classes = new ArrayList<>();
            for (Resource c : DKG.ENTITY_CLASSES) {
                classes.add(found.getOrDefault(c.getLocalName(), new ClassCount(c.getLocalName(), 0, 0)));
            }
            return new GraphStats(classes, count(dataset, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE"
                    + " { ?d a dkg:Document }"), count(dataset, "SELECT (COUNT(*) AS ?n) WHERE { ?s a rdf:Statement }"));
        });
    }

    private static long count(DatasetGraph dataset, String query) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset))
                .query(Prefixes.sparql() + query).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    /** Entities per class, then {@code Document}: the line the build summary prints. */
    public Map<String, Long> entitiesPerClass() {
        Map<String, Long> out = new LinkedHashMap<>();
        classes.forEach(c -> out.put(c.className(), c.entities()));
        out.put(DKG.Document.getLocalName(), documents);
        return out;
    }

    /** All entities of the top-level classes. */
    public long entities() {
        return classes.stream().mapToLong(ClassCount::entities).sum();
    }
}
