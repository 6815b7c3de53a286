package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

import org.diplokg.nlp.Token;

import static org.diplokg.extract.TitleTokens.*;

/**
 * Finds names shaped like titles around a head word: capitalised words to the left of the head ("BRICS Leaders
 * Xiamen Declaration", "Belt and Road Initiative", "China + Central Asia (C+C5) Foreign Ministers' Meeting") and an
 * optional complement to the right that starts with a preposition and a capitalised word ("Memorandum of
 * Understanding on Cybersecurity Cooperation", "Action Plan for Industrial Internet Development (2018-2020)").
 * One finder serves agreements, events and organisation names; only the head words differ.
 */
final class TitleFinder {
    /** A title over tokens [start, end); {@code head} is the index of the head word. */
    record Title(int start, int end, int head, boolean complement) {
    }

    private static final Set<String> FUNCTION_POS = Set.of("DT", "IN", "CC", "PRP", "PRP$", "WDT", "WP", "MD", "TO",
            "EX", "WRB", "PDT", "UH");
    private static final Set<String> INNER_LEFT = Set.of("and", "of", "for", "-", "–", "—", "+", "&", "'s", "’s",
            "'", "’", "/");
    private static final Set<String> COMPLEMENT_START = Set.of("of", "on", "for", "to", "against", "between", "by",
            "in", "concerning", "regarding", "with", "among");
    private static final Set<String> COMPLEMENT_INNER = Set.of("of", "on", "for", "to", "in", "and", "the", "a", "an",
            "with", "against", "by", "between", "among", "-", "–", "+", "&", "'s", "’s", "/", "at", "'", "’");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");
    static final int MAX_LENGTH = 40;
    /** Plural heads that name one set of documents in running text ("the Minsk Agreements"), not in a headline. */
    private static final Set<String> PLURAL_HEADS = Set.of("agreements", "conventions", "protocols");
    /** Verbs a headline puts before what was agreed. */
    private static final Set<String> HEADLINE_VERBS = Lexicon.words("headline-verbs");

    /** What may open the complement of an organisation's or event's name: "Forum on ...", "Committee of ...". */
    static final Set<String> NARROW_COMPLEMENT = Set.of("of", "on", "for", "against", "between", "among");

    private final Set<String> heads;
    private IntPredicate isRegion = i -> false;
    private final boolean complementMayUseIn;
    private final boolean caseless;
    private final Set<String> complementStart;
    /** Whether a lower-case topic after "on" continues a title (agreements: "the X Declaration on climate change"). */
    private boolean lowercaseTopic;

    /**
     * @param heads               lower-case head words
     * @param complementMayUseIn  whether "in X" may continue the name (agreements: "Cooperation in Developing
     *                            Capacity"); for events "in X" is where the event is held
     * @param caseless            the text has lost its capitals: every word counts as capitalised
     */
    TitleFinder(Set<String> heads, boolean complementMayUseIn, boolean caseless) {
        this(heads, complementMayUseIn, caseless, COMPLEMENT_START);
    }

    TitleFinder(Set<String> heads, boolean complementMayUseIn, boolean caseless, Set<String> complementStart) {
        this.heads = heads;
        this.complementMayUseIn = complementMayUseIn;
        this.caseless = caseless;
        this.complementStart = complementStart;
    }

    /**
     * A finder whose titles go on over "in" and a world region ("the Treaty of Amity and Cooperation in Southeast
     * Asia"); a city after "in" still ends them ("signed the X Agreement in Oslo").
     */
    TitleFinder withRegions(IntPredicate isRegion) {
        this.isRegion = isRegion;
        return this;
    }

    /** A finder whose titles take a lower-case topic after "on", "concerning" or "regarding" (agreements). */
    TitleFinder withLowercaseTopic() {
        lowercaseTopic = !caseless;
        return this;
    }

