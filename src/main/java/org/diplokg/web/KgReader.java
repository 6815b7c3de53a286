package org.diplokg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.diplokg.rdf.Prefixes;

/**
 * Runs the pages' SPARQL against the served dataset (its default graph is the union of the document graphs), in
 * read transactions. Values from requests enter queries only as substituted nodes, never as query text.
 */
final class KgReader {
    private static final String PREFIXES = Prefixes.sparql();

    private final DatasetGraph dataset;

    KgReader(DatasetGraph dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /** Runs {@code work} in one read transaction, so a page sees one state of the store. */
    <T> T read(Supplier<T> work) {
        if (dataset.isInTransaction()) {
            return work.get();
        }
        return Txn.calculateRead(dataset, work);
    }

    /** The rows of a SELECT written with the standard prefixes; {@code bindings} substitutes variables. */
    List<Binding> select(String query, Map<String, Node> bindings) {
        return read(() -> {
            List<Binding> rows = new ArrayList<>();
            RowSet rs = exec(query, bindings).select();
            // TDB2 decodes nodes lazily, inside the transaction: copy them out before it ends.
            rs.forEachRemaining(row -> {
                BindingBuilder copy = Binding.builder();
                row.forEach(copy::add);
                rows.add(copy.build());
            });
            return rows;
        });
    }

    List<Binding> select(String query) {
        return select(query, Map.of());
    }

    /** The graph built by a CONSTRUCT. */
    Graph construct(String query, Map<String, Node> bindings) {
        return read(() -> exec(query, bindings).construct());
    }

    boolean ask(String query, Map<String, Node> bindings) {
        return read(() -> exec(query, bindings).ask());
    }

    private QueryExecBuilder exec(String query, Map<String, Node> bindings) {
        QueryExecBuilder b = QueryExec.dataset(dataset).query(PREFIXES + query);
        bindings.forEach(b::substitution);
        return b;
    }

    /** The rows of {@code query} run with {@code iris} as the rows of its {@code VALUES} block. */
    List<Binding> select(ValuesQuery query, java.util.Collection<String> iris) {
        Query q = query.with(iris);
        return read(() -> {
            List<Binding> rows = new ArrayList<>();
            QueryExec.dataset(dataset).query(q).select().forEachRemaining(row -> {
                BindingBuilder copy = Binding.builder();
                row.forEach(copy::add);
                rows.add(copy.build());
            });
            return rows;
        });
    }

    /**
     * A SELECT with the standard prefixes and one {@code VALUES} block of one variable, parsed once; each run puts
     * its own IRIs in the block as nodes, so a long list of IRIs is never written out as query text and parsed
     * again. The query run is the one the text with those IRIs in its block parses to.
     */
    static final class ValuesQuery {
        private final Query template;

        /** {@code query} holds {@code VALUES ?v { <urn:x> }} (one placeholder IRI). */
        ValuesQuery(String query) {
            this.template = QueryFactory.create(PREFIXES + query);
        }

        Query with(java.util.Collection<String> iris) {
            return QueryTransformOps.transform(template, new ElementTransformCopyBase() {
                @Override
                public Element transform(ElementData el) {
                    Var v = el.getVars().get(0);
                    List<Binding> rows = new ArrayList<>(iris.size());
                    iris.forEach(i -> rows.add(Binding.builder().add(v, NodeFactory.createURI(i)).build()));
                    return new ElementData(List.of(v), rows);
                }
            });
        }
    }

    /** The lexical form of a bound literal, or the IRI of a bound resource, or null. */
    static String str(Binding row, String var) {
        Node n = row.get(var);
        if (n == null) {
            return null;
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        return n.isURI() ? n.getURI() : n.toString();
    }

    static int integer(Binding row, String var) {
        String s = str(row, var);
        if (s == null) {
            return 0;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
