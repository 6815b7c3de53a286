package org.diplokg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplokg.extract.DateValue;
import org.diplokg.extract.EntityKind;
import org.diplokg.extract.Extraction;
import org.diplokg.extract.Mention;
import org.diplokg.ingest.SourceDocument;
import org.diplokg.nlp.Sentence;
import org.diplokg.extract.Gazetteer;
import org.diplokg.resolve.CanonicalKeys;
import org.diplokg.resolve.Entity;
import org.diplokg.resolve.Fact;
import org.diplokg.resolve.ResolvedDocument;

/**
 * Writes one resolved document as the RDF of its named graph: the document, its entities (class, kind, label,
 * alternative labels, {@code dkg:mentionedIn}), the facts as plain triples, one {@code rdf:Statement} per fact
 * with its evidence sentence, confidence and rule, and NIF mentions with character offsets; a sentence of a paged
 * document (PDF) carries its page ({@code dkg:page}).
 *
 * <pre>{@code
 * Model m = DocumentGraph.create(iris, gazetteer).build(resolved, documentIri);
 * }</pre>
 */
public final class DocumentGraph {
    private static final Set<String> KIND_CLASSES = Set.of("Memorandum", "Declaration", "Initiative", "Framework",
            "Roadmap", "Plan", "ActionPlan", "Treaty", "Convention", "Law", "Statement", "JointStatement", "Strategy",
            "Charter", "Protocol", "Accord", "Consensus", "Blueprint", "Agenda", "Programme", "Communique",
            "Resolution", "Regulation", "Guidelines", "WhitePaper", "Summit", "Conference", "Forum", "Meeting",
            "Dialogue", "Seminar", "Roundtable", "Expo", "Symposium", "Workshop", "Congress", "Session", "Fair",
            "Festival", "Games", "Week", "City", "Province", "Region");

    private final Iris iris;
    private final Gazetteer gazetteer;

    private DocumentGraph(Iris iris, Gazetteer gazetteer) {
        this.iris = iris;
        this.gazetteer = gazetteer;
    }

    /**
     * A document's graph is a function of the document alone (and the read-only models and tables): an entity's IRI
     * comes from its canonical key ({@code {kind}/{slug}}, {@link CanonicalKeys}) and its {@code rdfs:label} is the name this document gives
     * it. The store makes the label of an entity shared by several documents the same in all of them
     * ({@code KgStore.replace}), whatever the order they were written in.
     */
    public static DocumentGraph create(Iris iris, Gazetteer gazetteer) {
        return new DocumentGraph(iris, gazetteer);
    }

