package org.diplokg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.diplokg.KgException.ConfigException;
import org.diplokg.ingest.DocumentReader;
import org.diplokg.ingest.InputCollector;
import org.diplokg.ingest.SourceDocument;
import org.diplokg.pipeline.GraphManifest;
import org.diplokg.rdf.Iris;
import org.diplokg.resolve.Slugs;

/**
 * {@code diplokg spark}: the per-document build of {@code build} as a Spark job. The driver lists the documents
 * (local paths as {@code build} does; Hadoop URIs such as {@code hdfs://} or {@code s3a://} recursively through
 * Hadoop's file systems) and gives each its document IRI; executors build the graphs ({@link GraphPartition}) and
 * write them as gzip N-Quads under {@code OUTPUT/graphs/}; the driver writes {@code OUTPUT/manifest.jsonl}
 * ({@link GraphManifest}). {@code diplokg load} puts them into a store.
 */
public final class SparkBuild {
    /** What the job reads and how. {@code master} null: the one spark-submit gives. */
    public record Options(String master, String output, List<String> inputs, String baseUri, boolean fineGrained,
                          boolean parse, long maxBytes, int partitions) {
    }

    /** What the job did. */
    public record Summary(int documents, int built, int failed, long triples, double seconds) {
    }

    private SparkBuild() {
    }

    public static Summary run(Options o, PrintStream out) {
        long start = System.nanoTime();
        SparkSession.Builder b = SparkSession.builder().appName("diplokg");
        if (o.master() != null) {
            b.master(o.master());
        }
        if (o.master() != null && o.master().startsWith("local")) {
            b.config("spark.ui.enabled", "false");
        }
        try (SparkSession spark = b.getOrCreate()) {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            Configuration conf = jsc.hadoopConfiguration();
            Path dir = new Path(o.output());
            FileSystem fs = dir.getFileSystem(conf);
            if (fs.exists(new Path(dir, GraphManifest.FILE)) || fs.exists(new Path(dir, "graphs"))) {
                throw new ConfigException("--output " + o.output() + " already holds a build; choose a new folder");
            }
            fs.mkdirs(new Path(dir, "graphs"));
            List<GraphManifest.Entry> entries = new ArrayList<>();
            List<GraphPartition.Task> tasks = tasks(o, conf, entries);
            int partitions = o.partitions() > 0 ? o.partitions()
                    : Math.max(1, Math.min(tasks.size(), jsc.defaultParallelism() * 2));
            out.printf("%d documents in %d partitions on %s%n", tasks.size(), partitions, spark.sparkContext().master());
            if (!tasks.isEmpty()) {
                entries.addAll(jsc.parallelize(tasks, partitions)
                        .mapPartitionsWithIndex(new GraphPartition(fs.makeQualified(dir).toString(), o.baseUri(),
                                o.fineGrained(), o.parse(), o.maxBytes()), false)
                        .collect());
            }
            int failed = 0;
            long triples = 0;
            try (OutputStream m = fs.create(new Path(dir, GraphManifest.FILE), true)) {
                for (GraphManifest.Entry e : entries) {
                    m.write((e.toJson() + "\n").getBytes(StandardCharsets.UTF_8));
                    if (e.ok()) {
                        triples += e.triples();
                        out.printf("built      %s: %d triples (%.1f s)%n", e.identifier(), e.triples(), e.seconds());
                    } else {
                        failed++;
                        out.println("problem    " + e.problem());
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Summary s = new Summary(entries.size(), entries.size() - failed, failed, triples, seconds);
            out.printf("%ndocuments: %d built, %d failed; triples: %d; time: %.1f s%nwrote %s/graphs/ and %s/%s;"
                    + " put them in a store with `diplokg load --store DIR %s`%n", s.built(), s.failed(), triples,
                    seconds, o.output(), o.output(), GraphManifest.FILE, o.output());
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The documents, in path order, each with its IRI as {@code build} gives it: from the file name, or, for a
     * second file of the same name, with a short hash of its path. Inputs that name no readable file get a
     * manifest entry with the problem.
     */
    static List<GraphPartition.Task> tasks(Options o, Configuration conf, List<GraphManifest.Entry> problems)
            throws IOException {
        List<GraphPartition.Task> out = new ArrayList<>();
        Iris iris = Iris.of(o.baseUri());
        Set<String> taken = new HashSet<>();
        for (String input : o.inputs()) {
            List<String[]> found = new ArrayList<>();    // location, hadoop?, identifier, source
            if (hadoop(input)) {
                Path p = new Path(input);
                FileSystem fs = p.getFileSystem(conf);
                if (!fs.exists(p)) {
                    problems.add(GraphManifest.Entry.problem(p.getName(), input, input + ": no such file or folder"));
                    continue;
                }
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
                while (it.hasNext()) {
                    Path f = it.next().getPath();
                    if (SourceDocument.Format.forFileName(f.getName()).isPresent()) {
                        found.add(new String[] {f.toString(), "h", f.getName(), f.toString()});
                    }
                }
            } else {
                InputCollector.Inputs in = InputCollector.collect(List.of(java.nio.file.Path.of(input)));
                in.problems().forEach(line -> problems.add(GraphManifest.Entry.problem(input, input, line)));
                for (java.nio.file.Path f : in.files()) {
                    found.add(new String[] {f.toString(), "", DocumentReader.identifier(f), DocumentReader.source(f)});
                }
            }
            found.sort(Comparator.comparing((String[] f) -> f[3]));
            for (String[] f : found) {
                String iri = iris.document(Slugs.of(f[2]));
                if (!taken.add(iri)) {
                    iri = iris.document(Slugs.of(f[2] + "-" + Integer.toHexString(f[3].hashCode() & 0xffffff)));
                    taken.add(iri);
                }
                out.add(new GraphPartition.Task(f[0], !f[1].isEmpty(), f[2], f[3], iri));
            }
        }
        return out;
    }

    /** An input with a URI scheme ({@code hdfs://…}, {@code s3a://…}, {@code file:/…}) is read through Hadoop. */
    static boolean hadoop(String input) {
        try {
            String scheme = new URI(input).getScheme();
            return scheme != null && scheme.length() > 1;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
