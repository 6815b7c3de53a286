package org.diplokg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file of named word lists, shared by the rule files ({@code {lemma:/@signing-verbs/}}) and the Java code
 * ({@link Lexicon}). The file is a sequence of lists, each ending at a blank line or where the next one starts:
 *
 * <pre>
 * words: signing-verbs
 * # Verbs of signing a document: party.rules.
 * sign conclude ink
 * ratify endorse
 *
 * words: signing-verbs-or-joining
 * # ... the same, and joining one signed before.
 * &#64;signing-verbs accede join
 *
 * map: agreement-heads
 * # Head words of agreement titles, each with the subtype it gives.
 * memorandum mou = memorandum
 * paper = white paper
 * </pre>
 *
 * A {@code words:} list is words separated by spaces (kept as written, case included); {@code @NAME} includes a
 * word list defined above it. A {@code map:} list has one line per value, {@code KEY KEY = VALUE}. Lines starting with
 * {@code #} are comments, and every list needs one. A file with a duplicate list name, a list without a comment or
 * entries, a word given twice in a list, an unknown include or a line that fits nowhere is refused with the file,
 * the line and the reason. Lists keep the order of the file.
 */
public final class LexiconFile {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** A reference in a rule's regex: {@code @name} as a whole alternative, between '/' or '|'. */
    private static final Pattern REFERENCE = Pattern.compile("(?<=[/|])@([a-z0-9][a-z0-9-]*)(?=[/|])");
    /** Characters a word may hold as it is inside a regex; any other is escaped. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}_-]");

    private final String file;
    private final Map<String, List<String>> words;
    private final Map<String, Map<String, String>> maps;

    private LexiconFile(String file, Map<String, List<String>> words, Map<String, Map<String, String>> maps) {
        this.file = file;
        this.words = words;
        this.maps = maps;
    }

    /** The lists of the classpath resource {@code org/diplokg/rules/NAME}. */
    public static LexiconFile load(String name) {
        String resource = "org/diplokg/rules/" + name;
        try (InputStream in = LexiconFile.class.getClassLoader().getResourceAsStream(resource)) {
            Objects.requireNonNull(in, () -> "missing lexicon file " + resource);
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon file " + resource, e);
        }
    }

    /** Parses lexicon text; {@code file} names it in errors. */
    public static LexiconFile parse(String file, String text) {
        Map<String, List<String>> words = new LinkedHashMap<>();
        Map<String, Map<String, String>> maps = new LinkedHashMap<>();
        Map<String, Integer> definedAt = new LinkedHashMap<>();
        Block b = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i <= lines.length; i++) {
            int lineNo = i + 1;
            String t = i < lines.length ? lines[i].strip() : "";
            if (t.isEmpty()) {
                if (b != null) {
                    b.finish(file, words, maps);
                    b = null;
                }
                continue;
            }
            boolean isWords = t.startsWith("words:");
            if (isWords || t.startsWith("map:")) {
                if (b != null) {
                    b.finish(file, words, maps);
                }
                String name = t.substring(isWords ? 6 : 4).strip();
                if (!NAME.matcher(name).matches()) {
                    throw error(file, lineNo, "a list name is lower-case words joined by '-', not '" + name + "'");
                }
                Integer earlier = definedAt.putIfAbsent(name, lineNo);
                if (earlier != null) {
                    throw error(file, lineNo, "duplicate list name " + name + " (defined on line " + earlier + ")");
                }
                b = new Block(name, isWords, lineNo);
            } else if (t.startsWith("#")) {
                if (b != null) {
                    b.commented = true;
                }
            } else if (b == null) {
                throw error(file, lineNo, "text outside a list (a list starts with 'words: NAME' or 'map: NAME')");
            } else if (b.isWords) {
                b.addWords(file, lineNo, t, words, maps);
            } else {
                b.addEntry(file, lineNo, t);
            }
        }
        return new LexiconFile(file, words, maps);
    }

    /** The names of the lists, word lists and maps, in the file's order. */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>(words.keySet());
        names.addAll(maps.keySet());
        return Collections.unmodifiableSet(names);
    }

    /** The word list {@code name}, in the file's order. */
    public List<String> words(String name) {
        List<String> list = words.get(name);
        if (list == null) {
            throw new IllegalArgumentException("lexicon file " + file + " has no word list " + name
                    + (maps.containsKey(name) ? " (it is a map)" : ""));
        }
        return list;
    }

    /** The map {@code name}, in the file's order. */
    public Map<String, String> map(String name) {
        Map<String, String> map = maps.get(name);
        if (map == null) {
            throw new IllegalArgumentException("lexicon file " + file + " has no map " + name
                    + (words.containsKey(name) ? " (it is a word list)" : ""));
        }
        return map;
    }

    /**
     * The pattern text with each {@code @name} replaced by the alternation of its words (a map gives its keys);
     * {@code where} names the rule file and line in errors.
     */
    String expand(String pattern, String where) {
        if (pattern.indexOf('@') < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = REFERENCE.matcher(pattern);
        int last = 0;
        while (m.find()) {
            if (pattern.substring(last, m.start()).indexOf('@') >= 0) {
                break;
            }
            String name = m.group(1);
            List<String> list = words.containsKey(name) ? words.get(name)
                    : maps.containsKey(name) ? List.copyOf(maps.get(name).keySet()) : null;
            if (list == null) {
                throw new IllegalArgumentException(where + ": unknown word list @" + name + " (not in lexicon file "
                        + file + ")");
            }
            out.append(pattern, last, m.start());
            for (int k = 0; k < list.size(); k++) {
                out.append(k > 0 ? "|" : "").append(regex(list.get(k)));
            }
            last = m.end();
        }
        if (pattern.indexOf('@', last) >= 0) {
            throw new IllegalArgumentException(where + ": '@' must name a word list as a whole alternative of a"
                    + " regex, as in /@signing-verbs/ or /a|@signing-verbs/");
        }
        return out.append(pattern.substring(last)).toString();
    }

    /** The word as a regex matching only itself. */
    private static String regex(String word) {
        StringBuilder r = new StringBuilder();
        word.codePoints().forEach(c -> {
            String s = Character.toString(c);
            r.append(PLAIN.matcher(s).matches() ? s : "\\" + s);
        });
        return r.toString();
    }

    private static IllegalArgumentException error(String file, int line, String why) {
        return new IllegalArgumentException("lexicon file " + file + ", line " + line + ": " + why);
    }

    private static final class Block {
        final String name;
        final boolean isWords;
        final int line;
        boolean commented;
        final Set<String> words = new LinkedHashSet<>();
        final Map<String, String> map = new LinkedHashMap<>();

        Block(String name, boolean isWords, int line) {
            this.name = name;
            this.isWords = isWords;
            this.line = line;
        }

        void addWords(String file, int lineNo, String text, Map<String, List<String>> lists,
                      Map<String, Map<String, String>> maps) {
            for (String w : text.split("\\s+")) {
                List<String> included = List.of(w);
                if (w.startsWith("@")) {
                    String other = w.substring(1);
                    included = lists.get(other);
                    if (included == null) {
                        throw error(file, lineNo, "list " + name + " includes @" + other + ", which is "
                                + (maps.containsKey(other) ? "a map, not a word list"
                                : "not a word list defined above it"));
                    }
                }
                for (String word : included) {
                    if (!words.add(word)) {
                        throw error(file, lineNo, "list " + name + " has '" + word + "' twice");
                    }
                }
            }
        }

        void addEntry(String file, int lineNo, String text) {
            int eq = text.indexOf('=');
            String value = eq < 0 ? "" : text.substring(eq + 1).strip();
            if (eq <= 0 || value.isEmpty() || value.contains("=")) {
                throw error(file, lineNo, "a line of map " + name + " is 'KEY KEY = VALUE'");
            }
            for (String key : text.substring(0, eq).strip().split("\\s+")) {
                if (map.putIfAbsent(key, value) != null) {
                    throw error(file, lineNo, "map " + name + " has the key '" + key + "' twice");
                }
            }
        }

        void finish(String file, Map<String, List<String>> lists, Map<String, Map<String, String>> maps) {
            if (!commented) {
                throw error(file, line, "list " + name + " has no comment saying what it is for and where it is used");
            }
            if (words.isEmpty() && map.isEmpty()) {
                throw error(file, line, "list " + name + " is empty");
            }
            if (isWords) {
                lists.put(name, List.copyOf(words));
            } else {
                maps.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(map)));
            }
        }
    }
}
