package org.diplokg.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.diplokg.nlp.AnnotatedDocument;

/**
 * What extraction found in one document.
 *
 * @param acronyms acronyms defined in the text ("Shanghai Cooperation Organization (SCO)"), acronym to full name
 */
public record Extraction(AnnotatedDocument annotated, List<Mention> mentions, List<DateMention> dates,
                         List<Relation> relations, Map<String, String> acronyms) {
    public Extraction {
        Objects.requireNonNull(annotated, "annotated");
        mentions = List.copyOf(mentions);
        dates = List.copyOf(dates);
        relations = List.copyOf(relations);
        acronyms = Map.copyOf(acronyms);
    }

    public Mention mention(int id) {
        return mentions.get(id);
    }
}
