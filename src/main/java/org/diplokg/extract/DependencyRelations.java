package org.diplokg.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import org.diplokg.nlp.DependencyGraph;

/**
 * Relations from the sentence's structure: the Semgrex rules of {@code org/diplokg/rules/RELATION.rules} run over the
 * enhanced++ dependency graph of each sentence, whose nodes carry the class of the DiploKG mention covering them as
 * their {@code ner} ({@code AGREEMENT}, {@code EVENT}, {@code ORGANIZATION}, {@code COUNTRY}, {@code PLACE},
 * {@code PERSON}, {@code DATE}; {@code O} elsewhere). A rule names its subject node {@code s} and its object node
 * {@code o}; each is read back as the mention covering it (of a class the relation allows), or, for a definite noun
 * outside any mention ("the declaration", "the summit"), as the latest agreement or event of that head noun. One per
 * document; sentences must come in document order.
 */
final class DependencyRelations {
    /** The rule files, one per relation, and what the relation allows at each end (the data contract). */
    static final Map<Predicate, List<RuleFile.Rule>> RULES = loadRules();
    private static final EnumSet<EntityKind> ACTORS = EnumSet.of(EntityKind.ORGANIZATION, EntityKind.COUNTRY,
            EntityKind.PERSON);
    private static final EnumSet<EntityKind> WHERE = EnumSet.of(EntityKind.PLACE, EntityKind.COUNTRY);
    /** Head nouns that take up an agreement named before: "the declaration", "the accords", "the MoU". */
    private static final Set<String> AGREEMENT_NOUNS = Set.of("agreement", "accord", "accords", "declaration",
            "memorandum", "mou", "treaty", "convention", "communiqué", "communique", "statement", "charter",
            "framework", "plan", "initiative", "deal", "protocol", "document", "roadmap", "strategy", "pact",
            "arrangement", "agenda", "resolution", "decision", "text");
    private static final Set<String> PLURAL_AGREEMENT_NOUNS = Set.of("deals", "agreements", "declarations",
            "documents", "texts", "pacts", "treaties");
    private static final java.util.regex.Pattern PLURAL_NAME = java.util.regex.Pattern.compile(
            "(?i)\\b(?:accords|agreements|regulations|principles|guidelines|recommendations|declarations)\\b");
    private static final Set<String> ANY_AGREEMENT = Set.of("agreement", "deal", "document", "pact", "accord", "text");
    /** Nouns of signing that stand for what was signed, when nothing follows them ("the 39th signatory"). */
    private static final Set<String> SIGNING_NOUNS = Set.of("signatory", "signing", "signature");
    /** Those gathered at a meeting, who speak as the meeting. */
    private static final Set<String> GATHERED = Set.of("leaders", "ministers", "participants", "delegates",
            "delegations", "heads");
    /** Nouns of hosting that stand for the meeting they host ("as the host nation", "as co-host"). */
    private static final Set<String> HOST_NOUNS = Set.of("host", "co-host", "cohost");
    private static final Set<String> ANY_EVENT = Set.of("meeting", "event", "gathering");
    private static final int RECENCY = 3;
    /** How much surer a fact is when an end was named than when it was taken up by anaphora. */
    private static final double ANAPHORA = 0.75;

    private final List<Mention> recentAgreements = new ArrayList<>();
    private final List<Mention> recentEvents = new ArrayList<>();
    private final Gazetteer gazetteer;
    private final List<Mention> all;
    /** Set by {@link #resolve} when the mention it gives was taken up by anaphora, not named at the node. */
    private boolean anaphor;

    /** For one document: its gazetteer (for demonyms) and all its mentions. */
    DependencyRelations(Gazetteer gazetteer, List<Mention> all) {
        this.gazetteer = gazetteer;
        this.all = all;
    }

