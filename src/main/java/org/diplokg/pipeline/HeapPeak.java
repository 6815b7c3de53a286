package org.diplokg.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The highest heap in use while it runs, sampled every few milliseconds on a daemon thread. */
final class HeapPeak implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile long peak;
    private volatile boolean running = true;

    HeapPeak() {
        sample();
        sampler = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-peak");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        long used = memory.getHeapMemoryUsage().getUsed();
        if (used > peak) {
            peak = used;
        }
    }

    long peakBytes() {
        sample();
        return peak;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
