package org.diplokg.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the pages of a laid-out document (pages of blocks of lines, as {@link TikaText} reads them) into running
 * text: running headers and footers and page numbers removed, a word hyphenated at a line end joined
 * ("capabili-" + "ties"), the lines of a paragraph joined by spaces, paragraphs separated by an empty line, a
 * paragraph that runs on over a page break joined. Records where each page starts in the text.
 */
final class PageLayout {
    /** Lines at the top and at the bottom of a page that may be a running header or footer. */
    private static final int EDGE_LINES = 2;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(page|p\\.|seite)?\\s*[-–—(]?\\s*(\\d{1,4}|[ivxlc]{1,7})\\s*[-–—)]?\\s*((of|/)\\s*\\d{1,4})?");
    private static final Pattern HYPHENATED = Pattern.compile(".*\\p{L}[-\u00AD]$");
    /** Text without a sentence end and longer than this is a paragraph cut by a break, not a heading. */
    private static final int HEADING_CHARS = 100;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;\"”’)]$");

    private PageLayout() {
    }

    /**
     * @param text       the running text
     * @param pageStarts the offset in {@code text} where page 1, 2, … starts (empty for a document without pages)
     */
    record Laid(String text, List<Integer> pageStarts) {
    }

    static Laid lay(List<List<List<String>>> pages, boolean paged) {
        List<List<List<String>>> kept = withoutRunningLines(pages, paged);
        StringBuilder out = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        int blockStart = 0;
        for (List<List<String>> page : kept) {
            boolean first = true;
            starts.add(out.length());
            for (List<String> block : page) {
                String paragraph = join(block);
                if (paragraph.isEmpty()) {
                    continue;
                }
                if (out.length() > 0 && runsOn(out, blockStart, paragraph)) {
                    joinLine(out, paragraph);
                    if (first) {
                        starts.set(starts.size() - 1, out.length() - paragraph.length());
                    }
                } else {
                    blockStart = out.length() == 0 ? 0 : out.length() + 2;
                    if (out.length() > 0) {
                        out.append("\n\n");
                    }
                    if (first) {
                        starts.set(starts.size() - 1, out.length());
                    }
                    out.append(paragraph);
                }
                first = false;
            }
        }
        return new Laid(out.toString(), paged ? starts : List.of());
    }

    /** The lines of a paragraph, joined; hyphenated words are joined without the hyphen. */
    static String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (out.length() == 0) {
                out.append(s);
            } else {
                joinLine(out, s);
            }
        }
        return out.toString();
    }

    private static void joinLine(StringBuilder out, String next) {
        int last = out.length() - 1;
        if (HYPHENATED.matcher(out.subSequence(Math.max(0, last - 1), out.length())).matches()
                && Character.isLowerCase(next.charAt(0))) {
            out.setLength(last);
            out.append(next);
        } else {
            out.append(' ').append(next);
        }
    }

    /**
     * A paragraph continued over a column or page break: the text so far ends mid-sentence, and the block goes on in
     * lower case or follows a paragraph too long to be a heading.
     */
    private static boolean runsOn(StringBuilder out, int paragraphStart, String block) {
        String tail = out.substring(Math.max(0, out.length() - 2));
        if (SENTENCE_END.matcher(tail).matches()) {
            return false;
        }
        return Character.isLowerCase(block.charAt(0)) || out.length() - paragraphStart > HEADING_CHARS;
    }

    /**
     * Drops page numbers and the lines that recur at the top or bottom of most pages (digits ignored, so "Page 2 of
     * 9" recurs as "Page # of #").
     */
    static List<List<List<String>>> withoutRunningLines(List<List<List<String>>> pages, boolean paged) {
        if (!paged) {
            return pages;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (List<List<String>> page : pages) {
            for (String key : new java.util.HashSet<>(edgeKeys(page))) {
                seen.merge(key, 1, Integer::sum);
            }
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        List<List<List<String>>> result = new ArrayList<>();
        for (List<List<String>> page : pages) {
            List<String[]> flat = new ArrayList<>();
            for (int b = 0; b < page.size(); b++) {
                for (String line : page.get(b)) {
                    flat.add(new String[] {Integer.toString(b), line});
                }
            }
            boolean[] drop = new boolean[flat.size()];
            for (int i = 0; i < flat.size(); i++) {
                boolean edge = i < EDGE_LINES || i >= flat.size() - EDGE_LINES;
                if (!edge || page.get(Integer.parseInt(flat.get(i)[0])).size() > 1) {
                    continue;   // a header or footer is a block of its own, not the last line of a paragraph
                }
                String line = flat.get(i)[1];
                if (PAGE_NUMBER.matcher(line.strip()).matches()
                        || (pages.size() > 1 && seen.getOrDefault(key(line), 0) >= needed)) {
                    drop[i] = true;
                }
            }
            List<List<String>> blocks = new ArrayList<>();
            int current = -1;
            for (int i = 0; i < flat.size(); i++) {
                if (drop[i]) {
                    continue;
                }
                int b = Integer.parseInt(flat.get(i)[0]);
                if (b != current) {
                    blocks.add(new ArrayList<>());
                    current = b;
                }
                blocks.get(blocks.size() - 1).add(flat.get(i)[1]);
            }
            result.add(blocks);
        }
        return result;
    }

    /** The keys of the one-line blocks among the first and last lines of a page. */
    private static List<String> edgeKeys(List<List<String>> page) {
        List<String> keys = new ArrayList<>();
        int total = page.stream().mapToInt(List::size).sum();
        int i = 0;
        for (List<String> block : page) {
            if (block.size() == 1 && (i < EDGE_LINES || i >= total - EDGE_LINES)) {
                keys.add(key(block.get(0)));
            }
            i += block.size();
        }
        return keys;
    }

    private static String key(String line) {
        return line.strip().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }
}