    static Set<EntityKind> subjectKinds(Predicate p) {
        return switch (p) {
            case PARTY, ISSUED_BY, ADOPTED_AT -> EnumSet.of(EntityKind.AGREEMENT);
            case DATE -> EnumSet.of(EntityKind.AGREEMENT, EntityKind.EVENT);
            case END_DATE, HOST, PARTICIPANT, IN_SERIES, ORDINAL -> EnumSet.of(EntityKind.EVENT);
            case LOCATION -> EnumSet.of(EntityKind.EVENT, EntityKind.AGREEMENT, EntityKind.ORGANIZATION);
            case PART_OF -> EnumSet.of(EntityKind.ORGANIZATION);
            case MEMBER_OF -> EnumSet.of(EntityKind.ORGANIZATION, EntityKind.COUNTRY);
            case LOCATED_IN -> EnumSet.of(EntityKind.PLACE);
            case AFFILIATION -> EnumSet.of(EntityKind.PERSON);
        };
    }

    static Set<EntityKind> objectKinds(Predicate p) {
        return switch (p) {
            case PARTY, ISSUED_BY, HOST, PARTICIPANT -> ACTORS;
            case ADOPTED_AT -> EnumSet.of(EntityKind.EVENT);
            case LOCATION, LOCATED_IN -> WHERE;
            case PART_OF, MEMBER_OF -> EnumSet.of(EntityKind.ORGANIZATION);
            case AFFILIATION -> EnumSet.of(EntityKind.ORGANIZATION, EntityKind.COUNTRY);
            case IN_SERIES -> EnumSet.of(EntityKind.EVENT_SERIES);
            case DATE, END_DATE, ORDINAL -> EnumSet.noneOf(EntityKind.class);
        };
    }

    /** Whether the object of {@code p} is a date rather than a mention. */
    static boolean dated(Predicate p) {
        return p == Predicate.DATE || p == Predicate.END_DATE;
    }

    private static Map<Predicate, List<RuleFile.Rule>> loadRules() {
        Map<Predicate, List<RuleFile.Rule>> rules = new EnumMap<>(Predicate.class);
        for (Predicate p : Predicate.values()) {
            if (p == Predicate.ORDINAL || p == Predicate.IN_SERIES) {
                continue;   // read off the mention itself ("the 43rd ASEAN Summit"), not from the parse
            }
            rules.put(p, RuleFile.load(p.localName() + ".rules"));
        }
        return rules;
    }

    /** The relations the rules find in one sentence. */
    List<Relation> find(SentenceView v) {
        if (v.sentence.dependencies().isEmpty()) {
            remember(v);
            return List.of();
        }
        SemanticGraph g = DependencyGraph.of(v.sentence, i -> classOrAnaphor(v, i));
        Map<String, Relation> out = new LinkedHashMap<>();
        for (Map.Entry<Predicate, List<RuleFile.Rule>> e : RULES.entrySet()) {
            Predicate p = e.getKey();
            for (RuleFile.Rule rule : e.getValue()) {
                SemgrexMatcher m = rule.pattern().matcher(g);
                while (m.find()) {
                    Relation r = relation(v, g, p, rule, m.getNode("s"), m.getNode("o"));
                    if (r != null) {
                        out.putIfAbsent(r.rule() + " " + r.subject() + " " + r.object() + " " + r.date(), r);
                    }
                }
            }
        }
        remember(v);
        return List.copyOf(out.values());
    }

