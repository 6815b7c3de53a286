package org.diplokg.web;

import java.util.Optional;

import org.diplokg.rdf.DKG;

/** The top-level classes a visitor browses: their IRI path segment, list page and names. */
enum Kind {
    ORGANIZATION("Organization", "organization", "organizations", "Organization", "Organizations", false),
    AGREEMENT("Agreement", "agreement", "agreements", "Agreement", "Agreements", true),
    EVENT("Event", "event", "events", "Event", "Events", true),
    EVENT_SERIES("EventSeries", "event-series", "event-series", "Event series", "Event series", false),
    COUNTRY("Country", "country", "countries", "Country", "Countries", false),
    PLACE("Place", "place", "places", "Place", "Places", false),
    PERSON("Person", "person", "people", "Person", "People", false),
    DOCUMENT("Document", "document", "documents", "Document", "Documents", true);

    private final String className;
    private final String segment;
    private final String listSlug;
    private final String singular;
    private final String plural;
    private final boolean dated;

    Kind(String className, String segment, String listSlug, String singular, String plural, boolean dated) {
        this.className = className;
        this.segment = segment;
        this.listSlug = listSlug;
        this.singular = singular;
        this.plural = plural;
        this.dated = dated;
    }

    /** The class IRI, e.g. {@code dkg:Organization}. */
    String classIri() {
        return DKG.NAMESPACE + className;
    }

    /** The local name of the class; also the CSS class suffix and the {@code class} of graph nodes. */
    String className() {
        return className;
    }

    /** The list page: {@code /browse/{listSlug}}. */
    String listPath() {
        return "/browse/" + listSlug;
    }

    String singular() {
        return singular;
    }

    String plural() {
        return plural;
    }

    /** Whether the class carries a date (dkg:date, or dcterms:date for documents). */
    boolean dated() {
        return dated;
    }

    /** The CSS class that colours this kind of entity. */
    String css() {
        return "k-" + segment;
    }

    static Optional<Kind> ofClassIri(String iri) {
        for (Kind k : values()) {
            if (k.classIri().equals(iri)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    static Optional<Kind> ofSegment(String segment) {
        for (Kind k : values()) {
            if (k.segment.equals(segment)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    static Optional<Kind> ofListSlug(String slug) {
        for (Kind k : values()) {
            if (k.listSlug.equals(slug)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
