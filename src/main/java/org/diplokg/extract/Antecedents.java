package org.diplokg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the earlier sentences of a document named, for a simple recency rule of anaphora: the last clause's actors
 * ("It", "they", "the two sides"), the latest event ("the summit", "The leaders adopted ..."), the countries by name
 * ("the Chinese side") and the bodies by head noun ("the administration's bureau"). One per document; sentences
 * must come in order.
 */
final class Antecedents {
    static final Set<String> EVENT_NOUNS = Set.of("summit", "forum", "conference", "meeting", "dialogue",
            "expo", "event", "session", "seminar", "roundtable", "symposium", "congress", "assembly", "assemblies",
            "consultation", "talks");
    private static final Set<String> OTHER_INSTANCE = Set.of("next", "previous", "last", "another", "following",
            "upcoming", "coming", "first", "second", "third", "future", "past", "earlier", "later");
    /** How many sentences back an antecedent may be. */
    static final int RECENCY = 3;
    private static final Set<EntityKind> ACTORS = Set.of(EntityKind.COUNTRY, EntityKind.ORGANIZATION);

    private final Gazetteer gazetteer;
    private List<Mention> lastActors = List.of();
    private Mention lastEvent;
    /** The event that was the subject of the previous sentence, if it was one. */
    private Mention lastSubjectEvent;
    private final Map<String, Mention> lastCountry = new HashMap<>();
    /** The latest body by its head noun: "the administration" is the Cyberspace Administration of China. */
    private final Map<String, Mention> lastOrgByHead = new HashMap<>();
    private int sentence;