    public Model build(ResolvedDocument resolved, String documentIri) {
        Extraction x = resolved.extraction();
        SourceDocument src = x.annotated().document();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.standard());
        Resource doc = document(m, src, documentIri, x.annotated().tokenCount());
        String text = src.text();
        Resource context = m.createResource(Iris.span(documentIri, 0, text.length()))
                .addProperty(RDF.type, NIF.Context)
                .addProperty(RDF.type, NIF.RFC5147String)
                .addLiteral(NIF.beginIndex, m.createTypedLiteral(0, XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(NIF.endIndex, m.createTypedLiteral(text.length(), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(NIF.isString, text)
                .addProperty(NIF.sourceUrl, doc);
        Map<Integer, Resource> sentences = new HashMap<>();
        Map<String, Resource> entities = new HashMap<>();
        Map<String, String> slugs = CanonicalKeys.slugs(resolved.entities(), gazetteer);
        // Two entities of the document with one key (a name in two forms) are one resource with one label: the
        // longest, then the first in code-point order; the other names are alternative labels.
        Map<String, String> labels = new HashMap<>();
        for (Entity e : resolved.entities()) {
            labels.merge(iris.entity(e.kind(), slugs.get(e.key())), e.label(), (a, b) -> a.length() != b.length()
                    ? (a.length() > b.length() ? a : b) : (a.compareTo(b) <= 0 ? a : b));
        }
        for (Entity e : resolved.entities()) {
            String iri = iris.entity(e.kind(), slugs.get(e.key()));
            entities.put(e.key(), entity(m, e, iri, labels.get(iri), doc));
        }
        for (Mention mention : x.mentions()) {
            Resource s = sentence(m, x, mention.sentence(), documentIri, context, sentences);
            m.createResource(Iris.span(documentIri, mention.begin(), mention.end()))
                    .addProperty(RDF.type, NIF.Phrase)
                    .addProperty(RDF.type, NIF.RFC5147String)
                    .addLiteral(NIF.beginIndex, nonNegative(m, mention.begin()))
                    .addLiteral(NIF.endIndex, nonNegative(m, mention.end()))
                    .addProperty(NIF.anchorOf, mention.text())
                    .addProperty(NIF.referenceContext, context)
                    .addProperty(NIF.sentence, s)
                    .addProperty(NIF.taIdentRef, entities.get(resolved.mentionEntity().get(mention.id())));
        }
        for (Fact f : resolved.facts()) {
            Resource subject = entities.get(f.subject());
            RDFNode object = f.object() != null ? entities.get(f.object()) : literal(m, f.value());
            if (subject == null || object == null) {
                continue;
            }
            var property = DKG.property(f.predicate().localName());
            m.add(subject, property, object);
            Resource evidence = sentence(m, x, f.sentence(), documentIri, context, sentences);
            m.createResource(documentIri + "#fact-" + hash(f.subject() + "|" + property + "|" + object + "|"
                            + f.sentence()))
                    .addProperty(RDF.type, RDF.Statement)
                    .addProperty(RDF.subject, subject)
                    .addProperty(RDF.predicate, property)
                    .addProperty(RDF.object, object)
                    .addProperty(DKG.evidence, evidence)
                    .addProperty(m.createProperty(Prefixes.PROV, "wasDerivedFrom"), doc)
                    .addLiteral(DKG.confidence, m.createTypedLiteral(BigDecimal.valueOf(f.confidence())
                            .setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()))   // canonical: see KgStore.replace
                    .addProperty(DKG.extractedBy, f.rule());
        }
        return m;
    }

    private Resource document(Model m, SourceDocument src, String iri, int tokens) {
        Resource doc = m.createResource(iri)
                .addProperty(RDF.type, DKG.Document)
                .addProperty(DCTerms.identifier, src.identifier())
                .addProperty(DCTerms.source, src.source())
                .addProperty(DCTerms.title, src.title())
                .addProperty(DCTerms.language, "en")
                .addProperty(DKG.format, src.format().extension())
                .addProperty(DKG.contentHash, src.contentHash())
                .addLiteral(DKG.tokenCount, m.createTypedLiteral(tokens, XSDDatatype.XSDinteger))
                .addLiteral(DKG.skippedParagraphs, m.createTypedLiteral(src.quality().nonEnglishParagraphs(),
                        XSDDatatype.XSDinteger))
                .addProperty(RDFS.label, m.createLiteral(src.identifier()));
        src.date().ifPresent(d -> doc.addLiteral(DCTerms.date, m.createTypedLiteral(d.toString(),
                XSDDatatype.XSDdate)));
        if (!src.quality().note().isEmpty()) {
            doc.addProperty(DKG.textQuality, src.quality().note());
        }
        if (!src.pageStarts().isEmpty()) {
            doc.addLiteral(DKG.pageCount, m.createTypedLiteral(src.pageStarts().size(), XSDDatatype.XSDinteger));
        }
        return doc;
    }

    private Resource entity(Model m, Entity e, String iri, String label, Resource doc) {
        Resource r = m.createResource(iri).addProperty(RDF.type, DKG.resource(e.kind().className()));
        String cls = kindClass(e.subtype());
        if (cls != null && e.kind() != EntityKind.EVENT_SERIES) {
            r.addProperty(RDF.type, DKG.resource(cls));
        }
        if (!e.subtype().isEmpty()) {
            r.addProperty(DKG.kind, e.subtype());
        }
        r.addProperty(RDFS.label, m.createLiteral(label, "en"));
        if (!label.equals(e.label())) {
            r.addProperty(SKOS.altLabel, m.createLiteral(e.label(), "en"));
        }
        for (String alt : e.altLabels()) {
            if (!alt.equals(label)) {
                r.addProperty(SKOS.altLabel, m.createLiteral(alt, "en"));
            }
        }
        r.addProperty(DKG.mentionedIn, doc);
        identifiers(m, r, e, label);
        return r;
    }

    /**
     * The shared identifiers of a gazetteer country, place or organisation: ISO 3166-1 codes, UN M49, GeoNames id,
     * WGS84 coordinates, and {@code owl:sameAs} its Wikidata item and GeoNames feature.
     */
    private static void identifiers(Model m, Resource r, Entity e, String label) {
        Identifiers table = Identifiers.bundled();
        Optional<Identifiers.Ids> found = table.of(e.kind(), label);
        if (found.isEmpty()) {
            return;
        }
        Identifiers.Ids ids = found.get();
        if (!ids.iso2().isEmpty()) {
            r.addProperty(DKG.isoAlpha2, ids.iso2());
        }
        if (!ids.iso3().isEmpty()) {
            r.addProperty(DKG.isoAlpha3, ids.iso3());
        }
        if (!ids.m49().isEmpty()) {
            r.addProperty(DKG.unM49, ids.m49());
        }
        if (!ids.wikidata().isEmpty()) {
            r.addProperty(OWL.sameAs, m.createResource(Prefixes.WIKIDATA + ids.wikidata()));
        }
        if (!ids.geonames().isEmpty()) {
            r.addProperty(DKG.geonamesId, ids.geonames());
            r.addProperty(OWL.sameAs, m.createResource(Prefixes.GEONAMES + ids.geonames() + "/"));
        }
        if (ids.hasCoordinates()) {
            r.addLiteral(m.createProperty(Prefixes.GEO, "lat"), m.createTypedLiteral(new BigDecimal(ids.lat())));
            r.addLiteral(m.createProperty(Prefixes.GEO, "long"), m.createTypedLiteral(new BigDecimal(ids.lon())));
        }
    }

    private static Resource sentence(Model m, Extraction x, int index, String documentIri, Resource context,
                                     Map<Integer, Resource> cache) {
        return cache.computeIfAbsent(index, i -> {
            Sentence s = x.annotated().sentences().get(i);
            Resource r = m.createResource(Iris.span(documentIri, s.begin(), s.end()));
            x.annotated().document().page(s.begin()).ifPresent(page ->
                    r.addLiteral(DKG.page, m.createTypedLiteral(page, XSDDatatype.XSDinteger)));
            return r
                    .addProperty(RDF.type, NIF.Sentence)
                    .addProperty(RDF.type, NIF.RFC5147String)
                    .addLiteral(NIF.beginIndex, nonNegative(m, s.begin()))
                    .addLiteral(NIF.endIndex, nonNegative(m, s.end()))
                    .addProperty(NIF.anchorOf, x.annotated().sentenceText(s))
                    .addProperty(NIF.referenceContext, context);
        });
    }

    /** The subclass for a kind: "action plan" gives ActionPlan; null when the ontology has none. */
    static String kindClass(String subtype) {
        StringBuilder sb = new StringBuilder();
        for (String w : subtype.split("[ -]")) {
            if (!w.isEmpty()) {
                sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return KIND_CLASSES.contains(sb.toString()) ? sb.toString() : null;
    }

    static Literal literal(Model m, Object value) {
        if (value instanceof DateValue d) {
            XSDDatatype type = switch (d.precision()) {
                case DAY -> XSDDatatype.XSDdate;
                case MONTH -> XSDDatatype.XSDgYearMonth;
                case YEAR -> XSDDatatype.XSDgYear;
            };
            return m.createTypedLiteral(d.lexical(), type);
        }
        if (value instanceof Integer i) {
            return m.createTypedLiteral(Integer.toString(i), XSDDatatype.XSDinteger);
        }
        throw new IllegalArgumentException("unsupported value " + value);
    }

    private static Literal nonNegative(Model m, int v) {
        return m.createTypedLiteral(Integer.toString(v), XSDDatatype.XSDnonNegativeInteger);
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
