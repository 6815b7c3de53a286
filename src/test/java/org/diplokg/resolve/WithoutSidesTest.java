package org.diplokg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** {@link Resolver#withoutSides}: the shorter name of an agreement "between" two sides. Names of our own wording. */
class WithoutSidesTest {
    @Test
    void whatTheDocumentIsAboutComesBeforeItsSides() {
        assertEquals(Optional.of("memorandum of understanding on seed certification"), Resolver.withoutSides(
                "memorandum of understanding on seed certification between Peru's Ministry of Agriculture and Kenya's"
                        + " Ministry of Trade"));
        assertEquals(Optional.of("Protocol on cooperation in customs control"),
                Resolver.withoutSides("Protocol on cooperation in customs control between A and B"));
    }

    @Test
    void aBareKindKeepsItsSides() {
        assertEquals(Optional.empty(), Resolver.withoutSides("Memorandum of Understanding between Peru and Kenya"));
        assertEquals(Optional.empty(), Resolver.withoutSides("Twinning Agreement between the City of Lima and the"
                + " City of Nairobi"));
        assertEquals(Optional.empty(), Resolver.withoutSides("Agreement on trade in services"));
    }
}
