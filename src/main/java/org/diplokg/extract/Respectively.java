package org.diplokg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * "A and B signed on behalf of X and Y, respectively": the sentence pairs two lists in order, so A goes with X only.
 * Where the two ends of a relation are items of lists of the same length, only the items at the same place pair;
 * where the lists differ in length (the parser lost an item), no pair is sure and none is kept.
 */
final class Respectively {
    private Respectively() {
    }

    /** Whether the sentence says "respectively". */
    static boolean says(SemanticGraph g) {
        return g.vertexSet().stream().anyMatch(w -> "respectively".equalsIgnoreCase(w.word()));
    }

    /** Whether {@code s} and {@code o} may pair in a "respectively" sentence. */
    static boolean paired(SemanticGraph g, IndexedWord s, IndexedWord o) {
        List<IndexedWord> ss = conjuncts(g, s);
        List<IndexedWord> os = conjuncts(g, o);
        if (ss.size() < 2 && os.size() < 2) {
            return true;   // neither end is a list: nothing to pair
        }
        return ss.size() == os.size() && ss.indexOf(s) == os.indexOf(o);
    }

    /** The conjuncts {@code w} is one of, in the order of the sentence ({@code w} alone when it is none). */
    private static List<IndexedWord> conjuncts(SemanticGraph g, IndexedWord w) {
        IndexedWord first = w;
        for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
            if (e.getRelation().toString().startsWith("conj")) {
                first = e.getGovernor();
            }
        }
        List<IndexedWord> out = new ArrayList<>();
        out.add(first);
        for (SemanticGraphEdge e : g.outgoingEdgeList(first)) {
            if (e.getRelation().toString().startsWith("conj")) {
                out.add(e.getDependent());
            }
        }
        out.sort(Comparator.comparingInt(IndexedWord::index));
        return out;
    }
}
