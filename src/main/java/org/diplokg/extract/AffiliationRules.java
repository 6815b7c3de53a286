package org.diplokg.extract;

import static org.diplokg.extract.Clauses.ACTORS;
import static org.diplokg.extract.Clauses.POSSESSIVE;
import static org.diplokg.extract.Clauses.WHERE;

import java.util.Locale;
import java.util.Set;

/**
 * Where bodies, people and places belong: sub-bodies ("the IGF's Leading Group"), membership ("X, a member of ORG",
 * "WTO members, including A and B", "A became a member of ASEAN"), people's affiliations ("Cao Shumin, deputy head
 * of the CAC") and the containment of places ("in Wuzhen, Zhejiang Province").
 */
final class AffiliationRules {
    private final Antecedents antecedents;
    private final Clauses clauses;
    private final SentenceRelations out;

    AffiliationRules(Antecedents antecedents, Clauses clauses, SentenceRelations out) {
        this.antecedents = antecedents;
        this.clauses = clauses;
        this.out = out;
    }

    /** The body {@code o} is part of, or a member of. */
    void organization(SentenceView v, Mention o) {
        Mention owner = possessiveOwner(v, o.tokenStart());
        if (owner != null && owner.kind() == EntityKind.ORGANIZATION) {
            out.add(o, Predicate.PART_OF, owner, 0.75, "possessive-body");
            return;
        }
        for (Mention n : v.nestedIn(o)) {
            if (n.kind() == EntityKind.ORGANIZATION && !Names.key(n.canonical()).equals(Names.key(o.canonical()))
                    && (n.tokenStart() == o.tokenStart() || v.is(n.tokenStart() - 1, "of")
                    || v.is(n.tokenStart() - 2, "of"))) {
                out.add(o, Predicate.PART_OF, n, 0.8, "sub-body");
                return;
            }
        }
        // "X, a member of ORG"
        int i = v.after(o);
        if (v.is(i, ",") && v.isAny(i + 1, Set.of("a", "an")) && v.is(i + 2, "member") && v.is(i + 3, "of")) {
            int k = v.is(i + 4, "the") ? i + 5 : i + 4;
            Mention org = v.startingAt(k);
            if (org != null && org.kind() == EntityKind.ORGANIZATION) {
                out.add(o, Predicate.MEMBER_OF, org, 0.8, "a-member-of");
            }
        }
    }

    /**
     * The body in the possessive before a name: "the IGF's Leading Group", and for "the IGF's Leading Group and
     * Multistakeholder Advisory Group" also the second name.
     */
    private static Mention possessiveOwner(SentenceView v, int start) {
        int k = start - 1;
        if (v.isAny(k, POSSESSIVE)) {
            return v.endingAt(k - 1);
        }
        if (v.isAny(k, Set.of("and"))) {
            Mention previous = v.endingAt(k - 1);
            return previous != null && previous.kind() == EntityKind.ORGANIZATION && previous.tokenStart() < start
                    ? possessiveOwner(v, previous.tokenStart()) : null;
        }
        return null;
    }

    /** "Cao Shumin, deputy head of Cyberspace Administration of China"; "CAC deputy head Cao Shumin". */
    void person(SentenceView v, Mention p) {
        // "proposed by President Xi Jinping at the second World Internet Conference": the person took part.
        int at = v.after(p);
        if (v.isAny(at, Set.of("at", "during"))) {
            int k = v.isAny(at + 1, Set.of("the")) ? at + 2 : at + 1;
            Mention e = v.startingAt(k);
            if (e != null && e.kind() == EntityKind.EVENT) {
                out.add(e, Predicate.PARTICIPANT, p, 0.7, "person-at-event");
            }
        }
        int i = v.after(p);
        if (v.is(i, ",")) {
            int k = i + 1;
            boolean role = false;
            while (k < v.size() && k < i + 8 && v.startingAt(k) == null && !v.isVerb(k)
                    && !v.is(k, ",") && !v.is(k, ".")) {
                role |= v.isAny(k, Lexicon.ROLE_WORDS);
                k++;
            }
            if (role && v.isAny(k - 1, Set.of("of", "at", "for", "to", "the"))) {
                Mention org = v.startingAt(k);
                if (org != null && org.kind() == EntityKind.ORGANIZATION) {
                    out.add(p, Predicate.AFFILIATION, org, 0.8, "person-role-of-org");
                    return;
                }
            }
            // "Sun Weimin, head of the administration's cybersecurity coordination bureau": the body named earlier.
            for (int j = i + 1; j + 2 < v.size() && j < i + 6; j++) {
                if (v.isAny(j, Set.of("of")) && v.isAny(j + 1, Set.of("the")) && v.isAny(j + 3, POSSESSIVE)) {
                    antecedents.bodyByHead(v.tok(j + 2).text().toLowerCase(Locale.ROOT), 4 * Antecedents.RECENCY)
                            .ifPresent(org -> out.add(p, Predicate.AFFILIATION, org, 0.8, "person-role-of-the-body"));
                    break;
                }
            }
        }
        int k = p.tokenStart() - 1;
        int roles = 0;
        while (k >= 0 && roles < 4 && v.isAny(k, Lexicon.ROLE_WORDS) && v.endingAt(k) == null) {
            roles++;
            k--;
        }
        if (v.is(k, "'s") || v.is(k, "’s")) {
            k--;
        }
        Mention org = v.endingAt(k);
        if (roles > 0 && org != null && org.kind() == EntityKind.ORGANIZATION) {
            out.add(p, Predicate.AFFILIATION, org, 0.75, "org-role-person");
        }
    }

