package org.diplokg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** The PLOVER and CAMEO mapping of the README, on a small hand-made graph: a hosted meeting and undated items. */
class EventRecordsTest {
    private static final String TTL = """
            @prefix dkg: <https://w3id.org/diplokg/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix : <http://x/id/> .
            :talks a dkg:Event ; rdfs:label "Nairobi talks" ; dkg:date "2024-10"^^xsd:gYearMonth ;
                dkg:host :kenya ; dkg:participant :kenya, :peru, :un .
            :kenya a dkg:Country ; rdfs:label "Kenya" ; dkg:isoAlpha3 "KEN" .
            :peru a dkg:Country ; rdfs:label "Peru" .
            :un a dkg:Organization ; rdfs:label "United Nations" ; dkg:kind "intergovernmental" .
            :undated a dkg:Event ; rdfs:label "Undated forum" ; dkg:participant :peru .
            :alone a dkg:Agreement ; rdfs:label "Lonely Declaration" ; dkg:date "2024-01-02"^^xsd:date .
            :st a rdf:Statement ; rdf:subject :talks ; rdf:predicate dkg:host ; rdf:object :kenya ;
                dkg:evidence <http://x/id/doc#char=10,40> ; prov:wasDerivedFrom :doc .
            <http://x/id/doc#char=10,40> a nif:Sentence ; nif:beginIndex 10 ; nif:endIndex 40 ; dkg:page 3 .
            :doc dcterms:identifier "talks.pdf" ; dcterms:title "Talks" ; dcterms:source "https://example.org/t" .
            """;

    private static DatasetGraph dataset() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(ds, () -> RDFParser.fromString(TTL, Lang.TURTLE).parse(ds));
        return ds;
    }

    @Test
    void aHostedMeetingIsAConsultVisitWithTheHostAsRecipient() throws Exception {
        DatasetGraph ds = dataset();
        EventRecords.Result result = Txn.calculateRead(ds, () -> EventRecords.read(ds, null));
        assertEquals(2, result.leftOut(), "the undated event and the declaration without parties");
        assertEquals(1, result.records().size());
        EventRecords.Record r = result.records().get(0);
        assertEquals("CONSULT", r.category());
        assertEquals("042", r.cameo());
        assertEquals(List.of("visit"), r.mode());
        assertEquals(List.of("Peru", "United Nations"), r.actors().stream().map(EventRecords.Actor::name).toList(),
                "the host is not among the visitors");
        assertEquals("KEN", r.recipients().get(0).code());
        assertEquals("UNO", r.actors().get(1).code());
        assertNull(r.actors().get(0).code(), "no alpha-3 known for Peru here");
        assertEquals("2024-10-01", r.date());
        assertEquals("month", r.precision());
        assertEquals(3, r.evidence().page());
        assertEquals("talks.pdf", r.evidence().identifier());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventDataWriter.writePlover(result.records(), out);
        String line = out.toString(StandardCharsets.UTF_8);
        assertTrue(line.contains("\"recipient\":[{\"code\":\"KEN\",\"entity_text\":\"Kenya\""), line);
        assertTrue(line.contains("\"dkg_date_precision\":\"month\"") && line.contains("\"url\":\"https://example.org/t\""),
                line);
        out.reset();
        EventDataWriter.writeCameo(result.records(), out);
        List<String> rows = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, rows.size(), "the header and one row per visitor with the host: " + rows);
        String[] peru = rows.get(1).split("\t", -1);
        assertEquals(EventDataWriter.CAMEO_COLUMNS.size(), peru.length);
        assertEquals("20241001", peru[1]);
        assertEquals("Peru", peru[3]);
        assertEquals("KEN", peru[5]);
        assertEquals("042", peru[8]);
        assertEquals("04", peru[10]);
        assertEquals("3", peru[EventDataWriter.CAMEO_COLUMNS.indexOf("DKG_Page")]);
    }

    @Test
    void jsonIsEscaped() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("a", "q\"\n\u0001");
        m.put("b", java.util.Arrays.asList(1, new java.math.BigDecimal("2.50"), true, null));
        assertEquals("{\"a\":\"q\\\"\\n\\u0001\",\"b\":[1,2.50,true,null]}", EventDataWriter.json(m));
    }
}
