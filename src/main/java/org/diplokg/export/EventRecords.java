package org.diplokg.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.DatasetFactory;
import org.diplokg.rdf.Prefixes;

/**
 * The events and agreements of the store as event records, the shape PLOVER and CAMEO (GDELT) event data share: who
 * (actor, recipient), did what (a PLOVER category with a CAMEO code), when, where, and the sentence that says so.
 *
 * <ul>
 * <li>An event (summit, forum, meeting) is a PLOVER {@code CONSULT}: with a host and participants, the participants
 *     are the actor and the host the recipient, mode {@code visit} (CAMEO 042, make a visit); with a host alone, the
 *     host is the actor (CAMEO 043, host a visit); with participants alone, they are the actor, mode
 *     {@code multilateral} when there are three or more (CAMEO 040, consult).</li>
 * <li>A formal agreement (memorandum, agreement, treaty, convention, protocol, accord, charter, letter of intent)
 *     with parties is a PLOVER {@code SUPPORT} (CAMEO 057, sign formal agreement); any other agreement (declaration,
 *     joint statement, communiqué, initiative, roadmap, plan, framework, strategy) is a PLOVER {@code AGREE}
 *     (CAMEO 030, express intent to cooperate). The parties are the actor (issuers when there are no parties); its
 *     place and date are its own, else those of the event that adopted it.</li>
 * </ul>
 * Context is {@code diplomatic} for all; all four are PLOVER's (and GDELT's) quad class 1, verbal cooperation.
 * Records need a date and an actor (PLOVER requires both); the rest are counted as left out.
 */
final class EventRecords {
    private static final Set<String> FORMAL = Set.of("memorandum", "memorandum of understanding", "agreement",
            "treaty", "convention", "protocol", "accord", "charter", "letter of intent", "contract", "deal", "pact");
    private static final String WIKIDATA = Prefixes.WIKIDATA;

    /** A country, organisation or person taking part. {@code code}: ISO alpha-3, UNO, EUR, IGO, NGO or null. */
    record Actor(String iri, String name, String code, String qid, String countryIso3) {
    }

    /** Where: a place or a country, with what the identifier table gave it. */
    record Location(String iri, String name, boolean isCountry, String geonames, String lat, String lon,
                    String country, String countryIso3) {
    }

    /** The sentence a record comes from. */
    record Evidence(String document, String identifier, String title, String source, String sentence, int start,
                    int end, Integer page) {
    }

    /** One event record. {@code date} is YYYY-MM-DD; {@code precision} says whether it was only a month or year. */
    record Record(String id, String iri, String label, String category, String cameo, List<String> mode,
                  String date, String precision, String endDate, List<Actor> actors, List<Actor> recipients,
                  Location location, Evidence evidence) {
        int quadClass() {
            return 1;
        }
    }

    /** The records, in IRI order, and how many events and agreements had no date or no actor. */
    record Result(List<Record> records, int leftOut) {
    }

    private final DatasetGraph dataset;
    private final Map<String, Map<String, List<String>>> relations = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, String> classes = new HashMap<>();
    private final Map<String, String> kinds = new HashMap<>();
    private final Map<String, String> dates = new HashMap<>();
    private final Map<String, String> endDates = new HashMap<>();
    private final Map<String, String> iso3 = new HashMap<>();
    private final Map<String, String> qids = new HashMap<>();
    private final Map<String, String[]> geo = new HashMap<>();
    private final Map<String, String> placeCountry = new HashMap<>();
    private final Map<String, Evidence> evidence = new HashMap<>();

