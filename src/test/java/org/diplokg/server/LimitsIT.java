package org.diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.fuseki.main.FusekiServer;
import org.diplokg.export.SampleStore;
import org.diplokg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits of a public endpoint: result cap, request-body limit; the query timeout is in ServerIT. */
class LimitsIT {
    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void resultsAreCappedAndLargeBodiesRefused() throws Exception {
        try (KgStore store = KgStore.open(SampleStore.copyTo(dir.resolve("store")))) {
            FusekiServer server = KgServer.builder(store.datasetGraph()).port(0).maxResults(7)
                    .maxBodyBytes(4096).build().start();
            try {
                String base = "http://localhost:" + server.getPort();
                HttpResponse<String> all = form(base, "SELECT * WHERE { ?s ?p ?o }");
                assertEquals(200, all.statusCode(), all.body());
                assertEquals(Optional.of("7"), all.headers().firstValue(RequestLimits.LIMIT_HEADER));
                assertEquals(7, rows(all.body()));
                HttpResponse<String> few = form(base, "SELECT * WHERE { ?s ?p ?o } LIMIT 3");
                assertEquals(3, rows(few.body()));
                assertTrue(few.headers().firstValue(RequestLimits.LIMIT_HEADER).isEmpty());
                HttpResponse<String> direct = send(base, "application/sparql-query",
                        "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1000");
                assertEquals(7, rows(direct.body()));
                HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(base + "/kg/query?query="
                        + URLEncoder.encode("SELECT ?s WHERE { ?s ?p ?o }", StandardCharsets.UTF_8)))
                        .header("Accept", "application/sparql-results+json").build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(7, rows(get.body()));

                HttpResponse<String> big = send(base, "application/sparql-query",
                        "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(5000));
                assertEquals(413, big.statusCode());
                assertTrue(big.body().contains("at most 4096"), big.body());
                HttpResponse<String> ask = send(base, "application/sparql-query", "ASK { ?s ?p ?o }");
                assertEquals(200, ask.statusCode(), ask.body());
            } finally {
                server.stop();
            }
        }
    }

    private HttpResponse<String> form(String base, String query) throws Exception {
        return send(base, "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String base, String type, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql")).header("Content-Type", type)
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int rows(String json) {
        return JSON.parse(json).get("results").getAsObject().get("bindings").getAsArray().size();
    }
}
