package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplokg.nlp.AnnotatedDocument;
import org.diplokg.nlp.Sentence;

/**
 * A list of documents introduced by a line that ends in a colon: "The summit participants also signed:" followed by
 * one line per document ("A Memorandum of Understanding on ...;"). Each listed agreement was signed or adopted at
 * the event the introduction names (its "at the X", or the event its subject belongs to: "the summit participants")
 * and by the parties it names (rules {@code list-adopted-at}, {@code list-party}), on the one date it gives ("On 9
 * July, the co-chairs signed the Minutes, and the following documents were signed:", rule {@code list-date}).
 * Likewise a roll of those present
 * ("Other members in attendance were: the Prime Minister of X, Honourable A; ...") names participants of the latest
 * event ({@code attendance-list}).
 */
final class ListItems {
    private static final int RECENCY = 3;

    private ListItems() {
    }

    static List<Relation> find(AnnotatedDocument doc, List<Mention> mentions, List<DateMention> dates,
            List<Relation> found) {
        List<Relation> out = new ArrayList<>();
        List<Sentence> sentences = doc.sentences();
        attendance(sentences, mentions, out);
        for (int k = 0; k < sentences.size() - 1; k++) {
            Sentence intro = sentences.get(k);
            if (!ListTitles.introduction(intro)) {
                continue;
            }
            Mention event = event(mentions, intro);
            List<Mention> parties = mentions.stream().filter(m -> m.sentence() == intro.index()
                    && (m.kind() == EntityKind.COUNTRY || m.kind() == EntityKind.ORGANIZATION)).toList();
            List<DateValue> on = dates.stream().filter(d -> d.sentence() == intro.index()).map(DateMention::value)
                    .distinct().toList();
            for (int j = k + 1; j < sentences.size(); j++) {
                if (!ListTitles.listLine(sentences.get(j))) {
                    break;
                }
                Mention item = item(mentions, sentences.get(j));
                if (item == null) {
                    continue;   // a line of another kind of document
                }
                if (event != null) {
                    out.add(new Relation(item.id(), Predicate.ADOPTED_AT, event.id(), null, item.sentence(), 0.7,
                            "list-adopted-at"));
                }
                if (on.size() == 1 && !Found.has(found, item, Predicate.DATE)) {
                    out.add(new Relation(item.id(), Predicate.DATE, -1, on.get(0), intro.index(), 0.65, "list-date"));
                }
                for (Mention p : parties) {
                    out.add(new Relation(item.id(), Predicate.PARTY, p.id(), null, item.sentence(), 0.65,
                            "list-party"));
                }
            }
        }
        return out;
    }

    /** "... in attendance were: A, B; C": the people (and the countries they represent) after the cue word. */
    private static void attendance(List<Sentence> sentences, List<Mention> mentions, List<Relation> out) {
        for (Sentence s : sentences) {
            int cue = -1;
            for (int i = 0; i + 1 < s.size() && cue < 0; i++) {
                String w = s.token(i).text().toLowerCase(Locale.ROOT);
                if (w.equals("attendance") && s.token(i - 1 < 0 ? 0 : i - 1).text().equalsIgnoreCase("in")
                        || w.equals("present") && s.token(i + 1).text().equals(":")) {
                    cue = i;
                }
            }
            if (cue < 0) {
                continue;
            }
            Mention event = null;
            for (Mention m : mentions) {
                if (m.kind() == EntityKind.EVENT && m.sentence() <= s.index() && s.index() - m.sentence() <= RECENCY
                        && (m.sentence() < s.index() || m.tokenEnd() <= cue)) {
                    event = m;
                }
            }
            if (event == null) {
                continue;
            }
            for (Mention m : mentions) {
                if (m.sentence() == s.index() && m.tokenStart() > cue && m.kind() == EntityKind.PERSON) {
                    out.add(new Relation(event.id(), Predicate.PARTICIPANT, m.id(), null, s.index(), 0.65,
                            "attendance-list"));
                }
            }
        }
    }

    /**
     * The event of the introduction: one it names, else the latest event before it when the introduction speaks of
     * that kind of event ("The summit participants", "At the meeting, the ministers adopted:").
     */
    private static Mention event(List<Mention> mentions, Sentence intro) {
        Mention named = null;
        Mention latest = null;
        Mention earlier = null;
        for (Mention m : mentions) {
            if (m.kind() != EntityKind.EVENT) {
                continue;
            }
            if (m.sentence() == intro.index()) {
                named = named == null ? m : named;
            } else if (m.sentence() < intro.index() && intro.index() - m.sentence() <= RECENCY) {
                latest = m;
            } else if (m.sentence() < intro.index()) {
                earlier = m;
            }
        }
        if (named != null) {
            return named;
        }
        for (var t : intro.tokens()) {
            String w = t.text().toLowerCase(Locale.ROOT);
            if (!Antecedents.EVENT_NOUNS.contains(w)) {
                continue;
            }
            if (latest != null) {
                return latest;
            }
            if (earlier != null && earlier.canonical().toLowerCase(Locale.ROOT).contains(w)) {
                return earlier;   // "The summit participants also signed:" a few paragraphs after the summit
            }
        }
        return null;
    }

    /** The agreement a list line is, when the line opens with it (after "a", "the" or a number). */
    private static Mention item(List<Mention> mentions, Sentence s) {
        for (Mention m : mentions) {
            if (m.sentence() == s.index() && m.kind() == EntityKind.AGREEMENT && m.tokenStart() <= 2) {
                return m;
            }
        }
        return null;
    }
}
