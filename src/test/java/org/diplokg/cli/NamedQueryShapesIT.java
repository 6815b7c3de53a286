package org.diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.diplokg.export.SampleStore;
import org.diplokg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The named queries whose shape was changed for speed answer what the plain form answered: the plain form is
 * written out here, ordered by the same keys (a total order, so that the page is one answer, not one of several),
 * and both run on the sample built by the real pipeline into TDB2, or on the store named by
 * {@code -Ddiplokg.identity.store=DIR} (e.g. one of {@code ../shared/corpus}). Each is also run with smaller pages,
 * so that the LIMIT cuts into the rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NamedQueryShapesIT {
    private static final String PREFIXES = """
            PREFIX dkg:     <https://w3id.org/diplokg/ontology#>
            PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX nif:     <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX prov:    <http://www.w3.org/ns/prov#>
            PREFIX itsrdf:  <http://www.w3.org/2005/11/its/rdf#>
            """;

    /** fact-evidence as it was: every statement joined with all it needs, then ordered. */
    private static final String PLAIN_FACT_EVIDENCE = PREFIXES + """
            SELECT ?subject ?property ?object ?confidence ?document ?sentence
            WHERE {
              ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                  dkg:confidence ?confidence ; dkg:evidence ?ev ; prov:wasDerivedFrom ?d .
              ?s rdfs:label ?subject .
              OPTIONAL { ?o rdfs:label ?olabel }
              BIND(COALESCE(?olabel, STR(?o)) AS ?object)
              BIND(STRAFTER(STR(?p), "#") AS ?property)
              ?ev nif:anchorOf ?sentence .
              ?d dcterms:identifier ?document .
            }
            ORDER BY ?subject ?property ?st ?object ?confidence ?document ?sentence
            LIMIT 100
            """;

    /** document-mentions as it was: one row per mention, grouped by name. */
    private static final String PLAIN_DOCUMENT_MENTIONS = PREFIXES + """
            SELECT ?document ?class ?entity (COUNT(?m) AS ?mentions)
            WHERE {
              ?d a dkg:Document ; dcterms:identifier ?document .
              GRAPH ?d { ?m itsrdf:taIdentRef ?e . }
              ?e rdfs:label ?entity ; a ?type .
              FILTER(?type IN (dkg:Organization, dkg:Country, dkg:Place, dkg:Person, dkg:Agreement, dkg:Event,
                               dkg:EventSeries))
              BIND(STRAFTER(STR(?type), "#") AS ?class)
            }
            GROUP BY ?document ?class ?entity
            ORDER BY ?document ?class DESC(?mentions) ?entity
            LIMIT 100
            """;

    @TempDir
    static Path dir;

    private KgStore store;

    @BeforeAll
    void open() {
        String other = System.getProperty("diplokg.identity.store");
        store = KgStore.open(other == null ? SampleStore.copyTo(dir.resolve("store")) : Path.of(other));
    }

    @AfterAll
    void close() {
        store.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 20, 7, 1})
    void factEvidenceAnswersAsThePlainJoin(int limit) throws Exception {
        List<List<String>> plain = rows(page(PLAIN_FACT_EVIDENCE, limit));
        assertEquals(plain, rows(page(Files.readString(Path.of("queries/fact-evidence.rq")), limit)));
        assertEquals(Math.min(limit, count("SELECT (COUNT(*) AS ?n) WHERE { ?st a rdf:Statement }")), plain.size(),
                "a page holds one row per statement");
        assertTrue(limit < 100 || plain.size() > 10, "too few facts to tell: " + plain.size());
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 20, 7, 1})
    void documentMentionsAnswersAsOneRowPerMention(int limit) throws Exception {
        List<List<String>> plain = rows(page(PLAIN_DOCUMENT_MENTIONS, limit));
        assertEquals(plain, rows(page(Files.readString(Path.of("queries/document-mentions.rq")), limit)));
        assertTrue(plain.size() == limit || limit == 100 && plain.size() > 20, "too few rows to tell: " + plain);
        assertTrue(limit < 20 || plain.stream().map(r -> r.get(3)).distinct().count() > 1, "counts all alike");
    }

    /**
     * What the shape of fact-evidence relies on: every statement has one subject, predicate, object, confidence,
     * evidence and document, the evidence its sentence text and the document its identifier.
     */
    @Test
    void everyStatementHasWhatItsPageReads() {
        long statements = count("SELECT (COUNT(*) AS ?n) WHERE { ?st a rdf:Statement }");
        assertTrue(statements > 0);
        for (String part : List.of("rdf:subject", "rdf:predicate", "rdf:object", "dkg:confidence", "dkg:evidence",
                "prov:wasDerivedFrom")) {
            assertEquals(statements, count("SELECT (COUNT(*) AS ?n) WHERE { ?st a rdf:Statement ; " + part + " ?x }"),
                    part);
        }
        assertEquals(statements, count("SELECT (COUNT(*) AS ?n) WHERE { ?st a rdf:Statement ; dkg:evidence ?ev ;"
                + " prov:wasDerivedFrom ?d . ?ev nif:anchorOf ?t . ?d dcterms:identifier ?i }"));
    }

    private static String page(String query, int limit) {
        return query.replace("LIMIT 100", "LIMIT " + limit);
    }

    private List<List<String>> rows(String query) {
        List<List<String>> out = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                ResultSet rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    List<String> row = new ArrayList<>();
                    for (String v : vars) {
                        row.add(String.valueOf(s.get(v)));
                    }
                    out.add(row);
                }
            }
        });
        return out;
    }

    private long count(String query) {
        long[] n = new long[1];
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(PREFIXES + query).build()) {
                n[0] = qe.execSelect().next().getLiteral("n").getLong();
            }
        });
        return n[0];
    }
}
