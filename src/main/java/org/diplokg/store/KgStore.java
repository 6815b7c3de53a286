package org.diplokg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.diplokg.KgException.ConfigException;
import org.diplokg.KgException.StoreLockedException;
import org.diplokg.KgException;
import org.diplokg.rdf.Prefixes;

/**
 * The TDB2 store: one named graph per document, named by the document IRI; the default graph is the union.
 * The only class that opens a TDB2 location.
 *
 * <pre>{@code
 * try (KgStore store = KgStore.open(Path.of("store"))) {
 *     store.replace(documentIri, model);
 * }
 * }</pre>
 */
public final class KgStore implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KgStore.class);
    private static final Pattern HELD_BY = Pattern.compile("process (\\d+)");

    private final Path dir;
    private final Dataset dataset;
    private final SearchIndex search;
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();
    private final Object writeLock = new Object();

    private KgStore(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
        this.search = SearchIndex.open(dir, dataset.asDatasetGraph());
    }

    /** A document recorded in the store. */
    public record StoredDocument(String iri, String identifier, String source, String contentHash) {
    }

    /** Opens (creating if needed) the store at {@code dir}; fails plainly when another process holds it. */
    public static KgStore open(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ConfigException("--store " + dir + " is a file, not a folder");
        }
        if (Files.isDirectory(dir) && !looksLikeStore(dir)) {
            throw new ConfigException("--store " + dir + " is a folder that holds other files, not a DiploKG store;"
                    + " choose an empty or new folder");
        }
        try {
            Files.createDirectories(dir);
            Dataset ds = TDB2Factory.connectDataset(Location.create(dir.toString()));
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
            // Touch the store now so a lock held by another process is reported here, once.
            Txn.executeRead(ds, () -> ds.asDatasetGraph().isEmpty());
            return new KgStore(dir, ds);
        } catch (DBOpEnvException e) {
            throw locked(dir, e);
        } catch (IOException e) {
            throw new KgException("cannot create the store folder " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof DBOpEnvException c) {
                throw locked(dir, c);
            }
            throw e;
        }
    }

    private static StoreLockedException locked(Path dir, DBOpEnvException e) {
        String msg = String.valueOf(e.getMessage());
        Matcher m = HELD_BY.matcher(msg);
        String who = m.find() ? "process " + m.group(1) : "another process";
        return new StoreLockedException("the store " + dir + " is in use by " + who + " (a running `serve` or"
                + " `build`?); stop it or use another --store", e);
    }

    private static boolean looksLikeStore(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            return names.isEmpty() || names.stream().anyMatch(n -> n.startsWith("Data-") || n.equals("tdb.lock"))
                    || names.equals(List.of(SearchIndex.FOLDER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** The dataset for queries and the server; its default graph is the union of the document graphs. */
    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    /** The full-text index, kept in step with every write (also in the dataset's context, for text:query). */
    public SearchIndex search() {
        return search;
    }

    /**
     * Replaces the named graph {@code graphIri} with {@code model}, in one write transaction. Decimals must be
     * written in canonical form ({@code "0.8"}, not {@code "0.80"}): TDB2 stores them inline and reads
     * {@code "0.80"} back as {@code "0.8"}, so the stored triple could no longer be deleted (seen here with Jena
     * 5.6.0: a triple left behind after a changed file was restored; apache/jena issue 3404).
     */
    public void replace(String graphIri, Model model) {
        synchronized (writeLock) {
            refuseIfInterrupted();
            search.pending();
            Set<Node> changed = Txn.calculateWrite(dataset, () -> {
                Node g = NodeFactory.createURI(graphIri);
                DatasetGraph dsg = dataset.asDatasetGraph();
                Set<Node> entities = SharedLabels.entities(dsg, g);
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                dataset.getNamedModel(graphIri).add(model);
                entities.addAll(SharedLabels.entities(model.getGraph()));
                Set<Node> out = new LinkedHashSet<>(SharedLabels.reconcile(dsg, entities));
                out.add(g);
                return out;
            });
            reindex(changed);
            version.incrementAndGet();
        }
    }

    /** Drops the named graph {@code graphIri}. */
    public void remove(String graphIri) {
        synchronized (writeLock) {
            refuseIfInterrupted();
            search.pending();
            Set<Node> changed = Txn.calculateWrite(dataset, () -> {
                DatasetGraph dsg = dataset.asDatasetGraph();
                Set<Node> entities = SharedLabels.entities(dsg, NodeFactory.createURI(graphIri));
                dataset.removeNamedModel(graphIri);
                return SharedLabels.reconcile(dsg, entities);
            });
            search.remove(graphIri);
            reindex(changed);
            version.incrementAndGet();
        }
    }

    /** What {@link #bulkLoad} loaded: quads, and the seconds the loader took. */
    public record Loaded(long quads, double seconds) {
    }

    /**
     * Loads the named graphs {@code graphs} from gzip N-Quads {@code files} with TDB2's bulk loader (Jena's
     * {@code LoaderFactory.createLoader}, the phased loader), replacing any graph of those names the store holds;
     * quads of other graphs in the files are skipped. The old graphs are dropped in one transaction, the loader
     * runs its own, and the labels of the entities concerned are then chosen again ({@link SharedLabels}) and the
     * search index rebuilt: a load cut short leaves whole graphs of the old or the new documents, and the next
     * load of the same manifest completes it.
     */
    public Loaded bulkLoad(Set<String> graphs, List<Path> files) {
        synchronized (writeLock) {
            refuseIfInterrupted();
            search.pending();
            DatasetGraph dsg = dataset.asDatasetGraph();
            Set<Node> entities = Txn.calculateWrite(dataset, () -> {
                Set<Node> out = new LinkedHashSet<>();
                for (String g : graphs) {
                    Node n = NodeFactory.createURI(g);
                    out.addAll(SharedLabels.entities(dsg, n));
                    dsg.deleteAny(n, Node.ANY, Node.ANY, Node.ANY);
                }
                return out;
            });
            long start = System.nanoTime();
            // The loader's progress lines go to the log (its threads need somewhere to print them).
            DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> LOG.info(String.format(fmt, args)));
            loader.startBulk();
            try {
                StreamRDF only = new StreamRDFWrapper(loader.stream()) {
                    @Override
                    public void quad(org.apache.jena.sparql.core.Quad q) {
                        if (q.getGraph().isURI() && graphs.contains(q.getGraph().getURI())) {
                            super.quad(q);
                        }
                    }

                    @Override
                    public void triple(org.apache.jena.graph.Triple t) {
                    }
                };
                for (Path f : files) {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(f), 1 << 16)) {
                        RDFParser.source(in).lang(Lang.NQUADS).parse(only);
                    } catch (IOException e) {
                        throw new KgException(f + ": cannot be read (" + e.getMessage() + ")", e);
                    }
                }
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            long quads = loader.countQuads();
            double seconds = (System.nanoTime() - start) / 1e9;
            Txn.executeWrite(dataset, () -> {
                for (String g : graphs) {
                    entities.addAll(SharedLabels.entities(dsg, NodeFactory.createURI(g)));
                }
                SharedLabels.reconcile(dsg, entities);
            });
            search.rebuild(dsg);
            version.incrementAndGet();
            return new Loaded(quads, seconds);
        }
    }

    /** Replaces the search entries of each graph by what the store now holds for it. */
    private void reindex(Set<Node> graphs) {
        for (Node g : graphs) {
            Model copy = Txn.calculateRead(dataset, () -> {
                Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
                m.add(dataset.getNamedModel(g.getURI()));
                return m;
            });
            search.replace(g.getURI(), copy);
        }
    }

    /** Runs {@code load} (which adds quads to {@link #datasetGraph()}) in one write transaction. */
    void restoreInOneTransaction(Runnable load) {
        synchronized (writeLock) {
            search.pending();
            Txn.executeWrite(dataset, load);
            search.rebuild(dataset.asDatasetGraph());
            version.incrementAndGet();
        }
    }

    /**
     * Runs {@code r} while no write is in progress, and no write starts: to interrupt a writing thread safely (an
     * interrupt during file I/O would close TDB2's file channels mid-transaction; a write never starts on an
     * interrupted thread).
     */
    public void betweenWrites(Runnable r) {
        synchronized (writeLock) {
            r.run();
        }
    }

    private static void refuseIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new KgException("the write was stopped before it began (the process is stopping)");
        }
    }

    /**
     * How many writes this process has committed to the store: a cache computed after reading version {@code v}
     * holds as long as {@code version()} is still {@code v} (it is raised after each commit, so a value computed
     * from a newer snapshot is at worst recomputed once).
     */
    public long version() {
        return version.get();
    }

    /** The documents in the store, by IRI. */
    public Map<String, StoredDocument> documents() {
        String q = Prefixes.sparql() + "SELECT ?g ?d ?id ?src ?hash WHERE { GRAPH ?g { ?d a dkg:Document ;"
                + " dcterms:identifier ?id ; dcterms:source ?src ; dkg:contentHash ?hash } }";
        Map<String, StoredDocument> out = new LinkedHashMap<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    String iri = s.getResource("d").getURI();
                    out.put(iri, new StoredDocument(iri, s.getLiteral("id").getString(),
                            s.getLiteral("src").getString(), s.getLiteral("hash").getString()));
                }
            }
        });
        return out;
    }

    /** Quads in all named graphs. */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.asDatasetGraph().find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    /** Runs a SELECT over the union graph and returns the first column of each row as a long. */
    public Map<String, Long> counts(String query) {
        Map<String, Long> out = new LinkedHashMap<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(Prefixes.sparql() + query).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    var vars = s.varNames();
                    var first = s.get(vars.next());
                    String key = first.isLiteral() ? first.asLiteral().getLexicalForm() : first.toString();
                    long n = s.getLiteral(vars.next()).getLong();
                    out.put(key, n);
                });
            }
        });
        return out;
    }

    /** A copy of the union of all document graphs (for validation). */
    public Graph unionCopy() {
        return Txn.calculateRead(dataset, () -> {
            Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dataset.getUnionModel().getGraph().find().forEachRemaining(g::add);
            return g;
        });
    }

    @Override
    public void close() {
        search.close();
        dataset.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }
}
