package org.diplokg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplokg.rdf.Iris;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The linked-data site over HTTP: the bundled sample in a real TDB2 store, plus a second store built with another
 * base from a document that carries markup, both served by Fuseki on free ports.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebIT {
    static final String SCO = Iris.DEFAULT_BASE + "organization/shanghai-cooperation-organization";
    static final String SCO_PATH = "/id/organization/shanghai-cooperation-organization";
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
            + "image/webp,*/*;q=0.8";
    static final String OTHER_BASE = "https://example.org/kg/";

    @TempDir
    static Path dir;

    private SiteServer sample;
    private SiteServer marked;

    @BeforeAll
    void start() throws Exception {
        sample = SiteServer.sample(dir.resolve("sample-store"));
        Path docs = Files.createDirectories(dir.resolve("marked"));
        Files.writeString(docs.resolve("markup-in-text.txt"), """
                Kenya and Vietnam sign <script>alert('title')</script> trade memorandum

                NAIROBI, March 14, 2024 (Meridian Wire) -- Kenya and Vietnam signed the Memorandum of Understanding \
                on Digital Trade <script>alert("sentence")</script> on Tuesday at the Second Kenya-Vietnam Business \
                Forum in Nairobi.

                The text also holds <b>bold</b> & <img src=x onerror=alert(1)> markup, which must show as text.
                """, StandardCharsets.UTF_8);
        marked = SiteServer.start(dir.resolve("marked-store"), OTHER_BASE, List.of(docs));
    }

    @AfterAll
    void stop() {
        if (sample != null) {
            sample.close();
        }
        if (marked != null) {
            marked.close();
        }
    }

    static Stream<Arguments> rdfFormats() {
        return Stream.of(
                Arguments.of("text/turtle", "turtle", Lang.TURTLE),
                Arguments.of("application/ld+json", "jsonld", Lang.JSONLD),
                Arguments.of("application/rdf+xml", "rdfxml", Lang.RDFXML),
                Arguments.of("application/n-triples", "ntriples", Lang.NTRIPLES));
    }

    private static Model parse(HttpResponse<String> r, Lang expected) {
        String type = r.headers().firstValue("Content-Type").orElse("");
        assertEquals(expected, RDFLanguages.contentTypeToLang(type.replaceAll(";.*", "")), "Content-Type " + type);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), expected).parse(m);
        return m;
    }

    private static void assertDescribesSco(Model m) {
        Resource sco = m.createResource(SCO);
        assertTrue(m.contains(sco, RDFS.label, m.createLiteral("Shanghai Cooperation Organization", "en")), "label");
        assertTrue(m.contains(sco, SKOS.altLabel, m.createLiteral("SCO", "en")), "acronym");
        Resource secretariat = m.createResource(Iris.DEFAULT_BASE + "organization/sco-secretariat");
        assertTrue(m.contains(secretariat, RDFS.label), "incoming links come with their labels");
        assertFalse(m.listSubjects().toList().stream().anyMatch(s -> s.isURIResource() && s.getURI()
                .contains("#char=")), "mentions are bookkeeping, not part of the description");
    }

    @ParameterizedTest
    @MethodSource("rdfFormats")
    void acceptHeaderChoosesTheRdfSyntax(String mediaType, String param, Lang lang) throws Exception {
        HttpResponse<String> r = sample.get(SCO_PATH, "Accept", mediaType);
        assertEquals(200, r.statusCode());
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        assertDescribesSco(parse(r, lang));
    }

    @ParameterizedTest
    @MethodSource("rdfFormats")
    void formatParameterOverridesAccept(String mediaType, String param, Lang lang) throws Exception {
        HttpResponse<String> r = sample.get(SCO_PATH + "?format=" + param, "Accept", BROWSER_ACCEPT);
        assertEquals(200, r.statusCode());
        assertDescribesSco(parse(r, lang));
    }

    @Test
    void qValuesDecide() throws Exception {
        HttpResponse<String> r = sample.get(SCO_PATH, "Accept", "text/turtle;q=0.5, application/ld+json");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        r = sample.get(SCO_PATH, "Accept", "text/turtle;q=0, */*;q=0.1");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), "q=0 refuses");
        r = sample.get(SCO_PATH, "Accept", "application/*;q=0.4, application/n-triples;q=0.9, text/html;q=0.5");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
    }

    @Test
    void browsersGetThePage() throws Exception {
        HttpResponse<String> r = sample.get(SCO_PATH, "Accept", BROWSER_ACCEPT);
        assertEquals(200, r.statusCode());
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Document page = Jsoup.parse(r.body(), sample.url);
        assertEquals("Shanghai Cooperation Organization", page.selectFirst("h1").text());
        assertTrue(page.selectFirst(".aka").text().contains("SCO"), "acronym shown");
        Element facts = page.selectFirst("ul.sentences");
        assertNotNull(facts, "facts as sentences");
        assertTrue(facts.text().contains("SCO Secretariat"), facts.text());
        assertFalse(page.select("#mentions mark").isEmpty(), "mentions highlighted in the evidence sentences");
        assertTrue(page.select("#mentions a.ctx").attr("href").startsWith("/id/document/"), "sentence in context");
        assertEquals("/ontology", page.select("table.props a:containsOwn(dkg:mentionedIn)").attr("href"),
                "ontology terms link to the ontology");
        for (Element a : page.select("a[href]")) {
            String href = a.attr("href");
            assertFalse(href.startsWith(Iris.DEFAULT_BASE), "IRIs under the base are served here: " + href);
        }
        assertNotNull(page.selectFirst("#mini-graph[data-focus=" + SCO + "]"));
        Element ui = page.selectFirst("a[href^=/?ui#/dataset/kg/query?query=]");
        assertNotNull(ui, "SPARQL UI link with the query filled in");
        HttpResponse<String> results = sample.get(page.selectFirst("a[href^=/kg/sparql]").attr("href"));
        assertEquals(200, results.statusCode());
        assertTrue(results.body().contains("sco-secretariat"), "the SPARQL link gives results");
    }

    @Test
    void eventsAndAgreementsLinkToTheirPlaceOnTheTimeline() throws Exception {
        String path = "/id/event/2nd-brics-vocational-education-forum";
        Document page = Jsoup.parse(sample.get(path).body());
        Element link = page.selectFirst("a[href^=/timeline#]");
        assertNotNull(link, "timeline link");
        String anchor = link.attr("href").substring("/timeline#".length());
        assertEquals("event/2nd-brics-vocational-education-forum", anchor);
        assertTrue(page.selectFirst("ul.sentences").text().contains("was held in Johannesburg"),
                page.selectFirst("ul.sentences").text());
        Document timeline = Jsoup.parse(sample.get("/timeline").body());
        Element item = timeline.getElementById(anchor);
        assertNotNull(item, "timeline item with the anchor");
        assertTrue(item.text().contains("Johannesburg"), item.text());
        List<String> dates = timeline.select("ol.timeline time").eachAttr("datetime");
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(null);
        assertEquals(sorted, dates, "oldest first");
    }

    @Test
    void countriesAndPlacesLinkOutToTheirSharedIdentities() throws Exception {
        var kenya = org.diplokg.rdf.Identifiers.bundled().of(org.diplokg.extract.EntityKind.COUNTRY, "Kenya")
                .orElseThrow();
        Document page = Jsoup.parse(sample.get("/id/country/kenya", "Accept", BROWSER_ACCEPT).body());
        Element same = page.selectFirst("p.same-as");
        assertNotNull(same, "shared identities on the country page");
        assertNotNull(same.selectFirst("a[href=http://www.wikidata.org/entity/" + kenya.wikidata() + "]"),
                same.html());
        assertTrue(same.text().contains(kenya.iso2() + " / " + kenya.iso3()) && same.text().contains(kenya.m49()),
                same.text());
        var geneva = org.diplokg.rdf.Identifiers.bundled().of(org.diplokg.extract.EntityKind.PLACE, "Geneva")
                .orElseThrow();
        Element place = Jsoup.parse(sample.get("/id/place/geneva", "Accept", BROWSER_ACCEPT).body())
                .selectFirst("p.same-as");
        assertNotNull(place.selectFirst("a[href=https://sws.geonames.org/" + geneva.geonames() + "/]"), place.html());
        assertNotNull(place.selectFirst("a[href^=https://www.openstreetmap.org/?mlat=" + geneva.lat() + "]"),
                place.html());
        String turtle = sample.get("/id/country/kenya?format=turtle").body();
        assertTrue(turtle.contains("wd:" + kenya.wikidata()) && turtle.contains("\"" + kenya.iso3() + "\""), turtle);
    }

    @Test
    void unknownIrisAre404PagesAndUnsupportedTypes406() throws Exception {
        HttpResponse<String> r = sample.get("/id/organization/no-such-body", "Accept", BROWSER_ACCEPT);
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(Jsoup.parse(r.body()).selectFirst("h1").text().contains("404"));
        assertEquals(404, sample.get("/id/not%20a%20path").statusCode());
        r = sample.get(SCO_PATH, "Accept", "image/png");
        assertEquals(406, r.statusCode());
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        assertTrue(r.body().contains("text/turtle"), "lists what is available");
        assertEquals(400, sample.get(SCO_PATH + "?format=pdf").statusCode());
    }

    @Test
    void listsSortAndPaginate() throws Exception {
        Document first = Jsoup.parse(sample.get("/browse/countries?sort=name&size=4").body());
        List<String> names = first.select("table.list tbody tr td:first-child").eachText();
        assertEquals(4, names.size());
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, names);
        Element next = first.selectFirst("nav.pager a[rel=next]");
        assertNotNull(next);
        Document second = Jsoup.parse(sample.get(next.attr("href")).body());
        List<String> more = second.select("table.list tbody tr td:first-child").eachText();
        assertEquals(4, more.size());
        assertTrue(more.get(0).compareToIgnoreCase(names.get(3)) > 0, "page 2 continues page 1");

        Document desc = Jsoup.parse(sample.get("/browse/countries?sort=name&order=desc&size=500").body());
        List<String> all = desc.select("table.list tbody tr td:first-child").eachText();
        List<String> reversed = new ArrayList<>(all);
        reversed.sort(String.CASE_INSENSITIVE_ORDER.reversed());
        assertEquals(reversed, all);

        Document byMentions = Jsoup.parse(sample.get("/browse/organizations?sort=mentions").body());
        List<Integer> counts = byMentions.select("table.list tbody tr td.num:nth-last-child(2)").eachText().stream()
                .map(Integer::parseInt).toList();
        assertFalse(counts.isEmpty());
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i - 1) >= counts.get(i), "most mentioned first: " + counts);
        }
        Document byDate = Jsoup.parse(sample.get("/browse/agreements?sort=date&order=asc").body());
        List<String> dates = byDate.select("table.list tbody td.date").eachText().stream()
                .filter(s -> !s.isEmpty()).toList();
        List<String> sortedDates = new ArrayList<>(dates);
        sortedDates.sort(null);
        assertEquals(sortedDates, dates);
        assertEquals(404, sample.get("/browse/spaceships").statusCode());
    }

    @Test
    void searchFindsAcronymsAsJsonAndAsAPage() throws Exception {
        HttpResponse<String> r = sample.get("/api/search?q=sco");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonArray results = JSON.parseAny(r.body()).getAsArray();
        JsonObject top = results.get(0).getAsObject();
        assertEquals("Shanghai Cooperation Organization", top.getString("label"));
        assertEquals(SCO, top.getString("iri"));
        assertEquals("Organization", top.getString("class"));
        assertEquals(SCO_PATH, top.getString("url"));
        assertTrue(results.size() > 1, "other names containing sco follow");

        Document page = Jsoup.parse(sample.get("/search?q=" + URLEncoder.encode("Kenya", StandardCharsets.UTF_8))
                .body());
        assertEquals("/id/country/kenya", page.selectFirst("ol.results a").attr("href"));
        assertEquals("Kenya", page.selectFirst("input#q").attr("value"), "the box keeps the query");
        assertTrue(JSON.parseAny(sample.get("/api/search?q=").body()).getAsArray().isEmpty());
    }

    @Test
    void homePageCountsAndTheQueryUiMoved() throws Exception {
        Document home = Jsoup.parse(sample.get("/").body());
        Element documents = home.selectFirst("ul.cards a[href=/browse/documents]");
        assertEquals("4", documents.selectFirst(".count").text());
        assertEquals(4, home.select("ul.doc-list li").size());
        HttpResponse<String> ui = sample.get("/?ui");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("Apache Jena Fuseki"), "the Fuseki UI at /?ui");
        HttpResponse<String> redirect = sample.get("/query");
        assertEquals(302, redirect.statusCode());
        assertEquals(HomeServlet.QUERY_UI, redirect.headers().firstValue("Location").orElse(""));
        assertEquals(200, sample.get("/static/" + Jsoup.parse(ui.body()).selectFirst("script[src]").attr("src")
                .replaceFirst("^\\./static/", "")).statusCode(), "the UI's scripts are still served");
    }

    @Test
    void assetsAreServedFromTheJar() throws Exception {
        for (String a : List.of("/assets/site.css", "/assets/site.js", "/assets/graph.js", Layout.CYTOSCAPE,
                "/assets/map.js", Layout.LEAFLET, Layout.LEAFLET_CSS, "/assets/world-110m.geojson")) {
            HttpResponse<String> r = sample.get(a);
            assertEquals(200, r.statusCode(), a);
            assertTrue(r.body().length() > 500, a);
        }
        assertTrue(sample.get(Layout.CYTOSCAPE).body().contains("Cytoscape Consortium"));
        assertTrue(sample.get(Layout.LEAFLET).body().contains("Leaflet 1.9"));
        JsonObject outline = JSON.parse(sample.get("/assets/world-110m.geojson").body());
        assertEquals("FeatureCollection", outline.getString("type"));
        assertTrue(outline.getString("source").contains("world-atlas"), "the data package is named in the file");
        assertTrue(sample.get("/assets/../pom.xml").statusCode() >= 400);
        assertEquals(404, sample.get("/assets/none.js").statusCode());
    }

    @Test
    void textFromDocumentsIsEscaped() throws Exception {
        String doc = "/id/document/markup-in-text-txt";
        HttpResponse<String> r = marked.get(doc, "Accept", BROWSER_ACCEPT);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        String body = r.body();
        assertFalse(body.contains("<script>alert"), "no live script from the document");
        assertFalse(body.toLowerCase(Locale.ROOT).contains("<img src=x"), "no live markup from the document");
        assertTrue(body.contains("&lt;script&gt;alert("), "shown as text");
        Document page = Jsoup.parse(body);
        assertTrue(page.selectFirst("h1").text().contains("<script>alert('title')</script>"), "title as text");
        assertTrue(page.selectFirst(".doc-text").text().contains("<b>bold</b> & <img src=x onerror=alert(1)>"));
        for (Element s : page.select("script")) {
            assertTrue(s.attr("src").startsWith("/assets/"), "only the site's own scripts: " + s);
        }
        assertTrue(page.select("img, b").isEmpty(), "no element from the document's markup");

        Document kenya = Jsoup.parse(marked.get("/id/country/kenya").body());
        assertFalse(kenya.select("#mentions li").isEmpty(), "evidence sentences");
        assertTrue(kenya.selectFirst("#mentions").text().contains("<script>alert(\"sentence\")</script>"));
        for (Element s : kenya.select("script")) {
            assertTrue(s.attr("src").startsWith("/assets/"), s.toString());
        }
        JsonArray found = JSON.parseAny(marked.get("/api/search?q=script").body()).getAsArray();
        assertTrue(found.size() >= 1, "documents are found by title");
    }

    @Test
    void anotherBaseIsServedUnderId() throws Exception {
        assertEquals(OTHER_BASE, marked.site.base(), "read from the store");
        HttpResponse<String> r = marked.get("/id/country/kenya", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = parse(r, Lang.TURTLE);
        assertTrue(m.contains(m.createResource(OTHER_BASE + "country/kenya"), RDFS.label));
        Document page = Jsoup.parse(marked.get("/id/country/kenya").body());
        assertTrue(page.selectFirst("p.iri").text().startsWith(OTHER_BASE));
        assertTrue(page.select("a[href^=" + OTHER_BASE + "]").isEmpty(), "links stay on this server");
        assertEquals(404, sample.get("/id/country/kenya-x").statusCode());
    }

    /** Every marker of {@code /api/map} stands at the coordinates its place has in the store. */
    @Test
    void mapMarkersStandAtTheirPlaces() throws Exception {
        JsonArray markers = JSON.parseAny(sample.get("/api/map").body()).getAsArray();
        KgReader store = new KgReader(sample.store.datasetGraph());
        List<String> events = new ArrayList<>();
        boolean agreement = false;
        for (int i = 0; i < markers.size(); i++) {
            JsonObject m = markers.get(i).getAsObject();
            String cls = m.getString("class");
            assertTrue(cls.equals("Event") || cls.equals("Agreement"), cls);
            assertTrue(m.getString("href").startsWith("/id/" + cls.toLowerCase(Locale.ROOT) + "/"), m.toString());
            String place = Iris.DEFAULT_BASE + m.getString("placeHref").substring("/id/".length());
            List<org.apache.jena.sparql.engine.binding.Binding> geo = store.select("SELECT ?lat ?long WHERE { <"
                    + place + "> geo:lat ?lat ; geo:long ?long }");
            assertEquals(1, geo.size(), place);
            assertEquals(Double.parseDouble(KgReader.str(geo.get(0), "lat")),
                    m.get("lat").getAsNumber().value().doubleValue(), 1e-9, place);
            assertEquals(Double.parseDouble(KgReader.str(geo.get(0), "long")),
                    m.get("long").getAsNumber().value().doubleValue(), 1e-9, place);
            if (cls.equals("Event")) {
                events.add(m.getString("id"));
            } else {
                agreement = true;
            }
        }
        List<String> located = store.select("SELECT DISTINCT ?e WHERE { ?e a dkg:Event ; dkg:location ?p ."
                + " ?p geo:lat ?lat }").stream().map(b -> KgReader.str(b, "e")).sorted().toList();
        assertFalse(located.isEmpty(), "the sample has events at places with coordinates");
        assertEquals(located, events.stream().distinct().sorted().toList(), "every located event, once a place");
        assertTrue(agreement, "agreements are shown too");
        Document page = Jsoup.parse(sample.get("/map", "Accept", BROWSER_ACCEPT).body());
        assertEquals("/api/map", page.selectFirst("#map").attr("data-src"));
        assertNotNull(page.selectFirst("header nav a[href=/map]"), "the map is in the navigation");
        assertEquals(2, page.select("[data-filter-class]").size());
    }
}
