package org.diplokg.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.diplokg.KgException.ConfigException;

/**
 * The export facade: what to export (the whole entity graph, the neighbourhood of a focus entity, the entities of
 * a CONSTRUCT query) and how ({@link ExportFormat}). The command line and the {@code /export} servlet both use it.
 *
 * <pre>{@code
 * Exporter export = Exporter.create(store.datasetGraph())
 *         .focus("http://localhost:3030/id/country/kenya", 2)
 *         .build();
 * try (OutputStream out = Files.newOutputStream(Path.of("kenya.graphml"))) {
 *     export.write(ExportFormat.graphml, out);
 * }
 * }</pre>
 */
public final class Exporter {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Exporter.class);
    private final DatasetGraph dataset;
    private final EntityGraph all;
    private final EntityGraph graph;
    private final DatasetGraph constructed;
    private final String focus;
    private final int hops;

    private Exporter(Builder b, EntityGraph all, EntityGraph graph, DatasetGraph constructed) {
        this.dataset = b.dataset;
        this.all = all;
        this.graph = graph;
        this.constructed = constructed;
        this.focus = b.focus;
        this.hops = b.hops;
    }

    public static Builder create(DatasetGraph dataset) {
        return new Builder(dataset);
    }

    /** What to export; {@link #build()} reads the store, runs the query and checks the focus. */
    public static final class Builder {
        private final DatasetGraph dataset;
        private EntityGraph entities;
        private String focus;
        private int hops;
        private Query query;

        private Builder(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
        }

        /** The entity graph of the store, read earlier (the server reads it once); by default read at build. */
        public Builder entities(EntityGraph all) {
            this.entities = Objects.requireNonNull(all, "entities");
            return this;
        }

        /** Only the entities at most {@code hops} relations away from {@code iri}, in either direction. */
        public Builder focus(String iri, int hops) {
            Objects.requireNonNull(iri, "iri");
            if (hops < 0) {
                throw new ConfigException("hops must be 0 or more, not " + hops);
            }
            this.focus = iri;
            this.hops = hops;
            return this;
        }

        /**
         * Only what a CONSTRUCT query returns: RDF formats write its triples (or quads), graph formats its entities
         * and the relations among them.
         *
         * @param source where the text came from, for messages: a file name or "the query parameter"
         */
        public Builder query(String text, String source) {
            Objects.requireNonNull(text, "text");
            Query q;
            try {
                q = QueryFactory.create(text);
            } catch (QueryParseException e) {
                throw new ConfigException(source + " does not parse as SPARQL: "
                        + e.getMessage().lines().findFirst().orElse("").strip());
            }
            if (!q.isConstructType()) {
                throw new ConfigException(source + " is a " + q.queryType().toString().toUpperCase(Locale.ROOT)
                        + " query; export needs a CONSTRUCT query");
            }
            this.query = q;
            return this;
        }

        /**
         * @throws UnknownEntityException when the focus is not an entity of the store
         * @throws ConfigException        when the focus is not among the entities the query returned
         */
        public Exporter build() {
            return Txn.calculateRead(dataset, () -> {
                EntityGraph whole = entities != null ? entities : EntityGraphReader.read(dataset);
                EntityGraph selection = whole;
                DatasetGraph result = null;
                if (query != null) {
                    try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query)
                            .build()) {
                        result = qe.execConstructDataset().asDatasetGraph();
                    }
                    selection = EntityGraphReader.fromTriples(union(result), whole);
                }
                if (focus != null) {
                    if (!whole.contains(focus)) {
                        throw new UnknownEntityException(focus);
                    }
                    if (!selection.contains(focus)) {
                        throw new ConfigException("the focus <" + focus + "> is not among the entities the query"
                                + " returned");
                    }
                    selection = selection.neighbourhood(focus, hops);
                }
                return new Exporter(this, whole, selection, result);
            });
        }
    }

    private static Graph union(DatasetGraph ds) {
        Graph g = GraphFactory.createDefaultGraph();
        ds.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    /** The nodes and edges the graph formats write. */
    public EntityGraph graph() {
        return graph;
    }

    /** A file name for the export, e.g. {@code diplokg-kenya-2hops.graphml}. */
    public String fileName(ExportFormat format) {
        StringBuilder sb = new StringBuilder("diplokg");
        if (constructed != null) {
            sb.append("-query");
        }
        if (focus != null) {
            String slug = EntityGraphReader.localName(focus).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-|-$", "");
            sb.append('-').append(slug.isEmpty() ? "focus" : slug).append('-').append(hops).append("hops");
        }
        return sb.append('.').append(format.extension()).toString();
    }

    /**
     * Writes {@code format} to {@code out}, which stays open. For {@link ExportFormat#csv} this is a zip of
     * {@code nodes.csv} and {@code edges.csv}; {@link #writeCsv} writes them as two files.
     */
    public void write(ExportFormat format, OutputStream out) throws IOException {
        Objects.requireNonNull(format, "format");
        switch (format) {
            case graphml -> new GraphMlWriter().write(graph, out);
            case gexf -> new GexfWriter().write(graph, out);
            case cytoscape -> new CytoscapeWriter().write(graph, out);
            case dot -> new DotWriter().write(graph, out);
            case csv -> writeCsvZip(out);
            case turtle, jsonld, trig, nquads -> writeRdf(format, out);
            case plover, cameo -> writeEvents(format, out);
        }
        out.flush();
    }

    /** The Neo4j import files: nodes and relationships. */
    public void writeCsv(OutputStream nodes, OutputStream edges) throws IOException {
        CsvWriter csv = new CsvWriter();
        csv.writeNodes(graph, nodes);
        csv.writeEdges(graph, edges);
    }

    /**
     * Writes {@code format} to the file {@code output} (creating its folder) and returns the files written. For
     * {@link ExportFormat#csv}, {@code output} is either a folder that exists, which gets {@code nodes.csv} and
     * {@code edges.csv}, or else a prefix: {@code out/kg} gives {@code out/kg-nodes.csv} and
     * {@code out/kg-edges.csv}. A file that cannot be finished is removed.
     */
    public List<Path> writeTo(ExportFormat format, Path output) throws IOException {
        List<Path> files;
        if (format == ExportFormat.csv) {
            files = Files.isDirectory(output) ? List.of(output.resolve("nodes.csv"), output.resolve("edges.csv"))
                    : List.of(output.resolveSibling(output.getFileName() + "-nodes.csv"),
                    output.resolveSibling(output.getFileName() + "-edges.csv"));
        } else {
            files = List.of(output);
        }
        for (Path f : files) {
            Path parent = f.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        }
        try {
            if (format == ExportFormat.csv) {
                try (OutputStream nodes = new BufferedOutputStream(Files.newOutputStream(files.get(0)));
                     OutputStream edges = new BufferedOutputStream(Files.newOutputStream(files.get(1)))) {
                    writeCsv(nodes, edges);
                }
            } else {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                    write(format, out);
                }
            }
        } catch (IOException | RuntimeException e) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
            throw e;
        }
        return files;
    }

    private void writeCsvZip(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        CsvWriter csv = new CsvWriter();
        zip.putNextEntry(new ZipEntry("nodes.csv"));
        csv.writeNodes(graph, zip);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("edges.csv"));
        csv.writeEdges(graph, zip);
        zip.closeEntry();
        zip.finish();
    }

    /** The events and agreements of the selection as PLOVER JSON lines or CAMEO rows. */
    private void writeEvents(ExportFormat format, OutputStream out) throws IOException {
        Set<String> ids = new HashSet<>();
        graph.nodes().forEach(n -> ids.add(n.id()));
        EventRecords.Result events = Txn.calculateRead(dataset, () -> EventRecords.read(dataset, ids));
        if (events.leftOut() > 0) {
            LOG.info("{} events and agreements left out of the {} export: no date or no actor", events.leftOut(),
                    format);
        }
        if (format == ExportFormat.plover) {
            EventDataWriter.writePlover(events.records(), out);
        } else {
            EventDataWriter.writeCameo(events.records(), out);
        }
    }

    private void writeRdf(ExportFormat format, OutputStream out) {
        RdfExport rdf = new RdfExport(all, graph);
        Txn.executeRead(dataset, () -> {
            if (format.isQuads()) {
                if (constructed != null) {
                    rdf.writeQuads(constructed, false, true, format, out);
                } else {
                    rdf.writeQuads(dataset, focus == null, false, format, out);
                }
            } else {
                RdfExport.writeTriples(constructed != null ? rdf.constructed(union(constructed))
                        : rdf.entityDescriptions(dataset.getUnionGraph()), format, out);
            }
        });
    }
}
