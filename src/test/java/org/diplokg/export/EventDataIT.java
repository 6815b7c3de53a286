package org.diplokg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.system.Txn;
import org.diplokg.extract.EntityKind;
import org.diplokg.rdf.Identifiers;
import org.diplokg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The sample's events and agreements as PLOVER JSON lines (read back with Jackson and checked against the field
 * lists of the PLOVER manual's "Data Fields" chapter) and as CAMEO rows (read back with Commons CSV by the GDELT
 * column names); both lead back to their sentence.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventDataIT {
    /** The manual's top-level fields, entity object, location object and text object (Data Fields chapter). */
    private static final Set<String> EVENT_FIELDS = Set.of("id", "has_event", "date", "time", "enddate", "endtime",
            "actor", "recipient", "event", "event_loc", "event_text", "quad_code", "event_scale", "mode", "context",
            "link", "text", "text_info", "cite_info", "coder", "coded_date", "coded_time", "comment");
    private static final Set<String> ENTITY_FIELDS = Set.of("code", "sector", "entity_text", "identifier_id",
            "identifier_text", "religion", "ethnicity", "office", "gender", "age");
    private static final Set<String> LOCATION_FIELDS = Set.of("extracted_place", "resolved_place", "geonameid", "lat",
            "lon", "city", "district", "province", "country", "country_code", "feature_class", "feature_code",
            "resolution");
    private static final Set<String> TEXT_FIELDS = Set.of("sequence", "start", "end", "text_story");
    private static final Set<String> CITE_FIELDS = Set.of("corpus", "citation", "url", "title", "language",
            "publication", "license", "copyright", "coder", "codebook", "version");
    /** PLOVER's 16 event categories (manual, chapter Event Categories). */
    private static final Set<String> CATEGORIES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
            "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
            "ASSAULT");
    private static final String MOU = ExportIT.MOU;

    @TempDir
    static Path dir;

    private KgStore store;
    private List<JsonNode> plover;
    private List<CSVRecord> cameo;
    private String cameoText;
    private final Map<String, String> texts = new HashMap<>();

    @BeforeAll
    void export() throws Exception {
        store = KgStore.open(SampleStore.copyTo(dir.resolve("store")));
        Exporter e = Exporter.create(store.datasetGraph()).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        e.write(ExportFormat.plover, out);
        ObjectMapper json = new ObjectMapper();
        plover = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            plover.add(json.readTree(line));
        }
        out.reset();
        e.write(ExportFormat.cameo, out);
        cameoText = out.toString(StandardCharsets.UTF_8);
        try (CSVParser p = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8)))) {
            cameo = p.getRecords();
            assertEquals(EventDataWriter.CAMEO_COLUMNS, p.getHeaderNames());
        }
        Txn.executeRead(store.dataset(), () -> {
            try (var qe = org.apache.jena.query.QueryExecution.dataset(store.dataset()).query(
                    "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>"
                            + " SELECT ?d ?t WHERE { GRAPH ?g { ?c a nif:Context ; nif:isString ?t ; nif:sourceUrl ?d"
                            + " } }").build()) {
                qe.execSelect().forEachRemaining(s -> texts.put(s.getResource("d").getURI(),
                        s.getLiteral("t").getString()));
            }
        });
    }

    @AfterAll
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private static void onlyFields(JsonNode node, Set<String> allowed, String what) {
        node.fieldNames().forEachRemaining(f -> assertTrue(allowed.contains(f) || f.startsWith("dkg_"),
                what + " field '" + f + "' is not in the PLOVER manual (nor a dkg_ extension)"));
    }

    @Test
    void everyPloverRecordHasTheManualsFieldsAndTypes() {
        assertTrue(plover.size() >= 5, "records: " + plover.size());
        Set<String> ids = new java.util.HashSet<>();
        for (JsonNode r : plover) {
            onlyFields(r, EVENT_FIELDS, "event");
            assertTrue(ids.add(r.get("id").asText()), "ids are unique");
            assertTrue(r.get("date").asText().matches("\\d{4}-\\d{2}-\\d{2}"), r.toString());
            assertTrue(r.get("actor").isArray() && r.get("actor").size() > 0, "an actor is required: " + r);
            assertTrue(r.get("event").isArray() && CATEGORIES.contains(r.get("event").get(0).asText()), r.toString());
            assertTrue(r.get("mode").isArray() && r.get("context").isArray());
            assertTrue(r.get("quad_code").asInt() >= 1 && r.get("quad_code").asInt() <= 4);
            for (String side : List.of("actor", "recipient")) {
                if (r.has(side)) {
                    for (JsonNode a : r.get(side)) {
                        onlyFields(a, ENTITY_FIELDS, side);
                        assertFalse(a.get("entity_text").asText().isBlank(), "names always: " + a);
                    }
                }
            }
            if (r.has("event_loc")) {
                onlyFields(r.get("event_loc"), LOCATION_FIELDS, "event_loc");
            }
            onlyFields(r.get("text_info"), TEXT_FIELDS, "text_info");
            onlyFields(r.get("cite_info"), CITE_FIELDS, "cite_info");
            // The offsets point at the sentence in its document's text, and the sentence says what the record is.
            JsonNode t = r.get("text_info");
            String text = texts.get(t.get("dkg_document_iri").asText());
            assertNotNull(text, t.toString());
            assertTrue(t.get("dkg_sentence").asText().endsWith("#char=" + t.get("start").asInt() + ","
                    + t.get("end").asInt()), t.toString());
            assertTrue(t.get("end").asInt() <= text.length() && t.get("start").asInt() < t.get("end").asInt());
        }
    }

    @Test
    void theSignedMemorandumIsASupportEventOfKenyaAndVietNam() {
        JsonNode mou = plover.stream().filter(r -> r.get("dkg_iri").asText().equals(MOU)).findFirst().orElseThrow();
        assertEquals("SUPPORT", mou.get("event").get(0).asText());
        assertEquals("057", mou.get("dkg_cameo").asText());
        assertEquals("2024-03-12", mou.get("date").asText(), mou.toString());
        Map<String, JsonNode> actors = new HashMap<>();
        mou.get("actor").forEach(a -> actors.put(a.get("entity_text").asText(), a));
        for (String country : List.of("Kenya", "Vietnam")) {
            Identifiers.Ids ids = Identifiers.bundled().of(EntityKind.COUNTRY, country).orElseThrow();
            JsonNode a = actors.get(country);
            assertNotNull(a, country + " is an actor: " + mou);
            assertEquals(ids.iso3(), a.get("code").asText());
            assertEquals(ids.wikidata(), a.get("identifier_id").asText());
        }
        JsonNode loc = mou.get("event_loc");
        assertNotNull(loc, "the memorandum was signed in Nairobi: " + mou);
        Identifiers.Ids nairobi = Identifiers.bundled().of(EntityKind.PLACE, "Nairobi").orElseThrow();
        assertEquals(Long.parseLong(nairobi.geonames()), loc.get("geonameid").asLong());
        assertEquals(Double.parseDouble(nairobi.lat()), loc.get("lat").asDouble(), 1e-9);
    }

    @Test
    void aForumHostedBySouthAfricaIsAConsultEventItHostsInJohannesburg() {
        JsonNode forum = plover.stream().filter(r -> r.get("dkg_iri").asText().endsWith(
                "/event/2nd-brics-vocational-education-forum")).findFirst().orElseThrow();
        assertEquals("CONSULT", forum.get("event").get(0).asText());
        assertEquals("043", forum.get("dkg_cameo").asText(), "host a visit: " + forum);
        assertTrue(forum.get("actor").findValuesAsText("entity_text").contains("South Africa"), forum.toString());
        assertEquals("Johannesburg", forum.get("event_loc").get("resolved_place").asText());
        assertEquals("ZAF", forum.get("event_loc").get("country_code").asText());
        assertEquals(4, forum.get("event_loc").get("resolution").asInt());
    }

    @Test
    void cameoRowsCarryGdeltColumnsWithLeadingZerosAndTheEvidence() {
        assertTrue(cameo.size() >= plover.size(), "one row per dyad at least: " + cameo.size());
        for (CSVRecord row : cameo) {
            assertTrue(row.get("SQLDATE").matches("\\d{8}"), row.toString());
            assertTrue(row.get("EventCode").matches("0\\d{2}"), "codes keep their leading zero: " + row);
            assertEquals(row.get("EventCode").substring(0, 2), row.get("EventRootCode"));
            assertEquals("1", row.get("QuadClass"));
            assertTrue(row.get("GlobalEventID").matches("\\d+"));
            assertFalse(row.get("Actor1Name").isBlank());
            assertTrue(row.get("DKG_Sentence").endsWith("#char=" + row.get("DKG_SentenceStart") + ","
                    + row.get("DKG_SentenceEnd")), row.toString());
        }
        CSVRecord mou = cameo.stream().filter(r -> r.get("DKG_EventIRI").equals(MOU)).findFirst().orElseThrow();
        assertEquals("057", mou.get("EventCode"));
        assertEquals("05", mou.get("EventRootCode"));
        assertEquals("20240312", mou.get("SQLDATE"));
        assertEquals(Set.of("KEN", "VNM"), Set.of(mou.get("Actor1Code"), mou.get("Actor2Code")));
        assertTrue(mou.get("ActionGeo_FullName").startsWith("Nairobi"), mou.toString());
    }

    /** What a researcher does with the rows: pandas reads them by GDELT's column names, codes kept as strings. */
    @Test
    void cameoRowsLoadInPandasWithTheGdeltColumns() throws Exception {
        String python = python();
        assumeTrue(python != null, "python3 with pandas is not installed (Debian: python3-pandas); skipping the pandas load");
        Path tsv = dir.resolve("events.tsv");
        Files.writeString(tsv, cameoText, StandardCharsets.UTF_8);
        String script = String.join("\n",
                "import sys, pandas as pd",
                "df = pd.read_csv(sys.argv[1], sep='\\t', dtype=str, keep_default_na=False)",
                "print(len(df))",
                "print(','.join(df.columns))",
                "print(','.join(sorted(set(df['EventCode']))))");
        Process p = new ProcessBuilder(python, "-c", script, tsv.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        String[] lines = output.strip().split("\n");
        assertEquals(String.valueOf(cameo.size()), lines[0], output);
        assertEquals(String.join(",", EventDataWriter.CAMEO_COLUMNS), lines[1]);
        for (String code : lines[2].split(",")) {
            assertTrue(code.matches("0\\d{2}"), "pandas keeps the leading zero: " + code);
        }
        System.out.println("cameo rows in pandas: " + lines[0] + " rows, codes " + lines[2]);
    }

    /** A python3 that has pandas: the system's (Debian's python3-pandas) first, then the one on the PATH. */
    private static String python() {
        for (String python : List.of("/usr/bin/python3", "python3")) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import pandas").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor() == 0) {
                    return python;
                }
            } catch (java.io.IOException e) {
                // not installed: try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }
}