    /** All titles in the sentence; {@code isPlace} tells which tokens are inside a place or country mention. */
    List<Title> find(List<Token> toks, IntPredicate isPlace) {
        List<Title> titles = new ArrayList<>();
        boolean headline = BodyNames.headline(toks);
        for (int h = 0; h < toks.size(); h++) {
            Token head = toks.get(h);
            String hw = head.text().toLowerCase(Locale.ROOT);
            boolean lowerHead = !caseless && !head.isCapitalized() && LOWERCASE_HEADS.contains(hw) && lowercaseTopic
                    && h >= 2 && (isTitleWord(toks.get(h - 1))
                        && (isTitleWord(toks.get(h - 2)) || innerArticleAt(toks, h - 2))
                        || h >= 4 && topicNounAt(toks, h - 1) && isTitleWord(toks.get(h - 2))
                        && toks.get(h - 3).text().equals("-") && isTitleWord(toks.get(h - 4)));
            if (!heads.contains(hw) || !(caseless || head.isCapitalized() || lowerHead)) {
                continue;
            }
            if (headline && PLURAL_HEADS.contains(hw)) {
                continue;   // "Chile, Peru Sign Bilateral Agreements": a headline capitalises several documents too
            }
            int start = leftEdge(toks, h, lowerHead, isPlace, headline);
            if (PLURAL_HEADS.contains(hw) && java.util.stream.IntStream.range(start, h).noneMatch(isPlace)) {
                continue;   // "the Minsk Agreements" is one set of documents; "the Cooperation Agreements" several
            }
            int end = rightEdge(toks, h, isPlace, headline);
            if (lowercaseTopic) {
                end = topicEnd(toks, end, isPlace);
            }
            int content = 0;
            for (int i = start; i < end; i++) {
                if (i != h && isTitleWord(toks.get(i)) && !(lowerHead && isPlace.test(i))) {
                    content++;   // "the United States agreement": a country before a lower-case head names no title
                }
            }
            if (content == 0 || lowerHead && (content < 2 || Ordinals.isOrdinalWord(toks.get(start))
                    || toks.get(start).ner().equals("ORDINAL"))) {
                // "the Regional Comprehensive Economic Partnership agreement" is named; "the WTO deal" and "the
                // first United Nations treaty" are not
                continue;
            }
            titles.add(new Title(start, end, h, end > h + 1));
        }
        return titles;
    }

    /**
     * The end of "between the Government of A and the Government of B" with the years or the topic that follow it
     * ("for the years 2025-2028", "for the Avoidance of Double Taxation"), or -1 when nothing of a title follows.
     */
    private int formalTail(List<Token> toks, int between) {
        int k = governmentsEnd(toks, between);
        if (k < 0) {
            return -1;
        }
        int years = yearsEnd(toks, k);
        if (years > 0) {
            return years;
        }
        boolean topic = k + 2 < toks.size() && toks.get(k).text().matches("for|on|concerning|regarding")
                && (isTitleWord(toks.get(k + 1)) || toks.get(k + 1).is("the") && isTitleWord(toks.get(k + 2)));
        return topic ? k : -1;
    }

    /**
     * "the Gender Equality in the Arctic report": "the" at {@code i} after "in", "of" or "for" with a capitalised word
     * before, inside a name that a lower-case head ends.
     */
    private boolean innerArticleAt(List<Token> toks, int i) {
        return i >= 2 && toks.get(i).is("the") && Set.of("in", "of", "for").contains(toks.get(i - 1).text())
                && isTitleWord(toks.get(i - 2)) && !toks.get(i - 2).is("The");
    }

    /** "trade" in "the EU-Mercosur trade deal": a lower-case noun saying what a lower-case head is about. */
    private static boolean topicNounAt(List<Token> toks, int i) {
        Token t = toks.get(i);
        return t.pos().equals("NN") && !t.text().isEmpty() && Character.isLowerCase(t.text().charAt(0))
                && !LOWERCASE_HEADS.contains(t.text());
    }

