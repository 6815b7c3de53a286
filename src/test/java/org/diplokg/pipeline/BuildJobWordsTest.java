package org.diplokg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BuildJobWordsTest {
    @Test
    void wordsAreCountedUpToJustPastTheLimit() {
        assertEquals(0, BuildJob.words("  \n "));
        assertEquals(3, BuildJob.words(" one two\n\tthree "));
        int many = BuildJob.words("w ".repeat(BuildJob.MAX_WORDS + 1000));
        assertTrue(many > BuildJob.MAX_WORDS && many <= BuildJob.MAX_WORDS + 1, "stops counting: " + many);
    }
}
