package org.diplokg.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.live.IngestStatus;
import org.diplokg.rdf.Iris;
import org.diplokg.rdf.Ontology;
import org.diplokg.server.KgServer;
import org.diplokg.store.SearchIndex;

/**
 * The linked-data site served beside the SPARQL endpoint: dereferenceable IRIs under {@code /id/} with content
 * negotiation, entity and document pages, lists per class, search, timeline, graph and map pages.
 *
 * <pre>{@code
 * KgServer.Builder server = KgServer.builder(store.datasetGraph()).port(3030);
 * LinkedDataSite.builder(store.datasetGraph()).build().install(server);
 * server.build().start();
 * }</pre>
 *
 * <p>Resource IRIs are {@code {base}{kind}/{slug}}; the site serves them at {@code /id/{kind}/{slug}} on whatever
 * host and port it runs, so a store built with another {@code --base-uri} still browses locally. Unless given, the
 * base is read from the store's document IRIs ({@code {base}document/{slug}}), falling back to
 * {@link Iris#DEFAULT_BASE}.
 */
public final class LinkedDataSite {
    private static final Pattern DOCUMENT_IRI = Pattern.compile("(.*/)document/[a-z0-9-]+");

    private final Links links;
    private final KgReader reader;
    private final Resources resources;
    private final Catalog catalog;
    private final Render render;

    private final IngestStatus status;
    private final TextSearch text;

    private LinkedDataSite(DatasetGraph dataset, String base, LongSupplier version, IngestStatus status) {
        this.status = status;
        this.links = new Links(base);
        this.reader = new KgReader(dataset);
        this.resources = new Resources(reader, links);
        this.catalog = new Catalog(reader, links, version);
        this.render = new Render(links, termLabels());
        this.text = SearchIndex.of(dataset).map(i -> new TextSearch(i, reader)).orElse(null);
    }

    /** Settings of a site; {@link #build()} reads the base from the store when none was given. */
    public static final class Builder {
        private final DatasetGraph dataset;
        private String base;
        private LongSupplier version = () -> 0;
        private IngestStatus status = IngestStatus.none();

        private Builder(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
        }

        /** The base the store's IRIs were minted with ({@code build --base-uri}); validated like the build's. */
        public Builder baseUri(String baseUri) {
            this.base = Iris.of(Objects.requireNonNull(baseUri, "baseUri")).base();
            return this;
        }

        /**
         * The store's version ({@code KgStore::version}) when the store is written while served: counts and lists
         * are kept until it changes. Without it they are kept for good (a read-only store).
         */
        public Builder version(LongSupplier storeVersion) {
            this.version = Objects.requireNonNull(storeVersion, "storeVersion");
            return this;
        }

        /** The live ingest's status, shown at {@code /status} (by default: a server that watches nothing). */
        public Builder status(IngestStatus ingestStatus) {
            this.status = Objects.requireNonNull(ingestStatus, "ingestStatus");
            return this;
        }

        public LinkedDataSite build() {
            return new LinkedDataSite(dataset, base != null ? base : detectBase(new KgReader(dataset)), version,
                    status);
        }
    }

    public static Builder builder(DatasetGraph dataset) {
        return new Builder(dataset);
    }

    /** The base of the resource IRIs this site serves under {@code /id/}. */
    public String base() {
        return links.base();
    }

    /** Registers the site's servlets on a server that is being built. */
    public void install(KgServer.Builder server) {
        server.servlet("", new HomeServlet(this))
                .servlet("/id/*", new ResourceServlet(this))
                .servlet("/browse/*", new BrowseServlet(this))
                .servlet("/search", new SearchServlet(this, false))
                .servlet("/api/search", new SearchServlet(this, true))
                .servlet("/timeline", new TimelineServlet(this))
                .servlet("/graph", new GraphServlet(this))
                .servlet("/map", new MapServlet(this, false))
                .servlet("/api/map", new MapServlet(this, true))
                .servlet("/status", new StatusServlet(this, status, false))
                .servlet("/api/status", new StatusServlet(this, status, true))
                .servlet("/query", new HomeServlet.QueryUiRedirect())
                .servlet("/assets/*", new AssetServlet());
    }

    /** The most common base among the store's document IRIs, else the default base. */
    static String detectBase(KgReader reader) {
        Map<String, Integer> bases = new HashMap<>();
        for (Binding row : reader.select("SELECT ?d WHERE { ?d a dkg:Document } LIMIT 1000")) {
            Matcher m = DOCUMENT_IRI.matcher(KgReader.str(row, "d"));
            if (m.matches()) {
                bases.merge(m.group(1), 1, Integer::sum);
            }
        }
        return bases.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(Iris.DEFAULT_BASE);
    }

    private static Map<String, String> termLabels() {
        Map<String, String> out = new HashMap<>();
        Model m = Ontology.ontology();
        m.listStatements(null, RDFS.label, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(s -> {
            if (s.getSubject().isURIResource() && s.getObject().isLiteral()) {
                out.putIfAbsent(s.getSubject().getURI(), s.getObject().asLiteral().getLexicalForm());
            }
        });
        return Map.copyOf(out);
    }

    Links links() {
        return links;
    }

    KgReader reader() {
        return reader;
    }

    Resources resources() {
        return resources;
    }

    Catalog catalog() {
        return catalog;
    }

    Render render() {
        return render;
    }

    /** The ranked full-text search of a store opened by {@code KgStore}; empty for a bare dataset. */
    java.util.Optional<TextSearch> text() {
        return java.util.Optional.ofNullable(text);
    }
}
