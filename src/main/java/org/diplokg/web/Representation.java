package org.diplokg.web;

import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.RDFFormat;

/**
 * The representations of a resource under {@code /id/}: the HTML page and the RDF description in four syntaxes.
 * The order is the server's preference when a client accepts several equally ({@code *}{@code /*} gets HTML).
 */
enum Representation implements Conneg.Offer {
    HTML("html", null, "text/html", "application/xhtml+xml"),
    TURTLE("turtle", RDFFormat.TURTLE_PRETTY, "text/turtle"),
    JSONLD("jsonld", RDFFormat.JSONLD11_PRETTY, "application/ld+json"),
    RDFXML("rdfxml", RDFFormat.RDFXML_PRETTY, "application/rdf+xml"),
    NTRIPLES("ntriples", RDFFormat.NTRIPLES, "application/n-triples");

    private final String param;
    private final RDFFormat rdf;
    private final List<String> mediaTypes;

    Representation(String param, RDFFormat rdf, String... mediaTypes) {
        this.param = param;
        this.rdf = rdf;
        this.mediaTypes = List.of(mediaTypes);
    }

    /** The value of {@code ?format=} that asks for this representation. */
    String param() {
        return param;
    }

    /** The RIOT format, null for HTML. */
    RDFFormat rdf() {
        return rdf;
    }

    @Override
    public List<String> mediaTypes() {
        return mediaTypes;
    }

    String contentType() {
        return mediaTypes.get(0) + ";charset=utf-8";
    }

    static Optional<Representation> ofParam(String param) {
        for (Representation r : values()) {
            if (r.param.equals(param)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    static String params() {
        StringBuilder sb = new StringBuilder();
        for (Representation r : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(r.param);
        }
        return sb.toString();
    }
}
