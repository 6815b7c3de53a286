package org.diplokg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplokg.rdf.DKG;

/** Reads what the pages and RDF descriptions say about one resource under {@code /id/}. */
final class Resources {
    /** Links that are bookkeeping of mentions and provenance, not statements about the resource. */
    private static final String NOT_LINKS = "FILTER(?p NOT IN (itsrdf:taIdentRef, rdf:subject, rdf:object,"
            + " nif:sourceUrl, nif:referenceContext, prov:wasDerivedFrom))";
    private static final int MAX_DOCUMENTS = 50;
    private static final int MAX_SENTENCES = 20;

    private final KgReader reader;
    private final Links links;

    Resources(KgReader reader, Links links) {
        this.reader = reader;
        this.links = links;
    }

    /** A node with what is needed to show it: its label and, under the base, its kind. */
    record Value(Node node, String label, Kind kind) {
        boolean isIri() {
            return node.isURI();
        }

        String iri() {
            return node.getURI();
        }

        /** The text shown: label, else the lexical form, else the IRI. */
        String text() {
            if (label != null) {
                return label;
            }
            return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
        }
    }

    /** One triple seen from the resource: outgoing ({@code value} is the object) or incoming (the subject). */
    record Link(String property, Value value) {
    }

    /** A fact about the resource with the sentence that supports it. */
    record Fact(String subject, String property, String object, String sentenceIri, String sentence,
                String confidence, String rule, String page) {
    }

    /** A sentence of a document with the offsets (within the sentence) of the resource's mentions and its page. */
    record Hit(String sentenceIri, String text, List<int[]> marks, String page) {
    }

    /** A document that mentions the resource, with the sentences that do. */
    record Mentioning(String document, String title, String date, int mentions, List<Hit> sentences) {
    }

    /** Everything the entity page shows. */
    record Entity(String iri, String label, Kind kind, List<String> types, List<String> altLabels, String subtype,
                  List<Link> outgoing, List<Link> incoming, List<Fact> facts, List<Mentioning> documents,
                  int documentCount) {
        /** Objects of one property, in order. */
        List<Value> out(String property) {
            return outgoing.stream().filter(l -> l.property().equals(property)).map(Link::value).toList();
        }

        List<Value> in(String property) {
            return incoming.stream().filter(l -> l.property().equals(property)).map(Link::value).toList();
        }

        Optional<String> literal(String property) {
            return out(property).stream().filter(v -> v.node().isLiteral()).map(v -> v.node().getLiteralLexicalForm())
                    .findFirst();
        }
    }

    /** Whether the store says anything about {@code iri}. */
    boolean exists(String iri) {
        return reader.ask("ASK { ?e ?p ?o }", Map.of("e", NodeFactory.createURI(iri)));
    }

