package org.diplokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.diplokg.rdf.DKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KgStoreTest {
    @TempDir
    Path dir;

    private static Model graph(String confidence) {
        Model m = ModelFactory.createDefaultModel();
        Resource fact = m.createResource("http://example.org/doc#fact-1");
        fact.addLiteral(DKG.confidence, m.createTypedLiteral(new BigDecimal(confidence)));
        fact.addProperty(DKG.extractedBy, "rule");
        return m;
    }

    @Test
    void replacingAGraphLeavesNothingOfTheOldOne() {
        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            store.replace("http://example.org/doc", graph("0.8"));
            store.replace("http://example.org/other", graph("0.7"));
            assertEquals(4, store.size());
            store.replace("http://example.org/doc", graph("0.75"));
            assertEquals(4, store.size());
            store.replace("http://example.org/doc", graph("0.8"));
            assertEquals(4, store.size());
        }
    }
}
