package org.diplokg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplokg.nlp.Token;

/** What single tokens say to the title finder: articles, acronyms, months, a parenthesised acronym, a name's stops. */
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
}