    private Relation relation(SentenceView v, SemanticGraph g, Predicate p, RuleFile.Rule rule, IndexedWord sNode,
            IndexedWord oNode) {
        if (sNode == null || oNode == null) {
            return null;
        }
        anaphor = false;
        Mention s = resolve(v, sNode.index() - 1, subjectKinds(p), null);
        if (s == null) {
            return null;
        }
        boolean subjectTakenUp = anaphor;
        String name = p.localName() + "/" + rule.name();
        double confidence = rule.confidence();
        if (dated(p)) {
            DateMention d = dateAt(v, oNode.index() - 1);
            if (d == null || inDateline(v, d)) {
                return null;   // "LIMA, June 7, 2024 -- ...": the day of the report, not of what it reports
            }
            DateValue value = d.value();
            return subjectTakenUp
                    ? new Relation(s.id(), p, -1, value, v.sentence.index(), confidence * ANAPHORA, name + "+anaphora")
                    : new Relation(s.id(), p, -1, value, v.sentence.index(), confidence, name);
        }
        anaphor = false;
        Mention o = resolve(v, oNode.index() - 1, objectKinds(p), s);
        if (o == null && classAt(v, oNode.index() - 1).equals("O")) {
            o = apposed(v, g, oNode, objectKinds(p), s);
        }
        if (o == null || o.id() == s.id() || o.canonical().equals(s.canonical()) && o.kind() == s.kind()) {
            return null;
        }
        if (p == Predicate.LOCATION && o.sentence() == s.sentence() && o.tokenStart() >= s.tokenStart()
                && o.tokenEnd() <= s.tokenEnd() && !v.is(o.tokenStart() - 1, "to")
                && !(s.rule().startsWith("described:") && venue(v, o))) {
            return null;   // "the roundtable on energy for Africa": a place in the name is its topic ("a visit to X" aside)
        }
        if (subjectTakenUp || anaphor) {
            // an end taken up by "the forum", "it", "Mr. X": as sure as the anaphora, and marked (as the token rules)
            return new Relation(s.id(), p, o.id(), null, v.sentence.index(), confidence * ANAPHORA,
                    name + "+anaphora");
        }
        return new Relation(s.id(), p, o.id(), null, v.sentence.index(), confidence, name);
    }

    /**
     * The node's class, as {@link #classAt}; a definite noun outside any mention that takes up an agreement or event
     * ("the agreement", "the summit") has that class, so that every rule reads it as it reads a name.
     */
    private String classOrAnaphor(SentenceView v, int i) {
        String named = classAt(v, i);
        if (!named.equals("O")) {
            return named;
        }
        if (v.tok(i).text().equalsIgnoreCase("we")) {
            // "We adopted the plan" in the statement of a summit: the summit's leaders speak as the summit
            return documentEvent() != null ? EntityKind.EVENT.name() : named;
        }
        if (!v.tok(i).pos().startsWith("NN") && !v.tok(i).text().equalsIgnoreCase("it")) {
            return named;   // "It was launched on 24 March 2010" takes up the agreement of the sentence before
        }
        for (EntityKind kind : List.of(EntityKind.AGREEMENT, EntityKind.EVENT)) {
            if (resolve(v, i, EnumSet.of(kind), null) != null) {
                return kind.name();
            }
        }
        return named;
    }

    /** The innermost mention covering token {@code i}, for the node's {@code ner}: nodes of rules are heads. */
    static String classAt(SentenceView v, int i) {
        Mention best = null;
        for (Mention m : v.mentions) {
            if (i >= m.tokenStart() && i < m.tokenEnd() && (best == null || m.length() < best.length())) {
                best = m;
            }
        }
        if (best != null) {
            return best.kind().name();
        }
        return dateAt(v, i) != null ? "DATE" : "O";
    }

    /** Whether {@code d} is the date of a dateline that opens the sentence: places, the date, then a dash or colon. */
    private static boolean inDateline(SentenceView v, DateMention d) {
        if (d.tokenStart() == 0 || d.tokenStart() > 8) {
            return false;
        }
        for (int i = 0; i < d.tokenStart(); i++) {
            String c = classAt(v, i);
            if (!c.equals("PLACE") && !c.equals("COUNTRY") && Character.isLetterOrDigit(v.tok(i).text().codePointAt(0))) {
                return false;
            }
        }
        int k = d.tokenEnd();
        while (k < v.size() && v.is(k, ",")) {
            k++;
        }
        return k < v.size() && Set.of("--", "—", "–", "-", ":", "(").contains(v.tok(k).text());
    }

