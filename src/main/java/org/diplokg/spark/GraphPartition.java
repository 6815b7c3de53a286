package org.diplokg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.api.java.function.Function2;
import org.diplokg.KgException.InputException;
import org.diplokg.ingest.DocumentReader;
import org.diplokg.ingest.SourceDocument;
import org.diplokg.nlp.NlpConfig;
import org.diplokg.pipeline.BuildJob;
import org.diplokg.pipeline.GraphManifest;
import org.diplokg.pipeline.Processor;
import org.diplokg.rdf.DocumentGraph;
import org.diplokg.rdf.Iris;
import org.diplokg.resolve.ResolvedDocument;

/**
 * One partition of documents, in an executor: each document is read, analysed and written as its named graph by
 * the same code as {@code build} (reader, processor, {@link DocumentGraph}), appended to the partition's gzip
 * N-Quads file {@code graphs/part-NNNNN.nq.gz}; a document that cannot be read or analysed gets its problem in
 * its manifest entry and the partition goes on.
 */
final class GraphPartition implements Function2<Integer, Iterator<GraphPartition.Task>, Iterator<GraphManifest.Entry>> {
    private static final long serialVersionUID = 1L;

    /** A document to build: where it is read ({@code location}, a local path or a Hadoop URI) and its IRI. */
    record Task(String location, boolean hadoop, String identifier, String source, String documentIri)
            implements Serializable {
    }

    private final String output;
    private final String baseUri;
    private final boolean fineGrained;
    private final boolean parse;
    private final long maxBytes;

    GraphPartition(String output, String baseUri, boolean fineGrained, boolean parse, long maxBytes) {
        this.output = output;
        this.baseUri = baseUri;
        this.fineGrained = fineGrained;
        this.parse = parse;
        this.maxBytes = maxBytes;
    }

    @Override
    public Iterator<GraphManifest.Entry> call(Integer index, Iterator<Task> tasks) throws IOException {
        List<GraphManifest.Entry> out = new ArrayList<>();
        String file = String.format("graphs/part-%05d.nq.gz", index);
        Configuration conf = new Configuration();
        OutputStream stream = null;
        StreamRDF writer = null;
        DocumentReader reader = new DocumentReader(maxBytes);
        Iris iris = Iris.of(baseUri);
        try {
            while (tasks.hasNext()) {
                Task t = tasks.next();
                long start = System.nanoTime();
                Model m;
                SourceDocument doc;
                try {
                    doc = read(t, reader, conf);
                    if (BuildJob.words(doc.analysisText()) > BuildJob.MAX_WORDS) {
                        throw new InputException(t.source(), "too long to analyse (more than " + BuildJob.MAX_WORDS
                                + " words, some ten minutes of analysis); split the file");
                    }
                    Processor p = ExecutorPipeline.get(new NlpConfig(fineGrained, parse, 1));
                    ResolvedDocument resolved = p.process(doc);
                    m = DocumentGraph.create(iris, p.gazetteer()).build(resolved, t.documentIri());
                } catch (InputException e) {
                    out.add(GraphManifest.Entry.problem(t.identifier(), t.source(), e.getMessage()));
                    continue;
                } catch (RuntimeException | StackOverflowError e) {
                    out.add(GraphManifest.Entry.problem(t.identifier(), t.source(), t.source()
                            + ": failed during analysis (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + ")"));
                    continue;
                }
                if (writer == null) {
                    Path path = new Path(output, file);
                    stream = new GZIPOutputStream(path.getFileSystem(conf).create(path, true), 1 << 16);
                    writer = StreamRDFWriter.getWriterStream(stream, Lang.NQUADS);
                    writer.start();
                }
                Node g = NodeFactory.createURI(t.documentIri());
                StreamRDF w = writer;
                m.getGraph().find().forEachRemaining(tr -> w.quad(Quad.create(g, tr)));
                out.add(new GraphManifest.Entry(t.documentIri(), doc.identifier(), doc.source(), doc.contentHash(),
                        m.size(), file, "", (System.nanoTime() - start) / 1e9));
            }
        } finally {
            if (writer != null) {
                writer.finish();
                stream.close();
            }
        }
        return out.iterator();
    }

    /** A local file as {@code build} reads it; a Hadoop file copied to a local file of the same name first. */
    private static SourceDocument read(Task t, DocumentReader reader, Configuration conf) {
        if (!t.hadoop()) {
            return reader.read(java.nio.file.Path.of(t.location()));
        }
        java.nio.file.Path dir = null;
        try {
            dir = Files.createTempDirectory("diplokg-");
            java.nio.file.Path local = dir.resolve(t.identifier());
            Path remote = new Path(t.location());
            try (InputStream in = remote.getFileSystem(conf).open(remote)) {
                Files.copy(in, local);
            }
            SourceDocument d = reader.read(local);
            return new SourceDocument(d.identifier(), t.source(), d.format(), d.title(), d.text(), d.analysisText(),
                    d.contentHash(), d.date(), d.quality(), d.pageStarts());
        } catch (IOException e) {
            throw new InputException(t.source(), "cannot be read (" + e.getMessage() + ")");
        } finally {
            if (dir != null) {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
