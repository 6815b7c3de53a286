package org.diplokg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
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
