package org.diplokg.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.diplokg.extract.EntityKind;
import org.diplokg.extract.Gazetteer;
import org.diplokg.extract.Mention;
import org.diplokg.extract.Names;

/**
 * Short and long forms of one name within a document, merged onto the fullest form:
 * <ul>
 *   <li>"Cybersecurity Law" and "Cybersecurity Law of the People's Republic of China" (a country after "of");</li>
 *   <li>"Digital Economy Task Force" and "G20 Digital Economy Task Force" (an organisation before the name);</li>
 *   <li>"UN 2030 Agenda for Sustainable Development" and "United Nations 2030 Agenda …" (an acronym spelled out).</li>
 * </ul>
 * Only names of the same kind are merged, and only when the short form has a single longer reading.
 */
public final class Variants {
    private static final Set<EntityKind> KINDS = Set.of(EntityKind.AGREEMENT, EntityKind.ORGANIZATION,
            EntityKind.EVENT);

    private Variants() {
    }

    /** For each kind, canonical name key → the canonical name it merges onto (absent when it stays itself). */
    static Map<String, String> targets(List<Mention> mentions, Gazetteer gazetteer, Map<String, String> acronyms) {
        Map<String, String> out = new HashMap<>();
        for (EntityKind kind : KINDS) {
            Set<String> names = new LinkedHashSet<>();
            for (Mention m : mentions) {
                if (m.kind() == kind && m.ordinal() == 0 && m.series().isEmpty() && !m.rule().contains("gazetteer")) {
                    names.add(m.canonical());
                }
            }
            Map<String, String> expanded = new HashMap<>();
            for (String n : names) {
                expanded.put(Names.key(spellOut(n, gazetteer, acronyms)), n);
            }
            List<String> byLength = new ArrayList<>(names);
            byLength.sort(Comparator.comparingInt(String::length));
            for (String shorter : byLength) {
                List<String> longer = new ArrayList<>();
                String spelled = spellOut(shorter, gazetteer, acronyms);
                String other = expanded.get(Names.key(spelled));
                if (other != null && !other.equals(shorter) && other.length() > shorter.length()) {
                    longer.add(other);
                }
                for (String l : names) {
                    if (l.length() > shorter.length() && (countryQualified(shorter, l, gazetteer)
                            || orgPrefixed(shorter, l, gazetteer, acronyms) || truncated(shorter, l)
                            || subtitled(shorter, l) || inverted(shorter, l)
                            || sameWords(spellOut(shorter, gazetteer, acronyms), spellOut(l, gazetteer, acronyms)))) {
                        longer.add(l);
                    }
                }
                if (longer.size() == 1 || longer.size() > 1 && longer.stream().map(Names::key).distinct().count() == 1) {
                    String target = longer.get(0);
                    out.put(kind + "|" + Names.key(shorter), out.getOrDefault(kind + "|" + Names.key(target), target));
                }
            }
        }
        return out;
    }

    /**
     * Whether two names of one kind are short and long forms of each other by the rules above (either order), or
     * the same name.
     */
    public static boolean sameName(String a, String b, Gazetteer gazetteer) {
        if (Names.key(a).equals(Names.key(b))) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return countryQualified(shorter, longer, gazetteer) || orgPrefixed(shorter, longer, gazetteer, Map.of())
                || inverted(shorter, longer)
                || sameWords(spellOut(shorter, gazetteer, Map.of()), spellOut(longer, gazetteer, Map.of()))
                || Names.key(spellOut(shorter, gazetteer, Map.of())).equals(Names.key(longer))
                || Names.key(spellOut(longer, gazetteer, Map.of())).equals(Names.key(shorter));
    }

    /** The name with a leading acronym of a known body spelled out ("UN 2030 Agenda" gives "United Nations …"). */
    public static String spelledOut(String name, Gazetteer gazetteer) {
        return spellOut(name, gazetteer, Map.of());
    }

    static Optional<String> target(Map<String, String> targets, Mention m) {
        return Optional.ofNullable(targets.get(m.kind() + "|" + Names.key(m.canonical())));
    }

