package org.diplokg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Expands the paths given on the command line into the files to read: folders are walked recursively (hidden
 * files and folders skipped), files of supported formats kept, everything else reported as a problem.
 */
public final class InputCollector {
    private InputCollector() {
    }

    /** The files to read, in a stable order, and one line per path that cannot be used. */
    public record Inputs(List<Path> files, List<String> problems) {
        public Inputs {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    public static Inputs collect(List<Path> paths) {
        TreeSet<Path> files = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                problems.add(p + ": no such file or folder");
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !isHidden(p, f))
                            .forEach(f -> {
                                if (SourceDocument.Format.forFileName(f.getFileName().toString()).isPresent()) {
                                    files.add(f.normalize());
                                } else {
                                    problems.add(f + ": skipped, unsupported file type (" + SourceDocument.Format.SUPPORTED
                                            + " are read)");
                                }
                            });
                } catch (IOException | UncheckedIOException e) {
                    problems.add(p + ": cannot list the folder (" + e.getMessage() + ")");
                }
            } else {
                // Explicit files go to the reader, which names any problem (type, encoding, size).
                files.add(p.normalize());
            }
        }
        return new Inputs(new ArrayList<>(files), problems);
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
