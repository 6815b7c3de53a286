package org.diplokg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.diplokg.nlp.AnnotatedDocument;
import org.diplokg.nlp.Sentence;
import org.diplokg.nlp.Token;

/** Acronyms defined in the text ("Shanghai Cooperation Organization (SCO)") and the mentions they give. */
final class Acronyms {
    private Acronyms() {
    }

    /** Finds the acronyms defined after mentions and gives their other occurrences the defined entity. */
    static MentionFinder.Result resolve(AnnotatedDocument doc, List<Mention> found, Gazetteer gazetteer) {
        Map<String, String> acronyms = new HashMap<>();
        Map<String, Mention> definers = new HashMap<>();
        List<Mention> mentions = longForms(doc, found);
        for (Mention m : mentions) {
            acronymAfter(doc.sentences().get(m.sentence()), m).ifPresent(acr -> {
                if (spelt(m, acr) && !acronyms.containsKey(acr) && !Names.key(m.canonical()).equals(Gazetteer.key(acr))
                        && !knownInside(mentions, m, acr, gazetteer)) {
                    acronyms.put(acr, m.canonical());
                    definers.put(acr, m);
                }
            });
        }
        return new MentionFinder.Result(apply(doc, mentions, acronyms, definers), acronyms);
    }

    /**
     * "the rebel Front for Change and Concord in Chad (FACT)": a country or place before the brackets whose letters do
     * not spell the acronym is the end of a longer name no one found. That name, from the word where the acronym's
     * first letter starts (Schwartz and Hearst's long form, over capitalised words and "of", "for", "and", "in", "the"
     * between them), becomes a body, and the acronym is its; without such a name the country keeps no acronym.
     */
    private static List<Mention> longForms(AnnotatedDocument doc, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (Mention m : mentions) {
            if (m.kind() != EntityKind.COUNTRY && m.kind() != EntityKind.PLACE) {
                continue;
            }
            Sentence s = doc.sentences().get(m.sentence());
            Optional<String> acr = acronymAfter(s, m);
            if (acr.isEmpty() || spelt(m, acr.get())) {
                continue;
            }
            int from = m.tokenStart();
            while (from > 0 && m.tokenEnd() - from < 12 && nameWord(s.token(from - 1))) {
                from--;
            }
            while (from < m.tokenStart() && !Character.isUpperCase(s.token(from).text().codePointAt(0))) {
                from++;
            }
            String text = doc.document().text().substring(s.token(from).begin(), m.end());
            int start = from < m.tokenStart() ? longFormStart(acr.get(), text) : -1;
            if (start < 0) {
                continue;
            }
            int b = s.token(from).begin() + start;
            int first = from;
            while (s.token(first).end() <= b) {
                first++;
            }
            if (first >= m.tokenStart() || !Character.isUpperCase(s.token(first).text().codePointAt(0))) {
                continue;
            }
            String name = doc.document().text().substring(s.token(first).begin(), m.end());
            out.add(new Mention(0, EntityKind.ORGANIZATION, "", name, name, m.sentence(), first, m.tokenEnd(),
                    s.token(first).begin(), m.end(), 0, "", 0.7, "acronym-long-form"));
        }
        if (out.size() == mentions.size()) {
            return mentions;
        }
        out.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::tokenStart)
                .thenComparingInt(x -> -x.length()));
        return renumbered(out);
    }

    /** Words a long name may hold between its capitalised words ("Front for Change and Concord in Chad"). */
    private static final Set<String> NAME_JOINERS = Set.of("of", "for", "and", "in", "the", "on", "de", "du", "des",
            "la", "et");

    private static boolean nameWord(Token t) {
        String w = t.text();
        return Character.isUpperCase(w.codePointAt(0)) && !t.pos().equals("DT") || NAME_JOINERS.contains(w);
    }

    /** Whether {@code m} may define {@code acronym}: any body may; a country or place only when it spells it. */
    private static boolean spelt(Mention m, String acronym) {
        return m.kind() != EntityKind.COUNTRY && m.kind() != EntityKind.PLACE || longFormStart(acronym, m.text()) >= 0;
    }

    /** The mentions in their order, with ids 0, 1, 2, ... */
    private static List<Mention> renumbered(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(m.withId(out.size()));
        }
        return out;
    }

    /**
     * Schwartz and Hearst's test (2003): the acronym's letters and digits found in {@code longForm} from right to
     * left, its first one at a word's start; the offset of the word where the long form starts, or -1.
     */
    static int longFormStart(String acronym, String longForm) {
        int l = longForm.length() - 1;
        for (int a = acronym.length() - 1; a >= 0; a--) {
            char c = Character.toLowerCase(acronym.charAt(a));
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            while (l >= 0 && (Character.toLowerCase(longForm.charAt(l)) != c
                    || a == 0 && l > 0 && Character.isLetterOrDigit(longForm.charAt(l - 1)))) {
                l--;
            }
            if (l < 0) {
                return -1;
            }
            l--;
        }
        return l + 1;
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
        return renumbered(out);
    }
}
