package org.diplokg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** The ontology and SHACL shapes bundled in the jar (copied from {@code ontology/} at build time). */
public final class Ontology {
    public static final String ONTOLOGY = "/ontology/diplokg.ttl";
    public static final String SHAPES = "/ontology/shapes.ttl";

    private Ontology() {
    }

    public static Model ontology() {
        return load(ONTOLOGY);
    }

    public static Model shapes() {
        return load(SHAPES);
    }

    public static byte[] ontologyBytes() {
        try (InputStream in = open(ONTOLOGY)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Model load(String path) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = open(path)) {
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    private static InputStream open(String path) {
        InputStream in = Ontology.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is missing from the jar; rebuild with mvn package");
        }
        return in;
    }
}
