package org.diplokg.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /browse/{class}}: the resources of one class as a table, sortable by name, date or number of mentions
 * ({@code ?sort=name|date|mentions&order=asc|desc}) and paginated ({@code ?page=N&size=M}).
 */
final class BrowseServlet extends SiteServlet {
    private static final long serialVersionUID = 1L;
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    BrowseServlet(LinkedDataSite site) {
        super(site);
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String slug = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        if (slug.isEmpty()) {
            resp.sendRedirect("/");
            return;
        }
        Optional<Kind> kind = Kind.ofListSlug(slug);
        if (kind.isEmpty()) {
            error(resp, 404, "Not found", "There is no list called '" + slug + "'. Lists: organizations, agreements,"
                    + " events, event-series, countries, places, people, documents.");
            return;
        }
        Kind k = kind.get();
        Catalog.Sort sort = Catalog.Sort.of(req.getParameter("sort")).orElse(Catalog.Sort.NAME);
        if (sort == Catalog.Sort.DATE && !k.dated()) {
            sort = Catalog.Sort.NAME;
        }
        String order = req.getParameter("order");
        boolean desc = order == null ? sort.descendingByDefault() : order.equalsIgnoreCase("desc");
        int size = intParam(req, "size", DEFAULT_SIZE, 1, MAX_SIZE);
        List<Catalog.Item> all = site.catalog().list(k, sort, desc);
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int page = intParam(req, "page", 1, 1, pages);
        List<Catalog.Item> rows = all.subList((page - 1) * size, Math.min(all.size(), page * size));

        Html h = Layout.titled(k.plural()).begin();
        h.open("header", "class", "list-head").el("h1", k.plural());
        h.el("p", all.size() + " in the knowledge graph"
                + (pages > 1 ? "; page " + page + " of " + pages : "") + ".", "class", "muted");
        h.close("header");
        Query q = new Query(k, sort, desc, size);
        h.open("table", "class", "list " + k.css()).open("thead").open("tr");
        q.header(h, "Name", Catalog.Sort.NAME);
        h.el("th", k == Kind.DOCUMENT ? "Identifier" : "Kind · other names");
        if (k.dated()) {
            q.header(h, "Date", Catalog.Sort.DATE);
        }
        q.header(h, "Mentions", Catalog.Sort.MENTIONS);
        h.el("th", k == Kind.DOCUMENT ? "Entities" : "Documents", "class", "num");
        h.close("tr").close("thead").open("tbody");
        for (Catalog.Item item : rows) {
            h.open("tr").open("td");
            site.render().ref(h, item.iri(), item.label(), item.kind());
            h.close("td").open("td", "class", "muted");
            StringBuilder other = new StringBuilder(item.subtype() == null ? "" : item.subtype());
            for (String alt : item.altLabels()) {
                other.append(other.length() == 0 ? "" : " · ").append(alt);
            }
            h.text(other.toString()).close("td");
            if (k.dated()) {
                h.el("td", item.date() == null ? "" : item.date(), "class", "date");
            }
            h.el("td", Integer.toString(item.mentions()), "class", "num");
            h.el("td", Integer.toString(item.documents()), "class", "num");
            h.close("tr");
        }
        h.close("tbody").close("table");
        if (pages > 1) {
            q.pager(h, page, pages);
        }
        html(resp, 200, Layout.end(h));
    }

    /** The links of a list page: sortable headers and the pager, each keeping the other settings. */
    private record Query(Kind kind, Catalog.Sort sort, boolean desc, int size) {
        String href(Catalog.Sort s, boolean d, int page) {
            return kind.listPath() + "?sort=" + s.name().toLowerCase(java.util.Locale.ROOT) + "&order="
                    + (d ? "desc" : "asc") + (size == DEFAULT_SIZE ? "" : "&size=" + size)
                    + (page == 1 ? "" : "&page=" + page);
        }

        void header(Html h, String text, Catalog.Sort s) {
            boolean current = s == sort;
            boolean nextDesc = current ? !desc : s.descendingByDefault();
            h.open("th", "class", s == Catalog.Sort.MENTIONS ? "num" : null, "aria-sort",
                    current ? (desc ? "descending" : "ascending") : null);
            h.link(href(s, nextDesc, 1), text + (current ? (desc ? " ▼" : " ▲") : ""),
                    "class", current ? "sort current" : "sort", "title", "Sort by " + text.toLowerCase(
                            java.util.Locale.ROOT));
            h.close("th");
        }

        void pager(Html h, int page, int pages) {
            h.open("nav", "class", "pager", "aria-label", "Pages");
            if (page > 1) {
                h.link(href(sort, desc, page - 1), "← Previous", "rel", "prev");
            }
            for (int p = 1; p <= pages; p++) {
                if (p == page) {
                    h.el("span", Integer.toString(p), "class", "current", "aria-current", "page");
                } else if (p == 1 || p == pages || Math.abs(p - page) <= 2) {
                    h.link(href(sort, desc, p), Integer.toString(p));
                } else if (p == 2 || p == pages - 1) {
                    h.el("span", "…", "class", "gap");
                }
            }
            if (page < pages) {
                h.link(href(sort, desc, page + 1), "Next →", "rel", "next");
            }
            h.close("nav");
        }
    }
}
