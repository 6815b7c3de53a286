package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a word outside any mention takes up for the dependency rules: "the declaration", "the summit" (the latest
 * agreement or event of that head noun whose name holds the noun's naming modifiers), "it" (the agreement or event
 * of the sentence before), "we" and "the leaders" (the meeting the text is about), "Mr. Jin" (the one person of that
 * surname), "the Israelis" (the country of the demonym). One per document; sentences must be remembered in order.
 */
final class Anaphors {
    /** Head nouns that take up an agreement named before: "the declaration", "the accords", "the MoU". */
    private static final Set<String> AGREEMENT_NOUNS = Lexicon.words("anaphor-agreement-nouns");
    /** Plural head nouns that take up the agreements named before: "the deals", "the two documents". */
    private static final Set<String> PLURAL_AGREEMENT_NOUNS = Lexicon.words("anaphor-plural-agreement-nouns");
    private static final java.util.regex.Pattern PLURAL_NAME = java.util.regex.Pattern.compile(
            "(?i)\\b(?:accords|agreements|regulations|principles|guidelines|recommendations|declarations)\\b");
    /** Nouns that take up the latest agreement whatever its kind: a convention or an accord is a treaty too. */
    private static final Set<String> ANY_AGREEMENT = Set.of("agreement", "deal", "document", "pact", "accord", "text",
            "treaty");
    /** Nouns of signing that stand for what was signed, when nothing follows them ("the 39th signatory"). */
    private static final Set<String> SIGNING_NOUNS = Set.of("signatory", "signing", "signature");
    /** Those gathered at a meeting, who speak as the meeting. */
    private static final Set<String> GATHERED = Set.of("leaders", "ministers", "participants", "delegates",
            "delegations", "heads");
    /** Verbs by which a meeting makes a document of its own (the lexicon's document-making-verbs). */
    private static final Set<String> MAKING_VERBS = Lexicon.words("document-making-verbs");
    /** Nouns of hosting that stand for the meeting they host ("as the host nation", "as co-host"). */
    private static final Set<String> HOST_NOUNS = Set.of("host", "co-host", "cohost");
    private static final Set<String> ANY_EVENT = Set.of("meeting", "event", "gathering");
    /** Those who signed, counted: "the 15 countries", "the 12 signatories". */
    private static final Set<String> SIGNERS = Set.of("countries", "nations", "signatories", "economies", "parties",
            "states", "members", "governments");
    private static final int RECENCY = 3;

    private final List<Mention> recentAgreements = new ArrayList<>();
    private final List<Mention> recentEvents = new ArrayList<>();
    private final Gazetteer gazetteer;
    private final List<Mention> all;

    /** For one document: its gazetteer (for demonyms) and all its mentions. */
    Anaphors(Gazetteer gazetteer, List<Mention> all) {
        this.gazetteer = gazetteer;
        this.all = all;
    }