    /** The page data of an entity or document, or empty when the store has nothing about it. */
    Optional<Entity> entity(String iri) {
        Node e = NodeFactory.createURI(iri);
        Map<String, Node> bind = Map.of("e", e);
        return reader.read(() -> {
            List<Link> out = new ArrayList<>();
            for (Binding row : reader.select("SELECT ?p ?o (SAMPLE(COALESCE(?t, ?l)) AS ?ol) WHERE { ?e ?p ?o"
                    + " OPTIONAL { ?o rdfs:label ?l } OPTIONAL { ?o dcterms:title ?t } } GROUP BY ?p ?o", bind)) {
                out.add(new Link(KgReader.str(row, "p"), value(row.get("o"), KgReader.str(row, "ol"))));
            }
            if (out.isEmpty()) {
                return Optional.<Entity>empty();
            }
            List<Link> in = new ArrayList<>();
            for (Binding row : reader.select("SELECT ?s ?p (SAMPLE(COALESCE(?t, ?l)) AS ?sl) WHERE { ?s ?p ?e "
                    + NOT_LINKS + " OPTIONAL { ?s rdfs:label ?l } OPTIONAL { ?s dcterms:title ?t } } GROUP BY ?s ?p",
                    bind)) {
                in.add(new Link(KgReader.str(row, "p"), value(row.get("s"), KgReader.str(row, "sl"))));
            }
            Comparator<Link> byText = Comparator.comparing(l -> l.value().text().toLowerCase(java.util.Locale.ROOT));
            out.sort(byText);
            in.sort(byText);
            List<String> types = new ArrayList<>();
            List<String> alts = new ArrayList<>();
            String label = null;
            String subtype = null;
            for (Link l : out) {
                Node o = l.value().node();
                if (l.property().equals(RDF.type.getURI()) && o.isURI()) {
                    types.add(o.getURI());
                } else if (l.property().equals(SKOS.altLabel.getURI()) && o.isLiteral()) {
                    alts.add(o.getLiteralLexicalForm());
                } else if (l.property().equals(RDFS.label.getURI()) && o.isLiteral() && label == null) {
                    label = o.getLiteralLexicalForm();
                } else if (l.property().equals(DKG.kind.getURI()) && o.isLiteral()) {
                    subtype = o.getLiteralLexicalForm();
                }
            }
            Kind kind = types.stream().map(Kind::ofClassIri).flatMap(Optional::stream).findFirst()
                    .or(() -> links.kindOf(iri)).orElse(null);
            if (kind == Kind.DOCUMENT) {
                label = out.stream().filter(l -> l.property().equals(org.apache.jena.vocabulary.DCTerms.title.getURI()))
                        .map(l -> l.value().text()).findFirst().orElse(label);
            }
            List<Mentioning> docs = kind == Kind.DOCUMENT ? List.of() : mentioning(bind);
            int docCount = (int) out.stream().filter(l -> l.property().equals(DKG.mentionedIn.getURI())).count();
            return Optional.of(new Entity(iri, label == null ? iri : label, kind, types, alts, subtype, out, in,
                    kind == Kind.DOCUMENT ? List.of() : facts(bind), docs, docCount));
        });
    }

    private Value value(Node n, String label) {
        return new Value(n, label, n.isURI() ? links.kindOf(n.getURI()).orElse(null) : null);
    }

    private List<Fact> facts(Map<String, Node> bind) {
        List<Fact> out = new ArrayList<>();
        for (Binding row : reader.select("SELECT ?s ?p ?o ?sent ?text ?conf ?rule ?page WHERE {"
                + " { ?st rdf:subject ?e } UNION { ?st rdf:object ?e }"
                + " ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; dkg:evidence ?sent ."
                + " OPTIONAL { ?st dkg:confidence ?conf } OPTIONAL { ?st dkg:extractedBy ?rule }"
                + " OPTIONAL { ?sent nif:anchorOf ?text } OPTIONAL { ?sent dkg:page ?page } } ORDER BY ?p ?sent",
                bind)) {
            out.add(new Fact(KgReader.str(row, "s"), KgReader.str(row, "p"), KgReader.str(row, "o"),
                    KgReader.str(row, "sent"), KgReader.str(row, "text"), KgReader.str(row, "conf"),
                    KgReader.str(row, "rule"), KgReader.str(row, "page")));
        }
        return out;
    }

