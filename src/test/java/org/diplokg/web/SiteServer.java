package org.diplokg.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.diplokg.TestSupport;
import org.diplokg.export.ExportServlet;
import org.diplokg.ingest.DocumentReader;
import org.diplokg.nlp.NlpConfig;
import org.diplokg.pipeline.BuildJob;
import org.diplokg.pipeline.BuildOptions;
import org.diplokg.rdf.Iris;
import org.diplokg.server.KgServer;
import org.diplokg.store.KgStore;

/**
 * A real TDB2 store built by the real pipeline, served by Fuseki on a free port with the linked-data site and the
 * graph export (as {@code serve} does), and an HTTP client for it.
 */
final class SiteServer implements AutoCloseable {
    final KgStore store;
    final FusekiServer server;
    final String url;
    final LinkedDataSite site;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private SiteServer(KgStore store, FusekiServer server, LinkedDataSite site) {
        this.store = store;
        this.server = server;
        this.site = site;
        this.url = "http://localhost:" + server.getPort();
    }

    /** Builds {@code inputs} into a new store under {@code dir} with IRIs minted from {@code base}, and serves it. */
    static SiteServer start(Path dir, String base, List<Path> inputs) {
        KgStore store = KgStore.open(dir);
        try {
            BuildOptions options = new BuildOptions(inputs, Iris.of(base), 2, false, DocumentReader.DEFAULT_MAX_BYTES,
                    NlpConfig.DEFAULT);
            new BuildJob(store, options, TestSupport::processor, new PrintStream(new ByteArrayOutputStream())).run();
            KgServer.Builder builder = KgServer.builder(store.datasetGraph()).port(0).timeoutMillis(10_000)
                    .servlet("/export/*", new ExportServlet(store.datasetGraph()));
            LinkedDataSite site = LinkedDataSite.builder(store.datasetGraph()).build();
            site.install(builder);
            return new SiteServer(store, builder.build().start(), site);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    static SiteServer sample(Path dir) {
        return start(dir, Iris.DEFAULT_BASE, List.of(TestSupport.sample()));
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
