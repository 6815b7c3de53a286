package org.diplokg;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Time spent per stage of a build (read, each CoreNLP annotator, parse, extract, ...), summed over the threads that
 * ran it; safe to share between threads. {@code bench} prints it; a plain build keeps it only in memory.
 *
 * <pre>{@code
 * StageTimes times = new StageTimes();
 * Model m = times.time("rdf", () -> graph.build(doc));
 * times.nanos();   // {"rdf": 1234567, ...} in the order the stages first ran
 * }</pre>
 */
public final class StageTimes {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    public void add(String stage, long elapsedNanos) {
        order.putIfAbsent(stage, order.size());
        nanos.computeIfAbsent(stage, s -> new LongAdder()).add(elapsedNanos);
    }

    public <T> T time(String stage, Supplier<T> work) {
        long t = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, System.nanoTime() - t);
        }
    }

    public void time(String stage, Runnable work) {
        long t = System.nanoTime();
        try {
            work.run();
        } finally {
            add(stage, System.nanoTime() - t);
        }
    }

    /** Nanoseconds per stage, in the order the stages first ran. */
    public Map<String, Long> nanos() {
        Map<String, Long> out = new LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum()));
        return out;
    }
}
