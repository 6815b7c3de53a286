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
 * {@code /assets/*}: the site's style sheet, scripts and world outline, and Cytoscape.js and Leaflet from their
 * webjars on the class path, so the pages work offline. Only the files listed here are served.
 */
final class AssetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String OWN = "/org/diplokg/web/assets/";

    private final transient Map<String, byte[]> cache = new ConcurrentHashMap<>();

    private static final String JS = "text/javascript;charset=utf-8";

    /** A file of this site ({@code resource}), or one of an npm webjar ({@code webjar}, path inside its folder). */
    private record Asset(String resource, String webjar, String contentType) {
        static Asset own(String name, String contentType) {
            return new Asset(OWN + name, null, contentType);
        }
    }

    private static final Map<String, Asset> ASSETS = Map.of(
            "/site.css", Asset.own("site.css", "text/css;charset=utf-8"),
            "/site.js", Asset.own("site.js", JS),
            "/graph.js", Asset.own("graph.js", JS),
            "/map.js", Asset.own("map.js", JS),
            "/world-110m.geojson", Asset.own("world-110m.geojson", "application/geo+json"),
            "/cytoscape.min.js", new Asset(null, "cytoscape:dist/cytoscape.min.js", JS),
            "/leaflet.js", new Asset(null, "leaflet:dist/leaflet.js", JS),
            "/leaflet.css", new Asset(null, "leaflet:dist/leaflet.css", "text/css;charset=utf-8"));

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
        String resource = asset.resource() != null ? asset.resource() : webjar(asset.webjar());
        if (resource == null) {
            return new byte[0];
        }
        try (InputStream in = AssetServlet.class.getResourceAsStream(resource)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The class-path path of {@code name:file} in an npm webjar, whose folder is named by the version. */
    static String webjar(String nameAndFile) {
        String name = nameAndFile.substring(0, nameAndFile.indexOf(':'));
        String file = nameAndFile.substring(name.length() + 1);
        String pom = "/META-INF/maven/org.webjars.npm/" + name + "/pom.properties";
        try (InputStream in = AssetServlet.class.getResourceAsStream(pom)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return "/META-INF/resources/webjars/" + name + "/" + p.getProperty("version") + "/" + file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the version of the " + name + " webjar", e);
        }
    }
}
