package org.diplokg.extract;

import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * "Twenty States signed the Convention at the ceremony", "The agreement was signed by A and B at a ceremony held at
 * the ministry": the ceremony a document of the sentence was signed at is one occasion, that signing's, though the
 * text gives it no other words. A bare "the ceremony" named before stays the one named before
 * ({@link NamingModifiers#namedBefore}); a ceremony with no signing ("a ceremony will be held") is no entity.
 */
final class SigningOccasions {
    private static final Set<String> OCCASIONS = Lexicon.words("signing-occasions");
    private static final Set<String> VERBS = Lexicon.words("agreeing-verbs");
    private static final Set<String> DOCUMENTS = Lexicon.words("signed-documents");
    /** How the occasion hangs on the verb of signing. */
    private static final Set<String> AT = Set.of("obl:at", "obl:during");

    private SigningOccasions() {
    }

    /** Whether {@code head} is an occasion noun at which the sentence signs a document. */
    static boolean signedAt(SemanticGraph g, IndexedWord head) {
        if (!OCCASIONS.contains(lemma(head))) {
            return false;
        }
        for (SemanticGraphEdge in : g.incomingEdgeIterable(head)) {
            IndexedWord verb = in.getGovernor();
            if (!AT.contains(in.getRelation().toString()) || !VERBS.contains(lemma(verb))) {
                continue;
            }
            for (SemanticGraphEdge out : g.outgoingEdgeList(verb)) {
                String rel = out.getRelation().toString();
                IndexedWord doc = out.getDependent();
                if ((rel.equals("obj") || rel.equals("nsubj:pass"))
                        && ("AGREEMENT".equals(doc.ner()) || DOCUMENTS.contains(lemma(doc)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String lemma(IndexedWord w) {
        return w.lemma() == null ? "" : w.lemma().toLowerCase(Locale.ROOT);
    }
}
