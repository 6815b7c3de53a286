package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;

/**
 * Gives a verb the circumstances the parser hung on one of its actors. In "The MoU was signed by Minister X and his
 * counterpart Y, on the sidelines of the Z Summit, on Saturday" or "Ministers of A and B on Saturday signed ...",
 * the parser often attaches "on the sidelines of ...", "at the ceremony", "on Saturday" to the nearest noun, the
 * signer, as {@code nmod:on}; a person or a country has no such modifier of its own, so it is the verb's. The edge
 * is copied to the verb as {@code obl:X} (the noun keeps its own), so every rule that reads a verb's {@code obl}
 * reads it: one general repair instead of a variant of each rule. A headline's comma list of subjects is repaired so
 * too ({@link #listedSubjects}), and so is a signing's "of" complement set off by an aside
 * ({@link #interruptedComplements}).
 */
final class Reattachments {
    /** The verb's arguments that are actors. */
    private static final Set<String> ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obl:agent", "obj");
    /** Actor classes (the {@code ner} of a node: the class of the mention it is in). */
    private static final Set<String> ACTORS = Set.of("PERSON", "COUNTRY", "ORGANIZATION");
    /** Words for those who sign, outside any mention: "Foreign ministers of A and B on Saturday signed ...". */
    private static final Set<String> ROLES = Set.of("minister", "president", "counterpart", "leader", "ambassador",
            "representative", "delegation", "official", "secretary", "envoy", "chancellor", "premier", "head",
            "chief", "governor", "mayor", "director", "chairman", "chairperson", "commissioner", "side", "king");
    /** Circumstances: where, when, at what occasion. Not "of" ("ministers of Somalia"), nor "from", "for". */
    private static final Set<String> CIRCUMSTANCES = Set.of("nmod:on", "nmod:at", "nmod:during", "nmod:in",
            "nmod:tmod", "obl:tmod", "nmod:on_sidelines_of", "nmod:on_margins_of", "nmod:in_course_of",
            "nmod:on_occasion_of", "nmod:at_conclusion_of");
    /** What a circumstance names: a date, an occasion or a place (or a noun such as "the sidelines of" one). */
    private static final Set<String> CIRCUMSTANCE_CLASSES = Set.of("DATE", "EVENT", "EVENT_SERIES", "PLACE");
    private static final Set<String> OCCASION_NOUNS = Set.of("sideline", "sidelines", "margin", "margins",
            "conclusion", "end", "occasion", "close", "opening", "ceremony", "eve");

    private Reattachments() {
    }

