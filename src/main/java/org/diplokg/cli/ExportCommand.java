package org.diplokg.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.diplokg.KgException;
import org.diplokg.KgException.ConfigException;
import org.diplokg.export.ExportFormat;
import org.diplokg.export.Exporter;
import org.diplokg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true, description = {
        "Export the entity graph (entities as nodes, relations as edges, dates and mention counts as attributes)"
                + " for Gephi, yEd, Cytoscape, Graphviz, Neo4j, NetworkX, or as RDF.",
        "Formats: graphml, gexf (1.3, with a timeline), cytoscape (Cytoscape.js JSON), dot, csv (Neo4j import"
                + " files), turtle and jsonld (entity descriptions), trig and nquads (document graphs with"
                + " provenance)."})
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption storeOption;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES}")
    ExportFormat format;

    @Option(names = "--focus", paramLabel = "IRI", description = "only the neighbourhood of this entity")
    String focus;

    @Option(names = "--hops", paramLabel = "N", description = "with --focus: relations to follow, either"
            + " direction (default: 1)")
    Integer hops;

    @Option(names = "--query", paramLabel = "CONSTRUCT.rq", description = "only what this CONSTRUCT query returns:"
            + " its triples for RDF formats, its entities and the relations among them for graph formats")
    Path query;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = {"the file to write.",
            "csv: a folder (existing, or ending in /) gets nodes.csv and edges.csv; otherwise FILE is a prefix:"
                    + " out/kg writes out/kg-nodes.csv and out/kg-edges.csv."})
    String output;

    @Override
    public Integer call() {
        if (hops != null && focus == null) {
            throw new ConfigException("--hops needs --focus IRI");
        }
        if (!Files.isDirectory(storeOption.store)) {
            throw new ConfigException("--store " + storeOption.store + " does not exist; build it first with"
                    + " `build --store " + storeOption.store + " PATH...`");
        }
        if (format != ExportFormat.csv && Files.isDirectory(Path.of(output))) {
            throw new ConfigException("--output " + output + " is a folder; give a file name, e.g. " + output
                    + File.separator + "diplokg." + format.extension());
        }
        String queryText = query == null ? null : read(query);
        try (KgStore store = KgStore.open(storeOption.store)) {
            long start = System.nanoTime();
            Exporter.Builder b = Exporter.create(store.datasetGraph());
            if (focus != null) {
                b.focus(focus, hops == null ? 1 : hops);
            }
            if (queryText != null) {
                b.query(queryText, "--query " + query);
            }
            Exporter exporter = b.build();
            Path out = Path.of(output);
            if (format == ExportFormat.csv && (output.endsWith("/") || output.endsWith(File.separator))) {
                Files.createDirectories(out);
            }
            List<Path> files = exporter.writeTo(format, out);
            print(exporter, files, (System.nanoTime() - start) / 1e9, System.out);
        } catch (IOException e) {
            throw new KgException("cannot write --output " + output + ": " + e, e);
        }
        return 0;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException("--query " + file + ": no such file");
        } catch (IOException e) {
            throw new ConfigException("--query " + file + " cannot be read: " + e.getMessage());
        }
    }

    private void print(Exporter exporter, List<Path> files, double seconds, PrintStream out) throws IOException {
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        out.printf("%s: %d nodes, %d edges -> %s (%,d bytes, %.2f s)%n", format, exporter.graph().nodes().size(),
                exporter.graph().edges().size(), String.join(", ", files.stream().map(Path::toString).toList()),
                bytes, seconds);
    }
}