    private static DateMention dateAt(SentenceView v, int i) {
        for (DateMention d : v.dates) {
            if (i >= d.tokenStart() && i < d.tokenEnd()) {
                return d;
            }
        }
        return null;
    }

    /**
     * The mention of one of {@code kinds} at token {@code i} (outermost first, but not {@code other}: in "the Committee
     * of the Council" the council is the one nested), or the antecedent of a noun there.
     */
    private Mention resolve(SentenceView v, int i, Set<EntityKind> kinds, Mention other) {
        Mention best = null;
        for (Mention m : v.mentions) {
            if (i >= m.tokenStart() && i < m.tokenEnd() && kinds.contains(m.kind()) && m != other
                    && (best == null || m.length() > best.length())) {
                best = m;
            }
        }
        if (best != null) {
            return best;
        }
        for (Mention m : v.mentions) {
            if (i >= m.tokenStart() && i < m.tokenEnd() && m != other) {
                return null;   // inside a mention of another class
            }
        }
        anaphor = true;   // from here on, what the node gives is taken up, not named
        String w = v.tok(i).text().toLowerCase(Locale.ROOT);
        if (kinds.contains(EntityKind.COUNTRY)) {
            Mention country = demonym(w);
            if (country != null) {
                return country;
            }
        }
        if (kinds.contains(EntityKind.PERSON) && v.tok(i).pos().equals("NNP")) {
            Mention person = bySurname(v.tok(i).text());
            if (person != null) {
                return person;   // "Mr. Jin" after "Jin Liqun"
            }
        }
        if (w.equals("we") && kinds.contains(EntityKind.EVENT)) {
            return documentEvent();   // "We adopted the plan" in a chairman's statement of the summit
        }
        if (kinds.contains(EntityKind.EVENT) && GATHERED.contains(w) && v.tok(i).pos().startsWith("NN")
                && !v.isAny(i + 1, Set.of("of", "from")) && (i == 0 || !v.tok(i - 1).pos().matches("CD|PRP\\$|POS"))) {
            // "Ministers adopted the statement", "The leaders issued ...": those gathered at the meeting just
            // described speak as the meeting (not "ministers of X", "two leaders", "its delegates")
            return antecedent(v, recentEvents, EntityKind.EVENT, w, true, 2, i);
        }
        if (kinds.contains(EntityKind.AGREEMENT) && SIGNING_NOUNS.contains(w) && v.tok(i).pos().startsWith("NN")
                && !v.isAny(i + 1, Set.of("of")) && (i + 1 >= v.size() || !v.tok(i + 1).pos().startsWith("NN"))) {
            // "Austria became the 39th signatory", "The signing took place in Vienna": of the agreement just named
            return antecedent(v, recentAgreements, EntityKind.AGREEMENT, w, true, RECENCY, i);
        }
        if (kinds.contains(EntityKind.EVENT) && HOST_NOUNS.contains(w) && v.tok(i).pos().startsWith("NN")) {
            // "Brazil, as the host nation, ...": host of the meeting the text is about
            Mention e = antecedent(v, recentEvents, EntityKind.EVENT, w, true, RECENCY, i);
            return e != null ? e : documentEvent();
        }
        if (w.equals("it") && v.sentence.index() > 0) {
            Mention it = lastOf(kinds.contains(EntityKind.AGREEMENT) ? recentAgreements
                    : kinds.contains(EntityKind.EVENT) ? recentEvents : List.of(), v.sentence.index() - 1);
            if (it != null) {
                return it;   // "It was launched on 24 March 2010": the agreement or event of the sentence before
            }
        }
        if (!v.tok(i).pos().startsWith("NN") || !definite(v, i)) {
            return null;
        }
        if (kinds.contains(EntityKind.AGREEMENT) && PLURAL_AGREEMENT_NOUNS.contains(w)) {
            // "the deals", "the declarations": several documents, unless the latest agreement is named in the
            // plural ("the Abraham Accords")
            Mention a = antecedent(v, recentAgreements, EntityKind.AGREEMENT, w, true, 2 * RECENCY, i);
            return a != null && PLURAL_NAME.matcher(a.canonical()).find() ? a : null;
        }
        if (kinds.contains(EntityKind.AGREEMENT) && AGREEMENT_NOUNS.contains(w)) {
            // "the agreement" takes up the latest agreement a few sentences back; "the declaration" the latest of
            // that head noun further back (a paragraph's worth), as a reader would
            boolean any = ANY_AGREEMENT.contains(w);
            return antecedent(v, recentAgreements, EntityKind.AGREEMENT, w, any, any ? 2 * RECENCY : 3 * RECENCY, i);
        }
        if (kinds.contains(EntityKind.EVENT) && (Antecedents.EVENT_NOUNS.contains(w) || ANY_EVENT.contains(w))) {
            boolean capital = v.tok(i).isCapitalized() && i > 0;   // "the Meeting", "the Summit": the document's own
            Mention own = capital ? documentEvent() : null;
            if (own != null && (Names.key(own.canonical()).contains(w) || own.subtype().equals(w))) {
                return own;   // not the next summit the statement announces
            }
            return antecedent(v, recentEvents, EntityKind.EVENT, w, ANY_EVENT.contains(w),
                    capital ? Integer.MAX_VALUE : RECENCY, i);
        }
        return null;
    }