    Antecedents(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Plural nouns that, counted ("the two sides", "both countries"), stand for the actors just named. */
    private static final Set<String> COUNTED_GROUPS = Set.of("sides", "parties", "countries", "nations",
            "governments", "states", "leaders", "ministers", "delegations", "presidents", "economies", "partners");
    private static final Map<String, Integer> GROUP_SIZES = Map.of("two", 2, "both", 2,
            "three", 3, "four", 4);

    /** Starts a sentence; antecedents found from now on are at most {@link #RECENCY} sentences before it. */
    void startSentence(int index) {
        sentence = index;
    }

    /**
     * The antecedents of an anaphor ending at token {@code i}: "it" (one actor), "they" / "the two sides" (two or
     * more), "the Chinese side" (the country of the demonym), "the summit" / "the forum" (the latest event), from
     * the last few sentences.
     */
    List<Mention> of(SentenceView v, int i) {
        if (i < 0) {
            return List.of();
        }
        String w = v.tok(i).text().toLowerCase(Locale.ROOT);
        boolean recentActors = !lastActors.isEmpty() && sentence - lastActors.get(0).sentence() <= RECENCY;
        if (w.equals("it") && i == 0 && lastSubjectEvent != null && sentence - lastSubjectEvent.sentence() == 1) {
            return List.of(lastSubjectEvent);
        }
        if (w.equals("it") && recentActors && lastActors.size() == 1) {
            return lastActors;
        }
        if (Set.of("leaders", "ministers", "participants", "delegates", "delegations").contains(w)
                && v.isAny(i - 1, Set.of("the")) && lastEvent != null && sentence - lastEvent.sentence() <= 2) {
            // "The leaders adopted the X": adopted at the meeting just described
            return List.of(lastEvent);
        }
        if (Set.of("leaders", "presidents", "ministers").contains(w) && v.isAny(i - 1, Set.of("the"))
                && (lastEvent == null || sentence - lastEvent.sentence() > 2) && recentActors && lastActors.size() >= 2
                && sentence - lastActors.get(0).sentence() <= 1) {
            // "A and B have signed a treaty. The leaders also signed a joint statement.": no meeting is told of, so
            // the leaders are those who just signed
            return lastActors;
        }
        if (w.equals("it") && lastEvent != null && sentence - lastEvent.sentence() == 1 && i == 0) {
            // "China and UNESCO joined to host the X Conference. It adopted the Y Declaration.": not a plural actor.
            return List.of(lastEvent);
        }
        boolean plural = w.equals("they") || (w.equals("countries") || w.equals("parties") || w.equals("members"))
                && v.isAny(i - 1, Set.of("participating", "these", "those"));
        if (plural && recentActors && lastActors.size() >= 2) {
            return lastActors;
        }
        int counted = COUNTED_GROUPS.contains(w) && i >= 1 ? GROUP_SIZES.getOrDefault(
                v.tok(i - 1).text().toLowerCase(Locale.ROOT), 0) : 0;
        if (counted > 0 && recentActors && lastActors.size() == counted) {
            // "the two sides", "both countries", "the three governments": as many actors as the clause before named
            return lastActors;
        }
        if (w.equals("side") && i >= 1) {
            var country = gazetteer.countryOfDemonym(v.tok(i - 1).text()).map(lastCountry::get);
            if (country.isPresent() && country.get() != null) {
                return List.of(country.get());
            }
        }
        int det = i - 1;
        while (det > 0 && i - det <= 4 && (v.tok(det).pos().startsWith("JJ") || v.tok(det).pos().equals("CD")
                || v.is(det, "-") || v.tok(det).pos().equals("NN") && v.is(det - 1, "-"))) {
            det--;
        }
        for (int k = det + 1; k < i; k++) {
            if (v.isAny(k, OTHER_INSTANCE)) {
                return List.of();   // "the next forum", "the previous summit": another meeting of the series
            }
        }
        if (w.equals("event") && det < i - 1) {
            return List.of();   // "the live-streaming event" is some other event; "the event" is the last one
        }
        if (EVENT_NOUNS.contains(w) && v.isAny(det, Set.of("the", "this")) && lastEvent != null
                && sentence - lastEvent.sentence() <= RECENCY
                && (w.equals("event") || w.equals("talks") || lastEvent.subtype().isEmpty()
                    || lastEvent.subtype().equals(singular(w)) || Names.key(lastEvent.canonical()).contains(w))) {
            return List.of(lastEvent);
        }
        return List.of();
    }

    /** The country of a demonym ("Chinese") that the document has named. */
    Optional<Mention> country(String demonym) {
        return gazetteer.countryOfDemonym(demonym).map(lastCountry::get);
    }

    /** The latest body whose name ends in {@code head} ("administration"), within {@code sentences} sentences. */
    Optional<Mention> bodyByHead(String head, int sentences) {
        Mention org = lastOrgByHead.get(head);
        return org != null && sentence - org.sentence() <= sentences ? Optional.of(org) : Optional.empty();
    }

    /**
     * Offers the subjects of a clause of the current sentence: an event alone ("The 27th X Summit took place in
     * ...": "It" will be the summit) or actors are kept, and the answer is true; otherwise false.
     */
    boolean clauseSubject(List<Mention> subjects) {
        if (subjects.size() == 1 && subjects.get(0).kind() == EntityKind.EVENT
                && subjects.get(0).sentence() == sentence) {
            lastSubjectEvent = subjects.get(0);
            return true;
        }
        List<Mention> actors = subjects.stream().filter(m -> ACTORS.contains(m.kind())).toList();
        if (actors.isEmpty()) {
            return false;
        }
        lastActors = actors;
        return true;
    }

    /** Ends a sentence: its events, countries and bodies become the latest of their kind. */
    void endSentence(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.EVENT) {
                lastEvent = m;
            } else if (m.kind() == EntityKind.COUNTRY) {
                lastCountry.put(m.canonical(), m);
            } else if (m.kind() == EntityKind.ORGANIZATION) {
                String head = m.canonical().replaceAll("\\s+(?:of|for|on)\\s.*$", "");
                head = head.substring(head.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
                lastOrgByHead.put(head, m);
            }
        }
    }

    private static String singular(String noun) {
        return noun.endsWith("ies") ? noun.substring(0, noun.length() - 3) + "y"
                : noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
    }
}
