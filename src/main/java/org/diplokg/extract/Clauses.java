package org.diplokg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the relation rules read a clause: coordinated lists of mentions, the subjects of a verb, the event a clause
 * is at, and the two rules that agreements and events share (the date of a mention, the actors of a hyphenated
 * title). Holds the entity kinds and word lists that more than one rule uses.
 */
final class Clauses {
    /** Who signs, issues, hosts or joins: countries and bodies. */
    static final EnumSet<EntityKind> ACTORS = EnumSet.of(EntityKind.COUNTRY, EntityKind.ORGANIZATION);
    /** What a clause's subject may be. */
    static final EnumSet<EntityKind> SUBJECTS = EnumSet.of(EntityKind.COUNTRY, EntityKind.ORGANIZATION,
            EntityKind.EVENT, EntityKind.PERSON);
    /** Where something is or takes place. */
    static final EnumSet<EntityKind> WHERE = EnumSet.of(EntityKind.PLACE, EntityKind.COUNTRY);
    /** Lemmas of auxiliaries and particles, which are not the verb of a clause. */
    static final Set<String> AUX = Set.of("have", "be", "do", "will", "would", "shall", "can", "may",
            "to", "not");
    /** The possessive "'s", with a straight or a curly apostrophe. */
    static final Set<String> POSSESSIVE = Set.of("'s", "\u2019s");
    private static final Set<String> COLLECTIVE = Set.of("countries", "members", "leaders", "states", "nations",
            "sides", "governments", "ministers", "delegations", "parties", "economies", "partners");
    private static final Set<String> CONTROL_VERBS = Set.of("join", "work", "team", "cooperate", "partner", "unite",
            "come", "collaborate", "agree", "decide", "continue");
    private static final Set<String> CONJ = Set.of(",", "and", "the", "as", "well", "or", "also");

    private final Antecedents antecedents;
    private final SentenceRelations out;

    Clauses(Antecedents antecedents, SentenceRelations out) {
        this.antecedents = antecedents;
        this.out = out;
    }

    /**
     * The coordinated actors right before a verb: "China and Thailand signed", "China, Laos, ... and UAE jointly
     * launched", "BRICS countries agreed", or the antecedent of ", which" ("the Forum, which released").
     */
    List<Mention> subjectsBefore(SentenceView v, int verb) {
        return subjectsBefore(v, verb, 0);
    }

    private List<Mention> subjectsBefore(SentenceView v, int verb, int depth) {
        int i = verb - 1;
        if (v.coPrefixed(i + 1)) {
            i -= 2;   // "co-hosted", split at the hyphen
        }
        if (v.is(i, "to") && v.is(i - 1, ",")) {
            i -= 2;   // "..., including A and B, to issue a Joint Statement"
        }
        if (v.is(i, ",")) {
            // "The Assemblies, which opened in Geneva on September 29, also adopted ...": skip the relative clause.
            for (int k = i - 1; k > 0 && i - k < 30; k--) {
                if (v.isAny(k, Set.of("which", "who")) && v.is(k - 1, ",")) {
                    i = k - 2;
                    break;
                }
                if (v.is(k, ";") || v.is(k, ".")) {
                    break;
                }
            }
        }
        while (i >= 0 && (v.tok(i).pos().startsWith("RB") || v.tok(i).pos().equals("MD")
                || AUX.contains(v.tok(i).lemma()) || v.isAny(i, Set.of("jointly", "together", "both", "all", "up"))
                || v.is(i + 1, "to") && v.isVerb(i) && CONTROL_VERBS.contains(v.verbLemma(i))
                || v.tok(i).ner().equals("DATE")
                || v.isAny(i, Set.of("on", "in")) && v.tok(i + 1).ner().equals("DATE"))) {
            i--;
        }
        if (i >= 1 && v.isAny(i, Set.of("which", "that", "who")) && v.is(i - 1, ",")) {
            Mention m = v.endingAt(i - 2);
            return m != null && SUBJECTS.contains(m.kind()) ? List.of(m) : List.of();
        }
        if (v.is(i, "and") && depth < 2) {
            // "The summit was held in China and announced the Declaration": the subject of the first verb.
            for (int k = i - 1; k >= 0 && i - k < 20; k--) {
                if (v.is(k, ";")) {
                    break;
                }
                if (v.isVerb(k) && !AUX.contains(v.tok(k).lemma()) && v.endingAt(k) == null) {
                    return subjectsBefore(v, k, depth + 1);
                }
            }
        }
        List<Mention> list = listEndingAt(v, i, SUBJECTS);
        if (list.isEmpty()) {
            return antecedents.of(v, i);
        }
        // "China joined 75 other WTO members, including Brazil and Russia, to issue": China is a subject too.
        int before = list.get(list.size() - 1).tokenStart() - 1;
        if (v.isAny(before, Set.of("including")) && depth < 2) {
            for (int k = before - 1; k >= 0 && before - k <= 8; k--) {
                if (v.isVerb(k) && v.verbLemma(k).equals("join")) {
                    List<Mention> all = new ArrayList<>(list);
                    all.addAll(subjectsBefore(v, k, depth + 1));
                    return all;
                }
            }
        }
        return list;
    }

