package org.diplokg.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.diplokg.KgException.ConfigException;
import org.diplokg.extract.Gazetteer;
import org.diplokg.ingest.DocumentMetadata;
import org.diplokg.live.IngestStatus;
import org.diplokg.live.LiveIngest;
import org.diplokg.nlp.NlpConfig;
import org.diplokg.nlp.NlpPipeline;
import org.diplokg.pipeline.BuildOptions;
import org.diplokg.pipeline.Processor;
import org.diplokg.rdf.Iris;
import org.diplokg.server.KgServer;
import org.diplokg.store.KgStore;
import org.diplokg.web.LinkedDataSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Serve the store: linked-data pages, SPARQL (read-only) and the Fuseki UI;"
        + " with --watch, also build the files added, changed or removed in folders while serving.")
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

    @Option(names = "--watch", paramLabel = "DIR", arity = "1..*",
            description = "folders to build into the store while serving: files there that the store does not hold"
                    + " as they are, and every file added, changed or removed later")
    List<Path> watch = List.of();

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "with --watch: documents analysed at once (default: ${DEFAULT-VALUE}, leaving a core to"
                    + " the readers)")
    int threads;

    @Option(names = "--max-size", paramLabel = "MIB", defaultValue = "20",
            description = "with --watch: refuse files larger than this many MiB (default: ${DEFAULT-VALUE})")
    int maxMib;

    @Option(names = "--no-parse", description = "with --watch: skip the dependency parse (as build --no-parse)")
    boolean noParse;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "100000",
            description = "SPARQL answers hold at most N results: a missing or larger LIMIT becomes N (default:"
                    + " ${DEFAULT-VALUE})")
    long maxResults;

    @Option(names = "--max-body", paramLabel = "KIB", defaultValue = "1024",
            description = "refuse request bodies (queries sent by POST) larger than this (default: ${DEFAULT-VALUE})")
    long maxBodyKib;

    @Override
    public Integer call() {
        return serve(new Settings(storeOption.store, host, port, timeoutSeconds, baseUri, watch, threads,
                maxMib, !noParse, maxResults, maxBodyKib), System.out);
    }

    /** What {@code serve} was asked for. */
    record Settings(Path store, String host, int port, int timeoutSeconds, String baseUri, List<Path> watch,
                    int threads, int maxMib, boolean parse, long maxResults, long maxBodyKib) {
        Settings(Path store, String host, int port, int timeoutSeconds, String baseUri) {
            this(store, host, port, timeoutSeconds, baseUri, List.of(), 1, 20, true,
                    KgServer.DEFAULT_MAX_RESULTS, KgServer.DEFAULT_MAX_BODY / 1024);
        }
    }

    /** The warning printed when the server listens beyond this machine. */
    static java.util.Optional<String> openWarning(String host, int port) {
        if (KgServer.Builder.isLoopback(host)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.format("warning: --host %s makes this endpoint open to anyone who can"
                + " reach this machine on port %d (pages and read-only SPARQL, no login); use the default 127.0.0.1"
                + " to keep it local", host, port));
    }

    static int serve(Path storeDir, String host, int port, int timeoutSeconds, String baseUri, PrintStream out) {
        return serve(new Settings(storeDir, host, port, timeoutSeconds, baseUri), out);
    }

    static int serve(Settings s, PrintStream out) {
        if (s.port() < 0 || s.port() > 65535) {
            throw new ConfigException("--port must be 0..65535");
        }
        if (s.timeoutSeconds() < 1) {
            throw new ConfigException("--timeout must be at least 1 second");
        }
        if (s.threads() < 1) {
            throw new ConfigException("--threads must be at least 1");
        }
        if (s.maxResults() < 1) {
            throw new ConfigException("--max-results must be at least 1");
        }
        if (s.maxBodyKib() < 1) {
            throw new ConfigException("--max-body must be at least 1 KiB");
        }
        if (s.maxMib() < 1) {
            throw new ConfigException("--max-size must be at least 1 MiB");
        }
        for (Path w : s.watch()) {
            if (!Files.isDirectory(w)) {
                throw new ConfigException("--watch " + w + " is not a folder");
            }
        }
        KgStore store = KgStore.open(s.store());
        IngestStatus status = s.watch().isEmpty() ? IngestStatus.none()
                : new IngestStatus(s.watch().stream().map(p -> p.toAbsolutePath().normalize()).toList());
        KgServer.Builder builder = KgServer.builder(store.datasetGraph()).host(s.host()).port(s.port())
                .servlet("/export/*", new org.diplokg.export.ExportServlet(store.datasetGraph(), store::version))
                .timeoutMillis(s.timeoutSeconds() * 1000L).maxResults(s.maxResults())
                .maxBodyBytes(s.maxBodyKib() * 1024);
        LinkedDataSite.Builder siteBuilder = LinkedDataSite.builder(store.datasetGraph()).version(store::version)
                .status(status);
        if (s.baseUri() != null) {
            siteBuilder.baseUri(s.baseUri());
        }
        LinkedDataSite site = siteBuilder.build();
        site.install(builder);
        FusekiServer server = builder.build();
        try {
            server.start();
        } catch (RuntimeException e) {
            store.close();
            throw new org.diplokg.KgException("cannot start the server on " + s.host() + ":" + s.port() + " ("
                    + e.getMessage() + "); is the port in use? try --port", e);
        }
        LiveIngest live = null;
        if (!s.watch().isEmpty()) {
            NlpConfig nlp = new NlpConfig(false, s.parse());
            BuildOptions options = new BuildOptions(s.watch(), Iris.of(site.base()), s.threads(), false,
                    s.maxMib() * 1024L * 1024L, nlp, DocumentMetadata.NONE);
            live = LiveIngest.start(store, options, () -> new Processor(NlpPipeline.create(nlp), Gazetteer.load()),
                    status, out);
        }
        LiveIngest watching = live;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watching != null) {
                watching.close();
            }
            server.stop();
            store.close();
        }));
        String shown = s.host().equals("0.0.0.0") ? "localhost" : s.host();
        out.printf("Serving %s at http://%s:%d/  (SPARQL: http://%s:%d/kg/sparql, query UI: /query)%n", s.store(),
                shown, server.getPort(), shown, server.getPort());
        if (watching != null) {
            out.printf("Watching %s; progress at http://%s:%d/status%n", String.join(", ",
                    watching.roots().stream().map(Path::toString).toList()), shown, server.getPort());
        }
        openWarning(s.host(), server.getPort()).ifPresent(out::println);
        out.flush();
        server.join();
        return 0;
    }
}