    /**
     * "Initiative on Jointly Building a Community" for "... Community with a Shared Future in Cyberspace": a name of
     * three or more words cut before a preposition of the longer one; "Nairobi Declaration" for "Nairobi Declaration
     * on climate change": a title of two or more words without its lower-case topic.
     */
    private static boolean truncated(String shorter, String longer) {
        if (!longer.startsWith(shorter + " ")) {
            return false;
        }
        String rest = longer.substring(shorter.length() + 1);
        return shorter.split(" ").length >= 3 && rest.matches("(?:with|in|for|on|of|and|to|concerning|regarding) .*")
                || shorter.split(" ").length >= 2 && rest.matches("(?:on|concerning|regarding) (?:the )?\\p{Ll}.*");
    }

    /** "Declaration of Asunción: Development with Social Inclusion" for "Declaration of Asunción": a subtitle. */
    static boolean subtitled(String shorter, String longer) {
        return shorter.split(" ").length >= 2 && longer.startsWith(shorter)
                && longer.substring(shorter.length()).matches("\\s*[:–—]\\s*\\S.*|\\s+-\\s+\\S.*");
    }

    /**
     * "Treaty of Rarotonga" for "Rarotonga Treaty", "Council of the Arab League" for "Arab League Council": the head
     * word first, what it names after "of".
     */
    static boolean inverted(String shorter, String longer) {
        int sp = shorter.lastIndexOf(' ');
        if (sp <= 0) {
            return false;
        }
        String head = shorter.substring(sp + 1);
        String modifier = shorter.substring(0, sp);
        if (!Character.isUpperCase(head.codePointAt(0)) || modifier.endsWith("'s") || modifier.endsWith("’s")) {
            return false;
        }
        return Names.key(longer).equals(Names.key(head + " of " + modifier))
                || Names.key(longer).equals(Names.key(head + " of the " + modifier));
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "for", "on", "in", "and", "to", "a", "an");

    /**
     * "United Nations 2030 Sustainable Development Agenda" and "United Nations 2030 Agenda for Sustainable
     * Development": the same four or more content words in another order.
     */
    static boolean sameWords(String a, String b) {
        List<String> x = contentWords(a);
        List<String> y = contentWords(b);
        return x.size() >= 4 && x.equals(y);
    }

    private static List<String> contentWords(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty() && !FUNCTION_WORDS.contains(w)).sorted().toList();
    }

    /** "X of the People's Republic of China" for "X". */
    private static boolean countryQualified(String shorter, String longer, Gazetteer gazetteer) {
        String prefix = shorter + " of ";
        if (!longer.startsWith(prefix)) {
            return false;
        }
        String rest = longer.substring(prefix.length()).replaceFirst("^(?i:the) ", "");
        return gazetteer.lookup(rest).filter(e -> e.kind() == EntityKind.COUNTRY).isPresent();
    }

    /** "G20 X" for "X", where "G20" is an organisation or country. */
    private static boolean orgPrefixed(String shorter, String longer, Gazetteer gazetteer, Map<String, String> acr) {
        if (!longer.endsWith(" " + shorter)) {
            return false;
        }
        String head = longer.substring(0, longer.length() - shorter.length() - 1).strip();
        if (head.endsWith("'s")) {
            head = head.substring(0, head.length() - 2);
        }
        return acr.containsKey(head) || gazetteer.lookup(head)
                .filter(e -> e.kind() == EntityKind.ORGANIZATION || e.kind() == EntityKind.COUNTRY).isPresent();
    }

    /** The name with a leading acronym spelled out: "UN 2030 Agenda" gives "United Nations 2030 Agenda". */
    static String spellOut(String name, Gazetteer gazetteer, Map<String, String> acronyms) {
        int sp = name.indexOf(' ');
        if (sp <= 0) {
            return name;
        }
        String first = name.substring(0, sp);
        if (!first.equals(first.toUpperCase(Locale.ROOT)) || first.length() < 2) {
            return name;
        }
        String full = acronyms.get(first);
        if (full == null) {
            full = gazetteer.lookup(first).filter(e -> e.acronyms().contains(first)).map(Gazetteer.Entry::name)
                    .orElse(null);
        }
        return full == null ? name : full + name.substring(sp);
    }
}
