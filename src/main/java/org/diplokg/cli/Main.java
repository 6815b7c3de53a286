package org.diplokg.cli;

import java.io.PrintWriter;

import org.diplokg.KgException;
import org.diplokg.KgException.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar diplokg.jar COMMAND ...}: exit 0 ok, 2 usage or configuration error, 1 runtime failure. */
@Command(name = "diplokg", mixinStandardHelpOptions = true, version = "DiploKG 0.1.0",
        description = "Knowledge graph of diplomatic and policy texts: who agreed what with whom, when and where.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class,
                EvalCommand.class, DemoCommand.class, BackupCommand.class, RestoreCommand.class, BenchCommand.class,
                LoadTestCommand.class, SparkCommand.class, LoadCommand.class})
public final class Main implements Runnable {
    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "show stack traces of failures")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line in-process; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            boolean verbose = main.verbose;
            if (e instanceof ConfigException) {
                err.println("diplokg: " + e.getMessage());
                return 2;
            }
            if (e instanceof KgException) {
                err.println("diplokg: " + e.getMessage());
            } else {
                err.println("diplokg: failed: " + e);
            }
            if (verbose) {
                e.printStackTrace(err);
            }
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (build, serve, query,"
                + " export, eval, demo, backup, restore, bench, loadtest, spark, load)");
    }
}
