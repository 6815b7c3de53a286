package org.diplokg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.diplokg.nlp.Token;

/**
 * Curated general gazetteers (international organisations, countries, world regions and major cities) matched over
 * tokens. Names match in any case but must start with a capital; acronyms (all-capital forms such as "SCO", "US")
 * match only as written, so "us" and "who" are never taken for the United States or the WHO.
 */
public final class Gazetteer {
    private static final String BASE = "/org/diplokg/extract/gazetteer/";
    private static final int MAX_TOKENS = 12;

    /** One gazetteer entry. {@code parent} is the country of a city or province, "" otherwise. */
    public record Entry(EntityKind kind, String name, String subtype, List<String> acronyms, String parent) {
    }

    /** A match of an entry over tokens [start, end). */
    public record Match(Entry entry, int start, int end, boolean byAcronym) {
    }

    private final Map<String, List<Entry>> byName = new HashMap<>();
    private final Map<String, List<Entry>> byAcronym = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();

    private Gazetteer() {
    }

    /** The gazetteers bundled in the jar. */
    public static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        for (String[] row : rows("countries.tsv", 3)) {
            Entry e = new Entry(EntityKind.COUNTRY, row[0], "country", acronymsOf(row[1]), "");
            g.add(e, row[0], row[1]);
            for (String d : split(row[2])) {
                g.demonyms.put(d.toLowerCase(Locale.ROOT), row[0]);
            }
        }
        for (String[] row : rows("organizations.tsv", 4)) {
            Entry e = new Entry(EntityKind.ORGANIZATION, row[0], row[3], split(row[1]), "");
            g.add(e, row[0], row[1] + "|" + row[2]);
        }
        for (String[] row : rows("places.tsv", 4)) {
            Entry e = new Entry(EntityKind.PLACE, row[0], row[2], List.of(), row[3]);
            g.add(e, row[0], row[1]);
        }
        return g;
    }

    private void add(Entry e, String name, String aliases) {
        List<String> forms = new ArrayList<>();
        forms.add(name);
        forms.addAll(split(aliases));
        for (String form : forms) {
            if (isAcronym(form)) {
                byAcronym.computeIfAbsent(form.replace(" ", ""), k -> new ArrayList<>()).add(e);
            } else {
                byName.computeIfAbsent(key(form), k -> new ArrayList<>()).add(e);
            }
        }
    }

    /** The longest entry match starting at token {@code start}, if any. */
    /** English words that are also short names ("US"): in lower-cased text they are the words, not the names. */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("us", "it", "who", "am", "is", "as",
            "an", "in", "on", "at", "to", "no", "me", "we", "he", "do", "go", "so", "or", "id", "oh", "ok");

    public Optional<Match> matchAt(List<Token> tokens, int start, boolean caseless) {
        if (tokens.get(start).text().matches(".*[$€£¥].*")) {
            return Optional.empty();   // "US$", "HK$": a currency, not the country ("U.S." and "US$" share a key)
        }
        StringBuilder k = new StringBuilder();
        StringBuilder raw = new StringBuilder();
        Match best = null;
        for (int end = start; end < tokens.size() && end - start < MAX_TOKENS; end++) {
            Token t = tokens.get(end);
            k.append(key(t.text()));
            raw.append(t.text());
            if (key(t.text()).isEmpty()) {
                continue;
            }
            List<Entry> acr = byAcronym.get(raw.toString());
            if (acr == null && caseless && raw.length() >= 3
                    && !FUNCTION_WORDS.contains(raw.toString().toLowerCase(Locale.ROOT))) {
                acr = byAcronym.get(raw.toString().toUpperCase(Locale.ROOT));
            }
            if (acr != null && acr.size() == 1) {
                best = new Match(acr.get(0), start, end + 1, true);
            }
            List<Entry> named = byName.get(k.toString());
            if (caseless && end == start && FUNCTION_WORDS.contains(raw.toString().toLowerCase(Locale.ROOT))) {
                named = null;
            }
            if (named != null && (caseless || tokens.get(start).isCapitalized()) && !allLower(tokens, start, end + 1,
                    caseless)) {
                best = new Match(preferred(named), start, end + 1, false);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The country a demonym ("Chinese", "Russian") refers to. */
    public Optional<String> countryOfDemonym(String word) {
        return Optional.ofNullable(demonyms.get(word.toLowerCase(Locale.ROOT)));
    }

    /** The entry whose canonical name or alias is {@code name}, preferring organisations. */
    public Optional<Entry> lookup(String name) {
        List<Entry> acr = byAcronym.get(name.replace(" ", ""));
        if (acr != null && acr.size() == 1) {
            return Optional.of(acr.get(0));
        }
        List<Entry> named = byName.get(key(name));
        return named == null ? Optional.empty() : Optional.of(preferred(named));
    }

    private static Entry preferred(List<Entry> entries) {
        for (EntityKind k : List.of(EntityKind.COUNTRY, EntityKind.ORGANIZATION, EntityKind.PLACE)) {
            for (Entry e : entries) {
                if (e.kind() == k) {
                    return e;
                }
            }
        }
        return entries.get(0);
    }

    /** Multi-word names need one capitalised content word, so "south africa" in running text is not a match. */
    private static boolean allLower(List<Token> tokens, int start, int end, boolean caseless) {
        if (caseless) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (tokens.get(i).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    static boolean isAcronym(String form) {
        String letters = form.replaceAll("[^\\p{L}]", "");
        return !letters.isEmpty() && letters.length() <= 8 && letters.equals(letters.toUpperCase(Locale.ROOT))
                && !form.contains(".");
    }

    /** Lower-case letters and digits only: "Asia-Pacific" and "Asia - Pacific" share a key. */
    public static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static List<String> acronymsOf(String aliases) {
        return split(aliases).stream().filter(Gazetteer::isAcronym).toList();
    }

    private static List<String> split(String field) {
        List<String> out = new ArrayList<>();
        for (String s : field.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static List<String[]> rows(String file, int columns) {
        InputStream in = Gazetteer.class.getResourceAsStream(BASE + file);
        if (in == null) {
            throw new IllegalStateException("gazetteer " + file + " is missing from the jar");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = i < cells.length ? cells[i].strip() : "";
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + file, e);
        }
        return rows;
    }
}
