package org.diplokg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplokg.store.PerVersion;

/**
 * The index side of the site: counts per class, lists of a class, documents, the timeline and label search. Counts
 * and the rows of the lists are computed once per store version, not per request (they follow each commit of a
 * live ingest), and so are the names that label search looks through; the timeline reads the store each time.
 */
final class Catalog {
    private final KgReader reader;
    private final Links links;
    private final PerVersion<Map<Kind, Integer>> counts;
    private final PerVersion<Integer> facts;
    private final Map<Kind, PerVersion<List<Item>>> items = new EnumMap<>(Kind.class);
    private final PerVersion<List<Named>> names;

    Catalog(KgReader reader, Links links, LongSupplier version) {
        this.reader = reader;
        this.links = links;
        this.counts = new PerVersion<>(version, this::countAll);
        this.facts = new PerVersion<>(version, this::countFacts);
        this.names = new PerVersion<>(version, this::allNames);
        for (Kind k : Kind.values()) {
            items.put(k, new PerVersion<>(version, () -> List.copyOf(k == Kind.DOCUMENT ? documents() : entities(k))));
        }
    }

    /** One row of a list page. */
    record Item(String iri, String label, Kind kind, String subtype, List<String> altLabels, String date,
                int mentions, int documents) {
    }

    /** How a list is ordered. */
    enum Sort {
        NAME, DATE, MENTIONS;

        static Optional<Sort> of(String s) {
            for (Sort v : values()) {
                if (v.name().equalsIgnoreCase(s)) {
                    return Optional.of(v);
                }
            }
            return Optional.empty();
        }

        /** Names ascend by default; dates and mention counts descend (latest, most mentioned first). */
        boolean descendingByDefault() {
            return this != NAME;
        }
    }

    /** Number of resources per class. */
    Map<Kind, Integer> counts() {
        return counts.get();
    }

