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
 * A signing of several documents at once, then the documents one by one: "Brazil and Ghana signed five cooperation
 * agreements on Wednesday during a state visit. Among them was a memorandum of understanding on X. ... The remaining
 * two texts, an agreement on Y and a protocol on Z, ...". The set's sentence says who signed, when and at what
 * occasion (and where, it or the next sentence: "The documents were signed at X"); the documents named in the next
 * sentences take that from it where the text gives them none of their own
 * ({@code signing-set}). A document is one of the set when it is described with "a"/"an" ("a memorandum of
 * understanding on X": not one named before) or when its sentence says so ("among them", "including", "the
 * remaining", "the other"); a titled document without such a word ("The leaders also recalled the Paris Agreement")
 * is not.
 */
final class SigningSets {
    /** Verbs of signing several documents; plural nouns of a set; uncounted "several"; words that cue members. */
    private static final Set<String> SIGNING = Lexicon.words("set-signing-verbs");
    private static final Set<String> SET_NOUNS = Lexicon.words("document-set-nouns");
    private static final Set<String> SEVERAL = Lexicon.words("several-words");
    private static final Set<String> MEMBER_CUES = Lexicon.words("set-member-cues");
    /** How many sentences after the set's the documents may be named. */
    private static final int WITHIN = 5;
    private static final double CONFIDENCE = 0.6;
    private static final Set<EntityKind> SIGNERS = Set.of(EntityKind.COUNTRY, EntityKind.ORGANIZATION,
            EntityKind.PERSON);

    private SigningSets() {
    }

    static List<Relation> find(AnnotatedDocument doc, List<Mention> mentions, List<DateMention> dates,
            List<Relation> found) {
        List<Relation> out = new ArrayList<>();
        List<Sentence> sentences = doc.sentences();
        for (Sentence s : sentences) {
            for (Dependency d : s.dependencies()) {
                if (!signsSet(s, d, mentions)) {
                    continue;
                }
                int verb = d.governor();
                Set<Mention> signers = new LinkedHashSet<>();
                for (Dependency e : s.dependencies()) {
                    boolean signer = e.governor() == verb && (d.relation().equals("obj")
                            ? e.relation().equals("nsubj") : e.relation().equals("obl:agent"))
                            || e.governor() == d.dependent() && e.relation().equals("nmod:between");
                    Mention m = signer ? Found.mentionAt(mentions, s.index(), e.dependent(), SIGNERS) : null;
                    if (m != null) {
                        signers.add(m);
                    }
                }
                Mention event = attached(s, verb, mentions, Set.of(EntityKind.EVENT),
                        Set.of("obl:during", "obl:at", "obl:on_sidelines_of", "obl:on_margins_of", "obl:in_course_of"));
                DateMention date = dateOf(s, verb, dates);
                Mention place = placeOf(sentences, s, verb, mentions);
                if (signers.isEmpty() && event == null && date == null && place == null) {
                    continue;
                }
                for (Mention member : members(sentences, s, d.dependent(), mentions)) {
                    if (!Found.has(found, member, Predicate.PARTY)) {
                        for (Mention p : signers) {
                            out.add(new Relation(member.id(), Predicate.PARTY, p.id(), null, s.index(), CONFIDENCE,
                                    "signing-set"));
                        }
                    }
                    if (event != null && !Found.has(found, member, Predicate.ADOPTED_AT)) {
                        out.add(new Relation(member.id(), Predicate.ADOPTED_AT, event.id(), null, s.index(),
                                CONFIDENCE, "signing-set"));
                    }
                    if (place != null && !Found.has(found, member, Predicate.LOCATION)) {
                        out.add(new Relation(member.id(), Predicate.LOCATION, place.id(), null, place.sentence(),
                                CONFIDENCE, "signing-set"));
                    }
                    if (date != null && !Found.has(found, member, Predicate.DATE)) {
                        out.add(new Relation(member.id(), Predicate.DATE, -1, date.value(), s.index(), CONFIDENCE,
                                "signing-set"));
                    }
                }
            }
        }
        return out;
    }

    private static final Set<String> WHERE_SIGNED = Set.of("obl:in", "obl:at");

    /**
     * Where the set was signed: a place the set's verb names, or the place of the next sentence when that sentence
     * takes the set up as what was signed ("The documents were signed at Jubilee House, ...").
     */
    private static Mention placeOf(List<Sentence> sentences, Sentence s, int verb, List<Mention> mentions) {
        Mention here = attached(s, verb, mentions, Set.of(EntityKind.PLACE), WHERE_SIGNED);
        if (here != null || s.index() + 1 >= sentences.size()) {
            return here;
        }
        Sentence next = sentences.get(s.index() + 1);
        for (Dependency d : next.dependencies()) {
            if (d.relation().equals("nsubj:pass") && d.governor() >= 0 && SIGNING.contains(lemma(next, d.governor()))
                    && SET_NOUNS.contains(next.token(d.dependent()).text().toLowerCase(Locale.ROOT))
                    && Found.mentionAt(mentions, next.index(), d.dependent(), Set.of(EntityKind.values())) == null
                    && next.dependencies().stream().anyMatch(e -> e.governor() == d.dependent()
                        && e.relation().equals("det") && Set.of("the", "these", "all")
                            .contains(next.token(e.dependent()).text().toLowerCase(Locale.ROOT)))) {
                return attached(next, d.governor(), mentions, Set.of(EntityKind.PLACE), WHERE_SIGNED);
            }
        }
        return null;
    }

    /** "five cooperation agreements", "several documents": a plural document noun, counted, outside any mention. */
    private static boolean isSet(Sentence s, int noun, List<Mention> mentions) {
        if (!SET_NOUNS.contains(s.token(noun).text().toLowerCase(Locale.ROOT))
                || Found.mentionAt(mentions, s.index(), noun, Set.of(EntityKind.values())) != null) {
            return false;
        }
        for (Dependency e : s.dependencies()) {
            if (e.governor() == noun && (e.relation().equals("nummod")
                    || e.relation().equals("amod") && SEVERAL.contains(lemma(s, e.dependent())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The agreements of the next sentences (and of the set's own, after its noun) that belong to the set, until a
     * sentence that signs another set.
     */
    private static List<Mention> members(List<Sentence> sentences, Sentence set, int noun, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (int k = set.index(); k < sentences.size() && k <= set.index() + WITHIN; k++) {
            Sentence s = sentences.get(k);
            if (k > set.index() && signsASet(s, mentions)) {
                break;
            }
            boolean cued = s.tokens().stream().anyMatch(t -> MEMBER_CUES.contains(t.text().toLowerCase(Locale.ROOT)));
            for (Mention m : mentions) {
                if (m.sentence() != k || m.kind() != EntityKind.AGREEMENT || k == set.index() && m.tokenStart() < noun) {
                    continue;
                }
                boolean indefinite = m.rule().startsWith("described") && m.tokenStart() > 0
                        && Set.of("a", "an").contains(s.token(m.tokenStart() - 1).text().toLowerCase(Locale.ROOT));
                if (indefinite || cued) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    private static boolean signsASet(Sentence s, List<Mention> mentions) {
        return s.dependencies().stream().anyMatch(d -> signsSet(s, d, mentions));
    }

    /** Whether {@code d} joins a verb of signing to a set of documents as its object or passive subject. */
    private static boolean signsSet(Sentence s, Dependency d, List<Mention> mentions) {
        return (d.relation().equals("obj") || d.relation().equals("nsubj:pass")) && d.governor() >= 0
                && SIGNING.contains(lemma(s, d.governor())) && isSet(s, d.dependent(), mentions);
    }

    /** The mention of one of {@code kinds} attached to {@code verb} by one of {@code relations}. */
    private static Mention attached(Sentence s, int verb, List<Mention> mentions, Set<EntityKind> kinds,
            Set<String> relations) {
        for (Dependency e : s.dependencies()) {
            if (e.governor() == verb && relations.contains(e.relation())) {
                Mention m = Found.mentionAt(mentions, s.index(), e.dependent(), kinds);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The date attached to the verb ("signed ... on Wednesday"), not the dateline's. */
    private static DateMention dateOf(Sentence s, int verb, List<DateMention> dates) {
        for (Dependency e : s.dependencies()) {
            if (e.governor() != verb || !(e.relation().startsWith("obl") || e.relation().equals("nmod:tmod"))) {
                continue;
            }
            for (DateMention d : dates) {
                if (d.sentence() == s.index() && e.dependent() >= d.tokenStart() && e.dependent() < d.tokenEnd()) {
                    return d;
                }
            }
        }
        return null;
    }

    private static String lemma(Sentence s, int i) {
        String l = s.token(i).lemma();
        return l == null ? "" : l.toLowerCase(Locale.ROOT);
    }
}
