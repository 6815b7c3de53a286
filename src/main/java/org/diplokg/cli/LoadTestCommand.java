package org.diplokg.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.diplokg.KgException.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "loadtest", description = "Load a running server: N closed-loop clients for T seconds cycling through"
        + " the queries of a folder (over SPARQL) and the main pages; prints p50/p95/p99, throughput and errors per"
        + " request.")
public final class LoadTestCommand implements Callable<Integer> {
    @Option(names = "--url", defaultValue = "http://localhost:3030", paramLabel = "URL",
            description = "the server (default: ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--clients", defaultValue = "8", paramLabel = "N", description = "default: ${DEFAULT-VALUE}")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", paramLabel = "T", description = "default: ${DEFAULT-VALUE}")
    int seconds;

    @Option(names = "--warmup", defaultValue = "5", paramLabel = "S",
            description = "seconds of load before measuring (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--queries", defaultValue = "queries", paramLabel = "DIR",
            description = "folder of .rq files (default: ${DEFAULT-VALUE})")
    Path queries;

    @Option(names = "--no-pages", description = "only the queries, not the pages")
    boolean noPages;

    /** The pages a visitor opens first. */
    static final List<String> PAGES = List.of("/", "/browse/organizations", "/browse/agreements?sort=date",
            "/browse/events", "/browse/documents", "/timeline", "/search?q=un", "/api/search?q=sco");

    private record Target(String name, HttpRequest request) {
    }

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || seconds < 1 || warmup < 0) {
            throw new ConfigException("--clients and --seconds must be at least 1, --warmup at least 0");
        }
        List<Target> targets = targets();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, List<Long>> times = new ConcurrentHashMap<>();
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        Map<String, String> firstError = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c * Math.max(1, targets.size() / clients);
            Thread t = new Thread(() -> {
                int i = offset;
                while (System.nanoTime() < end) {
                    Target target = targets.get(i++ % targets.size());
                    long t0 = System.nanoTime();
                    String error = null;
                    try {
                        HttpResponse<byte[]> r = http.send(target.request(), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            error = "HTTP " + r.statusCode();
                        }
                    } catch (IOException e) {
                        error = e.toString();
                    } catch (InterruptedException e) {
                        return;
                    }
                    long t1 = System.nanoTime();
                    if (t0 < measureFrom) {
                        continue;
                    }
                    times.computeIfAbsent(target.name(), k -> java.util.Collections.synchronizedList(
                            new ArrayList<>())).add(t1 - t0);
                    if (error != null) {
                        errors.merge(target.name(), 1, Integer::sum);
                        firstError.putIfAbsent(target.name(), error);
                    }
                }
            }, "load-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        print(targets, times, errors, firstError);
        return errors.isEmpty() ? 0 : 1;
    }

    private List<Target> targets() throws IOException {
        List<Target> out = new ArrayList<>();
        if (!Files.isDirectory(queries)) {
            throw new ConfigException("--queries " + queries + ": no such folder");
        }
        try (Stream<Path> files = Files.list(queries)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                String q = Files.readString(f);
                String name = f.getFileName().toString().replaceAll("\\.rq$", "");
                out.add(new Target(name, HttpRequest.newBuilder(URI.create(url + "/kg/sparql?query="
                                + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                        .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).build()));
            }
        }
        if (!noPages) {
            for (String page : PAGES) {
                out.add(new Target("page " + page, HttpRequest.newBuilder(URI.create(url + page))
                        .header("Accept", "text/html").timeout(Duration.ofSeconds(60)).build()));
            }
        }
        if (out.isEmpty()) {
            throw new ConfigException("nothing to request: no .rq files in " + queries + " and --no-pages");
        }
        return out;
    }

    private void print(List<Target> targets, Map<String, List<Long>> times, Map<String, Integer> errors,
                       Map<String, String> firstError) {
        List<Long> all = new ArrayList<>();
        Map<String, List<Long>> ordered = new LinkedHashMap<>();
        for (Target t : targets) {
            List<Long> l = new ArrayList<>(times.getOrDefault(t.name(), List.of()));
            l.sort(null);
            ordered.put(t.name(), l);
            all.addAll(l);
        }
        all.sort(null);
        System.out.printf("%-38s %7s %6s %8s %8s %8s %8s%n", "request", "count", "errors", "p50 ms", "p95 ms",
                "p99 ms", "max ms");
        ordered.forEach((name, l) -> System.out.printf("%-38s %7d %6d %8.1f %8.1f %8.1f %8.1f%n", name, l.size(),
                errors.getOrDefault(name, 0), ms(l, 0.50), ms(l, 0.95), ms(l, 0.99), ms(l, 1.0)));
        int errorCount = errors.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("%-38s %7d %6d %8.1f %8.1f %8.1f %8.1f%n", "all", all.size(), errorCount, ms(all, 0.50),
                ms(all, 0.95), ms(all, 0.99), ms(all, 1.0));
        System.out.printf("%d clients, %d s measured after %d s warm-up: %.1f requests/s, %d errors%n", clients,
                seconds, warmup, all.size() / (double) seconds, errorCount);
        firstError.forEach((name, e) -> System.out.println("error in " + name + ": " + e));
    }

    /** The {@code q} quantile of sorted nanosecond times, in milliseconds (nearest rank). */
    static double ms(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }
}
