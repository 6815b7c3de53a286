package org.diplokg.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplokg.KgException.ConfigException;
import org.diplokg.store.PerVersion;

/**
 * The export over HTTP, mounted at {@code /export/*}:
 * {@code GET /export/{format}?focus=IRI&hops=N&query=CONSTRUCT} (POST with a form body works too, for long
 * queries). {@code hops} defaults to 1 and needs {@code focus}. A CONSTRUCT query is read-only and runs under the
 * server's query timeout (503 when it runs out). Bad parameters give 400, an unknown format or focus entity 404,
 * each with a one-line plain-text message.
 *
 * <p>The entity graph is read at the first request and kept until the store's version changes (a commit of the
 * live ingest of {@code serve --watch}); without a version it is kept for good.
 *
 * <pre>{@code
 * KgServer.builder(store.datasetGraph()).servlet("/export/*", new ExportServlet(store.datasetGraph())).build();
 * }</pre>
 */
public final class ExportServlet extends HttpServlet {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExportServlet.class);

    private static final long serialVersionUID = 1L;

    private final transient DatasetGraph dataset;
    private final transient PerVersion<EntityGraph> entities;

    public ExportServlet(DatasetGraph dataset) {
        this(dataset, () -> 0);
    }

    /** @param version the store's version ({@code KgStore::version}): the entity graph is read again when it changes */
    public ExportServlet(DatasetGraph dataset, LongSupplier version) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.entities = new PerVersion<>(version, () -> EntityGraphReader.read(dataset));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        Optional<ExportFormat> format = ExportFormat.byName(path);
        if (format.isEmpty()) {
            fail(resp, HttpServletResponse.SC_NOT_FOUND, (path.isEmpty() ? "no format given" : "unknown format '"
                    + path + "'") + "; use /export/{format} with one of: " + ExportFormat.names());
            return;
        }
        String focus = req.getParameter("focus");
        String hopsParam = req.getParameter("hops");
        String query = req.getParameter("query");
        Exporter exporter;
        try {
            Exporter.Builder b = Exporter.create(dataset).entities(entities());
            if (hopsParam != null && (focus == null || focus.isBlank())) {
                throw new ConfigException("hops needs a focus: /export/" + path + "?focus=IRI&hops=N");
            }
            if (focus != null && !focus.isBlank()) {
                b.focus(focus.strip(), hops(hopsParam));
            }
            if (query != null && !query.isBlank()) {
                b.query(query, "the query parameter");
            }
            exporter = b.build();
        } catch (UnknownEntityException e) {
            fail(resp, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        } catch (ConfigException e) {
            fail(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            fail(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the query ran out of time; narrow it down");
            return;
        }
        // Written to memory first, so that a failure half-way still gets an error status.
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            exporter.write(format.get(), body);
        } catch (RuntimeException e) {
            LOG.error("export {} failed", req.getRequestURI(), e);
            fail(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "/export/" + path + " failed: " + e);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(format.get().mediaType());
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + exporter.fileName(format.get()) + "\"");
        resp.setContentLength(body.size());
        body.writeTo(resp.getOutputStream());
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    private EntityGraph entities() {
        return entities.get();
    }

    private static int hops(String param) {
        if (param == null || param.isBlank()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(param.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException("hops must be a whole number, 0 or more, not '" + param + "'");
    }

    private static void fail(HttpServletResponse resp, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
