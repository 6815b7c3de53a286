package org.diplokg.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplokg.KgException;
import org.diplokg.KgException.ConfigException;

/**
 * Backup and restore of a store as N-Quads (gzipped when the file name ends in {@code .gz}): every document graph
 * with all its triples, hashes included, so a restored store skips unchanged files as the original did. A backup
 * is one read transaction, a consistent snapshot even while documents are written; a served store (whose lock
 * keeps other processes out) is backed up through its server's read-only graph store endpoint, which Fuseki also
 * answers in one read transaction. A restore is one write transaction: a damaged file leaves the new store empty.
 *
 * <pre>{@code
 * StoreBackup.Counts c = StoreBackup.write(store, Path.of("kg.nq.gz"));
 * StoreBackup.restore(newStore, Path.of("kg.nq.gz"));
 * }</pre>
 */
public final class StoreBackup {
    private StoreBackup() {
    }

    /** What a backup or restore holds. */
    public record Counts(long quads, int graphs) {
    }

    /** Writes the store's quads to {@code file}; the file appears only once it is complete. */
    public static Counts write(KgStore store, Path file) {
        return atomically(file, out -> Txn.executeRead(store.dataset(),
                () -> RDFDataMgr.write(out, store.datasetGraph(), Lang.NQUADS)));
    }

    /** Fetches the quads of a running server ({@code serve} at {@code serverUrl}) into {@code file}. */
    public static Counts fetch(String serverUrl, Path file) {
        String base = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        URI uri;
        try {
            uri = URI.create(base + "kg/get");
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--url " + serverUrl + " is not a URL");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return atomically(file, out -> {
            try {
                HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(uri)
                        .header("Accept", "application/n-quads").build(), HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = r.body()) {
                    if (r.statusCode() != 200) {
                        throw new KgException(uri + " answered HTTP " + r.statusCode() + "; is it a DiploKG serve?");
                    }
                    in.transferTo(out);
                }
            } catch (IOException e) {
                throw new KgException("cannot read " + uri + " (" + e.getMessage() + "); is the server running?", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KgException("interrupted while reading " + uri, e);
            }
        });
    }

    /** Loads {@code file} into {@code store}, which must be empty, in one write transaction. */
    public static Counts restore(KgStore store, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file + ": no such file");
        }
        boolean empty = Txn.calculateRead(store.dataset(), () -> store.datasetGraph().isEmpty());
        if (!empty) {
            throw new ConfigException("--store " + store.dir() + " already holds data; restore into a new folder");
        }
        AtomicLong quads = new AtomicLong();
        Set<String> graphs = new HashSet<>();
        try (InputStream in = open(file, gz(file))) {
            store.restoreInOneTransaction(() -> {
                StreamRDF sink = new StreamRDFWrapper(StreamRDFLib.dataset(store.datasetGraph())) {
                    @Override
                    public void quad(Quad q) {
                        quads.incrementAndGet();
                        graphs.add(q.getGraph().toString());
                        super.quad(q);
                    }
                };
                RDFParser.source(in).lang(Lang.NQUADS).parse(sink);
            });
        } catch (IOException e) {
            throw new KgException(file + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (RiotException | org.apache.jena.atlas.AtlasException | java.io.UncheckedIOException e) {
            throw new KgException(file + ": not a complete N-Quads backup (" + e.getMessage() + "); the store"
                    + " was left empty", e);
        }
        return new Counts(quads.get(), graphs.size());
    }

    /** Counts the quads and graphs of a backup file (and so checks that it parses). */
    public static Counts count(Path file) {
        return count(file, gz(file));
    }

    private static Counts count(Path file, boolean gzipped) {
        AtomicLong quads = new AtomicLong();
        Set<String> graphs = new HashSet<>();
        try (InputStream in = open(file, gzipped)) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFWrapper(StreamRDFLib.sinkNull()) {
                @Override
                public void quad(Quad q) {
                    quads.incrementAndGet();
                    graphs.add(q.getGraph().toString());
                }
            });
        } catch (IOException e) {
            throw new KgException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return new Counts(quads.get(), graphs.size());
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static Counts atomically(Path file, Writer writer) {
        Path parent = file.toAbsolutePath().getParent();
        Path tmp = parent.resolve("." + file.getFileName() + ".part");
        try {
            Files.createDirectories(parent);
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp));
                 OutputStream out = gz(file) ? new GZIPOutputStream(raw, 1 << 16) : raw) {
                writer.write(out);
            }
            Counts c = count(tmp, gz(file));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return c;
        } catch (IOException e) {
            throw new KgException("cannot write " + file + " (" + e.getMessage() + ")", e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // best effort
            }
        }
    }

    private static InputStream open(Path file, boolean gzipped) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return gzipped ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static boolean gz(Path file) {
        return file.getFileName().toString().endsWith(".gz");
    }
}
