package org.diplokg.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.diplokg.rdf.DKG;
import org.diplokg.rdf.NIF;
import org.diplokg.rdf.Prefixes;

/**
 * The RDF formats of the export. Turtle and JSON-LD carry entity descriptions: the triples about the selected
 * entities from the union graph (or a CONSTRUCT result). TriG and N-Quads carry the document named graphs with all
 * their provenance (documents, sentences, mentions, evidence statements); for a selection, the graphs of the
 * documents that mention it, without what they say about other entities. Neither ever points at an entity outside
 * the selection. Callers hold a read transaction on the store.
 */
final class RdfExport {
    private static final Node MENTIONED_IN = DKG.mentionedIn.asNode();
    private static final Node TA_IDENT_REF = NIF.taIdentRef.asNode();

    private final EntityGraph all;
    private final Set<String> selected;

    /**
     * @param all       every entity of the store, to tell entities from other resources
     * @param selection the entities to export
     */
    RdfExport(EntityGraph all, EntityGraph selection) {
        this.all = all;
        this.selected = new HashSet<>();
        selection.nodes().forEach(n -> selected.add(n.id()));
    }

    /** An entity that is not selected. */
    private boolean foreign(Node n) {
        return n.isURI() && !selected.contains(n.getURI()) && all.contains(n.getURI());
    }

    /** The triples of {@code source} about the selected entities. */
    Model entityDescriptions(Graph source) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.standard());
        Graph g = m.getGraph();
        List<String> ids = new ArrayList<>(selected);
        ids.sort(Comparator.naturalOrder());
        for (String id : ids) {
            source.find(NodeFactory.createURI(id), Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (!foreign(t.getObject())) {
                    g.add(t);
                }
            });
        }
        return m;
    }

    /** All triples of a CONSTRUCT result that stay within the selection. */
    Model constructed(Graph source) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.standard());
        source.find().forEachRemaining(t -> {
            if (!foreign(t.getSubject()) && !foreign(t.getObject())) {
                m.getGraph().add(t);
            }
        });
        return m;
    }

    static void writeTriples(Model m, ExportFormat format, OutputStream out) {
        RDFDataMgr.write(out, m, format == ExportFormat.jsonld ? RDFFormat.JSONLD11_PRETTY : RDFFormat.TURTLE_PRETTY);
    }

    /**
     * Streams the named graphs of {@code dataset} (and its default graph when {@code withDefault}) as TriG or
     * N-Quads; {@code whole} writes every quad, otherwise only the selection's part.
     */
    void writeQuads(DatasetGraph dataset, boolean whole, boolean withDefault, ExportFormat format, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out,
                format == ExportFormat.trig ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS);
        stream.start();
        new TreeMap<>(Prefixes.standard().getNsPrefixMap()).forEach(stream::prefix);
        List<Node> graphs = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(graphs::add);
        graphs.sort(Comparator.comparing(Node::toString));
        if (withDefault) {
            graphs.add(0, Quad.defaultGraphIRI);
        }
        for (Node gn : graphs) {
            Graph g = gn.equals(Quad.defaultGraphIRI) ? dataset.getDefaultGraph() : dataset.getGraph(gn);
            if (whole) {
                g.find().forEachRemaining(t -> stream.quad(Quad.create(gn, t)));
            } else if (mentionsSelection(g)) {
                Set<Node> skip = aboutOthers(g);
                g.find().forEachRemaining(t -> {
                    if (!skip.contains(t.getSubject()) && !foreign(t.getSubject()) && !foreign(t.getObject())) {
                        stream.quad(Quad.create(gn, t));
                    }
                });
            }
        }
        stream.finish();
    }

    private boolean mentionsSelection(Graph g) {
        if (!g.contains(Node.ANY, MENTIONED_IN, Node.ANY)) {
            return true; // not a document graph but a CONSTRUCT result: keep what stays within the selection
        }
        return g.find(Node.ANY, MENTIONED_IN, Node.ANY).filterKeep(t -> t.getSubject().isURI()
                && selected.contains(t.getSubject().getURI())).hasNext();
    }

    /** Evidence statements and mentions in {@code g} that concern an entity outside the selection. */
    private Set<Node> aboutOthers(Graph g) {
        Set<Node> out = new HashSet<>();
        for (Node p : List.of(RDF.subject.asNode(), RDF.object.asNode(), TA_IDENT_REF)) {
            for (Triple t : g.find(Node.ANY, p, Node.ANY).toList()) {
                if (foreign(t.getObject())) {
                    out.add(t.getSubject());
                }
            }
        }
        return out;
    }
}
