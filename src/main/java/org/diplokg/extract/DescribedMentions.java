package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import org.diplokg.nlp.DependencyGraph;
import org.diplokg.nlp.Sentence;
import org.diplokg.nlp.Token;

/**
 * Agreements and events the text describes rather than titles ("a memorandum of understanding on fisheries
 * cooperation", "the joint communiqué", "talks between the two delegations"), made mentions where the sentence makes
 * them specific: the rules of {@code described-agreements.rules} and {@code described-events.rules} name the head
 * noun {@code m} in such a place (the object of "signed", the subject of "was held" ...). The mention spans the head
 * with its modifiers and its "on/of/for/between ..." complements, without determiners, relative clauses or
 * appositions. A definite head with no modifier that takes up an agreement or event named before ("the agreement")
 * is left to anaphora.
 */
final class DescribedMentions {
    static final List<RuleFile.Rule> AGREEMENT_RULES = RuleFile.load("described-agreements.rules");
    static final List<RuleFile.Rule> EVENT_RULES = RuleFile.load("described-events.rules");
    /** Dependents of the head that belong to the name. */
    private static final Set<String> LEFT = Set.of("amod", "compound", "nummod");
    /** Prepositions whose complement is part of the description ("on fisheries", "between A and B"). */
    private static final Set<String> COMPLEMENTS = Set.of("nmod:on", "nmod:of", "nmod:for", "nmod:between",
            "nmod:among", "nmod:to", "nmod:concerning", "nmod:regarding", "nmod:with", "nmod:in", "nmod:against",
            "nmod:about", "nmod:under", "nmod:in_field_of", "nmod:in_area_of", "nmod:at", "nmod:of_x");
    /** Inside a complement, what stops the span: clauses, appositions, lists of other things. */
    private static final Set<String> GERUND_COMPLEMENTS = Set.of("acl:on", "acl:for", "acl:about", "acl:regarding",
            "acl:concerning");
    private static final Set<String> STOP = Set.of("acl:relcl", "appos", "parataxis", "advcl", "ref", "acl",
            "nsubj:xsubj");   // "a loan and a grant to upgrade roads": the infinitive's raised subjects are not in it
    private static final int MAX_TOKENS = 45;
    /** Adjectives that describe the occasion, not name it. */
    private static final Set<String> PASSING = Set.of("separate", "recent", "historic", "successful", "important",
            "latest", "upcoming", "productive", "fruitful", "new", "further", "several", "various",
            "such", "same", "other", "this", "that", "last", "next", "previous", "following");

    private DescribedMentions() {
    }

    /**
     * The described agreements and events of one sentence that no mention covers yet, with ids from
     * {@code nextId} on.
     */
    static List<Mention> find(Sentence s, List<Mention> mentions, String text, int nextId) {
        List<Mention> out = new ArrayList<>();
        if (s.dependencies().isEmpty()) {
            return out;
        }
        SemanticGraph g = DependencyGraph.of(s, i -> NamingModifiers.classAt(mentions, s.index(), s.tokens(), i));
        Reattachments.lift(g);   // "signed by X and Y at a ceremony in Doha": the ceremony is the verb's occasion
        for (var rules : List.of(Map.entry(EntityKind.AGREEMENT, AGREEMENT_RULES),
                Map.entry(EntityKind.EVENT, EVENT_RULES))) {
            for (RuleFile.Rule rule : rules.getValue()) {
                SemgrexMatcher m = rule.pattern().matcher(g);
                while (m.find()) {
                    IndexedWord head = m.getNode("m");
                    if (head == null || covered(out, s.index(), head.index() - 1)) {
                        continue;
                    }
                    Mention titled = coveringMention(mentions, s.index(), head.index() - 1);
                    boolean nerBody = titled != null && titled.kind() == EntityKind.ORGANIZATION
                            && titled.rule().equals("ner") && rules.getKey() == EntityKind.AGREEMENT;
                    if (titled != null && !(titled.kind() == rules.getKey() && generic(titled)) && !nerBody) {
                        continue;
                    }
                    Mention found = mention(s, g, head, rules.getKey(), rule, text, nextId + out.size(), mentions);
                    if (found != null) {
                        out.add(found);
                    }
                }
            }
        }
        return out;
    }

