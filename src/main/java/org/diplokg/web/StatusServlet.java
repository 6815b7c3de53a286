package org.diplokg.web;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JSON;
import org.diplokg.live.IngestStatus;

/**
 * {@code /status}: what the live ingest of {@code serve --watch} is doing (the folders watched, the queue, the last
 * documents built, every problem with its file) as a page; {@code /api/status} (or {@code /status?format=json})
 * gives the same as JSON.
 */
final class StatusServlet extends SiteServlet {
    private static final long serialVersionUID = 1L;

    private final transient IngestStatus status;
    private final boolean api;

    StatusServlet(LinkedDataSite site, IngestStatus status, boolean api) {
        super(site);
        this.status = status;
        this.api = api;
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        IngestStatus.Snapshot s = status.snapshot();
        if (api || "json".equals(req.getParameter("format"))) {
            resp.setHeader("Cache-Control", "no-cache");
            var o = s.json();
            o.put("documents", site.catalog().counts().get(Kind.DOCUMENT));
            send(resp, 200, "application/json;charset=utf-8", JSON.toStringFlat(o));
            return;
        }
        Html h = Layout.titled("Status").begin();
        h.el("h1", "Status");
        h.el("p", s.watched().isEmpty() ? "This server watches no folder: its store is read-only."
                : "Watching " + String.join(", ", s.watched()) + ": " + s.state() + ". " + s.built()
                + " documents built, " + s.removed() + " removed, " + s.problemCount() + " problems since the start;"
                + " the store holds " + site.catalog().counts().get(Kind.DOCUMENT) + " documents.", "class", "lead");
        h.open("p").link("/api/status", "As JSON").close("p");
        h.el("h2", "Queue (" + s.queue().size() + ")");
        h.open("ul");
        s.queue().forEach(q -> h.el("li", q));
        h.close("ul");
        h.el("h2", "Last built");
        h.open("table", "class", "list").open("thead").open("tr");
        for (String c : new String[] {"Committed", "Action", "File", "Triples", "Seconds"}) {
            h.el("th", c);
        }
        h.close("tr").close("thead").open("tbody");
        for (IngestStatus.Built b : s.recent()) {
            h.open("tr").el("td", Instant.ofEpochMilli(b.committedAtMillis()).toString()).el("td", b.action());
            h.open("td");
            site.render().ref(h, b.document(), b.file(), Kind.DOCUMENT);
            h.close("td").el("td", Long.toString(b.triples()), "class", "num")
                    .el("td", String.format("%.1f", b.seconds()), "class", "num").close("tr");
        }
        h.close("tbody").close("table");
        h.el("h2", "Problems");
        h.open("ul");
        for (IngestStatus.Problem p : s.problems()) {
            h.el("li", Instant.ofEpochMilli(p.atMillis()) + " " + p.message());
        }
        h.close("ul");
        html(resp, 200, Layout.end(h));
    }
}
