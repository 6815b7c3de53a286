package org.diplokg.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes the PDF, DOCX, ODT and RTF files of the ingest tests with PDFBox and POI (nothing is downloaded): pages of
 * wrapped lines in one or two columns under a running header and over a running footer with a page number.
 */
public final class TestDocuments {
    public static final String HEADER = "Ministry of Foreign Affairs | Policy Paper";
    private static final float MARGIN = 60;
    private static final float LEADING = 14;
    private static final float SIZE = 10;

    private TestDocuments() {
    }

    /** One page: its columns (one or two), each a list of lines, an empty line between paragraphs. */
    public record Page(List<List<String>> columns) {
        /** Paragraphs of wrapped lines on one column, or split between two. */
        public static Page of(List<List<String>> paragraphs, boolean twoColumns) {
            if (!twoColumns) {
                return new Page(List.of(lines(paragraphs)));
            }
            int half = (paragraphs.size() + 1) / 2;
            return new Page(List.of(lines(paragraphs.subList(0, half)),
                    lines(paragraphs.subList(half, paragraphs.size()))));
        }
    }

    /**
     * Prose paragraphs wrapped at {@code width} characters (hyphenating) and flowed over columns of {@code lines}
     * lines, one or two columns a page; paragraphs run on over column and page breaks.
     */
    public static List<Page> flow(List<String> paragraphs, int width, int lines, boolean twoColumns) {
        List<String> all = new ArrayList<>();
        for (String p : paragraphs) {
            if (!all.isEmpty()) {
                all.add("");
            }
            all.addAll(wrap(p, width, true));
        }
        List<List<String>> columns = new ArrayList<>();
        for (int i = 0; i < all.size(); i += lines) {
            List<String> column = new ArrayList<>(all.subList(i, Math.min(all.size(), i + lines)));
            while (!column.isEmpty() && column.get(0).isEmpty()) {
                column.remove(0);
            }
            columns.add(column);
        }
        List<Page> pages = new ArrayList<>();
        int per = twoColumns ? 2 : 1;
        for (int i = 0; i < columns.size(); i += per) {
            pages.add(new Page(columns.subList(i, Math.min(columns.size(), i + per))));
        }
        return pages;
    }

    /** Wraps prose to lines of at most {@code width} characters, hyphenating the word that crosses the margin. */
    public static List<String> wrap(String paragraph, int width, boolean hyphenate) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                int room = width - line.length() - 2;
                if (hyphenate && room >= 3 && word.length() - room >= 3 && word.chars().allMatch(Character::isLetter)
                        && Character.isLowerCase(word.charAt(0))) {
                    lines.add(line + " " + word.substring(0, room) + "-");
                    line = new StringBuilder(word.substring(room));
                    continue;
                }
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** A PDF of {@code pages} with a running header, a footer "Page N of M", title and creation date metadata. */
    public static byte[] pdf(List<Page> pages, String title, Calendar created) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int n = 0; n < pages.size(); n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                float top = page.getMediaBox().getHeight() - MARGIN;
                float width = page.getMediaBox().getWidth();
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    text(cs, font, MARGIN, top, List.of(HEADER));
                    List<List<String>> columns = pages.get(n).columns();
                    text(cs, font, MARGIN, top - 3 * LEADING, columns.get(0));
                    if (columns.size() > 1) {
                        text(cs, font, width / 2 + 10, top - 3 * LEADING, columns.get(1));
                    }
                    text(cs, font, width / 2 - 30, MARGIN, List.of("Page " + (n + 1) + " of " + pages.size()));
                }
            }
            if (title != null) {
                doc.getDocumentInformation().setTitle(title);
            }
            if (created != null) {
                doc.getDocumentInformation().setCreationDate(created);
            }
            return save(doc);
        }
    }

    /** Paragraphs become lines with an empty line between them. */
    private static List<String> lines(List<List<String>> paragraphs) {
        List<String> out = new ArrayList<>();
        for (List<String> p : paragraphs) {
            if (!out.isEmpty()) {
                out.add("");
            }
            out.addAll(p);
        }
        return out;
    }

    private static void text(PDPageContentStream cs, PDFont font, float x, float y, List<String> lines)
            throws IOException {
        cs.beginText();
        cs.setFont(font, SIZE);
        cs.setLeading(LEADING);
        cs.newLineAtOffset(x, y);
        for (String line : lines) {
            if (!line.isEmpty()) {
                cs.showText(printable(font, line));
            }
            cs.newLine();
        }
        cs.endText();
    }

    /** The line with what the font cannot show replaced: odd spaces by a space, anything else by '?'. */
    private static String printable(PDFont font, String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            String c = new String(Character.toChars(cp));
            try {
                font.encode(c);
                out.append(c);
            } catch (IOException | IllegalArgumentException e) {
                out.append(Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? ' ' : '?');
            }
        }
        return out.toString();
    }

    /** A PDF whose only page is a drawn shape: no text layer, as a scanned page. */
    public static byte[] scannedPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(100, 100, 300, 400);
                cs.fill();
            }
            return save(doc);
        }
    }

    /** A PDF that needs a password to open. */
    public static byte[] encryptedPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, new PDType1Font(Standard14Fonts.FontName.HELVETICA), MARGIN, 700,
                        List.of("Kenya and Viet Nam signed a memorandum."));
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** A DOCX of paragraphs with a running header and footer, a title and a creation date in its properties. */
    public static byte[] docx(List<String> paragraphs, String title, Calendar created) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(HEADER);
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Page 1");
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            if (title != null) {
                doc.getProperties().getCoreProperties().setTitle(title);
            }
            if (created != null) {
                doc.getProperties().getCoreProperties().setCreated(java.util.Optional.of(created.getTime()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A minimal OpenDocument text file, written as its zip of XML parts. */
    public static byte[] odt(List<String> paragraphs, String title) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<text:p>").append(xml(p)).append("</text:p>");
        }
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
        String meta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\"><office:meta><dc:title>"
                + xml(title) + "</dc:title></office:meta></office:document-meta>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\""
                + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry mimetype = new ZipEntry("mimetype");
            zip.putNextEntry(mimetype);
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            entry(zip, "content.xml", content);
            entry(zip, "meta.xml", meta);
            entry(zip, "META-INF/manifest.xml", manifest);
        }
        return out.toByteArray();
    }

    /** An RTF file of paragraphs. */
    public static byte[] rtf(List<String> paragraphs, String title) {
        StringBuilder s = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}");
        s.append("{\\info{\\title ").append(title).append("}}\n");
        for (String p : paragraphs) {
            s.append("\\pard ").append(p).append("\\par\n");
        }
        return s.append('}').toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A real DOCX whose main part is padded with {@code mib} MiB of spaces: a few hundred kilobytes zipped. */
    public static byte[] zipBomb(int mib) throws IOException {
        byte[] docx = docx(List.of("Kenya and Viet Nam signed a memorandum."), null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(in.readAllBytes());
                if (e.getName().equals("word/document.xml")) {
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < mib; i++) {
                        zip.write(spaces);
                    }
                }
            }
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public static Calendar utc(int year, int month, int day) {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(year, month - 1, day, 12, 0, 0);
        return c;
    }

    public static Path write(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes);
        }
        return file;
    }
}
