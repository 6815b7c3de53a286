package org.diplokg.server;

import java.io.IOException;
import java.net.URL;
import java.util.Objects;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplokg.rdf.Ontology;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The embedded, read-only Fuseki server: dataset {@code kg} with SPARQL query at {@code /kg/sparql} (and
 * {@code /kg/query}), the read-only graph store protocol at {@code /kg/get}, no update endpoint, a query timeout,
 * CORS, the Fuseki web UI at {@code /} and the ontology at {@code /ontology}.
 *
 * <pre>{@code
 * FusekiServer server = KgServer.builder(store.datasetGraph()).port(3030).build().start();
 * }</pre>
 */
public final class KgServer {
    public static final String DATASET = "kg";
    public static final long DEFAULT_MAX_BODY = 1024 * 1024;
    public static final long DEFAULT_MAX_RESULTS = 100_000;

    private KgServer() {
    }

    /** Settings of a server; {@link #build()} freezes them into a Fuseki server that is not yet started. */
    public static final class Builder {
        private final DatasetGraph dataset;
        private int port = 3030;
        private String host = "127.0.0.1";
        private long timeoutMillis = 30_000;
        private long maxBodyBytes = DEFAULT_MAX_BODY;
        private long maxResults = DEFAULT_MAX_RESULTS;
        private final java.util.Map<String, HttpServlet> servlets = new java.util.LinkedHashMap<>();

        private Builder(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
        }

        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535: " + port);
            }
            this.port = port;
            return this;
        }

        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** True when {@code host} is a loopback address (the server is reachable from this machine only). */
        public static boolean isLoopback(String host) {
            return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
        }

        public Builder timeoutMillis(long millis) {
            if (millis <= 0) {
                throw new IllegalArgumentException("timeout must be positive: " + millis);
            }
            this.timeoutMillis = millis;
            return this;
        }

        /** Request bodies (SPARQL by POST, exports) larger than this get 413. */
        public Builder maxBodyBytes(long bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("the body limit must be at least 1 KiB: " + bytes);
            }
            this.maxBodyBytes = bytes;
            return this;
        }

        /** SPARQL queries answer at most this many results (LIMIT added or lowered). */
        public Builder maxResults(long results) {
            if (results < 1) {
                throw new IllegalArgumentException("the result limit must be positive: " + results);
            }
            this.maxResults = results;
            return this;
        }

        /**
         * Adds a servlet beside the SPARQL endpoints (linked-data pages, exports). Path specs follow the servlet
         * rules, e.g. {@code "/export/*"}.
         */
        public Builder servlet(String pathSpec, HttpServlet servlet) {
            servlets.put(Objects.requireNonNull(pathSpec, "pathSpec"), Objects.requireNonNull(servlet, "servlet"));
            return this;
        }

        /** The dataset this server serves, for servlets that read it. */
        public DatasetGraph dataset() {
            return dataset;
        }

        public FusekiServer build() {
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            boolean loopback = isLoopback(host);
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .enableCors(true, null)
                    .enablePing(true)
                    .enableStats(true)
                    .addServlet("/$/server", new ActionServerStatus())
                    .addServlet("/ontology", new OntologyServlet())
                    .addDataset(DATASET, dataset)
                    .addEndpoint(DATASET, "sparql", Operation.Query)
                    .addEndpoint(DATASET, "query", Operation.Query)
                    .addEndpoint(DATASET, "get", Operation.GSP_R)
                    .addOperation(DATASET, Operation.Query);
            // Exports are whole graphs by design: their bodies are limited, their CONSTRUCT queries are not capped.
            b.addFilter("/" + DATASET + "/*", new RequestLimits(maxBodyBytes, maxResults))
                    .addFilter("/export/*", new RequestLimits(maxBodyBytes, Long.MAX_VALUE));
            servlets.forEach(b::addServlet);
            URL ui = KgServer.class.getResource("/webapp/index.html");
            if (ui != null) {
                String s = ui.toString();
                b.staticFileBase(s.substring(0, s.length() - "index.html".length()));
            }
            FusekiServer server = b.build();
            if (!loopback && !host.equals("0.0.0.0")) {
                for (Connector c : server.getJettyServer().getConnectors()) {
                    if (c instanceof ServerConnector sc) {
                        sc.setHost(host);
                    }
                }
            }
            return server;
        }
    }

    public static Builder builder(DatasetGraph dataset) {
        return new Builder(dataset);
    }

    /** Serves {@code ontology/diplokg.ttl} as Turtle. */
    static final class OntologyServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient byte[] body = Ontology.ontologyBytes();

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType("text/turtle;charset=utf-8");
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
        }
    }
}
