package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;

import org.diplokg.nlp.AnnotatedDocument;
import org.diplokg.nlp.Sentence;
import org.diplokg.nlp.Token;

/**
 * Extraction facade: mentions, dates and relations of one annotated document. Stateless after construction and
 * safe to share between threads.
 *
 * <pre>{@code
 * Extractor extractor = new Extractor(Gazetteer.load());
 * Extraction found = extractor.extract(annotatedDocument);
 * }</pre>
 */
public final class Extractor {
    private final Gazetteer gazetteer;

    public Extractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Extraction extract(AnnotatedDocument doc) {
        MentionFinder.Result found = new MentionFinder(gazetteer).find(doc);
        List<DateMention> dates = dates(doc);
        List<Relation> relations = new ArrayList<>();
        RelationFinder rules = new RelationFinder(gazetteer);
        for (Sentence s : doc.sentences()) {
            relations.addAll(rules.find(new SentenceView(s, found.mentions(), dates)));
        }
        return new Extraction(doc, found.mentions(), dates, relations, found.acronyms());
    }

    /** Runs of DATE tokens that SUTime normalised to the same day, month or year. */
    static List<DateMention> dates(AnnotatedDocument doc) {
        List<DateMention> out = new ArrayList<>();
        String text = doc.document().text();
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            int i = 0;
            while (i < toks.size()) {
                Token t = toks.get(i);
                if (!t.ner().equals("DATE")) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < toks.size() && toks.get(j).ner().equals("DATE")
                        && toks.get(j).normalized().equals(t.normalized())) {
                    j++;
                }
                int end = j;
                while (end > i + 1 && !Character.isLetterOrDigit(toks.get(end - 1).text().codePointAt(0))) {
                    end--;
                }
                final int last = end - 1;
                final int first = i;
                DateValue.parse(t.normalized()).ifPresent(v -> out.add(new DateMention(s.index(), first, last + 1,
                        toks.get(first).begin(), toks.get(last).end(),
                        text.substring(toks.get(first).begin(), toks.get(last).end()), v)));
                i = j;
            }
        }
        return out;
    }
}
