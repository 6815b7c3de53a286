package org.diplokg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.diplokg.TestSupport;
import org.diplokg.ingest.DocumentReader;
import org.diplokg.ingest.TestDocuments;
import org.diplokg.nlp.NlpConfig;
import org.diplokg.rdf.Iris;
import org.diplokg.store.KgStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample documents printed to PDF in one column and in two (PDFBox, with a running header, page-number footers
 * and hyphenated line ends) and to DOCX (POI), and the white paper of ../shared/corpus when it is there printed to
 * PDF in two columns, build to the
 * entities of their text, with a page on every sentence of the PDFs; a scanned, an encrypted and a truncated PDF
 * and a zip bomb in the same batch get one problem line each and the batch goes on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LaidOutBuildIT {
    private static final String WHITE_PAPER = "002_741f77b3309be917";

    @TempDir
    static Path dir;

    private Path storeDir;
    private BuildSummary summary;
    private String output;
    private final List<String> stems = new ArrayList<>();
    private final List<String> copies = new ArrayList<>();

    @BeforeAll
    void build() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (var files = Files.list(TestSupport.sample())) {
            for (Path f : files.sorted().toList()) {
                add(in, f, true);
            }
        }
        Path paper = TestSupport.corpus().resolve(WHITE_PAPER + ".txt");
        if (Files.isRegularFile(paper)) {
            add(in, paper, false);
        }
        TestDocuments.write(in.resolve("bad-scan.pdf"), TestDocuments.scannedPdf());
        TestDocuments.write(in.resolve("bad-locked.pdf"), TestDocuments.encryptedPdf());
        byte[] pdf = Files.readAllBytes(in.resolve(stems.get(0) + "-2col.pdf"));
        TestDocuments.write(in.resolve("bad-cut.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 2));
        TestDocuments.write(in.resolve("bad-bomb.docx"), TestDocuments.zipBomb(150));
        storeDir = dir.resolve("store");
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        BuildOptions options = new BuildOptions(List.of(in), Iris.of(Iris.DEFAULT_BASE), 2, false,
                DocumentReader.DEFAULT_MAX_BYTES, NlpConfig.DEFAULT);
        try (KgStore store = KgStore.open(storeDir);
             PrintStream out = new PrintStream(sink, true, StandardCharsets.UTF_8)) {
            summary = new BuildJob(store, options, TestSupport::processor, out).run();
        }
        output = sink.toString(StandardCharsets.UTF_8);
    }

    /** The text file as it is, printed to PDF in two columns, and (when {@code all}) in one and to DOCX. */
    private void add(Path in, Path txt, boolean all) throws Exception {
        String stem = txt.getFileName().toString().replaceFirst("\\.txt$", "");
        stems.add(stem);
        copies.add(stem + "-2col.pdf");
        String text = Files.readString(txt);
        Files.writeString(in.resolve(stem + ".txt"), text);
        List<String> paragraphs = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        TestDocuments.write(in.resolve(stem + "-2col.pdf"), TestDocuments.pdf(
                TestDocuments.flow(paragraphs, 44, 48, true), null, null));
        if (all) {
            TestDocuments.write(in.resolve(stem + "-1col.pdf"), TestDocuments.pdf(
                    TestDocuments.flow(paragraphs, 90, 48, false), null, null));
            TestDocuments.write(in.resolve(stem + ".docx"), TestDocuments.docx(paragraphs, null, null));
            copies.add(stem + "-1col.pdf");
            copies.add(stem + ".docx");
        }
    }

    private Set<String> entities(String identifier) {
        try (KgStore store = KgStore.open(storeDir)) {
            return new TreeSet<>(store.counts("SELECT ?e (COUNT(*) AS ?n) WHERE { ?e dkg:mentionedIn ?d ."
                    + " ?d dcterms:identifier '" + identifier + "' } GROUP BY ?e").keySet());
        }
    }

    private long count(String query) {
        try (KgStore store = KgStore.open(storeDir)) {
            return store.counts(query).values().stream().findFirst().orElse(0L);
        }
    }

    @Test
    void badFilesGetOneProblemLineEachAndTheBatchGoesOn() {
        assertEquals(stems.size() + copies.size(), summary.added(), output);
        assertEquals(4, summary.failed(), output);
        for (String bad : List.of("bad-scan.pdf: no text layer", "bad-locked.pdf: encrypted",
                "bad-cut.pdf: truncated", "bad-bomb.docx: refused: a zip bomb")) {
            assertEquals(1, output.lines().filter(l -> l.contains(bad)).count(), bad + " in\n" + output);
        }
        assertTrue(summary.shaclViolations().isEmpty(), summary.shaclViolations().toString());
    }

    @Test
    void printedDocumentsBuildToTheEntitiesOfTheirText() {
        StringBuilder report = new StringBuilder();
        for (String stem : stems) {
            Set<String> text = entities(stem + ".txt");
            assertTrue(text.size() >= 5, stem + " has entities: " + text);
            for (String copy : copies.stream().filter(c -> c.startsWith(stem)).toList()) {
                Set<String> printed = entities(copy);
                Set<String> kept = new TreeSet<>(text);
                kept.retainAll(printed);
                double share = (double) kept.size() / text.size();
                Set<String> missing = new TreeSet<>(text);
                missing.removeAll(printed);
                report.append(String.format("%s: %d of %d entities of the text (%.1f%%), missing %s%n", copy,
                        kept.size(), text.size(), 100 * share, missing));
                assertTrue(share >= 0.95, copy + " keeps " + kept.size() + " of " + text.size() + "; missing "
                        + missing);
            }
        }
        System.out.print(report);
    }

    @Test
    void everySentenceOfAPdfHasItsPage() {
        long sentences = count("SELECT ('n' AS ?k) (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?d { ?s a nif:Sentence }"
                + " ?d dkg:format 'pdf' }");
        long paged = count("SELECT ('n' AS ?k) (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?d { ?s a nif:Sentence ;"
                + " dkg:page ?p FILTER(?p >= 1) } ?d dkg:format 'pdf' }");
        assertTrue(sentences > 50, "sentences in the PDFs: " + sentences);
        assertEquals(sentences, paged);
        assertEquals(0, count("SELECT ('n' AS ?k) (COUNT(?s) AS ?n) WHERE { GRAPH ?d { ?s dkg:page ?p }"
                + " ?d dkg:format 'txt' }"), "text files have no pages");
        // A sentence's page is within the document's page count, and the later pages hold sentences too.
        assertEquals(0, count("SELECT ('n' AS ?k) (COUNT(?s) AS ?n) WHERE { GRAPH ?d { ?s dkg:page ?p }"
                + " ?d dkg:pageCount ?c FILTER(?p > ?c) }"));
        assumeTrue(stems.contains(WHITE_PAPER), "the white paper is in ../shared/corpus");
        assertTrue(count("SELECT ('n' AS ?k) (MAX(?p) AS ?n) WHERE { GRAPH ?d { ?s dkg:page ?p } ?d"
                + " dcterms:identifier '" + WHITE_PAPER + "-2col.pdf' }") > 10);
    }
}
