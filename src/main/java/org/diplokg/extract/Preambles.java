package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplokg.nlp.AnnotatedDocument;
import org.diplokg.nlp.Sentence;

/**
 * The preamble of a communiqué or declaration says who speaks in it, where, when and at what meeting, without naming
 * the document: under the heading "Joint communiqué by the Presidents of ...", "The Presidents of A, X, of the
 * Republic of B; Y, of C, ..., gathered in Brasilia, on 21 December 2017, on the occasion of the 51st Summit of ...:"
 * (or "We, the Heads of State of ..., meeting in Lima on ..."). The document titled at the top takes from that
 * sentence its parties (the people and countries named before the verb), and its place, its date and the meeting it
 * was adopted at where the text gives it none of its own ({@code preamble}); those who gathered take part in that
 * meeting. Only in the first sentences after the title, and only with a verb of gathering.
 */
final class Preambles {
    /** Verbs of a preamble: those who speak in the document gathered, met, convened. */
    private static final Set<String> GATHERING = Set.of("gather", "meet", "convene", "assemble");
    /** How many sentences after the title the preamble may be. */
    private static final int WITHIN = 4;
    private static final double CONFIDENCE = 0.65;

    private Preambles() {
    }

    static List<Relation> find(AnnotatedDocument doc, List<Mention> mentions, List<DateMention> dates,
            List<Relation> found) {
        List<Relation> out = new ArrayList<>();
        Mention title = mentions.stream().filter(m -> m.kind() == EntityKind.AGREEMENT && m.sentence() <= 1
                && m.tokenStart() <= 1 && (m.rule().startsWith("title:") || m.rule().startsWith("heading:")))
                .findFirst().orElse(null);
        if (title == null) {
            return out;
        }
        for (Sentence s : doc.sentences()) {
            if (s.index() <= title.sentence() || s.index() > title.sentence() + WITHIN) {
                continue;
            }
            int verb = gatheringVerb(s);
            if (verb < 0 || mentions.stream().anyMatch(m -> m.sentence() == s.index()
                    && m.kind() == EntityKind.AGREEMENT)) {
                continue;   // a sentence that names a document speaks of that one
            }
            List<Mention> speakers = mentions.stream().filter(m -> m.sentence() == s.index() && m.tokenEnd() <= verb
                    && (m.kind() == EntityKind.PERSON || m.kind() == EntityKind.COUNTRY)).toList();
            if (speakers.isEmpty()) {
                continue;
            }
            for (Mention p : speakers) {
                out.add(new Relation(title.id(), Predicate.PARTY, p.id(), null, s.index(), CONFIDENCE, "preamble"));
            }
            after(mentions, s, verb, EntityKind.PLACE).filter(p -> !Found.has(found, title, Predicate.LOCATION))
                    .ifPresent(p -> out.add(new Relation(title.id(), Predicate.LOCATION, p.id(), null, s.index(),
                            CONFIDENCE, "preamble")));
            java.util.Optional<Mention> meeting = after(mentions, s, verb, EntityKind.EVENT);
            meeting.filter(e -> !Found.has(found, title, Predicate.ADOPTED_AT))
                    .ifPresent(e -> out.add(new Relation(title.id(), Predicate.ADOPTED_AT, e.id(), null, s.index(),
                            CONFIDENCE, "preamble")));
            // those who gathered at the meeting took part in it
            meeting.ifPresent(e -> speakers.forEach(p -> out.add(new Relation(e.id(), Predicate.PARTICIPANT, p.id(),
                    null, s.index(), CONFIDENCE, "preamble"))));
            dates.stream().filter(d -> d.sentence() == s.index() && d.tokenStart() > verb).findFirst()
                    .filter(d -> !Found.has(found, title, Predicate.DATE))
                    .ifPresent(d -> out.add(new Relation(title.id(), Predicate.DATE, -1, d.value(), s.index(),
                            CONFIDENCE, "preamble")));
            break;
        }
        return out;
    }

    /** The first verb of gathering in the sentence, or -1. */
    private static int gatheringVerb(Sentence s) {
        for (int i = 1; i < s.size(); i++) {
            if (s.token(i).pos().startsWith("VB")
                    && GATHERING.contains(s.token(i).lemma().toLowerCase(Locale.ROOT))) {
                return i;
            }
            // "..., meeting in Riga on 3 May": the tagger often makes this participle a noun
            if (s.token(i).text().equals("meeting") && s.token(i - 1).text().equals(",") && i + 1 < s.size()
                    && s.token(i + 1).pos().equals("IN")) {
                return i;
            }
        }
        return -1;
    }

    private static java.util.Optional<Mention> after(List<Mention> mentions, Sentence s, int verb, EntityKind kind) {
        return mentions.stream().filter(m -> m.sentence() == s.index() && m.tokenStart() > verb && m.kind() == kind)
                .findFirst();
    }
}
