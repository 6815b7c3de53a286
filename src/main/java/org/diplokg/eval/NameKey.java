package org.diplokg.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparison key of a name in evaluation: fair to near-variants. Case, typographic quotes, hyphens and dashes,
 * a leading "the" and one after "of" ("Session of the OAS General Assembly" = "Session of OAS General Assembly"), "&amp;"
 * for "and", British "-isation" spellings and ordinals ("Ninth" = "9th" = "9", "Forty-fifth" = "45th") do not matter.
 *
 * <pre>{@code
 * NameKey.of("the Ninth BRICS Summit").equals(NameKey.of("9th BRICS summit"))   // true
 * }</pre>
 */
public final class NameKey {
    private static final Map<String, String> ORDINAL_WORDS = Map.ofEntries(
            Map.entry("first", "1"), Map.entry("second", "2"), Map.entry("third", "3"), Map.entry("fourth", "4"),
            Map.entry("fifth", "5"), Map.entry("sixth", "6"), Map.entry("seventh", "7"), Map.entry("eighth", "8"),
            Map.entry("ninth", "9"), Map.entry("tenth", "10"), Map.entry("eleventh", "11"),
            Map.entry("twelfth", "12"), Map.entry("thirteenth", "13"), Map.entry("fourteenth", "14"),
            Map.entry("fifteenth", "15"), Map.entry("sixteenth", "16"), Map.entry("seventeenth", "17"),
            Map.entry("eighteenth", "18"), Map.entry("nineteenth", "19"), Map.entry("twentieth", "20"));
    private static final Pattern NUMERIC_ORDINAL = Pattern.compile("\\b(\\d+)(?:st|nd|rd|th)\\b");
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Pattern COMPOUND_ORDINAL = Pattern.compile(
            "\\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) (first|second|third|fourth|fifth|sixth|seventh"
                    + "|eighth|ninth)\\b");

    private NameKey() {
    }

    public static String of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String bare = s.replaceAll("\\s*\\([^()]*\\)", "");
        if (!bare.isBlank()) {
            s = bare;
        }
        s = s.replaceAll("['\u2018\u2019`\u201C\u201D\"\u00AB\u00BB]", "");
        s = s.replace("&", " and ");
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        s = NUMERIC_ORDINAL.matcher(s).replaceAll("$1");
        Matcher compound = COMPOUND_ORDINAL.matcher(s);
        StringBuilder out = new StringBuilder();
        while (compound.find()) {
            int value = TENS.get(compound.group(1)) + Integer.parseInt(ORDINAL_WORDS.get(compound.group(2)));
            compound.appendReplacement(out, String.valueOf(value));
        }
        compound.appendTail(out);
        s = out.toString();
        Matcher m = WORD.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            String repl = ORDINAL_WORDS.getOrDefault(w, w.replaceAll("isation(s?)$", "ization$1"));
            m.appendReplacement(sb, repl);
        }
        m.appendTail(sb);
        s = sb.toString().replaceAll("^(the|a|an) ", "").replaceAll(" of the ", " of ").replaceAll("\\s+", " ").strip();
        return s;
    }
}
