package org.diplokg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.Resource;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.TextFragment;

/**
 * The hits of one full-text query, best first, as jena-text's {@code TextIndexLucene.query} makes them (the same
 * Lucene query text, parser, analyzer and searcher settings; read from jena-text 5.6.0's sources), but from a
 * searcher kept open by {@link SearchIndex}, and with the snippet of a hit made only when asked for
 * ({@link #snippet}), so a page highlights the hits it shows and no others.
 */
public final class TextHits {
    private static final String DATATYPE_PREFIX = "^^";
    private static final String START = "\u21a6";
    private static final String END = "\u21a4";
    private static final String FRAGMENT_SEPARATOR = "\u2223";
    /** jena-text's pattern joining adjacent marks (copied as it is written there). */
    private static final String JOIN_MARKS = END + "([\\p{Z}\u0f0b\0f0c\0f0d\180e]*?)" + START;
    private static final int FRAGMENT_SIZE = 240;
    private static final int MAX_FRAGMENTS = 1;
    private static final int MAX_N = 10000;

    private final List<TextHit> hits;
    private final List<String> fields;
    private final List<String> lexicals;
    private final Query query;
    private final Analyzer analyzer;
    private Highlighter highlighter;

    private TextHits(List<TextHit> hits, List<String> fields, List<String> lexicals, Query query, Analyzer analyzer) {
        this.hits = hits;
        this.fields = fields;
        this.lexicals = lexicals;
        this.query = query;
        this.analyzer = analyzer;
    }

    /** The Lucene query jena-text makes of {@code qs} over the fields of {@code props} (no language, any graph). */
    static Query parse(EntityDefinition def, Analyzer queryAnalyzer, List<Resource> props, String qs)
            throws ParseException {
        Set<String> clauses = new LinkedHashSet<>();
        for (Resource p : props) {
            clauses.add(def.getField(p.asNode()) + ": (" + qs + ") ");
        }
        QueryParser qp = new QueryParser(def.getPrimaryField(), queryAnalyzer);
        qp.setAllowLeadingWildcard(true);
        return qp.parse(String.join("", clauses));
    }

    /** The best {@code limit} hits of {@code query} in {@code searcher}, their stored values read. */
    static TextHits search(IndexSearcher searcher, EntityDefinition def, Analyzer indexAnalyzer, List<Resource> props,
            Query query, int limit) {
        List<String> textFields = new ArrayList<>();
        props.forEach(p -> textFields.add(def.getField(p.asNode())));
        try {
            ScoreDoc[] docs = searcher.search(query, limit <= 0 ? MAX_N : limit).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<TextHit> hits = new ArrayList<>(docs.length);
            List<String> fields = new ArrayList<>(docs.length);
            List<String> lexicals = new ArrayList<>(docs.length);
            for (ScoreDoc sd : docs) {
                Document doc = stored.document(sd.doc);
                String field = textFields.stream().filter(f -> doc.get(f) != null).findFirst().orElse(null);
                String lexical = field == null ? null : doc.get(field);
                Collection<Node> predicates = def.getPredicates(field);
                Node prop = predicates.isEmpty() ? null : predicates.iterator().next();
                String graph = def.getGraphField() == null ? null : doc.get(def.getGraphField());
                hits.add(new TextHit(TextQueryFuncs.stringToNode(doc.get(def.getEntityField())), sd.score,
                        literal(lexical, doc.get(def.getLangField())), graph == null ? null
                        : TextQueryFuncs.stringToNode(graph), prop));
                fields.add(field);
                lexicals.add(lexical);
            }
            return new TextHits(hits, fields, lexicals, query, indexAnalyzer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the text index", e);
        }
    }

    private static Node literal(String lexical, String lang) {
        if (lexical == null) {
            return null;
        }
        if (lang == null) {
            return NodeFactory.createLiteralString(lexical);
        }
        if (lang.startsWith(DATATYPE_PREFIX)) {
            return NodeFactory.createLiteralDT(lexical,
                    TypeMapper.getInstance().getSafeTypeByName(lang.substring(DATATYPE_PREFIX.length())));
        }
        return NodeFactory.createLiteralLang(lexical, lang);
    }

    /** The hits, best first; a hit's literal is the stored value, unmarked. */
    public List<TextHit> hits() {
        return hits;
    }

    /**
     * Hit {@code i}'s value with the matched words marked ↦…↤, in its best fragment of about 240 characters: what
     * jena-text's highlight option {@code "z:240 | m:1"} gives; null for a hit without a value.
     */
    public String snippet(int i) {
        String lexical = lexicals.get(i);
        if (lexical == null) {
            return null;
        }
        if (highlighter == null) {
            highlighter = new Highlighter(new SimpleHTMLFormatter(START, END), new QueryScorer(query));
            highlighter.setTextFragmenter(new SimpleFragmenter(FRAGMENT_SIZE));
        }
        try {
            TextFragment[] frags = highlighter.getBestTextFragments(analyzer.tokenStream(fields.get(i), lexical),
                    lexical, true, MAX_FRAGMENTS);
            StringBuilder sb = new StringBuilder();
            String sep = "";
            for (TextFragment f : frags) {
                sb.append(sep).append(f.toString().replaceAll(JOIN_MARKS, "$1"));
                sep = FRAGMENT_SEPARATOR;
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot highlight a text hit", e);
        } catch (InvalidTokenOffsetsException e) {
            throw new IllegalStateException("cannot highlight a text hit: " + e.getMessage(), e);
        }
    }
}
