package org.diplokg;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Time spent per stage of a build (read, each CoreNLP annotator, parse, extract, ...), wall time and the CPU time of
 * the threads that ran it, each summed over those threads; safe to share between threads. The CPU time does not
 * count waiting for a core, so it holds still when other programs load the machine. {@code bench} prints both.
 *
 * <pre>{@code
 * StageTimes times = new StageTimes();
 * Model m = times.time("rdf", () -> graph.build(doc));
 * times.nanos();   // {"rdf": 1234567, ...} in the order the stages first ran
 * }</pre>
 */
public final class StageTimes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** A moment on the wall clock and on this thread's CPU clock. */
    public record Mark(long wall, long cpu) {
        public static Mark now() {
            return new Mark(System.nanoTime(), threadCpu());
        }
    }

    private final Map<String, LongAdder> wall = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> cpu = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    private static long threadCpu() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    public void add(String stage, long wallNanos, long cpuNanos) {
        synchronized (order) {
            order.putIfAbsent(stage, order.size());
        }
        wall.computeIfAbsent(stage, s -> new LongAdder()).add(wallNanos);
        cpu.computeIfAbsent(stage, s -> new LongAdder()).add(cpuNanos);
    }

    /** Adds the time from {@code start} to now, on this thread, to {@code stage}. */
    public void since(String stage, Mark start) {
        Mark end = Mark.now();
        add(stage, end.wall() - start.wall(), end.cpu() - start.cpu());
    }

    public <T> T time(String stage, Supplier<T> work) {
        Mark start = Mark.now();
        try {
            return work.get();
        } finally {
            since(stage, start);
        }
    }

    public void time(String stage, Runnable work) {
        Mark start = Mark.now();
        try {
            work.run();
        } finally {
            since(stage, start);
        }
    }

    /** Wall-clock nanoseconds per stage, in the order the stages first ran. */
    public Map<String, Long> nanos() {
        return ordered(wall);
    }

    /** CPU nanoseconds per stage, in the same order. */
    public Map<String, Long> cpuNanos() {
        return ordered(cpu);
    }

    private Map<String, Long> ordered(Map<String, LongAdder> values) {
        Map<String, Long> out = new LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.put(e.getKey(), values.get(e.getKey()).sum()));
        return out;
    }
}
