package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pins which titled mentions {@link DescribedMentions#generic} takes for a kind of document rather than a name. */
class DescribedMentionsGenericTest {
    private static Mention titled(String text, String canonical) {
        return new Mention(0, EntityKind.AGREEMENT, "", text, canonical, 0, 0, 3, 0, text.length(), 0, "", 0.9,
                "title:capitalised");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Memorandum of Understanding", "the Joint Statement", "The Joint Communiqué", "MoU",
        "Declaration", "memorandum of understanding.", "Joint  Communiqué", "Framework Agreement", "Action Plan",
        "the Summit", "Signing Ceremony", "“Joint Declaration”", "final communique"})
    void aTitleThatNamesOnlyAKindOfDocumentIsGeneric(String text) {
        assertTrue(DescribedMentions.generic(titled(text, "x")), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Oslo Fisheries Agreement", "Kathmandu Declaration", "Joint Statement on Fisheries",
        "BRICS Summit", "Paris Agreement", "the Agreement between Chile and Norway", "Second Action Plan"})
    void aTitleThatSaysWhichOneItIsIsNotGeneric(String text) {
        assertFalse(DescribedMentions.generic(titled(text, "x")), text);
    }

    @Test
    void theWordsAsWrittenDecideNotTheCanonicalName() {
        assertTrue(DescribedMentions.generic(titled("the Memorandum of Understanding", "Oslo Memorandum")));
        assertFalse(DescribedMentions.generic(titled("Oslo Memorandum", "Memorandum of Understanding")));
    }
}
