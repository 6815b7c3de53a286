package org.diplokg.rdf;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

import org.diplokg.KgException.ConfigException;
import org.diplokg.extract.EntityKind;
import org.diplokg.resolve.Slugs;

/**
 * Mints every IRI of the graph from one base: entities {@code {base}{kind}/{slug}}, documents
 * {@code {base}document/{slug}}, mentions and sentences as NIF offsets {@code {document}#char=b,e}.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "http://localhost:3030/id/";

    private final String base;

    private Iris(String base) {
        this.base = base;
    }

    /** Validates the base: an absolute http(s) IRI ending with "/". */
    public static Iris of(String base) {
        Objects.requireNonNull(base, "base");
        try {
            URI uri = new URI(base);
            if (!uri.isAbsolute() || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null || uri.getFragment() != null || uri.getQuery() != null) {
                throw new ConfigException("--base-uri must be an absolute http(s) IRI without query or fragment: "
                        + base);
            }
        } catch (URISyntaxException e) {
            throw new ConfigException("--base-uri is not a valid IRI: " + base + " (" + e.getReason() + ")");
        }
        return new Iris(base.endsWith("/") ? base : base + "/");
    }

    public String base() {
        return base;
    }

    public String entity(EntityKind kind, String slug) {
        if (!Slugs.isValid(slug)) {
            throw new IllegalArgumentException("invalid slug: " + slug);
        }
        return base + kind.pathSegment() + "/" + slug;
    }

    /** An entity IRI from its key "kind/slug". */
    public String entity(String key) {
        return base + key;
    }

    public String document(String slug) {
        if (!Slugs.isValid(slug)) {
            throw new IllegalArgumentException("invalid slug: " + slug);
        }
        return base + "document/" + slug;
    }

    public static String span(String documentIri, int begin, int end) {
        return documentIri + "#char=" + begin + "," + end;
    }
}