    /**
     * What the word at token {@code i}, outside any mention, takes up among {@code kinds}, or null: the caller has
     * checked that no mention of the sentence covers it.
     */
    Mention takeUp(SentenceView v, int i, Set<EntityKind> kinds) {
        String w = v.tok(i).text().toLowerCase(Locale.ROOT);
        if (kinds.contains(EntityKind.COUNTRY)) {
            Mention country = demonym(w);
            if (country != null) {
                return country;
            }
        }
        if (kinds.contains(EntityKind.PERSON) && v.tok(i).pos().equals("NNP")) {
            Mention person = bySurname(v.tok(i).text());
            if (person != null) {
                return person;   // "Mr. Jin" after "Jin Liqun"
            }
        }
        if (kinds.contains(EntityKind.ORGANIZATION)) {
            Mention body = bodyNamedBefore(v, i);
            if (body != null) {
                return body;   // "The Council will consider it" after "the Andean Security Council"
            }
        }
        if (w.equals("we") && kinds.contains(EntityKind.EVENT)) {
            return documentEvent();   // "We adopted the plan" in a chairman's statement of the summit
        }
        if (kinds.contains(EntityKind.EVENT) && GATHERED.contains(w) && v.tok(i).pos().startsWith("NN")
                && !v.isAny(i + 1, Set.of("of", "from")) && (i == 0 || !v.tok(i - 1).pos().matches("CD|PRP\\$|POS"))) {
            // "Ministers adopted the statement", "The leaders issued ...": those gathered at the meeting just
            // described speak as the meeting (not "ministers of X", "two leaders", "its delegates"); with none
            // just described, the meeting the document is about ("3. The leaders adopted the Oslo Roadmap" in the
            // communiqué of the summit its title names)
            Mention e = antecedent(v, recentEvents, EntityKind.EVENT, w, true, 2, i);
            return e != null ? e : makesDocument(v, i) ? documentEvent() : null;
        }
        if (kinds.contains(EntityKind.AGREEMENT) && SIGNING_NOUNS.contains(w) && v.tok(i).pos().startsWith("NN")
                && !v.isAny(i + 1, Set.of("of")) && (i + 1 >= v.size() || !v.tok(i + 1).pos().startsWith("NN"))) {
            // "Austria became the 39th signatory", "The signing took place in Vienna": of the agreement just named
            return antecedent(v, recentAgreements, EntityKind.AGREEMENT, w, true, RECENCY, i);
        }
        if (kinds.contains(EntityKind.EVENT) && HOST_NOUNS.contains(w) && v.tok(i).pos().startsWith("NN")) {
            // "Brazil, as the host nation, ...": host of the meeting the text is about
            Mention e = antecedent(v, recentEvents, EntityKind.EVENT, w, true, RECENCY, i);
            return e != null ? e : documentEvent();
        }
        if (w.equals("it") && v.sentence.index() > 0) {
            Mention it = lastOf(kinds.contains(EntityKind.AGREEMENT) ? recentAgreements
                    : kinds.contains(EntityKind.EVENT) ? recentEvents : List.of(), v.sentence.index() - 1);
            if (it != null) {
                return it;   // "It was launched on 24 March 2010": the agreement or event of the sentence before
            }
        }
        if (kinds.contains(EntityKind.AGREEMENT) && SIGNERS.contains(w) && i > 1 && v.tok(i - 1).pos().equals("CD")
                && v.is(i - 2, "the") && !v.isAny(i + 1, Set.of("of", "from")) && !v.is(i - 1, "two")) {
            // "Fifteen countries signed the RCEP agreement ... The 15 countries include China, ...": the numbered
            // signers stand for the agreement they signed (not "the 10 members of ASEAN", "the ASEAN Plus Three
            // countries"; "the two countries" are the sides just named, CountedGroups)
            return antecedent(v, recentAgreements, EntityKind.AGREEMENT, w, true, RECENCY, i);
        }
        if (!v.tok(i).pos().startsWith("NN") || !definite(v, i)) {
            return null;
        }
        if (kinds.contains(EntityKind.AGREEMENT) && PLURAL_AGREEMENT_NOUNS.contains(w)) {
            // "the deals", "the declarations": several documents, unless the latest agreement is named in the
            // plural ("the Abraham Accords")
            Mention a = antecedent(v, recentAgreements, EntityKind.AGREEMENT, w, true, 2 * RECENCY, i);
            return a != null && PLURAL_NAME.matcher(a.canonical()).find() ? a : null;
        }
        if (kinds.contains(EntityKind.AGREEMENT) && AGREEMENT_NOUNS.contains(w)) {
            // "the agreement" takes up the latest agreement a few sentences back; "the declaration" the latest of
            // that head noun further back (a paragraph's worth), as a reader would
            boolean any = ANY_AGREEMENT.contains(w);
            return antecedent(v, recentAgreements, EntityKind.AGREEMENT, w, any, any ? 2 * RECENCY : 3 * RECENCY, i);
        }
        if (kinds.contains(EntityKind.EVENT) && (Antecedents.EVENT_NOUNS.contains(w) || ANY_EVENT.contains(w))) {
            boolean capital = v.tok(i).isCapitalized() && i > 0;   // "the Meeting", "the Summit": the document's own
            // "the Ministerial meeting": a capitalised naming word before the head is a short name too
            boolean named = !capital && i > 1 && v.tok(i - 1).isCapitalized() && v.is(i - 2, "the")
                    && v.tok(i - 1).pos().matches("JJ|NNP?");
            Mention own = capital || named ? documentEvent() : null;
            if (own != null && (Names.key(own.canonical()).contains(w) || own.subtype().equals(w))
                    && (!named || Names.key(own.canonical()).contains(v.tok(i - 1).text().toLowerCase(Locale.ROOT)))) {
                return own;   // not the next summit the statement announces
            }
            return antecedent(v, recentEvents, EntityKind.EVENT, w, ANY_EVENT.contains(w),
                    capital ? Integer.MAX_VALUE : RECENCY, i);
        }
        return null;
    }

