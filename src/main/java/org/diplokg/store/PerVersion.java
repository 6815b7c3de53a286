package org.diplokg.store;

import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value computed once per store version ({@link KgStore#version()}): counts and lists for the pages, the entity
 * graph for exports. The version is read before the value is computed, so a value computed from a snapshot newer
 * than its version is at worst computed again; one that is older than the store is never kept.
 *
 * <pre>{@code
 * PerVersion<Map<Kind, Integer>> counts = new PerVersion<>(store::version, this::countAll);
 * counts.get();
 * }</pre>
 */
public final class PerVersion<T> {
    private record Held<T>(long version, T value) {
    }

    private final LongSupplier version;
    private final Supplier<T> compute;
    private volatile Held<T> held;

    public PerVersion(LongSupplier version, Supplier<T> compute) {
        this.version = Objects.requireNonNull(version, "version");
        this.compute = Objects.requireNonNull(compute, "compute");
    }

    public T get() {
        long v = version.getAsLong();
        Held<T> h = held;
        if (h != null && h.version() == v) {
            return h.value();
        }
        synchronized (this) {
            h = held;
            if (h != null && h.version() == v) {
                return h.value();
            }
            T value = compute.get();
            held = new Held<>(v, value);
            return value;
        }
    }
}