    /** A coordinated list of mentions that ends at token {@code i}, read right to left. */
    private static List<Mention> listEndingAt(SentenceView v, int i, Set<EntityKind> kinds) {
        List<Mention> list = new ArrayList<>();
        boolean sawAnd = false;
        while (i >= 0) {
            Mention m = v.endingAt(i);
            if (m == null && v.isAny(i, COLLECTIVE)) {
                int k = v.isAny(i - 1, Set.of("member")) ? i - 2 : i - 1;   // "SCO member states"
                m = v.endingAt(k);
                if (m != null && m.kind() != EntityKind.ORGANIZATION) {
                    m = null;
                }
            }
            if (m == null || !kinds.contains(m.kind())) {
                break;
            }
            list.add(m);
            i = m.tokenStart() - 1;
            if (i >= 0 && v.isAny(i, Set.of("the", "both", "other"))) {
                i--;
            }
            if (v.is(i, "and") || v.is(i, "&")) {
                sawAnd = true;
                i -= v.is(i - 1, ",") ? 2 : 1;
            } else if (v.is(i, "well") && v.is(i - 1, "as") && v.is(i + 1, "as")) {
                sawAnd = true;
                i -= 2;
            } else if (v.is(i, ",") && sawAnd) {
                i--;
            } else {
                break;
            }
        }
        return list;
    }

    /** A coordinated list of mentions starting at token {@code i}. */
    static List<Mention> listAfter(SentenceView v, int i, Set<EntityKind> kinds) {
        List<Mention> list = new ArrayList<>();
        while (i < v.size()) {
            if (v.isAny(i, Set.of("the", "both"))) {
                i++;
            }
            Mention m = v.startingAt(i);
            if (m == null || !kinds.contains(m.kind())) {
                break;
            }
            list.add(m);
            i = v.after(m);
            if (v.is(i, ",") && v.is(i + 1, "and")) {
                i += 2;
            } else if (v.is(i, "and") || v.is(i, "&")) {
                i++;
            } else if (v.is(i, ",") && v.startingAt(i + 1) != null) {
                i++;
            } else {
                break;
            }
        }
        return list;
    }

    static List<Mention> withList(SentenceView v, int after) {
        if (v.is(after, "with")) {
            return listAfter(v, after + 1, ACTORS);
        }
        return List.of();
    }

    /**
     * A mention of the same kind ending at {@code i} and joined to the one at {@code start} only by commas, "and",
     * "as well as" or "the": "the Data Security Law and the Personal Information Protection Law".
     */
    static Mention coordinatedBefore(SentenceView v, int start, int i) {
        Mention m = v.endingAt(i);
        Mention here = v.startingAt(start);
        if (m == null || here == null || m.kind() != here.kind() || m == here) {
            return null;
        }
        for (int k = i + 1; k < start; k++) {
            if (!v.isAny(k, CONJ)) {
                return null;
            }
        }
        return i + 1 < start ? m : null;
    }

