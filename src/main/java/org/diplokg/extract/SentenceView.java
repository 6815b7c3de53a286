package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplokg.nlp.Sentence;
import org.diplokg.nlp.Token;

/** One sentence with its mentions and dates indexed by token, for the relation rules. */
final class SentenceView {
    final Sentence sentence;
    final List<Mention> mentions;
    final List<DateMention> dates;
    private final Mention[] endsAt;
    private final Mention[] startsAt;
    private final DateMention[] dateStartsAt;

    SentenceView(Sentence sentence, List<Mention> all, List<DateMention> allDates) {
        this.sentence = sentence;
        this.mentions = new ArrayList<>();
        this.dates = new ArrayList<>();
        endsAt = new Mention[sentence.size()];
        startsAt = new Mention[sentence.size()];
        dateStartsAt = new DateMention[sentence.size()];
        for (Mention m : all) {
            if (m.sentence() == sentence.index()) {
                mentions.add(m);
                // The outermost mention wins: nested mentions are reached through their container.
                if (endsAt[m.tokenEnd() - 1] == null || endsAt[m.tokenEnd() - 1].length() < m.length()) {
                    endsAt[m.tokenEnd() - 1] = m;
                }
                if (startsAt[m.tokenStart()] == null || startsAt[m.tokenStart()].length() < m.length()) {
                    startsAt[m.tokenStart()] = m;
                }
            }
        }
        for (DateMention d : allDates) {
            if (d.sentence() == sentence.index()) {
                dates.add(d);
                dateStartsAt[d.tokenStart()] = d;
            }
        }
    }

    int size() {
        return sentence.size();
    }

    Token tok(int i) {
        return sentence.token(i);
    }

    boolean is(int i, String word) {
        return i >= 0 && i < size() && tok(i).is(word);
    }

    boolean isAny(int i, Set<String> words) {
        return i >= 0 && i < size() && words.contains(tok(i).text().toLowerCase(Locale.ROOT));
    }

    /** The outermost mention whose last token is {@code i}, looking through a trailing "(ACR)". */
    Mention endingAt(int i) {
        if (i < 0 || i >= size()) {
            return null;
        }
        if (tok(i).text().equals(")") && i >= 3 && tok(i - 2).text().equals("(") && endsAt[i - 3] != null) {
            return endsAt[i - 3];
        }
        return endsAt[i];
    }

    /** The outermost mention whose first token is {@code i}. */
    Mention startingAt(int i) {
        return i >= 0 && i < size() ? startsAt[i] : null;
    }

    DateMention dateAt(int i) {
        return i >= 0 && i < size() ? dateStartsAt[i] : null;
    }

    /** The index after a mention including a "(ACR)" that follows it. */
    int after(Mention m) {
        int i = m.tokenEnd();
        if (is(i, "(") && i + 2 < size() && tok(i + 2).text().equals(")")) {
            return i + 3;
        }
        return i;
    }

    List<Mention> nestedIn(Mention outer) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m != outer && m.tokenStart() >= outer.tokenStart() && m.tokenEnd() <= outer.tokenEnd()
                    && m.length() < outer.length()) {
                out.add(m);
            }
        }
        return out;
    }

    /** Whether token {@code i} ends a "co-" word split at its hyphen ("co", "-", "hosted"). */
    boolean coPrefixed(int i) {
        return is(i - 1, "-") && isAny(i - 2, Set.of("co"));
    }

    boolean isVerb(int i) {
        return i >= 0 && i < size() && tok(i).pos().startsWith("VB");
    }

    /** Whether token {@code i} lies inside a mention of this sentence, nested ones included. */
    boolean insideMention(int i) {
        for (Mention m : mentions) {
            if (i >= m.tokenStart() && i < m.tokenEnd()) {
                return true;
            }
        }
        return false;
    }

    /** The lower-cased lemma of token {@code i}, or its lower-cased text when it has no lemma. */
    String verbLemma(int i) {
        String lemma = tok(i).lemma().toLowerCase(Locale.ROOT);
        return lemma.isEmpty() ? tok(i).text().toLowerCase(Locale.ROOT) : lemma;
    }
}
