package org.diplokg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplokg.nlp.Token;

/**
 * Where a body's name starts and ends when the words around it are capitalised too: the person and the office
 * written next to it ("Nordic Export Bank President Mr. X", "Department of State Acting Assistant Secretary Y"),
 * an owner in the possessive ("WTO's Office of ..."), and which names are only generic words ("Council", "Foreign
 * Affairs", "Heads of State and Government").
 */
final class BodyNames {
    private static final Set<String> CONNECTORS = Set.of("of", "and", "the", "for", "on", "&", ",", "-", "/", "in",
            "'s", "’s");
    private static final Set<String> FINITE_VERBS = Set.of("VBZ", "VBD", "VBP");

    private BodyNames() {
    }

    /** Whether the token is a form of address ("Mr.", "H.E.", "Honourable"). */
    static boolean honorific(Token t) {
        return Lexicon.HONORIFICS.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** Whether token {@code i} is a singular title of office, not an owner ("President's Office" keeps it). */
    static boolean officeTitle(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (!t.isCapitalized() || !Lexicon.OFFICE_TITLES.contains(t.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return i + 1 >= toks.size() || !(toks.get(i + 1).is("'s") || toks.get(i + 1).is("’s"));
    }

    /** Whether the token is a finite verb: a headline's "Sign", "Adopt", "Reach" ends the name before it. */
    static boolean finiteVerb(Token t) {
        return FINITE_VERBS.contains(t.pos());
    }

    private static final Set<String> FUNCTION_TAGS = Set.of("IN", "DT", "CC", "TO", "PRP", "PRP$", "WDT", "MD");

    /**
     * Whether the sentence is written in title case, as a headline: every content word capitalised ("Island States
     * Sign Reef Pact in Suva"). Then a capitalised verb is no part of a name.
     */
    static boolean headline(List<Token> toks) {
        int capitals = 0;
        for (Token t : toks) {
            if (t.text().isEmpty() || !Character.isLetter(t.text().codePointAt(0)) || FUNCTION_TAGS.contains(t.pos())) {
                continue;
            }
            if (!t.isCapitalized()) {
                return false;
            }
            capitals++;
        }
        return capitals >= 3;
    }

    /** Whether tokens [i, i+2) are a full name CoreNLP tags PERSON (two tokens or more). */
    static boolean fullPerson(List<Token> toks, int i) {
        return i + 1 < toks.size() && toks.get(i).ner().equals("PERSON") && toks.get(i + 1).ner().equals("PERSON");
    }

    /** Whether a full PERSON name ends at token {@code i} ("Tomas Varga" before "and"). */
    static boolean fullPersonEndsAt(List<Token> toks, int i) {
        return i >= 1 && toks.get(i).ner().equals("PERSON") && toks.get(i - 1).ner().equals("PERSON");
    }

    /**
     * Where a title of office begins when it is written straight after a name inside a complement: "Department of
     * State Acting Assistant Secretary in the Bureau ..." gives the index of "Acting"; -1 when token {@code i} is
     * not such a title. After an article from {@code from} on it is part of the name: "Office of the Special
     * Envoy", "Office of the UN High Commissioner for Refugees".
     */
    static int officeAfterName(List<Token> toks, int from, int i) {
        if (!officeTitle(toks, i)) {
            return -1;
        }
        int k = i;
        while (k - 1 >= 0 && Lexicon.OFFICE_MODIFIERS.contains(toks.get(k - 1).text().toLowerCase(Locale.ROOT))
                && toks.get(k - 1).isCapitalized()) {
            k--;
        }
        if (k <= from) {
            return -1;
        }
        for (int j = from; j < k; j++) {
            if (TitleTokens.isArticle(toks.get(j))) {
                return -1;
            }
        }
        Token before = toks.get(k - 1);
        boolean afterName = before.isCapitalized() && !TitleTokens.isArticle(before) || before.text().equals(")");
        return afterName ? k : -1;
    }

    /**
     * Generic words only: one generic head ("Council", "State", "MoU"), portfolios without a head ("Foreign Affairs",
     * "Digital Economy", "Cabinet Secretaries"), or office holders ("Heads of State and Government"). "Security
     * Council" and "Ministry of Defence" pass: a head with a qualifier names one body.
     */
    static boolean generic(List<Token> toks, int start, int end) {
        if (toks.get(start).text().matches("(?i)heads?") && start + 1 < end && toks.get(start + 1).is("of")) {
            return true;
        }
        int content = 0;
        boolean head = false;
        for (int i = start; i < end; i++) {
            String w = toks.get(i).text().toLowerCase(Locale.ROOT);
            if (CONNECTORS.contains(w)) {
                continue;
            }
            if (!Lexicon.GENERIC_NAME_WORDS.contains(w)) {
                return false;
            }
            content++;
            head |= MentionFinder.ORG_HEADS.contains(w);
        }
        return content == 1 || content > 1 && !head;
    }

    /**
     * The start of the name after an owner in the possessive: "WTO's Office of Trade Finance", "the
     * Council's Expert Group". The owner must be known, an acronym or a generic head, so "People's" in "Chinese
     * People's Association" stays. Returns {@code start} when there is none.
     */
    static int afterOwner(List<Token> toks, int start, int end, Gazetteer gazetteer, String text) {
        for (int i = start + 1; i + 1 < end; i++) {
            if (toks.get(i).is("'s") || toks.get(i).is("’s")) {
                for (int k = start; k < i; k++) {   // the owner may be the end of what precedes: "Staff of WTO's"
                    String owner = text.substring(toks.get(k).begin(), toks.get(i - 1).end());
                    if (gazetteer.lookup(owner).isPresent() || owner.matches("[A-Z][A-Z0-9&]{1,9}")
                            || k == i - 1 && MentionFinder.ORG_HEADS.contains(owner.toLowerCase(Locale.ROOT))) {
                        return i + 1;
                    }
                }
                return start;
            }
        }
        return start;
    }

    /**
     * The start of a body's name after a title of office that NER kept with it: "Minister of State" has none,
     * "Dean of the Faculty of Law" starts at "Faculty", "Senior Fellow at the X Institute" at "X". Returns
     * {@code start} when the span does not open with a title, {@code end} when it is only a title.
     */
    static int afterOffice(List<Token> toks, int start, int end) {
        int k = start;
        while (k < end && (honorific(toks.get(k)) || Lexicon.OFFICE_MODIFIERS.contains(toks.get(k).text()
                .toLowerCase(Locale.ROOT)))) {
            k++;
        }
        if (k >= end || !Lexicon.OFFICE_TITLES.contains(toks.get(k).text().toLowerCase(Locale.ROOT))) {
            return start;
        }
        k++;
        if (k < end && Set.of("of", "at", "for", "to").contains(toks.get(k).text().toLowerCase(Locale.ROOT))) {
            k++;
            if (k < end && TitleTokens.isArticle(toks.get(k))) {
                k++;
            }
        }
        return k;
    }

    /**
     * The end of an NER organisation that ran on into a person or a title ("Acme Motors Chairman Y", "X Bank President
     * Mr. Y"), a headline's verb ("Lunar Accords Reach 40 ..."), or a known person's name. Returns {@code end}
     * when nothing follows the body.
     */
    static int beforePersonOrOffice(List<Token> toks, int start, int end, Set<String> people) {
        for (int i = start + 1; i < end; i++) {
            Token t = toks.get(i);
            if (finiteVerb(t) || honorific(t)) {
                return i;
            }
            int office = officeAfterName(toks, start, i);
            if (office > start) {
                return office;
            }
            if (people.contains(Names.clean(joined(toks, i, end)))) {
                return i;   // "Reef Society Jane Roe" when "Jane Roe" is a person of the document
            }
        }
        return end;
    }

    /**
     * Where a person's name begins that NER ran into a portfolio body's name: "Ministry of Finance | Bishnu Prasad
     * Adhikari", "Department of Health | Ana Ruiz". The body's head is one of portfolio-bodies and its "of" goes on
     * with portfolio words (generic-name-words); two to four capitalised words follow straight after one, none
     * of them a generic or office word nor a word the document writes in lower case ({@code lowerWords}). -1 when
     * there is none ("Ministry of Health and Human Services" goes on after "and").
     */
    static int personAfterPortfolio(List<Token> toks, int start, int end, Set<String> lowerWords) {
        int of = -1;
        for (int i = start + 1; i < end && of < 0; i++) {
            String before = toks.get(i - 1).text().toLowerCase(Locale.ROOT);
            if (toks.get(i).is("of") && Lexicon.PORTFOLIO_BODIES.contains(before)) {
                of = i;
            }
        }
        if (of < 0) {
            return -1;
        }
        int k = of + 1;
        while (k < end && (Lexicon.GENERIC_NAME_WORDS.contains(toks.get(k).text().toLowerCase(Locale.ROOT))
                || CONNECTORS.contains(toks.get(k).text().toLowerCase(Locale.ROOT)))) {
            k++;   // the portfolio: "Finance", "Foreign Affairs and Trade"
        }
        if (k == of + 1 || k >= end || end - k < 2 || end - k > 4
                || CONNECTORS.contains(toks.get(k - 1).text().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (int i = k; i < end; i++) {
            String w = toks.get(i).text();
            if (!w.matches("\\p{Lu}[\\p{L}'’.-]*") || lowerWords.contains(w.toLowerCase(Locale.ROOT))
                    || Lexicon.OFFICE_TITLES.contains(w.toLowerCase(Locale.ROOT)) || Lexicon.ROLE_WORDS.contains(
                            w.toLowerCase(Locale.ROOT))) {
                return -1;
            }
        }
        return k;
    }

    /**
     * The end of "headquarters" (and a "building" after it) when token {@code i} is that word: "the UN headquarters",
     * "the X Headquarters building" name a place, the building where the body sits. -1 otherwise.
     */
    static int headquartersEnd(List<Token> toks, int i) {
        if (i < 0 || i >= toks.size() || !(toks.get(i).is("headquarters") || toks.get(i).text().equals("HQ"))) {
            return -1;
        }
        return i + 1 < toks.size() && toks.get(i + 1).is("building") ? i + 2 : i + 1;
    }

    private static String joined(List<Token> toks, int start, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start && toks.get(i).begin() > toks.get(i - 1).end()) {
                sb.append(' ');
            }
            sb.append(toks.get(i).text());
        }
        return sb.toString();
    }
}