    private List<Mentioning> mentioning(Map<String, Node> bind) {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> dates = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Map<String, Hit>> hits = new LinkedHashMap<>();
        for (Binding row : reader.select("SELECT ?doc ?title ?date ?sent ?sb ?text ?b ?end ?page WHERE { GRAPH ?doc {"
                + " ?m itsrdf:taIdentRef ?e ; nif:beginIndex ?b ; nif:endIndex ?end ; nif:sentence ?sent ."
                + " ?sent nif:beginIndex ?sb ; nif:anchorOf ?text . OPTIONAL { ?sent dkg:page ?page }"
                + " OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc dcterms:date ?date } } }"
                + " ORDER BY DESC(?date) ?doc ?sb ?b", bind)) {
            String doc = KgReader.str(row, "doc");
            titles.putIfAbsent(doc, KgReader.str(row, "title"));
            dates.putIfAbsent(doc, KgReader.str(row, "date"));
            counts.merge(doc, 1, Integer::sum);
            Map<String, Hit> sentences = hits.computeIfAbsent(doc, d -> new LinkedHashMap<>());
            String sent = KgReader.str(row, "sent");
            if (!sentences.containsKey(sent) && sentences.size() >= MAX_SENTENCES) {
                continue;
            }
            Hit hit = sentences.computeIfAbsent(sent, s -> new Hit(s, KgReader.str(row, "text"), new ArrayList<>(),
                    KgReader.str(row, "page")));
            int sb = KgReader.integer(row, "sb");
            hit.marks().add(new int[] {KgReader.integer(row, "b") - sb, KgReader.integer(row, "end") - sb});
        }
        List<Mentioning> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Hit>> d : hits.entrySet()) {
            if (out.size() == MAX_DOCUMENTS) {
                break;
            }
            String doc = d.getKey();
            out.add(new Mentioning(doc, titles.get(doc), dates.get(doc), counts.get(doc),
                    List.copyOf(d.getValue().values())));
        }
        return out;
    }

    /** A character range of a document's text: a sentence, or a mention of {@code entity}. */
    record Span(int begin, int end, String entity, String label, Integer page) {
    }

    /** A document's text with its sentences and mentions, and the entities found with their mention counts. */
    record Text(String text, List<Span> sentences, List<Span> mentions, List<Value> entities, Map<String, Integer>
            mentionCounts) {
    }

    /** The text of the document {@code iri} (its named graph), or empty when it has none. */
    Optional<Text> text(String iri) {
        Map<String, Node> bind = Map.of("e", NodeFactory.createURI(iri));
        return reader.read(() -> {
            List<Binding> ctx = reader.select("SELECT ?text WHERE { GRAPH ?e { ?c a nif:Context ; nif:isString ?text"
                    + " } } LIMIT 1", bind);
            if (ctx.isEmpty()) {
                return Optional.<Text>empty();
            }
            List<Span> sentences = new ArrayList<>();
            for (Binding row : reader.select("SELECT ?b ?x ?page WHERE { GRAPH ?e { ?s a nif:Sentence ;"
                    + " nif:beginIndex ?b ; nif:endIndex ?x OPTIONAL { ?s dkg:page ?page } } } ORDER BY ?b", bind)) {
                String page = KgReader.str(row, "page");
                sentences.add(new Span(KgReader.integer(row, "b"), KgReader.integer(row, "x"), null, null,
                        page == null ? null : Integer.valueOf(page)));
            }
            List<Span> mentions = new ArrayList<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            Map<String, String> labels = new LinkedHashMap<>();
            for (Binding row : reader.select("SELECT ?b ?x ?ent (SAMPLE(?l) AS ?label) WHERE { GRAPH ?e {"
                    + " ?m itsrdf:taIdentRef ?ent ; nif:beginIndex ?b ; nif:endIndex ?x }"
                    + " OPTIONAL { ?ent rdfs:label ?l }"
                    + " } GROUP BY ?b ?x ?ent ORDER BY ?b DESC(?x)", bind)) {
                String ent = KgReader.str(row, "ent");
                String label = KgReader.str(row, "label");
                mentions.add(new Span(KgReader.integer(row, "b"), KgReader.integer(row, "x"), ent, label, null));
                counts.merge(ent, 1, Integer::sum);
                labels.putIfAbsent(ent, label);
            }
            List<Value> entities = new ArrayList<>();
            labels.forEach((ent, label) -> entities.add(value(NodeFactory.createURI(ent), label)));
            entities.sort(Comparator.comparing(v -> v.text().toLowerCase(java.util.Locale.ROOT)));
            return Optional.of(new Text(KgReader.str(ctx.get(0), "text"), sentences, mentions, entities, counts));
        });
    }

    /** The RDF description: outgoing triples, incoming links, and the labels and classes of the neighbours. */
    Graph describe(String iri) {
        Map<String, Node> bind = Map.of("e", NodeFactory.createURI(iri));
        return reader.read(() -> {
            Graph g = reader.construct("CONSTRUCT { ?e ?p ?o . ?o rdfs:label ?l . ?o a ?c } WHERE { ?e ?p ?o"
                    + " OPTIONAL { ?o rdfs:label ?l } OPTIONAL { ?o a ?c FILTER(STRSTARTS(STR(?c), STR(dkg:))) } }",
                    bind);
            reader.construct("CONSTRUCT { ?s ?p ?e . ?s rdfs:label ?l . ?s a ?c } WHERE { ?s ?p ?e " + NOT_LINKS
                    + " OPTIONAL { ?s rdfs:label ?l } OPTIONAL { ?s a ?c FILTER(STRSTARTS(STR(?c), STR(dkg:))) } }",
                    bind).find().forEachRemaining(g::add);
            return g;
        });
    }
}
