package org.diplokg.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.diplokg.extract.EntityKind;
import org.diplokg.extract.Gazetteer;

/**
 * The slug of an entity's IRI across documents, from its name and the gazetteer alone, so that two documents
 * naming one entity in two forms give it one IRI without either knowing the other (a document's graph does not
 * depend on the store):
 * <ul>
 *   <li>an agreement's country qualifier goes: "Cybersecurity Law of the People's Republic of China" is keyed as
 *       "Cybersecurity Law" (so two countries' laws of one name share an IRI; the names stay apart);</li>
 *   <li>a known body's name leading a longer name becomes its acronym: "United Nations 2030 Agenda" is keyed as
 *       "UN 2030 Agenda", "Shanghai Cooperation Organisation Secretariat" as "SCO Secretariat";</li>
 *   <li>"of the" is keyed as "of": "Congress of the Communist Party" = "Congress of Communist Party".</li>
 * </ul>
 * Only agreements, organisations and events that are not gazetteer entries are rekeyed; countries, places, people
 * and series keep the resolver's slug, as does an entity whose key another entity of the document already has.
 */
public final class CanonicalKeys {
    private static final Set<EntityKind> KINDS = Set.of(EntityKind.AGREEMENT, EntityKind.ORGANIZATION,
            EntityKind.EVENT);

    private CanonicalKeys() {
    }

    /**
     * Entity key ({@link Entity#key()}) to the slug its IRI takes. Entities of one document may share a slug (the
     * same name in two forms); those whose keys differ only by two different countries keep their own slugs.
     */
    public static Map<String, String> slugs(List<Entity> entities, Gazetteer gazetteer) {
        Map<String, String> out = new HashMap<>();
        Map<String, String> countryOf = new HashMap<>();
        Map<String, Set<String>> countries = new HashMap<>();
        for (Entity e : entities) {
            String slug = slug(e, gazetteer);
            out.put(e.key(), slug);
            String country = country(e, gazetteer);
            if (!country.isEmpty()) {
                countryOf.put(e.key(), country);
                countries.computeIfAbsent(e.kind() + "/" + slug, k -> new HashSet<>()).add(country);
            }
        }
        for (Entity e : entities) {
            if (countryOf.containsKey(e.key()) && countries.get(e.kind() + "/" + out.get(e.key())).size() > 1) {
                out.put(e.key(), e.slug());
            }
        }
        return out;
    }

    static String slug(Entity e, Gazetteer gazetteer) {
        if (!rekeyed(e, gazetteer)) {
            return e.slug();
        }
        String slug = e.slug();
        if (slug.equals(Slugs.of(e.label()))) {
            String name = e.kind() == EntityKind.AGREEMENT ? withoutCountry(e.label(), gazetteer) : e.label();
            slug = Slugs.of(contracted(name, gazetteer));
        }
        return slug.replace("-of-the-", "-of-");
    }

    private static boolean rekeyed(Entity e, Gazetteer gazetteer) {
        return KINDS.contains(e.kind())
                && gazetteer.lookup(e.label()).filter(g -> g.kind() == e.kind()).isEmpty();
    }

    /** The country qualifier the key left out, or "". */
    private static String country(Entity e, Gazetteer gazetteer) {
        if (e.kind() != EntityKind.AGREEMENT || !rekeyed(e, gazetteer) || !e.slug().equals(Slugs.of(e.label()))) {
            return "";
        }
        String head = withoutCountry(e.label(), gazetteer);
        return head.equals(e.label()) ? "" : Gazetteer.key(e.label().substring(head.length()));
    }

    /** "X of the People's Republic of China" gives "X" (X of two words or more). */
    static String withoutCountry(String name, Gazetteer gazetteer) {
        int at = name.indexOf(" of ");
        while (at > 0) {
            String head = name.substring(0, at);
            String rest = name.substring(at + 4).replaceFirst("^(?i:the) ", "");
            if (head.split(" ").length >= 2 && gazetteer.lookup(rest)
                    .filter(g -> g.kind() == EntityKind.COUNTRY).isPresent()) {
                return head;
            }
            at = name.indexOf(" of ", at + 1);
        }
        return name;
    }

    /** A leading gazetteer organisation's name, followed by more words, as its acronym. */
    static String contracted(String name, Gazetteer gazetteer) {
        String[] words = name.split(" ");
        for (int n = words.length - 1; n >= 2; n--) {
            String head = String.join(" ", List.of(words).subList(0, n));
            var found = gazetteer.lookup(head).filter(g -> g.kind() == EntityKind.ORGANIZATION
                    && !g.acronyms().isEmpty());
            if (found.isPresent()) {
                String acronym = found.get().acronyms().get(0);
                if (acronym.equals(acronym.toUpperCase(Locale.ROOT))) {
                    return acronym + name.substring(head.length());
                }
            }
        }
        return name;
    }
}
