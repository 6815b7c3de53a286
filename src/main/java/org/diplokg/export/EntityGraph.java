package org.diplokg.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable graph of entities (nodes) and the relations between them (edges), the shape every graph format of
 * the export writes. Nodes are the entities of the top-level classes; documents are not nodes (their number is a
 * node attribute). Literal values ({@code dkg:date}, {@code dkg:endDate}, {@code dkg:ordinal}) are node attributes.
 * Nodes are sorted by id and edges by id, so the same store always gives the same file.
 *
 * <pre>{@code
 * EntityGraph all = EntityGraphReader.read(store.datasetGraph());
 * EntityGraph near = all.neighbourhood("http://localhost:3030/id/country/kenya", 2);
 * near.nodes().forEach(n -> System.out.println(n.label() + " " + near.degree(n.id())));
 * }</pre>
 */
public final class EntityGraph {
    /**
     * An entity.
     *
     * @param id        the entity IRI
     * @param label     its one {@code rdfs:label}
     * @param className the local name of its top-level class, e.g. {@code Organization}
     * @param kind      {@code dkg:kind} as written ("memorandum of understanding"), or "" when none
     * @param altLabels {@code skos:altLabel}s, sorted
     * @param date      the earliest {@code dkg:date} (xsd:date, gYearMonth or gYear lexical form), or ""
     * @param endDate   the latest {@code dkg:endDate}, or ""
     * @param ordinal   {@code dkg:ordinal}, or 0 when none
     * @param documents the documents that mention it ({@code dkg:mentionedIn})
     * @param mentions  its mentions in all documents ({@code itsrdf:taIdentRef})
     */
    public record Node(String id, String label, String className, String kind, List<String> altLabels, String date,
                       String endDate, int ordinal, int documents, int mentions) {
        public Node {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(className, "className");
            Objects.requireNonNull(kind, "kind");
            altLabels = List.copyOf(altLabels);
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(endDate, "endDate");
            if (ordinal < 0 || documents < 0 || mentions < 0) {
                throw new IllegalArgumentException("negative count on " + id);
            }
        }
    }

    /**
     * A relation between two entities.
     *
     * @param id         a stable id: the same relation has the same id in every export and subgraph
     * @param relation   the local name of the property, e.g. {@code party}, {@code adoptedAt}
     * @param label      the property's label in the ontology, e.g. "adopted at"
     * @param evidence   the sentences that state it ({@code rdf:Statement}s), 0 for relations a query made up
     * @param confidence the highest {@code dkg:confidence} of those statements, 0 when there are none
     */
    public record Edge(String id, String source, String target, String relation, String label, int evidence,
                       double confidence) {
        public Edge {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(label, "label");
            if (evidence < 0 || !(confidence >= 0 && confidence <= 1)) {
                throw new IllegalArgumentException("evidence must be >= 0 and confidence 0..1: " + id);
            }
        }

        /** The id of the relation {@code predicate} from {@code source} to {@code target}: a short hash. */
        public static String idOf(String source, String predicate, String target) {
            try {
                byte[] d = MessageDigest.getInstance("SHA-256").digest((source + ' ' + predicate + ' ' + target)
                        .getBytes(StandardCharsets.UTF_8));
                return "e" + HexFormat.of().formatHex(d, 0, 8);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final Map<String, Node> nodes;
    private final List<Node> nodeList;
    private final List<Edge> edges;
    private final Map<String, List<Edge>> incident;

    private EntityGraph(Map<String, Node> nodes, List<Edge> edges) {
        this.nodes = nodes;
        this.nodeList = List.copyOf(nodes.values());
        this.edges = edges;
        Map<String, List<Edge>> inc = new HashMap<>();
        for (Edge e : edges) {
            inc.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e);
            inc.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e);
        }
        this.incident = inc;
    }

    /** A graph of {@code nodes} and {@code edges}; every edge must join two of the nodes; ids must be unique. */
    public static EntityGraph of(Collection<Node> nodes, Collection<Edge> edges) {
        Map<String, Node> byId = new LinkedHashMap<>();
        nodes.stream().sorted(Comparator.comparing(Node::id)).forEach(n -> {
            if (byId.put(n.id(), n) != null) {
                throw new IllegalArgumentException("duplicate node " + n.id());
            }
        });
        Set<String> edgeIds = new HashSet<>();
        List<Edge> sorted = edges.stream().sorted(Comparator.comparing(Edge::id)).toList();
        for (Edge e : sorted) {
            if (!byId.containsKey(e.source()) || !byId.containsKey(e.target())) {
                throw new IllegalArgumentException("edge " + e.id() + " joins a node not in the graph: "
                        + e.source() + " -> " + e.target());
            }
            if (!edgeIds.add(e.id())) {
                throw new IllegalArgumentException("duplicate edge " + e.id());
            }
        }
        return new EntityGraph(byId, sorted);
    }

    public List<Node> nodes() {
        return nodeList;
    }

    public List<Edge> edges() {
        return edges;
    }

    public Optional<Node> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public boolean contains(String id) {
        return nodes.containsKey(id);
    }

    /** Edges in and out of {@code id} (a self-loop counts twice). */
    public int degree(String id) {
        return incident.getOrDefault(id, List.of()).size();
    }

    /**
     * The nodes at most {@code hops} edges from {@code focus}, following edges in both directions, with every edge
     * among them.
     *
     * @throws UnknownEntityException when {@code focus} is not a node of this graph
     */
    public EntityGraph neighbourhood(String focus, int hops) {
        if (hops < 0) {
            throw new IllegalArgumentException("hops must be >= 0: " + hops);
        }
        if (!nodes.containsKey(focus)) {
            throw new UnknownEntityException(focus);
        }
        Set<String> seen = new HashSet<>(Set.of(focus));
        Deque<String> frontier = new ArrayDeque<>(List.of(focus));
        for (int hop = 0; hop < hops && !frontier.isEmpty(); hop++) {
            Deque<String> next = new ArrayDeque<>();
            for (String id : frontier) {
                for (Edge e : incident.getOrDefault(id, List.of())) {
                    String other = e.source().equals(id) ? e.target() : e.source();
                    if (seen.add(other)) {
                        next.add(other);
                    }
                }
            }
            frontier = next;
        }
        return induced(seen);
    }

    /** The nodes with the given ids (others are ignored) and every edge among them. */
    public EntityGraph induced(Set<String> ids) {
        List<Node> kept = nodes.values().stream().filter(n -> ids.contains(n.id())).toList();
        List<Edge> keptEdges = edges.stream()
                .filter(e -> ids.contains(e.source()) && ids.contains(e.target())).toList();
        return of(kept, keptEdges);
    }

    @Override
    public String toString() {
        return "EntityGraph[" + nodes.size() + " nodes, " + edges.size() + " edges]";
    }
}
