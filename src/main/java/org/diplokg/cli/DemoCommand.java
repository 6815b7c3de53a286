package org.diplokg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.diplokg.nlp.NlpConfig;
import org.diplokg.pipeline.BuildOptions;
import org.diplokg.rdf.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", description = "Build the bundled sample documents into ./diplokg-demo/store and serve them.")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--dir", defaultValue = "diplokg-demo", description = "working folder (default: ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--no-serve", description = "only build")
    boolean noServe;

    @Override
    public Integer call() {
        Path sample = dir.resolve("sample");
        copySample(sample);
        BuildOptions options = new BuildOptions(List.of(sample), Iris.of(Iris.DEFAULT_BASE), 2, true,
                BuildCommand.defaultMaxBytes(), NlpConfig.DEFAULT.withThreads(2));
        int code = BuildCommand.build(dir.resolve("store"), options, System.out);
        if (code != 0 || noServe) {
            return code;
        }
        return ServeCommand.serve(dir.resolve("store"), "127.0.0.1", port, 30, null, System.out);
    }

    /** Copies the sample documents bundled in the jar (or on the class path) to {@code target}. */
    static void copySample(Path target) {
        URL url = DemoCommand.class.getResource("/sample");
        if (url == null) {
            throw new IllegalStateException("the sample documents are missing from the jar");
        }
        try {
            Files.createDirectories(target);
            if (url.getProtocol().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    copyAll(fs.getPath("/sample"), target);
                }
            } else {
                copyAll(Path.of(url.toURI()), target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the sample documents to " + target, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyAll(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Path dest = to.resolve(f.getFileName().toString());
                byte[] bytes = Files.readAllBytes(f);
                if (!Files.exists(dest) || !java.util.Arrays.equals(Files.readAllBytes(dest), bytes)) {
                    try (InputStream in = Files.newInputStream(f)) {
                        Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }
}
