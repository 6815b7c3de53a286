package org.diplokg.extract;

import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

import org.diplokg.nlp.Sentence;
import org.diplokg.nlp.Token;

/**
 * Titles found by their cues rather than by a head word's capitalised neighbours: a quoted title after "titled", an
 * ordinal before a quoted event name, "the Nth meeting of X", a capitalised name that "was held".
 */
final class CuedTitles {
    private static final Map<String, String> EVENT_HEADS = Lexicon.map("event-heads");
    private static final int PRIORITY_TITLE = Candidate.PRIORITY_TITLE;

    private CuedTitles() {
    }

    private static final Set<String> OPEN_QUOTES = Set.of("``", "\"", "“", "`", "‘");
    private static final Set<String> CLOSE_QUOTES = Set.of("''", "\"", "”", "'", "’");
    private static final Set<String> DOCUMENT_NOUNS = Set.of("paper", "report", "document", "book", "statement",
            "declaration", "strategy", "plan", "initiative", "programme", "program", "guideline", "guidelines",
            "vision", "outlook", "agenda");

    /**
     * A quoted title after "titled" or "entitled": 'a white paper titled "Jointly Build a Community ..."'. The noun
     * before gives the kind ("white paper", "report").
     */
    static void quotedTitles(Sentence s, String text, List<Candidate> out) {
        List<Token> toks = s.tokens();
        for (int i = 1; i + 2 < toks.size(); i++) {
            if (!(toks.get(i).is("titled") || toks.get(i).is("entitled")) || !OPEN_QUOTES.contains(toks.get(i + 1)
                    .text())) {
                continue;
            }
            String noun = toks.get(i - 1).text().toLowerCase(Locale.ROOT);
            if (!DOCUMENT_NOUNS.contains(noun)) {
                continue;
            }
            String subtype = noun.equals("paper") && toks.get(i - 2 >= 0 ? i - 2 : 0).is("white") ? "white paper" : noun;
            for (int j = i + 2; j < toks.size() && j < i + 40; j++) {
                if (CLOSE_QUOTES.contains(toks.get(j).text())) {
                    int end = j;
                    while (end > i + 2 && toks.get(end - 1).text().matches("[.,;:]")) {
                        end--;
                    }
                    if (end > i + 2) {
                        String name = Names.clean(text.substring(toks.get(i + 2).begin(), toks.get(end - 1).end()));
                        out.add(new Candidate(EntityKind.AGREEMENT, subtype, i + 2, end, PRIORITY_TITLE + 1, name, 0,
                                "", 0.8, "quoted-title"));
                    }
                    break;
                }
            }
        }
    }

    /**
     * An ordinal, a quoted name and a lower-case event noun: 'the Third "Reliable Brand - Quality Life" shopping
     * festival' is the third instance of the series 'Reliable Brand - Quality Life shopping festival'.
     */
    static void quotedEvents(Sentence s, String text, List<Candidate> out) {
        List<Token> toks = s.tokens();
        for (int i = 0; i + 3 < toks.size(); i++) {
            Ordinals.Span o = Ordinals.ordinalAt(toks, i);
            int a = o == null ? i : o.end() - 1;   // the ordinal's last token: "Twenty - first" is one ordinal
            if (o == null || Ordinals.insideCompound(toks, i) || a + 3 >= toks.size()
                    || !OPEN_QUOTES.contains(toks.get(a + 1).text())) {
                continue;
            }
            int ordinal = o.value();
            int close = -1;
            for (int j = a + 2; j < toks.size() && j < a + 20; j++) {
                if (CLOSE_QUOTES.contains(toks.get(j).text())) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                continue;
            }
            for (int h = close + 1; h < toks.size() && h <= close + 2; h++) {
                String head = EVENT_HEADS.get(toks.get(h).text().toLowerCase(Locale.ROOT));
                if (head != null) {
                    String name = Names.clean(text.substring(toks.get(i).begin(), toks.get(h).end()));
                    String series = Names.clean(text.substring(toks.get(a + 1).begin(), toks.get(h).end()))
                            .replaceAll("[\"“”]", "").strip();
                    out.add(new Candidate(EntityKind.EVENT, head, i, h + 1, PRIORITY_TITLE, name, ordinal, series,
                            0.75, "quoted-event"));
                    break;
                }
                if (!Character.isLowerCase(toks.get(h).text().charAt(0))) {
                    break;
                }
            }
        }
    }

