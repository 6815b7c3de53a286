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
 * Repairs of the parse inside a document described in common words, before any rule reads it:
 * <ul>
 *   <li>"backed the agreement signed in X in 2024": a participle read as a clause of its own is the agreement's
 *       modifier ({@link #reducedRelatives}).</li>
 *   <li>"the fisheries and maritime cooperation agreement signed in X": the parser reads the first modifier as a
 *       noun joined to the agreement ("approved the fisheries and [the] ... agreement"), with the article and the
 *       participle on it. The modifier is the agreement's, and so are its article and clauses
 *       ({@link #coordinatedModifiers}).</li>
 *   <li>"a memorandum of understanding on raw materials that the EU signed with Argentina": the parser hangs the
 *       relative clause on the last noun of the description. A clause of signing or writing is the document's
 *       ({@link #innerRelatives}).</li>
 *   <li>"A grant agreement of EUR 15 million was signed between A and B": the parser reads "of EUR 15 million was
 *       signed" as a clause on the agreement, the amount its subject. The agreement is what was signed, the amount
 *       its complement ({@link #amountClauses}).</li>
 * </ul>
 */
final class DescriptionRepairs {
    /** Head nouns of a document described in common words. */
    private static final Set<String> HEADS = Lexicon.words("described-agreement-heads");
    /** Verbs by which a document is made: agreeing and writing verbs. */
    private static final Set<String> MADE = Lexicon.words("made-document-verbs");
    /** How far down a description's complements the parser may have hung a relative clause. */
    private static final int DEPTH = 3;

    private DescriptionRepairs() {
    }

    static void apply(SemanticGraph g) {
        commaParticiples(g);
        reducedRelatives(g);
        coordinatedModifiers(g);
        innerRelatives(g);
        amountClauses(g);
    }

    /** "A loan agreement of USD 50 million was signed ...": see the class comment. */
    private static void amountClauses(SemanticGraph g) {
        GrammaticalRelation subject = GrammaticalRelation.valueOf(Language.UniversalEnglish, "nsubj:pass");
        GrammaticalRelation of = GrammaticalRelation.valueOf(Language.UniversalEnglish, "nmod:of");
        for (SemanticGraphEdge clause : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord head = clause.getGovernor();
            IndexedWord verb = clause.getDependent();
            if (!clause.getRelation().toString().equals("acl:of") || !"VBN".equals(verb.tag())
                    || !MADE.contains(verb.lemma()) || !HEADS.contains(head.lemma()) && !"AGREEMENT".equals(head.ner())
                    || !hasRelation(g, verb, "aux:pass")) {
                continue;
            }
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(verb))) {
                IndexedWord amount = e.getDependent();
                if (e.getRelation().toString().equals("nsubj:pass") && amount.index() > head.index()
                        && amount.index() < verb.index()) {
                    g.removeEdge(e);
                    g.removeEdge(clause);
                    g.addEdge(head, amount, of, 1.0, false);
                    if (g.getRoots().contains(head)) {
                        g.resetRoots();
                        g.setRoot(verb);
                    }
                    g.addEdge(verb, head, subject, 1.0, false);
                    break;
                }
            }
        }
    }

    /**
     * "backed the agreement signed in Nouakchott in June 2024": the parser may read the participle as a clause with
     * the agreement as its subject ({@code nsubj}, the clause hung on the verb as {@code dep}). A participle with no
     * auxiliary is no clause: it modifies its "subject" ({@code acl}), as "the agreement signed in ..." does.
     */
    private static void reducedRelatives(SemanticGraph g) {
        GrammaticalRelation acl = GrammaticalRelation.valueOf(Language.UniversalEnglish, "acl");
        for (IndexedWord verb : new ArrayList<>(g.vertexSet())) {
            if (!"VBN".equals(verb.tag()) || !MADE.contains(verb.lemma()) || !hasIncoming(g, verb, "dep")
                    || g.outgoingEdgeList(verb).stream()
                        .anyMatch(e -> e.getRelation().toString().matches("aux.*|cop"))) {
                continue;
            }
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(verb))) {
                IndexedWord subject = e.getDependent();
                if (e.getRelation().toString().equals("nsubj") && subject.tag() != null
                        && subject.tag().startsWith("NN") && subject.index() < verb.index()
                        && g.getEdge(subject, verb) == null) {
                    g.addEdge(subject, verb, acl, 1.0, false);
                }
            }
        }
    }

    /**
     * "was established under the X Partnership, signed in 2019, and reaffirmed": a participle of making right after
     * an agreement and a comma, with no auxiliary, is the agreement's modifier. The parser may read it as a verb of
     * the clause, with the clause's subject as its own: that subject goes and the agreement's {@code acl} comes.
     */
    private static void commaParticiples(SemanticGraph g) {
        GrammaticalRelation acl = GrammaticalRelation.valueOf(Language.UniversalEnglish, "acl");
        java.util.Map<Integer, IndexedWord> at = new java.util.HashMap<>();
        g.vertexSet().forEach(w -> at.put(w.index(), w));
        for (IndexedWord verb : new ArrayList<>(g.vertexSet())) {
            IndexedWord comma = at.get(verb.index() - 1);
            IndexedWord document = at.get(verb.index() - 2);
            if (!"VBN".equals(verb.tag()) || !MADE.contains(verb.lemma()) || comma == null
                    || !comma.word().equals(",") || document == null || !"AGREEMENT".equals(document.ner())
                    || g.getEdge(document, verb) != null || g.outgoingEdgeList(verb).stream()
                        .anyMatch(e -> e.getRelation().toString().matches("aux.*|cop"))) {
                continue;
            }
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(verb))) {
                if (e.getRelation().toString().startsWith("nsubj") && e.getDependent().index() < document.index()) {
                    g.removeEdge(e);
                }
            }
            g.addEdge(document, verb, acl, 1.0, false);
        }
    }

    /** "the fisheries and maritime cooperation agreement": the first modifier read as a noun of its own. */
    private static void coordinatedModifiers(SemanticGraph g) {
        for (SemanticGraphEdge conj : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord first = conj.getGovernor();
            IndexedWord head = conj.getDependent();
            if (!conj.getRelation().toString().equals("conj:and") || !HEADS.contains(head.lemma())
                    || HEADS.contains(first.lemma()) || first.tag() == null || !first.tag().startsWith("NN")
                    || first.index() >= head.index() || !hasRelation(g, first, "det") || hasRelation(g, head, "det")
                    || !isAndRightAfter(g, head, first) || !hasModifierBetween(g, head, first)) {
                continue;
            }
            g.removeEdge(conj);
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(first))) {
                String rel = e.getRelation().toString();
                if (rel.equals("det") || rel.startsWith("acl") || rel.startsWith("nmod") || rel.equals("ref")) {
                    g.removeEdge(e);
                    g.addEdge(head, e.getDependent(), e.getRelation(), 1.0, false);
                }
            }
            for (SemanticGraphEdge in : new ArrayList<>(g.incomingEdgeList(first))) {
                if (g.getEdge(in.getGovernor(), head) != null) {
                    g.removeEdge(in);   // "approved the X and Y agreement" is one object, not two
                }
            }
            g.addEdge(head, first, GrammaticalRelation.valueOf(Language.UniversalEnglish, "compound"), 1.0, false);
        }
    }

    /** "a memorandum of understanding on raw materials that the EU signed": the clause on the inner noun. */
    private static void innerRelatives(SemanticGraph g) {
        List<SemanticGraphEdge> added = new ArrayList<>();
        for (SemanticGraphEdge rel : g.edgeListSorted()) {
            IndexedWord inner = rel.getGovernor();
            IndexedWord verb = rel.getDependent();
            if (!rel.getRelation().toString().equals("acl:relcl") || !MADE.contains(verb.lemma())
                    || HEADS.contains(inner.lemma())) {
                continue;
            }
            IndexedWord document = documentAbove(g, inner);
            if (document == null || g.getEdge(document, verb) != null) {
                continue;
            }
            added.add(new SemanticGraphEdge(document, verb, rel.getRelation(), 1.0, false));
            for (SemanticGraphEdge arg : g.incomingEdgeList(inner)) {
                String r = arg.getRelation().toString();
                if (arg.getGovernor().equals(verb) && (r.equals("obj") || r.equals("nsubj:pass"))) {
                    added.add(new SemanticGraphEdge(verb, document, arg.getRelation(), 1.0, false));
                }
            }
        }
        for (SemanticGraphEdge e : added) {
            g.addEdge(e.getGovernor(), e.getDependent(), e.getRelation(), 1.0, false);
        }
    }

    /** The document head noun whose of/on/for complements lead down to {@code w}, a few steps up; or null. */
    private static IndexedWord documentAbove(SemanticGraph g, IndexedWord w) {
        IndexedWord at = w;
        for (int step = 0; step < DEPTH; step++) {
            IndexedWord up = null;
            for (SemanticGraphEdge e : g.incomingEdgeList(at)) {
                if (e.getRelation().toString().matches("nmod:(of|on|for|in)")) {
                    up = e.getGovernor();
                    break;
                }
            }
            if (up == null) {
                return null;
            }
            if (HEADS.contains(up.lemma()) && up.tag() != null && up.tag().startsWith("NN")) {
                return up;
            }
            at = up;
        }
        return null;
    }

    private static boolean hasIncoming(SemanticGraph g, IndexedWord w, String rel) {
        return g.incomingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().equals(rel));
    }

    private static boolean hasRelation(SemanticGraph g, IndexedWord w, String rel) {
        return g.outgoingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().equals(rel));
    }

    /** Whether the head's "and" stands right after the first modifier: "fisheries and maritime ... agreement". */
    private static boolean isAndRightAfter(SemanticGraph g, IndexedWord head, IndexedWord first) {
        return g.outgoingEdgeList(head).stream().anyMatch(e -> e.getRelation().toString().equals("cc")
                && e.getDependent().lemma().equals("and") && e.getDependent().index() == first.index() + 1);
    }

    /** Whether the head has a modifier of its own between the "and" and itself: "maritime cooperation". */
    private static boolean hasModifierBetween(SemanticGraph g, IndexedWord head, IndexedWord first) {
        return g.outgoingEdgeList(head).stream().anyMatch(e -> e.getRelation().toString().matches("amod|compound")
                && e.getDependent().index() > first.index() + 1 && e.getDependent().index() < head.index());
    }
}
