package org.diplokg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnegTest {
    private static Optional<Representation> choose(String accept) {
        return Conneg.choose(accept, List.of(Representation.values()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "NULL | HTML",
        "'' | HTML",
        "*/* | HTML",
        "text/turtle | TURTLE",
        "application/ld+json | JSONLD",
        "application/rdf+xml | RDFXML",
        "application/n-triples | NTRIPLES",
        "TEXT/Turtle | TURTLE",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | HTML",
        "text/turtle;q=0.5, application/ld+json | JSONLD",
        "application/rdf+xml;q=0.5, text/turtle;q=0.9 | TURTLE",
        "text/turtle;q=0, */*;q=0.1 | HTML",
        "text/*;q=0.3, text/turtle;q=0.9, text/html;q=0.2 | TURTLE",
        "application/*;q=0.4, application/n-triples;q=0.9, text/html;q=0.5 | NTRIPLES",
        "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2 | HTML",
        "application/ld+json;profile=\"http://www.w3.org/ns/json-ld#expanded\" | JSONLD",
        "garbage, text/turtle | TURTLE",
        "text/turtle;q=abc | HTML",
    })
    void choosesByMostSpecificRangeThenServerOrder(String accept, Representation expected) {
        assertEquals(Optional.of(expected), choose(accept));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "image/png",
        "application/pdf, image/*",
        "text/turtle;q=0",
        "*/*;q=0",
        "text/*;q=0.5, text/html;q=0, text/turtle;q=0",
    })
    void nothingAcceptableGives406(String accept) {
        assertTrue(choose(accept).isEmpty(), accept);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "text/turtle;q=2, text/html | 0.0",
        "text/turtle;q=-1, text/html | 0.0",
        "text/turtle;q=0.7 | 0.7",
        "text/*;q=0.3, */*;q=0.9 | 0.3",
    })
    void qualityOfTheMostSpecificMatch(String accept, double q) {
        assertEquals(q, Conneg.quality(Conneg.parse(accept), "text/turtle"));
    }
}
