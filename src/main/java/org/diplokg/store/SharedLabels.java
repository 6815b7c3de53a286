package org.diplokg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplokg.rdf.DKG;

/**
 * One {@code rdfs:label} per entity across the document graphs, chosen over all of them whatever the order they
 * were written in. A document graph as built gives each entity the name that document gives it; when documents
 * disagree (a short form in one, the long form in another), the name given by the most documents wins, then the
 * longest, then the first in code-point order. A graph whose own name lost keeps it as {@code skos:altLabel} and
 * as {@code dkg:documentLabel} (so the choice can be made again when documents come and go), and carries the chosen
 * name as its {@code rdfs:label}. So the store is a function of the set of documents it holds: any order, or a
 * store built one document at a time, gives the same graphs.
 *
 * <p>Each call reads every graph that names the entity: a write costs time in proportion to the documents that
 * share its entities. A bulk load calls it once for all the entities it loaded.
 */
final class SharedLabels {
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node ALT = SKOS.altLabel.asNode();
    private static final Node OWN = DKG.documentLabel.asNode();
    private static final Node MENTIONED_IN = DKG.mentionedIn.asNode();

    private SharedLabels() {
    }

    /** The entities of one document graph of {@code dsg}: the subjects of {@code dkg:mentionedIn}. */
    static Set<Node> entities(DatasetGraph dsg, Node graph) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(graph, Node.ANY, MENTIONED_IN, Node.ANY).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    /** The entities of a document graph being written. */
    static Set<Node> entities(Graph g) {
        Set<Node> out = new LinkedHashSet<>();
        g.find(Node.ANY, MENTIONED_IN, Node.ANY).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    /** Every entity of the store. */
    static Set<Node> allEntities(DatasetGraph dsg) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, MENTIONED_IN, Node.ANY).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    /**
     * Gives each of {@code entities} its chosen label in every graph of {@code dsg} that names it; inside the
     * caller's write transaction.
     *
     * @return the graphs changed
     */
    static Set<Node> reconcile(DatasetGraph dsg, Collection<Node> entities) {
        Set<Node> changed = new LinkedHashSet<>();
        for (Node e : entities) {
            reconcile(dsg, e, changed);
        }
        return changed;
    }

    private record Named(Node graph, Node label, Node own) {
    }

    private static void reconcile(DatasetGraph dsg, Node e, Set<Node> changed) {
        List<Named> named = new ArrayList<>();
        dsg.find(Node.ANY, e, LABEL, Node.ANY).forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                var own = dsg.find(q.getGraph(), e, OWN, Node.ANY);
                Node o = own.hasNext() ? own.next().getObject() : q.getObject();
                named.add(new Named(q.getGraph(), q.getObject(), o));
            }
        });
        if (named.size() < 2 && named.stream().allMatch(n -> n.own().equals(n.label()))) {
            return;
        }
        Node chosen = choose(named.stream().map(Named::own).toList());
        List<Quad> delete = new ArrayList<>();
        List<Quad> add = new ArrayList<>();
        for (Named n : named) {
            if (n.label().equals(chosen)) {
                continue;
            }
            Node g = n.graph();
            delete.add(Quad.create(g, e, LABEL, n.label()));
            add.add(Quad.create(g, e, LABEL, chosen));
            if (n.own().equals(chosen)) {
                delete.add(Quad.create(g, e, OWN, n.own()));
                delete.add(Quad.create(g, e, ALT, n.own()));
            } else if (n.own().equals(n.label())) {
                add.add(Quad.create(g, e, OWN, n.own()));
                add.add(Quad.create(g, e, ALT, n.own()));
            }
            changed.add(g);
        }
        delete.forEach(dsg::delete);
        add.forEach(dsg::add);
    }

    /** The name given by the most graphs, then the longest, then the first in code-point order. */
    static Node choose(List<Node> names) {
        Map<Node, Integer> counts = new HashMap<>();
        names.forEach(n -> counts.merge(n, 1, Integer::sum));
        return counts.entrySet().stream()
                .min(Comparator.comparing((Map.Entry<Node, Integer> x) -> -x.getValue())
                        .thenComparing(x -> -x.getKey().getLiteralLexicalForm().length())
                        .thenComparing(x -> x.getKey().getLiteralLexicalForm())
                        .thenComparing(x -> x.getKey().getLiteralLanguage()))
                .orElseThrow().getKey();
    }
}