    /**
     * "the 24th meeting of the SCO Council of Heads of State", "the second session of the Kenya-Viet Nam Joint
     * Commission": an ordinal, a lower-case meeting noun and the body that meets.
     */
    static void numberedMeetingsOf(Sentence s, String text, List<Candidate> out) {
        List<Token> toks = s.tokens();
        for (int i = 0; i + 3 < toks.size(); i++) {
            Ordinals.Span o = Ordinals.ordinalAt(toks, i);
            int a = o == null ? i : o.end() - 1;   // the ordinal's last token: "Thirty - sixth" is one ordinal
            if (o == null || Ordinals.insideCompound(toks, i) || a + 3 >= toks.size()) {
                continue;
            }
            int ordinal = o.value();
            String noun = toks.get(a + 1).text();
            String head = EVENT_HEADS.get(noun);
            if (head == null || !Character.isLowerCase(noun.charAt(0)) || !toks.get(a + 2).is("of")) {
                continue;
            }
            int k = a + 3;
            if (k < toks.size() && TitleTokens.isArticle(toks.get(k))) {
                k++;
            }
            int end = -1;
            for (int j = k; j < toks.size() && j < k + 12; j++) {
                Token t = toks.get(j);
                if (t.isCapitalized() || t.text().matches("[A-Z0-9][A-Za-z0-9+&-]*")) {
                    end = j + 1;
                } else if (!Set.of("of", "for", "and", "the", "on", "-").contains(t.text())) {
                    break;
                }
            }
            if (end > k) {
                String series = Names.clean(text.substring(toks.get(a + 1).begin(), toks.get(end - 1).end()));
                end = levelEnd(toks, end);
                String name = Names.clean(text.substring(toks.get(i).begin(), toks.get(end - 1).end()));
                out.add(new Candidate(EntityKind.EVENT, head, i, end, PRIORITY_TITLE, name, ordinal, series, 0.75,
                        "numbered-meeting-of"));
            }
        }
    }

    /**
     * The end of "at (the) summit level", "at ministerial level", "at the level of heads of state" right after a
     * meeting's name at {@code end}: the level is part of a session's name ("the 32nd session of the Council at the
     * Summit Level"). {@code end} when there is none.
     */
    static int levelEnd(List<Token> toks, int end) {
        if (end + 2 >= toks.size() || !toks.get(end).is("at")) {
            return end;
        }
        int j = toks.get(end + 1).is("the") ? end + 2 : end + 1;
        for (int k = j; k < toks.size() && k <= j + 3; k++) {
            if (toks.get(k).text().equalsIgnoreCase("level") && k > j) {
                return k + 1;
            }
            if (toks.get(k).text().equalsIgnoreCase("level") && k + 2 < toks.size() && toks.get(k + 1).is("of")) {
                int e = k + 2;
                while (e < toks.size() && e < k + 8 && (toks.get(e).pos().startsWith("NN") || toks.get(e).is("of")
                        || toks.get(e).is("and"))) {
                    e++;
                }
                return e > k + 2 ? e : end;
            }
            if (!toks.get(k).pos().matches("NN.*|JJ.*")) {
                break;
            }
        }
        return end;
    }

    private static final Set<String> TITLE_INNER = Set.of("of", "for", "and", "the", "on", "in", ":", "-", "–",
            "'s", "’s", "&");

    /**
     * A capitalised name that "was held" or "took place" is an event even without a head word: "the Treasure Hunt
     * Relay: Global Museum Director's Choice was held online".
     */
    static void heldTitles(Sentence s, String text, List<Candidate> out) {
        List<Token> toks = s.tokens();
        for (int i = 2; i + 1 < toks.size(); i++) {
            boolean held = toks.get(i).text().matches("was|were") && toks.get(i + 1).is("held")
                    || toks.get(i).is("took") && toks.get(i + 1).is("place");
            if (!held) {
                continue;
            }
            int end = i;
            if (Set.of("–", "—", ",").contains(toks.get(end - 1).text())) {
                end--;
            }
            int start = end;
            int capitals = 0;
            for (int k = end - 1; k >= 0 && end - k <= 20; k--) {
                Token t = toks.get(k);
                if (t.isCapitalized() && Character.isLetter(t.text().charAt(0))) {
                    start = k;
                    capitals++;
                } else if (!TITLE_INNER.contains(t.text()) || k == 0) {
                    break;
                }
            }
            if (TitleTokens.isArticle(toks.get(start))) {
                start++;
            }
            if (EVENT_HEADS.containsKey(toks.get(end - 1).text().toLowerCase(Locale.ROOT))) {
                continue;   // a head word: the event title patterns read it, with its ordinal and series
            }
            boolean opens = start == 0 || Set.of("the", "The", ",", "–", "—", ":").contains(toks.get(start - 1).text());
            boolean office = false;
            for (int k = start; k < end && !office; k++) {
                office = BodyNames.officeTitle(toks, k) || toks.get(k).ner().equals("PERSON");
            }
            if (office) {
                continue;   // "..., Prime Minister of the Republic of X, was held": an apposition, not the event
            }
            if (capitals >= 2 && opens && start < end) {
                String name = Names.clean(text.substring(toks.get(start).begin(), toks.get(end - 1).end()));
                out.add(new Candidate(EntityKind.EVENT, "", start, end, PRIORITY_TITLE - 1, name, 0, "", 0.7,
                        "held-title"));
            }
        }
    }
}
