package org.diplokg.extract;

import static org.diplokg.extract.Clauses.ACTORS;
import static org.diplokg.extract.Clauses.SUBJECTS;
import static org.diplokg.extract.Clauses.WHERE;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Relations of an event: where and when it was held, who hosted it and who took part. Read from what follows the
 * name ("was held in Wuzhen on December 16", "hosted by X", "chaired by Y"), the verb before it ("China hosted the
 * ..."), and an event taken up again by a definite noun ("The summit was hosted by South Africa").
 */
final class EventRules {
    private static final Set<String> HOST_VERBS = Set.of("host", "co-host", "cohost", "organize", "organise",
            "convene", "sponsor", "hold", "co-organize", "co-organise", "co-sponsor", "chair", "co-chair");
    private static final Set<String> ATTEND_VERBS = Set.of("attend", "participate", "take", "join");
    private static final Set<String> HELD_WORDS = Set.of("held", "convened", "hosted", "organized", "organised",
            "opened", "staged", "took", "place", "taking", "kicked", "off", "was", "were", "is", "are", "will", "be",
            "been", "has", "had", "successfully", "also", "jointly", "which", "to");

    private final Antecedents antecedents;
    private final Clauses clauses;
    private final SentenceRelations out;

    EventRules(Antecedents antecedents, Clauses clauses, SentenceRelations out) {
        this.antecedents = antecedents;
        this.clauses = clauses;
        this.out = out;
    }

    /**
     * "The summit was hosted by South Africa.", "The forum was co-organized by X": an event named earlier, taken up
     * by a definite noun, analysed like the event itself at the noun's place.
     */
    void anaphoricEvents(SentenceView v) {
        int sentenceIndex = v.sentence.index();
        for (int i = 0; i < v.size(); i++) {
            boolean it = i == 0 && v.isAny(0, Set.of("it"));
            int article = i - 1;
            while (article > 0 && i - article <= 4 && (v.tok(article).pos().startsWith("JJ")
                    || v.tok(article).pos().equals("CD") || v.is(article, "-") || v.tok(article).pos().equals("NN")
                    && v.is(article - 1, "-"))) {
                article--;   // "the three-day summit", "this year's forum" is not taken
            }
            if (!it && (i == 0 || !Antecedents.EVENT_NOUNS.contains(v.tok(i).text().toLowerCase(Locale.ROOT))
                    || v.insideMention(i) || !v.isAny(article, Set.of("the", "this")))) {
                continue;
            }
            List<Mention> ante = antecedents.of(v, i);
            if (ante.isEmpty() || ante.get(0).kind() != EntityKind.EVENT || ante.get(0).sentence() == sentenceIndex) {
                continue;
            }
            Mention e = ante.get(0);
            int from = it ? i : article;
            Mention here = new Mention(e.id(), e.kind(), e.subtype(), v.tok(i).text(), e.canonical(), sentenceIndex,
                    from, i + 1, v.tok(from).begin(), v.tok(i).end(), e.ordinal(), e.series(), e.confidence(),
                    "anaphor");
            out.asAnaphor(() -> event(v, here));
        }
    }

    /** The relations of event {@code e} in sentence {@code v}. */
    void event(SentenceView v, Mention e) {
        clauses.hyphenatedParties(v, e, Predicate.PARTICIPANT);
        int i = v.after(e);
        boolean held = false;
        Mention lastPlace = null;
        boolean dated = false;
        for (int steps = 0; steps < 6 && i < v.size(); steps++) {
            int k = i;
            while (k < v.size() && (v.isAny(k, HELD_WORDS))) {
                held |= v.isAny(k, Set.of("held", "convened", "hosted", "organized", "organised", "took", "staged"));
                k++;
            }
            if (v.is(k, ",")) {
                Mention m = v.startingAt(k + 1);
                if (m != null && lastPlace != null && WHERE.contains(m.kind())) {
                    out.add(lastPlace, Predicate.LOCATED_IN, m, 0.8, "place-comma-place");
                    lastPlace = m;
                    i = v.after(m);
                    continue;
                }
                DateMention d = v.dateAt(k + 1);
                if (d != null && !dated) {
                    out.addDate(e, d, 0.8, "event-date-apposition");
                    dated = true;
                    i = d.tokenEnd();
                    continue;
                }
                k++;
                while (k < v.size() && v.isAny(k, HELD_WORDS)) {
                    held |= v.isAny(k, Set.of("held", "convened", "hosted", "organized", "organised", "took"));
                    k++;
                }
            }
            if (v.isAny(k, Set.of("in", "at", "on", "from")) || (v.is(k, "by") && held)) {
                int t = v.is(k + 1, "the") ? k + 2 : k + 1;
                DateMention d = v.dateAt(k + 1);
                Mention m = v.startingAt(t);
                if (d != null && !dated) {
                    out.addDate(e, d, held ? 0.85 : 0.8, "event-date");
                    dated = true;
                    i = d.tokenEnd();
                    if (v.isAny(i, Set.of("to", "-", "–", "through")) && v.dateAt(i + 1) != null) {
                        out.addDate(e, v.dateAt(i + 1), Predicate.END_DATE, 0.8, "event-end-date");
                        i = v.dateAt(i + 1).tokenEnd();
                    }
                    continue;
                }
                if (m != null && WHERE.contains(m.kind()) && !v.is(k, "by") && !v.is(k, "on")) {
                    out.add(e, Predicate.LOCATION, m, held ? 0.85 : 0.75, held ? "held-in" : "event-in-place");
                    lastPlace = m;
                    i = v.after(m);
                    continue;
                }
                if (v.is(k, "by") && held) {
                    for (Mention h : Clauses.listAfter(v, k + 1, ACTORS)) {
                        out.add(e, Predicate.HOST, h, 0.85, "hosted-by");
                    }
                }
            }
            break;
        }
        supportedBy(v, e);
        chairedOrAttendedBy(v, e);
        gatheredFor(v, e);
        // A body's own numbered meeting ("the 54th Annual Meeting of the X Organization") does not make it the
        // host: the dev-set annotators read "hosted, organised, chaired, convened by" as someone else's act.
        if (!dated && opensAfterDate(v, e)) {
            DateMention d = v.dateAt(1);
            out.addDate(e, d, 0.8, "date-opens-sentence");
            dated = true;
        }
        int trigger = hostTriggerBefore(v, e.tokenStart());
        if (trigger >= 0) {
            String lemma = v.verbLemma(trigger);
            for (Mention s : clauses.subjectsBefore(v, trigger)) {
                if (HOST_VERBS.contains(lemma) && ACTORS.contains(s.kind())) {
                    out.add(e, Predicate.HOST, s, 0.8, "subject:" + lemma);
                } else if (ATTEND_VERBS.contains(lemma) && s.kind() != EntityKind.EVENT) {
                    out.add(e, Predicate.PARTICIPANT, s, 0.75, "subject:" + lemma);
                }
            }
        }
        if (!dated && (held || trigger >= 0 || isSubjectOfClause(v, e))) {
            clauses.dateFor(v, e, trigger >= 0 ? trigger : e.tokenEnd(), -0.05);
        }
    }

    /**
     * "It was chaired by Sonexay Siphandone, Prime Minister of Laos, and attended by Premier Li Qiang of China":
     * people take part; a country or body that chairs is a host, one that attends takes part.
     */
    private void chairedOrAttendedBy(SentenceView v, Mention e) {
        for (int i = v.after(e); i + 2 < v.size() && i < v.after(e) + 30; i++) {
            if (v.is(i, ";")
                    || i > v.after(e) && v.startingAt(i) != null && v.startingAt(i).kind() == EntityKind.EVENT) {
                return;
            }
            boolean chaired = v.isAny(i, Set.of("chaired", "co-chaired", "presided"));
            boolean attended = v.isAny(i, Set.of("attended"));
            if ((chaired || attended) && v.isAny(i + 1, Set.of("by", "over"))) {
                int k = i + 2;
                while (k < v.size() && v.startingAt(k) == null && k < i + 6
                        && (v.tok(k).isCapitalized() || v.isAny(k, Set.of("the")))) {
                    k++;   // "Premier Li Qiang", "the President of ...": titles before the name
                }
                for (Mention m : Clauses.listAfter(v, k, SUBJECTS)) {
                    if (m.kind() == EntityKind.PERSON || attended) {
                        out.add(e, Predicate.PARTICIPANT, m, 0.7, attended ? "attended-by" : "chaired-by");
                    } else if (ACTORS.contains(m.kind())) {
                        out.add(e, Predicate.HOST, m, 0.7, "chaired-by");
                    }
                    if (m.kind() == EntityKind.PERSON) {
                        Mention of = v.is(v.after(m), "of") ? v.startingAt(v.after(m) + 1) : null;
                        if (of != null && ACTORS.contains(of.kind())) {
                            out.add(e, Predicate.PARTICIPANT, of, 0.65, "person-of-country-at-event");
                        }
                    }
                }
            }
        }
    }

    /** "Leaders convened in Astana on Thursday for the 24th meeting of ...": where and when they met for it. */
    private void gatheredFor(SentenceView v, Mention e) {
        int k = e.tokenStart() - 1;
        if (v.isAny(k, Set.of("the"))) {
            k--;
        }
        if (!v.isAny(k, Set.of("for", "to", "at"))) {
            return;
        }
        int verb = -1;
        for (int i = k - 1; i >= 0 && k - i < 15 && !v.is(i, ";") && !v.is(i, "."); i--) {
            if (v.isAny(i, Set.of("convened", "met", "gathered", "assembled", "arrived"))) {
                verb = i;
                break;
            }
        }
        for (int i = verb + 1; verb >= 0 && i < k; i++) {
            Mention m = v.startingAt(i);
            if (m != null && WHERE.contains(m.kind()) && v.isAny(i - 1, Set.of("in"))) {
                out.add(e, Predicate.LOCATION, m, 0.7, "gathered-in-place-for");
            }
            DateMention d = v.dateAt(i);
            if (d != null && v.isAny(i - 1, Set.of("on", "in")) && d.tokenEnd() <= k) {
                out.addDate(e, d, 0.7, "gathered-on-date-for");
            }
        }
    }

    /** "On August 24, 2021, the X Forum, ... was held": the event is the first thing after an opening date. */
    private static boolean opensAfterDate(SentenceView v, Mention e) {
        DateMention d = v.dateAt(1);
        if (d == null || !v.isAny(0, Set.of("on", "in")) || !v.is(d.tokenEnd(), ",")) {
            return false;
        }
        int k = d.tokenEnd() + 1;
        if (v.isAny(k, Set.of("the"))) {
            k++;
        }
        return e.tokenStart() == k;
    }

    /** "... with joint support from China and UNESCO", "under the auspices of X", "co-organized by X". */
    private void supportedBy(SentenceView v, Mention e) {
        for (int i = v.after(e); i < v.size() - 2 && i < v.after(e) + 20; i++) {
            if (v.is(i, ";") || v.startingAt(i) != null && v.startingAt(i).kind() == EntityKind.EVENT) {
                return;
            }
            int from = -1;
            if (v.is(i, "support") && v.is(i + 1, "from")) {
                from = i + 2;
            } else if (v.is(i, "auspices") && v.is(i + 1, "of")) {
                from = i + 2;
            } else if ((v.isAny(i, Set.of("co-organized", "co-organised", "co-hosted", "co-sponsored", "sponsored"))
                    || v.isAny(i, Set.of("hosted", "organized", "organised")) && v.coPrefixed(i))
                    && v.is(i + 1, "by")) {
                from = i + 2;   // "co-hosted by", also when the tokenizer splits it at the hyphen
            }
            if (from > 0) {
                for (Mention h : Clauses.listAfter(v, from, ACTORS)) {
                    out.add(e, Predicate.HOST, h, 0.75, "support-from");
                }
                return;
            }
        }
    }

    private static int hostTriggerBefore(SentenceView v, int start) {
        for (int i = start - 1; i >= 0 && start - i <= 5; i--) {
            Mention coordinated = Clauses.coordinatedBefore(v, start, i);
            if (coordinated != null && coordinated.kind() == EntityKind.EVENT) {
                return hostTriggerBefore(v, coordinated.tokenStart());
            }
            if (v.endingAt(i) != null || v.is(i, ",") || v.is(i, ";")) {
                return -1;
            }
            String lemma = v.verbLemma(i);
            if (v.isVerb(i) && (HOST_VERBS.contains(lemma) || ATTEND_VERBS.contains(lemma))) {
                if (lemma.equals("take") && !v.is(i + 1, "part")) {
                    return -1;
                }
                return i;
            }
        }
        return -1;
    }

    /** The event opens its clause and a verb follows: "In 2017, the Ninth BRICS Summit was held ...". */
    private static boolean isSubjectOfClause(SentenceView v, Mention e) {
        int before = e.tokenStart() - 1;
        if (v.is(before, "the")) {
            before--;
        }
        boolean opens = before < 0 || v.is(before, ",");
        int after = v.after(e);
        return opens && (v.isVerb(after) || v.isVerb(after + 1));
    }
}
