package org.diplokg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * "The two countries", "both sides", "the two cities", "the three governments": a counted plural that stands for as
 * many actors named just before. The nearest sentence (this one before the noun, then up to {@link #RECENCY} back)
 * that names actors of the noun's kind decides: it must name exactly as many as counted, or the group is no one
 * ("the two countries" after a sentence naming three is left alone).
 */
final class CountedGroups {
    private static final int RECENCY = 3;
    private static final Map<String, Integer> COUNTS = Map.of("two", 2, "both", 2, "three", 3, "four", 4);
    private static final Set<String> COUNTRY_NOUNS = Set.of("countries", "nations", "states", "governments");
    private static final Set<String> ANY_ACTOR_NOUNS = Set.of("sides", "parties", "partners", "signatories");
    private static final Set<String> BODY_NOUNS = Set.of("organisations", "organizations", "institutions",
            "agencies", "ministries", "banks", "universities", "companies", "bodies");
    private static final Set<String> CITY_NOUNS = Set.of("cities", "municipalities", "towns");

    private CountedGroups() {
    }

    /** The actors the counted noun at token {@code i} stands for, of {@code kinds}; empty when it is none. */
    static List<Mention> of(SentenceView v, int i, Set<EntityKind> kinds, List<Mention> all) {
        String noun = v.tok(i).text().toLowerCase(Locale.ROOT);
        Predicate<Mention> fits = fits(noun, kinds);
        if (fits == null || i == 0) {
            return List.of();
        }
        String before = v.tok(i - 1).text().toLowerCase(Locale.ROOT);
        int count = COUNTS.getOrDefault(before, 0);
        if (count == 0 || !before.equals("both") && (i < 2 || !v.isAny(i - 2, Set.of("the", "these", "those")))) {
            return List.of();   // "two countries" alone is any two; "the two countries" are those just named
        }
        int sentence = v.sentence.index();
        for (int s = sentence; s >= 0 && sentence - s <= RECENCY; s--) {
            Map<String, Mention> named = new LinkedHashMap<>();
            for (Mention m : outermost(all, s)) {
                if ((s < sentence || m.tokenEnd() <= i - 2) && fits.test(m)) {
                    named.putIfAbsent(m.canonical(), m);
                }
            }
            if (!named.isEmpty()) {
                return named.size() == count ? List.copyOf(named.values()) : List.of();
            }
        }
        return List.of();
    }

    /** Which mentions the noun may stand for, or null when it is no counted noun of actors. */
    private static Predicate<Mention> fits(String noun, Set<EntityKind> kinds) {
        if (COUNTRY_NOUNS.contains(noun)) {
            return m -> m.kind() == EntityKind.COUNTRY && kinds.contains(EntityKind.COUNTRY);
        }
        if (ANY_ACTOR_NOUNS.contains(noun)) {
            return m -> (m.kind() == EntityKind.COUNTRY || m.kind() == EntityKind.ORGANIZATION)
                    && kinds.contains(m.kind());
        }
        if (BODY_NOUNS.contains(noun)) {
            return m -> m.kind() == EntityKind.ORGANIZATION && kinds.contains(m.kind());
        }
        if (CITY_NOUNS.contains(noun)) {
            // a city as an actor is its municipality ("the City of Ghent"), or the city itself where it may act
            return m -> kinds.contains(m.kind()) && (m.kind() == EntityKind.ORGANIZATION
                    && m.canonical().matches("(?i)(?:the )?(?:city|municipality|town) of .*")
                    || m.kind() == EntityKind.PLACE && m.subtype().equals("city"));
        }
        return null;
    }

    /** The mentions of sentence {@code s} of an actor's kind that no other such mention of it contains. */
    private static List<Mention> outermost(List<Mention> all, int s) {
        List<Mention> actors = new ArrayList<>();
        for (Mention m : all) {
            if (m.sentence() == s && m.kind() != EntityKind.AGREEMENT && m.kind() != EntityKind.EVENT
                    && m.kind() != EntityKind.EVENT_SERIES) {
                actors.add(m);
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : actors) {
            boolean nested = false;
            for (Mention o : actors) {
                if (o != m && o.tokenStart() <= m.tokenStart() && o.tokenEnd() >= m.tokenEnd()
                        && o.length() > m.length()) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                out.add(m);
            }
        }
        return out;
    }
}
