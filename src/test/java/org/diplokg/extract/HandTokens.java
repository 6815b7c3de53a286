package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.diplokg.ingest.SourceDocument;
import org.diplokg.ingest.TextQuality;
import org.diplokg.nlp.AnnotatedDocument;
import org.diplokg.nlp.Sentence;
import org.diplokg.nlp.Token;

/**
 * Hand-made annotated sentences for unit tests, no CoreNLP: tokens separated by spaces, each optionally
 * {@code word|NER} or {@code word|NER|POS} ("Jane|PERSON", "Sign|O|VBP"). Other tags are guessed: function words
 * get their Penn tag, capitalised words NNP, the rest NN.
 */
final class HandTokens {
    private static final Set<String> DT = Set.of("the", "a", "an");
    private static final Set<String> IN = Set.of("of", "for", "on", "in", "at", "to", "by", "with", "between",
            "among", "from");
    private static final Set<String> CC = Set.of("and", "or", "&");

    private HandTokens() {
    }

    /** A document of one sentence per argument. */
    static AnnotatedDocument document(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        for (String spec : sentences) {
            int sentenceStart = text.length();
            List<Token> toks = new ArrayList<>();
            for (String item : spec.trim().split(" +")) {
                String[] parts = item.split("\\|");
                String word = parts[0];
                String ner = parts.length > 1 ? parts[1] : "O";
                String pos = parts.length > 2 ? parts[2] : pos(word);
                if (text.length() > sentenceStart) {
                    text.append(' ');
                }
                int begin = text.length();
                text.append(word);
                toks.add(new Token(toks.size(), word, begin, text.length(), pos, word.toLowerCase(Locale.ROOT), ner,
                        ""));
            }
            out.add(new Sentence(out.size(), sentenceStart, text.length(), toks, List.of()));
            text.append('\n');
        }
        String t = text.toString();
        SourceDocument doc = new SourceDocument("test", "test.txt", SourceDocument.Format.TEXT, "test", t, t, "0",
                Optional.empty(), new TextQuality(sentences.length, 0, false, ""));
        return new AnnotatedDocument(doc, out);
    }

    private static String pos(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (DT.contains(w)) {
            return "DT";
        }
        if (IN.contains(w)) {
            return "IN";
        }
        if (CC.contains(w)) {
            return "CC";
        }
        if (!Character.isLetterOrDigit(word.codePointAt(0))) {
            return word;
        }
        if (Character.isDigit(word.codePointAt(0))) {
            return "CD";
        }
        return Character.isUpperCase(word.codePointAt(0)) ? "NNP" : "NN";
    }
}