    private int leftEdge(List<Token> toks, int head, boolean lowerHead, IntPredicate isPlace, boolean headline) {
        int start = head;
        int i = head - 1;
        while (i >= 0 && head - i < MAX_LENGTH) {
            Token t = toks.get(i);
            if (stopsName(toks, i) || headline && HEADLINE_VERBS.contains(t.text().toLowerCase(Locale.ROOT))) {
                break;   // "Chile, Peru Sign | Trade Agreement": the tagger may call a headline's verb a name
            }
            if (Ordinals.isOrdinalWord(t) || Ordinals.isOrdinalOrYear(t) && !t.text().matches("(19|20)\\d\\d")) {
                start = Ordinals.startOfEndingAt(toks, i);   // a name starts at its ordinal: "Twenty-first ..."
                break;
            }
            if (isTitleWord(t) || Ordinals.isOrdinalOrYear(t)) {
                start = i;
                i--;
            } else if (i == start - 1 && i > 0 && isPlace.test(i) && isPlace.test(i - 1)) {
                start = i;   // "the G20 Rio de Janeiro Leaders' Declaration": a place's own lower-case word
                i--;
            } else if (lowerHead && i == head - 1 && topicNounAt(toks, i)) {
                i--;   // "the EU-Mercosur | trade | deal"
            } else if (lowerHead && i == start - 1 && innerArticleAt(toks, i)) {
                i -= 2;   // "Gender Equality in the | Arctic report"
            } else if (t.text().equals(")") && openParen(toks, i) >= 1 && isTitleWord(toks.get(openParen(toks, i) - 1))) {
                i = openParen(toks, i) - 1;
                start = i;
                i--;
            } else if (t.is("and") && i == start - 1 && start == head - 1 && serialStart(toks, i) >= 0) {
                start = serialStart(toks, i);   // "Budget, Planning, and Audit Department": one unit
                break;
            } else if (t.is("and") && titleEndsAt(toks, i - 1)) {
                break;   // "Joint Statement on East Asia Cooperation and | APT Cooperation Work Plan": two titles
            } else if (t.is("and") && i >= 2 && toks.get(i - 1).text().equalsIgnoreCase(toks.get(head).text())
                    && isTitleWord(toks.get(i - 2))) {
                break;   // "the Cartagena Protocol and | Nagoya Protocol": two of one kind
            } else if (INNER_LEFT.contains(t.text().toLowerCase(Locale.ROOT)) && i > 0
                    && !BodyNames.fullPersonEndsAt(toks, i - 1)
                    && (isTitleWord(toks.get(i - 1))
                        || toks.get(i - 1).text().equals(")") && !t.is("and") && !t.is("&"))
                    && !(t.is("and") && toks.get(i - 1).text().equals(","))) {
                // "X (ITU) and Y Organization" coordinates two names; "X and Y Organization" may be one.
                i--;
            } else if (i >= 2 && i == start - 1 && Character.isLowerCase(t.text().charAt(0))
                    && toks.get(i - 1).text().equals("-") && isTitleWord(toks.get(i - 2))) {
                start = i - 2;   // "High-level Advisory Council"
                i -= 3;
            } else {
                break;
            }
        }
        return start;
    }

