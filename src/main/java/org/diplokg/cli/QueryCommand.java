package org.diplokg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.diplokg.KgException.ConfigException;
import org.diplokg.rdf.Prefixes;
import org.diplokg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", description = "Run a SPARQL query from queries/ (by name) or a file against the store.")
public final class QueryCommand implements Callable<Integer> {
    /** Result formats of SELECT and ASK queries; CONSTRUCT and DESCRIBE print Turtle. */
    enum Format { table, csv, tsv, json }

    @Mixin
    StoreOption storeOption;

    @Option(names = "--format", defaultValue = "table",
            description = "result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Parameters(paramLabel = "FILE.rq|NAME", description = "a query file, or the name of one in queries/")
    String query;

    @Override
    public Integer call() {
        Query q = parse(query);
        try (KgStore store = KgStore.open(storeOption.store)) {
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                    if (q.isSelectType()) {
                        print(qe.execSelect());
                    } else if (q.isAskType()) {
                        System.out.println(qe.execAsk());
                    } else if (q.isConstructType()) {
                        RDFDataMgr.write(System.out, qe.execConstruct(), Lang.TURTLE);
                    } else {
                        RDFDataMgr.write(System.out, qe.execDescribe(), Lang.TURTLE);
                    }
                }
            });
        }
        return 0;
    }

    private void print(ResultSet rs) {
        switch (format) {
            case csv -> ResultSetFormatter.outputAsCSV(System.out, rs);
            case tsv -> ResultSetFormatter.outputAsTSV(System.out, rs);
            case json -> ResultSetFormatter.outputAsJSON(System.out, rs);
            default -> ResultSetFormatter.out(System.out, rs, Prefixes.standard());
        }
    }

    /** A query from a file path, or by name from queries/ in the working folder or in the jar. */
    static Query parse(String nameOrFile) {
        String text = load(nameOrFile);
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new ConfigException("query " + nameOrFile + " does not parse: " + e.getMessage());
        }
    }

    static String load(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            String name = nameOrFile.endsWith(".rq") ? nameOrFile : nameOrFile + ".rq";
            Path local = Path.of("queries", name);
            if (Files.isRegularFile(local)) {
                return Files.readString(local, StandardCharsets.UTF_8);
            }
            try (InputStream in = QueryCommand.class.getResourceAsStream("/queries/" + name)) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new ConfigException("cannot read query " + nameOrFile + ": " + e.getMessage());
        }
        throw new ConfigException("no query file or named query '" + nameOrFile + "' (see queries/ for names)");
    }
}