    static boolean onlyConjunctions(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!v.isAny(k, CONJ)) {
                return false;
            }
        }
        return from < to;
    }

    /** "at the Fourth World Internet Conference", "during the summit", "on the sidelines of the X" after a mention. */
    Mention eventAfter(SentenceView v, int from) {
        for (int i = from; i < v.size() && i < from + 12; i++) {
            String w = v.tok(i).text().toLowerCase(Locale.ROOT);
            if (w.equals(";") || (v.startingAt(i) != null && v.startingAt(i).kind() == EntityKind.AGREEMENT)) {
                return null;
            }
            if (w.equals("at") || w.equals("during") || (w.equals("of") && v.is(i - 1, "sidelines"))) {
                int k = i + 1;
                if (v.is(k, "the")) {
                    k++;
                }
                Mention e = v.startingAt(k);
                if (e != null && e.kind() == EntityKind.EVENT) {
                    return e;
                }
                if (e == null && k < v.size() && v.startingAt(k + 1) == null) {
                    List<Mention> ante = antecedents.of(v, k);
                    if (!ante.isEmpty() && ante.get(0).kind() == EntityKind.EVENT) {
                        return ante.get(0);
                    }
                }
            }
        }
        return null;
    }

    /**
     * "At the forum, ...", "During the X, ...", "On the sidelines of the summit, ...": the event a sentence opens
     * with.
     */
    Mention eventAtStart(SentenceView v) {
        int k = 0;
        if (v.isAny(0, Set.of("at", "during"))) {
            k = 1;
        } else if (v.isAny(0, Set.of("on")) && v.isAny(1, Set.of("the")) && v.is(2, "sidelines") && v.is(3, "of")) {
            k = 4;
        } else {
            return null;
        }
        if (v.isAny(k, Set.of("the"))) {
            k++;
        }
        Mention e = v.startingAt(k);
        if (e != null) {
            return e.kind() == EntityKind.EVENT ? e : null;
        }
        List<Mention> ante = antecedents.of(v, k);
        return !ante.isEmpty() && ante.get(0).kind() == EntityKind.EVENT && v.is(k + 1, ",") ? ante.get(0) : null;
    }

    /**
     * The date of an agreement or event: right after the trigger or the mention ("on December 3, 2017"), else a
     * sentence-initial "In 2017, ...", else the only date of the sentence.
     */
    void dateFor(SentenceView v, Mention m, int anchor, double boost) {
        List<DateMention> free = new ArrayList<>();
        for (DateMention d : v.dates) {
            if (d.tokenStart() >= m.tokenStart() && d.tokenEnd() <= m.tokenEnd()
                    || v.isAny(d.tokenStart() - 1, Set.of("until", "till", "through", "beyond"))) {
                continue;   // inside the name, or a horizon ("Strategy until 2035") rather than a date of signing
            }
            free.add(d);
        }
        if (free.isEmpty()) {
            return;
        }
        for (int i = 0; i < v.size(); i++) {
            if (v.is(i, "anniversary")) {
                return;
            }
        }
        for (DateMention d : free) {
            int gap = Math.min(Math.abs(d.tokenStart() - anchor), Math.abs(d.tokenStart() - v.after(m)));
            if (gap <= 3 && v.isAny(d.tokenStart() - 1, Set.of("on", "in", "since", ","))) {
                out.addDate(m, d, 0.85 + boost, "date-adjacent");
                return;
            }
        }
        for (DateMention d : free) {
            boolean opening = d.tokenStart() <= 2 || d.tokenStart() <= 4 && v.tok(0).pos().startsWith("RB")
                    && v.is(1, ",");
            if (opening && v.isAny(d.tokenStart() - 1, Set.of("in", "on", "by")) && d.tokenStart() >= 1) {
                out.addDate(m, d, 0.8 + boost, "date-sentence-initial");
                return;
            }
        }
        if (free.size() == 1) {
            out.addDate(m, free.get(0), 0.6 + boost, "date-only-in-sentence");
        }
    }

    /** "China-LAS Cooperation Initiative", "China-ASEAN Summit": the hyphenated actors that open a title. */
    void hyphenatedParties(SentenceView v, Mention title, Predicate p) {
        List<Mention> nested = v.nestedIn(title);
        if (nested.size() < 2) {
            return;
        }
        Mention first = nested.get(0);
        Mention second = nested.get(1);
        // "China-ASEAN Summit", and "27th ASEAN-China Summit" with its ordinal or year first
        int opening = title.ordinal() > 0 || !title.series().isEmpty() ? title.tokenStart() + 1 : title.tokenStart();
        boolean joined = (first.tokenStart() == title.tokenStart() || first.tokenStart() == opening)
                && second.tokenStart() == first.tokenEnd() + 1
                && v.isAny(first.tokenEnd(), Set.of("-", "–", "+", "&", "/"));
        if (joined && ACTORS.contains(first.kind()) && ACTORS.contains(second.kind())) {
            out.add(title, p, first, 0.7, "hyphenated-title");
            out.add(title, p, second, 0.7, "hyphenated-title");
        }
    }
}
