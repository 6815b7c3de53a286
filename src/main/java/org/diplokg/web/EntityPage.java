package org.diplokg.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplokg.rdf.DKG;
import org.diplokg.rdf.Prefixes;

/**
 * The page of an entity: name, class and other names; its facts as sentences and as a property table; the facts'
 * evidence; incoming links by property; the documents that mention it with the sentences, the mention marked; a
 * neighbourhood graph; links to the timeline, the graph page, SPARQL and the RDF representations.
 */
final class EntityPage {
    /** Order of the property table; properties not listed follow in IRI order. */
    private static final List<String> ORDER = List.of(RDF.type.getURI(), RDFS.label.getURI(), SKOS.altLabel.getURI(),
            DKG.kind.getURI(), DKG.date.getURI(), DKG.endDate.getURI(), DKG.location.getURI(), DKG.host.getURI(),
            DKG.party.getURI(), DKG.issuedBy.getURI(), DKG.adoptedAt.getURI(), DKG.participant.getURI(),
            DKG.inSeries.getURI(), DKG.ordinal.getURI(), DKG.partOf.getURI(), DKG.memberOf.getURI(),
            DKG.locatedIn.getURI(), DKG.affiliation.getURI(), DKG.mentionedIn.getURI());

    private final LinkedDataSite site;
    private final Render render;
    private final Links links;

    EntityPage(LinkedDataSite site) {
        this.site = site;
        this.render = site.render();
        this.links = site.links();
    }

    String render(Resources.Entity e) {
        String self = links.href(e.iri());
        Layout layout = Layout.titled(e.label()).script(Layout.CYTOSCAPE).script("/assets/graph.js");
        for (Representation r : Representation.values()) {
            if (r != Representation.HTML) {
                layout.alternate(r.mediaTypes().get(0), self + "?format=" + r.param());
            }
        }
        Html h = layout.begin();
        header(h, e);
        h.open("div", "class", "columns").open("div", "class", "main-col");
        h.open("section").el("h2", "Facts");
        if (!new FactSentences(render).write(h, e)) {
            h.el("p", "No relations were extracted for this " + kindName(e).toLowerCase(java.util.Locale.ROOT)
                    + " yet; see the documents below.", "class", "muted");
        }
        h.close("section");
        evidence(h, e);
        documents(h, e);
        h.close("div").open("aside", "class", "side-col");
        neighbourhood(h, e);
        properties(h, e);
        incoming(h, e);
        h.close("aside").close("div");
        return Layout.end(h);
    }

    private static String kindName(Resources.Entity e) {
        return e.kind() == null ? "Resource" : e.kind().singular();
    }

    private void header(Html h, Resources.Entity e) {
        h.open("header", "class", "entity-head");
        h.open("p", "class", "kinds");
        Render.chip(h, e.kind(), kindName(e));
        for (String t : e.types()) {
            if (e.kind() == null || !t.equals(e.kind().classIri())) {
                h.text(" ").link(links.href(t), render.termLabel(t), "class", "chip sub", "title", t);
            }
        }
        if (e.subtype() != null && !e.subtype().isBlank()) {
            h.text(" ").el("span", e.subtype(), "class", "subtype");
        }
        h.close("p");
        h.el("h1", e.label());
        if (!e.altLabels().isEmpty()) {
            h.open("p", "class", "aka").text("Also known as ");
            for (int i = 0; i < e.altLabels().size(); i++) {
                h.text(i == 0 ? "" : ", ").el("b", e.altLabels().get(i));
            }
            h.close("p");
        }
        h.open("p", "class", "iri").open("a", "href", links.href(e.iri()), "title", "This IRI dereferences here")
                .el("code", e.iri()).close("a").close("p");
        sharedIdentities(h, e);
        h.open("nav", "class", "actions", "aria-label", "About this entity");
        if (e.kind() == Kind.EVENT || e.kind() == Kind.AGREEMENT) {
            e.literal(DKG.date.getURI()).ifPresentOrElse(
                    d -> h.link(links.timeline(e.iri()), "On the timeline (" + d + ")"),
                    () -> h.el("span", "Not on the timeline (no date)", "class", "muted"));
        }
        h.link(Links.graph(e.iri(), 2), "Graph around it");
        h.link(sparqlUi(e.iri()), "Query in SPARQL", "title", "Opens the SPARQL query UI with a query for this entity");
        h.link("/kg/sparql?output=text&query=" + encode(sparql(e.iri())), "SPARQL results (text)");
        h.open("span", "class", "formats").text("RDF: ");
        boolean first = true;
        for (Representation r : Representation.values()) {
            if (r != Representation.HTML) {
                h.text(first ? "" : " · ").link(links.href(e.iri()) + "?format=" + r.param(), r.name()
                        .replace("JSONLD", "JSON-LD").replace("RDFXML", "RDF/XML").replace("NTRIPLES", "N-Triples")
                        .replace("TURTLE", "Turtle"), "type", r.mediaTypes().get(0));
                first = false;
            }
        }
        h.close("span").close("nav").close("header");
    }

