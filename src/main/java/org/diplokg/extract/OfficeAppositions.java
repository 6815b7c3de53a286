package org.diplokg.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;

/**
 * Repairs an office and the name of its holder set off by commas: "signed by the Austrian Federal Minister for
 * European and International Affairs, Georg Hallerstein, at a ceremony", "by the Mayor of Windhoek, Her Worship
 * Clarissa Hangula-Moses, and ...". The parser often loses the apposition when the office's name is long or a form
 * of address stands before the name (it reads "Worship" as a verb, or hangs the name on the office's last word). A
 * person's name right after a comma, with a singular title of office a few words before it and no verb, name or
 * clause between, is that office's apposition: the edge is added (the parser's own edges stay), so every rule that
 * reads "office, Name" through {@code appos} reads it.
 */
final class OfficeAppositions {
    private static final GrammaticalRelation APPOS = GrammaticalRelation.valueOf(Language.UniversalEnglish, "appos");
    /** How many words back from the comma the title of office may stand. */
    private static final int REACH = 12;
    /** Words of address between the comma and the name besides the honorifics: "Her Worship", "His Excellency". */
    private static final Set<String> ADDRESS = Set.of("his", "her", "worship", "excellency", "the");

    private OfficeAppositions() {
    }

    static void apply(SemanticGraph g) {
        Map<Integer, IndexedWord> at = new HashMap<>();
        for (IndexedWord w : g.vertexSet()) {
            at.put(w.index(), w);
        }
        for (IndexedWord w : g.vertexListSorted()) {
            if (!isPerson(w) || isPerson(at.get(w.index() - 1))) {
                continue;   // the first word of a name only
            }
            IndexedWord name = head(g, at, w);
            int i = w.index() - 1;
            while (at.containsKey(i) && isAddress(at.get(i))) {
                i--;
            }
            if (name == null || !at.containsKey(i) || !at.get(i).word().equals(",") || hasOffice(g, name)
                    || isClauseSubject(g, name)) {
                continue;
            }
            IndexedWord office = office(g, at, i);
            if (office != null && office != name && g.getEdge(office, name) == null && !holdsName(g, office)) {
                g.addEdge(office, name, APPOS, 1.0, false);
            }
        }
    }

    /** The title of office before the comma at {@code comma}, climbed to the noun it is part of; or null. */
    private static IndexedWord office(SemanticGraph g, Map<Integer, IndexedWord> at, int comma) {
        for (int j = comma - 1; j >= Math.max(1, comma - REACH); j--) {
            IndexedWord w = at.get(j);
            if (w == null) {
                continue;
            }
            String tag = w.tag() == null ? "" : w.tag();
            if (isBreak(w)) {
                return null;
            }
            if ("O".equals(w.ner()) && tag.startsWith("NN") && !tag.endsWith("S")
                    && Lexicon.OFFICE_TITLES.contains(w.word().toLowerCase(Locale.ROOT))) {
                if (followsName(at, j)) {
                    return null;   // "H.E. Mr. A, Minister of X, H.E. Mr. B": the office is A's, written after A
                }
                IndexedWord head = w;
                for (SemanticGraphEdge e = compoundOf(g, head); e != null; e = compoundOf(g, head)) {
                    head = e.getGovernor();
                }
                return head;
            }
        }
        return null;
    }

    /**
     * Whether the office at {@code j} stands after a name and a comma ("A, Deputy Prime Minister and Minister of X,
     * B"; "A, Deputy Prime Minister, Minister of X, B"), unless a new item of a list starts there (", and the Mayor
     * of X, B").
     */
    private static boolean followsName(Map<Integer, IndexedWord> at, int j) {
        for (int k = j - 1; k >= Math.max(1, j - 2 * REACH); k--) {
            IndexedWord w = at.get(k);
            if (w == null) {
                continue;
            }
            if (isBreak(w)) {
                return false;
            }
            if (w.word().equals(",")) {
                IndexedWord next = at.get(k + 1);
                boolean newItem = next != null && Set.of("and", "or").contains(next.word().toLowerCase(Locale.ROOT));
                if (newItem) {
                    return false;
                }
                if (isPerson(at.get(k - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The edge making {@code w} part of a longer noun ("Secretary" of "Secretary-General"), or null. */
    private static SemanticGraphEdge compoundOf(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("compound") || rel.equals("flat")) && "O".equals(e.getGovernor().ner())) {
                return e;
            }
        }
        return null;
    }

    /** The word of the name starting at {@code first} that the rest of the name hangs on. */
    private static IndexedWord head(SemanticGraph g, Map<Integer, IndexedWord> at, IndexedWord first) {
        IndexedWord last = first;
        while (isPerson(at.get(last.index() + 1))) {
            last = at.get(last.index() + 1);
        }
        for (int k = first.index(); k <= last.index(); k++) {
            IndexedWord w = at.get(k);
            boolean inner = false;
            for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
                int gov = e.getGovernor().index();
                inner |= gov >= first.index() && gov <= last.index();
            }
            if (w != null && !inner && !w.word().equals("-")) {
                return w;
            }
        }
        return null;
    }

    /** "As minister, Ana Ruiz signed ...": a name that is a clause's subject is no apposition. */
    private static boolean isClauseSubject(SemanticGraph g, IndexedWord name) {
        for (SemanticGraphEdge e : g.incomingEdgeIterable(name)) {
            if (e.getRelation().toString().startsWith("nsubj") && e.getGovernor().index() > name.index()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the office already has its holder's name. */
    private static boolean holdsName(SemanticGraph g, IndexedWord office) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(office)) {
            String rel = e.getRelation().toString();
            if (rel.matches("appos|compound|flat") && isPerson(e.getDependent())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the parser already gave the name an office ("the Mayor of Ghent, Pieter Van Landeghem"). */
    private static boolean hasOffice(SemanticGraph g, IndexedWord name) {
        for (SemanticGraphEdge e : g.incomingEdgeIterable(name)) {
            if (e.getRelation().toString().equals("appos") && isTitle(e.getGovernor())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTitle(IndexedWord w) {
        return Lexicon.OFFICE_TITLES.contains(w.word().toLowerCase(Locale.ROOT))
                || Lexicon.ROLE_WORDS.contains(w.word().toLowerCase(Locale.ROOT));
    }

    private static boolean isAddress(IndexedWord w) {
        String lw = w.word().toLowerCase(Locale.ROOT);
        return ADDRESS.contains(lw) || Lexicon.HONORIFICS.contains(lw);
    }

    /** A name, a verb, a relative word or a semicolon: what no office phrase runs across. */
    private static boolean isBreak(IndexedWord w) {
        String tag = w.tag() == null ? "" : w.tag();
        return isPerson(w) || tag.startsWith("VB") || tag.startsWith("W") || w.word().equals(";");
    }

    private static boolean isPerson(IndexedWord w) {
        return w != null && "PERSON".equals(w.ner());
    }
}
