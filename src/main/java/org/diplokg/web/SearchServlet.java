package org.diplokg.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Search over labels, acronyms and titles: {@code /search?q=} renders a results page (works without JavaScript),
 * {@code /api/search?q=&limit=} answers JSON for the autocomplete:
 * {@code [{"iri","label","class","matched","url"}]}.
 */
final class SearchServlet extends SiteServlet {
    private static final long serialVersionUID = 1L;
    private static final int MAX_QUERY = 200;

    private final boolean api;

    SearchServlet(LinkedDataSite site, boolean api) {
        super(site);
        this.api = api;
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        q = q == null ? "" : q.strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        if (api) {
            json(resp, q, intParam(req, "limit", 10, 1, 50));
        } else {
            page(resp, q);
        }
    }

    private void json(HttpServletResponse resp, String q, int limit) throws IOException {
        JsonArray out = new JsonArray();
        for (Catalog.Match m : site.catalog().search(q, limit)) {
            JsonObject o = new JsonObject();
            o.put("iri", m.iri());
            o.put("label", m.label());
            o.put("class", m.kind() == null ? "" : m.kind().className());
            o.put("matched", m.matched());
            String href = site.links().href(m.iri());
            o.put("url", href == null ? "" : href);
            out.add(o);
        }
        resp.setHeader("Cache-Control", "no-cache");
        send(resp, 200, "application/json;charset=utf-8", JSON.toStringFlat(out));
    }

    private void page(HttpServletResponse resp, String q) throws IOException {
        Html h = Layout.titled(q.isEmpty() ? "Search" : "Search: " + q).search(q).begin();
        h.el("h1", q.isEmpty() ? "Search" : "Results for “" + q + "”");
        if (q.isEmpty()) {
            h.el("p", "Type a name, part of a name or an acronym in the search box, e.g. SCO or Kenya.");
            html(resp, 200, Layout.end(h));
            return;
        }
        List<Catalog.Match> matches = site.catalog().search(q, 100);
        if (matches.isEmpty()) {
            h.el("p", "Nothing in the knowledge graph is called that. Try part of a name or an acronym.");
        } else {
            h.el("p", matches.size() + (matches.size() == 1 ? " match" : " matches")
                    + (matches.size() == 100 ? " (the first 100)" : "") + ".", "class", "muted");
            h.open("ol", "class", "results");
            for (Catalog.Match m : matches) {
                h.open("li");
                site.render().ref(h, m.iri(), m.label(), m.kind());
                h.text(" ");
                Render.chip(h, m.kind(), m.kind() == null ? "Resource" : m.kind().singular());
                if (!m.matched().equals(m.label())) {
                    h.el("span", " matched “" + m.matched() + "”", "class", "muted");
                }
                h.close("li");
            }
            h.close("ol");
        }
        html(resp, 200, Layout.end(h));
    }
}
