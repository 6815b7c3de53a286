package org.diplokg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pins that {@link TextCleaner} blanks only the last dot of "H.E."-like honorifics before a name, moving nothing. */
class TextCleanerHonorificTest {
    private static String clean(String text) {
        String out = TextCleaner.clean(text, SourceDocument.Format.TEXT).analysisText();
        assertEquals(text.length(), out.length(), "every offset is kept");
        return out;
    }

    @Test
    void theDotAfterHeBecomesASpaceBeforeAName() {
        assertEquals("H.E  Mrs. Anna Berg", clean("H.E. Mrs. Anna Berg"));
    }

    @Test
    void onlyThatDotChangesInASentence() {
        String text = "The talks were opened by H.E. Mrs. Anna Berg, Minister of Foreign Affairs. They ended at 5 p.m.";
        int dot = text.indexOf("H.E.") + 3;
        String expected = text.substring(0, dot) + " " + text.substring(dot + 1);
        assertEquals(expected, clean(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"H.R.H. Prince Faisal arrived.", "H.M. King Harald arrived.", "H.H. Sheikh Tamim arrived.",
        "H.E. Ambassador Lee arrived."})
    void otherHonorificsLoseTheirLastDotToo(String text) {
        int dot = text.indexOf(". ");
        assertEquals(text.substring(0, dot) + " " + text.substring(dot + 1), clean(text));
    }

    @Test
    void aNameOnTheNextLineStillCounts() {
        assertEquals("Welcome, H.E \nMrs. Anna Berg.", clean("Welcome, H.E.\nMrs. Anna Berg."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The delegation was received by H.E. the Ambassador.",   // no capitalised word follows
        "The letter was signed by H.E.",                         // the honorific ends the text
        "It was signed by H.E.Mrs. Berg.",                       // no space before the name
        "The U.S. President met Mrs. Berg.",                     // not an honorific
        "The Ministry of Foreign Affairs issued a statement on 3 May. Dr. Berg spoke.",
    })
    void otherTextIsLeftAsItIs(String text) {
        assertEquals(text, clean(text));
    }

    @Test
    void everyHonorificInTheTextIsHandledAndNothingElse() {
        String text = "H.E. Mr. Ito met H.R.H. Prince Faisal.\nH.E. the envoy left. H.M. King Harald stayed.";
        String expected = "H.E  Mr. Ito met H.R.H  Prince Faisal.\nH.E. the envoy left. H.M  King Harald stayed.";
        assertEquals(expected, clean(text));
    }
}
