package org.diplokg.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Search: {@code /search?q=} renders a results page (works without JavaScript), {@code /api/search?q=&limit=}
 * answers JSON for the autocomplete: {@code [{"iri","label","class","matched","url"}]}. Names are ranked by the
 * store's full-text index ({@link TextSearch}: stemmed, "phrases", an exact name first), then followed by the other
 * names that contain {@code q} as a substring (so "sco" still finds "Moscow"); the page also lists the matching
 * sentences with a snippet.
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

    /** Index-ranked names first, then substring matches not already there. */
    private List<Catalog.Match> names(String q, int limit) {
        Map<String, Catalog.Match> out = new LinkedHashMap<>();
        site.text().ifPresent(t -> t.names(q, limit).forEach(m -> out.putIfAbsent(m.iri(), m)));
        if (out.size() < limit) {
            for (Catalog.Match m : site.catalog().search(q, limit)) {
                if (out.size() == limit) {
                    break;
                }
                out.putIfAbsent(m.iri(), m);
            }
        }
        return new ArrayList<>(out.values());
    }

    private void json(HttpServletResponse resp, String q, int limit) throws IOException {
        JsonArray out = new JsonArray();
        for (Catalog.Match m : names(q, limit)) {
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
            h.el("p", "Type a name, part of a name, an acronym or words of a sentence in the search box, e.g. SCO,"
                    + " Kenya or \"joint statement\" (quotes for a phrase).");
            html(resp, 200, Layout.end(h));
            return;
        }
        List<Catalog.Match> matches = names(q, 100);
        List<TextSearch.SentenceHit> sentences = site.text().map(t -> t.sentences(q, 50)).orElse(List.of());
        if (matches.isEmpty() && sentences.isEmpty()) {
            h.el("p", "Nothing in the knowledge graph is called that, and no sentence says it. Try part of a name or"
                    + " an acronym.");
        }
        if (!matches.isEmpty()) {
            h.el("p", matches.size() + (matches.size() == 1 ? " name" : " names")
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
        if (!sentences.isEmpty()) {
            h.el("h2", "In the documents");
            h.open("ol", "class", "sentences");
            for (TextSearch.SentenceHit s : sentences) {
                h.open("li");
                h.open("blockquote");
                Render.marked(h, s.snippet(), s.marks());
                h.close("blockquote");
                String href = site.links().href(s.sentence());
                site.render().ref(h, s.document(), s.documentLabel(), Kind.DOCUMENT);
                if (href != null) {
                    h.text(" ");
                    h.link(href, "the sentence", "class", "muted");
                }
                h.close("li");
            }
            h.close("ol");
        }
        html(resp, 200, Layout.end(h));
    }
}
