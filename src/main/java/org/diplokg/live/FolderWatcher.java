package org.diplokg.live;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches folders recursively and reports every path created, changed or removed under them (hidden files and
 * folders are left out, as {@code build} leaves them out). A folder created inside is watched at once and its
 * contents reported, so a folder copied in is seen whole; when the kernel's event queue overflows, the roots
 * themselves are reported, for a full rescan.
 */
final class FolderWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

    private final List<Path> roots;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Consumer<Path> sink;

    /** @param sink receives each path touched (a file or a folder, existing or gone), from the watcher's thread */
    FolderWatcher(List<Path> roots, Consumer<Path> sink) {
        this.roots = List.copyOf(roots);
        this.sink = sink;
        try {
            this.service = FileSystems.getDefault().newWatchService();
            for (Path r : this.roots) {
                registerTree(r, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + roots + ": " + e.getMessage(), e);
        }
    }

    /** Reports events until closed; run it on its own thread. */
    void run() {
        while (true) {
            WatchKey key;
            try {
                key = service.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            Path dir = keys.get(key);
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == OVERFLOW || dir == null) {
                    LOG.info("file events overflowed; rescanning {}", roots);
                    roots.forEach(sink);
                    continue;
                }
                Path child = dir.resolve((Path) event.context());
                if (child.getFileName().toString().startsWith(".")) {
                    continue;
                }
                if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
                    try {
                        registerTree(child, true);
                    } catch (IOException | UncheckedIOException e) {
                        LOG.warn("cannot watch {}: {}", child, e.getMessage());
                    }
                }
                sink.accept(child);
            }
            if (!key.reset()) {
                keys.remove(key);
            }
        }
    }

    private void registerTree(Path root, boolean report) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                if (hidden(root, p)) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    keys.put(p.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), p);
                } else if (report) {
                    // Created before this folder was watched: report it here, or it would be missed.
                    sink.accept(p);
                }
            }
        }
    }

    private static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("closing the watch service", e);
        }
    }
}
