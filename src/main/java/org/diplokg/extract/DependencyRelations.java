package org.diplokg.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
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
    /** How much surer a fact is when an end was named than when it was taken up by anaphora. */
    private static final double ANAPHORA = 0.75;

    private final Anaphors anaphors;
    private final List<Mention> all;
    /** Set by {@link #resolve} when the mention it gives was taken up by anaphora, not named at the node. */
    private boolean anaphor;

    /** For one document: its gazetteer (for demonyms) and all its mentions. */
    DependencyRelations(Gazetteer gazetteer, List<Mention> all) {
        this.anaphors = new Anaphors(gazetteer, all);
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
            anaphors.remember(v);
            return List.of();
        }
        SemanticGraph g = DependencyGraph.of(v.sentence, i -> classOrAnaphor(v, i));
        OfficeAppositions.apply(g);   // "signed by the Minister for X and Y Affairs, Ana Ruiz, at ..."
        FrontedDates.apply(g);   // "In 2021 Chile and Peru signed ..."
        Reattachments.lift(g);
        Map<String, Relation> out = new LinkedHashMap<>();
        boolean respectively = Respectively.says(g);
        for (Map.Entry<Predicate, List<RuleFile.Rule>> e : RULES.entrySet()) {
            Predicate p = e.getKey();
            for (RuleFile.Rule rule : e.getValue()) {
                SemgrexMatcher m = rule.pattern().matcher(g);
                while (m.find()) {
                    if (respectively && p == Predicate.AFFILIATION && m.getNode("s") != null && m.getNode("o") != null
                            && !Respectively.paired(g, m.getNode("s"), m.getNode("o"))) {
                        continue;   // "A and B ... on behalf of X and Y, respectively": A is X's only
                    }
                    for (Relation r : relations(v, g, p, rule, m.getNode("s"), m.getNode("o"))) {
                        out.putIfAbsent(r.rule() + " " + r.subject() + " " + r.object() + " " + r.date(), r);
                    }
                }
            }
        }
        anaphors.remember(v);
        return List.copyOf(out.values());
    }

    /**
     * The rule's relation for one match; where its object is a counted group outside any mention ("signed by the two
     * countries", "the two cities"), one for each actor the group stands for ({@link CountedGroups}).
     */
    private List<Relation> relations(SentenceView v, SemanticGraph g, Predicate p, RuleFile.Rule rule,
            IndexedWord sNode, IndexedWord oNode) {
        Relation r = relation(v, g, p, rule, sNode, oNode);
        if (r != null || sNode == null || oNode == null || dated(p) || !classAt(v, oNode.index() - 1).equals("O")) {
            return r == null ? List.of() : List.of(r);
        }
        List<Mention> group = CountedGroups.of(v, oNode.index() - 1, objectKinds(p), all);
        if (group.isEmpty()) {
            return List.of();
        }
        anaphor = false;
        Mention s = resolve(v, standsFor(v, g, sNode).index() - 1, subjectKinds(p), null);
        if (s == null) {
            return List.of();
        }
        List<Relation> out = new ArrayList<>();
        for (Mention o : group) {
            if (o.id() != s.id()) {
                out.add(new Relation(s.id(), p, o.id(), null, v.sentence.index(), rule.confidence() * ANAPHORA,
                        p.localName() + "/" + rule.name() + "+group"));
            }
        }
        return out;
    }

    private Relation relation(SentenceView v, SemanticGraph g, Predicate p, RuleFile.Rule rule, IndexedWord sNode,
            IndexedWord oNode) {
        if (sNode == null || oNode == null) {
            return null;
        }
        anaphor = false;
        sNode = standsFor(v, g, sNode);
        Mention s = resolve(v, sNode.index() - 1, subjectKinds(p), null);
        if (s == null) {
            return null;
        }
        boolean subjectTakenUp = anaphor;
        String name = p.localName() + "/" + rule.name();
        double confidence = rule.confidence();
        if (dated(p)) {
            DateMention d = dateAt(v, oNode.index() - 1);
            DateValue value = d != null ? d.value() : bareYear(oNode);
            if (value == null || d != null && inDateline(v, d)) {
                return null;   // "LIMA, June 7, 2024 -- ...": the day of the report, not of what it reports
            }
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
                && !(s.rule().startsWith("described:") && venue(v, o)) && !namedAfterCity(s, o, sNode)) {
            return null;   // "the roundtable on energy for Africa": a place in the name is its topic ("a visit to X" aside)
        }
        if (p == Predicate.LOCATION && subjectTakenUp && o.sentence() == v.sentence.index()
                && o.tokenEnd() == sNode.index() - 1) {
            return null;   // "the Abuja meeting": the city picks out a meeting, and which one is taken up is a guess
        }
        if (subjectTakenUp || anaphor) {
            // an end taken up by "the forum", "it", "Mr. X": as sure as the anaphora, and marked (as the token rules)
            return new Relation(s.id(), p, o.id(), null, v.sentence.index(), confidence * ANAPHORA,
                    name + "+anaphora");
        }
        return new Relation(s.id(), p, o.id(), null, v.sentence.index(), confidence, name);
    }

    /**
     * A year the tagger took for a number ("a 2011 fisheries agreement": NUMBER, not DATE), for a rule whose object
     * is the year word itself; null for any other word.
     */
    private static DateValue bareYear(IndexedWord node) {
        return node.tag().equals("CD") && node.word().matches("(?:19|20)\\d\\d")
                ? DateValue.parse(node.word()).orElse(null) : null;
    }

    /** Verbs that give a noun its name: "the accord, known as the Quito Protocol". */
    private static final Set<String> NAMING_VERBS = Set.of("know", "call", "dub", "name", "title", "entitle");

    /**
     * The word a noun outside any mention stands for: the subject of a copula ("The Andean Water Accord is a treaty
     * signed by ...": the treaty is the accord) or the name given to it ("The accord, known as the Quito Protocol,
     * was signed ..."). Otherwise the node itself.
     */
    private static IndexedWord standsFor(SentenceView v, SemanticGraph g, IndexedWord node) {
        if (!classAt(v, node.index() - 1).equals("O") || !node.tag().startsWith("NN")) {
            return node;
        }
        IndexedWord subject = null;
        boolean copula = false;
        for (var edge : g.outgoingEdgeList(node)) {
            String rel = edge.getRelation().toString();
            IndexedWord child = edge.getDependent();
            if (rel.equals("cop")) {
                copula = true;
            } else if (rel.equals("nsubj")) {
                subject = child;
            } else if (rel.equals("acl") && NAMING_VERBS.contains(child.lemma())) {
                for (var named : g.outgoingEdgeList(child)) {
                    String r = named.getRelation().toString();
                    if ((r.equals("obl:as") || r.equals("xcomp") || r.equals("obj"))
                            && !classAt(v, named.getDependent().index() - 1).equals("O")) {
                        return named.getDependent();
                    }
                }
            }
        }
        return copula && subject != null && !classAt(v, subject.index() - 1).equals("O") ? subject : node;
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
            return anaphors.documentEvent() != null ? EntityKind.EVENT.name() : named;
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
        return anaphors.takeUp(v, i, kinds);
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
        // "the Custodian of the Two Holy Mosques, King X, ...": the parser may leave the name loose; a person named
        // right after the role's phrase and a comma is the one it stands for
        int end = node.index();
        for (IndexedWord d : g.descendants(node)) {
            end = Math.max(end, d.index());
        }
        if (v.is(end, ",")) {
            for (Mention m : v.mentions) {
                if (m.kind() == EntityKind.PERSON && kinds.contains(m.kind()) && m.tokenStart() > end
                        && m.tokenStart() <= end + 4 && titlesOnly(v, end + 1, m.tokenStart())) {
                    return m;   // "..., King X": a title before the name
                }
            }
        }
        return null;
    }

    /** Whether tokens {@code from} to {@code to} (exclusive) are all capitalised words: "His Majesty King". */
    private static boolean titlesOnly(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!v.tok(k).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the 2022 Bali summit", "the Doha talks": a city or province right before a meeting's head noun names where it
     * met (a region or a country there is its topic or its members: "the Central Asia summit", "the Kazakhstan-Qatar
     * Business Forum").
     */
    private static boolean namedAfterCity(Mention event, Mention place, IndexedWord head) {
        return event.kind() == EntityKind.EVENT && place.kind() == EntityKind.PLACE && !place.subtype().equals("region")
                && place.tokenEnd() == head.index() - 1 && head.tag().startsWith("NN");
    }

    /** "a ceremony at the White House": a place after "at (the)" inside a described occasion is its venue. */
    private static boolean venue(SentenceView v, Mention place) {
        int k = place.tokenStart() - 1;
        if (v.is(k, "the")) {
            k--;
        }
        return v.is(k, "at");
    }
}
