package org.diplokg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.diplokg.nlp.AnnotatedDocument;
import org.diplokg.nlp.Sentence;
import org.diplokg.nlp.Token;

/**
 * Candidates from CoreNLP's NER spans, with their edges mended: a body's span stops before the office and the
 * person written after it, an owner in the possessive and a leading title are dropped, generic words are no name;
 * a person's span takes a quoted nickname, loses its forms of address, and a one-word person is the full name the
 * document gives elsewhere ("Mr. Varga" after "Tomas Varga").
 */
final class NerCandidates {
    private static final Set<String> OPEN_QUOTES = Set.of("``", "\"", "“", "‘");
    private static final Set<String> CLOSE_QUOTES = Set.of("''", "\"", "”", "’");
    private static final String AMBIGUOUS = "";

    private final Gazetteer gazetteer;
    private final Set<String> lowerWords;
    private final Set<String> people = new HashSet<>();
    /** A first or last word of a full name → that name; AMBIGUOUS when two full names share it. */
    private final Map<String, String> fullNameOf = new HashMap<>();

    NerCandidates(Gazetteer gazetteer, AnnotatedDocument doc) {
        this.gazetteer = gazetteer;
        this.lowerWords = lowerCaseWords(doc);
        String text = doc.document().text();
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                if (!toks.get(i).ner().equals("PERSON") || i > 0 && toks.get(i - 1).ner().equals("PERSON")) {
                    continue;
                }
                int end = personEnd(toks, i);
                int start = nameWordTakenForVerb(toks, i) ? i - 1 : i;   // as find() takes it
                String name = Names.personName(text.substring(toks.get(start).begin(), toks.get(end - 1).end()));
                if (name.contains(" ") && personShaped(name)) {
                    people.add(name);
                    String[] parts = name.replace("\"", "").split(" ");
                    for (String p : Set.of(parts[0], parts[parts.length - 1])) {
                        fullNameOf.merge(p, name, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
                    }
                }
            }
        }
    }

    /** The words the document writes in lower case somewhere (see {@link #lowerCaseWords}). */
    Set<String> lowerWords() {
        return lowerWords;
    }

    /**
     * Words the document writes in lower case somewhere ("road", "cyberspace"): a single capitalised token NER calls
     * a place or organisation is a common word at the start of a title, not a name.
     */
    private static Set<String> lowerCaseWords(AnnotatedDocument doc) {
        Set<String> words = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (!t.text().isEmpty() && Character.isLowerCase(t.text().charAt(0))) {
                    words.add(t.text());
                }
            }
        }
        return words;
    }

    /** The end of a PERSON run from {@code start}, taking a quoted nickname and the surname after it. */
    private static int personEnd(List<Token> toks, int start) {
        int j = start + 1;
        while (j < toks.size() && toks.get(j).ner().equals("PERSON")) {
            j++;
        }
        // "Paul “Chip” Duran": NER stops at the quote; the nickname and the surname are the same person.
        if (j + 3 < toks.size() + 0 && OPEN_QUOTES.contains(toks.get(j).text()) && toks.get(j + 1).isCapitalized()
                && CLOSE_QUOTES.contains(toks.get(j + 2).text()) && toks.get(j + 3).isCapitalized()
                && toks.get(j + 3).pos().startsWith("NNP")) {
            j += 4;
            while (j < toks.size() && toks.get(j).ner().equals("PERSON")) {
                j++;
            }
        }
        return j;
    }

    /** No lower-case word but a particle ("bin", "von"): "Keeper of the Royal Seal" is a title. */
    private static boolean personShaped(String name) {
        for (String w : name.split(" ")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !Lexicon.NAME_PARTICLES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    void find(Sentence s, String text, List<Candidate> out) {
        List<Token> toks = s.tokens();
        int i = 0;
        while (i < toks.size()) {
            String tag = toks.get(i).ner();
            int j = tag.equals("PERSON") ? personEnd(toks, i) : i + 1;
            while (j < toks.size() && toks.get(j).ner().equals(tag)) {
                j++;
            }
            EntityKind kind = switch (tag) {
                case "PERSON" -> EntityKind.PERSON;
                case "ORGANIZATION" -> EntityKind.ORGANIZATION;
                case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> EntityKind.PLACE;
                default -> null;
            };
            if (kind != null) {
                int start = i;
                int end = j;
                for (int k = start + 1; k < end; k++) {
                    if (toks.get(k).text().equals("(")) {
                        end = k;
                        break;
                    }
                }
                if (kind == EntityKind.PERSON && nameWordTakenForVerb(toks, start)) {
                    start--;   // "the Minister of X, Do Minh Khoa, and ...": "Do" tagged a verb, the name is whole
                }
                if (kind == EntityKind.ORGANIZATION) {
                    int[] span = bodySpan(toks, text, start, end);
                    start = span[0];
                    end = span[1];
                    if (end > start && BodyNames.headquartersEnd(toks, end - 1) > end) {
                        end = BodyNames.headquartersEnd(toks, end - 1);   // "... Headquarters building"
                    }
                }
                while (end > start && !Character.isLetterOrDigit(toks.get(end - 1).text().codePointAt(0))) {
                    end--;
                }
                boolean commonWord = end == start + 1 && kind != EntityKind.PERSON
                        && lowerWords.contains(toks.get(start).text().toLowerCase(Locale.ROOT));
                if (end > start && !commonWord) {
                    String raw = text.substring(toks.get(start).begin(), toks.get(end - 1).end());
                    Candidate c = candidate(toks, kind, raw, start, end);
                    if (c != null) {
                        out.add(c);
                    }
                }
            }
            i = j;
        }
    }

    /**
     * Whether the word before a person's name, right after a comma, is a capitalised word the tagger took for a verb
     * ("Do/VBP" of "Do Minh Khoa"): a name's first word, NER left out.
     */
    private static boolean nameWordTakenForVerb(List<Token> toks, int start) {
        if (start < 2 || !toks.get(start - 2).text().equals(",")) {
            return false;
        }
        Token w = toks.get(start - 1);
        return w.ner().equals("O") && Character.isUpperCase(w.text().codePointAt(0))
                && (w.pos().startsWith("VB") || w.pos().equals("MD"));
    }

    /**
     * An NER organisation span mended at both ends: "WTO's Office of X" starts at "Office", "Senior Fellow at the X
     * Institute" at "X", "Acme Motors Chairman Y" ends before "Chairman".
     */
    private int[] bodySpan(List<Token> toks, String text, int start, int end) {
        int s = BodyNames.afterOwner(toks, start, end, gazetteer, text);
        s = BodyNames.afterOffice(toks, s, end);
        for (int k = s; k + 1 < end; k++) {
            if (toks.get(k).is("at")) {
                s = k + 1 < end && TitleTokens.isArticle(toks.get(k + 1)) ? k + 2 : k + 1;   // "Fellow at the X"
            }
        }
        int e = s < end ? BodyNames.beforePersonOrOffice(toks, s, end, people) : end;
        return new int[] {s, e};
    }

    private Candidate candidate(List<Token> toks, EntityKind kind, String raw, int start, int end) {
        String name = kind == EntityKind.PERSON ? Names.personName(raw) : Names.clean(raw);
        if (name.isEmpty() || !Character.isLetter(name.codePointAt(0)) || name.length() < 2) {
            return null;
        }
        if (kind == EntityKind.PERSON) {
            return person(toks, name, start, end);
        }
        if (kind == EntityKind.ORGANIZATION && (Lexicon.TECHNICAL_ACRONYMS.contains(name)
                || BodyNames.generic(toks, start, end))) {
            return null;   // "LGBTI"; "Council", "Foreign Affairs", "Heads of State and Government"
        }
        int dash = name.indexOf('-');
        if (dash > 0 && gazetteer.lookup(name.substring(0, dash)).filter(e -> e.kind() == EntityKind.COUNTRY)
                .isPresent() && gazetteer.lookup(name.substring(dash + 1)).isPresent()) {
            return null;   // "China-European Commission": two known names, each found on its own
        }
        Optional<Gazetteer.Entry> known = gazetteer.lookup(name);
        if (known.isPresent()) {
            Gazetteer.Entry e = known.get();
            return new Candidate(e.kind(), e.subtype(), start, end, Candidate.PRIORITY_GAZETTEER, e.name(), 0, "",
                    0.9, "ner+gazetteer");
        }
        if (kind == EntityKind.ORGANIZATION && end - start > 1
                && VENUES.contains(toks.get(end - 1).text().toLowerCase(Locale.ROOT))) {
            // "signed at Jubilee House": a building's name (venue-heads) is a place, not a body
            return new Candidate(EntityKind.PLACE, "building", start, end, Candidate.PRIORITY_NER, name, 0, "",
                    0.7, "ner:venue");
        }
        if (kind == EntityKind.PLACE && groupOfStates(toks, end)) {
            return null;   // "the eight Polar States", "the two Gulf nations": a group of countries, no place
        }
        String full = fullNameOf.get(name);
        if (end == start + 1 && full != null && !full.equals(AMBIGUOUS)) {
            // "Ryder" tagged an organisation where the document names "Guy Ryder": the person, by surname.
            return new Candidate(EntityKind.PERSON, "", start, end, Candidate.PRIORITY_NER, full, 0, "", 0.6,
                    "ner:surname");
        }
        if (kind == EntityKind.ORGANIZATION && (BodyNames.headquartersEnd(toks, end - 1) == end
                || BodyNames.headquartersEnd(toks, end - 2) == end)) {
            // "Reef Trust Headquarters": the building where the body sits, a place.
            return new Candidate(EntityKind.PLACE, "building", start, end, Candidate.PRIORITY_NER, name, 0, "",
                    0.7, "ner:headquarters");
        }
        return new Candidate(kind, "", start, end, Candidate.PRIORITY_NER, name, 0, "", 0.7, "ner");
    }

    private static final Set<String> STATES = Set.of("states", "countries", "nations", "economies");
    /** Last words of a building's name ({@code venue-heads}). */
    private static final Set<String> VENUES = Lexicon.words("venue-heads");

    /** Whether the NER place is the qualifier of a group of countries: "Polar States", "Gulf nations". */
    private static boolean groupOfStates(List<Token> toks, int end) {
        return end < toks.size() && STATES.contains(toks.get(end).text().toLowerCase(Locale.ROOT))
                || end > 1 && STATES.contains(toks.get(end - 1).text().toLowerCase(Locale.ROOT))
                && toks.get(end - 1).isCapitalized();
    }

    /**
     * A person's candidate: a one-word name is the full name the document gives elsewhere, or a name of its own
     * after a title or form of address ("Prime Minister Abiy"); otherwise it is dropped ("BeiDou", "Xi" alone are
     * too often a product, a place or a short reference). "in Port Verano" and "Port Verano, Kenya" are places.
     */
    private Candidate person(List<Token> toks, String name, int start, int end) {
        if (!personShaped(name) || Names.titlesOnly(name)) {
            return null;   // "Keeper of the Royal Seal", "Crown Prince"
        }
        if (placeContext(toks, start, end)) {
            Optional<Gazetteer.Entry> known = gazetteer.lookup(name);
            return known.map(e -> new Candidate(e.kind(), e.subtype(), start, end, Candidate.PRIORITY_GAZETTEER,
                    e.name(), 0, "", 0.85, "ner+gazetteer")).orElse(new Candidate(EntityKind.PLACE, "", start, end,
                    Candidate.PRIORITY_NER, name, 0, "", 0.6, "ner:person-as-place"));
        }
        if (name.contains(" ")) {
            return new Candidate(EntityKind.PERSON, "", start, end, Candidate.PRIORITY_NER, name, 0, "", 0.7, "ner");
        }
        String full = fullNameOf.get(name);
        if (full != null && !full.equals(AMBIGUOUS)) {
            return new Candidate(EntityKind.PERSON, "", start, end, Candidate.PRIORITY_NER, full, 0, "", 0.65,
                    "ner:short-name");
        }
        boolean titled = start > 0 && (BodyNames.officeTitle(toks, start - 1)
                || BodyNames.honorific(toks.get(start - 1)));
        return titled && full == null ? new Candidate(EntityKind.PERSON, "", start, end, Candidate.PRIORITY_NER, name,
                0, "", 0.6, "ner:titled-name") : null;
    }

    /**
     * A PERSON span that names a place: after "in" ("talks in Port Verano") or before a country and a comma, as in a
     * dateline ("Port Verano, Kenya, 3 May"). Not before "'s" ("in Xi's words").
     */
    private boolean placeContext(List<Token> toks, int start, int end) {
        if (end < toks.size() && (toks.get(end).is("'s") || toks.get(end).is("’s"))) {
            return false;
        }
        if (start > 0 && toks.get(start - 1).text().equals("in")) {
            return true;
        }
        if (end + 1 < toks.size() && toks.get(end).text().equals(",")) {
            Optional<Gazetteer.Match> m = gazetteer.matchAt(toks, end + 1, false);
            return m.isPresent() && m.get().entry().kind() == EntityKind.COUNTRY && (m.get().end() == toks.size()
                    || Set.of(",", ".", ";").contains(toks.get(m.get().end()).text()));
        }
        return false;
    }
}