    /**
     * "The leaders adopted ...", "Ministers also issued ...": the verb right after those gathered at {@code i} makes a
     * document (not "endorsed" or "welcomed" one made elsewhere).
     */
    private static boolean makesDocument(SentenceView v, int i) {
        int k = i + 1;
        while (k < v.size() && v.tok(k).pos().equals("RB")) {
            k++;
        }
        return k < v.size() && v.tok(k).pos().startsWith("VB") && MAKING_VERBS.contains(v.tok(k).lemma());
    }

    /** "the declaration", "this landmark agreement", "the two-day summit": a definite noun phrase ends at {@code i}. */
    private static boolean definite(SentenceView v, int i) {
        for (int k = i - 1; k >= 0 && i - k <= 4; k--) {
            if (v.isAny(k, Set.of("the", "this", "that", "these", "its", "their"))) {
                return true;
            }
            if (v.isAny(k, Set.of("next", "previous", "last", "following", "upcoming", "future", "past", "earlier",
                    "another", "other", "first", "second", "third", "new"))) {
                return false;   // "the next summit" is another one
            }
            if (!inNounPhrase(v, k)) {
                return false;
            }
        }
        return false;
    }

    /** Whether token {@code k} may stand before a head noun in its phrase: an adjective, noun, number or hyphen. */
    private static boolean inNounPhrase(SentenceView v, int k) {
        String pos = v.tok(k).pos();
        return pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("CD") || pos.equals("HYPH") || v.is(k, "-");
    }

    /** The person of the document whose name ends in {@code surname}, when only one does. */
    private Mention bySurname(String surname) {
        Mention found = null;
        for (Mention m : all) {
            if (m.kind() == EntityKind.PERSON && m.canonical().endsWith(" " + surname)) {
                if (found != null && !found.canonical().equals(m.canonical())) {
                    return null;
                }
                found = m;
            }
        }
        return found;
    }

    /** The document's own event: the first event named in its first sentences (its title or dateline). */
    Mention documentEvent() {
        for (Mention m : all) {
            if (m.sentence() > RECENCY) {
                break;
            }
            if (m.kind() == EntityKind.EVENT) {
                return m;
            }
        }
        return null;
    }

    /** The only agreement or event of {@code recent} named in sentence {@code sentence}, or null. */
    private static Mention lastOf(List<Mention> recent, int sentence) {
        Mention found = null;
        for (Mention m : recent) {
            if (m.sentence() == sentence) {
                if (found != null && !found.canonical().equals(m.canonical())) {
                    return null;
                }
                found = m;
            }
        }
        return found;
    }

