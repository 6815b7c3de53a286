package org.diplokg.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.rdf.DKG;
import org.diplokg.rdf.Ontology;
import org.diplokg.rdf.Prefixes;

/**
 * Reads the {@link EntityGraph} of a store with SPARQL over the union graph: one node per entity of a top-level
 * class, one edge per {@code dkg:} relation between two entities, with the number of {@code rdf:Statement}s that
 * give evidence for it and their highest confidence.
 *
 * <pre>{@code
 * EntityGraph all = EntityGraphReader.read(store.datasetGraph());
 * EntityGraph fromQuery = EntityGraphReader.fromTriples(constructed.getGraph(), all);
 * }</pre>
 */
public final class EntityGraphReader {
    private static final Map<String, String> RELATION_LABELS = relationLabels();

    private EntityGraphReader() {
    }

    /** The whole entity graph of {@code dataset}, whose default graph is the union of the document graphs. */
    public static EntityGraph read(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> readInTransaction(dataset));
    }

    private static EntityGraph readInTransaction(DatasetGraph dataset) {
        StringBuilder classes = new StringBuilder();
        DKG.ENTITY_CLASSES.forEach(c -> classes.append("dkg:").append(c.getLocalName()).append(' '));
        Map<String, String> classOf = new HashMap<>();
        select(dataset, "SELECT ?e ?type WHERE { VALUES ?type { " + classes + "} ?e a ?type }", s -> {
            String e = s.getResource("e").getURI();
            String cls = s.getResource("type").getLocalName();
            // An IRI with two top-level classes keeps the first in contract order.
            classOf.merge(e, cls, (a, b) -> rank(a) <= rank(b) ? a : b);
        });
        Map<String, Attributes> attrs = new HashMap<>();
        select(dataset, "SELECT ?e ?p ?v WHERE { VALUES ?p { rdfs:label skos:altLabel dkg:kind dkg:date dkg:endDate"
                + " dkg:ordinal } ?e ?p ?v }", s -> {
                    String e = s.getResource("e").getURI();
                    if (classOf.containsKey(e)) {
                        attrs.computeIfAbsent(e, k -> new Attributes()).add(s.getResource("p").getLocalName(),
                                s.get("v"));
                    }
                });
        Map<String, Integer> documents = countPerEntity(dataset,
                "SELECT ?e (COUNT(DISTINCT ?d) AS ?n) WHERE { ?e dkg:mentionedIn ?d } GROUP BY ?e");
        Map<String, Integer> mentions = countPerEntity(dataset,
                "SELECT ?e (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m itsrdf:taIdentRef ?e } GROUP BY ?e");
        List<EntityGraph.Node> nodes = new ArrayList<>();
        classOf.forEach((e, cls) -> nodes.add(attrs.getOrDefault(e, new Attributes())
                .node(e, cls, documents.getOrDefault(e, 0), mentions.getOrDefault(e, 0))));

        Map<String, Integer> evidence = new HashMap<>();
        Map<String, Double> confidence = new HashMap<>();
        select(dataset, "SELECT ?s ?p ?o (COUNT(DISTINCT ?st) AS ?n) (MAX(?c) AS ?conf) WHERE { ?st a rdf:Statement ;"
                + " rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . FILTER(isIRI(?o))"
                + " OPTIONAL { ?st dkg:confidence ?c } } GROUP BY ?s ?p ?o", s -> {
                    String id = EntityGraph.Edge.idOf(s.getResource("s").getURI(), s.getResource("p").getURI(),
                            s.getResource("o").getURI());
                    evidence.put(id, s.getLiteral("n").getInt());
                    if (s.contains("conf")) {
                        confidence.put(id, s.getLiteral("conf").getDouble());
                    }
                });
        List<EntityGraph.Edge> edges = new ArrayList<>();
        select(dataset, "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o . FILTER(isIRI(?o) && STRSTARTS(STR(?p), '"
                + DKG.NAMESPACE + "')) }", s -> {
                    String from = s.getResource("s").getURI();
                    String to = s.getResource("o").getURI();
                    if (classOf.containsKey(from) && classOf.containsKey(to)) {
                        String p = s.getResource("p").getURI();
                        String id = EntityGraph.Edge.idOf(from, p, to);
                        edges.add(new EntityGraph.Edge(id, from, to, localName(p), relationLabel(p),
                                evidence.getOrDefault(id, 0), confidence.getOrDefault(id, 0.0)));
                    }
                });
        return EntityGraph.of(nodes, edges);
    }

    /**
     * The part of {@code all} that a CONSTRUCT result names: every entity that is a subject or object of a triple,
     * and an edge for every triple between two entities. A triple that matches a relation of the store keeps its
     * evidence; a relation the query made up (any predicate) becomes an edge without evidence.
     */
    public static EntityGraph fromTriples(Graph constructed, EntityGraph all) {
        Set<String> ids = new LinkedHashSet<>();
        Map<String, EntityGraph.Edge> known = new HashMap<>();
        all.edges().forEach(e -> known.put(e.id(), e));
        List<EntityGraph.Edge> edges = new ArrayList<>();
        Set<String> edgeIds = new HashSet<>();
        for (Triple t : constructed.find().toList()) {
            Node s = t.getSubject();
            Node o = t.getObject();
            boolean subject = s.isURI() && all.contains(s.getURI());
            boolean object = o.isURI() && all.contains(o.getURI());
            if (subject) {
                ids.add(s.getURI());
            }
            if (object) {
                ids.add(o.getURI());
            }
            if (subject && object) {
                String p = t.getPredicate().getURI();
                String id = EntityGraph.Edge.idOf(s.getURI(), p, o.getURI());
                if (edgeIds.add(id)) {
                    edges.add(known.getOrDefault(id, new EntityGraph.Edge(id, s.getURI(), o.getURI(), localName(p),
                            relationLabel(p), 0, 0)));
                }
            }
        }
        List<EntityGraph.Node> nodes = all.nodes().stream().filter(n -> ids.contains(n.id())).toList();
        return EntityGraph.of(nodes, edges);
    }

    private static int rank(String cls) {
        for (int i = 0; i < DKG.ENTITY_CLASSES.size(); i++) {
            if (DKG.ENTITY_CLASSES.get(i).getLocalName().equals(cls)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static Map<String, Integer> countPerEntity(DatasetGraph dataset, String query) {
        Map<String, Integer> out = new HashMap<>();
        select(dataset, query, s -> out.put(s.getResource("e").getURI(), s.getLiteral("n").getInt()));
        return out;
    }

    private static void select(DatasetGraph dataset, String query, Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset))
                .query(Prefixes.sparql() + query).build()) {
            qe.execSelect().forEachRemaining(row);
        }
    }

    /** The last segment of an IRI: after the last '#', '/' or ':'. */
    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), Math.max(iri.lastIndexOf('/'), iri.lastIndexOf(':')));
        String name = iri.substring(cut + 1);
        return name.isEmpty() ? iri : name;
    }

    /** The ontology's label of a property ("adopted at"), else its local name split at capitals. */
    static String relationLabel(String predicate) {
        String label = RELATION_LABELS.get(predicate);
        return label != null ? label : localName(predicate).replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> relationLabels() {
        Model ontology = Ontology.ontology();
        Map<String, String> out = new HashMap<>();
        for (Statement st : ontology.listStatements(null, RDFS.label, (RDFNode) null).toList()) {
            Resource s = st.getSubject();
            if (s.isURIResource() && s.getURI().startsWith(DKG.NAMESPACE) && st.getObject().isLiteral()) {
                out.put(s.getURI(), st.getLiteral().getString());
            }
        }
        return Map.copyOf(out);
    }

    /** The attribute values of one entity as the query returns them, one row per value. */
    private static final class Attributes {
        private final Set<String> labels = new TreeSet<>();
        private final Set<String> altLabels = new TreeSet<>();
        private final Set<String> kinds = new TreeSet<>();
        private final TreeSet<String> dates = new TreeSet<>(GraphDates.ORDER);
        private final TreeSet<String> endDates = new TreeSet<>(GraphDates.ORDER);
        private int ordinal;

        void add(String property, RDFNode value) {
            if (!value.isLiteral()) {
                return;
            }
            String lexical = value.asLiteral().getLexicalForm();
            switch (property) {
                case "label" -> labels.add(lexical);
                case "altLabel" -> altLabels.add(lexical);
                case "kind" -> kinds.add(lexical);
                case "date" -> dates.add(lexical);
                case "endDate" -> endDates.add(lexical);
                case "ordinal" -> {
                    try {
                        ordinal = Math.max(ordinal, Integer.parseInt(lexical));
                    } catch (NumberFormatException e) {
                        // Not an integer: SHACL reports it at build time; the export leaves it out.
                    }
                }
                default -> throw new IllegalStateException("unexpected property " + property);
            }
        }

        EntityGraph.Node node(String iri, String cls, int documents, int mentions) {
            String label = labels.isEmpty() ? localName(iri) : labels.iterator().next();
            List<String> alts = altLabels.stream().filter(a -> !labels.contains(a)).toList();
            return new EntityGraph.Node(iri, label, cls, kinds.isEmpty() ? "" : kinds.iterator().next(), alts,
                    dates.isEmpty() ? "" : dates.first(), endDates.isEmpty() ? "" : endDates.last(), ordinal,
                    documents, mentions);
        }
    }
}
