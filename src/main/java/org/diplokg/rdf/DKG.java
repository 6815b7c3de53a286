package org.diplokg.rdf;

import java.util.List;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The DiploKG vocabulary ({@code dkg:}); a test checks every term here against {@code ontology/diplokg.ttl}. */
public final class DKG {
    public static final String NAMESPACE = "https://w3id.org/diplokg/ontology#";
    public static final String PREFIX = "dkg";

    private DKG() {
    }

    public static Resource resource(String localName) {
        return ResourceFactory.createResource(NAMESPACE + localName);
    }

    public static Property property(String localName) {
        return ResourceFactory.createProperty(NAMESPACE, localName);
    }

    // Classes of the data contract.
    public static final Resource Organization = resource("Organization");
    public static final Resource Country = resource("Country");
    public static final Resource Place = resource("Place");
    public static final Resource Person = resource("Person");
    public static final Resource Agreement = resource("Agreement");
    public static final Resource Event = resource("Event");
    public static final Resource EventSeries = resource("EventSeries");
    public static final Resource Document = resource("Document");

    /** The top-level entity classes every entity carries, in the order summaries list them (no Document). */
    public static final List<Resource> ENTITY_CLASSES = List.of(Organization, Country, Place, Person, Agreement,
            Event, EventSeries);

    // Relations of the data contract.
    public static final Property date = property("date");
    public static final Property endDate = property("endDate");
    public static final Property party = property("party");
    public static final Property issuedBy = property("issuedBy");
    public static final Property adoptedAt = property("adoptedAt");
    public static final Property location = property("location");
    public static final Property host = property("host");
    public static final Property participant = property("participant");
    public static final Property inSeries = property("inSeries");
    public static final Property ordinal = property("ordinal");
    public static final Property partOf = property("partOf");
    public static final Property memberOf = property("memberOf");
    public static final Property locatedIn = property("locatedIn");
    public static final Property affiliation = property("affiliation");
    public static final Property mentionedIn = property("mentionedIn");
    /** The name a document gives an entity when the store's one label, chosen over all documents, is another. */
    public static final Property documentLabel = property("documentLabel");

    // DiploKG extensions: kinds, provenance of facts, document metadata.
    public static final Property kind = property("kind");
    public static final Property evidence = property("evidence");
    public static final Property confidence = property("confidence");
    public static final Property extractedBy = property("extractedBy");
    public static final Property contentHash = property("contentHash");
    public static final Property tokenCount = property("tokenCount");
    public static final Property skippedParagraphs = property("skippedParagraphs");
    public static final Property textQuality = property("textQuality");
    public static final Property format = property("format");
    public static final Property page = property("page");

    // Shared identities, from data packages (see Identifiers).
    public static final Property isoAlpha2 = property("isoAlpha2");
    public static final Property isoAlpha3 = property("isoAlpha3");
    public static final Property unM49 = property("unM49");
    public static final Property geonamesId = property("geonamesId");
    public static final Property pageCount = property("pageCount");
}
