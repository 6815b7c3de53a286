package org.diplokg.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.diplokg.rdf.DKG;

/**
 * {@code /timeline}: dated events and agreements by year, each with where, who and at which event; every item is
 * an anchor named by its {@code kind/slug} so entity pages link to their place. {@code ?from=&to=} (ISO year,
 * month or day) narrows it.
 */
final class TimelineServlet extends SiteServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Map<String, String> RELATED = new LinkedHashMap<>();

    static {
        RELATED.put(DKG.location.getURI(), "in");
        RELATED.put(DKG.host.getURI(), "hosted by");
        RELATED.put(DKG.party.getURI(), "parties");
        RELATED.put(DKG.issuedBy.getURI(), "issued by");
        RELATED.put(DKG.adoptedAt.getURI(), "adopted at");
        RELATED.put(DKG.inSeries.getURI(), "series");
    }

    TimelineServlet(LinkedDataSite site) {
        super(site);
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String from = iso(req.getParameter("from"));
        String to = iso(req.getParameter("to"));
        List<Catalog.Dated> all = site.catalog().timeline();
        List<Catalog.Dated> items = all.stream()
                .filter(d -> from == null || d.date().compareTo(from) >= 0)
                .filter(d -> to == null || d.date().substring(0, Math.min(d.date().length(), to.length()))
                        .compareTo(to) <= 0)
                .toList();
        Html h = Layout.titled("Timeline").begin();
        h.open("header", "class", "list-head").el("h1", "Timeline");
        h.el("p", items.size() + " dated events and agreements" + (items.size() < all.size() ? " in the range (of "
                + all.size() + ")" : "") + "; " + site.catalog().undated() + " have no date.", "class", "muted");
        h.open("form", "class", "range", "action", "/timeline", "method", "get");
        h.el("label", "From", "for", "from").empty("input", "id", "from", "name", "from", "value", from,
                "placeholder", "2024", "size", "10", "pattern", "\\d{4}(-\\d{2}(-\\d{2})?)?");
        h.el("label", "to", "for", "to").empty("input", "id", "to", "name", "to", "value", to,
                "placeholder", "2026-12", "size", "10", "pattern", "\\d{4}(-\\d{2}(-\\d{2})?)?");
        h.el("button", "Show", "type", "submit");
        if (from != null || to != null) {
            h.link("/timeline", "all dates");
        }
        h.close("form").close("header");
        String year = null;
        for (Catalog.Dated d : items) {
            String y = d.date().substring(0, 4);
            if (!y.equals(year)) {
                if (year != null) {
                    h.close("ol").close("section");
                }
                h.open("section", "class", "year", "id", "y" + y).el("h2", y).open("ol", "class", "timeline");
                year = y;
            }
            item(h, d);
        }
        if (year != null) {
            h.close("ol").close("section");
        }
        html(resp, 200, Layout.end(h));
    }

    private void item(Html h, Catalog.Dated d) {
        Render render = site.render();
        h.open("li", "id", site.links().key(d.iri()).orElse(null), "class", "t-item " + d.kind().css());
        h.el("time", d.date() + (d.endDate() == null ? "" : " – " + d.endDate()), "datetime", d.date());
        h.open("div", "class", "t-body");
        Render.chip(h, d.kind(), d.kind().singular());
        h.text(" ");
        render.ref(h, d.iri(), d.label(), d.kind());
        RELATED.forEach((p, words) -> {
            List<Resources.Value> vs = d.related().get(p);
            if (vs != null) {
                h.open("span", "class", "rel").text(" " + words + " ");
                for (int i = 0; i < vs.size(); i++) {
                    h.text(i == 0 ? "" : ", ");
                    render.value(h, vs.get(i));
                }
                h.close("span");
            }
        });
        h.close("div").close("li");
    }

    private static String iso(String s) {
        return s != null && ISO.matcher(s.strip()).matches() ? s.strip() : null;
    }
}
