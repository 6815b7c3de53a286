package org.diplokg.extract;

import static org.diplokg.extract.Clauses.ACTORS;
import static org.diplokg.extract.Clauses.AUX;
import static org.diplokg.extract.Clauses.POSSESSIVE;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relations of an agreement: who signed it (its parties) or issued it, when, and at which event it was adopted.
 * Read from the verb before the title ("China and Thailand signed the ..."), a passive after it ("..., which was
 * adopted by X"), and the title itself ("Agreement Between A and B", "UNESCO's Recommendation on ...").
 */
final class AgreementRules {
    private static final Set<String> PARTY_VERBS = Set.of("sign", "conclude", "ink", "agree", "ratify", "accede",
            "endorse", "reach", "join", "renew", "approve", "co-sign", "cosign");
    private static final Set<String> ISSUE_VERBS = Set.of("issue", "release", "launch", "announce", "propose", "put",
            "initiate", "unveil", "publish", "formulate", "enact", "adopt", "introduce", "promulgate", "present",
            "draft", "advance", "pass", "declare", "implement", "set", "lead", "produce", "yield", "submit");
    private static final int TRIGGER_WINDOW = 8;
    private static final Pattern DEMONYM_PAIR = Pattern.compile(
            "^(?:the\\s+)?(Sino|[A-Z][a-z]+)-([A-Z][a-z]+)\\s");

    private final Antecedents antecedents;
    private final Clauses clauses;
    private final SentenceRelations out;

    AgreementRules(Antecedents antecedents, Clauses clauses, SentenceRelations out) {
        this.antecedents = antecedents;
        this.clauses = clauses;
        this.out = out;
    }

    /** The relations of agreement {@code a} in sentence {@code v}. */
    void agreement(SentenceView v, Mention a) {
        clauses.hyphenatedParties(v, a, Predicate.PARTY);
        betweenParties(v, a);
        demonymParties(a);
        asMembersOf(v, a);
        namedIssuer(v, a);
        int trigger = triggerBefore(v, a.tokenStart());
        boolean nominal = trigger >= 0 && (!v.tok(trigger).pos().startsWith("VB") || v.is(trigger - 1, "the"));
        String lemma = trigger >= 0 ? v.verbLemma(trigger) : "";
        if (trigger >= 0 && !nominal) {
            List<Mention> subjects = clauses.subjectsBefore(v, trigger);
            double conf = subjects.size() == 1 && subjects.get(0).kind() == EntityKind.EVENT ? 0.8 : 0.85;
            for (Mention s : subjects) {
                if (s.kind() == EntityKind.EVENT) {
                    out.add(a, Predicate.ADOPTED_AT, s, conf, "event-subject:" + lemma);
                } else if (ACTORS.contains(s.kind())) {
                    boolean party = PARTY_VERBS.contains(lemma) || subjects.size() > 1;
                    out.add(a, party ? Predicate.PARTY : Predicate.ISSUED_BY, s, conf, "subject:" + lemma);
                    if (party && ISSUE_VERBS.contains(lemma)) {
                        out.add(a, Predicate.ISSUED_BY, s, conf * 0.9, "subject:" + lemma);
                    }
                }
            }
            clauses.dateFor(v, a, trigger, 0);
        }
        int after = v.after(a);
        // Passive: "..., which was adopted by X at Y", "the Declaration was signed by A and B".
        int i = after;
        if (v.is(i, ",") && v.isAny(i + 1, Set.of("which", "that"))) {
            i += 2;
        }
        int j = i;
        while (j < v.size() && j < i + 3 && v.isAny(j, Set.of("was", "were", "has", "have", "had", "been", "is",
                "are", "jointly", "also", "unanimously", "formally", "officially"))) {
            j++;
        }
        boolean passive = j > i && j < v.size() && v.tok(j).pos().equals("VBN")
                && (PARTY_VERBS.contains(v.verbLemma(j)) || ISSUE_VERBS.contains(v.verbLemma(j)));
        if (passive) {
            String pl = v.verbLemma(j);
            if (v.is(j + 1, "by")) {
                for (Mention s : Clauses.listAfter(v, j + 2, ACTORS)) {
                    Predicate p = PARTY_VERBS.contains(pl) ? Predicate.PARTY : Predicate.ISSUED_BY;
                    out.add(a, p, s, 0.85, "agent:" + pl);
                }
            }
            clauses.dateFor(v, a, j, 0);
            trigger = j;
        }
        if (v.isAny(after, Set.of("between", "among"))) {
            for (Mention s : Clauses.listAfter(v, after + 1, ACTORS)) {
                out.add(a, Predicate.PARTY, s, 0.8, "between");
            }
        }
        if (trigger >= 0 && !nominal) {
            for (Mention s : Clauses.withList(v, after)) {
                out.add(a, Predicate.PARTY, s, 0.8, "with");
            }
            Mention at = clauses.eventAfter(v, after);
            boolean joining = Set.of("join", "accede", "ratify", "renew").contains(lemma);
            if (at != null && !joining) {
                out.add(a, Predicate.ADOPTED_AT, at, 0.8, "at-event");
            } else if (!joining && (at = clauses.eventAtStart(v)) != null) {
                out.add(a, Predicate.ADOPTED_AT, at, 0.75, "sentence-opens-at-event");
            }
        }
    }

    /** A trigger verb a few tokens before {@code start}: "signed the", "agreed on the", "put forward the". */
    private static int triggerBefore(SentenceView v, int start) {
        for (int i = start - 1; i >= 0 && start - i <= TRIGGER_WINDOW; i--) {
            String w = v.tok(i).text();
            Mention coordinated = Clauses.coordinatedBefore(v, start, i);
            if (coordinated != null) {
                return triggerBefore(v, coordinated.tokenStart());
            }
            if (Clauses.onlyConjunctions(v, i, start) && v.endingAt(i - 1) != null) {
                continue;
            }
            if (v.endingAt(i) != null || w.equals(";") || w.equals(":") || w.equals(".")) {
                return -1;
            }
            String lemma = v.verbLemma(i);
            if (PARTY_VERBS.contains(lemma) || ISSUE_VERBS.contains(lemma)) {
                if (lemma.equals("put") && !v.is(i + 1, "forward")) {
                    continue;
                }
                if (lemma.equals("set") && !v.is(i + 1, "out")) {
                    continue;
                }
                if (lemma.equals("lead") && !v.is(i + 1, "to")) {
                    continue;
                }
                return i;
            }
            if (v.isVerb(i) && !AUX.contains(v.tok(i).lemma()) && !v.isAny(i, Set.of("titled", "entitled"))) {
                return -1;
            }
            if (w.equals(",") && !v.is(i + 1, "such") && !v.is(i + 1, "including")) {
                return -1;
            }
        }
        return -1;
    }

    /** "As members under the Belt and Road Initiative framework, the participating countries will ...". */
    private void asMembersOf(SentenceView v, Mention a) {
        int k = a.tokenStart();
        if (v.isAny(k - 1, Set.of("the"))) {
            k--;
        }
        boolean opens = k == 3 && v.isAny(0, Set.of("as")) && v.isAny(1, Set.of("members", "parties", "signatories"))
                && v.isAny(2, Set.of("of", "under", "to"));
        if (!opens) {
            return;
        }
        int i = v.after(a);
        if (v.isAny(i, Set.of("framework", "mechanism"))) {
            i++;
        }
        if (!v.is(i, ",")) {
            return;
        }
        for (int j = i + 1; j < v.size() && j < i + 12; j++) {
            if (v.isVerb(j) && !v.tok(j).pos().equals("VBG") && !v.tok(j).pos().equals("VBN")) {
                for (Mention s : clauses.subjectsBefore(v, j)) {
                    if (ACTORS.contains(s.kind())) {
                        out.add(a, Predicate.PARTY, s, 0.7, "as-members-of");
                    }
                }
                return;
            }
        }
    }

    /**
     * The issuer named with the title: "UNESCO's Recommendation on ...", "Guidelines of the Anti-monopoly Commission
     * ...", "Statement by the SCO Heads of Member States", "Cybersecurity Law of the People's Republic of China".
     */
    private void namedIssuer(SentenceView v, Mention a) {
        int before = a.tokenStart() - 1;
        if (v.isAny(before, POSSESSIVE)) {
            Mention owner = v.endingAt(before - 1);
            boolean withOther = v.nestedIn(a).stream().anyMatch(n -> ACTORS.contains(n.kind())
                    && v.is(n.tokenStart() - (v.is(n.tokenStart() - 1, "the") ? 2 : 1), "with"));
            if (owner != null && ACTORS.contains(owner.kind()) && !withOther) {   // "A's deal with B": both sides
                out.add(a, Predicate.ISSUED_BY, owner, 0.7, "possessive-issuer");
            }
        }
        for (Mention n : v.nestedIn(a)) {
            int k = n.tokenStart() - 1;
            if (v.isAny(k, Set.of("the"))) {
                k--;
            }
            if (v.nestedIn(a).stream().anyMatch(d -> d.kind() == EntityKind.AGREEMENT && d != n
                    && d.tokenStart() <= n.tokenStart() && n.tokenEnd() <= d.tokenEnd())) {
                continue;   // "the X Protocol to the Charter of the Y Organization": Y issued the charter
            }
            boolean between = false;
            for (int j = a.tokenStart(); j < n.tokenStart(); j++) {
                between |= v.isAny(j, Set.of("between", "with", "among", "and"));
            }
            if (ACTORS.contains(n.kind()) && !between && k > a.tokenStart() && v.isAny(k, Set.of("of", "by"))) {
                // "Joint Statement of the People's Republic of China and the Russian Federation on ...": both.
                List<Mention> issuers = new ArrayList<>(List.of(n));
                for (Mention o : v.nestedIn(a)) {
                    int j = o.tokenStart() - 1;
                    if (v.isAny(j, Set.of("the"))) {
                        j--;
                    }
                    Mention last = issuers.get(issuers.size() - 1);
                    if (ACTORS.contains(o.kind()) && (v.isAny(j, Set.of("and")) && j == last.tokenEnd()
                            || officeOf(v, last.tokenEnd(), j))) {
                        issuers.add(o);   // "... of A and B", "... by the Prime Minister of A and the Prime Minister of B"
                    }
                }
                for (Mention issuer : issuers) {
                    out.add(a, Predicate.ISSUED_BY, issuer, 0.7, "issuer-in-title");
                    if (issuers.size() > 1) {
                        out.add(a, Predicate.PARTY, issuer, 0.7, "issuer-in-title");
                    }
                }
                return;
            }
        }
    }

    /** "and the Prime Minister of" from {@code from} to the "of" at {@code of}: the same office of a second country. */
    private static boolean officeOf(SentenceView v, int from, int of) {
        if (!v.isAny(from, Set.of("and")) || !v.isAny(of, Set.of("of"))) {
            return false;
        }
        int i = v.isAny(from + 1, Set.of("the")) ? from + 2 : from + 1;
        if (i >= of) {
            return false;
        }
        for (int k = i; k < of; k++) {
            if (!v.tok(k).isCapitalized()) {
                return false;
            }
        }
        return Lexicon.OFFICE_TITLES.contains(v.tok(of - 1).text().toLowerCase(java.util.Locale.ROOT));
    }

    /** "Agreement Between the Government of the Russian Federation and the Government of China on ...". */
    private void betweenParties(SentenceView v, Mention a) {
        for (int i = a.tokenStart(); i < a.tokenEnd(); i++) {
            if (v.isAny(i, Set.of("between"))) {
                for (Mention n : v.nestedIn(a)) {
                    if (n.tokenStart() > i && ACTORS.contains(n.kind())) {
                        out.add(a, Predicate.PARTY, n, 0.8, "between-in-title");
                    }
                }
                return;
            }
        }
    }

    /** "Sino-Russian Treaty of ...": the countries of the demonyms, when the document names them. */
    private void demonymParties(Mention a) {
        Matcher m = DEMONYM_PAIR.matcher(a.text());
        if (!m.find()) {
            return;
        }
        for (String demonym : List.of(m.group(1), m.group(2))) {
            antecedents.country(demonym).ifPresent(c -> out.add(a, Predicate.PARTY, c, 0.7,
                    "demonym-pair-in-title"));
        }
    }
}
