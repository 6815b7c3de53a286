package org.diplokg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.diplokg.server.KgServer;
import org.diplokg.store.KgStore;
import org.diplokg.web.LinkedDataSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Serve the store: linked-data pages, SPARQL (read-only) and the Fuseki UI.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption storeOption;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "interface to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for all)")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "query timeout (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--base-uri", paramLabel = "IRI",
            description = "base the store's IRIs were built with, served under /id/ (default: read from the store)")
    String baseUri;

    @Override
    public Integer call() {
        return serve(storeOption.store, host, port, timeoutSeconds, baseUri, System.out);
    }

    static int serve(Path storeDir, String host, int port, int timeoutSeconds, String baseUri, PrintStream out) {
        if (port < 0 || port > 65535) {
            throw new org.diplokg.KgException.ConfigException("--port must be 0..65535");
        }
        if (timeoutSeconds < 1) {
            throw new org.diplokg.KgException.ConfigException("--timeout must be at least 1 second");
        }
        KgStore store = KgStore.open(storeDir);
        KgServer.Builder builder = KgServer.builder(store.datasetGraph()).host(host).port(port)
                .servlet("/export/*", new org.diplokg.export.ExportServlet(store.datasetGraph()))
                .timeoutMillis(timeoutSeconds * 1000L);
        LinkedDataSite.Builder site = LinkedDataSite.builder(store.datasetGraph());
        if (baseUri != null) {
            site.baseUri(baseUri);
        }
        site.build().install(builder);
        FusekiServer server = builder.build();
        try {
            server.start();
        } catch (RuntimeException e) {
            store.close();
            throw new org.diplokg.KgException("cannot start the server on " + host + ":" + port + " ("
                    + e.getMessage() + "); is the port in use? try --port", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
        }));
        String shown = host.equals("0.0.0.0") ? "localhost" : host;
        out.printf("Serving %s at http://%s:%d/  (SPARQL: http://%s:%d/kg/sparql, query UI: /query)%n", storeDir,
                shown, server.getPort(), shown, server.getPort());
        server.join();
        return 0;
    }
}