    /**
     * "under the chairmanship of His Highness X", "at the invitation of the Custodian of the Two Holy Mosques, King
     * X": for a rule whose object may be any word, a role noun stands for the one named in apposition to it.
     */
    private Mention apposed(SentenceView v, SemanticGraph g, IndexedWord node, Set<EntityKind> kinds, Mention other) {
        for (var edge : g.outgoingEdgeList(node)) {
            String rel = edge.getRelation().toString();
            if (!rel.equals("appos") && !rel.equals("dep")) {
                continue;   // the parser often leaves a name after a title word as "dep"
            }
            IndexedWord child = edge.getDependent();
            anaphor = false;
            Mention m = resolve(v, child.index() - 1, kinds, other);
            if (m != null && !anaphor) {
                return m;
            }
            anaphor = false;
        }
        return null;
    }

    /** "a ceremony at the White House": a place after "at (the)" inside a described occasion is its venue. */
    private static boolean venue(SentenceView v, Mention place) {
        int k = place.tokenStart() - 1;
        if (v.is(k, "the")) {
            k--;
        }
        return v.is(k, "at");
    }

    /** "the declaration", "this landmark agreement", "the two-day summit": a definite noun phrase ends at {@code i}. */
    private static boolean definite(SentenceView v, int i) {
        for (int k = i - 1; k >= 0 && i - k <= 4; k--) {
            if (v.isAny(k, Set.of("the", "this", "that", "these", "its", "their"))) {
                return true;
            }
            if (v.isAny(k, Set.of("next", "previous", "last", "following", "upcoming", "future", "past", "earlier",
                    "another", "other", "first", "second", "third", "new"))) {
                return false;   // "the next summit" is another one
            }
            if (!inNounPhrase(v, k)) {
                return false;
            }
        }
        return false;
    }

    /** Whether token {@code k} may stand before a head noun in its phrase: an adjective, noun, number or hyphen. */
    private static boolean inNounPhrase(SentenceView v, int k) {
        String pos = v.tok(k).pos();
        return pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("CD") || pos.equals("HYPH") || v.is(k, "-");
    }

    /** The person of the document whose name ends in {@code surname}, when only one does. */
    private Mention bySurname(String surname) {
        Mention found = null;
        for (Mention m : all) {
            if (m.kind() == EntityKind.PERSON && m.canonical().endsWith(" " + surname)) {
                if (found != null && !found.canonical().equals(m.canonical())) {
                    return null;
                }
                found = m;
            }
        }
        return found;
    }

    /** The document's own event: the first event named in its first sentences (its title or dateline). */
    private Mention documentEvent() {
        for (Mention m : all) {
            if (m.sentence() > RECENCY) {
                break;
            }
            if (m.kind() == EntityKind.EVENT) {
                return m;
            }
        }
        return null;
    }

