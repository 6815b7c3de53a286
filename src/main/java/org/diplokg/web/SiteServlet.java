package org.diplokg.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QueryCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of the site's servlets: GET only, security headers on every page, a plain error page for failures (a query
 * that runs past the server's timeout gives 503).
 */
abstract class SiteServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SiteServlet.class);
    /** Pages carry no inline script; Cytoscape sets inline styles on its canvas, hence style-src. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    protected final transient LinkedDataSite site;

    SiteServlet(LinkedDataSite site) {
        this.site = site;
    }

    @Override
    protected final void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            get(req, resp);
        } catch (QueryCancelledException e) {
            error(resp, 503, "Too slow", "The query behind this page ran past the server's time limit.");
        } catch (RuntimeException e) {
            LOG.error("{} failed", req.getRequestURI(), e);
            error(resp, 500, "Server error", req.getRequestURI() + " failed: " + e);
        }
    }

    abstract void get(HttpServletRequest req, HttpServletResponse resp) throws IOException;

    /** Sends a page with the site's headers. */
    static void html(HttpServletResponse resp, int status, String page) throws IOException {
        send(resp, status, "text/html;charset=utf-8", page);
    }

    static void send(HttpServletResponse resp, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "same-origin");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    /** A small page for 4xx and 5xx answers. */
    static void error(HttpServletResponse resp, int status, String title, String message) throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        resp.resetBuffer();
        Html h = Layout.titled(title).begin();
        h.open("section", "class", "error").el("h1", status + " · " + title).el("p", message);
        h.open("p").text("Try the ").link("/", "home page").text(" or search for a name above.").close("p");
        h.close("section");
        html(resp, status, Layout.end(h));
    }

    /** An integer request parameter within bounds, else the default. */
    static int intParam(HttpServletRequest req, String name, int dflt, int min, int max) {
        String v = req.getParameter(name);
        if (v == null) {
            return dflt;
        }
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(v.trim())));
        } catch (NumberFormatException e) {
            return dflt;
        }
    }
}
