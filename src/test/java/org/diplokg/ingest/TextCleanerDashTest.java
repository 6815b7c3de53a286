package org.diplokg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Pins that {@link TextCleaner} reads a dash joining two words or numbers as a hyphen, and leaves spaced dashes. */
class TextCleanerDashTest {
    private static String clean(String text) {
        String out = TextCleaner.clean(text, SourceDocument.Format.TEXT).analysisText();
        assertEquals(text.length(), out.length(), "every offset is kept");
        return out;
    }

    @Test
    void anEnDashBetweenNamesBecomesAHyphen() {
        assertEquals("the Fiji-Australia Ocean Partnership", clean("the Fiji\u2013Australia Ocean Partnership"));
    }

    @Test
    void aDashBetweenYearsToo() {
        assertEquals("for the years 2025-2028 and 2024/25-2028/29",
                clean("for the years 2025\u20132028 and 2024/25\u20132028/29"));
    }

    @Test
    void hyphenCharactersOfUnicodeToo() {
        assertEquals("Viet Nam-New Zealand, Twenty-third", clean("Viet Nam\u2010New Zealand, Twenty\u2011third"));
    }

    @Test
    void aSpacedDashOrAnEmDashStays() {
        String text = "SUVA, 3 June \u2013 The leaders met\u2014briefly\u2014in Suva.";
        assertEquals(text, clean(text));
    }
}