    /**
     * "the Council", "the Commission" (capitalised, after "the", no "of" after it): the latest body named before,
     * within {@code 2 * RECENCY} sentences, whose name ends in that word.
     */
    private Mention bodyNamedBefore(SentenceView v, int i) {
        if (i < 1 || v.isAny(i + 1, Set.of("of", "for", "on"))
                || !NamedBodies.bareHead(v.tok(i - 1).text(), v.tok(i).text())) {
            return null;
        }
        return NamedBodies.latestEndingIn(all, v.sentence.index(), i - 1, v.tok(i).text(), 2 * RECENCY);
    }

    /** "Chinese", "the Israelis": the country of the demonym, when the document names it. */
    private Mention demonym(String word) {
        var country = gazetteer.countryOfDemonym(word)
                .or(() -> word.endsWith("s") ? gazetteer.countryOfDemonym(word.substring(0, word.length() - 1))
                        : java.util.Optional.empty());
        if (country.isEmpty()) {
            return null;
        }
        for (Mention m : all) {
            if (m.kind() == EntityKind.COUNTRY && m.canonical().equals(country.get())) {
                return m;
            }
        }
        return null;
    }

    /** The latest mention (before token {@code i} of this sentence, or in the last few sentences) of that noun. */
    private Mention antecedent(SentenceView v, List<Mention> recent, EntityKind kind, String noun,
            boolean any, int recency, int i) {
        String stem = noun.endsWith("s") && !noun.endsWith("ss") && !noun.equals("talks")
                ? noun.substring(0, noun.length() - 1) : noun;
        List<Mention> candidates = new ArrayList<>(recent);
        for (Mention m : v.mentions) {
            if (m.tokenEnd() <= i && m.kind() == kind) {
                candidates.add(m);
            }
        }
        boolean documentNoun = AGREEMENT_NOUNS.contains(noun) || PLURAL_AGREEMENT_NOUNS.contains(noun)
                || Antecedents.EVENT_NOUNS.contains(noun) || ANY_EVENT.contains(noun);
        List<String> modifiers = documentNoun ? nounModifiers(v, i, kind) : List.of();
        candidates.removeIf(m -> !modifiers.stream().allMatch(m.canonical().toLowerCase(Locale.ROOT)::contains));
        for (int k = candidates.size() - 1; k >= 0; k--) {
            Mention m = candidates.get(k);
            if (v.sentence.index() - m.sentence() > recency) {
                break;
            }
            String name = m.canonical().toLowerCase(Locale.ROOT);
            boolean mou = stem.equals("mou") && name.contains("memorandum");
            if (any || name.contains(stem) || mou || m.subtype().equalsIgnoreCase(stem)) {
                return m;
            }
        }
        if (any && kind == EntityKind.AGREEMENT && !candidates.isEmpty()
                && candidates.stream().map(Mention::canonical).distinct().count() == 1) {
            return candidates.get(candidates.size() - 1);   // the one agreement the document has named so far
        }
        return null;
    }

    /**
     * The naming words before the head noun at {@code i} in its noun phrase, lower case: an antecedent must name
     * them all ("the BRICS summit" is not the G7 summit named before; see {@link NamingModifiers#namingModifier}).
     */
    private static List<String> nounModifiers(SentenceView v, int i, EntityKind kind) {
        List<String> out = new ArrayList<>();
        for (int k = i - 1; k >= 0 && i - k <= 4 && inNounPhrase(v, k); k--) {
            if (!v.is(k + 1, "-") && !v.is(k - 1, "-")
                    && NamingModifiers.namingModifier(v.sentence.tokens(), k, v.mentions, v.sentence.index(), kind,
                        false)) {
                out.add(v.tok(k).text().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The sentence's agreements and events become the latest of their kind. */
    void remember(SentenceView v) {
        for (Mention m : v.mentions) {
            if (m.kind() == EntityKind.AGREEMENT) {
                recentAgreements.add(m);
            } else if (m.kind() == EntityKind.EVENT) {
                recentEvents.add(m);
            }
        }
    }
}
