package org.diplokg.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplokg.rdf.DKG;

/**
 * Maps IRIs to links that stay in the browser: resources under the store's base are served at
 * {@code /id/{kind}/{slug}} whatever host and port the server runs on, ontology terms link to {@code /ontology},
 * other http(s) IRIs link out.
 */
final class Links {
    static final String ID_PATH = "/id/";
    private static final Pattern LOCAL = Pattern.compile("([a-z][a-z-]*)/([a-z0-9]+(?:-[a-z0-9]+)*)(#[^\\s]*)?");

    private final String base;

    Links(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    /** The store IRI named by a path under {@code /id/}, e.g. {@code organization/sco}, if it is well formed. */
    Optional<String> iriOfPath(String pathInfo) {
        if (pathInfo == null) {
            return Optional.empty();
        }
        String p = pathInfo.startsWith("/") ? pathInfo.substring(1) : pathInfo;
        Matcher m = LOCAL.matcher(p);
        if (!m.matches() || m.group(3) != null) {
            return Optional.empty();
        }
        return Optional.of(base + p);
    }

    /** {@code kind/slug} (with any fragment) of an IRI under the base, if it is one. */
    Optional<String> key(String iri) {
        if (iri == null || !iri.startsWith(base)) {
            return Optional.empty();
        }
        String rest = iri.substring(base.length());
        return LOCAL.matcher(rest).matches() ? Optional.of(rest) : Optional.empty();
    }

    /** The kind of an IRI under the base, from its path segment. */
    Optional<Kind> kindOf(String iri) {
        return key(iri).flatMap(k -> Kind.ofSegment(k.substring(0, k.indexOf('/'))));
    }

    /** Where a link to {@code iri} points; null when it should not be a link. */
    String href(String iri) {
        Optional<String> key = key(iri);
        if (key.isPresent()) {
            return ID_PATH + key.get();
        }
        if (iri.startsWith(DKG.NAMESPACE)) {
            return "/ontology";
        }
        return Html.safeHref(iri);
    }

    /** The timeline anchored at an entity. */
    String timeline(String iri) {
        return "/timeline#" + key(iri).orElse("");
    }

    /** The graph page focused on an entity. */
    static String graph(String iri, int hops) {
        return "/graph?focus=" + encode(iri) + "&hops=" + hops;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
