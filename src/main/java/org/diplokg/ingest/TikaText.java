package org.diplokg.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.diplokg.KgException.InputException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The text of a PDF, DOCX, ODT or RTF file through Apache Tika, as pages of blocks of lines (PDF pages as the file
 * has them; the other formats are one page). Only this class touches Tika, so Tika loads only when such a file is
 * read. Failures become an {@link InputException} naming the file: encrypted, corrupt or truncated, a zip bomb, no
 * text layer.
 */
final class TikaText {
    /** A zip part may inflate to at most this many times its compressed size (POI's default is 100). */
    private static final double MIN_INFLATE_RATIO = 0.01;

    private TikaText() {
    }

    /** Pages of blocks (paragraphs) of lines, and the title and creation date of the file's properties. */
    record Parsed(List<List<List<String>>> pages, Optional<String> title, Optional<String> created) {
    }

    static Parsed parse(byte[] bytes, SourceDocument.Format format, String name, long maxChars) {
        if (format == SourceDocument.Format.PDF && !endsWithEof(bytes)) {
            throw new InputException(name, "truncated PDF (no %%EOF at its end); download it again");
        }
        boolean zip = format == SourceDocument.Format.DOCX || format == SourceDocument.Format.ODT;
        if (zip && startsWithZipHeader(bytes) && !hasZipEnd(bytes)) {
            throw new InputException(name, "truncated " + format.name() + " file (its zip archive has no end"
                    + " record); download it again");
        }
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(Math.max(maxChars * 4, 64L * 1024 * 1024));
        Metadata metadata = new Metadata();
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setSortByPosition(false);
        pdf.setExtractBookmarksText(false);
        pdf.setExtractAnnotationText(false);
        pdf.setExtractAcroFormContent(false);
        pdf.setExtractInlineImages(false);
        pdf.setCatchIntermediateIOExceptions(false);
        context.set(PDFParserConfig.class, pdf);
        OfficeParserConfig office = new OfficeParserConfig();
        office.setIncludeHeadersAndFooters(false);
        office.setIncludeDeletedContent(false);
        office.setIncludeMoveFromContent(false);
        context.set(OfficeParserConfig.class, office);
        Pages handler = new Pages(name, maxChars);
        try {
            parser(format).parse(new ByteArrayInputStream(bytes), handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new InputException(name, "encrypted (it needs a password); save an unprotected copy first");
        } catch (InputException e) {
            throw e;
        } catch (TikaException | IOException | SAXException | RuntimeException e) {
            throw new InputException(name, problem(format, e));
        }
        List<List<List<String>>> pages = handler.pages();
        boolean empty = pages.stream().flatMap(List::stream).flatMap(List::stream).allMatch(String::isBlank);
        if (empty) {
            throw new InputException(name, format == SourceDocument.Format.PDF
                    ? "no text layer (a scanned PDF?); run OCR on it first, e.g. ocrmypdf"
                    : "no text in the file");
        }
        return new Parsed(pages, Optional.ofNullable(metadata.get(TikaCoreProperties.TITLE)).map(String::strip)
                .filter(t -> !t.isEmpty()), Optional.ofNullable(metadata.get(TikaCoreProperties.CREATED)));
    }

    private static Parser parser(SourceDocument.Format format) {
        return switch (format) {
            case PDF -> new PDFParser();
            case DOCX -> new OOXMLParser();
            case ODT -> new OpenDocumentParser();
            case RTF -> new RTFParser();
            default -> throw new IllegalArgumentException("not a Tika format: " + format);
        };
    }

    private static String problem(SourceDocument.Format format, Throwable e) {
        String kind = format.name();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException
                    || t instanceof org.apache.poi.EncryptedDocumentException) {
                return "encrypted (it needs a password); save an unprotected copy first";
            }
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb") || m.contains("max entry size")) {
                return "refused: a zip bomb (a part expands far beyond the file's size)";
            }
            if (t instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                    || t instanceof java.util.zip.ZipException || m.contains("not a valid ooxml")
                    || m.contains("no valid entries")) {
                return "not a " + kind + " file (not a valid zip package); corrupt or truncated?";
            }
        }
        String first = String.valueOf(rootCause(e).getMessage()).lines().findFirst().orElse("");
        return "corrupt or truncated " + kind + " file (" + (first.length() > 120 ? first.substring(0, 120) : first)
                + ")";
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static boolean startsWithZipHeader(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** The end-of-central-directory record, within the last 64 KiB (its comment's most) plus its 22 bytes. */
    private static boolean hasZipEnd(byte[] bytes) {
        for (int i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithEof(byte[] bytes) {
        int from = Math.max(0, bytes.length - 1024);
        return new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    /** Collects Tika's XHTML as pages ({@code <div class="page">}) of blocks ({@code <p>}, headings, items). */
    private static final class Pages extends DefaultHandler {
        private final String name;
        private final long maxChars;
        private final List<List<List<String>>> pages = new ArrayList<>();
        private List<List<String>> page;
        private List<String> block;
        private StringBuilder line = new StringBuilder();
        private long chars;
        private int skip;
        private final java.util.ArrayDeque<Boolean> divs = new java.util.ArrayDeque<>();

        Pages(String name, long maxChars) {
            this.name = name;
            this.maxChars = maxChars;
        }

        List<List<List<String>>> pages() {
            endBlock();
            pages.removeIf(List::isEmpty);
            return pages;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            String cls = atts.getValue("class");
            if (local.equals("div")) {
                boolean skipped = "annotation".equals(cls) || "embedded".equals(cls) || "header".equals(cls)
                        || "footer".equals(cls);
                divs.push(skipped);
                if (skipped) {
                    skip++;
                } else if ("page".equals(cls)) {
                    endBlock();
                    page = new ArrayList<>();
                    pages.add(page);
                } else {
                    endBlock();
                }
            } else if (local.equals("head") || local.equals("title") || local.equals("style")) {
                skip++;
            } else if (isBlock(local)) {
                endBlock();
            } else if (local.equals("br")) {
                endLine();
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (local.equals("div")) {
                if (!divs.isEmpty() && divs.pop()) {
                    skip--;
                }
                endBlock();
            } else if (local.equals("head") || local.equals("title") || local.equals("style")) {
                skip = Math.max(0, skip - 1);
            } else if (isBlock(local)) {
                endBlock();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (skip > 0) {
                return;
            }
            chars += length;
            if (chars > maxChars) {
                throw new InputException(name, String.format("refused: its text runs past %.1f MiB (the size limit;"
                        + " raise it with --max-size)", maxChars / 1048576.0));
            }
            for (int i = start; i < start + length; i++) {
                char c = ch[i];
                if (c == '\n' || c == '\r' || c == '\u2028') {
                    endLine();
                } else if (c == '\u00A0' || c == '\t') {
                    line.append(' ');
                } else if (c != '\u00AD' && (c >= ' ' || c == '\f')) {
                    line.append(c == '\f' ? ' ' : c);
                }
            }
        }

        /** Tika writes its line and paragraph breaks as ignorable whitespace. */
        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            characters(ch, start, length);
        }

        private static boolean isBlock(String local) {
            return switch (local) {
                case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "blockquote", "pre", "tr" -> true;
                default -> false;
            };
        }

        private void endLine() {
            String s = line.toString().strip();
            line = new StringBuilder();
            if (s.isEmpty()) {
                return;
            }
            if (block == null) {
                block = new ArrayList<>();
                if (page == null) {
                    page = new ArrayList<>();
                    pages.add(page);
                }
                page.add(block);
            }
            block.add(s.replaceAll(" {2,}", " "));
        }

        private void endBlock() {
            endLine();
            block = null;
        }
    }
}
