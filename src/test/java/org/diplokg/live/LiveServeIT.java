package org.diplokg.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --watch} in a child process while 8 clients read: documents present at start are built; 20 documents
 * copied in are each searchable and browsable soon after their commit; no client gets an error; no client ever sees
 * a document graph other than whole (absent, or of the size it has after its commit); a removed file's graph goes,
 * a changed file's is replaced, a bad file is named in {@code /status}. Prints the latencies before and during the
 * writes. {@code -Ddiplokg.live.seconds=60} reads for longer (default 15 s).
 */
class LiveServeIT {
    private static final int DOCS = 20;
    private static final int CLIENTS = 8;
    private static final long SECONDS = Long.getLong("diplokg.live.seconds", 15);
    private static final String SIZES = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";

    @TempDir
    Path dir;

    private record Sample(long startNanos, long nanos, String what) {
    }

    @Test
    void documentsStreamInWhileEightClientsRead() throws Exception {
        Path in = dir.resolve("in");
        LiveDocs.write(in, DOCS, DOCS + 2);
        String agreementsByParty = Files.readString(Path.of("queries", "agreements-by-party.rq"));
        try (ServeProcess serve = ServeProcess.start(dir.resolve("store"), "--watch", in.toString())) {
            serve.awaitStatus(ServeProcess.idleWith(2), Duration.ofSeconds(120));
            String primed = docPath(serve, DOCS);

            Map<String, Set<Long>> seen = new ConcurrentHashMap<>();
            List<Sample> samples = new CopyOnWriteArrayList<>();
            List<String> errors = new CopyOnWriteArrayList<>();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> clients = new ArrayList<>();
            long clientsStart = System.nanoTime();
            for (int c = 0; c < CLIENTS; c++) {
                int id = c;
                Thread t = new Thread(() -> {
                    for (int i = id; !stop.get(); i++) {
                        long t0 = System.nanoTime();
                        String what = switch (i % 8) {
                            case 0 -> "sparql graph sizes";
                            case 1 -> "/";
                            case 2 -> "/browse/documents";
                            case 3 -> "/api/search?q=bulletin";
                            case 4 -> "sparql agreements-by-party";
                            case 5 -> primed;
                            case 6 -> "/browse/agreements?sort=mentions";
                            default -> "/status";
                        };
                        try {
                            HttpResponse<String> r = what.equals("sparql graph sizes") ? serve.sparql(SIZES)
                                    : what.equals("sparql agreements-by-party") ? serve.sparql(agreementsByParty)
                                    : serve.get(what);
                            if (r.statusCode() != 200) {
                                errors.add(what + ": HTTP " + r.statusCode());
                            } else if (what.equals("sparql graph sizes")) {
                                sizes(r.body()).forEach((g, n) -> seen.computeIfAbsent(g,
                                        k -> ConcurrentHashMap.newKeySet()).add(n));
                            }
                        } catch (Exception e) {
                            errors.add(what + ": " + e);
                        }
                        samples.add(new Sample(t0, System.nanoTime() - t0, what));
                    }
                }, "client-" + c);
                t.start();
                clients.add(t);
            }
            // The first 2 s warm the server's JIT up; the next 4 s are the figures before any write.
            Thread.sleep(6000);
            long writesStart = System.nanoTime();
            LiveDocs.write(in, 0, DOCS);
            Path backup = dir.resolve("mid-ingest.nq.gz");
            List<String> backupErrors = new CopyOnWriteArrayList<>();
            Thread backupThread = new Thread(() -> {
                try {
                    serve.awaitStatus(st -> st.get("built").getAsNumber().value().longValue() >= 8,
                            Duration.ofMinutes(3));
                    int code = org.diplokg.cli.Main.run(new String[] {"backup", "--url", serve.url("/"),
                            "--output", backup.toString()}, new java.io.PrintWriter(System.out, true),
                            new java.io.PrintWriter(System.err, true));
                    if (code != 0) {
                        backupErrors.add("backup exit " + code);
                    }
                } catch (Exception e) {
                    backupErrors.add(e.toString());
                }
            }, "backup");
            backupThread.start();
            Map<Integer, Long> visibleAfter = awaitVisible(serve);
            backupThread.join();
            long writesEnd = System.nanoTime();
            long left = SECONDS * 1000 - (System.nanoTime() - clientsStart) / 1_000_000;
            if (left > 0) {
                Thread.sleep(left);
            }
            stop.set(true);
            for (Thread t : clients) {
                t.join();
            }
            double total = (System.nanoTime() - clientsStart) / 1e9;

            Map<String, Long> last = sizes(serve.sparql(SIZES).body());
            List<String> partial = new ArrayList<>();
            seen.forEach((g, ns) -> ns.stream().filter(n -> !n.equals(last.get(g)))
                    .forEach(n -> partial.add(g + " read with " + n + " quads, " + last.get(g) + " after commit")));

            System.out.printf("live ingest: %d documents built while %d clients read for %.0f s: %d requests, %d"
                    + " errors%n", DOCS, CLIENTS, total, samples.size(), errors.size());
            System.out.println("  latency before writes: " + summary(samples, clientsStart + 2_000_000_000L,
                    writesStart) + " (after 2 s of warm-up)");
            System.out.println("  latency during writes: " + summary(samples, writesStart, writesEnd));
            System.out.println("  latency after writes:  " + summary(samples, writesEnd, Long.MAX_VALUE));
            List<Long> vis = new ArrayList<>(visibleAfter.values());
            Collections.sort(vis);
            System.out.printf("  commit to searchable and browsable: median %d ms, max %d ms (%d documents)%n",
                    vis.get(vis.size() / 2), vis.get(vis.size() - 1), vis.size());
            System.out.printf("  document graphs read: %d distinct (graph, size) pairs, %d partial%n",
                    seen.values().stream().mapToInt(Set::size).sum(), partial.size());

            assertEquals(List.of(), errors.subList(0, Math.min(10, errors.size())), "no client gets an error");
            assertEquals(List.of(), partial, "no reader sees a half-written document graph");
            assertEquals(DOCS + 2, last.size(), "every document has its graph");
            // Visibility is asserted as "a document shows up soon after its own commit, not with the batch's end";
            // the latency itself is printed above and belongs to the benchmark. On a loaded 2-core CI machine the
            // slowest of 20 took 2.7 s (polling included), so the bound is 10 s. That most are seen before the
            // batch's last commit is asserted apart, since it does not depend on the machine's load.
            assertTrue(vis.get(vis.size() - 1) <= 10_000, "every document visible within 10 s of its commit: " + vis);
            System.out.printf("  documents visible before the batch's last commit: %d of %d%n",
                    VISIBLE_MID_BATCH.size(), DOCS);
            assertTrue(VISIBLE_MID_BATCH.size() >= DOCS / 4, "documents show up one by one, not with the batch's"
                    + " end: " + VISIBLE_MID_BATCH.size() + " of " + DOCS + " visible before the last commit");
            assertTrue(seen.size() > 2, "the readers saw documents arrive: " + seen.keySet());

            assertEquals(List.of(), backupErrors);
            backupIsWhole(backup, last);
            lockedStoreBackupNamesUrl(dir.resolve("store"));
            changesRemovalsAndProblems(serve, in, last);
        }
    }

