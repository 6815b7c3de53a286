package org.diplokg.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.rdf.DKG;

/**
 * The page of a document: its metadata (identifier, title, date, source, hash, text quality), the entities found
 * in it, and its text with every mention linked to its entity and every analysed sentence an anchor
 * ({@code #char=b,e}, the fragment of the sentence's NIF IRI).
 */
final class DocumentPage {
    private static final List<String> ORDER = List.of(DCTerms.identifier.getURI(), DCTerms.title.getURI(),
            DCTerms.date.getURI(), DCTerms.source.getURI(), DKG.contentHash.getURI(), DKG.format.getURI(),
            DKG.pageCount.getURI(),
            DCTerms.language.getURI(), DKG.tokenCount.getURI(), DKG.skippedParagraphs.getURI(),
            DKG.textQuality.getURI(), RDF.type.getURI(), RDFS.label.getURI());

    private final LinkedDataSite site;
    private final Render render;

    DocumentPage(LinkedDataSite site) {
        this.site = site;
        this.render = site.render();
    }

    String render(Resources.Entity d, Resources.Text text) {
        Links links = site.links();
        String self = links.href(d.iri());
        Layout layout = Layout.titled(d.label());
        for (Representation r : Representation.values()) {
            if (r != Representation.HTML) {
                layout.alternate(r.mediaTypes().get(0), self + "?format=" + r.param());
            }
        }
        Html h = layout.begin();
        h.open("header", "class", "entity-head");
        h.open("p", "class", "kinds");
        Render.chip(h, Kind.DOCUMENT, "Document");
        h.close("p").el("h1", d.label());
        h.open("p", "class", "iri").open("a", "href", self, "title", "This IRI dereferences here")
                .el("code", d.iri()).close("a").close("p");
        h.open("nav", "class", "actions", "aria-label", "About this document");
        h.link("/kg/get?graph=" + Links.encode(d.iri()), "Its named graph (Turtle)");
        h.link(self + "?format=turtle", "Description (Turtle)");
        h.close("nav").close("header");

        h.open("div", "class", "columns").open("div", "class", "main-col");
        h.open("section", "id", "text").el("h2", "Text");
        if (text == null) {
            h.el("p", "The store holds no text for this document.", "class", "muted");
        } else {
            h.el("p", "Mentions link to their entities; sentences that support facts or mention entities are anchors.",
                    "class", "muted");
            h.open("div", "class", "doc-text");
            writeText(h, text);
            h.close("div");
        }
        h.close("section");
        h.close("div").open("aside", "class", "side-col");
        h.open("section").el("h2", "Metadata");
        Map<String, List<Resources.Value>> meta = new LinkedHashMap<>();
        for (String p : ORDER) {
            List<Resources.Value> vs = d.out(p);
            if (!vs.isEmpty()) {
                meta.put(p, vs);
            }
        }
        render.table(h, meta);
        h.close("section");
        if (text != null) {
            entities(h, text);
        }
        h.close("aside").close("div");
        return Layout.end(h);
    }

    private void entities(Html h, Resources.Text text) {
        Map<Kind, List<Resources.Value>> byKind = new EnumMap<>(Kind.class);
        for (Resources.Value v : text.entities()) {
            byKind.computeIfAbsent(v.kind() == null ? Kind.ORGANIZATION : v.kind(), k -> new ArrayList<>()).add(v);
        }
        h.open("section", "id", "entities").el("h2", "Entities found (" + text.entities().size() + ")");
        byKind.forEach((k, vs) -> {
            h.el("h3", k.plural() + " (" + vs.size() + ")");
            h.open("ul", "class", "values");
            for (Resources.Value v : vs) {
                h.open("li");
                render.value(h, v);
                int n = text.mentionCounts().getOrDefault(v.iri(), 0);
                h.el("span", " ×" + n, "class", "muted", "title", n + (n == 1 ? " mention" : " mentions"));
                h.close("li");
            }
            h.close("ul");
        });
        h.close("section");
    }

    /** The text with sentence anchors and mention links; overlapping or sentence-crossing mentions stay plain. */
    private void writeText(Html h, Resources.Text t) {
        String text = t.text();
        int[] next = {0};
        int pos = 0;
        int page = 0;
        for (Resources.Span s : t.sentences()) {
            if (s.begin() < pos || s.end() > text.length() || s.end() <= s.begin()) {
                continue;
            }
            mentions(h, t, text, pos, s.begin(), next);
            if (s.page() != null && s.page() > page) {
                page = s.page();
                h.el("span", "p. " + page, "class", "page-mark", "id", "page-" + page, "title", "page " + page);
            }
            h.open("span", "class", "sentence", "id", "char=" + s.begin() + "," + s.end(), "data-page",
                    s.page() == null ? null : s.page().toString());
            mentions(h, t, text, s.begin(), s.end(), next);
            h.close("span");
            pos = s.end();
        }
        mentions(h, t, text, pos, text.length(), next);
    }

    /** Writes text[from, to) with the mentions that lie wholly inside it; {@code next} walks the sorted mentions. */
    private void mentions(Html h, Resources.Text t, String text, int from, int to, int[] next) {
        Links links = site.links();
        int pos = from;
        List<Resources.Span> ms = t.mentions();
        while (next[0] < ms.size() && ms.get(next[0]).begin() < to) {
            Resources.Span m = ms.get(next[0]++);
            if (m.begin() < pos || m.end() > to || m.end() > text.length()) {
                continue;
            }
            h.text(text.substring(pos, m.begin()));
            String css = "mention " + links.kindOf(m.entity()).map(Kind::css).orElse("");
            h.link(links.href(m.entity()), text.substring(m.begin(), m.end()), "class", css, "title", m.label());
            pos = m.end();
        }
        h.text(text.substring(pos, to));
    }
}
