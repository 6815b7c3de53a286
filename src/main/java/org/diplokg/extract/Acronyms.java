package org.diplokg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.diplokg.nlp.AnnotatedDocument;
import org.diplokg.nlp.Sentence;
import org.diplokg.nlp.Token;

/** Acronyms defined in the text ("Shanghai Cooperation Organization (SCO)") and the mentions they give. */
final class Acronyms {
    private Acronyms() {
    }

    /** Finds the acronyms defined after mentions and gives their other occurrences the defined entity. */
    static MentionFinder.Result resolve(AnnotatedDocument doc, List<Mention> mentions, Gazetteer gazetteer) {
        Map<String, String> acronyms = new HashMap<>();
        Map<String, Mention> definers = new HashMap<>();
        for (Mention m : mentions) {
            acronymAfter(doc.sentences().get(m.sentence()), m).ifPresent(acr -> {
                if (!acronyms.containsKey(acr) && !Names.key(m.canonical()).equals(Gazetteer.key(acr))
                        && !knownInside(mentions, m, acr, gazetteer)) {
                    acronyms.put(acr, m.canonical());
                    definers.put(acr, m);
                }
            });
        }
        return new MentionFinder.Result(apply(doc, mentions, acronyms, definers), acronyms);
    }

    /**
     * "the Sixth Meeting of the Leaders of the Caribbean Community (CARICOM)": the acronym belongs to the known body
     * that ends the longer name, not to the meeting, when the gazetteer gives that body this acronym.
     */
    private static boolean knownInside(List<Mention> mentions, Mention outer, String acr, Gazetteer gazetteer) {
        return gazetteer.lookup(acr).filter(e -> !e.name().equals(outer.canonical()) && e.acronyms().contains(acr))
                .filter(e -> mentions.stream().anyMatch(m -> m != outer && m.sentence() == outer.sentence()
                        && m.tokenEnd() == outer.tokenEnd() && m.canonical().equals(e.name()))).isPresent();
    }

    /** "Shanghai Cooperation Organization (SCO)": the acronym in parentheses right after a mention. */
    private static Optional<String> acronymAfter(Sentence s, Mention m) {
        int i = m.tokenEnd();
        if (i + 2 >= s.size() || !s.token(i).text().equals("(")) {
            return Optional.empty();
        }
        StringBuilder acr = new StringBuilder();
        int j = i + 1;
        while (j < s.size() && j < i + 5 && !s.token(j).text().equals(")")) {
            acr.append(s.token(j).text());
            j++;
        }
        if (j >= s.size() || !s.token(j).text().equals(")")) {
            return Optional.empty();
        }
        String a = acr.toString();
        int upper = (int) a.chars().filter(Character::isUpperCase).count();
        boolean plausible = upper >= 2 && a.length() <= 12 && upper * 2 >= a.replaceAll("[^\\p{L}]", "").length()
                && Character.isLetter(a.charAt(0));
        return plausible ? Optional.of(a) : Optional.empty();
    }

    /**
     * Gives mentions of a defined acronym the entity of its definition, and adds mentions for acronym tokens no
     * other source claimed.
     */
    private static List<Mention> apply(AnnotatedDocument doc, List<Mention> mentions, Map<String, String> acronyms,
                                        Map<String, Mention> definers) {
        if (acronyms.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            String expansion = acronyms.get(m.text());
            if (expansion != null) {
                Mention d = definers.get(m.text());
                out.add(new Mention(m.id(), d.kind(), d.subtype(), m.text(), expansion, m.sentence(), m.tokenStart(),
                        m.tokenEnd(), m.begin(), m.end(), 0, "", Math.min(m.confidence(), d.confidence()),
                        "acronym"));
            } else {
                out.add(m);
            }
        }
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                String expansion = acronyms.get(t.text());
                if (expansion == null) {
                    continue;
                }
                boolean covered = out.stream().anyMatch(m -> m.sentence() == s.index()
                        && m.tokenStart() <= t.index() && t.index() < m.tokenEnd());
                if (!covered) {
                    Mention d = definers.get(t.text());
                    out.add(new Mention(0, d.kind(), d.subtype(), t.text(), expansion, s.index(), t.index(),
                            t.index() + 1, t.begin(), t.end(), 0, "", d.confidence() * 0.95, "acronym"));
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::tokenStart));
        List<Mention> renumbered = new ArrayList<>(out.size());
        for (Mention m : out) {
            renumbered.add(m.withId(renumbered.size()));
        }
        return renumbered;
    }
}
