package org.diplokg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diplokg.extract.Names;
import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void slugsAreLowerCaseAsciiWithSingleHyphens() {
        assertEquals("shanghai-cooperation-organization", Slugs.of("Shanghai Cooperation Organization"));
        assertEquals("china-asean-summit", Slugs.of("China–ASEAN  Summit"));
        assertEquals("cote-d-ivoire", Slugs.of("Côte d'Ivoire"));
        assertEquals("china-plus-central-asia-c-plus-c5", Slugs.of("China + Central Asia (C+C5)"));
        assertTrue(Slugs.isValid(Slugs.of("!!!")));
    }

    @Test
    void ordinalsAreWrittenAsNumbers() {
        assertEquals("9th", Names.ordinalSuffix(9));
        assertEquals("11th", Names.ordinalSuffix(11));
        assertEquals("22nd", Names.ordinalSuffix(22));
        assertEquals("23rd", Names.ordinalSuffix(23));
        assertEquals("101st", Names.ordinalSuffix(101));
    }

    @Test
    void namesAreCleanedOfArticlesQuotesAndUnbalancedParentheses() {
        assertEquals("Belt and Road Initiative", Names.clean("the Belt and Road Initiative"));
        assertEquals("People's Republic of China", Names.clean("People’s Republic of China"));
        assertEquals("Action Plan (2018-2020)", Names.clean("Action Plan (2018–2020)"));
        assertEquals("Xi Jinping", Names.personName("President Xi Jinping"));
    }
}
