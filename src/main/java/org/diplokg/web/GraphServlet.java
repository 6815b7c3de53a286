package org.diplokg.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /graph}: the interactive graph (Cytoscape.js, data from {@code /export/cytoscape}), of the whole
 * knowledge graph or of the neighbourhood of one entity ({@code ?focus=IRI-or-name&hops=N}); nodes coloured by
 * class and sized by degree, edges labelled by relation, filters by class and date range, a click opens the page.
 */
final class GraphServlet extends SiteServlet {
    private static final long serialVersionUID = 1L;
    static final int MAX_HOPS = 4;

    GraphServlet(LinkedDataSite site) {
        super(site);
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String focusParam = req.getParameter("focus");
        int hops = intParam(req, "hops", 1, 1, MAX_HOPS);
        String focus = null;
        String focusLabel = null;
        if (focusParam != null && !focusParam.isBlank()) {
            Optional<Catalog.Match> m = resolve(focusParam.strip());
            if (m.isEmpty()) {
                error(resp, 404, "Not found", "Nothing in the knowledge graph is called " + focusParam.strip()
                        + "; the graph page needs an entity IRI or name.");
                return;
            }
            focus = m.get().iri();
            focusLabel = m.get().label();
        }
        Html h = Layout.titled(focus == null ? "Graph" : "Graph around " + focusLabel)
                .script(Layout.CYTOSCAPE).script("/assets/graph.js").begin();
        h.open("header", "class", "list-head").open("h1");
        if (focus == null) {
            h.text("The knowledge graph");
        } else {
            h.text("Around ");
            site.render().ref(h, focus, focusLabel, site.links().kindOf(focus).orElse(null));
        }
        h.close("h1");
        if (focus != null) {
            h.el("p", hops + (hops == 1 ? " hop" : " hops") + " from it.", "class", "muted");
        }
        h.close("header");
        controls(h, focusParam == null ? "" : focusParam.strip(), hops, focus == null);
        h.open("div", "id", "graph", "class", "graph full", "data-focus", focus, "data-hops", Integer.toString(hops),
                "data-base", site.links().base(), "role", "img", "aria-label", "Interactive graph").close("div");
        h.open("p", "id", "graph-status", "class", "muted", "aria-live", "polite")
                .text("The graph needs JavaScript; the ").link(Kind.ORGANIZATION.listPath(), "lists")
                .text(" and ").link("/timeline", "timeline").text(" work without it.").close("p");
        html(resp, 200, Layout.end(h));
    }

    private Optional<Catalog.Match> resolve(String focus) {
        if (focus.startsWith("http://") || focus.startsWith("https://")) {
            return site.resources().entity(focus).map(e -> new Catalog.Match(focus, e.label(), e.kind(), e.label(), 0));
        }
        return site.catalog().search(focus, 1).stream().findFirst();
    }

    private static void controls(Html h, String focus, int hops, boolean whole) {
        h.open("form", "class", "graph-controls", "action", "/graph", "method", "get");
        h.open("fieldset").el("legend", "Show");
        h.el("label", "Around", "for", "focus");
        h.empty("input", "id", "focus", "name", "focus", "value", focus, "placeholder", "whole graph, or a name or IRI",
                "size", "34");
        h.el("label", "hops", "for", "hops");
        h.open("select", "id", "hops", "name", "hops");
        for (int i = 1; i <= MAX_HOPS; i++) {
            String n = Integer.toString(i);
            h.el("option", n, "value", n, "selected", i == hops ? "selected" : null);
        }
        h.close("select").el("button", "Draw", "type", "submit").link("/graph", "whole graph");
        h.close("fieldset");
        h.open("fieldset", "class", "filters").el("legend", "Filter");
        for (Kind k : Kind.values()) {
            if (k == Kind.DOCUMENT) {
                continue; // documents are not nodes of the exported entity graph
            }
            h.open("label", "class", "check " + k.css());
            h.empty("input", "type", "checkbox", "value", k.className(), "checked", "checked",
                    "data-filter-class", k.className());
            h.el("span", k.plural(), "class", "swatch-label").close("label");
        }
        h.open("label", "class", "check");
        h.empty("input", "type", "checkbox", "data-filter-isolated", "", "checked", whole ? "checked" : null);
        h.text("hide unlinked").close("label");
        h.el("label", "dated from", "for", "gfrom");
        h.empty("input", "id", "gfrom", "type", "text", "placeholder", "2024", "size", "7", "data-filter-from", "");
        h.el("label", "to", "for", "gto");
        h.empty("input", "id", "gto", "type", "text", "placeholder", "2026-12", "size", "7", "data-filter-to", "");
        h.close("fieldset").close("form");
    }
}
