package org.diplokg.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.diplokg.rdf.Prefixes;

/**
 * What the store says about one document, read back for evaluation: its text, the entities mentioned in it (class,
 * label, alternative labels and the surface forms of its mentions there) and the relation triples of its graph.
 */
public record SystemGraph(String document, String text, Map<String, Entity> entities, List<Fact> facts) {
    public SystemGraph {
        entities = Map.copyOf(entities);
        facts = List.copyOf(facts);
    }

    /**
     * An entity of the store with the names it is known by; {@code mentioned} is false for an entity the document
     * implies without naming it (a series known only through its numbered instances).
     */
    public record Entity(String iri, String cls, String label, Set<String> names, boolean mentioned) {
        public Entity {
            names = Set.copyOf(names);
        }

        public Set<String> keys() {
            Set<String> keys = new HashSet<>();
            names.forEach(n -> keys.add(NameKey.of(n)));
            keys.add(NameKey.of(label));
            keys.remove("");
            return keys;
        }
    }

    /** A relation triple: {@code object} is an entity IRI, or {@code value} the lexical form of a literal. */
    public record Fact(String subject, String relation, Optional<String> object, Optional<String> value) {
    }

    private static final String CLASSES = "dkg:Organization dkg:Country dkg:Place dkg:Person dkg:Agreement"
            + " dkg:Event dkg:EventSeries";

    /** Reads the document whose {@code dcterms:identifier} is {@code identifier}; empty when it is not stored. */
    public static Optional<SystemGraph> read(Dataset dataset, String identifier) {
        String lit = "\"" + identifier.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        String entitiesQuery = Prefixes.sparql() + "SELECT ?e ?cls ?label ?name WHERE {"
                + " GRAPH ?g { ?d a dkg:Document ; dcterms:identifier " + lit + " . ?e dkg:mentionedIn ?d ."
                + " OPTIONAL { ?m itsrdf:taIdentRef ?e ; nif:anchorOf ?name } }"
                + " VALUES ?cls { " + CLASSES + " } ?e a ?cls ; rdfs:label ?label }";
        String namesQuery = Prefixes.sparql() + "SELECT ?e ?name WHERE {"
                + " GRAPH ?g { ?d a dkg:Document ; dcterms:identifier " + lit + " . ?e dkg:mentionedIn ?d }"
                + " ?e skos:altLabel ?name }";
        String factsQuery = Prefixes.sparql() + "SELECT ?s ?p ?o WHERE {"
                + " GRAPH ?g { ?d a dkg:Document ; dcterms:identifier " + lit + " . ?s ?p ?o }"
                + " VALUES ?p { dkg:party dkg:issuedBy dkg:adoptedAt dkg:date dkg:endDate dkg:location dkg:host"
                + " dkg:participant dkg:inSeries dkg:ordinal dkg:partOf dkg:memberOf dkg:locatedIn dkg:affiliation } }";
        return Txn.calculateRead(dataset, () -> {
            Map<String, String> classes = new LinkedHashMap<>();
            Map<String, String> labels = new LinkedHashMap<>();
            Map<String, Set<String>> names = new LinkedHashMap<>();
            Set<String> mentioned = new HashSet<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(entitiesQuery).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    String e = s.getResource("e").getURI();
                    classes.put(e, s.getResource("cls").getLocalName());
                    labels.put(e, s.getLiteral("label").getLexicalForm());
                    Set<String> set = names.computeIfAbsent(e, k -> new HashSet<>());
                    if (s.contains("name")) {
                        set.add(s.getLiteral("name").getLexicalForm());
                        mentioned.add(e);
                    }
                });
            }
            if (classes.isEmpty()) {
                boolean known;
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(Prefixes.sparql()
                        + "ASK { GRAPH ?g { ?d a dkg:Document ; dcterms:identifier " + lit + " } }").build()) {
                    known = qe.execAsk();
                }
                if (!known) {
                    return Optional.<SystemGraph>empty();
                }
            }
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(namesQuery).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    Set<String> set = names.get(s.getResource("e").getURI());
                    if (set != null) {
                        set.add(s.getLiteral("name").getLexicalForm());
                    }
                });
            }
            List<Fact> facts = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(factsQuery).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    RDFNode o = s.get("o");
                    facts.add(new Fact(s.getResource("s").getURI(), s.getResource("p").getLocalName(),
                            o.isURIResource() ? Optional.of(o.asResource().getURI()) : Optional.empty(),
                            o.isLiteral() ? Optional.of(o.asLiteral().getLexicalForm()) : Optional.empty()));
                });
            }
            String text = "";
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(Prefixes.sparql() + "SELECT ?text WHERE {"
                    + " GRAPH ?g { ?d a dkg:Document ; dcterms:identifier " + lit + " . ?c a nif:Context ;"
                    + " nif:isString ?text } } LIMIT 1").build()) {
                var rs = qe.execSelect();
                if (rs.hasNext()) {
                    text = rs.next().getLiteral("text").getLexicalForm();
                }
            }
            Map<String, Entity> entities = new LinkedHashMap<>();
            classes.forEach((e, cls) -> entities.put(e, new Entity(e, cls, labels.get(e), names.get(e),
                    mentioned.contains(e))));
            return Optional.of(new SystemGraph(identifier, text, entities, facts));
        });
    }

    /** Every entity of the store (all documents) with its class and names, for the identity check. */
    public static List<Entity> allEntities(Dataset dataset) {
        String q = Prefixes.sparql() + "SELECT ?e ?cls ?label ?alt WHERE { VALUES ?cls { " + CLASSES + " }"
                + " ?e a ?cls ; rdfs:label ?label OPTIONAL { ?e skos:altLabel ?alt } }";
        return Txn.calculateRead(dataset, () -> {
            Map<String, String[]> base = new LinkedHashMap<>();
            Map<String, Set<String>> names = new LinkedHashMap<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    String e = s.getResource("e").getURI();
                    base.put(e, new String[] {s.getResource("cls").getLocalName(),
                            s.getLiteral("label").getLexicalForm()});
                    Set<String> set = names.computeIfAbsent(e, k -> new HashSet<>());
                    set.add(s.getLiteral("label").getLexicalForm());
                    if (s.contains("alt")) {
                        set.add(s.getLiteral("alt").getLexicalForm());
                    }
                });
            }
            List<Entity> out = new ArrayList<>();
            base.forEach((e, cl) -> out.add(new Entity(e, cl[0], cl[1], names.get(e), true)));
            return out;
        });
    }
}
