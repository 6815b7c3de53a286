package org.diplokg.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.diplokg.KgException.InputException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads one file into a {@link SourceDocument}, or fails with an {@link InputException} that names the file and says
 * why: missing, empty, too large, binary, not UTF-8, unknown format. PDF, DOCX, ODT and RTF files go through
 * {@link LaidOutReader} (Apache Tika), which is loaded only when such a file is read.
 *
 * <pre>{@code
 * SourceDocument doc = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES).read(Path.of("report.txt"));
 * }</pre>
 */
public final class DocumentReader {
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    private static final int BINARY_PROBE = 8192;

    private final long maxBytes;

    public DocumentReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public SourceDocument read(Path path) {
        String name = path.toString();
        SourceDocument.Format format = SourceDocument.Format.forFileName(path.getFileName().toString())
                .orElseThrow(() -> new InputException(name,
                        "unsupported file type; DiploKG reads " + SourceDocument.Format.SUPPORTED));
        byte[] bytes = readBytes(path, name);
        if (format.laidOut()) {
            return LaidOutReader.read(path, bytes, format, maxBytes);
        }
        String raw = decode(bytes, name);
        String normalized = raw.replace("\r\n", "\n").replace('\r', '\n');
        String title;
        String text;
        if (format == SourceDocument.Format.HTML) {
            Document html = Jsoup.parse(normalized);
            html.outputSettings().prettyPrint(false);
            text = HtmlText.of(html);
            title = html.title().isBlank() ? firstLine(text) : html.title().strip();
        } else {
            text = normalized;
            title = firstLine(text).replaceFirst("^#+\\s*", "");
        }
        if (text.isBlank()) {
            throw new InputException(name, "no text in the file (only whitespace or markup)");
        }
        TextCleaner.Result cleaned = TextCleaner.clean(text, format);
        if (cleaned.analysisText().isBlank()) {
            throw new InputException(name, "no English text: every paragraph is in another script");
        }
        return new SourceDocument(identifier(path), source(path), format, title, text, cleaned.analysisText(), sha256(bytes), DocumentDates.find(text), cleaned.quality());
    }

    /** The identifier a document read from {@code path} gets: its file name. */
    public static String identifier(Path path) {
        return path.getFileName().toString();
    }

    /** The source a document read from {@code path} gets: its absolute, normalized path. */
    public static String source(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    /**
     * The SHA-256 of the file's bytes, as {@link SourceDocument#contentHash()} will be, without parsing it; empty when
     * the file cannot be read or is beyond the size limit (reading it then says why).
     */
    public Optional<String> fingerprint(Path path) {
        try {
            if (!Files.isRegularFile(path) || Files.size(path) == 0 || Files.size(path) > maxBytes) {
                return Optional.empty();
            }
            return Optional.of(sha256(Files.readAllBytes(path)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private byte[] readBytes(Path path, String name) {
        try {
            if (Files.isDirectory(path)) {
                throw new InputException(name, "is a folder, not a file");
            }
            long size = Files.size(path);
            if (size == 0) {
                throw new InputException(name, "empty file");
            }
            if (size > maxBytes) {
                throw new InputException(name, String.format("too large (%.1f MiB, the limit is %.1f MiB; raise it with"
                        + " --max-size)", size / 1048576.0, maxBytes / 1048576.0));
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(name, "no such file");
        } catch (IOException e) {
            throw new InputException(name, "cannot be read (" + e.getMessage() + ")");
        }
    }

    static String decode(byte[] bytes, String name) {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (looksBinary(bytes, offset)) {
            throw new InputException(name, "binary file, not text");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (MalformedInputException e) {
            int at = firstMalformed(bytes, offset);
            throw new InputException(name, String.format("not UTF-8 text (byte 0x%02X at offset %d); convert it first,"
                    + " e.g. iconv -f WINDOWS-1252 -t UTF-8", bytes[at] & 0xFF, at));
        } catch (CharacterCodingException e) {
            throw new InputException(name, "not UTF-8 text (" + e.getMessage() + ")");
        }
    }

    private static int firstMalformed(byte[] bytes, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static boolean looksBinary(byte[] bytes, int offset) {
        int end = Math.min(bytes.length, offset + BINARY_PROBE);
        int control = 0;
        for (int i = offset; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > (end - offset) / 20;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String firstLine(String text) {
        for (String line : text.split("\n")) {
            String s = line.strip();
            if (!s.isEmpty()) {
                return s.length() > 200 ? s.substring(0, 200) : s;
            }
        }
        return "";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
