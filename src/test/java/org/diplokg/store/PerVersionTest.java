package org.diplokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class PerVersionTest {
    @Test
    void computedOncePerVersion() {
        AtomicLong version = new AtomicLong();
        AtomicInteger calls = new AtomicInteger();
        PerVersion<Integer> v = new PerVersion<>(version::get, calls::incrementAndGet);
        assertEquals(1, v.get());
        assertEquals(1, v.get());
        version.incrementAndGet();
        assertEquals(2, v.get());
        assertEquals(2, v.get());
        assertEquals(2, calls.get());
    }
}
