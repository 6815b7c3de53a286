package org.diplokg.nlp;

import java.util.function.IntFunction;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.international.Language;

/**
 * Rebuilds CoreNLP's {@link SemanticGraph} of one sentence from DiploKG's own records, so that Semgrex rules can run
 * over it. Lemmas are lower-cased (CoreNLP keeps "Memorandum" as the lemma of a proper noun), so a rule's
 * {@code lemma:/memorandum/} also matches a title. The {@code ner} attribute of each node is what {@code classOf} says (the class of the DiploKG mention that
 * covers the token, for rules to match on), the other attributes are the token's own.
 */
public final class DependencyGraph {
    private DependencyGraph() {
    }

    /** The graph of {@code s}; empty (no vertices) when the sentence was not parsed. Node index = token index + 1. */
    public static SemanticGraph of(Sentence s, IntFunction<String> classOf) {
        SemanticGraph g = new SemanticGraph();
        if (s.dependencies().isEmpty()) {
            return g;
        }
        IndexedWord[] nodes = new IndexedWord[s.size()];
        for (Token t : s.tokens()) {
            CoreLabel l = new CoreLabel();
            l.setWord(t.text());
            l.setValue(t.text());
            l.setOriginalText(t.text());
            l.setLemma(t.lemma().toLowerCase(java.util.Locale.ROOT));   // rules match lower-case lemmas
            l.setTag(t.pos());
            l.setNER(classOf.apply(t.index()));
            l.setIndex(t.index() + 1);
            l.setSentIndex(s.index());
            l.setDocID("d");
            l.setBeginPosition(t.begin());
            l.setEndPosition(t.end());
            nodes[t.index()] = new IndexedWord(l);
            g.addVertex(nodes[t.index()]);
        }
        for (Dependency d : s.dependencies()) {
            if (d.dependent() < 0 || d.dependent() >= nodes.length) {
                continue;
            }
            if (d.governor() < 0) {
                g.addRoot(nodes[d.dependent()]);
            } else if (d.governor() < nodes.length && d.governor() != d.dependent()) {
                g.addEdge(nodes[d.governor()], nodes[d.dependent()],
                        GrammaticalRelation.valueOf(Language.UniversalEnglish, d.relation()), 1.0, false);
            }
        }
        return g;
    }
}
