package org.diplokg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.jena.system.Txn;
import org.diplokg.TestSupport;
import org.diplokg.ingest.DocumentReader;
import org.diplokg.nlp.NlpConfig;
import org.diplokg.rdf.Iris;
import org.diplokg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input, generated from a fixed seed: random bytes, truncated UTF-8 and UTF-16, NUL and control characters,
 * odd Unicode, deeply nested HTML, huge attributes, damaged copies of real text, damaged PDF, DOCX, ODT and RTF
 * files, scanned and encrypted PDFs, zip bombs and a 20 MB single line. One build
 * takes them all: it never crashes or hangs, every file is either stored whole (its graph of exactly the triples
 * written for it in one transaction) or named in a problem line, and nothing else is stored.
 * {@code -Ddiplokg.fuzz.cases=1000} (default 200) and {@code -Ddiplokg.fuzz.seed=N} (default 13).
 */
class HostileInputIT {
    private static final int CASES = Integer.getInteger("diplokg.fuzz.cases", 200);
    private static final long SEED = Long.getLong("diplokg.fuzz.seed", 13);
    private static final String[] EXT = {".txt", ".md", ".html"};

    @TempDir
    Path dir;

    @Test
    void aBuildOfHostileFilesNeverCrashesHangsOrStoresPartOfAGraph() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Random r = new Random(SEED);
        List<String> sample = sampleParagraphs();
        Map<String, Integer> kinds = new HashMap<>();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            int kind = r.nextInt(10);
            if (kind == 8 && r.nextInt(4) != 0) {
                kind = 7; // long lines are slow to analyse (about 1,000 tokens a second): a few are enough
            }
            String ext = kind == 5 || kind == 6 ? ".html" : EXT[r.nextInt(EXT.length)];
            byte[] content;
            if (kind == 9) {
                Formatted d = formatted(r, sample);
                ext = d.ext();
                content = d.bytes();
            } else {
                content = bytes(kind, r, sample);
            }
            Path f = in.resolve(String.format("case-%04d-k%d%s", i, kind, ext));
            Files.write(f, content);
            files.add(f.toAbsolutePath().normalize());
            kinds.merge("k" + kind, 1, Integer::sum);
        }
        // A 20 MB line of words, just under the default size limit: refused by its length in words, at once.
        Path line = in.resolve("case-long-line.txt");
        byte[] words = "cooperation agreement signed ".repeat(700_000).getBytes(StandardCharsets.US_ASCII);
        Files.write(line, Arrays.copyOf(words, 20_000_000));
        files.add(line.toAbsolutePath().normalize());

        Map<String, Long> written = new ConcurrentHashMap<>();
        List<String> problems = new ArrayList<>();
        Path storeDir = dir.resolve("store");
        long t0 = System.nanoTime();
        BuildSummary summary;
        try (KgStore store = KgStore.open(storeDir)) {
            BuildOptions options = new BuildOptions(List.of(in), Iris.of(Iris.DEFAULT_BASE), 2, false,
                    DocumentReader.DEFAULT_MAX_BYTES, NlpConfig.DEFAULT);
            BuildJob job = new BuildJob(store, options, TestSupport::processor,
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                    .listener(new BuildJob.Listener() {
                        @Override
                        public void committed(String source, String iri, boolean replaced, long triples, double s) {
                            written.put(iri, triples);
                        }

                        @Override
                        public void problem(String l) {
                            synchronized (problems) {
                                problems.add(l);
                            }
                        }
                    });
            ExecutorService one = Executors.newSingleThreadExecutor();
            try {
                Future<BuildSummary> run = one.submit(job::run);
                summary = run.get(Duration.ofMinutes(8).toSeconds(), TimeUnit.SECONDS);
            } finally {
                one.shutdownNow();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;

            List<String> unaccounted = new ArrayList<>();
            for (Path f : files) {
                boolean named = problems.stream().anyMatch(p -> p.startsWith(f.toString() + ":"));
                boolean stored = store.documents().values().stream().anyMatch(d -> d.source().equals(f.toString()));
                if (named == stored) {
                    unaccounted.add(f.getFileName() + (named ? " both stored and refused" : " neither stored nor named"));
                }
            }
            Map<String, Long> stored = Txn.calculateRead(store.dataset(), () -> {
                Map<String, Long> m = new HashMap<>();
                store.dataset().listNames().forEachRemaining(g -> m.put(g, store.dataset().getNamedModel(g).size()));
                return m;
            });
            System.out.printf("hostile input: %d files (%s) in %.0f s: %d stored, %d refused or failed, %d problems"
                    + " named%n", files.size(), kinds, seconds, summary.added(), summary.failed(), problems.size());
            problems.stream().map(p -> p.replaceFirst("^.*/(case-[^:]*)", "$1"))
                    .map(p -> p.replaceAll("\\(byte 0x[0-9A-F]+ at offset \\d+\\)", "(byte ...)"))
                    .map(p -> p.replaceFirst("^case-\\S+: ", "")).distinct().limit(15)
                    .forEach(p -> System.out.println("  reason: " + p));
            assertEquals(List.of(), unaccounted, "each file is stored or named as refused");
            assertTrue(problems.stream().anyMatch(p -> p.startsWith(line.toAbsolutePath().normalize()
                    + ": too long to analyse")), "the 20 MB line is refused by its length");
            assertEquals(written, stored, "each stored graph holds exactly what was written for it, nothing else");
            assertEquals(files.size(), summary.added() + summary.failed());
        }
    }

    private static byte[] bytes(int kind, Random r, List<String> sample) {
        return switch (kind) {
            case 0 -> randomBytes(r, r.nextInt(4096));
            case 1 -> {
                byte[] b = (pick(r, sample) + " Genève, Zürich, Кыргызстан, 中国, ").getBytes(StandardCharsets.UTF_8);
                yield Arrays.copyOf(b, b.length - 1 - r.nextInt(2));
            }
            case 2 -> {
                boolean le = r.nextBoolean();
                byte[] b = pick(r, sample).getBytes(le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
                byte[] out = new byte[b.length + 2 - (r.nextBoolean() ? 1 : 0)];
                out[0] = (byte) (le ? 0xFF : 0xFE);
                out[1] = (byte) (le ? 0xFE : 0xFF);
                System.arraycopy(b, 0, out, 2, out.length - 2);
                yield out;
            }
            case 3 -> {
                StringBuilder s = new StringBuilder(pick(r, sample));
                for (int i = 0; i < 1 + r.nextInt(40); i++) {
                    s.insert(r.nextInt(s.length() + 1), (char) r.nextInt(32));
                }
                yield s.toString().getBytes(StandardCharsets.UTF_8);
            }
            case 4 -> {
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < r.nextInt(600); i++) {
                    int cp = switch (r.nextInt(4)) {
                        case 0 -> 0x20 + r.nextInt(0x5f);
                        case 1 -> 0x0590 + r.nextInt(0x200);   // Hebrew, Arabic
                        case 2 -> 0x1F300 + r.nextInt(0x300);  // symbols and emoji
                        default -> 0x2000 + r.nextInt(0x70);   // spaces, joiners, bidi marks
                    };
                    s.appendCodePoint(cp);
                }
                yield (pick(r, sample) + "\n" + s).getBytes(StandardCharsets.UTF_8);
            }
            case 5 -> {
                int depth = 500 + r.nextInt(20_000);
                String tag = r.nextBoolean() ? "div" : "span";
                yield ("<html><body>" + ("<" + tag + ">").repeat(depth) + pick(r, sample)
                        + ("</" + tag + ">").repeat(r.nextInt(depth))).getBytes(StandardCharsets.UTF_8);
            }
            case 6 -> ("<html><head><title>t</title></head><body><p title=\"" + "x".repeat(100_000 + r.nextInt(900_000))
                    + "\" data-a='" + "&amp;".repeat(r.nextInt(50_000)) + "'>" + pick(r, sample)
                    + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
            case 7 -> {
                byte[] b = pick(r, sample).getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 1 + r.nextInt(8); i++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
                yield b;
            }
            default -> {
                // Text with one very long line of words among paragraphs.
                String p = pick(r, sample);
                yield (p + "\n" + "and ".repeat(500 + r.nextInt(2500)) + "\n" + p).getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    /**
     * A 20 MB single line, as text and as HTML, just under the default size limit: reading and cleaning it takes
     * seconds, not minutes (its analysis would take an hour: the build refuses it by its length in words).
     */
    @Test
    void aTwentyMegabyteLineIsReadQuickly() throws Exception {
        byte[] words = "cooperation agreement signed ".repeat(700_000).getBytes(StandardCharsets.US_ASCII);
        Path txt = dir.resolve("long-line.txt");
        Files.write(txt, Arrays.copyOf(words, 20_000_000));
        Path html = dir.resolve("long-line.html");
        Files.write(html, ("<html><body><p>" + new String(words, 0, 19_000_000, StandardCharsets.US_ASCII)
                + "</p></body></html>").getBytes(StandardCharsets.US_ASCII));
        DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES);
        for (Path f : List.of(txt, html)) {
            long t0 = System.nanoTime();
            var doc = reader.read(f);
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("hostile input: %s (%,d bytes) read and cleaned in %.1f s%n", f.getFileName(),
                    Files.size(f), s);
            assertTrue(doc.analysisText().length() == doc.text().length(), "offsets kept");
            assertTrue(s < 60, f + " read in " + s + " s");
        }
    }

    private record Formatted(String ext, byte[] bytes) {
    }

    private static final Map<String, byte[]> WHOLE = new HashMap<>();

    /**
     * PDF, DOCX, ODT and RTF files, damaged: truncated or with bytes overwritten; now and then a whole one, a
     * scanned or encrypted PDF, or a zip bomb (a DOCX whose text part expands to 150 MiB).
     */
    private static Formatted formatted(Random r, List<String> sample) throws Exception {
        if (WHOLE.isEmpty()) {
            List<String> paragraphs = sample.subList(0, 3);
            WHOLE.put(".pdf", org.diplokg.ingest.TestDocuments.pdf(org.diplokg.ingest.TestDocuments.flow(paragraphs,
                    80, 40, false), "Fuzz", null));
            WHOLE.put(".docx", org.diplokg.ingest.TestDocuments.docx(paragraphs, "Fuzz", null));
            WHOLE.put(".odt", org.diplokg.ingest.TestDocuments.odt(paragraphs, "Fuzz"));
            WHOLE.put(".rtf", org.diplokg.ingest.TestDocuments.rtf(paragraphs, "Fuzz"));
            WHOLE.put("bomb", org.diplokg.ingest.TestDocuments.zipBomb(150));
            WHOLE.put("scan", org.diplokg.ingest.TestDocuments.scannedPdf());
            WHOLE.put("locked", org.diplokg.ingest.TestDocuments.encryptedPdf());
        }
        int pick = r.nextInt(20);
        if (pick == 0) {
            return new Formatted(".docx", WHOLE.get("bomb"));
        }
        if (pick == 1) {
            return new Formatted(".pdf", WHOLE.get(r.nextBoolean() ? "scan" : "locked"));
        }
        String ext = List.of(".pdf", ".docx", ".odt", ".rtf").get(r.nextInt(4));
        byte[] b = WHOLE.get(ext).clone();
        if (pick == 2) {
            return new Formatted(ext, b);
        }
        if (r.nextBoolean()) {
            return new Formatted(ext, Arrays.copyOf(b, 1 + r.nextInt(b.length - 1)));
        }
        for (int i = 0; i < 1 + r.nextInt(20); i++) {
            b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
        return new Formatted(ext, b);
    }

    private static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static String pick(Random r, List<String> sample) {
        return sample.get(r.nextInt(sample.size()));
    }

    /** Paragraphs of the bundled sample, short enough to keep the analysis quick. */
    private static List<String> sampleParagraphs() throws Exception {
        List<String> out = new ArrayList<>();
        try (var files = Files.list(TestSupport.sample())) {
            for (Path f : files.sorted().toList()) {
                for (String p : Files.readString(f).split("\n\\s*\n")) {
                    if (p.strip().length() > 40) {
                        out.add(p.strip().length() > 240 ? p.strip().substring(0, 240) : p.strip());
                    }
                }
            }
        }
        return out;
    }
}
