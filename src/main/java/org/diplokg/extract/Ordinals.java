package org.diplokg.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplokg.nlp.Token;

/**
 * English ordinals as titles write them: "9th", "Ninth", and compounds spelled out, whether the tokenizer keeps them
 * whole ("Twenty-first") or splits them at the hyphen ("Thirty", "-", "sixth"). A compound is one ordinal: the
 * "Forty-fifth Regular Meeting" is the 45th, not the 5th, and its name does not start at "-fifth".
 */
final class Ordinals {
    /** One ordinal over tokens [start, end) with its value. */
    record Span(int start, int end, int value) {
    }

    static final Pattern NUMBER = Pattern.compile("(\\d+)(st|nd|rd|th)", Pattern.CASE_INSENSITIVE);
    static final List<String> WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    private static final List<String> TENTHS = List.of("twentieth", "thirtieth", "fortieth", "fiftieth",
            "sixtieth", "seventieth", "eightieth", "ninetieth");
    private static final Pattern COMPOUND = Pattern.compile("([a-z]+)[-\u2010\u2011\u2013]([a-z]+)");

    private Ordinals() {
    }

    /** The value of one written ordinal: 9 for "Ninth" or "9th", 21 for "Twenty-first", 1 for "inaugural"; 0 when none. */
    static int wordValue(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int unit = WORDS.indexOf(w);
        if (unit >= 0) {
            return unit + 1;
        }
        if (w.equals("inaugural")) {
            return 1;   // "the inaugural Africa Climate Week": the first of its series, one occasion
        }
        int tenth = TENTHS.indexOf(w);
        if (tenth >= 0) {
            return 20 + 10 * tenth;
        }
        Matcher m = NUMBER.matcher(w);
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        Matcher c = COMPOUND.matcher(w);
        if (c.matches() && TENS.contains(c.group(1)) && WORDS.indexOf(c.group(2)) >= 0
                && WORDS.indexOf(c.group(2)) < 9) {
            return 20 + 10 * TENS.indexOf(c.group(1)) + WORDS.indexOf(c.group(2)) + 1;
        }
        return 0;
    }

    /** The ordinal that starts at token {@code i} ("Twenty", "-", "first" is one), or null when none starts there. */
    static Span at(List<Token> toks, int i) {
        if (i < 0 || i >= toks.size()) {
            return null;
        }
        String w = toks.get(i).text().toLowerCase(Locale.ROOT);
        if (TENS.contains(w) && i + 2 < toks.size() && isHyphen(toks.get(i + 1).text())) {
            int unit = WORDS.indexOf(toks.get(i + 2).text().toLowerCase(Locale.ROOT));
            if (unit >= 0 && unit < 9) {
                return new Span(i, i + 3, 20 + 10 * TENS.indexOf(w) + unit + 1);
            }
        }
        if (TENS.contains(w) && i + 1 < toks.size() && toks.get(i + 1).text().length() > 1
                && isHyphen(toks.get(i + 1).text().substring(0, 1))) {
            int unit = WORDS.indexOf(toks.get(i + 1).text().substring(1).toLowerCase(Locale.ROOT));
            if (unit >= 0 && unit < 9) {
                return new Span(i, i + 2, 20 + 10 * TENS.indexOf(w) + unit + 1);   // "Twenty" "-third"
            }
        }
        int v = wordValue(w);
        if (v == 0 && w.length() > 1 && isHyphen(w.substring(0, 1))) {
            return null;   // "-third": the tail of a compound whose tens word is a token of its own
        }
        return v > 0 ? new Span(i, i + 1, v) : null;
    }

    /**
     * The first token of the ordinal that ends at token {@code i}: i - 2 for "Thirty", "-", "sixth", i - 1 for
     * "Twenty", "-third"; else i.
     */
    static int startOfEndingAt(List<Token> toks, int i) {
        if (i >= 1 && at(toks, i - 1) != null && at(toks, i - 1).end() == i + 1) {
            return i - 1;
        }
        if (i >= 2 && isHyphen(toks.get(i - 1).text()) && at(toks, i - 2) != null && at(toks, i - 2).end() == i + 1) {
            return i - 2;
        }
        return i;
    }

    /** Whether token {@code i} is the unit of a split compound ("sixth" in "Thirty - sixth"). */
    static boolean insideCompound(List<Token> toks, int i) {
        return startOfEndingAt(toks, i) < i;
    }

    private static boolean isHyphen(String s) {
        return s.equals("-") || s.equals("\u2010") || s.equals("\u2011") || s.equals("\u2013");
    }

    static boolean isOrdinalOrYear(Token t) {
        return NUMBER.matcher(t.text()).matches() || t.text().matches("(19|20)\\d\\d")
                || (t.ner().equals("ORDINAL") && Character.isUpperCase(t.text().charAt(0)));
    }

    static boolean isOrdinalWord(Token t) {
        return wordValue(t.text()) > 0;
    }

    /** The ordinal a token states: 9 for "Ninth", "9th" or an ORDINAL token normalised to "9.0"; 0 when none. */
    static int ordinalOf(Token t) {
        int w = wordValue(t.text());
        if (w > 0) {
            return w;
        }
        if (t.ner().equals("ORDINAL") && !t.normalized().isEmpty()) {
            try {
                double v = Double.parseDouble(t.normalized());
                return v >= 1 && v <= 500 && v == Math.rint(v) ? (int) v : 0;
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * The ordinal that starts at token {@code i}, a split compound ("Thirty", "-", "sixth") included; null when
     * none starts there.
     */
    static Span ordinalAt(List<Token> toks, int i) {
        Span s = at(toks, i);
        if (s != null || i >= toks.size()) {
            return s;
        }
        int v = ordinalOf(toks.get(i));
        return v > 0 && !toks.get(i).text().startsWith("-") ? new Span(i, i + 1, v) : null;
    }
}