    /** The only agreement or event of {@code recent} named in sentence {@code sentence}, or null. */
    private static Mention lastOf(List<Mention> recent, int sentence) {
        Mention found = null;
        for (Mention m : recent) {
            if (m.sentence() == sentence) {
                if (found != null && !found.canonical().equals(m.canonical())) {
                    return null;
                }
                found = m;
            }
        }
        return found;
    }

    /** "Chinese", "the Israelis": the country of the demonym, when the document names it. */
    private Mention demonym(String word) {
        var country = gazetteer.countryOfDemonym(word)
                .or(() -> word.endsWith("s") ? gazetteer.countryOfDemonym(word.substring(0, word.length() - 1))
                        : java.util.Optional.empty());
        if (country.isEmpty()) {
            return null;
        }
        for (Mention m : all) {
            if (m.kind() == EntityKind.COUNTRY && m.canonical().equals(country.get())) {
                return m;
            }
        }
        return null;
    }

    /** The latest mention (before token {@code i} of this sentence, or in the last few sentences) of that noun. */
    private static Mention antecedent(SentenceView v, List<Mention> recent, EntityKind kind, String noun,
            boolean any, int recency, int i) {
        String stem = noun.endsWith("s") && !noun.endsWith("ss") && !noun.equals("talks")
                ? noun.substring(0, noun.length() - 1) : noun;
        List<Mention> candidates = new ArrayList<>(recent);
        for (Mention m : v.mentions) {
            if (m.tokenEnd() <= i && m.kind() == kind) {
                candidates.add(m);
            }
        }
        boolean documentNoun = AGREEMENT_NOUNS.contains(noun) || PLURAL_AGREEMENT_NOUNS.contains(noun)
                || Antecedents.EVENT_NOUNS.contains(noun) || ANY_EVENT.contains(noun);
        List<String> modifiers = documentNoun ? nounModifiers(v, i, kind) : List.of();
        candidates.removeIf(m -> !modifiers.stream().allMatch(m.canonical().toLowerCase(Locale.ROOT)::contains));
        for (int k = candidates.size() - 1; k >= 0; k--) {
            Mention m = candidates.get(k);
            if (v.sentence.index() - m.sentence() > recency) {
                break;
            }
            String name = m.canonical().toLowerCase(Locale.ROOT);
            boolean mou = stem.equals("mou") && name.contains("memorandum");
            if (any || name.contains(stem) || mou || m.subtype().equalsIgnoreCase(stem)) {
                return m;
            }
        }
        if (any && kind == EntityKind.AGREEMENT && !candidates.isEmpty()
                && candidates.stream().map(Mention::canonical).distinct().count() == 1) {
            return candidates.get(candidates.size() - 1);   // the one agreement the document has named so far
        }
        return null;
    }

    /**
     * The naming words before the head noun at {@code i} in its noun phrase, lower case: an antecedent must name
     * them all ("the BRICS summit" is not the G7 summit named before; see {@link DescribedMentions#namingModifier}).
     */
    private static List<String> nounModifiers(SentenceView v, int i, EntityKind kind) {
        List<String> out = new ArrayList<>();
        for (int k = i - 1; k >= 0 && i - k <= 4 && inNounPhrase(v, k); k--) {
            if (!v.is(k + 1, "-") && !v.is(k - 1, "-")
                    && DescribedMentions.namingModifier(v.sentence.tokens(), k, v.mentions, v.sentence.index(), kind,
                        false)) {
                out.add(v.tok(k).text().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The sentence's agreements and events become the latest of their kind. */
    private void remember(SentenceView v) {
        for (Mention m : v.mentions) {
            if (m.kind() == EntityKind.AGREEMENT) {
                recentAgreements.add(m);
            } else if (m.kind() == EntityKind.EVENT) {
                recentEvents.add(m);
            }
        }
    }
}
