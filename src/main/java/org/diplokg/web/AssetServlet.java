package org.diplokg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /assets/*}: the site's style sheet and scripts, and Cytoscape.js from its webjar on the class path, so the
 * pages work offline. Only the files listed here are served.
 */
final class AssetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String OWN = "/org/diplokg/web/assets/";
    private static final String WEBJAR_POM = "/META-INF/maven/org.webjars.npm/cytoscape/pom.properties";

    private final transient Map<String, byte[]> cache = new ConcurrentHashMap<>();

    private record Asset(String resource, String contentType) {
    }

    private static final Map<String, Asset> ASSETS = Map.of(
            "/site.css", new Asset(OWN + "site.css", "text/css;charset=utf-8"),
            "/site.js", new Asset(OWN + "site.js", "text/javascript;charset=utf-8"),
            "/graph.js", new Asset(OWN + "graph.js", "text/javascript;charset=utf-8"),
            "/cytoscape.min.js", new Asset(null, "text/javascript;charset=utf-8"));

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Asset asset = ASSETS.get(String.valueOf(req.getPathInfo()));
        byte[] body = asset == null ? null : cache.computeIfAbsent(req.getPathInfo(), p -> load(asset));
        if (body == null || body.length == 0) {
            cache.remove(String.valueOf(req.getPathInfo()));
            resp.sendError(404, "no such asset");
            return;
        }
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", "no-cache"); // revalidated by ETag, so an upgrade shows at once
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(req.getHeader("If-None-Match"))) {
            resp.setStatus(304);
            return;
        }
        resp.setContentType(asset.contentType());
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static byte[] load(Asset asset) {
        String resource = asset.resource() != null ? asset.resource() : cytoscape();
        if (resource == null) {
            return new byte[0];
        }
        try (InputStream in = AssetServlet.class.getResourceAsStream(resource)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The path of cytoscape.min.js in its webjar, whose folder is named by the version. */
    static String cytoscape() {
        try (InputStream in = AssetServlet.class.getResourceAsStream(WEBJAR_POM)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return "/META-INF/resources/webjars/cytoscape/" + p.getProperty("version") + "/dist/cytoscape.min.js";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Cytoscape webjar's version", e);
        }
    }
}
