package org.diplokg.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.diplokg.rdf.Prefixes;

/**
 * Dereferences {@code /id/{kind}/{slug}}: the HTML page for browsers, the RDF description for {@code text/turtle},
 * {@code application/ld+json}, {@code application/rdf+xml} and {@code application/n-triples} (chosen by q-values,
 * or by {@code ?format=}), 404 for an IRI the store does not know, 406 when nothing offered is acceptable.
 */
final class ResourceServlet extends SiteServlet {
    private static final long serialVersionUID = 1L;

    ResourceServlet(LinkedDataSite site) {
        super(site);
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        Optional<String> iri = site.links().iriOfPath(req.getPathInfo());
        if (iri.isEmpty() || !site.resources().exists(iri.get())) {
            String shown = iri.orElse(site.links().base() + String.valueOf(req.getPathInfo()).replaceFirst("^/", ""));
            error(resp, 404, "Not found", "The knowledge graph has nothing about " + shown + ".");
            return;
        }
        Optional<Representation> rep;
        String format = req.getParameter("format");
        if (format != null) {
            rep = Representation.ofParam(format.trim().toLowerCase(Locale.ROOT));
            if (rep.isEmpty()) {
                error(resp, 400, "Unknown format", "?format= takes one of: " + Representation.params() + ".");
                return;
            }
        } else {
            rep = Conneg.choose(req.getHeader("Accept"), List.of(Representation.values()));
        }
        if (rep.isEmpty()) {
            StringBuilder types = new StringBuilder();
            for (Representation r : Representation.values()) {
                types.append(r.mediaTypes().get(0)).append('\n');
            }
            send(resp, 406, "text/plain;charset=utf-8", "None of the types in the Accept header is available for "
                    + iri.get() + ". Available:\n" + types);
            return;
        }
        if (rep.get() == Representation.HTML) {
            Optional<Resources.Entity> e = site.resources().entity(iri.get());
            if (e.isEmpty()) {
                error(resp, 404, "Not found", "The knowledge graph has nothing about " + iri.get() + ".");
                return;
            }
            String page = e.get().kind() == Kind.DOCUMENT
                    ? new DocumentPage(site).render(e.get(), site.resources().text(iri.get()).orElse(null))
                    : new EntityPage(site).render(e.get());
            html(resp, 200, page);
            return;
        }
        Graph g = site.resources().describe(iri.get());
        g.getPrefixMapping().setNsPrefixes(Prefixes.standard());
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        RDFWriter.source(g).format(rep.get().rdf()).output(out);
        resp.setStatus(200);
        resp.setContentType(rep.get().contentType());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(out.size());
        out.writeTo(resp.getOutputStream());
    }
}