    private Map<Kind, Integer> countAll() {
        Map<Kind, Integer> out = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            out.put(k, 0);
        }
        for (Binding row : reader.select("SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?c } GROUP BY ?c")) {
            Kind.ofClassIri(KgReader.str(row, "c")).ifPresent(k -> out.put(k, KgReader.integer(row, "n")));
        }
        return Map.copyOf(out);
    }

    /** Facts with evidence (reified statements) in the store. */
    int factCount() {
        return facts.get();
    }

    private int countFacts() {
        List<Binding> rows = reader.select("SELECT (COUNT(?st) AS ?n) WHERE { ?st a rdf:Statement }");
        return rows.isEmpty() ? 0 : KgReader.integer(rows.get(0), "n");
    }

    /** All resources of a class, sorted. */
    List<Item> list(Kind kind, Sort sort, boolean descending) {
        List<Item> items = new ArrayList<>(this.items.get(kind).get());
        Comparator<String> text = Comparator.comparing(s -> s.toLowerCase(Locale.ROOT));
        Comparator<Item> byName = Comparator.comparing(Item::label, text).thenComparing(Item::iri);
        Comparator<Item> c = switch (sort) {
            case NAME -> descending ? byName.reversed() : byName;
            case DATE -> {
                Comparator<String> dates = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
                Comparator<Item> d = Comparator.comparing(Item::date, Comparator.nullsLast(dates));
                yield d.thenComparing(byName);
            }
            case MENTIONS -> {
                Comparator<Item> m = Comparator.comparingInt(Item::mentions);
                yield (descending ? m.reversed() : m).thenComparing(byName);
            }
        };
        items.sort(c);
        return items;
    }

    private List<Item> entities(Kind kind) {
        Map<String, Node> bind = Map.of("class", NodeFactory.createURI(kind.classIri()));
        return reader.read(() -> {
            Map<String, Integer> mentions = countBy("SELECT ?e (COUNT(DISTINCT ?m) AS ?n) WHERE { ?e a ?class ."
                    + " ?m itsrdf:taIdentRef ?e } GROUP BY ?e", bind);
            Map<String, Integer> docs = countBy("SELECT ?e (COUNT(DISTINCT ?d) AS ?n) WHERE { ?e a ?class ;"
                    + " dkg:mentionedIn ?d } GROUP BY ?e", bind);
            Map<String, List<String>> alts = new HashMap<>();
            for (Binding row : reader.select("SELECT DISTINCT ?e ?alt WHERE { ?e a ?class ; skos:altLabel ?alt }"
                    + " ORDER BY ?e ?alt", bind)) {
                alts.computeIfAbsent(KgReader.str(row, "e"), e -> new ArrayList<>()).add(KgReader.str(row, "alt"));
            }
            List<Item> out = new ArrayList<>();
            for (Binding row : reader.select("SELECT ?e (MIN(STR(?l)) AS ?label) (SAMPLE(?k) AS ?kind)"
                    + " (MIN(STR(?d)) AS ?date) WHERE { ?e a ?class ; rdfs:label ?l . OPTIONAL { ?e dkg:kind ?k }"
                    + " OPTIONAL { ?e dkg:date ?d } } GROUP BY ?e", bind)) {
                String e = KgReader.str(row, "e");
                out.add(new Item(e, KgReader.str(row, "label"), kind, KgReader.str(row, "kind"),
                        alts.getOrDefault(e, List.of()), KgReader.str(row, "date"), mentions.getOrDefault(e, 0),
                        docs.getOrDefault(e, 0)));
            }
            return out;
        });
    }

    /** Documents: title as label, identifier as alternative, publication date, mentions and entities found. */
    List<Item> documents() {
        return reader.read(() -> {
            Map<String, Integer> mentions = countBy("SELECT ?e (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?e {"
                    + " ?m itsrdf:taIdentRef ?x } } GROUP BY ?e", Map.of());
            Map<String, Integer> entities = countBy("SELECT ?e (COUNT(DISTINCT ?x) AS ?n) WHERE {"
                    + " ?x dkg:mentionedIn ?e } GROUP BY ?e", Map.of());
            List<Item> out = new ArrayList<>();
            for (Binding row : reader.select("SELECT ?e (SAMPLE(?i) AS ?id) (SAMPLE(?t) AS ?title)"
                    + " (MIN(STR(?d)) AS ?date) WHERE { ?e a dkg:Document ; dcterms:identifier ?i ."
                    + " OPTIONAL { ?e dcterms:title ?t } OPTIONAL { ?e dcterms:date ?d } } GROUP BY ?e")) {
                String e = KgReader.str(row, "e");
                String id = KgReader.str(row, "id");
                String title = KgReader.str(row, "title");
                out.add(new Item(e, title == null || title.isBlank() ? id : title, Kind.DOCUMENT, null, List.of(id),
                        KgReader.str(row, "date"), mentions.getOrDefault(e, 0), entities.getOrDefault(e, 0)));
            }
            return out;
        });
    }

    private Map<String, Integer> countBy(String query, Map<String, Node> bind) {
        Map<String, Integer> out = new HashMap<>();
        for (Binding row : reader.select(query, bind)) {
            out.put(KgReader.str(row, "e"), KgReader.integer(row, "n"));
        }
        return out;
    }

    /** A dated event or agreement on the timeline, with who and where. */
    record Dated(String iri, String label, Kind kind, String date, String endDate, Map<String, List<Resources.Value>>
            related) {
    }

    /** Events and agreements with a date, oldest first. */
    List<Dated> timeline() {
        return reader.read(() -> {
            Map<String, Dated> byIri = new LinkedHashMap<>();
            for (Binding row : reader.select("SELECT ?e ?c (MIN(STR(?l)) AS ?label) (MIN(STR(?d)) AS ?date)"
                    + " (MAX(STR(?x)) AS ?end) WHERE { VALUES ?c { dkg:Event dkg:Agreement } ?e a ?c ; dkg:date ?d ;"
                    + " rdfs:label ?l . OPTIONAL { ?e dkg:endDate ?x } } GROUP BY ?e ?c ORDER BY ?date ?label")) {
                String e = KgReader.str(row, "e");
                byIri.put(e, new Dated(e, KgReader.str(row, "label"), Kind.ofClassIri(KgReader.str(row, "c"))
                        .orElse(Kind.EVENT), KgReader.str(row, "date"), KgReader.str(row, "end"),
                        new LinkedHashMap<>()));
            }
            for (Binding row : reader.select("SELECT ?e ?p ?o (MIN(STR(?l)) AS ?ol) WHERE {"
                    + " VALUES ?p { dkg:location dkg:host dkg:party dkg:issuedBy dkg:adoptedAt dkg:inSeries }"
                    + " ?e dkg:date ?d ; ?p ?o . ?o rdfs:label ?l } GROUP BY ?e ?p ?o ORDER BY ?ol")) {
                Dated d = byIri.get(KgReader.str(row, "e"));
                if (d != null) {
                    Node o = row.get("o");
                    Kind kind = links.kindOf(o.getURI()).orElse(null);
                    d.related().computeIfAbsent(KgReader.str(row, "p"), p -> new ArrayList<>())
                            .add(new Resources.Value(o, KgReader.str(row, "ol"), kind));
                }
            }
            return List.copyOf(byIri.values());
        });
    }

    /** Events and agreements that have no date. */
    int undated() {
        List<Binding> rows = reader.select("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { VALUES ?c { dkg:Event"
                + " dkg:Agreement } ?e a ?c FILTER NOT EXISTS { ?e dkg:date ?d } }");
        return rows.isEmpty() ? 0 : KgReader.integer(rows.get(0), "n");
    }

    /** A search result: the resource, its label, and the name that matched (a label, acronym or title). */
    record Match(String iri, String label, Kind kind, String matched, int score) {
    }

    /**
     * Resources whose label, alternative label (acronyms) or title contains {@code q}, best first: an exact
     * name, then a name starting with it, then a word starting with it, then anywhere; shorter labels first.
     */
    List<Match> search(String q, int limit) {
        String needle = q.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        Map<String, Match> best = new HashMap<>();
        for (Named n : names.get()) {
            if (n.lcase().contains(needle)) {
                Match m = new Match(n.iri(), n.label(), n.kind(), n.name(),
                        score(n.name().toLowerCase(Locale.ROOT), needle));
                best.merge(n.iri(), m, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingInt(Match::score).reversed()
                        .thenComparingInt(m -> m.label().length())
                        .thenComparing(m -> m.label().toLowerCase(Locale.ROOT)))
                .limit(limit)
                .toList();
    }

    /** A name of a resource of a class the site shows; {@code lcase} is the name lower-cased as SPARQL's LCASE. */
    private record Named(String iri, Kind kind, String name, String lcase, String label) {
    }

    /**
     * Every label, alternative label and title of the resources the site shows, in the order the store gives them:
     * what {@link #search} looks through, read once per store version instead of a scan of the store per search
     * (it was a third of a search page's time under load).
     */
    private List<Named> allNames() {
        List<Named> out = new ArrayList<>();
        // Classes are checked here rather than in the query: a VALUES or IN on ?c makes ARQ join worse (4x slower).
        for (Binding row : reader.select("SELECT DISTINCT ?e ?c ?name (COALESCE(?t, ?l) AS ?label) WHERE {"
                + " ?e rdfs:label|skos:altLabel|dcterms:title ?name ."
                + " ?e a ?c ; rdfs:label ?l OPTIONAL { ?e dcterms:title ?t } }")) {
            Optional<Kind> top = Kind.ofClassIri(KgReader.str(row, "c"));
            if (top.isPresent()) {
                String name = KgReader.str(row, "name");
                out.add(new Named(KgReader.str(row, "e"), top.get(), name, name.toLowerCase(Locale.getDefault()),
                        KgReader.str(row, "label")));
            }
        }
        return List.copyOf(out);
    }

    static int score(String name, String needle) {
        if (name.equals(needle)) {
            return 4;
        }
        if (name.startsWith(needle)) {
            return 3;
        }
        int i = name.indexOf(needle);
        while (i > 0) {
            if (!Character.isLetterOrDigit(name.charAt(i - 1))) {
                return 2;
            }
            i = name.indexOf(needle, i + 1);
        }
        return 1;
    }
}
