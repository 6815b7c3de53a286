package org.diplokg.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * {@code /map}: events and agreements at their places (Leaflet, over a world outline drawn as a GeoJSON layer, all
 * served from the jar, no tile server), with the class and date filters of the graph page; a click on a marker
 * opens the entity's page. {@code /api/map} gives the markers as JSON: an event where it was held
 * ({@code dkg:location}), an agreement where it was signed, else where the event that adopted it was held; only
 * places with WGS84 coordinates ({@code geo:lat}, {@code geo:long}) are shown.
 */
final class MapServlet extends SiteServlet {
    private static final long serialVersionUID = 1L;
    static final List<Kind> KINDS = List.of(Kind.EVENT, Kind.AGREEMENT);

    /** Own location first (rank 0), then the adopting event's (rank 1); the best rank per entity is kept. */
    private static final String QUERY = "SELECT ?e ?c ?label ?date ?place ?placeLabel ?lat ?long ?rank WHERE {"
            + " VALUES ?c { dkg:Event dkg:Agreement } ?e a ?c ; rdfs:label ?label ."
            + " { ?e dkg:location ?place BIND(0 AS ?rank) }"
            + " UNION { ?e dkg:adoptedAt/dkg:location ?place BIND(1 AS ?rank) }"
            + " ?place geo:lat ?lat ; geo:long ?long ; rdfs:label ?placeLabel ."
            + " OPTIONAL { ?e dkg:date ?date } } ORDER BY ?rank ?e ?place";

    private final boolean api;

    MapServlet(LinkedDataSite site, boolean api) {
        super(site);
        this.api = api;
    }

    /** One marker: an entity at a place. */
    record Marker(String iri, String label, Kind kind, String date, String place, String placeLabel, double lat,
            double lon, boolean viaEvent) {
    }

    /** The markers, one per entity and place of its best rank, in the store's order of entity then place. */
    List<Marker> markers() {
        Map<String, Integer> bestRank = new LinkedHashMap<>();
        Map<String, Marker> out = new LinkedHashMap<>();
        for (Binding row : site.reader().select(QUERY)) {
            String e = KgReader.str(row, "e");
            int rank = KgReader.integer(row, "rank");
            if (bestRank.computeIfAbsent(e, k -> rank) < rank) {
                continue;
            }
            Kind kind = Kind.ofClassIri(KgReader.str(row, "c")).orElse(null);
            String place = KgReader.str(row, "place");
            double lat;
            double lon;
            try {
                lat = Double.parseDouble(KgReader.str(row, "lat"));
                lon = Double.parseDouble(KgReader.str(row, "long"));
            } catch (NumberFormatException | NullPointerException ex) {
                continue; // a coordinate that is not a number is not drawn
            }
            out.putIfAbsent(e + " " + place, new Marker(e, KgReader.str(row, "label"), kind,
                    KgReader.str(row, "date"), place, KgReader.str(row, "placeLabel"), lat, lon, rank == 1));
        }
        return List.copyOf(out.values());
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<Marker> markers = markers();
        if (api) {
            send(resp, 200, "application/json;charset=utf-8", JSON.toStringFlat(json(markers)));
            return;
        }
        Html h = Layout.titled("Map").stylesheet(Layout.LEAFLET_CSS).script(Layout.LEAFLET).script("/assets/map.js")
                .begin();
        h.open("header", "class", "list-head").el("h1", "Map");
        long entities = markers.stream().map(Marker::iri).distinct().count();
        h.el("p", entities + " events and agreements at " + markers.stream().map(Marker::place).distinct().count()
                + " places with coordinates; an agreement with no place of its own is shown where the event that"
                + " adopted it was held.", "class", "muted");
        h.close("header");
        filters(h);
        h.open("div", "id", "map", "class", "map full", "data-src", "/api/map", "data-outline",
                "/assets/world-110m.geojson", "role", "application", "aria-label", "Map of events and agreements")
                .close("div");
        h.open("p", "id", "map-status", "class", "muted", "aria-live", "polite")
                .text("The map needs JavaScript; the ").link("/timeline", "timeline").text(" lists the same places.")
                .close("p");
        h.el("p", "World outline: Natural Earth 1:110m land (public domain), from the world-atlas package.",
                "class", "muted small");
        html(resp, 200, Layout.end(h));
    }

    private JsonArray json(List<Marker> markers) {
        JsonArray out = new JsonArray();
        for (Marker m : markers) {
            JsonObject o = new JsonObject();
            o.put("id", m.iri());
            o.put("href", site.links().href(m.iri()));
            o.put("label", m.label());
            o.put("class", m.kind() == null ? "" : m.kind().className());
            if (m.date() != null) {
                o.put("date", m.date());
            }
            o.put("place", m.placeLabel());
            o.put("placeHref", site.links().href(m.place()));
            o.put("lat", JsonNumber.value(m.lat()));
            o.put("long", JsonNumber.value(m.lon()));
            o.put("viaEvent", m.viaEvent());
            out.add(o);
        }
        return out;
    }

    private static void filters(Html h) {
        h.open("form", "class", "graph-controls", "action", "/map", "method", "get");
        h.open("fieldset", "class", "filters").el("legend", "Filter");
        for (Kind k : KINDS) {
            h.open("label", "class", "check " + k.css());
            h.empty("input", "type", "checkbox", "value", k.className(), "checked", "checked",
                    "data-filter-class", k.className());
            h.el("span", k.plural(), "class", "swatch-label").close("label");
        }
        h.el("label", "dated from", "for", "mfrom");
        h.empty("input", "id", "mfrom", "type", "text", "placeholder", "2024", "size", "7", "data-filter-from", "");
        h.el("label", "to", "for", "mto");
        h.empty("input", "id", "mto", "type", "text", "placeholder", "2026-12", "size", "7", "data-filter-to", "");
        h.close("fieldset").close("form");
    }
}
