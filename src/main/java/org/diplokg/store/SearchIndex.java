package org.diplokg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.diplokg.rdf.NIF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text index of a store (jena-text's Lucene index, in {@code text-index/} inside the store folder): labels
 * ({@code rdfs:label}, field {@code label}), alternative labels ({@code skos:altLabel}, field {@code alt}), titles ({@code dcterms:title},
 * field {@code title}) and the
 * text of sentences and mentions ({@code nif:anchorOf}, field {@code text}), English-analysed (stemmed), one Lucene
 * document per triple, each with its named graph. {@link KgStore} keeps it in step with its writes: a graph replaced
 * or dropped first loses all its entries. A marker file is written before each store write and removed once the
 * index has committed, so an index left behind by a crash, or a store built before the index existed, is rebuilt
 * from the store when it is opened. It is set in the dataset's context, so SPARQL answers {@code text:query}.
 */
public final class SearchIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    static final String FOLDER = "text-index";
    private static final String PENDING = "pending";
    public static final Resource LABEL = RDFS.label;
    public static final Resource ALT = SKOS.altLabel;
    public static final Resource TITLE = DCTerms.title;
    public static final Resource TEXT = ResourceFactory.createResource(NIF.anchorOf.getURI());

    private final Path dir;
    private final TextIndexLucene index;
    private final EntityDefinition def;
    /** The searcher of the last commit, opened once per commit (not per query, as jena-text's own queries do). */
    private final SearcherManager searchers;
    private final AtomicLong commits = new AtomicLong();
    private volatile long searchedCommit;

    private SearchIndex(Path dir, TextIndexLucene index, EntityDefinition def) throws IOException {
        this.dir = dir;
        this.index = index;
        this.def = def;
        this.searchers = new SearcherManager(index.getDirectory(), null);
    }

    /** Opens the index of the store at {@code storeDir} (of {@code dsg}), building it when missing or stale. */
    static SearchIndex open(Path storeDir, DatasetGraph dsg) {
        Path dir = storeDir.resolve(FOLDER);
        boolean fresh = !Files.isDirectory(dir);
        EntityDefinition def = new EntityDefinition("uri", "label", "graph", RDFS.label.asNode());
        def.set("alt", SKOS.altLabel.asNode());
        def.set("title", DCTerms.title.asNode());
        def.set("text", NIF.anchorOf.asNode());
        def.setLangField("lang");
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(new EnglishAnalyzer());
        config.setValueStored(true);
        try {
            Files.createDirectories(dir);
            SearchIndex s = new SearchIndex(dir, new TextIndexLucene(FSDirectory.open(dir), config), def);
            if (fresh || Files.exists(dir.resolve(PENDING))) {
                s.rebuild(dsg);
            }
            dsg.getContext().set(TextQuery.textIndex, s.index);
            dsg.getContext().set(KEY, s);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index " + dir, e);
        }
    }

    /** Marks the index stale until {@link #done()}: called before a store write. */
    void pending() {
        try {
            Files.writeString(dir.resolve(PENDING), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void done() {
        commits.incrementAndGet();
        try {
            Files.deleteIfExists(dir.resolve(PENDING));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the entries of graph {@code graphIri} by those of {@code model}, and commits. */
    void replace(String graphIri, Model model) {
        Node g = org.apache.jena.graph.NodeFactory.createURI(graphIri);
        deleteGraph(graphIri);
        model.getGraph().find().forEachRemaining(t -> add(g, t));
        index.commit();
        done();
    }

    /** Drops the entries of graph {@code graphIri}, and commits. */
    void remove(String graphIri) {
        deleteGraph(graphIri);
        index.commit();
        done();
    }

    /** Rebuilds the whole index from the named graphs of {@code dsg}. */
    void rebuild(DatasetGraph dsg) {
        long t0 = System.nanoTime();
        try {
            index.getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long[] n = {0};
        Txn.executeRead(dsg, () -> {
            for (Resource p : List.of(LABEL, ALT, TITLE, TEXT)) {
                dsg.find(Node.ANY, Node.ANY, p.asNode(), Node.ANY).forEachRemaining(q -> {
                    if (!q.isDefaultGraph()) {
                        add(q.getGraph(), q.asTriple());
                        n[0]++;
                    }
                });
            }
        });
        index.commit();
        done();
        if (n[0] > 0) {
            LOG.info("search index built: {} entries in {} ms", n[0], (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private void add(Node g, Triple t) {
        if (def.getField(t.getPredicate()) != null && t.getObject().isLiteral()) {
            Entity e = TextQueryFuncs.entityFromQuad(def, g, t.getSubject(), t.getPredicate(), t.getObject());
            if (e != null) {
                index.addEntity(e);
            }
        }
    }

    private void deleteGraph(String graphIri) {
        try {
            index.getIndexWriter().deleteDocuments(new Term(def.getGraphField(), graphIri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The best {@code limit} hits of {@code q} (Lucene query syntax: words, "phrases", OR, prefix*) in the fields of
     * {@code props}, best first; a query that does not parse is searched as plain words. With {@code highlight},
     * the literal of a hit marks the matched words with ↦…↤ (jena-text's marks). This is jena-text's own query,
     * with a reader opened for it; the pages use {@link #search}.
     */
    public List<TextHit> query(List<Resource> props, String q, int limit, boolean highlight) {
        String hl = highlight ? "z:240 | m:1" : null;
        try {
            return index.query(props, q, null, null, limit, hl);
        } catch (TextIndexParseException e) {
            return index.query(props, QueryParser.escape(q), null, null, limit, hl);
        }
    }

    /**
     * The same hits as {@link #query} gives without highlighting, from the searcher kept for the index's last
     * commit; {@link TextHits#snippet} makes the highlighted literal {@code query} gives, for the hits a caller
     * shows.
     */
    public TextHits search(List<Resource> props, String q, int limit) {
        Query query;
        try {
            query = TextHits.parse(def, index.getQueryAnalyzer(), props, q);
        } catch (ParseException e) {
            try {
                query = TextHits.parse(def, index.getQueryAnalyzer(), props, QueryParser.escape(q));
            } catch (ParseException e2) {
                throw new IllegalArgumentException("cannot search for '" + q + "': " + e2.getMessage(), e2);
            }
        }
        try {
            long c = commits.get();
            if (c != searchedCommit) {
                searchers.maybeRefreshBlocking();
                searchedCommit = c;
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                return TextHits.search(searcher, def, index.getAnalyzer(), props, query, limit);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index " + dir, e);
        }
    }

    /** Entries in the index (one per indexed triple and graph). */
    public int size() {
        try (var reader = org.apache.lucene.index.DirectoryReader.open(index.getDirectory())) {
            return reader.numDocs();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
        } catch (IOException e) {
            LOG.warn("cannot close the searcher of {}: {}", dir, e.getMessage());
        }
        index.close();
    }

    /** The index set in {@code dsg}'s context by {@link KgStore}, if any. */
    public static java.util.Optional<SearchIndex> of(DatasetGraph dsg) {
        Object o = dsg.getContext().get(KEY);
        return o instanceof SearchIndex s ? java.util.Optional.of(s) : java.util.Optional.empty();
    }

    static final org.apache.jena.sparql.util.Symbol KEY =
            org.apache.jena.sparql.util.Symbol.create("https://diplokg.org/symbol#searchIndex");
}