    /** The place or country that place {@code p} lies in. */
    void place(SentenceView v, Mention p) {
        placeApposition(v, p);
        int i = v.after(p);
        if (v.is(i, ",")) {
            Mention m = v.startingAt(i + 1);
            boolean inPhrase = v.is(p.tokenStart() - 1, "in") || v.is(p.tokenStart() - 1, "of");
            int next = v.after(m == null ? p : m);
            boolean listGoesOn = v.is(next, "and") || v.is(next, ",") && (v.is(next + 1, "and")
                    || v.startingAt(next + 1) != null && WHERE.contains(v.startingAt(next + 1).kind()));
            if (m != null && WHERE.contains(m.kind()) && inPhrase && (next >= v.size() - 1 || !listGoesOn)) {
                out.add(p, Predicate.LOCATED_IN, m, 0.75, "place-comma-place");
            }
        }
    }

    /** "Wuzhen, a water town in east China's Zhejiang Province": the appositive names where the place is. */
    private void placeApposition(SentenceView v, Mention p) {
        int i = v.after(p);
        if (!v.is(i, ",") || !v.isAny(i + 1, Set.of("a", "an", "the"))) {
            return;
        }
        for (int k = i + 2; k < v.size() && k < i + 8; k++) {
            if (v.startingAt(k) != null || v.is(k, ",")) {
                return;
            }
            if (v.isAny(k, Set.of("in", "of"))) {
                Mention where = null;
                for (int j = k + 1; j < v.size() && j < k + 8 && !v.is(j, ",") && !v.is(j, "."); j++) {
                    Mention m = v.startingAt(j);
                    if (m != null && WHERE.contains(m.kind())) {
                        where = m;
                        j = v.after(m) - 1;
                    }
                }
                if (where != null) {
                    out.add(p, Predicate.LOCATED_IN, where, 0.7, "place-apposition");
                }
                return;
            }
        }
    }

    /**
     * "Belarus became the organization's tenth member state", "Timor-Leste became a member of ASEAN": membership by
     * accession, to the body named after "of", in the possessive, or as "the organization".
     */
    void becameMember(SentenceView v) {
        for (int i = 1; i < v.size(); i++) {
            if (!v.isAny(i, Set.of("became", "becomes", "become")) || !v.isVerb(i)) {
                continue;
            }
            int member = -1;
            for (int k = i + 1; k < v.size() && k < i + 7; k++) {
                if (v.isAny(k, Set.of("member", "members"))) {
                    member = k;
                    break;
                }
            }
            if (member < 0) {
                continue;
            }
            Mention body = null;
            int after = v.isAny(member + 1, Set.of("state", "states", "country")) ? member + 2 : member + 1;
            if (v.is(after, "of")) {
                body = v.startingAt(v.isAny(after + 1, Set.of("the")) ? after + 2 : after + 1);
            }
            for (int k = i + 1; body == null && k < member; k++) {
                if (v.isAny(k, POSSESSIVE)) {
                    body = v.endingAt(k - 1);
                    if (body == null && v.isAny(k - 1, Set.of("organization", "organisation", "bloc", "group"))) {
                        body = antecedents.bodyByHead("organization", 2 * Antecedents.RECENCY)
                                .or(() -> antecedents.bodyByHead("organisation", 2 * Antecedents.RECENCY))
                                .orElse(null);
                    }
                }
            }
            if (body != null && body.kind() == EntityKind.ORGANIZATION) {
                for (Mention s : clauses.subjectsBefore(v, i)) {
                    if (ACTORS.contains(s.kind())) {
                        out.add(s, Predicate.MEMBER_OF, body, 0.75, "became-member");
                    }
                }
            }
        }
    }

    /** "WTO members, including Brazil, Myanmar and Nigeria"; "SCO member states such as A and B". */
    void memberLists(SentenceView v) {
        for (Mention org : v.mentions) {
            if (org.kind() != EntityKind.ORGANIZATION) {
                continue;
            }
            int i = v.after(org);
            int k = i;
            while (k < v.size() && k < i + 3 && v.isAny(k, Set.of("member", "members", "states", "countries",
                    "economies", "nations"))) {
                k++;
            }
            if (k == i || !v.tok(k - 1).text().toLowerCase(Locale.ROOT).matches("members|states|countries|economies"
                    + "|nations")) {
                continue;
            }
            if (v.is(k, ",")) {
                k++;
            }
            int start = -1;
            if (v.is(k, "including")) {
                start = k + 1;
            } else if (v.is(k, "such") && v.is(k + 1, "as")) {
                start = k + 2;
            }
            if (start > 0) {
                for (Mention m : Clauses.listAfter(v, start, ACTORS)) {
                    if (m.kind() == EntityKind.COUNTRY || m.kind() == EntityKind.ORGANIZATION) {
                        out.add(m, Predicate.MEMBER_OF, org, 0.7, "members-including");
                    }
                }
            }
        }
    }
}
