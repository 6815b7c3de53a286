package org.diplokg.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.extract.Predicate;
import org.junit.jupiter.api.Test;

/** Every term the code writes is declared, labelled and commented in ontology/diplokg.ttl. */
class VocabularyTest {
    private final Model ontology = Ontology.ontology();

    private void assertDeclared(Resource term) {
        assertTrue(ontology.contains(term, RDFS.label), term + " has no rdfs:label in the ontology");
        assertTrue(ontology.contains(term, RDFS.comment), term + " has no rdfs:comment in the ontology");
    }

    @Test
    void everyDkgConstantIsInTheOntology() throws Exception {
        int n = 0;
        for (Field f : DKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                assertDeclared((Resource) f.get(null));
                n++;
            }
        }
        assertTrue(n > 30);
    }

    @Test
    void everyPredicateAndKindClassIsInTheOntology() {
        for (Predicate p : Predicate.values()) {
            assertDeclared(DKG.property(p.localName()));
        }
        for (String kind : new String[] {"memorandum", "action plan", "joint statement", "summit", "city"}) {
            String cls = DocumentGraph.kindClass(kind);
            assertFalse(cls == null, kind);
            assertDeclared(DKG.resource(cls));
        }
    }

    @Test
    void shapesParse() {
        assertFalse(new ShaclCheck().violations(ontology.getGraph()).size() < 0);
    }
}
