package org.diplokg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.query.text.TextHit;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplokg.store.SearchIndex;
import org.diplokg.store.TextHits;

/**
 * Ranked search over the store's full-text index ({@link SearchIndex}): names (labels, alternative labels, titles)
 * ranked by Lucene's score with an exact name first, and sentences with a snippet marking the matched words.
 * English-stemmed ("agreements" finds "agreement"); "quoted words" are a phrase; the last plain word also matches
 * as a prefix, for the autocomplete.
 */
final class TextSearch {
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N} ]+");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}\\p{N}]+)$");

    /** A sentence that matches: its IRI, its document, the document's label, the snippet and its marks. */
    record SentenceHit(String sentence, String document, String documentLabel, String snippet, List<int[]> marks) {
    }

    private final SearchIndex index;
    private final KgReader reader;

    TextSearch(SearchIndex index, KgReader reader) {
        this.index = index;
        this.reader = reader;
    }

    /** The query sent to Lucene: {@code q}, and for plain words also the last word as a prefix. */
    static String luceneQuery(String q) {
        String s = q.strip();
        if (PLAIN.matcher(s).matches()) {
            var m = LAST_WORD.matcher(s);
            if (m.find() && m.group(1).length() >= 2) {
                return "(" + s + ") OR " + m.group(1).toLowerCase(Locale.ROOT) + "*";
            }
        }
        return s;
    }

    /** Named resources whose names match {@code q}, an exact name first, then by score. */
    List<Catalog.Match> names(String q, int limit) {
        if (q.isBlank()) {
            return List.of();
        }
        List<TextHit> hits = index.search(List.of(SearchIndex.LABEL, SearchIndex.ALT, SearchIndex.TITLE),
                luceneQuery(q), limit * 4 + 20).hits();
        Map<String, TextHit> best = new LinkedHashMap<>();
        for (TextHit h : hits) {
            if (h.getNode().isURI()) {
                best.putIfAbsent(h.getNode().getURI(), h);
            }
        }
        Map<String, String[]> described = describe(best.keySet());
        String needle = q.strip().toLowerCase(Locale.ROOT);
        List<Catalog.Match> out = new ArrayList<>();
        int rank = best.size();
        for (var e : best.entrySet()) {
            String[] d = described.get(e.getKey());
            if (d == null) {
                continue;
            }
            Optional<Kind> kind = Kind.ofClassIri(d[0]);
            if (kind.isEmpty()) {
                continue;
            }
            String matched = e.getValue().getLiteral() == null ? d[1] : e.getValue().getLiteral().getLiteralLexicalForm();
            int score = matched.toLowerCase(Locale.ROOT).equals(needle) ? 2 * best.size() + rank : rank;
            out.add(new Catalog.Match(e.getKey(), d[1], kind.get(), matched, score));
            rank--;
        }
        return out.stream().sorted(Comparator.comparingInt(Catalog.Match::score).reversed()).limit(limit).toList();
    }

    /** Sentences matching {@code q}, best first, with a snippet (made for the sentences returned only). */
    List<SentenceHit> sentences(String q, int limit) {
        if (q.isBlank()) {
            return List.of();
        }
        TextHits hits = index.search(List.of(SearchIndex.TEXT), q.strip(), limit * 3 + 10);
        Map<String, Integer> best = new LinkedHashMap<>();
        for (int i = 0; i < hits.hits().size(); i++) {
            TextHit h = hits.hits().get(i);
            String iri = h.getNode().isURI() ? h.getNode().getURI() : null;
            if (iri != null && iri.contains("#") && h.getLiteral() != null) {
                best.putIfAbsent(iri, i);
            }
        }
        // Looked up a page at a time, best first, until limit sentences are found: a hit's row does not depend on
        // the other IRIs of the lookup, so the answer is the one a lookup of all hits gives.
        List<SentenceHit> out = new ArrayList<>();
        List<Map.Entry<String, Integer>> candidates = new ArrayList<>(best.entrySet());
        for (int from = 0; from < candidates.size() && out.size() < limit; ) {
            int to = Math.min(candidates.size(), from + limit - out.size() + 10);
            List<Map.Entry<String, Integer>> page = candidates.subList(from, to);
            Map<String, String[]> docs = documentLabels(page.stream().map(Map.Entry::getKey).toList());
            for (var e : page) {
                String[] d = docs.get(e.getKey());
                if (d == null) {
                    continue;   // a mention, not a sentence, or its document is gone
                }
                List<int[]> marks = new ArrayList<>();
                String snippet = unmark(hits.snippet(e.getValue()), marks);
                out.add(new SentenceHit(e.getKey(), d[0], d[1], snippet, marks));
                if (out.size() == limit) {
                    break;
                }
            }
            from = to;
        }
        return out;
    }

    /** Removes jena-text's highlight marks (↦ … ↤) from {@code s}, recording the marked ranges. */
    static String unmark(String s, List<int[]> marks) {
        StringBuilder sb = new StringBuilder();
        int start = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u21a6') {
                start = sb.length();
            } else if (c == '\u21a4') {
                if (start >= 0) {
                    marks.add(new int[] {start, sb.length()});
                }
                start = -1;
            } else if (c == '\u2223') {
                sb.append(" … ");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private Map<String, String[]> describe(java.util.Collection<String> iris) {
        Map<String, String[]> out = new HashMap<>();
        if (iris.isEmpty()) {
            return out;
        }
        for (Binding row : reader.select(DESCRIBE, iris)) {
            String e = KgReader.str(row, "e");
            String c = KgReader.str(row, "c");
            if (Kind.ofClassIri(c).isPresent() || !out.containsKey(e)) {
                out.put(e, new String[] {c, KgReader.str(row, "label")});
            }
        }
        return out;
    }

    private Map<String, String[]> documentLabels(java.util.Collection<String> sentences) {
        Map<String, String[]> out = new HashMap<>();
        if (sentences.isEmpty()) {
            return out;
        }
        for (Binding row : reader.select(DOCUMENT_LABELS, sentences)) {
            out.put(KgReader.str(row, "s"), new String[] {KgReader.str(row, "d"), KgReader.str(row, "label")});
        }
        return out;
    }

    /** Each named resource's class and name (its title, else its label). */
    static final String DESCRIBE_TEXT = "SELECT ?e ?c (COALESCE(?t, ?l) AS ?label) WHERE { VALUES ?e { <urn:x> }"
            + " ?e a ?c ; rdfs:label ?l OPTIONAL { ?e dcterms:title ?t } }";
    /** Each sentence's document and the document's name. */
    static final String DOCUMENT_LABELS_TEXT = "SELECT ?s ?d (COALESCE(?t, ?l, STR(?d)) AS ?label) WHERE {"
            + " VALUES ?s { <urn:x> } ?s a nif:Sentence ; nif:referenceContext/nif:sourceUrl ?d"
            + " OPTIONAL { ?d dcterms:title ?t } OPTIONAL { ?d rdfs:label ?l } }";
    private static final KgReader.ValuesQuery DESCRIBE = new KgReader.ValuesQuery(DESCRIBE_TEXT);
    private static final KgReader.ValuesQuery DOCUMENT_LABELS = new KgReader.ValuesQuery(DOCUMENT_LABELS_TEXT);
}
