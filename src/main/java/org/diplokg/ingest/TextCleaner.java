package org.diplokg.ingest;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares the text given to NLP without moving any character: every change replaces a character by a space or a
 * hyphen, or joins wrapped lines, so an offset into the analysis text is an offset into the document text.
 */
final class TextCleaner {
    /** A paragraph is skipped when more than this share of its letters is outside the Latin script. */
    private static final double NON_LATIN_SHARE = 0.3;
    private static final int CHUNK_WORDS = 40;
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]\\n]*)]\\(([^)\\n]*)\\)");
    private static final Pattern MD_MARKUP = Pattern.compile("(?m)^\\s{0,3}(#{1,6}|>|[-*+]|\\d+\\.)\\s|[*_`]{1,3}");

    /**
     * A dash other than '-' joining two words or numbers with no space ("Fiji–Australia Partnership", "2025–2028"):
     * read as a hyphen, which the tokenizer splits and the rules expect. A spaced dash ("Suva – The leaders") stays.
     */
    private static final Pattern WORD_DASH =
            Pattern.compile("(?<=[\\p{L}\\p{N}])[\u2010\u2011\u2012\u2013](?=[\\p{L}\\p{N}])");

    /** "H.E. Mrs. X", "H.R.H. Prince Y": honorifics whose last dot would end the sentence before the name. */
    private static final Pattern HONORIFIC = Pattern.compile("\\bH\\.(?:E|H|M|R\\.H)(\\.)(?=\\s+\\p{Lu})");

    private TextCleaner() {
    }

    record Result(String analysisText, TextQuality quality) {
    }

    static Result clean(String text, SourceDocument.Format format) {
        char[] out = text.toCharArray();
        if (format == SourceDocument.Format.MARKDOWN) {
            blankMarkdown(text, out);
        }
        List<int[]> paragraphs = lines(text);
        int nonEnglish = 0;
        for (int[] p : paragraphs) {
            if (nonLatinShare(text, p[0], p[1]) > NON_LATIN_SHARE) {
                nonEnglish++;
                for (int i = p[0]; i < p[1]; i++) {
                    out[i] = ' ';
                }
            }
        }
        if (looksHardWrapped(text, paragraphs)) {
            joinWrappedLines(out);
        } else {
            joinSoftWraps(out);
        }
        Matcher dash = WORD_DASH.matcher(text);
        while (dash.find()) {
            out[dash.start()] = '-';
        }
        Matcher honorific = HONORIFIC.matcher(text);
        while (honorific.find()) {
            out[honorific.start(1)] = ' ';
        }
        boolean degraded = looksDegraded(text);
        if (degraded) {
            chunkUnpunctuated(out);
        }
        List<String> notes = new ArrayList<>();
        if (nonEnglish > 0) {
            notes.add(nonEnglish + " non-English paragraph(s) skipped");
        }
        if (degraded) {
            notes.add("degraded text (lower-cased, no sentence punctuation; stemmed or stop-worded?)");
        }
        return new Result(new String(out), new TextQuality(paragraphs.size(), nonEnglish, degraded,
                String.join("; ", notes)));
    }

    private static void blankMarkdown(String text, char[] out) {
        Matcher link = MD_LINK.matcher(text);
        while (link.find()) {
            out[link.start()] = ' ';
            for (int i = link.end(1); i < link.end(); i++) {
                out[i] = ' ';
            }
        }
        Matcher markup = MD_MARKUP.matcher(text);
        while (markup.find()) {
            for (int i = markup.start(); i < markup.end(); i++) {
                if (out[i] != '\n') {
                    out[i] = ' ';
                }
            }
        }
    }

    /** Non-empty lines as [start, end) offsets. */
    private static List<int[]> lines(String text) {
        List<int[]> result = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (!text.substring(start, i).isBlank()) {
                    result.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return result;
    }

    static double nonLatinShare(String text, int start, int end) {
        int letters = 0;
        int nonLatin = 0;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                UnicodeScript script = UnicodeScript.of(cp);
                if (script != UnicodeScript.LATIN && script != UnicodeScript.COMMON) {
                    nonLatin++;
                }
            }
        }
        return letters == 0 ? 0 : (double) nonLatin / letters;
    }

    /** Wrapped prose: most lines are short and end mid-sentence. */
    private static boolean looksHardWrapped(String text, List<int[]> lines) {
        if (lines.size() < 5) {
            return false;
        }
        int shortOpen = 0;
        for (int[] l : lines) {
            String line = text.substring(l[0], l[1]).strip();
            char last = line.charAt(line.length() - 1);
            if (line.length() >= 40 && line.length() < 100 && ".!?:;\"”".indexOf(last) < 0) {
                shortOpen++;
            }
        }
        return shortOpen * 2 > lines.size();
    }

    /** A single newline inside a paragraph becomes a space; blank lines still separate paragraphs. */
    private static void joinWrappedLines(char[] out) {
        for (int i = 1; i < out.length - 1; i++) {
            if (out[i] == '\n' && out[i - 1] != '\n' && out[i + 1] != '\n' && !Character.isWhitespace(out[i + 1])) {
                out[i] = ' ';
            }
        }
    }

    /**
     * A line that ends in a space after a word and runs on into a letter was wrapped, not ended ("The Belt and
     * Road Digital Economy International \nCooperation Initiative"): the newline becomes a space.
     */
    private static void joinSoftWraps(char[] out) {
        for (int i = 2; i < out.length - 1; i++) {
            if (out[i] == '\n' && out[i - 1] == ' ' && Character.isLetterOrDigit(out[i - 2])
                    && Character.isLetterOrDigit(out[i + 1])) {
                out[i] = ' ';
            }
        }
    }

    /**
     * Unpunctuated text would reach the tagger as one sentence of thousands of tokens; a space every
     * {@value #CHUNK_WORDS} words becomes a line break, which the pipeline treats as a sentence end.
     */
    private static void chunkUnpunctuated(char[] out) {
        int words = 0;
        for (int i = 1; i < out.length; i++) {
            if (out[i] == '\n') {
                words = 0;
            } else if (out[i] == ' ' && out[i - 1] != ' ') {
                words++;
                if (words >= CHUNK_WORDS) {
                    out[i] = '\n';
                    words = 0;
                }
            }
        }
    }

    /** Lower-cased, unpunctuated text: almost no capitals and almost no sentence ends. */
    static boolean looksDegraded(String text) {
        int letters = 0;
        int upper = 0;
        int stops = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            } else if (c == '.' || c == '!' || c == '?') {
                stops++;
            }
        }
        if (letters < 200) {
            return false;
        }
        return upper < letters * 0.005 || stops < letters / 2000.0;
    }
}