    /**
     * The identifiers the world shares for a country, place or organisation, as links out: its Wikidata item and
     * GeoNames feature ({@code owl:sameAs}), ISO 3166-1 and UN M49 codes, and its position on OpenStreetMap.
     */
    private void sharedIdentities(Html h, Resources.Entity e) {
        List<String> same = e.out(OWL.sameAs.getURI()).stream().filter(v -> v.node().isURI())
                .map(v -> v.node().getURI()).toList();
        Optional<String> iso2 = e.literal(DKG.isoAlpha2.getURI());
        Optional<String> iso3 = e.literal(DKG.isoAlpha3.getURI());
        Optional<String> m49 = e.literal(DKG.unM49.getURI());
        Optional<String> lat = e.literal(Prefixes.GEO + "lat");
        Optional<String> lon = e.literal(Prefixes.GEO + "long");
        if (same.isEmpty() && iso3.isEmpty() && m49.isEmpty() && lat.isEmpty()) {
            return;
        }
        h.open("p", "class", "same-as").text("Shared identities: ");
        String sep = "";
        for (String iri : same) {
            String name = iri.startsWith(Prefixes.WIKIDATA) ? "Wikidata " + iri.substring(Prefixes.WIKIDATA.length())
                    : iri.startsWith(Prefixes.GEONAMES) ? "GeoNames " + iri.substring(Prefixes.GEONAMES.length())
                    .replace("/", "") : iri;
            h.text(sep).link(iri, name, "class", "out", "rel", "external", "title", iri);
            sep = " · ";
        }
        if (iso2.isPresent() || iso3.isPresent()) {
            h.text(sep).el("span", "ISO 3166-1 " + String.join(" / ", iso2.orElse(""), iso3.orElse(""))
                    .replaceAll("^ / | / $", ""), "class", "code");
            sep = " · ";
        }
        if (m49.isPresent()) {
            h.text(sep).el("span", "UN M49 " + m49.get(), "class", "code");
            sep = " · ";
        }
        if (lat.isPresent() && lon.isPresent()) {
            h.text(sep).link("https://www.openstreetmap.org/?mlat=" + lat.get() + "&mlon=" + lon.get() + "#map=11/"
                    + lat.get() + "/" + lon.get(), lat.get() + ", " + lon.get() + " (OpenStreetMap)", "class", "out",
                    "rel", "external", "title", "WGS84 latitude, longitude");
        }
        h.close("p");
    }

    /** The query the SPARQL links open: what is said about the entity, in both directions, with labels. */
    static String sparql(String iri) {
        return "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>\n"
                + "# What the graph says about <" + iri + ">, both directions\n"
                + "SELECT ?direction ?property ?value ?label WHERE {\n"
                + "  { BIND(\"out\" AS ?direction) <" + iri + "> ?property ?value }\n"
                + "  UNION\n"
                + "  { BIND(\"in\" AS ?direction) ?value ?property <" + iri + ">\n"
                + "    FILTER(?property != itsrdf:taIdentRef && !CONTAINS(STR(?value), \"#fact-\")) }\n"
                + "  OPTIONAL { ?value rdfs:label ?label }\n"
                + "} ORDER BY ?direction ?property ?label\n";
    }