    private static Mention mention(Sentence s, SemanticGraph g, IndexedWord head, EntityKind kind,
            RuleFile.Rule rule, String text, int id, List<Mention> mentions) {
        if (participle(s, g, head)) {
            return null;
        }
        TreeSet<Integer> span = new TreeSet<>();
        span.add(head.index() - 1);
        boolean modified = false;
        boolean complemented = false;
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            String rel = e.getRelation().toString();
            int dep = e.getDependent().index() - 1;
            if ((rel.equals("amod") || rel.equals("compound") || rel.equals("nummod")) && passing(g, e.getDependent())) {
                continue;   // "separate signing ceremonies", "a three-day visit": a passing description, not the name
            }
            if (dep < head.index() - 1 && (LEFT.contains(rel) && !rel.equals("case") && !rel.equals("punct"))) {
                addSubtree(g, e.getDependent(), span, Set.of("acl:relcl", "appos", "conj"), null);
                modified = true;
            } else if (dep == head.index() && rel.equals("nummod") && Character.isUpperCase(head.word().codePointAt(0))
                    && e.getDependent().word().matches("(19|20)\\d\\d")) {
                span.add(dep);   // "the Arctic Climate Change Update 2021": a title's year is in its name
                modified = true;   // "Agenda 2063": a capitalised document word and its year are a title
            } else if (dep == head.index() && rel.equals("nummod")
                    && NUMBERED.contains(head.word().toLowerCase(Locale.ROOT))
                    && e.getDependent().word().matches("\\d[\\d/.-]*")) {
                span.add(dep);   // "resolution 2712": the number names the one resolution
                modified = true;
            } else if (dep > head.index() - 1 && (COMPLEMENTS.contains(rel) && describes(kind, rel, e.getDependent())
                    || rel.equals("acl") && hasMark(g, e.getDependent(), "to")
                    // "a visit marking 50 years of ...", "a protocol setting out the work plan", "an agreement
                    // waiving visa requirements", "a resolution endorsing the X Plan": what it does names it
                    // (not after a comma: "the work programme, committing to ...", says what was done with it)
                    || rel.equals("acl") && "VBG".equals(e.getDependent().tag()) && dep > 0
                        && !s.token(dep - 1).text().equals(",")
                    // "a protocol on extending the agreement", "an agreement on establishing a fund"
                    || GERUND_COMPLEMENTS.contains(rel) && kind == EntityKind.AGREEMENT
                        && "VBG".equals(e.getDependent().tag()))) {
                addSubtree(g, e.getDependent(), span, STOP, kind);
                modified = true;
                complemented = true;
            }
        }
        int h = head.index() - 1;
        IndexedWord infinitive = kind == EntityKind.AGREEMENT && !complemented ? raisedInfinitive(g, head) : null;
        if (infinitive != null) {
            // "reached an agreement to resume relations": the parser hangs the infinitive on the verb, but it
            // says what was agreed
            addSubtree(g, infinitive, span, STOP, kind);
            modified = true;
            complemented = true;
        }
        if (kind == EntityKind.EVENT && span.first() == h && contiguousEnd(span, h) == h) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
                String rel = e.getRelation().toString();
                String ner = e.getDependent().ner() == null ? "O" : e.getDependent().ner();
                if (rel.equals("nmod:at") && ner.equals("PLACE")
                        && e.getDependent().index() > head.index()) {
                    // "a ceremony at the White House": for a bare occasion, the venue it was at names it ("the
                    // summit in Rio" stays a summit held in Rio)
                    addSubtree(g, e.getDependent(), span, STOP, null);
                    modified = true;
                    complemented = true;
                    break;
                }
                if (rel.equals("nmod:in") && (ner.equals("PLACE") || ner.equals("COUNTRY")) && !definite(g, head)
                        && e.getDependent().index() > head.index() && !CONVERSATION.contains(head.lemma())) {
                    // "signed at a ceremony in Manila": the place makes a bare occasion one occasion; it stays
                    // where it was held, and names it only as a described event's qualifier. Not "held talks in
                    // the Kremlin": talks are what a visit is made of, not an occasion of their own
                    modified = true;
                }
            }
        }
        String lemma = head.lemma() == null ? "" : head.lemma().toLowerCase(Locale.ROOT);
        if (!modified && kind == EntityKind.EVENT && SigningOccasions.signedAt(g, head)) {
            modified = true;   // "signed the Convention at the ceremony": that signing's ceremony
        }
        if (!modified && !SELF_SPECIFIC.contains(lemma)) {
            return null;   // "an agreement", "the meeting": too vague to be an entity of its own
        }
        if (head.tag().startsWith("NNS") && !PLURAL_NAMES.contains(lemma)) {
            return null;   // "deals between the nations", "four meetings", "dialogues on X": several, not one
        }
        Mention owner = null;
        boolean times = lemma.equals("time");   // "the X Commission met for the third time": its third meeting
        if (times) {
            owner = MeetingOwners.owner(s, g, head, mentions);
            if (owner == null || kind != EntityKind.EVENT) {
                return null;
            }
        } else if (!complemented && kind == EntityKind.EVENT && MeetingOwners.possessedByPronoun(g, head)) {
            // "the commission held its fourth meeting": an instance of the body's meetings, named after the body
            owner = MeetingOwners.owner(s, g, head, mentions);
            if (owner == null) {
                return null;
            }
        }
        if (!complemented && definite(g, head) && NamingModifiers.namedBefore(mentions, s.index(), kind, lemma,
                NamingModifiers.of(s, span, head.index() - 1, mentions, kind))) {
            return null;   // "the memorandum was signed by ...", "the opening ceremony": the one named before
        }
        if (kind == EntityKind.AGREEMENT && !head.tag().startsWith("NNP") && !determined(g, head)) {
            return null;   // "failed to reach agreement on a candidate": agreement as a state, not a document
        }
        for (Mention m : mentions) {
            // a title the parser saw as its head word alone comes whole ("the signing ceremony of the X Agreement")
            if (m.sentence() == s.index() && m.length() > 1 && span.stream().anyMatch(i -> i >= m.tokenStart()
                    && i < m.tokenEnd())) {
                for (int i = m.tokenStart(); i < m.tokenEnd(); i++) {
                    span.add(i);
                }
            }
        }
        int first = span.first();
        int last = contiguousEnd(span, head.index() - 1);
        while (first < last && skippable(s.token(first))) {
            first++;
        }
        while (last > first && skippable(s.token(last))) {
            last--;
        }
        if (last - first + 1 > MAX_TOKENS) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.sentence() == s.index() && (m.tokenStart() < first && m.tokenEnd() > first
                    || m.tokenStart() <= last && m.tokenEnd() > last + 1)) {
                return null;   // would cut through another mention
            }
            if (m.sentence() == s.index() && m.kind() == kind && generic(m) && m.tokenStart() == first
                    && m.tokenEnd() == last + 1) {
                return null;   // the generic title is all there is: nothing more specific to say
            }
        }
        Token a = s.token(first);
        Token b = s.token(last);
        String surface = text.substring(a.begin(), b.end());
        String subtype = lemma.equals("mou") ? "memorandum" : lemma;
        int ordinal = 0;
        String series = "";
        Ordinals.Span o = kind == EntityKind.EVENT ? Ordinals.ordinalAt(s.tokens(), first) : null;
        if (o != null && o.end() <= last) {
            // "the 41st ordinary meeting of the X Council": an instance, numbered like a titled one
            ordinal = o.value();
            series = Names.clean(text.substring(s.token(o.end()).begin(), b.end()));
        }
        String name = Names.clean(surface);
        if (owner != null) {
            if (ordinal == 0) {
                return null;   // "its meeting", "its annual meeting": no one occasion is named
            }
            if (times) {
                name = Names.clean(text.substring(a.begin(), s.token(o.end() - 1).end())) + " meeting";
                series = "meeting";
                subtype = "meeting";
            }
            name = name + " of the " + owner.canonical();
            series = series + " of the " + owner.canonical();
        }
        return new Mention(id, kind, subtype, surface, name, s.index(), first, last + 1, a.begin(),
                b.end(), ordinal, series, rule.confidence(), "described:" + rule.name());
    }

    /** Heads specific enough alone once the sentence says who agreed them: "the joint communiqué was issued". */
    private static final Set<String> SELF_SPECIFIC = Set.of("communiqué", "communique", "mou", "memorandum",
            "ceasefire", "truce", "armistice", "talks");

    /** Heads of conversation, not of an occasion: "held talks in the Kremlin". */
    private static final Set<String> CONVERSATION = Set.of("talk", "talks", "consultation", "consultations",
            "negotiation", "negotiations", "dialogue", "discussion", "discussions");

    /** Plural heads that name one document: "the Abraham Accords", "the Regulations on customs". */
    private static final Set<String> PLURAL_NAMES = Set.of("accord", "accords", "regulation", "regulations",
            "guideline", "guidelines", "principle", "principles", "minutes", "conclusions", "talk", "talks",
            "consultation", "consultations", "ceremonies");

    /**
     * "Member States meeting at the Assembly on Tuesday adopted ...", "ministers meeting in Oslo agreed ...": the
     * tagger's noun "meeting" after a plural, with no article or owner and a preposition after it, is the verb of
     * those who met, not a meeting of its own (the one after the preposition is).
     */
    private static boolean participle(Sentence s, SemanticGraph g, IndexedWord head) {
        int h = head.index() - 1;
        if (!head.word().equals("meeting") || h < 1 || h + 1 >= s.size()) {
            return false;
        }
        String before = s.token(h - 1).pos();
        boolean plural = before.equals("NNS") || before.equals("NNPS")
                || before.equals("NNP") && s.token(h - 1).text().endsWith("s");   // "Member States" as a name
        return plural && s.token(h + 1).pos().equals("IN")
                && g.outgoingEdgeList(head).stream().noneMatch(e -> e.getRelation().toString().equals("det")
                    || e.getRelation().toString().equals("nmod:poss"));
    }

    private static boolean definite(SemanticGraph g, IndexedWord head) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            if (e.getRelation().toString().equals("det")
                    && Set.of("the", "this", "that").contains(e.getDependent().word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Heads a number after them names: "resolution 2712", "decision 5/2". */
    static final Set<String> NUMBERED = Set.of("resolution", "decision", "directive", "regulation");

    private static boolean determined(SemanticGraph g, IndexedWord head) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            String rel = e.getRelation().toString();
            if (rel.equals("det") || rel.equals("nmod:poss") || rel.startsWith("det:") || rel.equals("amod")
                    || rel.equals("compound") || rel.equals("nummod")) {
                return true;
            }
        }
        return g.getParent(head) == null;   // a heading or a list item: "Memorandum of understanding on X;"
    }

    /**
     * A modifier that describes the occasion rather than names it: "separate", "recent", "three-day", "two-week",
     * "his" (the possessor is a participant, not part of the name).
     */
    private static boolean passing(SemanticGraph g, IndexedWord w) {
        String word = w.word().toLowerCase(Locale.ROOT);
        if (PASSING.contains(word) || word.matches("\\w+-(day|week|month|hour)s?|(day|week)-long")) {
            return true;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String dep = e.getDependent().word().toLowerCase(Locale.ROOT);
            if (dep.equals("day") || dep.equals("days") || dep.equals("week") || dep.equals("very")) {
                return true;   // "three day official visit" parsed with "day" under the number; "very first"
            }
        }
        return word.equals("day") || word.equals("days");
    }

    /** Nouns of time and occasion: "the declaration on the first day", "the deal on the sidelines". */
    private static final Set<String> CIRCUMSTANCE = Set.of("day", "week", "month", "year", "time", "occasion",
            "sideline", "sidelines", "margin", "margins", "behalf", "conclusion", "end", "eve", "anniversary",
            "weekend", "morning", "afternoon", "evening", "night", "basis", "part", "course", "side", "invitation",
            "request", "presence", "auspices", "chairmanship", "presidency");

    /** Nouns of places in common words. */
    private static final Set<String> PLACE_NOUNS = Set.of("capital", "city", "town", "village", "province", "region",
            "port", "island", "state", "country");

    /**
     * Whether a complement is part of what the agreement or event is: "on fisheries", "between A and B", "of the
     * council" are; where and when it happened ("in Rio", "at the palace", "on Monday") are relations, not name.
     */
    private static boolean circumstance(IndexedWord dep) {
        String lemma = dep.lemma() == null ? "" : dep.lemma().toLowerCase(Locale.ROOT);
        return CIRCUMSTANCE.contains(lemma) || "DATE".equals(dep.ner());
    }

    private static boolean describes(EntityKind kind, String rel, IndexedWord dep) {
        String ner = dep.ner() == null ? "O" : dep.ner();
        String lemma = dep.lemma() == null ? "" : dep.lemma().toLowerCase(Locale.ROOT);
        if (circumstance(dep)) {
            return false;
        }
        if ((rel.equals("nmod:in") || rel.equals("nmod:at")) && PLACE_NOUNS.contains(lemma)) {
            return false;   // "in the Saudi capital", "at the headquarters": a place said in common words is where
        }
        if (rel.equals("nmod:at") && (ner.equals("EVENT") || ner.equals("EVENT_SERIES"))) {
            return false;   // "negotiations on a trade agreement at the X Summit": the occasion is a relation
        }
        if (kind == EntityKind.EVENT && (rel.equals("nmod:with") || rel.equals("nmod:in") || rel.equals("nmod:at"))
                && !ner.equals("O")) {
            return false;   // "talks with President X", "the summit in Rio": participants and places are relations
        }
        if ((ner.equals("PLACE") || ner.equals("COUNTRY")) && !rel.equals("nmod:between") && !rel.equals("nmod:among")
                && !rel.equals("nmod:with") && !(kind == EntityKind.EVENT && rel.equals("nmod:to"))) {
            return false;   // "the summit of Xi'an" is where; "a visit to Ethiopia" stays a visit to it
        }
        return true;
    }

    private static boolean skippable(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return t.pos().equals("DT") || t.pos().equals("PRP$") || t.pos().equals(",") || t.pos().equals(":")
                || t.pos().equals("CC") || t.pos().equals("IN") || t.pos().equals("TO") || w.equals("\"")
                || w.equals("“") || w.equals("”") || w.equals("(") || w.equals(")") || t.pos().equals(".");
    }

    /**
     * The infinitive that follows the head right after and has it as its controlled subject ({@code nsubj:xsubj}):
     * "an agreement | to resume nuclear cooperation"; null when none.
     */
    private static IndexedWord raisedInfinitive(SemanticGraph g, IndexedWord head) {
        if (g.incomingEdgeList(head).stream().anyMatch(e -> e.getRelation().toString().startsWith("conj"))
                || g.outgoingEdgeList(head).stream().anyMatch(e -> e.getRelation().toString().startsWith("conj"))) {
            return null;   // "signed a loan and a grant to upgrade roads": the purpose is both's, in neither name
        }
        for (SemanticGraphEdge e : g.incomingEdgeList(head)) {
            IndexedWord verb = e.getGovernor();
            if (e.getRelation().toString().equals("nsubj:xsubj") && verb.index() == head.index() + 2
                    && hasMark(g, verb, "to")) {
                return verb;
            }
        }
        return null;
    }

    private static boolean hasMark(SemanticGraph g, IndexedWord w, String mark) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            if (e.getRelation().toString().equals("mark") && e.getDependent().word().equalsIgnoreCase(mark)) {
                return true;
            }
        }
        return false;
    }

    /** Relations the parser names after an occasion's noun: "on the sidelines of", "on the margins of", ... */
    private static final java.util.regex.Pattern OCCASION_RELATIONS = java.util.regex.Pattern.compile(
            "(?:nmod|obl):(?:on_sidelines_of|on_margins_of|on_occasion_of|at_conclusion_of|in_course_of|on_eve_of"
            + "|at_margins_of|at_sidelines_of|on_side_of|in_presence_of)");

    /**
     * Adds {@code w} and what hangs on it, but not along {@code stop}; for a complement of the description
     * ({@code kind} given), not its circumstances either: the parser may hang "on the margins of the X Forum in
     * Almaty on Tuesday" on the description's last noun, but when and at what occasion it was signed is no part of
     * what the document is. (Places stay: "for sustainable development in Africa" is a topic.)
     */
    private static void addSubtree(SemanticGraph g, IndexedWord w, Set<Integer> span, Set<String> stop,
            EntityKind kind) {
        if (!span.add(w.index() - 1) || span.size() > MAX_TOKENS * 2) {
            return;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            boolean infinitive = rel.equals("acl") && hasMark(g, e.getDependent(), "to");
            if (bracketed(g, e.getDependent())) {
                continue;   // "a memorandum of understanding (MoU)": the short form in brackets is no part of the name
            }
            if (kind != null && ((rel.startsWith("nmod:") || rel.startsWith("obl")) && circumstance(e.getDependent())
                    || OCCASION_RELATIONS.matcher(rel).matches())) {
                continue;   // "an agreement to protect the Amazon on the sidelines of the X summit": when, not what
            }
            if (!stop.contains(rel) && !rel.startsWith("conj") || infinitive || rel.startsWith("conj")
                    && e.getDependent().index() > w.index()) {
                addSubtree(g, e.getDependent(), span, stop, kind);
            }
        }
    }

    /** Whether {@code w} is a bracket, or a word right after an opening bracket. */
    private static boolean bracketed(SemanticGraph g, IndexedWord w) {
        if (w.word().equals("(") || w.word().equals(")")) {
            return true;
        }
        IndexedWord before = g.getNodeByIndexSafe(w.index() - 1);
        return before != null && before.word().equals("(");
    }

    /** The last token of the run of span tokens that holds the head (gaps of one token are bridged). */
    private static int contiguousEnd(TreeSet<Integer> span, int head) {
        int last = head;
        while (span.contains(last + 1) || span.contains(last + 2) && !span.isEmpty() && last + 2 <= span.last()) {
            last = span.contains(last + 1) ? last + 1 : last + 2;
        }
        return last;
    }

    /** Titles that name only a kind of document: "Memorandum of Understanding", "Joint Statement". */
    private static final Set<String> GENERIC = Set.of("memorandum of understanding", "mou", "memorandum",
            "agreement", "joint statement", "joint declaration", "declaration", "communiqué", "communique",
            "joint communiqué", "joint communique", "framework agreement", "cooperation agreement", "treaty",
            "convention", "protocol", "action plan", "plan of action", "work plan", "roadmap", "statement",
            "final communiqué", "final communique", "summit", "meeting", "conference", "forum", "signing ceremony");

    /** Whether a titled mention is only a generic title, which a described mention of its head may extend. */
    static boolean generic(Mention m) {
        return GENERIC.contains(Names.clean(m.text()).toLowerCase(Locale.ROOT).replaceFirst("^the ", ""));
    }

    static Mention coveringMention(List<Mention> mentions, int sentence, int i) {
        for (Mention m : mentions) {
            if (m.sentence() == sentence && i >= m.tokenStart() && i < m.tokenEnd()) {
                return m;
            }
        }
        return null;
    }

    private static boolean covered(List<Mention> mentions, int sentence, int i) {
        for (Mention m : mentions) {
            if (m.sentence() == sentence && i >= m.tokenStart() && i < m.tokenEnd()) {
                return true;
            }
        }
        return false;
    }
}
