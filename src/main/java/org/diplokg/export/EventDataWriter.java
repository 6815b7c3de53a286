package org.diplokg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link EventRecords} as event data: {@code plover}, one JSON object per line with the field names of the
 * PLOVER manual's "Data Fields" chapter (draft 0.8, openeventdata/PLOVER), or {@code cameo}, tab-separated rows with
 * GDELT 2.0 event column names. Fields DiploKG adds are prefixed {@code dkg_} (PLOVER) or {@code DKG_} (CAMEO).
 */
final class EventDataWriter {
    static final String CODER = "DiploKG";
    static final String CODEBOOK = "PLOVER manual draft 0.8 (openeventdata/PLOVER); CAMEO2PLOVER-2021";

    /** The GDELT 2.0 event columns written, then DiploKG's evidence columns. */
    static final List<String> CAMEO_COLUMNS = List.of("GlobalEventID", "SQLDATE", "Actor1Code", "Actor1Name",
            "Actor1CountryCode", "Actor2Code", "Actor2Name", "Actor2CountryCode", "EventCode", "EventBaseCode",
            "EventRootCode", "QuadClass", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat",
            "ActionGeo_Long", "SOURCEURL", "DKG_EventIRI", "DKG_Document", "DKG_Sentence", "DKG_SentenceStart",
            "DKG_SentenceEnd", "DKG_Page");

    private EventDataWriter() {
    }

    static void writePlover(List<EventRecords.Record> records, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (EventRecords.Record r : records) {
            w.write(json(plover(r)));
            w.write('\n');
        }
        w.flush();
    }

    /** One record as the PLOVER manual's event object. */
    static Map<String, Object> plover(EventRecords.Record r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", r.id());
        o.put("date", r.date());
        if (!r.precision().equals("day")) {
            o.put("dkg_date_precision", r.precision());
        }
        if (r.endDate() != null) {
            o.put("enddate", r.endDate());
        }
        o.put("actor", r.actors().stream().map(EventDataWriter::entity).toList());
        if (!r.recipients().isEmpty()) {
            o.put("recipient", r.recipients().stream().map(EventDataWriter::entity).toList());
        }
        o.put("event", List.of(r.category()));
        o.put("mode", r.mode());
        o.put("context", List.of("diplomatic"));
        o.put("quad_code", r.quadClass());
        if (r.location() != null) {
            o.put("event_loc", location(r.location()));
        }
        if (r.evidence() != null) {
            EventRecords.Evidence e = r.evidence();
            Map<String, Object> text = new LinkedHashMap<>();
            text.put("start", e.start());
            text.put("end", e.end());
            text.put("dkg_document", e.identifier());
            text.put("dkg_document_iri", e.document());
            text.put("dkg_sentence", e.sentence());
            if (e.page() != null) {
                text.put("dkg_page", e.page());
            }
            o.put("text_info", text);
            Map<String, Object> cite = new LinkedHashMap<>();
            if (e.title() != null) {
                cite.put("title", e.title());
            }
            if (e.source() != null && e.source().matches("(?i)https?://.*")) {
                cite.put("url", e.source());
            }
            cite.put("language", "en");
            cite.put("coder", CODER);
            cite.put("codebook", CODEBOOK);
            o.put("cite_info", cite);
        }
        o.put("coder", CODER);
        o.put("dkg_iri", r.iri());
        o.put("dkg_label", r.label());
        o.put("dkg_cameo", r.cameo());
        return o;
    }

