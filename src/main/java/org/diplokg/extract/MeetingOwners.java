package org.diplokg.extract;

import java.util.List;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import org.diplokg.nlp.Sentence;

/**
 * The body a described meeting belongs to when a pronoun possesses it: "The X Commission held its fourth meeting",
 * "At its eighth meeting, the X Group adopted ...", "The Council is expected to consider it at its 245th meeting"
 * (the subject taken up from a body named before: "the Council" for "the Andean Security Council").
 */
final class MeetingOwners {
    private MeetingOwners() {
    }

    /** Whether a possessive pronoun ("its", "their") possesses {@code head}. */
    static boolean possessedByPronoun(SemanticGraph g, IndexedWord head) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            if (e.getRelation().toString().equals("nmod:poss") && "PRP$".equals(e.getDependent().tag())) {
                return true;
            }
        }
        return false;
    }

    /** The body that is the subject of the clause the event belongs to, or null. */
    static Mention owner(Sentence s, SemanticGraph g, IndexedWord head, List<Mention> mentions) {
        IndexedWord verb = g.getParent(head);
        if (verb == null) {
            return null;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            String rel = e.getRelation().toString();
            if (rel.equals("nsubj") || rel.equals("nsubj:pass") || rel.equals("nsubj:xsubj")) {
                IndexedWord subject = e.getDependent();
                Mention m = DescribedMentions.coveringMention(mentions, s.index(), subject.index() - 1);
                if (m == null) {
                    m = namedBefore(s, subject, mentions);
                }
                if (m != null && m.kind() == EntityKind.ORGANIZATION) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * "The Council" outside any mention: the latest body named up to this sentence whose name ends in that word (a
     * body's head, capitalised, after "the").
     */
    private static Mention namedBefore(Sentence s, IndexedWord subject, List<Mention> mentions) {
        int i = subject.index() - 1;
        if (i < 1 || !NamedBodies.bareHead(s.token(i - 1).text(), subject.word())) {
            return null;
        }
        return NamedBodies.latestEndingIn(mentions, s.index(), i, subject.word(), Integer.MAX_VALUE);
    }
}
