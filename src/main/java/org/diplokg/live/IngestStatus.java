package org.diplokg.live;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * What the live ingest is doing, for {@code /status}: the folders watched, the files waiting, the file being built,
 * the last documents committed and every problem with the file it concerns. Thread-safe; readers take a
 * {@link #snapshot()}.
 */
public final class IngestStatus {
    static final int RECENT = 50;
    static final int PROBLEMS = 200;

    /** A document committed (added, replaced) or removed, with when its transaction committed. */
    public record Built(String file, String document, String action, long triples, double seconds,
                        long committedAtMillis) {
    }

    /** A file refused or failed, with the reason. */
    public record Problem(String file, String message, long atMillis) {
    }

    /** One consistent view of the status. */
    public record Snapshot(List<String> watched, String state, List<String> queue, long built, long removed,
                           long problemCount, List<Built> recent, List<Problem> problems, long storeVersion) {
        public JsonObject json() {
            JsonObject o = new JsonObject();
            JsonArray w = new JsonArray();
            watched.forEach(w::add);
            o.put("watching", w);
            o.put("state", state);
            JsonArray q = new JsonArray();
            queue.forEach(q::add);
            o.put("queue", q);
            o.put("built", built);
            o.put("removed", removed);
            o.put("problemCount", problemCount);
            o.put("storeVersion", storeVersion);
            JsonArray r = new JsonArray();
            for (Built b : recent) {
                JsonObject x = new JsonObject();
                x.put("file", b.file());
                x.put("document", b.document());
                x.put("action", b.action());
                x.put("triples", b.triples());
                x.put("millis", Math.round(b.seconds() * 1000));
                x.put("committedAt", b.committedAtMillis());
                r.add(x);
            }
            o.put("lastBuilt", r);
            JsonArray p = new JsonArray();
            for (Problem pr : problems) {
                JsonObject x = new JsonObject();
                x.put("file", pr.file() == null ? "" : pr.file());
                x.put("message", pr.message());
                x.put("at", pr.atMillis());
                p.add(x);
            }
            o.put("problems", p);
            return o;
        }
    }

    private final List<String> watched;
    private final Set<String> queue = new LinkedHashSet<>();
    private final Deque<Built> recent = new ArrayDeque<>();
    private final Deque<Problem> problems = new ArrayDeque<>();
    private String state = "starting";
    private long built;
    private long removed;
    private long problemCount;
    private long storeVersion;

    public IngestStatus(Collection<Path> watched) {
        this.watched = watched.stream().map(Path::toString).toList();
    }

    /** The status of a server that watches nothing. */
    public static IngestStatus none() {
        IngestStatus s = new IngestStatus(List.of());
        s.state("not watching (read-only)");
        return s;
    }

    synchronized void state(String s) {
        this.state = s;
    }

    synchronized void queued(Collection<Path> paths) {
        paths.forEach(p -> queue.add(p.toString()));
    }

    synchronized void dequeued(String path) {
        queue.remove(path);
    }

    synchronized void committed(Built b, long version) {
        queue.remove(b.file());
        if (b.action().equals("removed")) {
            removed++;
        } else {
            built++;
        }
        storeVersion = version;
        recent.addFirst(b);
        while (recent.size() > RECENT) {
            recent.removeLast();
        }
    }

    synchronized void problem(String line, Collection<Path> batch) {
        String file = null;
        for (Path p : batch) {
            if (line.startsWith(p.toString())) {
                file = p.toString();
                queue.remove(file);
            }
        }
        // Problems inside a folder given whole ("DIR/x.bin: skipped ...") name the file before the first ": ".
        int colon = line.indexOf(": ");
        if (colon > 0 && line.startsWith("/")) {
            file = line.substring(0, colon);
        }
        problemCount++;
        problems.addFirst(new Problem(file, line, System.currentTimeMillis()));
        while (problems.size() > PROBLEMS) {
            problems.removeLast();
        }
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(watched, state, new ArrayList<>(queue), built, removed, problemCount,
                new ArrayList<>(recent), new ArrayList<>(problems), storeVersion);
    }
}
