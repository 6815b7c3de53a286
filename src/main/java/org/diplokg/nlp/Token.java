package org.diplokg.nlp;

/**
 * One token as CoreNLP saw it, copied out of its {@code CoreLabel}.
 *
 * @param index      position in the sentence, from 0
 * @param text       the token as written
 * @param begin      character offset of its first character in the document text
 * @param end        character offset after its last character
 * @param pos        Penn Treebank part-of-speech tag
 * @param lemma      lemma
 * @param ner        coarse named-entity tag (PERSON, ORGANIZATION, LOCATION, MISC, DATE, ORDINAL, ...), or "O"
 * @param normalized SUTime's or the number normaliser's value ("2017-12-03", "9.0"), or "" when none
 */
public record Token(int index, String text, int begin, int end, String pos, String lemma, String ner,
                    String normalized) {

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }
}
