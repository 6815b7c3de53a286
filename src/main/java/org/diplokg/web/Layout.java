package org.diplokg.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The frame every page shares: head (style sheet, scripts, alternate representations), a header with the
 * navigation and the search box, and the footer. Pages write their content between {@link #begin()} and
 * {@link #end(Html)}.
 *
 * <pre>{@code
 * Html h = Layout.titled("Organizations").begin();
 * h.el("h1", "Organizations");
 * String page = Layout.end(h);
 * }</pre>
 */
final class Layout {
    static final String CYTOSCAPE = "/assets/cytoscape.min.js";
    static final String LEAFLET = "/assets/leaflet.js";
    static final String LEAFLET_CSS = "/assets/leaflet.css";

    private final String title;
    private final List<String[]> alternates = new ArrayList<>();
    private final List<String> scripts = new ArrayList<>();
    private final List<String> stylesheets = new ArrayList<>();
    private String search = "";

    private Layout(String title) {
        this.title = title;
    }

    static Layout titled(String title) {
        return new Layout(title);
    }

    /** Announces another representation of the page, e.g. Turtle. */
    Layout alternate(String mediaType, String href) {
        alternates.add(new String[] {mediaType, href});
        return this;
    }

    /** Adds a script from this site (all scripts are external files; pages carry no inline script). */
    Layout script(String src) {
        scripts.add(src);
        return this;
    }

    /** Adds a style sheet from this site before the site's own (which may then override it). */
    Layout stylesheet(String href) {
        stylesheets.add(href);
        return this;
    }

    /** Fills the search box, e.g. on the results page. */
    Layout search(String q) {
        this.search = q == null ? "" : q;
        return this;
    }

    Html begin() {
        Html h = new Html(16_384).doctype();
        h.open("html", "lang", "en").open("head");
        h.empty("meta", "charset", "utf-8");
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        h.el("title", title + " · DiploKG");
        for (String css : stylesheets) {
            h.empty("link", "rel", "stylesheet", "href", css);
        }
        h.empty("link", "rel", "stylesheet", "href", "/assets/site.css");
        for (String[] a : alternates) {
            h.empty("link", "rel", "alternate", "type", a[0], "href", a[1]);
        }
        h.open("script", "src", "/assets/site.js", "defer", "defer").close("script");
        for (String s : scripts) {
            h.open("script", "src", s, "defer", "defer").close("script");
        }
        h.close("head").open("body");
        h.open("header", "class", "top").open("div", "class", "bar");
        h.link("/", "DiploKG", "class", "brand");
        h.open("nav", "aria-label", "Browse");
        for (Kind k : List.of(Kind.ORGANIZATION, Kind.AGREEMENT, Kind.EVENT, Kind.COUNTRY, Kind.PLACE, Kind.PERSON,
                Kind.DOCUMENT)) {
            h.link(k.listPath(), k.plural());
        }
        h.link("/timeline", "Timeline").link("/graph", "Graph").link("/map", "Map").link("/query", "SPARQL");
        h.close("nav");
        h.open("form", "class", "search", "action", "/search", "method", "get", "role", "search");
        h.el("label", "Search", "for", "q", "class", "sr-only");
        h.empty("input", "type", "search", "id", "q", "name", "q", "value", search, "placeholder",
                "Search names and acronyms", "autocomplete", "off", "spellcheck", "false",
                "role", "combobox", "aria-autocomplete", "list", "aria-expanded", "false", "aria-controls",
                "q-suggestions");
        h.open("ul", "id", "q-suggestions", "class", "suggestions", "role", "listbox", "hidden", "hidden")
                .close("ul");
        h.el("button", "Search", "type", "submit");
        h.close("form");
        h.close("div").close("header");
        h.open("main");
        return h;
    }

    static String end(Html h) {
        h.close("main");
        h.open("footer").text("DiploKG · ").link("/query", "SPARQL query UI").text(" · ")
                .link("/kg/sparql", "SPARQL endpoint").text(" · ").link("/ontology", "ontology").close("footer");
        h.close("body").close("html");
        return h.toString();
    }
}
