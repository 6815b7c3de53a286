package org.diplokg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplokg.nlp.AnnotatedDocument;
import org.diplokg.nlp.Dependency;
import org.diplokg.nlp.Sentence;

/**
 * "The two ministers signed the Lima Culture Programme on 2 May. The signing ceremony took place at the National
 * Museum": a signing ceremony that names no document of its own is the signing told just before it. The documents
 * signed in its own sentence or in the nearest of the two before were signed at it ({@code adoptedAt}); with no such
 * sentence, those of the document's first signing, which a release about one signing leads with (lower confidence).
 * A ceremony with no date of its own takes the day of what was signed at it. "The signing ceremony of the X" is the
 * rules' ({@code adoptedAt/signing-ceremony-of}); a ceremony an agreement was already given is left alone.
 */
final class Ceremonies {
    private static final Set<String> SIGNING = Lexicon.words("signing-verbs");
    /** How many sentences before the ceremony's the signing may be told. */
    private static final int WITHIN = 2;
    private static final double NEAR = 0.65;
    private static final double FIRST = 0.55;

    private Ceremonies() {
    }

    static List<Relation> find(AnnotatedDocument doc, List<Mention> mentions, List<Relation> found) {
        List<Relation> out = new ArrayList<>();
        for (Mention c : mentions) {
            String words = c.text().toLowerCase(Locale.ROOT);
            if (c.kind() != EntityKind.EVENT || !c.subtype().equals("ceremony")
                    || !(words.contains("signing") || words.contains("signature"))
                    || found.stream().anyMatch(r -> r.predicate() == Predicate.ADOPTED_AT && r.object() == c.id())) {
                continue;
            }
            Set<Mention> signed = new LinkedHashSet<>();
            double confidence = NEAR;
            for (int k = c.sentence(); k >= 0 && k >= c.sentence() - WITHIN && signed.isEmpty(); k--) {
                signed.addAll(signedIn(doc.sentences().get(k), mentions, found));
            }
            for (int k = 0; k < c.sentence() && signed.isEmpty(); k++) {
                signed.addAll(signedIn(doc.sentences().get(k), mentions, found));
                confidence = FIRST;
            }
            for (Mention a : signed) {
                if (!Found.has(found, a, Predicate.ADOPTED_AT)) {
                    out.add(new Relation(a.id(), Predicate.ADOPTED_AT, c.id(), null, c.sentence(), confidence,
                            "ceremony-of-signing"));
                }
            }
            if (!Found.has(found, c, Predicate.DATE)) {
                signed.stream().flatMap(a -> found.stream().filter(r -> r.subject() == a.id()
                        && r.predicate() == Predicate.DATE)).findFirst()
                        .ifPresent(d -> out.add(new Relation(c.id(), Predicate.DATE, -1, d.date(), d.sentence(),
                                d.confidence() * 0.8, "ceremony-of-signing")));
            }
        }
        return out;
    }

    /**
     * The agreements sentence {@code s} tells the signing of: the object (or passive subject) of a signing verb, or
     * the subject of a fact a signing rule read there ("The agreement was signed by ..." takes up the agreement).
     */
    private static Set<Mention> signedIn(Sentence s, List<Mention> mentions, List<Relation> found) {
        Set<Mention> out = new LinkedHashSet<>();
        for (Dependency d : s.dependencies()) {
            if (d.governor() >= 0 && (d.relation().equals("obj") || d.relation().equals("nsubj:pass"))
                    && SIGNING.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
                Mention m = Found.mentionAt(mentions, s.index(), d.dependent(), Set.of(EntityKind.AGREEMENT));
                if (m != null) {
                    out.add(m);
                }
            }
        }
        for (Relation r : found) {
            if (r.sentence() == s.index() && r.rule().substring(r.rule().indexOf('/') + 1).startsWith("sign")
                    && mentions.get(r.subject()).kind() == EntityKind.AGREEMENT) {
                out.add(mentions.get(r.subject()));
            }
        }
        return out;
    }
}