    private static Map<String, Object> entity(EventRecords.Actor a) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (a.code() != null) {
            o.put("code", a.code());
        }
        o.put("entity_text", a.name());
        if (a.qid() != null) {
            o.put("identifier_id", a.qid());
            o.put("identifier_text", a.name());
        }
        o.put("dkg_iri", a.iri());
        return o;
    }

    private static Map<String, Object> location(EventRecords.Location l) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("extracted_place", l.name());
        o.put("resolved_place", l.name());
        if (l.geonames() != null) {
            o.put("geonameid", Long.parseLong(l.geonames()));
        }
        if (l.lat() != null && l.lon() != null) {
            o.put("lat", new BigDecimal(l.lat()));
            o.put("lon", new BigDecimal(l.lon()));
        }
        if (!l.isCountry()) {
            o.put("city", l.name());
        }
        if (l.country() != null) {
            o.put("country", l.country());
        }
        if (l.countryIso3() != null) {
            o.put("country_code", l.countryIso3());
        }
        if (!l.isCountry() && l.geonames() != null) {
            o.put("feature_class", "P");
        }
        o.put("resolution", l.isCountry() ? 1 : 4);
        o.put("dkg_iri", l.iri());
        return o;
    }

    /**
     * The CAMEO rows: one per dyad, as GDELT codes compound actors. Each recipient with each actor; without
     * recipients, each pair of actors once (first with second, ...), and a single actor alone.
     */
    static void writeCameo(List<EventRecords.Record> records, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(String.join("\t", CAMEO_COLUMNS));
        w.write('\n');
        for (EventRecords.Record r : records) {
            List<EventRecords.Actor[]> dyads = new ArrayList<>();
            List<EventRecords.Actor> actors = EventRecords.distinct(r.actors());
            if (!r.recipients().isEmpty()) {
                for (EventRecords.Actor a : actors) {
                    for (EventRecords.Actor b : EventRecords.distinct(r.recipients())) {
                        dyads.add(new EventRecords.Actor[] {a, b});
                    }
                }
            } else if (actors.size() == 1) {
                dyads.add(new EventRecords.Actor[] {actors.get(0), null});
            } else {
                for (int i = 0; i < actors.size(); i++) {
                    for (int j = i + 1; j < actors.size(); j++) {
                        dyads.add(new EventRecords.Actor[] {actors.get(i), actors.get(j)});
                    }
                }
            }
            int n = 0;
            for (EventRecords.Actor[] d : dyads) {
                List<String> row = new ArrayList<>();
                row.add(Long.toString(Long.parseLong(r.id().substring("diplokg-".length()), 16) * 1000 + n++));
                row.add(r.date().replace("-", ""));
                actor(row, d[0]);
                actor(row, d[1]);
                row.add(r.cameo());
                row.add(r.cameo().substring(0, Math.min(3, r.cameo().length())));
                row.add(r.cameo().substring(0, 2));
                row.add(Integer.toString(r.quadClass()));
                EventRecords.Location l = r.location();
                row.add(l == null ? "" : l.isCountry() || l.country() == null ? l.name() : l.name() + ", "
                        + l.country());
                row.add("");   // GDELT writes FIPS 10-4 country codes here; the packages give ISO codes only
                row.add(l == null || l.lat() == null ? "" : l.lat());
                row.add(l == null || l.lon() == null ? "" : l.lon());
                EventRecords.Evidence e = r.evidence();
                row.add(e == null || e.source() == null ? "" : e.source());
                row.add(r.iri());
                row.add(e == null ? "" : e.identifier());
                row.add(e == null ? "" : e.sentence());
                row.add(e == null ? "" : Integer.toString(e.start()));
                row.add(e == null ? "" : Integer.toString(e.end()));
                row.add(e == null || e.page() == null ? "" : e.page().toString());
                w.write(String.join("\t", row.stream().map(EventDataWriter::cell).toList()));
                w.write('\n');
            }
        }
        w.flush();
    }

    private static void actor(List<String> row, EventRecords.Actor a) {
        row.add(a == null || a.code() == null ? "" : a.code());
        row.add(a == null ? "" : a.name());
        row.add(a == null || a.countryIso3() == null ? "" : a.countryIso3());
    }

    private static String cell(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** A compact JSON text of maps, lists, strings, numbers and booleans. */
    static String json(Object v) {
        StringBuilder sb = new StringBuilder();
        json(sb, v);
        return sb.toString();
    }

    private static void json(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ",");
                string(sb, e.getKey().toString());
                sb.append(':');
                json(sb, e.getValue());
                first = false;
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ",");
                json(sb, l.get(i));
            }
            sb.append(']');
        } else if (v instanceof BigDecimal d) {
            sb.append(d.toPlainString());
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else {
            string(sb, v.toString());
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
