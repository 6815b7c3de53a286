package org.diplokg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.diplokg.KgException.ConfigException;
import org.diplokg.KgException.StoreLockedException;
import org.diplokg.store.KgStore;
import org.diplokg.store.StoreBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup", description = "Write a consistent snapshot of the store as N-Quads (.nq.gz), from the store"
        + " folder or, while `serve` holds it, from the running server.")
public final class BackupCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", description = "the store folder (not in use by another process)")
    Path store;

    @Option(names = "--url", paramLabel = "URL",
            description = "a running `serve` to back up instead, e.g. http://127.0.0.1:3030/")
    String url;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "the backup file (.nq or .nq.gz)")
    Path output;

    @Override
    public Integer call() {
        if ((store == null) == (url == null)) {
            throw new ConfigException("give one of --store DIR or --url URL");
        }
        StoreBackup.Counts c;
        if (url != null) {
            c = StoreBackup.fetch(url, output);
        } else {
            try (KgStore s = KgStore.open(store)) {
                c = StoreBackup.write(s, output);
            } catch (StoreLockedException e) {
                throw new StoreLockedException(e.getMessage() + "; to back up a served store, use --url with the"
                        + " server's address", e);
            }
        }
        System.out.printf("backup: %,d quads in %d document graphs written to %s%n", c.quads(), c.graphs(), output);
        return 0;
    }
}
