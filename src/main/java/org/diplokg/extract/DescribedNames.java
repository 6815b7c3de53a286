package org.diplokg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The identity of a described agreement or event is what makes it specific, not its words alone: "the joint
 * communiqué" of one signing is not that of another. Its canonical name (and so its IRI) becomes its words plus its
 * parties and its date, as the sentences state them: "joint communiqué between Chile and Norway, 2024-03-12". Two
 * documents describing the same signing give the same name; the words as written stay its mention. Described events
 * keep their words (an ordinal or a body in them already tells them apart).
 */
final class DescribedNames {
    private DescribedNames() {
    }

    static List<Mention> specific(List<Mention> mentions, List<Relation> relations) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean described = m.rule().startsWith("described:") && m.kind() == EntityKind.AGREEMENT;
            out.add(described ? rename(m, mentions, relations) : m);
        }
        return out;
    }

    /** Whether {@code words} name {@code party} as whole words ("Nigeria" does not name Niger). */
    private static boolean names(String words, String party) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(party)
                + "(?![\\p{L}\\p{N}])").matcher(words).find();
    }

    private static Mention rename(Mention m, List<Mention> mentions, List<Relation> relations) {
        Set<String> who = new LinkedHashSet<>();
        String date = "";
        for (Relation r : relations) {
            if (r.subject() != m.id()) {
                continue;
            }
            switch (r.predicate()) {
                case PARTY -> who.add(mentions.get(r.object()).canonical());
                case DATE -> date = date.isEmpty() ? r.date().lexical() : date;
                default -> {
                }
            }
        }
        String name = m.canonical();
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> sides = who.stream().filter(w -> !names(lower, w.toLowerCase(Locale.ROOT))).sorted().toList();
        StringBuilder sb = new StringBuilder(name);
        if (!sides.isEmpty() && sides.size() <= 4) {
            sb.append(lower.contains(" between ") ? ", " : " between ");
            sb.append(sides.size() == 1 ? sides.get(0)
                    : String.join(", ", sides.subList(0, sides.size() - 1)) + " and " + sides.get(sides.size() - 1));
        }
        if (!date.isEmpty()) {
            sb.append(", ").append(date);
        }
        if (sb.length() == name.length()) {
            return m;
        }
        return new Mention(m.id(), m.kind(), m.subtype(), m.text(), sb.toString(), m.sentence(), m.tokenStart(),
                m.tokenEnd(), m.begin(), m.end(), m.ordinal(), m.series(), m.confidence(), m.rule());
    }
}
