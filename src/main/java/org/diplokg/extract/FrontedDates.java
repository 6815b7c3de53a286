package org.diplokg.extract;

import java.util.ArrayList;
import java.util.Set;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;

/**
 * "In 2021 Chile and Peru signed the X": with no comma after the fronted date the parser reads "In 2021 Chile and
 * Peru" as one phrase, the countries as where the verb happened ({@code obl:in}) and the year as their number. A
 * verb with no subject whose {@code obl:in} is an actor carrying a date between "in" and it: the actors are the
 * subjects and the date is the verb's.
 */
final class FrontedDates {
    private static final Set<String> ACTORS = Set.of("COUNTRY", "ORGANIZATION", "PERSON");

    private FrontedDates() {
    }

    static void apply(SemanticGraph g) {
        GrammaticalRelation nsubj = GrammaticalRelation.valueOf(Language.UniversalEnglish, "nsubj");
        GrammaticalRelation oblIn = GrammaticalRelation.valueOf(Language.UniversalEnglish, "obl:in");
        for (IndexedWord verb : new ArrayList<>(g.vertexSet())) {
            if (verb.tag() == null || !verb.tag().startsWith("VB") || g.outgoingEdgeList(verb).stream()
                    .anyMatch(e -> e.getRelation().toString().startsWith("nsubj"))) {
                continue;
            }
            for (SemanticGraphEdge in : new ArrayList<>(g.outgoingEdgeList(verb))) {
                IndexedWord actor = in.getDependent();
                IndexedWord date = dateOf(g, actor);
                if (!in.getRelation().toString().equals("obl:in") || !ACTORS.contains(actor.ner()) || date == null
                        || actor.index() > verb.index()) {
                    continue;
                }
                for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(verb))) {
                    if (e.getRelation().toString().equals("obl:in") && ACTORS.contains(e.getDependent().ner())
                            && e.getDependent().index() < verb.index()) {
                        g.removeEdge(e);
                        g.addEdge(verb, e.getDependent(), nsubj, 1.0, false);
                    }
                }
                g.addEdge(verb, date, oblIn, 1.0, false);
                break;
            }
        }
    }

    /** The date word hung on {@code actor} between its "in" and it, or null. */
    private static IndexedWord dateOf(SemanticGraph g, IndexedWord actor) {
        IndexedWord in = null;
        IndexedWord date = null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(actor)) {
            IndexedWord d = e.getDependent();
            String rel = e.getRelation().toString();
            if (rel.equals("case") && d.word().equalsIgnoreCase("in")) {
                in = d;
            } else if (rel.matches("nummod|compound|amod|nmod:tmod|obl:tmod") && "DATE".equals(d.ner())) {
                date = d;
            }
        }
        return in != null && date != null && in.index() < date.index() && date.index() < actor.index() ? date : null;
    }
}
