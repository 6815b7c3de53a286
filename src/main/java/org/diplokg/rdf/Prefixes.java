package org.diplokg.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The one prefix map shared by writers, queries and pages. */
public final class Prefixes {
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SCHEMA = "https://schema.org/";
    /** W3C Basic Geo (WGS84 lat/long). */
    public static final String GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";
    public static final String GEONAMES = "https://sws.geonames.org/";

    private Prefixes() {
    }

    public static PrefixMapping standard() {
        return PrefixMapping.Factory.create()
                .setNsPrefix(DKG.PREFIX, DKG.NAMESPACE)
                .setNsPrefix("rdf", RDF.getURI())
                .setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("owl", OWL.getURI())
                .setNsPrefix("xsd", XSD.getURI())
                .setNsPrefix("skos", SKOS.getURI())
                .setNsPrefix("dcterms", DCTerms.getURI())
                .setNsPrefix("foaf", FOAF.getURI())
                .setNsPrefix("prov", PROV)
                .setNsPrefix("schema", SCHEMA)
                .setNsPrefix("nif", NIF.NAMESPACE)
                .setNsPrefix("itsrdf", NIF.ITSRDF)
                .setNsPrefix("geo", GEO)
                .setNsPrefix("wd", WIKIDATA)
                .lock();
    }

    /** The PREFIX lines of a SPARQL query using the standard prefixes. */
    public static String sparql() {
        StringBuilder sb = new StringBuilder();
        standard().getNsPrefixMap().forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns)
                .append(">\n"));
        return sb.toString();
    }
}
