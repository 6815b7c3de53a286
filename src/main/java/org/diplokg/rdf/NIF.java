package org.diplokg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The NIF 2.0 core terms and {@code itsrdf:taIdentRef} used for mentions and evidence sentences. */
public final class NIF {
    public static final String NAMESPACE = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";

    private NIF() {
    }

    public static final Resource Context = ResourceFactory.createResource(NAMESPACE + "Context");
    public static final Resource Sentence = ResourceFactory.createResource(NAMESPACE + "Sentence");
    public static final Resource Phrase = ResourceFactory.createResource(NAMESPACE + "Phrase");
    public static final Resource RFC5147String = ResourceFactory.createResource(NAMESPACE + "RFC5147String");
    public static final Property beginIndex = ResourceFactory.createProperty(NAMESPACE, "beginIndex");
    public static final Property endIndex = ResourceFactory.createProperty(NAMESPACE, "endIndex");
    public static final Property anchorOf = ResourceFactory.createProperty(NAMESPACE, "anchorOf");
    public static final Property isString = ResourceFactory.createProperty(NAMESPACE, "isString");
    public static final Property referenceContext = ResourceFactory.createProperty(NAMESPACE, "referenceContext");
    public static final Property sentence = ResourceFactory.createProperty(NAMESPACE, "sentence");
    public static final Property sourceUrl = ResourceFactory.createProperty(NAMESPACE, "sourceUrl");
    public static final Property taIdentRef = ResourceFactory.createProperty(ITSRDF, "taIdentRef");
}
