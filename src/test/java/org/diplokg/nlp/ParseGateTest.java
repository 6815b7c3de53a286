package org.diplokg.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.diplokg.extract.RuleFile;
import org.junit.jupiter.api.Test;

class ParseGateTest {
    /** A lemma constraint of a described mention's head node: {@code {...lemma:/a|b/...}=m} or {@code lemma:a}. */
    private static final Pattern HEAD = Pattern.compile("\\{([^{}]*)\\}=m");
    private static final Pattern LEMMA = Pattern.compile("lemma:(?:/([^/]*)/|([\\w-]+))");

    @Test
    void everyDescribedHeadNounIsParsed() {
        TreeSet<String> missing = new TreeSet<>();
        int heads = 0;
        for (String file : List.of("described-agreements.rules", "described-events.rules")) {
            // the patterns as compiled, word lists of the lexicon ("@name") expanded
            String rules = RuleFile.load(file).stream().map(RuleFile.Rule::source).collect(Collectors.joining("\n"));
            Matcher node = HEAD.matcher(rules);
            while (node.find()) {
                Matcher lemma = LEMMA.matcher(node.group(1));
                if (lemma.find()) {
                    String alternatives = lemma.group(1) != null ? lemma.group(1) : lemma.group(2);
                    for (String w : alternatives.split("\\|")) {
                        heads++;
                        if (!ParseGate.WORDS.contains(w)) {
                            missing.add(w);
                        }
                    }
                }
            }
        }
        assertTrue(heads > 50, "found the head nouns: " + heads);
        assertTrue(missing.isEmpty(), "head nouns of described mentions that ParseGate.WORDS lacks: " + missing);
    }

    @Test
    void sentencesWithNothingToHangAFactOnAreNotParsed() {
        assertFalse(ParseGate.needsParse(sentence("The internet is an important human achievement .")));
        assertFalse(ParseGate.needsParse(sentence("Interconnection is the basic nature of cyberspace .")));
        assertTrue(ParseGate.needsParse(sentence("The forum was held in the capital .")), "a described event");
        assertTrue(ParseGate.needsParse(sentence("We signed it .")), "pronouns");
        assertTrue(ParseGate.needsParse(sentence("The ministers met in Oslo .")), "a capitalised word");
        assertTrue(ParseGate.needsParse(sentence("ASEAN welcomed the progress .")), "an acronym first");
    }

    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            String pos = w.equals("ASEAN") ? "NNP" : "NN";
            tokens.add(new Token(tokens.size(), w, at, at + w.length(), pos, w.toLowerCase(), "O", ""));
            at += w.length() + 1;
        }
        return new Sentence(0, 0, at, tokens, List.of());
    }
}