    private int rightEdge(List<Token> toks, int head, IntPredicate isPlace, boolean headline) {
        int end = head + 1;
        if (end >= toks.size()) {
            return end;
        }
        Token next = toks.get(end);
        String w = next.text().toLowerCase(Locale.ROOT);
        if (next.text().equals("(") && end + 1 < toks.size() && NUMBER.matcher(toks.get(end + 1).text()).matches()) {
            return closeParen(toks, end);
        }
        if (head > 0 && toks.get(head).text().equalsIgnoreCase("resolution") && next.text().matches("\\d{2,5}")) {
            return end + 1;   // "UN Security Council Resolution 2334": the number names it
        }
        int years = yearRangeEnd(toks, end);
        if (years > 0) {
            return years;   // "the Action Plan 2024-2028": the years it runs are in the name
        }
        if (next.text().matches("(19|20)\\d\\d") && (end + 1 == toks.size() || !toks.get(end + 1).text().matches("\\d.*")
                && !toks.get(end + 1).text().equals("-"))) {
            return end + 1;   // "Agenda 2030", "the Arctic Climate Change Update 2021": the year is in the name
        }
        if (!complementStart.contains(w) || (w.equals("in") && !complementMayUseIn)) {
            return end;
        }
        int lastGood = end;
        int i = end;
        while (i < toks.size() && i - head < MAX_LENGTH) {
            Token t = toks.get(i);
            String lw = t.text().toLowerCase(Locale.ROOT);
            if (t.ner().equals("DATE") && (NUMBER.matcher(t.text()).matches() || isMonth(t))
                    && (toks.get(i - 1).pos().equals("IN") || toks.get(i - 1).pos().equals("TO") || isMonth(t))) {
                break;   // "signed the X Agreement on 12 March 2024": the date is not part of the title
            }
            int office = BodyNames.officeAfterName(toks, end, i);
            if (office >= 0) {
                lastGood = Math.min(lastGood, office);
                break;   // "Department of State | Acting Assistant Secretary in the Bureau of ..."
            }
            if (BodyNames.honorific(t) || BodyNames.fullPerson(toks, i) || headline && BodyNames.finiteVerb(t)) {
                // "... Committee | Mr. X", "... Committee | Jane Roe"; an office after "the" stays. A verb ends
                // a complement only in a headline ("X Session of Y Closes with ..."): in running text plurals of
                // a name are often tagged as verbs ("Agreement on Data Flows").
                break;
            }
            if (lw.equals("and") && i + 2 < toks.size() && isPlace.test(i + 1)
                    && toks.get(i + 2).text().matches("'s|’s")) {
                break;   // "Australia's Department of Employment | and Fiji's Ministry of ...": another country's body
            }
            if (lw.equals("and") && secondTitleAfter(toks, i)) {
                break;   // "Joint Statement on East Asia Cooperation | and APT Cooperation Work Plan": two titles
            }
            if (lw.equals("and") && i + 1 < toks.size() && (stopsName(toks, i + 1) || BodyNames.fullPerson(toks, i + 1)
                    || isArticle(toks.get(i + 1)) && i + 2 < toks.size() && BodyNames.officeTitle(toks, i + 2))) {
                break;   // "Political Committee of the Harbour Party | and Minister of Fisheries ..."
            }
            if (i - end >= 2 && toks.get(i - 1).is("the") && toks.get(i - 2).is("of") && eventNameAt(toks, i)) {
                break;   // "Joint Communiqué | of the Fifth India-Nordic Summit": the meeting is a name of its own
            }
            if (isTitleWord(t) && t.pos().equals("JJ") && toks.get(i - 1).is("the") && i + 1 < toks.size()
                    && toks.get(i + 1).pos().startsWith("NN") && !toks.get(i + 1).isCapitalized()) {
                break;   // "signed the X Pact in | the Peruvian capital Lima": a description of a place follows
            }
            if (isTitleWord(t) || (NUMBER.matcher(t.text()).matches() && i > end)) {
                boolean place = isPlace.test(i) || t.ner().equals("LOCATION") || t.ner().equals("CITY");
                if ((place || NUMBER.matcher(t.text()).matches()) && !(complementMayUseIn && isRegion.test(i))
                        && (toks.get(i - 1).is("in")
                        || toks.get(i - 1).is("the") && toks.get(i - 2).is("in") && !(complementMayUseIn && place))) {
                    break;   // "signed the X Agreement in Oslo"; but "a Plan on Marine Litter in the Arctic": a region
                }
                lastGood = i + 1;
                i++;
            } else if (t.text().equals("(") && i + 1 < toks.size()
                    && NUMBER.matcher(toks.get(i + 1).text()).matches()) {
                int close = closeParen(toks, i);
                if (close == i) {
                    break;
                }
                lastGood = close;
                i = close;
            } else if (lw.equals("and") && complementStart == NARROW_COMPLEMENT && i + 1 < toks.size()
                    && isArticle(toks.get(i + 1))) {
                break;   // "Cyberspace Administration of China and the People's Government of ...": two bodies
            } else if (lw.equals("between") && i > end && formalTail(toks, i) > 0) {
                i = formalTail(toks, i);   // "Programme of X between the Government of A and the Government of B
                lastGood = i;              // for the years 2025-2028": a formal title names both governments
            } else if ((lw.equals("between") && i > end || lw.equals("among")) && t.text().equals(lw)) {
                break;   // "Agreement on X between the A and the B", "... among 54 nations": the parties follow
            } else if (lw.equals("at") && i + 1 < toks.size() && isArticle(toks.get(i + 1))) {
                break;   // "signed the Joint Declaration on X at the Presidential Palace": where, not its name
            } else if (COMPLEMENT_INNER.contains(lw) && !(lw.equals("in") && !complementMayUseIn)) {
                i++;
            } else if (t.text().equals(",") && lastGood == i && serialEnd(toks, i, isPlace) > 0) {
                i = serialEnd(toks, i, isPlace);   // "... in the Fields of Education, Culture and Youth"
                lastGood = i;
            } else {
                break;
            }
        }
        return lastGood;
    }

