package org.diplokg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.diplokg.KgException.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader(1024 * 1024);

    private InputException refused(Path p) {
        InputException e = assertThrows(InputException.class, () -> reader.read(p));
        assertTrue(e.getMessage().startsWith(p.toString()), "the message names the file: " + e.getMessage());
        return e;
    }

    @Test
    void refusesEmptyBinaryForeignEncodingUnknownTypeMissingAndHugeFiles() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        assertTrue(refused(empty).getMessage().contains("empty"));
        Path binary = Files.write(dir.resolve("bin.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 1, 2});
        assertTrue(refused(binary).getMessage().contains("binary"));
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 de la Paix in Gen\u00e8ve".getBytes(
                StandardCharsets.ISO_8859_1));
        assertTrue(refused(latin1).getMessage().contains("not UTF-8"));
        Path pdf = Files.writeString(dir.resolve("report.xlsx"), "text");
        assertTrue(refused(pdf).getMessage().contains("unsupported file type"));
        assertTrue(refused(dir.resolve("nowhere.txt")).getMessage().contains("no such file"));
        Path huge = Files.write(dir.resolve("huge.txt"), "a ".repeat(600_000).getBytes(StandardCharsets.UTF_8));
        assertTrue(refused(huge).getMessage().contains("too large"));
        Path blank = Files.writeString(dir.resolve("blank.md"), "  \n\n \t\n");
        assertTrue(refused(blank).getMessage().contains("no text"));
    }

    @Test
    void readsUtf16WithByteOrderMark() throws Exception {
        byte[] body = "Kenya and Viet Nam signed a memorandum.".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        SourceDocument doc = reader.read(Files.write(dir.resolve("utf16.txt"), bytes));
        assertEquals("Kenya and Viet Nam signed a memorandum.", doc.text());
    }

    @Test
    void htmlGivesTitleAndTextWithoutScripts() throws Exception {
        Path html = Files.writeString(dir.resolve("page.html"), "<html><head><title>Summit ends</title>"
                + "<script>alert('x')</script></head><body><h1>Summit ends</h1><p>The leaders adopted the"
                + " <b>Kazan Declaration</b>.</p></body></html>");
        SourceDocument doc = reader.read(html);
        assertEquals("Summit ends", doc.title());
        assertTrue(doc.text().contains("The leaders adopted the Kazan Declaration."), doc.text());
        assertFalse(doc.text().contains("alert"));
    }

    @Test
    void savedWebPageGivesItsArticleWithoutNavigationShareButtonsOrRelatedLists() throws Exception {
        String article = "Kenya and Viet Nam signed a memorandum of understanding on digital trade in Nairobi on"
                + " Tuesday. The two ministers agreed to meet again in Hanoi next year to review its progress.";
        Path html = Files.writeString(dir.resolve("saved.html"), "<html><head><title>Kenya, Viet Nam sign MoU"
                + "</title></head><body class=\"layout has-sidebar\"><header><a class=\"skip-link\" href=\"#m\">Skip"
                + " to content</a><ul class=\"menu\"><li>World</li><li>Business</li></ul></header>"
                + "<div class=\"breadcrumbs\">Home / Africa</div><article><h1>Kenya and Viet Nam sign MoU</h1>"
                + "<div class=\"share-bar\"><a>Share on Facebook</a><a>Tweet</a></div><p>" + article + "</p>"
                + "<aside>Advertisement</aside></article><section class=\"related-stories\"><h2>Related</h2><ul>"
                + "<li>China and Laos open a railway</li></ul></section><div id=\"cookie-consent\">We use"
                + " cookies</div><footer>Copyright Meridian Wire</footer></body></html>");
        SourceDocument doc = reader.read(html);
        assertEquals("Kenya and Viet Nam sign MoU\n" + article, doc.text());
        assertEquals("Kenya, Viet Nam sign MoU", doc.title());
        // A page without an article keeps its body, and a layout wrapper named like furniture is not dropped.
        Path plain = Files.writeString(dir.resolve("plain.html"), "<html><body><div class=\"page has-sidebar\">"
                + "<p>" + article + "</p><div class=\"social-links\">Follow us</div></div></body></html>");
        assertEquals(article, reader.read(plain).text());
    }

    @Test
    void markdownMarkupIsBlankedWithoutMovingOffsets() throws Exception {
        String md = "# Forum opens\n\nThe **Third Forum** met in [Geneva](https://example.org).\n";
        SourceDocument doc = reader.read(Files.writeString(dir.resolve("n.md"), md));
        assertEquals(md.length(), doc.analysisText().length());
        int at = md.indexOf("Third Forum");
        assertEquals("Third Forum", doc.analysisText().substring(at, at + 11));
        assertFalse(doc.analysisText().contains("https://example.org"));
        assertEquals("Forum opens", doc.title());
    }

    @Test
    void chineseParagraphsAreSkippedAndCounted() throws Exception {
        String text = "China and Laos signed the agreement.\n\u4e2d\u56fd\u548c\u8001\u631d\u7b7e\u7f72\u4e86\u534f"
                + "\u8bae\u3002\nThe forum closed.\n";
        SourceDocument doc = reader.read(Files.writeString(dir.resolve("mixed.txt"), text));
        assertEquals(1, doc.quality().nonEnglishParagraphs());
        assertTrue(doc.analysisText().contains("China and Laos"));
        assertFalse(doc.analysisText().chars().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff));
        assertEquals(text.length(), doc.analysisText().length());
    }

    @Test
    void lowerCasedStemmedTextIsFlaggedAsDegraded() throws Exception {
        String stemmed = "china state council inform offic issu white paper jointli build commun share futur "
                .repeat(20);
        SourceDocument doc = reader.read(Files.writeString(dir.resolve("stem.txt"), stemmed));
        assertTrue(doc.quality().degraded());
        assertTrue(doc.quality().note().contains("degraded"));
    }

    @Test
    void datelineGivesTheDocumentDate() throws Exception {
        SourceDocument doc = reader.read(Files.writeString(dir.resolve("news.txt"),
                "Ministers meet\nNAIROBI, March 14, 2024 -- Kenya and Viet Nam signed a memorandum on Tuesday.\n"));
        assertEquals(LocalDate.of(2024, 3, 14), doc.date().orElseThrow());
        assertEquals(64, doc.contentHash().length());
    }
}