    /**
     * A headline lists its subjects with commas ("Kyrgyzstan, Tajikistan sign border treaty"), which the parser reads
     * as the first name governing the verb ({@code dep}, {@code parataxis}) or as an apposition of the subject: each
     * country or body in the list is a subject of the verb.
     */
    private static List<SemanticGraphEdge> listedSubjects(SemanticGraph g) {
        List<SemanticGraphEdge> out = new ArrayList<>();
        GrammaticalRelation nsubj = GrammaticalRelation.valueOf(Language.UniversalEnglish, "nsubj");
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            String rel = e.getRelation().toString();
            IndexedWord gov = e.getGovernor();
            IndexedWord dep = e.getDependent();
            if (rel.equals("nsubj") && gov.tag().startsWith("VB") && LISTED.contains(dep.ner())) {
                for (SemanticGraphEdge a : g.outgoingEdgeList(dep)) {
                    IndexedWord other = a.getDependent();
                    if (a.getRelation().toString().equals("appos") && LISTED.contains(other.ner())
                            && g.getEdge(gov, other) == null) {
                        out.add(new SemanticGraphEdge(gov, other, nsubj, 1.0, false));   // "A, B sign ..."
                    }
                }
            } else if ((rel.equals("dep") || rel.equals("parataxis")) && dep.tag().startsWith("VB")
                    && LISTED.contains(gov.ner())
                    && gov.index() < dep.index() && g.getEdge(dep, gov) == null
                    && g.outgoingEdgeList(dep).stream().anyMatch(x -> x.getRelation().toString().equals("nsubj")
                        && LISTED.contains(x.getDependent().ner()) && x.getDependent().index() > gov.index())
                    && g.outgoingEdgeList(gov).stream().anyMatch(x -> x.getDependent().word().equals(","))) {
                out.add(new SemanticGraphEdge(dep, gov, nsubj, 1.0, false));
            }
        }
        return out;
    }

    /**
     * "X co-chaired the Meeting with his counterpart Y, during which the plan was adopted": the parser may take the
     * nearest noun, a person, as what "during which" (or "at which") stands for. Only an occasion has a during: the
     * relative is given to the event named last before it in the sentence.
     */
    private static List<SemanticGraphEdge> occasionRelatives(SemanticGraph g) {
        List<SemanticGraphEdge> out = new ArrayList<>();
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            String rel = e.getRelation().toString();
            IndexedWord wrong = e.getDependent();
            if (!(rel.equals("obl:during") || rel.equals("obl:at")) || "EVENT".equals(wrong.ner())
                    || g.outgoingEdgeList(wrong).stream().noneMatch(x -> x.getRelation().toString().equals("ref"))) {
                continue;
            }
            IndexedWord event = null;
            for (IndexedWord w : g.vertexListSorted()) {
                if (w.index() < wrong.index() && "EVENT".equals(w.ner()) && w.tag().startsWith("NN")) {
                    event = w;   // the last word of the last event before: its head
                }
            }
            if (event != null && g.getEdge(e.getGovernor(), event) == null) {
                out.add(new SemanticGraphEdge(e.getGovernor(), event, e.getRelation(), 1.0, false));
            }
        }
        return out;
    }

    /** Verbs of a participle that says when or where a document was made ("X, signed in 2019,"). */
    private static final Set<String> MADE = Lexicon.words("made-document-verbs");

    /**
     * "The pact complements the X Agreement, signed in December 2023, which ...": the parser may hang the participle
     * after the comma on the sentence's verb ({@code dep}) rather than on the title before the comma. A past
     * participle of a verb of agreeing right after "TITLE ," is the title's modifier ({@code acl}), as it would be
     * without the comma.
     */
    private static List<SemanticGraphEdge> commaParticiples(SemanticGraph g) {
        List<SemanticGraphEdge> out = new ArrayList<>();
        for (SemanticGraphEdge e : g.edgeIterable()) {
            IndexedWord p = e.getDependent();
            String rel = e.getRelation().toString();
            if (!"VBN".equals(p.tag()) || !MADE.contains(p.lemma()) || !(rel.equals("dep") || rel.equals("parataxis"))
                    || p.index() < 3) {
                continue;
            }
            IndexedWord comma = g.getNodeByIndexSafe(p.index() - 1);
            IndexedWord title = g.getNodeByIndexSafe(p.index() - 2);
            if (comma != null && title != null && ",".equals(comma.word()) && "AGREEMENT".equals(title.ner())
                    && g.getEdge(title, p) == null) {
                out.add(new SemanticGraphEdge(title, p, GrammaticalRelation.valueOf(Language.UniversalEnglish, "acl"),
                        1.0, false));
            }
        }
        return out;
    }

    /** Head nouns of documents, for {@link #coordinatedObjects}. */
    private static final Set<String> DOCUMENTS = Lexicon.words("coordinated-documents");

    /**
     * "A and B signed in Washington a protocol on X, and a memorandum of understanding": the parser may join the second
     * document to the verb ({@code conj}) rather than to its object. An indefinite document noun with no subject of
     * its own, coordinated with a verb whose object is a noun, is an object of that verb too.
     */
    private static List<SemanticGraphEdge> coordinatedObjects(SemanticGraph g) {
        List<SemanticGraphEdge> out = new ArrayList<>();
        GrammaticalRelation obj = GrammaticalRelation.valueOf(Language.UniversalEnglish, "obj");
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            IndexedWord verb = e.getGovernor();
            IndexedWord doc = e.getDependent();
            if (!e.getRelation().toString().startsWith("conj") || verb.tag() == null || !verb.tag().startsWith("VB")
                    || doc.tag() == null || !doc.tag().startsWith("NN") || doc.index() < verb.index()
                    || !DOCUMENTS.contains(doc.lemma() == null ? "" : doc.lemma().toLowerCase(java.util.Locale.ROOT))
                    || g.getEdge(verb, doc) == null) {
                continue;
            }
            boolean indefinite = g.outgoingEdgeList(doc).stream().anyMatch(x -> x.getRelation().toString().equals("det")
                    && Set.of("a", "an").contains(x.getDependent().word().toLowerCase(java.util.Locale.ROOT)));
            boolean ownSubject = g.outgoingEdgeList(doc).stream()
                    .anyMatch(x -> x.getRelation().toString().startsWith("nsubj"));
            boolean nounObject = g.outgoingEdgeList(verb).stream().anyMatch(x -> x.getRelation().toString().equals("obj")
                    && x.getDependent().tag().startsWith("NN"));
            if (indefinite && !ownSubject && nounObject
                    && g.outgoingEdgeList(verb).stream().noneMatch(x -> x.getDependent().equals(doc)
                        && x.getRelation().toString().equals("obj"))) {
                out.add(new SemanticGraphEdge(verb, doc, obj, 1.0, false));
            }
        }
        return out;
    }

    /**
     * "the Ambassador of Japan, Hiroshi Tanabe, and the Undersecretary of State, Katarzyna Wolska, signed ...": the
     * parser may hang both names on the first office. A second name apposed to an office that already has one, after
     * a coordinated office without a name of its own, is that office's name: the edge moves (it is wrong where it is).
     */
    static void apposedNames(SemanticGraph g) {
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            IndexedWord office = e.getGovernor();
            IndexedWord name = e.getDependent();
            if (!e.getRelation().toString().equals("appos") || !"PERSON".equals(name.ner())
                    || !"O".equals(office.ner())) {
                continue;
            }
            IndexedWord other = null;
            for (SemanticGraphEdge c : g.outgoingEdgeList(office)) {
                IndexedWord y = c.getDependent();
                if (c.getRelation().toString().startsWith("conj") && "O".equals(y.ner()) && y.tag() != null
                        && y.tag().startsWith("NN") && y.index() < name.index() && y.index() > office.index()
                        && g.outgoingEdgeList(y).stream().noneMatch(x -> x.getRelation().toString().equals("appos"))) {
                    other = y;
                }
            }
            final IndexedWord second = other;
            if (second != null && g.outgoingEdgeList(office).stream().anyMatch(x -> x.getRelation().toString()
                    .equals("appos") && "PERSON".equals(x.getDependent().ner())
                    && x.getDependent().index() > office.index() && x.getDependent().index() < second.index())) {
                g.removeEdge(e);
                g.addEdge(second, name, e.getRelation(), 1.0, false);
            }
        }
    }

    /** Nouns of an act on a document, whose "of" complement names it. */
    private static final Set<String> ACT_NOUNS = Set.of("signing", "adoption", "conclusion", "launch", "ratification",
            "endorsement", "release");

    /**
     * "welcomed the signing, on the margins of the Summit, of a memorandum of understanding": the parser hangs the
     * late "of" complement on the nearest noun of the aside ("Summit"). An "of" phrase right after a comma, after an
     * aside that itself follows a noun of signing and a comma, is that noun's complement: the edge moves, and the
     * aside's phrase is the noun's too ({@code nmod:on}, where the signing happened).
     */
    private static void interruptedComplements(SemanticGraph g) {
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            IndexedWord doc = e.getDependent();
            if (!e.getRelation().toString().equals("nmod:of") || !afterCommaOf(g, doc)) {
                continue;
            }
            IndexedWord act = null;
            IndexedWord aside = null;
            for (IndexedWord w : g.vertexListSorted()) {
                if (w.index() < e.getGovernor().index() && w.tag() != null && w.tag().startsWith("NN")
                        && ACT_NOUNS.contains(word(g, w.index())) && word(g, w.index() + 1).equals(",")) {
                    act = w;
                    aside = null;
                } else if (act != null && aside == null && w.index() > act.index() + 1 && w.tag() != null
                        && w.tag().startsWith("NN")) {
                    aside = w;   // the aside's first noun: "margins", "sidelines", "occasion"
                }
            }
            if (act == null || aside == null || g.getEdge(act, doc) != null) {
                continue;
            }
            g.removeEdge(e);
            g.addEdge(act, doc, e.getRelation(), 1.0, false);
            IndexedWord prep = g.getNodeByIndexSafe(act.index() + 2);
            if (prep != null && "IN".equals(prep.tag()) && g.getEdge(act, aside) == null) {
                g.addEdge(act, aside, GrammaticalRelation.valueOf(Language.UniversalEnglish,
                        "nmod:" + word(g, prep.index())), 1.0, false);
            }
        }
    }

    /** ", of a memorandum", ", of the Action Plan": {@code w}'s "of" (and article) follow a comma. */
    private static boolean afterCommaOf(SemanticGraph g, IndexedWord w) {
        int of = Set.of("a", "an", "the").contains(word(g, w.index() - 1)) ? w.index() - 2 : w.index() - 1;
        return word(g, of).equals("of") && word(g, of - 1).equals(",");
    }

    /** The word at token index {@code i} (1-based), lower case, or "" where there is none. */
    private static String word(SemanticGraph g, int i) {
        IndexedWord w = g.getNodeByIndexSafe(i);
        return w == null ? "" : w.word().toLowerCase(java.util.Locale.ROOT);
    }

    /** Classes a headline lists as subjects. */
    private static final Set<String> LISTED = Set.of("COUNTRY", "ORGANIZATION");

    /**
     * The verb's argument edges, and for an argument with appositions the same edge to each of them: "VIENNA, 3
     * October 2024 - A and B yesterday signed ..." is parsed with the dateline's place as subject and the signers in
     * apposition to it, and "yesterday" hung on the last signer.
     */
    private static List<SemanticGraphEdge> actorEdges(SemanticGraph g, IndexedWord verb) {
        List<SemanticGraphEdge> out = new ArrayList<>();
        for (SemanticGraphEdge arg : g.outgoingEdgeList(verb)) {
            out.add(arg);
            for (SemanticGraphEdge a : g.outgoingEdgeList(arg.getDependent())) {
                if (a.getRelation().toString().equals("appos") && ACTORS.contains(a.getDependent().ner())) {
                    out.add(new SemanticGraphEdge(verb, a.getDependent(), arg.getRelation(), 1.0, false));
                }
            }
        }
        return out;
    }

    /** Edges under which an occasion can sit deep inside a signer's words ("the Minister for X and Y Affairs"). */
    private static final Set<String> INSIDE_ACTOR = Set.of("nmod:for", "nmod:of", "conj:and", "appos", "compound",
            "dep");
    /** How an occasion hangs: "at a ceremony", "during the summit", "on the margins of". */
    private static final Set<String> AT_OCCASION = Set.of("nmod:at", "nmod:during", "nmod:on_sidelines_of",
            "nmod:on_margins_of");

    /**
     * "signed by A and the Minister for European and International Affairs, B, at a ceremony": the parser may hang
     * the occasion on a word inside the signer's title. An occasion noun ({@code ceremony}, the sidelines) or an
     * event under an "at" edge up to three words down inside the actor's words is the verb's circumstance too (its
     * direct children {@link #lift} copies already); places stay, being where a body is.
     */
    private static List<SemanticGraphEdge> deepOccasions(SemanticGraph g, IndexedWord verb, IndexedWord actor) {
        List<SemanticGraphEdge> out = new ArrayList<>();
        List<IndexedWord> level = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(actor)) {
            if (INSIDE_ACTOR.contains(e.getRelation().toString())) {
                level.add(e.getDependent());
            }
        }
        for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
            List<IndexedWord> next = new ArrayList<>();
            for (IndexedWord w : level) {
                for (SemanticGraphEdge c : g.outgoingEdgeList(w)) {
                    String rel = c.getRelation().toString();
                    IndexedWord what = c.getDependent();
                    boolean occasion = "EVENT".equals(what.ner())
                            || "O".equals(what.ner()) && OCCASION_NOUNS.contains(what.lemma());
                    if (AT_OCCASION.contains(rel) && occasion && g.getEdge(verb, what) == null) {
                        out.add(new SemanticGraphEdge(verb, what, GrammaticalRelation.valueOf(
                                Language.UniversalEnglish, "obl:" + rel.substring("nmod:".length())), 1.0, false));
                    } else if (INSIDE_ACTOR.contains(rel)) {
                        next.add(what);
                    }
                }
            }
            level = next;
        }
        return out;
    }

    /** Copies, in {@code g}, an actor's circumstance edges to the verb whose argument it is. */
    static void lift(SemanticGraph g) {
        DescriptionRepairs.apply(g);
        apposedNames(g);
        interruptedComplements(g);
        List<SemanticGraphEdge> added = new ArrayList<>();
        for (IndexedWord verb : g.vertexSet()) {
            if (verb.tag() == null || !verb.tag().startsWith("VB")) {
                continue;
            }
            for (SemanticGraphEdge arg : actorEdges(g, verb)) {
                IndexedWord actor = arg.getDependent();
                boolean role = "O".equals(actor.ner()) && actor.tag().startsWith("NN") && ROLES.contains(actor.lemma());
                if (!ARGUMENTS.contains(arg.getRelation().toString()) || !ACTORS.contains(actor.ner()) && !role) {
                    continue;
                }
                for (SemanticGraphEdge c : g.outgoingEdgeList(actor)) {
                    String rel = c.getRelation().toString();
                    IndexedWord what = c.getDependent();
                    boolean circumstance = CIRCUMSTANCE_CLASSES.contains(what.ner())
                            || "O".equals(what.ner()) && OCCASION_NOUNS.contains(what.lemma());
                    if (!CIRCUMSTANCES.contains(rel) || !circumstance
                            || rel.equals("nmod:in") && !actor.ner().equals("PERSON") && !role) {
                        continue;   // "the Ministry of Health in Ghana": where a body is, not where it signed
                    }
                    String lifted = rel.startsWith("obl:") ? rel : "obl:" + rel.substring("nmod:".length());
                    if (g.getEdge(verb, what) == null) {
                        added.add(new SemanticGraphEdge(verb, what,
                                GrammaticalRelation.valueOf(Language.UniversalEnglish, lifted), 1.0, false));
                    }
                }
                added.addAll(deepOccasions(g, verb, actor));
            }
        }
        added.addAll(listedSubjects(g));
        added.addAll(occasionRelatives(g));
        added.addAll(coordinatedObjects(g));
        added.addAll(commaParticiples(g));
        for (SemanticGraphEdge e : added) {
            g.addEdge(e.getGovernor(), e.getDependent(), e.getRelation(), 1.0, false);
        }
    }
}