    /**
     * Where a serial list of capitalised words that goes on a name's complement ends, from its first comma: "of
     * Education, Culture and Youth", "Ministry of Employment, Productivity and Industrial Relations". Each item one to
     * three title words, none a name NER or a gazetteer knows, a person or an office, nor a head of this finder's
     * titles (", the Cartagena Protocol and the Nagoya Protocol" are other documents); the list ends with the item
     * after "and", where the name ends. -1 when there is none.
     */
    private int serialEnd(List<Token> toks, int comma, IntPredicate isPlace) {
        int i = comma;
        int items = 0;
        while (i < toks.size()) {
            boolean last = false;
            if (toks.get(i).text().equals(",")) {
                i++;
                if (i < toks.size() && toks.get(i).is("and")) {
                    i++;
                    last = true;
                }
            } else if (toks.get(i).is("and")) {
                i++;
                last = true;
            } else {
                return -1;
            }
            int words = 0;
            while (i < toks.size() && words < 3 && listWord(toks.get(i)) && !isPlace.test(i) && !stopsName(toks, i)
                    && !BodyNames.fullPerson(toks, i) && !heads.contains(toks.get(i).text().toLowerCase(Locale.ROOT))) {
                i++;
                words++;
            }
            if (words == 0) {
                return -1;
            }
            if (last) {
                // the item ends where the name does ("..., and National Security Advisor" is an office); ", and"
                // only after an item of its own ("Council of Ministers, and ..." coordinates two offices)
                boolean oxford = toks.get(i - words - 2).text().equals(",");
                return i < toks.size() && isTitleWord(toks.get(i)) || oxford && items == 0 ? -1 : i;
            }
            items++;
        }
        return -1;
    }

    /**
     * Agreement heads that may follow a title in lower case, as news writes it: "the Regional Comprehensive Economic
     * Partnership agreement", "the Arctic Ocean Review report" (two capitalised words at least before it).
     */
    private static final Set<String> LOWERCASE_HEADS = Set.of("agreement", "deal", "accord", "accords", "treaty",
            "pact", "report", "declaration", "convention", "protocol", "charter", "roadmap", "strategy", "framework",
            "memorandum");

    /** Nouns after "on" that say when or how, not what about: "on the sidelines", "on behalf of". */
    private static final Set<String> NOT_TOPIC = Set.of("behalf", "sideline", "sidelines", "margin", "margins",
            "occasion", "eve", "basis", "day", "part", "side", "anniversary", "website", "condition", "conditions",
            "account", "invitation", "instruction", "instructions", "request", "arrival", "visit", "way", "board",
            "track", "course", "time", "schedule", "paper", "record", "hand", "spot", "ground", "grounds", "terms",
            "proposal", "recommendation", "initiative", "suggestion", "advice", "motion", "understanding");

    /**
     * The end of a lower-case topic after an agreement's title ("the Nairobi Declaration | on climate change", "a
     * Memorandum of Understanding | on industrial and investment cooperation"): "on", "concerning" or "regarding",
     * then nouns and adjectives (joined by "and", "of", "-"), ending in a noun; no date, name of a person, verb or
     * other preposition. {@code end} when there is none.
     */
    private int topicEnd(List<Token> toks, int end, IntPredicate isPlace) {
        if (end + 1 >= toks.size() || !toks.get(end).text().matches("on|concerning|regarding")) {
            return end;
        }
        int i = end + 1;
        if (toks.get(i).is("the")) {
            i++;   // "on a proposal by Norway" is how, not what about
        }
        if (i >= toks.size() || NOT_TOPIC.contains(toks.get(i).text().toLowerCase(Locale.ROOT))) {
            return end;
        }
        int lastNoun = end;
        int words = 0;
        for (; i < toks.size() && words < 8; i++) {
            Token t = toks.get(i);
            String pos = t.pos();
            boolean lower = Character.isLowerCase(t.text().codePointAt(0));
            if (!t.ner().equals("O") && !t.ner().equals("MISC") || isPlace.test(i) && lastNoun == end) {
                break;   // "on Monday", "on 3 May", "on China": a date or a name, not a topic
            }
            if (pos.startsWith("NN") && (lower || isTitleWord(t))) {
                lastNoun = i + 1;
                words++;
            } else if ((pos.startsWith("JJ") || pos.equals("VBG") || pos.equals("HYPH") || t.text().equals("-"))
                    && (lower || isTitleWord(t))) {
                words++;
            } else if ((t.is("and") && words > 0 || t.is("of") && lastNoun > end) && topicWordAt(toks, i + 1)
                    || t.is("of") && lastNoun > end && i + 1 < toks.size() && isTitleWord(toks.get(i + 1))
                        && toks.get(i + 1).ner().equals("O")) {
                words++;   // "industrial and investment cooperation", "the return of artefacts"
            } else if (t.is("of") && lastNoun > end && i + 2 < toks.size() && isArticle(toks.get(i + 1))
                    && topicWordAt(toks, i + 2)) {
                words++;
                i++;   // "the protection of the marine environment"
            } else {
                break;
            }
        }
        return lastNoun;
    }

