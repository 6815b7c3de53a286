package org.diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The queries of queries/ answer in pages a person reads: ordered, and at most 100 rows unless bounded anyway. */
class NamedQueriesTest {
    /** Rows bounded by the ontology, not the data: one per class. */
    private static final Set<String> BOUNDED = Set.of("counts-by-class.rq");

    static Stream<Path> namedQueries() throws Exception {
        return Files.list(Path.of("queries")).filter(p -> p.toString().endsWith(".rq")).sorted();
    }

    @ParameterizedTest
    @MethodSource("namedQueries")
    void everyQueryIsOrderedAndPaged(Path file) throws Exception {
        Query q = QueryFactory.create(Files.readString(file));
        assertTrue(q.hasOrderBy(), file + " has no ORDER BY: its rows would come in any order");
        if (!BOUNDED.contains(file.getFileName().toString())) {
            assertTrue(q.hasLimit() && q.getLimit() <= 100, file + " needs LIMIT 100 or less");
        }
    }
}
