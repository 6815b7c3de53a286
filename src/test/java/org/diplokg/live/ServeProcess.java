package org.diplokg.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/** {@code diplokg serve} in a child JVM, as a user runs it: its output kept, its port read from its first line. */
final class ServeProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("Serving .* at http://127\\.0\\.0\\.1:(\\d+)/");

    final Process process;
    final int port;
    private final List<String> lines = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServeProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    synchronized (lines) {
                        lines.add(l);
                        lines.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
            synchronized (lines) {
                lines.add(null);
                lines.notifyAll();
            }
        }, "serve-output");
        reader.setDaemon(true);
        reader.start();
        this.port = Integer.parseInt(awaitLine(SERVING, Duration.ofSeconds(60)).group(1));
    }

    /** Starts {@code serve --store STORE --port 0} with the given further arguments. */
    static ServeProcess start(Path store, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-cp", System.getProperty("java.class.path"), "org.diplokg.cli.Main", "serve", "--store",
                store.toString(), "--port", "0"));
        cmd.addAll(List.of(args));
        try {
            return new ServeProcess(new ProcessBuilder(cmd).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for an output line matching {@code p}. */
    Matcher awaitLine(Pattern p, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        int seen = 0;
        synchronized (lines) {
            while (true) {
                for (; seen < lines.size(); seen++) {
                    String l = lines.get(seen);
                    if (l == null) {
                        throw new AssertionError("serve ended before printing " + p + ":\n" + output());
                    }
                    Matcher m = p.matcher(l);
                    if (m.find()) {
                        return m;
                    }
                }
                long left = (end - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw new AssertionError("no line " + p + " within " + timeout + ":\n" + output());
                }
                try {
                    lines.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    String output() {
        synchronized (lines) {
            return String.join("\n", lines.stream().map(String::valueOf).toList());
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A SELECT's JSON results. */
    HttpResponse<String> sparql(String query) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url("/kg/sparql")))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonObject status() throws IOException, InterruptedException {
        return JSON.parse(get("/api/status").body());
    }

    /** Waits until the status satisfies {@code done}; returns that status. */
    JsonObject awaitStatus(Predicate<JsonObject> done, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        JsonObject s = status();
        while (!done.test(s)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("status not reached within " + timeout + ": " + s + "\n" + output());
            }
            Thread.sleep(100);
            s = status();
        }
        return s;
    }

    /** The folders are built: nothing queued, the worker idle, and at least {@code built} documents committed. */
    static Predicate<JsonObject> idleWith(long built) {
        return s -> s.get("state").getAsString().value().equals("idle")
                && s.get("queue").getAsArray().isEmpty()
                && s.get("built").getAsNumber().value().longValue() >= built;
    }

    /** SIGKILL: no shutdown hook runs. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