    /** The Fuseki query UI (served at {@code /?ui}) with the query filled in. */
    static String sparqlUi(String iri) {
        return HomeServlet.QUERY_UI + "?query=" + encode(sparql(iri));
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private void evidence(Html h, Resources.Entity e) {
        if (e.facts().isEmpty()) {
            return;
        }
        Map<String, Resources.Value> known = new HashMap<>();
        e.outgoing().forEach(l -> { if (l.value().isIri()) { known.put(l.value().iri(), l.value()); } });
        e.incoming().forEach(l -> known.put(l.value().iri(), l.value()));
        h.open("section").el("h2", "Evidence for the facts");
        h.open("table", "class", "evidence").open("thead").open("tr").el("th", "Fact").el("th", "Sentence")
                .el("th", "Confidence").close("tr").close("thead").open("tbody");
        for (Resources.Fact f : e.facts()) {
            h.open("tr").open("td", "class", "fact");
            end(h, e, f.subject(), known);
            h.text(" ");
            render.property(h, f.property());
            h.text(" ");
            end(h, e, f.object(), known);
            h.close("td").open("td");
            h.el("span", f.sentence() == null ? "" : f.sentence(), "class", "quote");
            page(h, f.page());
            h.text(" ").link(links.href(f.sentenceIri()), "in context", "class", "ctx");
            h.close("td").el("td", f.confidence() == null ? "" : f.confidence(), "class", "num",
                    "title", f.rule() == null ? null : "rule: " + f.rule());
            h.close("tr");
        }
        h.close("tbody").close("table").close("section");
    }

    /** "p. 3" after a sentence of a paged document. */
    private static void page(Html h, String page) {
        if (page != null) {
            h.text(" ").el("span", "p. " + page, "class", "page muted", "title", "page " + page + " of the document");
        }
    }

    private void end(Html h, Resources.Entity e, String node, Map<String, Resources.Value> known) {
        if (node == null) {
            return;
        }
        if (node.equals(e.iri())) {
            h.el("strong", e.label());
        } else if (known.containsKey(node)) {
            render.value(h, known.get(node));
        } else if (links.href(node) != null && node.startsWith("http")) {
            render.ref(h, node, null, links.kindOf(node).orElse(null));
        } else {
            h.text(node);
        }
    }

    private void documents(Html h, Resources.Entity e) {
        h.open("section", "id", "mentions").el("h2", "Mentioned in " + e.documentCount() + " document"
                + (e.documentCount() == 1 ? "" : "s"));
        for (Resources.Mentioning m : e.documents()) {
            h.open("article", "class", "mentioning");
            h.open("h3");
            render.ref(h, m.document(), m.title(), Kind.DOCUMENT);
            h.close("h3");
            h.open("p", "class", "muted");
            if (m.date() != null) {
                h.text(m.date() + " · ");
            }
            h.text(m.mentions() + (m.mentions() == 1 ? " mention" : " mentions")).close("p");
            h.open("ul", "class", "hits");
            for (Resources.Hit hit : m.sentences()) {
                h.open("li");
                Render.marked(h, hit.text() == null ? "" : hit.text(), hit.marks());
                page(h, hit.page());
                h.text(" ").link(links.href(hit.sentenceIri()), "in context", "class", "ctx");
                h.close("li");
            }
            h.close("ul").close("article");
        }
        if (e.documentCount() > e.documents().size()) {
            h.el("p", "Showing the first " + e.documents().size() + " documents.", "class", "muted");
        }
        h.close("section");
    }

    private void neighbourhood(Html h, Resources.Entity e) {
        h.open("section", "class", "mini").el("h2", "Neighbourhood");
        h.open("div", "id", "mini-graph", "class", "graph mini", "data-focus", e.iri(), "data-hops", "1",
                "data-base", links.base(), "role", "img", "aria-label", "Graph of the entities linked to " + e.label())
                .close("div");
        h.el("p", "", "id", "mini-graph-status", "class", "muted", "aria-live", "polite");
        h.open("p", "class", "muted").link(Links.graph(e.iri(), 2), "Open the graph page").close("p");
        h.close("section");
    }

    private void properties(Html h, Resources.Entity e) {
        Map<String, List<Resources.Value>> byProperty = new LinkedHashMap<>();
        for (String p : ORDER) {
            List<Resources.Value> vs = e.out(p);
            if (!vs.isEmpty()) {
                byProperty.put(p, vs);
            }
        }
        List<String> rest = new ArrayList<>();
        e.outgoing().forEach(l -> { if (!byProperty.containsKey(l.property()) && !rest.contains(l.property())) {
            rest.add(l.property()); } });
        rest.sort(null);
        rest.forEach(p -> byProperty.put(p, e.out(p)));
        h.open("section").el("h2", "Properties");
        render.table(h, byProperty);
        h.close("section");
    }

    private void incoming(Html h, Resources.Entity e) {
        Map<String, List<Resources.Value>> byProperty = new LinkedHashMap<>();
        for (Resources.Link l : e.incoming()) {
            byProperty.computeIfAbsent(l.property(), p -> new ArrayList<>()).add(l.value());
        }
        if (byProperty.isEmpty()) {
            return;
        }
        h.open("section").el("h2", "Linked from");
        render.table(h, byProperty);
        h.close("section");
    }
}
