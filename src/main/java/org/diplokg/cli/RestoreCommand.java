package org.diplokg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.diplokg.store.KgStore;
import org.diplokg.store.StoreBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "restore", description = "Rebuild a store from a backup (N-Quads, .nq or .nq.gz) into a new folder.")
public final class RestoreCommand implements Callable<Integer> {
    @Mixin
    StoreOption storeOption;

    @Parameters(paramLabel = "FILE", description = "the backup written by `backup`")
    Path file;

    @Override
    public Integer call() {
        try (KgStore s = KgStore.open(storeOption.store)) {
            StoreBackup.Counts c = StoreBackup.restore(s, file);
            System.out.printf("restore: %,d quads in %d document graphs into %s%n", c.quads(), c.graphs(),
                    storeOption.store);
        }
        return 0;
    }
}
