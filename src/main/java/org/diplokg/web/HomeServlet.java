package org.diplokg.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The home page at {@code /}: counts per class, the latest documents and the ways in. {@code /?ui} serves the
 * Fuseki query UI, which must be loaded from the server root because it builds its endpoint URLs from the page's
 * path; its scripts and styles stay where Fuseki serves them ({@code /static/}).
 */
final class HomeServlet extends SiteServlet {
    private static final long serialVersionUID = 1L;
    /** The Fuseki UI's query page for dataset {@code kg}; append {@code ?query=...} to fill in a query. */
    static final String QUERY_UI = "/?ui#/dataset/kg/query";
    private static final int LATEST = 10;

    HomeServlet(LinkedDataSite site) {
        super(site);
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getParameter("ui") != null) {
            queryUi(resp);
            return;
        }
        Catalog catalog = site.catalog();
        Map<Kind, Integer> counts = catalog.counts();
        int facts = catalog.factCount();
        Html h = Layout.titled("Knowledge graph").begin();
        h.open("section", "class", "intro").el("h1", "DiploKG");
        h.el("p", "Who agreed what with whom, when and where: " + counts.get(Kind.DOCUMENT) + " documents, "
                + facts + " facts, each with the sentence that states it.", "class", "lead");
        h.close("section");
        h.open("section").el("h2", "Browse by class").open("ul", "class", "cards");
        for (Kind k : Kind.values()) {
            h.open("li", "class", "card " + k.css()).open("a", "href", k.listPath());
            h.el("span", Integer.toString(counts.get(k)), "class", "count").el("span", k.plural(), "class", "name");
            h.close("a").close("li");
        }
        h.close("ul").close("section");
        h.open("div", "class", "columns").open("section", "class", "main-col").el("h2", "Latest documents");
        List<Catalog.Item> docs = catalog.list(Kind.DOCUMENT, Catalog.Sort.DATE, true);
        h.open("ul", "class", "doc-list");
        for (Catalog.Item d : docs.subList(0, Math.min(LATEST, docs.size()))) {
            h.open("li");
            site.render().ref(h, d.iri(), d.label(), Kind.DOCUMENT);
            h.el("span", " " + (d.date() == null ? "undated" : d.date()) + " · " + d.altLabels().get(0)
                    + " · " + d.documents() + " entities", "class", "muted");
            h.close("li");
        }
        h.close("ul");
        if (docs.size() > LATEST) {
            h.open("p").link(Kind.DOCUMENT.listPath(), "All " + docs.size() + " documents").close("p");
        }
        h.close("section").open("section", "class", "side-col").el("h2", "Explore");
        h.open("ul", "class", "explore");
        h.open("li").link("/timeline", "Timeline").text(" of dated events and agreements").close("li");
        h.open("li").link("/graph", "Graph").text(" of the whole knowledge graph, or around one entity").close("li");
        h.open("li").link("/query", "SPARQL query UI").text(" (dataset kg; endpoint ").el("code", "/kg/sparql")
                .text(")").close("li");
        h.open("li").link("/ontology", "Ontology").text(" (Turtle)").close("li");
        h.close("ul").close("section").close("div");
        html(resp, 200, Layout.end(h));
    }

    private static void queryUi(HttpServletResponse resp) throws IOException {
        try (InputStream in = HomeServlet.class.getResourceAsStream("/webapp/index.html")) {
            if (in == null) {
                error(resp, 404, "No query UI", "The Fuseki UI is not on the class path; query /kg/sparql directly.");
                return;
            }
            byte[] body = in.readAllBytes();
            resp.setContentType("text/html;charset=utf-8");
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
        }
    }

    /** {@code /query}: to the Fuseki query UI, passing on {@code ?query=}. */
    static final class QueryUiRedirect extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
            String q = req.getParameter("query");
            resp.setStatus(302);
            resp.setHeader("Location", QUERY_UI + (q == null ? "" : "?query=" + Links.encode(q).replace("+", "%20")));
        }
    }
}
