package org.diplokg.extract;

import java.util.regex.Pattern;

/** Cleaning of surface names: typographic quotes and dashes, spacing, a leading article, titles of people. */
public final class Names {
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i:the|a|an)\\s+");
    // Titles and forms of address NER keeps in a person's span: "President Xi Jinping", "H.E. Lin Wei",
    // "the Honourable Jane Roe", "Madam Li". "U" (Burmese) and "Sir" stay: they are written as part of the name.
    private static final Pattern PERSON_TITLE = Pattern.compile("^(?:(?:The|the)\\s+)?(?:(?:President|Vice President|"
            + "Premier|Vice Premier|Chairman|Chairwoman|General Secretary|Secretary-General|Secretary General|"
            + "Minister|Foreign Minister|Prime Minister|Crown Prince|Ambassador|Director-General|Director General|"
            + "Mr|Mrs|Ms|Dr|Prof|Professor|Comrade|State Councilor|Deputy|Director|Chancellor|King|Queen|Prince|"
            + "Sheikh|Emir|H\\.\\s?E|His Excellency|Her Excellency|Rt\\.? Hon|Right Honourable|Honourable|"
            + "Honorable|Hon|Madam|Madame|Admiral|Senator|Justice)\\.?\\s+)+");

    private Names() {
    }

    /** The name as a label: straight quotes, ASCII hyphens, single spaces, no leading article or trailing dot. */
    public static String clean(String s) {
        String t = s.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replaceAll("[\u2010\u2011\u2012\u2013\u2014]", "-")
                .replaceAll("\\s+", " ")
                .replaceAll("\\s*-\\s*", "-")
                .strip();
        t = LEADING_ARTICLE.matcher(t).replaceFirst("");
        t = t.replaceAll("^[\"'(\\[]+|[\"',.;:\\]]+$", "").strip();
        long open = t.chars().filter(c -> c == '(').count();
        long close = t.chars().filter(c -> c == ')').count();
        if (t.endsWith(")") && close > open) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** A person's name without the titles NER sometimes includes ("President Xi Jinping" gives "Xi Jinping"). */
    public static String personName(String s) {
        return PERSON_TITLE.matcher(clean(s)).replaceFirst("").strip();
    }

    /** Whether the name is only titles ("Crown Prince", "His Excellency"): no person is named. */
    public static boolean titlesOnly(String s) {
        return PERSON_TITLE.matcher(clean(s) + " ").replaceFirst("").isBlank();
    }

    /** Lower-case comparison key: letters and digits only, articles and plural-s kept. */
    public static String key(String s) {
        return Gazetteer.key(clean(s));
    }

    /** An English ordinal as written in a canonical key: "9th". */
    public static String ordinalSuffix(int n) {
        int mod100 = n % 100;
        if (mod100 >= 11 && mod100 <= 13) {
            return n + "th";
        }
        return n + switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
