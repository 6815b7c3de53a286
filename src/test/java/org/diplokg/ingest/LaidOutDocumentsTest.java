package org.diplokg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.diplokg.KgException.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF, DOCX, ODT and RTF files written by {@link TestDocuments}, read through Tika. */
class LaidOutDocumentsTest {
    static final String P1 = "Member states of the Shanghai Cooperation Organisation adopted the SCO Roadmap for"
            + " Digital Connectivity on Thursday at the Third SCO Digital Economy Forum in Xiamen, a port city in"
            + " east China's Fujian Province, to strengthen regional capabilities in cross-border data services.";
    static final String P2 = "The two-day forum, hosted by the SCO Secretariat and the Xiamen municipal government,"
            + " brought together about 400 officials, researchers and business representatives from member"
            + " states, observer states and dialogue partners of the organisation.";
    static final String P3 = "Kazakhstan and Pakistan signed a Letter of Intent on Cross-Border E-Commerce"
            + " Cooperation, under which the two countries will set up a joint working group before the end of"
            + " the year.";
    static final String P4 = "Participants also issued the Xiamen Joint Statement on Digital Economy Cooperation,"
            + " which calls for closer coordination with the International Telecommunication Union.";

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader(1024 * 1024);

    static List<TestDocuments.Page> twoPages() {
        return List.of(
                TestDocuments.Page.of(List.of(TestDocuments.wrap(P1, 60, true), TestDocuments.wrap(P2, 60, true)),
                        false),
                TestDocuments.Page.of(List.of(TestDocuments.wrap(P3, 38, true), TestDocuments.wrap(P4, 38, true)),
                        true));
    }

    @Test
    void pdfReadsInOrderWithoutRunningLinesHyphensOrWraps() throws Exception {
        Path pdf = TestDocuments.write(dir.resolve("paper.pdf"), TestDocuments.pdf(twoPages(),
                "Digital Connectivity Policy Paper", TestDocuments.utc(2024, 11, 8)));
        assertTrue(String.join("\n", TestDocuments.wrap(P1, 60, true)).contains("-\n"),
                "the fixture hyphenates a line end");
        SourceDocument doc = reader.read(pdf);
        assertEquals(SourceDocument.Format.PDF, doc.format());
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\n" + P4, doc.text());
        assertFalse(doc.text().contains("Ministry of Foreign Affairs"), "running header removed");
        assertFalse(doc.text().contains("Page 1"), "footer removed");
        assertEquals(List.of(0, doc.text().indexOf(P3)), doc.pageStarts());
        assertEquals(1, doc.page(doc.text().indexOf(P2)).getAsInt());
        assertEquals(2, doc.page(doc.text().indexOf(P4)).getAsInt());
        assertEquals("Digital Connectivity Policy Paper", doc.title());
        assertEquals(LocalDate.of(2024, 11, 8), doc.date().orElseThrow());
    }

    @Test
    void paragraphsRunOnOverColumnAndPageBreaks() throws Exception {
        List<String> paragraphs = List.of(P1, P2, P3, P4, P1, P3);
        for (boolean twoColumns : new boolean[] {false, true}) {
            List<TestDocuments.Page> pages = TestDocuments.flow(paragraphs, twoColumns ? 40 : 80, 7, twoColumns);
            assertTrue(pages.size() >= 3, "several pages: " + pages.size());
            SourceDocument doc = reader.read(TestDocuments.write(dir.resolve("flow" + twoColumns + ".pdf"),
                    TestDocuments.pdf(pages, null, null)));
            assertEquals(String.join("\n\n", paragraphs), doc.text(), "two columns: " + twoColumns);
            assertEquals(pages.size(), doc.pageStarts().size());
            assertEquals(pages.size(), doc.page(doc.text().length() - 1).getAsInt());
        }
    }

    @Test
    void docxOdtAndRtfGiveTheirParagraphsWithoutHeadersOrFooters() throws Exception {
        List<String> paragraphs = List.of(P1, P2, P3);
        String expected = P1 + "\n\n" + P2 + "\n\n" + P3;
        SourceDocument docx = reader.read(TestDocuments.write(dir.resolve("draft.docx"),
                TestDocuments.docx(paragraphs, "Draft Roadmap", TestDocuments.utc(2025, 3, 12))));
        assertEquals(expected, docx.text());
        assertEquals("Draft Roadmap", docx.title());
        assertEquals(LocalDate.of(2025, 3, 12), docx.date().orElseThrow());
        assertTrue(docx.pageStarts().isEmpty());
        SourceDocument odt = reader.read(TestDocuments.write(dir.resolve("draft.odt"),
                TestDocuments.odt(paragraphs, "Draft Roadmap (ODT)")));
        assertEquals(expected, odt.text());
        assertEquals("Draft Roadmap (ODT)", odt.title());
        SourceDocument rtf = reader.read(TestDocuments.write(dir.resolve("draft.rtf"),
                TestDocuments.rtf(paragraphs, "Draft Roadmap (RTF)")));
        assertEquals(expected, rtf.text());
    }

    @Test
    void titleFromTheFirstLineWhenThePropertiesHaveNone() throws Exception {
        SourceDocument doc = reader.read(TestDocuments.write(dir.resolve("plain.docx"),
                TestDocuments.docx(List.of("Xiamen forum adopts roadmap", P1), "Microsoft Word - plain.docx",
                        null)));
        assertEquals("Xiamen forum adopts roadmap", doc.title());
    }

    private InputException refused(Path p) {
        InputException e = assertThrows(InputException.class, () -> reader.read(p));
        assertTrue(e.getMessage().startsWith(p.toString()), "the message names the file: " + e.getMessage());
        return e;
    }

    @Test
    void scannedEncryptedTruncatedCorruptAndBombFilesAreRefusedByName() throws Exception {
        assertTrue(refused(TestDocuments.write(dir.resolve("scan.pdf"), TestDocuments.scannedPdf()))
                .getMessage().contains("no text layer"));
        assertTrue(refused(TestDocuments.write(dir.resolve("locked.pdf"), TestDocuments.encryptedPdf()))
                .getMessage().contains("encrypted"));
        byte[] pdf = TestDocuments.pdf(twoPages(), null, null);
        byte[] half = java.util.Arrays.copyOf(pdf, pdf.length / 2);
        assertTrue(refused(TestDocuments.write(dir.resolve("half.pdf"), half)).getMessage().contains("truncated"));
        byte[] garbled = pdf.clone();
        for (int i = 20; i < garbled.length - 200; i += 7) {
            garbled[i] = (byte) (garbled[i] ^ 0x5A);
        }
        assertTrue(refused(TestDocuments.write(dir.resolve("garbled.pdf"), garbled)).getMessage()
                .matches(".*(corrupt|no text layer).*"));
        assertTrue(refused(TestDocuments.write(dir.resolve("fake.docx"), P1.getBytes(
                java.nio.charset.StandardCharsets.UTF_8))).getMessage().contains("not a DOCX file"));
        byte[] docx = TestDocuments.docx(List.of(P1), null, null);
        assertTrue(refused(TestDocuments.write(dir.resolve("cut.docx"), java.util.Arrays.copyOf(docx,
                docx.length - 300))).getMessage().matches(".*(corrupt|truncated).*"));
        byte[] bomb = TestDocuments.zipBomb(200);
        assertTrue(bomb.length < 1024 * 1024, "the bomb is small: " + bomb.length);
        String bombed = refused(TestDocuments.write(dir.resolve("bomb.docx"), bomb)).getMessage();
        assertTrue(bombed.contains("zip bomb"), bombed);
    }
}
