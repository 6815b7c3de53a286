package org.diplokg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplokg.nlp.Token;

/**
 * What tokens say to the title finder: articles, acronyms, months, a parenthesised acronym, a name's stops, a
 * meeting's name starting at its ordinal, the two governments and the years a formal title names.
 */
final class TitleTokens {
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private TitleTokens() {
    }

    /**
     * Whether a meeting's name starts at {@code i} with a spelled-out ordinal: "Fifth India-Nordic Summit", "Ninth
     * Lancang-Mekong Cooperation Foreign Ministers' Meeting" (an ordinal in digits is no title word, so stops a
     * title anyway).
     */
    static boolean eventNameAt(List<Token> toks, int i) {
        Ordinals.Span o = Ordinals.ordinalAt(toks, i);
        if (o == null || !toks.get(i).isCapitalized()) {
            return false;
        }
        for (int k = o.end(); k < toks.size() && k - i < TitleFinder.MAX_LENGTH; k++) {
            Token t = toks.get(k);
            if (MentionFinder.EVENT_HEADS.containsKey(t.text().toLowerCase(Locale.ROOT)) && t.isCapitalized()) {
                return true;
            }
            if (!t.isCapitalized() && !t.text().matches("-|–|'|’|'s|’s|&")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");

    static boolean isMonth(Token t) {
        return MONTHS.contains(t.text().toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /**
     * Words a title never runs through: a form of address ("Mr.", "H.E."), a singular title of office ("President",
     * "Minister", not "President's") and a finite verb, which in a headline is capitalised too ("Russia and Ukraine
     * Sign Grain Deal").
     */
    static boolean stopsName(List<Token> toks, int i) {
        Token t = toks.get(i);
        return BodyNames.honorific(t) || BodyNames.officeTitle(toks, i) || BodyNames.finiteVerb(t);
    }

    /** The "(" of a parenthesised acronym closed at {@code close} ("(SCO)", "(C+C5)"), or -1. */
    static int openParen(List<Token> toks, int close) {
        StringBuilder inside = new StringBuilder();
        for (int j = close - 1; j >= 0 && j > close - 6; j--) {
            String w = toks.get(j).text();
            if (w.equals("(")) {
                String a = inside.toString();
                long upper = a.chars().filter(Character::isUpperCase).count();
                return upper >= 2 && a.chars().noneMatch(Character::isLowerCase) ? j : -1;
            }
            inside.insert(0, w);
        }
        return -1;
    }

    /** The index after a ")" closing the "(" at {@code open} within a few tokens, or {@code open} when none. */
    static int closeParen(List<Token> toks, int open) {
        for (int j = open + 1; j < toks.size() && j < open + 8; j++) {
            if (toks.get(j).text().equals(")")) {
                return j + 1;
            }
            if (toks.get(j).text().equals("(")) {
                break;
            }
        }
        return open;
    }

    /** A month, day or year ("December", "3", "2017"), not a vague reference such as "Future" (FUTURE_REF). */
    static boolean isCalendarDate(Token t) {
        return t.ner().equals("DATE") && !t.normalized().isEmpty()
                && (Character.isDigit(t.normalized().charAt(0)) || t.normalized().startsWith("XXXX"));
    }

    static boolean isAcronymToken(Token t) {
        String s = t.text();
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                return false;
            }
        }
        return upper >= 2 || s.matches("[A-Z]\\d+");
    }

    static boolean isArticle(Token t) {
        return ARTICLES.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /**
     * "between the Government of Japan and the Government of the Republic of Poland" from "between" at {@code i}: the
     * index after the second government's name, or -1. A formal title names both governments and goes on ("... for
     * the Avoidance of Double Taxation", "... for the years 2025-2028").
     */
    static int governmentsEnd(List<Token> toks, int i) {
        int k = governmentEnd(toks, i + 1);
        if (k < 0 || k >= toks.size() || !toks.get(k).is("and")) {
            return -1;
        }
        return governmentEnd(toks, k + 1);
    }

    /** "the Government of the State of Qatar" from {@code i}: the index after it, or -1. */
    private static int governmentEnd(List<Token> toks, int i) {
        if (i + 3 >= toks.size() || !toks.get(i).is("the") || !toks.get(i + 1).text().matches("Governments?")
                || !toks.get(i + 2).is("of")) {
            return -1;
        }
        int k = i + 3;
        while (k < toks.size() && (toks.get(k).is("of") || toks.get(k).is("the") || toks.get(k).isCapitalized())) {
            k++;
        }
        return toks.get(k - 1).isCapitalized() ? k : -1;
    }

    /** "for the years 2025-2028", "for the period 2024–2027" at {@code k}: the index after it, or -1. */
    static int yearsEnd(List<Token> toks, int k) {
        if (k < 0 || k + 3 >= toks.size() || !toks.get(k).is("for") || !toks.get(k + 1).is("the")
                || !toks.get(k + 2).text().matches("years|period")) {
            return -1;
        }
        return yearRangeEnd(toks, k + 3);
    }

    /** "2024-2028" (one token or three) at {@code k}: the index after it, or -1. */
    static int yearRangeEnd(List<Token> toks, int k) {
        if (k >= toks.size()) {
            return -1;
        }
        if (toks.get(k).text().matches("(19|20)\\d\\d[-–](19|20)?\\d\\d")) {
            return k + 1;
        }
        boolean three = k + 2 < toks.size() && toks.get(k).text().matches("(19|20)\\d\\d")
                && toks.get(k + 1).text().matches("[-–]") && toks.get(k + 2).text().matches("(19|20)?\\d\\d");
        return three ? k + 3 : -1;
    }
}