    private EventRecords(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Reads the records of the entities in {@code selection} (all when null); the caller holds a read transaction. */
    static Result read(DatasetGraph dataset, Set<String> selection) {
        EventRecords r = new EventRecords(dataset);
        r.load();
        List<Record> out = new ArrayList<>();
        int leftOut = 0;
        List<String> subjects = new ArrayList<>();
        r.classes.forEach((iri, cls) -> {
            if ((cls.equals("Event") || cls.equals("Agreement")) && (selection == null || selection.contains(iri))) {
                subjects.add(iri);
            }
        });
        subjects.sort(null);
        for (String iri : subjects) {
            Record rec = r.classes.get(iri).equals("Event") ? r.event(iri) : r.agreement(iri);
            if (rec == null) {
                leftOut++;
            } else {
                out.add(rec);
            }
        }
        return new Result(out, leftOut);
    }

    private Record event(String iri) {
        List<Actor> hosts = actors(iri, "host");
        List<Actor> participants = actors(iri, "participant");
        participants.removeIf(p -> hosts.stream().anyMatch(h -> h.iri().equals(p.iri())));
        List<Actor> actors;
        List<Actor> recipients = List.of();
        List<String> mode = List.of();
        String cameo;
        if (!hosts.isEmpty() && !participants.isEmpty()) {
            actors = participants;
            recipients = hosts;
            mode = List.of("visit");
            cameo = "042";
        } else if (!hosts.isEmpty()) {
            actors = hosts;
            cameo = "043";
        } else {
            actors = participants;
            mode = participants.size() >= 3 ? List.of("multilateral") : List.of();
            cameo = "040";
        }
        return record(iri, "CONSULT", cameo, mode, actors, recipients, dates.get(iri), endDates.get(iri),
                location(iri), List.of("date", "host", "participant", "location"));
    }

    private Record agreement(String iri) {
        List<Actor> actors = actors(iri, "party");
        if (actors.isEmpty()) {
            actors = actors(iri, "issuedBy");
        }
        String kind = kinds.getOrDefault(iri, "").toLowerCase(Locale.ROOT);
        boolean formal = FORMAL.contains(kind) || FORMAL.stream().anyMatch(k -> kind.endsWith(" " + k));
        String adoptedAt = first(iri, "adoptedAt");
        String date = dates.getOrDefault(iri, adoptedAt == null ? null : dates.get(adoptedAt));
        Location where = location(iri);
        if (where == null && adoptedAt != null) {
            where = location(adoptedAt);
        }
        return record(iri, formal ? "SUPPORT" : "AGREE", formal ? "057" : "030", List.of(), actors, List.of(), date,
                null, where, List.of("party", "date", "issuedBy", "adoptedAt", "location"));
    }

    private Record record(String iri, String category, String cameo, List<String> mode, List<Actor> actors,
                          List<Actor> recipients, String date, String endDate, Location location,
                          List<String> evidenceOrder) {
        if (actors.isEmpty() || date == null) {
            return null;
        }
        String precision = date.length() == 10 ? "day" : date.length() == 7 ? "month" : "year";
        String day = switch (precision) {
            case "day" -> date;
            case "month" -> date + "-01";
            default -> date + "-01-01";
        };
        Evidence ev = null;
        for (String p : evidenceOrder) {
            ev = evidence.get(iri + "|" + p);
            if (ev != null) {
                break;
            }
        }
        if (ev == null) {
            ev = evidence.get(iri + "|mention");
        }
        return new Record("diplokg-" + hash(iri), iri, labels.getOrDefault(iri, iri), category, cameo, mode, day,
                precision, endDate != null && endDate.length() == 10 ? endDate : null, actors, recipients, location,
                ev);
    }

    private List<Actor> actors(String iri, String property) {
        List<Actor> out = new ArrayList<>();
        for (String o : relations.getOrDefault(iri, Map.of()).getOrDefault(property, List.of())) {
            String cls = classes.get(o);
            if (cls == null) {
                continue;
            }
            out.add(new Actor(o, labels.getOrDefault(o, o), code(o, cls), qids.get(o), iso3.get(o)));
        }
        return out;
    }

    /** PLOVER's "country name" code: ISO alpha-3 for a country, UNO, EUR, IGO or NGO for an organisation. */
    private String code(String iri, String cls) {
        if (cls.equals("Country")) {
            return iso3.get(iri);
        }
        if (!cls.equals("Organization")) {
            return null;
        }
        String label = labels.getOrDefault(iri, "");
        String kind = kinds.getOrDefault(iri, "");
        if (label.equals("United Nations") || kind.equals("un-body")) {
            return "UNO";
        }
        if (label.equals("European Union")) {
            return "EUR";
        }
        return switch (kind) {
            case "intergovernmental", "regional", "grouping", "bank", "standards" -> "IGO";
            case "ngo" -> "NGO";
            default -> null;
        };
    }

    private Location location(String iri) {
        String where = first(iri, "location");
        if (where == null || classes.get(where) == null) {
            return null;
        }
        boolean country = classes.get(where).equals("Country");
        String[] g = geo.getOrDefault(where, new String[3]);
        String countryIri = country ? where : placeCountry.get(where);
        return new Location(where, labels.getOrDefault(where, where), country, g[0], g[1], g[2],
                countryIri == null ? null : labels.get(countryIri), countryIri == null ? null : iso3.get(countryIri));
    }

    private String first(String iri, String property) {
        List<String> os = relations.getOrDefault(iri, Map.of()).getOrDefault(property, List.of());
        return os.isEmpty() ? null : os.get(0);
    }

    private void load() {
        select("SELECT ?e ?c ?l ?k ?d ?end ?a3 ?wd ?gn ?lat ?long WHERE { VALUES ?c { dkg:Event dkg:Agreement"
                + " dkg:Country dkg:Organization dkg:Person dkg:Place } ?e a ?c ; rdfs:label ?l"
                + " OPTIONAL { ?e dkg:kind ?k } OPTIONAL { ?e dkg:date ?d } OPTIONAL { ?e dkg:endDate ?end }"
                + " OPTIONAL { ?e dkg:isoAlpha3 ?a3 } OPTIONAL { ?e owl:sameAs ?wd FILTER(STRSTARTS(STR(?wd), '"
                + WIKIDATA + "')) } OPTIONAL { ?e dkg:geonamesId ?gn } OPTIONAL { ?e geo:lat ?lat ; geo:long ?long }"
                + " }", s -> {
                    String e = s.getResource("e").getURI();
                    classes.putIfAbsent(e, s.getResource("c").getLocalName());
                    labels.putIfAbsent(e, s.getLiteral("l").getString());
                    put(kinds, e, s, "k");
                    put(dates, e, s, "d");
                    put(endDates, e, s, "end");
                    put(iso3, e, s, "a3");
                    if (s.contains("wd")) {
                        qids.putIfAbsent(e, s.getResource("wd").getURI().substring(WIKIDATA.length()));
                    }
                    if (s.contains("gn") || s.contains("lat")) {
                        geo.putIfAbsent(e, new String[] {str(s.get("gn")), str(s.get("lat")), str(s.get("long"))});
                    }
                });
        select("SELECT ?s ?p ?o WHERE { VALUES ?p { dkg:participant dkg:host dkg:party dkg:issuedBy dkg:location"
                + " dkg:adoptedAt } ?s ?p ?o } ORDER BY ?s ?p ?o", s -> relations
                .computeIfAbsent(s.getResource("s").getURI(), k -> new LinkedHashMap<>())
                .computeIfAbsent(s.getResource("p").getLocalName(), k -> new ArrayList<>())
                .add(s.getResource("o").getURI()));
        select("SELECT ?p ?c WHERE { ?p dkg:locatedIn ?c . ?c a dkg:Country } ORDER BY ?p ?c",
                s -> placeCountry.putIfAbsent(s.getResource("p").getURI(), s.getResource("c").getURI()));
        String sentence = " ?sent nif:beginIndex ?b ; nif:endIndex ?x . OPTIONAL { ?sent dkg:page ?page }"
                + " ?doc dcterms:identifier ?id OPTIONAL { ?doc dcterms:title ?t } OPTIONAL { ?doc dcterms:source ?src }";
        select("SELECT ?e ?p ?sent ?b ?x ?page ?doc ?id ?t ?src WHERE { ?st rdf:subject ?e ; rdf:predicate ?p ;"
                + " dkg:evidence ?sent ; prov:wasDerivedFrom ?doc ." + sentence + " } ORDER BY ?e ?p ?doc ?b",
                s -> evidence.putIfAbsent(s.getResource("e").getURI() + "|" + s.getResource("p").getLocalName(),
                        evidence(s)));
        select("SELECT ?e ?sent ?b ?x ?page ?doc ?id ?t ?src WHERE { GRAPH ?doc { ?m itsrdf:taIdentRef ?e ;"
                + " nif:sentence ?sent } ?e a ?c VALUES ?c { dkg:Event dkg:Agreement }" + sentence + " }"
                + " ORDER BY ?e ?doc ?b", s -> evidence.putIfAbsent(s.getResource("e").getURI() + "|mention",
                        evidence(s)));
    }

    private static Evidence evidence(QuerySolution s) {
        RDFNode page = s.get("page");
        return new Evidence(s.getResource("doc").getURI(), s.getLiteral("id").getString(), str(s.get("t")),
                str(s.get("src")), s.getResource("sent").getURI(), s.getLiteral("b").getInt(),
                s.getLiteral("x").getInt(), page == null ? null : page.asLiteral().getInt());
    }

    private static void put(Map<String, String> map, String key, QuerySolution s, String var) {
        if (s.contains(var)) {
            map.putIfAbsent(key, str(s.get(var)));
        }
    }

    private static String str(RDFNode n) {
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private void select(String query, Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset))
                .query(Prefixes.sparql() + query).build()) {
            qe.execSelect().forEachRemaining(row);
        }
    }

    /** The first 12 hex digits of the IRI's SHA-256: a stable record id. */
    static String hash(String iri) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(iri.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The distinct actors of a record, for the dyads of the CAMEO rows. */
    static List<Actor> distinct(List<Actor> actors) {
        Map<String, Actor> byIri = new LinkedHashMap<>();
        actors.forEach(a -> byIri.putIfAbsent(a.iri(), a));
        return new ArrayList<>(byIri.values());
    }
}