    /** A backup taken through the server during the writes restores whole document graphs only. */
    private void backupIsWhole(Path backup, Map<String, Long> last) {
        Path restored = dir.resolve("restored");
        int code = org.diplokg.cli.Main.run(new String[] {"restore", "--store", restored.toString(),
                backup.toString()}, new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err,
                true));
        assertEquals(0, code);
        try (org.diplokg.store.KgStore s = org.diplokg.store.KgStore.open(restored)) {
            Map<String, Long> got = org.apache.jena.system.Txn.calculateRead(s.dataset(), () -> {
                Map<String, Long> m = new HashMap<>();
                s.dataset().listNames().forEachRemaining(g -> m.put(g, s.dataset().getNamedModel(g).size()));
                return m;
            });
            System.out.printf("  backup during the writes: %d of %d document graphs, all whole%n", got.size(),
                    last.size());
            assertTrue(got.size() >= 8, "the backup was taken after 8 commits: " + got.size());
            got.forEach((g, n) -> assertEquals(last.get(g), n, g + " whole in the backup"));
        }
    }

    /** {@code backup --store} on a served store says how to back it up instead. */
    private static void lockedStoreBackupNamesUrl(Path store) {
        java.io.StringWriter err = new java.io.StringWriter();
        int code = org.diplokg.cli.Main.run(new String[] {"backup", "--store", store.toString(), "--output",
                store.resolveSibling("x.nq.gz").toString()}, new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err, true));
        assertEquals(1, code);
        assertTrue(err.toString().contains("--url"), err.toString());
    }

    /** A removed file's graph goes, a changed file's graph is replaced, a refused file is named in /status. */
    private void changesRemovalsAndProblems(ServeProcess serve, Path in, Map<String, Long> before) throws Exception {
        String removedIri = iriOf(serve, 3);
        Files.delete(in.resolve(LiveDocs.fileName(3)));
        Files.writeString(in.resolve(LiveDocs.fileName(4)), LiveDocs.text(4) + "\nKenya and Chile met in Oslo.\n");
        Files.write(in.resolve("broken.txt"), new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'});
        JsonObject s = serve.awaitStatus(st -> st.get("removed").getAsNumber().value().longValue() == 1
                && st.get("problemCount").getAsNumber().value().longValue() >= 1
                && ServeProcess.idleWith(DOCS + 3).test(st), Duration.ofSeconds(60));
        Map<String, Long> after = sizes(serve.sparql(SIZES).body());
        assertFalse(after.containsKey(removedIri), "the removed file's graph is gone");
        assertEquals(DOCS + 1, after.size());
        assertEquals(404, serve.get("/id/document/" + removedIri.replaceFirst(".*/document/", "")).statusCode());
        String changed = iriOf(serve, 4);
        assertTrue(after.get(changed) > before.get(changed), "the changed file's graph is replaced");
        String problems = s.get("problems").toString();
        assertTrue(problems.contains(in.resolve("broken.txt").toAbsolutePath().toString())
                && problems.contains("not UTF-8"), problems);
        String page = serve.get("/status").body();
        assertTrue(page.contains("broken.txt") && page.contains("removed"), page);
    }

    /**
     * Waits for each copied document's commit and then for it to be found by search and served as a page; the
     * documents committed and not yet seen are checked at once, each on its own thread, so the figure is the time
     * to the end of the first check that finds the document (an upper bound of when it became visible).
     */
    /** Documents found visible while some of the batch was still uncommitted (filled by awaitVisible). */
    private static final Set<Integer> VISIBLE_MID_BATCH = ConcurrentHashMap.newKeySet();

    private static Map<Integer, Long> awaitVisible(ServeProcess serve) throws Exception {
        Map<Integer, Long> visibleAfter = new ConcurrentHashMap<>();
        VISIBLE_MID_BATCH.clear();
        long end = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(DOCS);
        try {
            while (visibleAfter.size() < DOCS) {
                if (System.nanoTime() > end) {
                    throw new AssertionError("not all documents visible: " + visibleAfter + "\n" + serve.output());
                }
                Map<String, JsonObject> committed = committed(serve.status());
                boolean midBatch = java.util.stream.IntStream.range(0, DOCS)
                        .anyMatch(d -> !committed.containsKey(LiveDocs.fileName(d)));
                List<java.util.concurrent.Future<?>> checks = new ArrayList<>();
                for (int i = 0; i < DOCS; i++) {
                    JsonObject b = committed.get(LiveDocs.fileName(i));
                    if (visibleAfter.containsKey(i) || b == null) {
                        continue;
                    }
                    int doc = i;
                    checks.add(pool.submit(() -> {
                        String iri = b.get("document").getAsString().value();
                        String search = serve.get("/api/search?q=" + LiveDocs.term(doc).replace(" ", "+")).body();
                        int page = serve.get("/id/document/" + iri.replaceFirst(".*/document/", "")).statusCode();
                        if (search.contains(iri) && page == 200) {
                            visibleAfter.put(doc, System.currentTimeMillis()
                                    - b.get("committedAt").getAsNumber().value().longValue());
                            if (midBatch) {
                                VISIBLE_MID_BATCH.add(doc);
                            }
                        }
                        return null;
                    }));
                }
                for (java.util.concurrent.Future<?> f : checks) {
                    f.get();
                }
                Thread.sleep(20);
            }
        } finally {
            pool.shutdownNow();
        }
        return new HashMap<>(visibleAfter);
    }

    private static Map<String, JsonObject> committed(JsonObject status) {
        Map<String, JsonObject> out = new HashMap<>();
        for (JsonValue v : status.get("lastBuilt").getAsArray()) {
            JsonObject b = v.getAsObject();
            String file = Path.of(b.get("file").getAsString().value()).getFileName().toString();
            out.putIfAbsent(file, b);
        }
        return out;
    }

    private static String iriOf(ServeProcess serve, int i) throws Exception {
        return committed(serve.status()).get(LiveDocs.fileName(i)).get("document").getAsString().value();
    }

    private static String docPath(ServeProcess serve, int i) throws Exception {
        return "/id/document/" + iriOf(serve, i).replaceFirst(".*/document/", "");
    }

    private static Map<String, Long> sizes(String sparqlJson) {
        Map<String, Long> out = new HashMap<>();
        for (JsonValue row : JSON.parse(sparqlJson).get("results").getAsObject().get("bindings").getAsArray()) {
            JsonObject o = row.getAsObject();
            out.put(o.get("g").getAsObject().get("value").getAsString().value(),
                    Long.parseLong(o.get("n").getAsObject().get("value").getAsString().value()));
        }
        return out;
    }

    private static String summary(List<Sample> samples, long from, long to) {
        List<Long> ms = new ArrayList<>();
        for (Sample s : samples) {
            if (s.startNanos() >= from && s.startNanos() < to) {
                ms.add(s.nanos() / 1_000_000);
            }
        }
        if (ms.isEmpty()) {
            return "no requests";
        }
        Collections.sort(ms);
        return String.format("%d requests, p50 %d ms, p95 %d ms, p99 %d ms, max %d ms", ms.size(),
                ms.get(ms.size() / 2), ms.get((int) (ms.size() * 0.95)), ms.get((int) (ms.size() * 0.99)),
                ms.get(ms.size() - 1));
    }
}
