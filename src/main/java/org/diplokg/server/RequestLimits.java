package org.diplokg.server;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;

/**
 * The limits of a public endpoint, in front of the SPARQL and export servlets: a request body larger than
 * {@code maxBodyBytes} gets 413 (one without a declared length, 411); a SPARQL query whose LIMIT is missing or above
 * {@code maxResults} is run with LIMIT {@code maxResults} (on the SPARQL endpoints; exports are whole graphs by design
 * and built with {@code Long.MAX_VALUE}), and the answer says so in the header
 * {@code X-DiploKG-Result-Limit}. A query that does not parse is passed on untouched, for Fuseki's own message.
 */
final class RequestLimits implements Filter {
    static final String LIMIT_HEADER = "X-DiploKG-Result-Limit";

    /** How much of a refused body is read before the 413 answer (a larger one is cut off). */
    private static final long DRAIN_BYTES = 16L << 20;
    private final long maxBodyBytes;
    private final long maxResults;

    RequestLimits(long maxBodyBytes, long maxResults) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxResults = maxResults;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        boolean hasBody = !req.getMethod().equals("GET") && !req.getMethod().equals("HEAD");
        if (hasBody) {
            long length = req.getContentLengthLong();
            if (length < 0 && req.getHeader("Transfer-Encoding") != null) {
                fail(resp, 411, "send the request with a Content-Length (at most " + maxBodyBytes + " bytes)");
                return;
            }
            if (length > maxBodyBytes) {
                // read (and drop) what the client is still sending, up to a bound, so that it reads the answer
                // rather than a reset connection; past the bound the connection closes after the answer
                try {
                    req.getInputStream().skipNBytes(Math.min(length, DRAIN_BYTES));
                } catch (java.io.EOFException e) {
                    // the client sent less than it declared: answer all the same
                }
                resp.setHeader("Connection", "close");
                fail(resp, 413, "the request body is " + length + " bytes; this server takes at most " + maxBodyBytes
                        + " (serve --max-body)");
                return;
            }
        }
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(java.util.Locale.ROOT);
        if (hasBody && type.startsWith("application/sparql-query")) {
            String body = new String(req.getInputStream().readNBytes((int) Math.min(maxBodyBytes, Integer.MAX_VALUE)),
                    StandardCharsets.UTF_8);
            String capped = cap(body, resp);
            chain.doFilter(new Body(req, capped == null ? body : capped), response);
            return;
        }
        String q = req.getParameter("query");
        String capped = q == null ? null : cap(q, resp);
        chain.doFilter(capped == null ? req : new Param(req, "query", capped), response);
    }

    /** The query with its LIMIT capped, or null when it needs no change. */
    private String cap(String queryText, HttpServletResponse resp) {
        Query q;
        try {
            q = QueryFactory.create(queryText, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            return null;
        }
        if (maxResults == Long.MAX_VALUE || q.isAskType() || (q.hasLimit() && q.getLimit() <= maxResults)) {
            return null;
        }
        q.setLimit(maxResults);
        resp.setHeader(LIMIT_HEADER, Long.toString(maxResults));
        return q.serialize(Syntax.syntaxARQ);
    }

    private static void fail(HttpServletResponse resp, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** A request whose parameter {@code name} reads {@code value}. */
    private static final class Param extends HttpServletRequestWrapper {
        private final Map<String, String[]> params;

        Param(HttpServletRequest req, String name, String value) {
            super(req);
            Map<String, String[]> p = new HashMap<>(req.getParameterMap());
            p.put(name, new String[] {value});
            this.params = Collections.unmodifiableMap(p);
        }

        @Override
        public String getParameter(String name) {
            String[] v = params.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return params.get(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return params;
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return Collections.enumeration(params.keySet());
        }
    }

    /** A request whose body reads {@code body}. */
    private static final class Body extends HttpServletRequestWrapper {
        private final byte[] bytes;

        Body(HttpServletRequest req, String body) {
            super(req);
            this.bytes = body.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int getContentLength() {
            return bytes.length;
        }

        @Override
        public long getContentLengthLong() {
            return bytes.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(bytes);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener l) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
