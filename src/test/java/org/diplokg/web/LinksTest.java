package org.diplokg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class LinksTest {
    private final Links links = new Links("https://example.org/kg/");

    @Test
    void pathsUnderIdNameIrisUnderTheBase() {
        assertEquals(Optional.of("https://example.org/kg/organization/sco"), links.iriOfPath("/organization/sco"));
        assertEquals(Optional.of("https://example.org/kg/event-series/brics-summit"),
                links.iriOfPath("/event-series/brics-summit"));
        for (String bad : new String[] {null, "/", "/organization", "/organization/", "/a/b/c", "/Org/sco",
                "/organization/SCO", "/organization/a--b", "/organization/sco#x", "/../etc/passwd",
                "/organization/a>b"}) {
            assertTrue(links.iriOfPath(bad).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void linksStayOnThisServer() {
        assertEquals("/id/country/kenya", links.href("https://example.org/kg/country/kenya"));
        assertEquals("/id/document/a-txt#char=1,5", links.href("https://example.org/kg/document/a-txt#char=1,5"));
        assertEquals("/ontology", links.href("https://w3id.org/diplokg/ontology#party"));
        assertEquals("http://www.w3.org/2004/02/skos/core#altLabel",
                links.href("http://www.w3.org/2004/02/skos/core#altLabel"));
        assertNull(links.href("urn:x:y"));
        assertEquals(Optional.of(Kind.EVENT_SERIES), links.kindOf("https://example.org/kg/event-series/x"));
        assertFalse(links.kindOf("http://localhost:3030/id/country/kenya").isPresent(), "another base");
        assertEquals("/timeline#event/x", links.timeline("https://example.org/kg/event/x"));
    }

    @Test
    void searchScoresExactThenPrefixThenWordThenAnywhere() {
        assertEquals(4, Catalog.score("sco", "sco"));
        assertEquals(3, Catalog.score("sco secretariat", "sco"));
        assertEquals(2, Catalog.score("the sco forum", "sco"));
        assertEquals(1, Catalog.score("moscow", "sco"));
    }

    @Test
    void futureDatesAreTold() {
        assertTrue(FactSentences.isFuture("9999"));
        assertFalse(FactSentences.isFuture("2000-01"));
        assertFalse(FactSentences.isFuture("1999-12-31"));
    }
}
