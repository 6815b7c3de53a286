package org.diplokg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.diplokg.rdf.Prefixes;

/** How values appear on pages: links for IRIs, readable dates, class chips, property names, highlighted text. */
final class Render {
    private static final PrefixMapping PREFIXES = Prefixes.standard();

    private final Links links;
    private final Map<String, String> termLabels;

    Render(Links links, Map<String, String> termLabels) {
        this.links = links;
        this.termLabels = termLabels;
    }

    Links links() {
        return links;
    }

    /** A compact name for an IRI: {@code dkg:party}, or the IRI itself. */
    static String qname(String iri) {
        String q = PREFIXES.qnameFor(iri);
        return q == null ? iri : q;
    }

    /** The label the ontology gives a term, else its compact name. */
    String termLabel(String iri) {
        return termLabels.getOrDefault(iri, qname(iri));
    }

    /** A property as a link to its definition, titled with its label. */
    void property(Html h, String iri) {
        String href = links.href(iri);
        String label = termLabels.get(iri);
        if (href == null) {
            h.el("span", qname(iri), "title", label);
        } else {
            h.link(href, qname(iri), "title", label == null ? iri : label + " (" + iri + ")");
        }
    }

    /** A value: a link (coloured by kind) for an IRI, a formatted literal otherwise. */
    void value(Html h, Resources.Value v) {
        Node n = v.node();
        if (n.isURI()) {
            String href = links.href(n.getURI());
            String text = v.label() != null ? v.label() : (links.kindOf(n.getURI()).isPresent() ? n.getURI()
                    : qname(n.getURI()));
            String css = v.kind() == null ? "ref" : "ref " + v.kind().css();
            if (href == null) {
                h.el("span", text, "class", css, "title", n.getURI());
            } else {
                h.link(href, text, "class", css, "title", n.getURI());
            }
        } else if (n.isLiteral()) {
            h.text(n.getLiteralLexicalForm());
            String dt = n.getLiteralDatatypeURI();
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                h.el("span", "@" + lang, "class", "dt");
            } else if (dt != null && !dt.endsWith("#string") && !dt.endsWith("nteger") && !dt.endsWith("#decimal")) {
                h.el("span", qname(dt), "class", "dt");
            }
        } else {
            h.text(n.toString());
        }
    }

    /** A link to a resource by IRI and label. */
    void ref(Html h, String iri, String label, Kind kind) {
        value(h, new Resources.Value(org.apache.jena.graph.NodeFactory.createURI(iri), label, kind));
    }

    /** A chip naming a class, coloured like the graph. */
    static void chip(Html h, Kind kind, String text) {
        h.el("span", text, "class", "chip " + (kind == null ? "" : kind.css()));
    }

    /** "on 2024-03-12", "in 2024-10", "in 2026" for an ISO date, month or year. */
    static String when(String date) {
        if (date == null) {
            return "";
        }
        return date.length() == 10 ? "on " + date : "in " + date;
    }

    /** Writes {@code text} with the character ranges {@code marks} highlighted; every piece is escaped. */
    static void marked(Html h, String text, List<int[]> marks) {
        List<int[]> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.<int[]>comparingInt(m -> m[0]).thenComparingInt(m -> -m[1]));
        int pos = 0;
        for (int[] m : sorted) {
            int b = Math.max(m[0], pos);
            int e = Math.min(m[1], text.length());
            if (b >= e) {
                continue;
            }
            h.text(text.substring(pos, b)).el("mark", text.substring(b, e));
            pos = e;
        }
        h.text(text.substring(Math.min(pos, text.length())));
    }

    /** A two-column table: each property with its values. */
    void table(Html h, Map<String, List<Resources.Value>> byProperty) {
        h.open("table", "class", "props").open("tbody");
        byProperty.forEach((p, values) -> {
            h.open("tr").open("th", "scope", "row");
            property(h, p);
            h.close("th").open("td").open("ul", "class", "values");
            for (Resources.Value v : values) {
                h.open("li");
                value(h, v);
                h.close("li");
            }
            h.close("ul").close("td").close("tr");
        });
        h.close("tbody").close("table");
    }
}