    /**
     * Whether the "and" at {@code and} opens a title of its own: two or more capitalised words right after it, the
     * last of them a head word of this finder ("... and APT Cooperation Work Plan (2007-2017)").
     */
    private boolean secondTitleAfter(List<Token> toks, int and) {
        int first = and + 1 < toks.size() && isArticle(toks.get(and + 1)) ? and + 2 : and + 1;
        int j = first;
        while (j < toks.size() && j - and <= 8 && isTitleWord(toks.get(j))) {
            j++;
        }
        int last = j - 1;
        if (first + 2 < toks.size() && toks.get(first).isCapitalized()
                && heads.contains(toks.get(first).text().toLowerCase(Locale.ROOT))
                && Set.of("of", "on", "for", "between").contains(toks.get(first + 1).text())
                && isTitleWord(toks.get(first + 2))) {
            return true;   // "the 2030 Agenda for Sustainable Development | and the Treaty of Amity and Cooperation"
        }
        return last >= first + 1 && heads.contains(toks.get(last).text().toLowerCase(Locale.ROOT))
                && (j == toks.size() || !COMPLEMENT_INNER.contains(toks.get(j).text().toLowerCase(Locale.ROOT))
                    || toks.get(j).text().equals("("));
    }

    /** Whether a title of this finder's heads with a complement ends at {@code k}: "Statement on X Cooperation". */
    private boolean titleEndsAt(List<Token> toks, int k) {
        boolean complement = false;
        for (int j = k; j >= 0 && k - j < MAX_LENGTH; j--) {
            Token t = toks.get(j);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (complement && heads.contains(w) && t.isCapitalized()) {
                return true;
            }
            if (NARROW_COMPLEMENT.contains(w)) {
                complement = true;
            } else if (!isTitleWord(t) && !COMPLEMENT_INNER.contains(w)) {
                return false;
            }
        }
        return false;
    }

    private static boolean topicWordAt(List<Token> toks, int i) {
        return i < toks.size() && Character.isLowerCase(toks.get(i).text().codePointAt(0))
                && toks.get(i).pos().matches("NN.*|JJ.*|VBG") && toks.get(i).ner().equals("O");
    }

    /**
     * The first word of a serial list of single capitalised words ending in ", and" at {@code and}: "Strategy,
     * Policy, and" before "Review Department". At least two words before "and"; none a name NER or a gazetteer
     * knows (", and" between names coordinates bodies: "China, Russia, and the ... Bank"). -1 when none.
     */
    private int serialStart(List<Token> toks, int and) {
        int first = -1;
        int k = and - 1;
        while (k >= 1 && toks.get(k).text().equals(",") && listWord(toks.get(k - 1))) {
            first = k - 1;
            k -= 2;
        }
        boolean bounded = first >= 0 && (first == 0 || !isTitleWord(toks.get(first - 1)));
        return bounded && and - first >= 4 ? first : -1;
    }

    private boolean listWord(Token t) {
        return isTitleWord(t) && t.ner().equals("O") && !isAcronymToken(t);
    }

    boolean isTitleWord(Token t) {
        String s = t.text();
        if (s.isEmpty() || !Character.isLetterOrDigit(s.codePointAt(0))) {
            return false;
        }
        if (FUNCTION_POS.contains(t.pos()) && !isAcronymToken(t) || isCalendarDate(t)) {
            return false;
        }
        if (caseless) {
            return Character.isLetter(s.codePointAt(0));
        }
        return Character.isUpperCase(s.codePointAt(0)) || isAcronymToken(t) || s.matches("[A-Z]?\\d*[A-Z]+\\d*");
    }

}
