package org.diplokg.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.diplokg.KgException.ConfigException;
import org.diplokg.rdf.Iris;
import org.diplokg.spark.SparkBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "spark", description = "Build the documents' graphs as an Apache Spark job: gzip N-Quads and a"
        + " manifest in --output, for `load`.")
public final class SparkCommand implements Callable<Integer> {
    @Option(names = "--master", paramLabel = "MASTER", description = "local[N], spark://HOST:7077, yarn, k8s://…"
            + " (default: the one spark-submit gives)")
    String master;

    @Option(names = "--output", paramLabel = "DIR", required = true,
            description = "a new folder (local path or Hadoop URI) for graphs/*.nq.gz and manifest.jsonl")
    String output;

    @Option(names = "--base-uri", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "base of entity IRIs (default: ${DEFAULT-VALUE})")
    String baseUri;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "partitions (and N-Quads files); default twice the cluster's cores, at most one per document")
    int partitions;

    @Option(names = "--max-size", paramLabel = "MIB", defaultValue = "20",
            description = "refuse files larger than this many MiB (default: ${DEFAULT-VALUE})")
    int maxMib;

    @Option(names = "--fine-grained-ner", description = "use CoreNLP's fine-grained NER (slower)")
    boolean fineGrained;

    @Option(names = "--no-parse", description = "skip the dependency parse (faster, far fewer facts)")
    boolean noParse;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "files and folders: local paths (readable on every executor) or Hadoop URIs (hdfs://, s3a://)")
    List<String> paths;

    @Override
    public Integer call() {
        if (maxMib < 1) {
            throw new ConfigException("--max-size must be at least 1 MiB");
        }
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, SparkCommand.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ConfigException("Spark is not on the class path: run this command through spark-submit, or"
                    + " build with `mvn package -Pspark` and run tools/spark/diplokg-spark (see README, \"Building on"
                    + " Apache Spark\")");
        }
        SparkBuild.Summary s = SparkBuild.run(new SparkBuild.Options(master, output, paths, baseUri, fineGrained,
                !noParse, maxMib * 1024L * 1024L, partitions), System.out);
        return s.failed() > 0 && s.built() == 0 ? 1 : 0;
    }
}
