package org.diplokg.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The --store option shared by commands that open the store. */
public final class StoreOption {
    @Option(names = "--store", required = true, paramLabel = "DIR", description = "TDB2 store folder (created if new)")
    Path store;
}
