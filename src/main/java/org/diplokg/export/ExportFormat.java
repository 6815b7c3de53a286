package org.diplokg.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The export formats, each with its media type and file extension. Graph formats write the {@link EntityGraph};
 * RDF formats write triples (entity descriptions) or quads (document graphs with their provenance).
 */
public enum ExportFormat {
    graphml("application/graphml+xml; charset=utf-8", "graphml", "GraphML for Gephi, yEd, NetworkX"),
    gexf("application/gexf+xml; charset=utf-8", "gexf", "GEXF 1.3 with a timeline (Gephi)"),
    cytoscape("application/json; charset=utf-8", "cyjs", "Cytoscape.js JSON (also Cytoscape desktop)"),
    dot("text/vnd.graphviz; charset=utf-8", "dot", "Graphviz DOT"),
    jsonld("application/ld+json; charset=utf-8", "jsonld", "JSON-LD of the entity descriptions, compacted"),
    turtle("text/turtle; charset=utf-8", "ttl", "Turtle of the entity descriptions"),
    trig("application/trig; charset=utf-8", "trig", "TriG: the document named graphs with all provenance"),
    nquads("application/n-quads; charset=utf-8", "nq", "N-Quads: the document named graphs with all provenance"),
    csv("application/zip", "zip", "Neo4j import CSV: nodes.csv and edges.csv (a zip over HTTP)"),
    plover("application/x-ndjson; charset=utf-8", "jsonl", "PLOVER event data: one JSON object per line"),
    cameo("text/tab-separated-values; charset=utf-8", "tsv", "CAMEO event rows with GDELT 2.0 column names");

    private final String mediaType;
    private final String extension;
    private final String description;

    ExportFormat(String mediaType, String extension, String description) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.description = description;
    }

    /** The Content-Type of the format over HTTP. */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    public String description() {
        return description;
    }

    /** Formats of event records (events and agreements with their actors), not of the entity graph. */
    public boolean isEventData() {
        return this == plover || this == cameo;
    }

    /** Formats that carry named graphs. */
    public boolean isQuads() {
        return this == trig || this == nquads;
    }

    /** The format called {@code name} (case-insensitive), if there is one. */
    public static Optional<ExportFormat> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The format names, comma-separated, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
