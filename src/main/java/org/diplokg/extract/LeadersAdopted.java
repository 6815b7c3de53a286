package org.diplokg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplokg.nlp.AnnotatedDocument;
import org.diplokg.nlp.Dependency;
import org.diplokg.nlp.Sentence;

/**
 * "The Prime Minister of Norway hosted the Fifth X Summit. It was attended by the Prime Ministers of A and B. ... The
 * leaders adopted the Oslo Roadmap": those who adopt it are the leaders gathered at the summit, so its parties are the
 * countries that hosted or attended the event it was adopted at. Only for a plural subject of leaders ("the
 * leaders", "the Prime Ministers", "the heads of state") outside any mention, and only the countries the text gives
 * as the event's host or participants.
 */
final class LeadersAdopted {
    private static final Set<String> LEADERS = Set.of("leader", "leaders", "minister", "ministers", "head", "heads");
    private static final Set<String> VERBS = Lexicon.words("document-making-verbs");
    /** Less sure than a party named in the sentence. */
    private static final double CONFIDENCE = 0.6;

    private LeadersAdopted() {
    }

    static List<Relation> find(AnnotatedDocument doc, List<Mention> mentions, List<Relation> found) {
        List<Relation> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (Dependency subj : s.dependencies()) {
                if (!subj.relation().equals("nsubj") || subj.governor() < 0
                        || !leaders(s, subj.dependent(), mentions)
                        || !VERBS.contains(s.token(subj.governor()).lemma().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                for (Dependency obj : s.dependencies()) {
                    if (obj.governor() != subj.governor() || !obj.relation().equals("obj")) {
                        continue;
                    }
                    Mention adopted = Found.mentionAt(mentions, s.index(), obj.dependent(),
                            EnumSet.of(EntityKind.AGREEMENT));
                    if (adopted == null || Found.has(found, adopted, Predicate.PARTY)) {
                        continue;
                    }
                    for (Mention country : gathered(adopted, mentions, found)) {
                        out.add(new Relation(adopted.id(), Predicate.PARTY, country.id(), null, s.index(), CONFIDENCE,
                                "leaders-adopted"));
                    }
                }
            }
        }
        return out;
    }

    /** The countries that hosted or attended an event {@code a} was adopted at (any mention of that event). */
    private static Set<Mention> gathered(Mention a, List<Mention> mentions, List<Relation> found) {
        Set<Mention> out = new LinkedHashSet<>();
        for (Relation adopted : found) {
            if (adopted.subject() != a.id() || adopted.predicate() != Predicate.ADOPTED_AT) {
                continue;
            }
            String event = mentions.get(adopted.object()).canonical();   // one event, named in several places
            for (Relation r : found) {
                if (mentions.get(r.subject()).canonical().equals(event) && (r.predicate() == Predicate.HOST
                        || r.predicate() == Predicate.PARTICIPANT) && r.object() >= 0
                        && mentions.get(r.object()).kind() == EntityKind.COUNTRY) {
                    out.add(mentions.get(r.object()));
                }
            }
        }
        return out;
    }

    /** Whether token {@code i} is a plural noun of leaders, outside any mention. */
    private static boolean leaders(Sentence s, int i, List<Mention> mentions) {
        String tag = s.token(i).pos();
        return (tag.equals("NNS") || tag.equals("NNPS")) && LEADERS.contains(s.token(i).text().toLowerCase(Locale.ROOT))
                && Found.mentionAt(mentions, s.index(), i, EnumSet.allOf(EntityKind.class)) == null;
    }
}
