package org.diplokg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.diplokg.nlp.AnnotatedDocument;
import org.diplokg.nlp.Sentence;
import org.diplokg.nlp.Token;

/**
 * Finds the entity mentions of a document. Sources, strongest first on overlap after length: title patterns for
 * agreements, events and named bodies; the gazetteers; CoreNLP NER. Cued titles come from {@link CuedTitles}; acronyms
 * defined in the text ("Shanghai Cooperation Organization (SCO)") then name the same entity wherever they occur
 * ({@link Acronyms}).
 */
final class MentionFinder {
    /** Head words of agreement titles, each with the subtype it gives (the lexicon's agreement-heads). */
    static final Map<String, String> AGREEMENT_HEADS = Lexicon.map("agreement-heads");
    /** Head words of event titles, each with the subtype it gives (the lexicon's event-heads). */
    static final Map<String, String> EVENT_HEADS = Lexicon.map("event-heads");
    /** Capitalised words that open a report's title before "of the": "State of the X Report". */
    private static final Set<String> REPORT_OPENERS = Set.of("State", "Status", "Summary", "Outlook");
    /** Head words of a body's name (the lexicon's org-heads). */
    static final Set<String> ORG_HEADS = Lexicon.words("org-heads");
    /** Words by which one document names another: see referring-words. */
    static final Set<String> REFERRING = Lexicon.words("referring-words");


    private static final int PRIORITY_TITLE = Candidate.PRIORITY_TITLE;
    private static final int PRIORITY_GAZETTEER = Candidate.PRIORITY_GAZETTEER;

    private final Gazetteer gazetteer;

    MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    record Result(List<Mention> mentions, Map<String, String> acronyms) {
    }

    Result find(AnnotatedDocument doc) {
        boolean caseless = doc.document().quality().degraded();
        String text = doc.document().text();
        List<Mention> mentions = new ArrayList<>();
        NerCandidates ner = new NerCandidates(gazetteer, doc);
        for (Sentence s : doc.sentences()) {
            List<Candidate> candidates = new ArrayList<>();
            boolean[] place = new boolean[s.size()];
            boolean[] region = new boolean[s.size()];
            gazetteerCandidates(s, caseless, candidates, place, region);
            ner.find(s, text, candidates);
            if (!caseless) {
                titleCandidates(s, text, candidates, place, region);
                headquarters(s, text, candidates);
                CuedTitles.quotedTitles(s, text, candidates);
                CuedTitles.heldTitles(s, text, candidates);
                CuedTitles.quotedEvents(s, text, candidates);
                CuedTitles.numberedMeetingsOf(s, text, candidates);
                Municipalities.candidates(s, text, candidates);
            }
            List<Candidate> chosen = select(candidates);
            chosen.addAll(nested(s, chosen, candidates));
            chosen = portfolioHolders(s, text, chosen, ner.lowerWords());
            chosen.sort(Comparator.comparingInt(Candidate::start).thenComparing(Candidate::length,
                    Comparator.reverseOrder()));
            for (Candidate c : chosen) {
                Token first = s.token(c.start());
                Token last = s.token(c.end() - 1);
                mentions.add(new Mention(mentions.size(), c.kind(), c.subtype(),
                        text.substring(first.begin(), last.end()), c.canonical(), s.index(), c.start(), c.end(),
                        first.begin(), last.end(), c.ordinal(), c.series(), c.confidence(), c.rule()));
            }
        }
        return Acronyms.resolve(doc, governments(shortPlaces(mentions)), gazetteer);
    }

    /**
     * "the Ministry of Finance Bishnu Prasad Adhikari": a portfolio body's name that NER or a title ran on into the
     * name of the person who heads it ends before the name, and the name is a person (BodyNames.personAfterPortfolio).
     */
    private static List<Candidate> portfolioHolders(Sentence s, String text, List<Candidate> chosen,
            Set<String> lowerWords) {
        List<Candidate> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            int p = c.kind() == EntityKind.ORGANIZATION
                    ? BodyNames.personAfterPortfolio(s.tokens(), c.start(), c.end(), lowerWords) : -1;
            if (p < 0) {
                out.add(c);
                continue;
            }
            String body = text.substring(s.token(c.start()).begin(), s.token(p - 1).end());
            String person = text.substring(s.token(p).begin(), s.token(c.end() - 1).end());
            out.add(new Candidate(c.kind(), c.subtype(), c.start(), p, c.priority(), Names.clean(body), c.ordinal(),
                    c.series(), c.confidence(), c.rule() + "+before-holder"));
            if (chosen.stream().noneMatch(o -> o != c && o.start() < c.end() && o.end() > p)) {
                out.add(new Candidate(EntityKind.PERSON, "", p, c.end(), Candidate.PRIORITY_NER,
                        Names.personName(person), 0, "", 0.6, "portfolio-holder"));
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern GOVERNMENT_OF = java.util.regex.Pattern.compile(
            "(?:[Tt]he )?Government of (?:the )?(.+)");

    /**
     * "The ADB and the Government of Nepal signed ...": the government of a country, named so and no more, is the
     * state acting, so the country ("the government" alone is no body; "the People's Government of Fujian Province"
     * and "the Transitional Government of National Unity" stay bodies).
     */
    private List<Mention> governments(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            java.util.regex.Matcher g = m.kind() == EntityKind.ORGANIZATION ? GOVERNMENT_OF.matcher(m.text()) : null;
            Optional<Gazetteer.Entry> country = g != null && g.matches()
                    ? gazetteer.lookup(g.group(1)).filter(e -> e.kind() == EntityKind.COUNTRY) : Optional.empty();
            out.add(country.isEmpty() ? m : new Mention(m.id(), EntityKind.COUNTRY, country.get().subtype(), m.text(),
                    country.get().name(), m.sentence(), m.tokenStart(), m.tokenEnd(), m.begin(), m.end(), 0, "",
                    m.confidence(), m.rule() + "+government"));
        }
        return out;
    }

    /**
     * "Santa" after "Santa Lucia del Mar": a one-word place that opens exactly one longer place of the document is that
     * place.
     */
    private static List<Mention> shortPlaces(List<Mention> mentions) {
        Map<String, Set<String>> longer = new java.util.HashMap<>();
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.PLACE && m.length() > 1 && m.canonical().contains(" ")) {
                longer.computeIfAbsent(m.canonical().substring(0, m.canonical().indexOf(' ')),
                        k -> new java.util.HashSet<>()).add(m.canonical());
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Set<String> l = m.kind() == EntityKind.PLACE && m.length() == 1 ? longer.get(m.canonical()) : null;
            out.add(l == null || l.size() != 1 ? m : new Mention(m.id(), m.kind(), m.subtype(), m.text(),
                    l.iterator().next(), m.sentence(), m.tokenStart(), m.tokenEnd(), m.begin(), m.end(), m.ordinal(),
                    m.series(), m.confidence(), m.rule() + "+short-place"));
        }
        return out;
    }

    private void gazetteerCandidates(Sentence s, boolean caseless, List<Candidate> out, boolean[] place,
            boolean[] region) {
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            Optional<Gazetteer.Match> m = gazetteer.matchAt(toks, i, caseless);
            if (m.isPresent()) {
                Gazetteer.Match g = m.get();
                Gazetteer.Entry e = g.entry();
                String eventHead = eventSense(toks, g, e);
                if (eventHead != null) {
                    out.add(new Candidate(EntityKind.EVENT, eventHead, g.start(), g.end(), PRIORITY_GAZETTEER, e.name(),
                            0, "", 0.85, "gazetteer:event-sense"));
                    i = g.end() - 1;
                    continue;
                }
                out.add(new Candidate(e.kind(), e.subtype(), g.start(), g.end(), PRIORITY_GAZETTEER, e.name(), 0, "",
                        g.byAcronym() ? 0.9 : 0.95, "gazetteer"));
                if (e.kind() != EntityKind.ORGANIZATION) {
                    for (int j = g.start(); j < g.end(); j++) {
                        place[j] = true;
                        region[j] = e.subtype().equals("region");
                    }
                }
                i = g.end() - 1;
            }
        }
    }

    private static final Set<String> HOLDING_VERBS = Set.of("host", "co-host", "hold", "attend", "organize",
            "organise", "convene", "co-organize", "sponsor");

    /**
     * An organisation named like a meeting ("World Internet Conference") used as the meeting: "China has hosted the
     * World Internet Conference", "co-hosted the X". Returns the event kind ("conference") or null.
     */
    private static String eventSense(List<Token> toks, Gazetteer.Match g, Gazetteer.Entry e) {
        if (e.kind() != EntityKind.ORGANIZATION || g.byAcronym()) {
            return null;
        }
        String last = e.name().substring(e.name().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        String head = EVENT_HEADS.get(last);
        int k = g.start() - 1;
        if (head == null || k < 1 || !toks.get(k).is("the")) {
            return null;
        }
        String lemma = toks.get(k - 1).lemma().toLowerCase(Locale.ROOT);
        return toks.get(k - 1).pos().startsWith("VB") && HOLDING_VERBS.contains(lemma) ? head : null;
    }

    private void titleCandidates(Sentence s, String text, List<Candidate> out, boolean[] place, boolean[] region) {
        List<Token> toks = s.tokens();
        TitleFinder agreements = new TitleFinder(AGREEMENT_HEADS.keySet(), true, false).withLowercaseTopic()
                .withRegions(i -> region[i]);
        for (TitleFinder.Title t : agreements.find(toks, i -> place[i])) {
            String head = toks.get(t.head()).text().toLowerCase(Locale.ROOT);
            String subtype = AGREEMENT_HEADS.get(head);
            String before = t.head() > t.start() ? toks.get(t.head() - 1).text().toLowerCase(Locale.ROOT) : "";
            if (subtype.equals("plan") && before.equals("action")) {
                subtype = "action plan";
            } else if (subtype.equals("statement") && before.equals("joint")) {
                subtype = "joint statement";
            }
            if (t.end() < toks.size() && toks.get(t.end()).text().equalsIgnoreCase("version")) {
                continue;   // "Internet Protocol Version 6": a technical standard, not an agreement
            }
            if (!toks.get(t.head()).isCapitalized() && (AGREEMENT_HEADS.containsKey(before)
                    || gazetteer.lookup(text.substring(toks.get(t.start()).begin(), toks.get(t.head() - 1).end()))
                        .isPresent())) {
                // a lower-case head after a whole title or a known name describes it: "the Belt and Road
                // Initiative framework", "a United Nations convention on cybercrime"
                continue;
            }
            int start = afterPossessor(toks, text, t.start(), t.head(), t.end());   // "UNESCO's | Recommendation on X"
            if (start >= 3 && toks.get(start - 1).is("the") && toks.get(start - 2).is("of")
                    && REPORT_OPENERS.contains(toks.get(start - 3).text())) {
                start -= 3;   // "the State of the Arctic Biodiversity Report": a report's title opens with its subject
            }
            for (int k = start; k + 1 < t.head(); k++) {
                if (EVENT_HEADS.containsKey(toks.get(k).text().toLowerCase(Locale.ROOT)) && toks.get(k + 1).is("of")) {
                    start = toks.get(k + 2).is("the") ? k + 3 : k + 2;   // "Signing Ceremony of | Memorandum on X"
                }
            }
            if (start >= t.head() + 1) {
                continue;
            }
            String name = Names.clean(text.substring(toks.get(start).begin(), toks.get(t.end() - 1).end()));
            out.add(new Candidate(EntityKind.AGREEMENT, subtype, start, t.end(), PRIORITY_TITLE, name, 0, "",
                    t.complement() ? 0.85 : 0.8, "title:agreement"));
        }
        TitleFinder events = new TitleFinder(EVENT_HEADS.keySet(), false, false, TitleFinder.NARROW_COMPLEMENT);
        for (TitleFinder.Title t : events.find(toks, i -> place[i])) {
            out.add(eventCandidate(toks, text, t));
        }
        TitleFinder orgs = new TitleFinder(ORG_HEADS, true, false, TitleFinder.NARROW_COMPLEMENT);
        for (TitleFinder.Title t : orgs.find(toks, i -> place[i])) {
            int start = afterPossessor(toks, text, afterRole(toks, t.start(), t.head()), t.head(), t.end());
            Ordinals.Span ordinal = Ordinals.ordinalAt(toks, start);
            if (ordinal != null && ordinal.end() <= t.head()) {
                start = ordinal.end();   // "the 12th Polar Council Ministerial": its meeting has the ordinal
            }
            int end = t.end();
            for (int k = t.head() + 2; k + 1 < t.end(); k++) {
                // "Commission of the State Council | for Anti-monopoly in ...": the name ends with the second body.
                if (ORG_HEADS.contains(toks.get(k).text().toLowerCase(Locale.ROOT)) && toks.get(k).isCapitalized()
                        && Set.of("for", "on", "in").contains(toks.get(k + 1).text())) {
                    end = k + 1;
                    break;
                }
            }
            if (end > t.head() + 1 && toks.get(t.head() + 1).text().equals("(")) {
                end = t.head() + 1;   // "the Harbour Union (2024 to 2026)": a period, not part of the name
            }
            if (BodyNames.generic(toks, start, end)) {
                continue;   // "Heads of State/Government of ...", "Cabinet Secretaries", a head alone
            }
            String name = Names.clean(text.substring(toks.get(start).begin(), toks.get(end - 1).end()));
            out.add(new Candidate(EntityKind.ORGANIZATION, "", start, end, PRIORITY_TITLE - 1, name, 0, "",
                    0.75, "title:organization"));
            int of = countryComplement(toks, text, t.head(), end);
            if (of > start + 1) {
                // "Supreme Maritime Council of the Republic of Kenya" is also written without its
                // country; the short form is a mention inside the long one, and both name one body.
                out.add(new Candidate(EntityKind.ORGANIZATION, "", start, of, PRIORITY_TITLE - 1,
                        Names.clean(text.substring(toks.get(start).begin(), toks.get(of - 1).end())), 0, "", 0.7,
                        "title:organization:short"));
            }
        }
    }

    /**
     * The index of "of" when a body's name ends "of [the] Country" ("... of the Republic of Korea"), else -1. Not a
     * province or city: "People's Government" alone names no one body.
     */
    private int countryComplement(List<Token> toks, String text, int head, int end) {
        for (int k = head + 1; k + 1 < end; k++) {
            if (toks.get(k).is("of")) {
                int c = TitleTokens.isArticle(toks.get(k + 1)) ? k + 2 : k + 1;
                String rest = text.substring(toks.get(c).begin(), toks.get(end - 1).end());
                boolean country = gazetteer.lookup(rest).filter(e -> e.kind() == EntityKind.COUNTRY).isPresent();
                return country ? k : -1;
            }
        }
        return -1;
    }

    /**
     * "the UN headquarters", "the X Headquarters building": the building where a body sits is a place. The body
     * stays a mention inside it.
     */
    private static void headquarters(Sentence s, String text, List<Candidate> out) {
        List<Token> toks = s.tokens();
        List<Candidate> bodies = out.stream().filter(c -> c.kind() == EntityKind.ORGANIZATION).toList();
        for (int k = 1; k < toks.size(); k++) {
            int end = BodyNames.headquartersEnd(toks, k);
            if (end < 0) {
                continue;
            }
            int at = k;
            bodies.stream().filter(c -> c.end() == at).min(Comparator.comparingInt(Candidate::start)).ifPresent(c -> {
                String name = Names.clean(text.substring(toks.get(c.start()).begin(), toks.get(end - 1).end()));
                out.add(new Candidate(EntityKind.PLACE, "building", c.start(), end, PRIORITY_TITLE, name, 0,
                        "", 0.7, "headquarters"));
            });
        }
    }

    /**
     * "China's State Council Information Office", "WIPO's Arbitration and Mediation Center": a known country, place or
     * body in the possessive is not part of the name.
     */
    private int afterPossessor(List<Token> toks, String text, int start, int head, int end) {
        for (int i = start + 1; i < head; i++) {
            if (toks.get(i).is("'s") || toks.get(i).is("’s")) {
                // The head alone is no name ("China's Office"); with a complement it is ("WTO's Office of X").
                int after = BodyNames.afterOwner(toks, start, head + 1, gazetteer, text);
                return after > start && (after < head || end > head + 1) ? after : start;
            }
        }
        // "China-European Commission (EC) dialogues": a country joined to a known body names two parties.
        if (start + 2 < head && toks.get(start + 1).text().equals("-")
                && gazetteer.lookup(toks.get(start).text()).filter(e -> e.kind() == EntityKind.COUNTRY).isPresent()
                && gazetteer.lookup(text.substring(toks.get(start + 2).begin(), toks.get(head).end()))
                .filter(e -> e.kind() == EntityKind.ORGANIZATION).isPresent()) {
            return start + 2;
        }
        return start;
    }


    /** "Principal Secretary of Kenya's State Department": a role and "of" before a body's name are not part of it. */
    private static int afterRole(List<Token> toks, int start, int head) {
        for (int i = start; i < head; i++) {
            if (toks.get(i).is("of") && i > start && Lexicon.ROLE_WORDS.contains(
                    toks.get(i - 1).text().toLowerCase(Locale.ROOT))) {
                int s = i + 1;
                return s < head && TitleTokens.isArticle(toks.get(s)) ? s + 1 : s;
            }
        }
        return start;
    }

    private Candidate eventCandidate(List<Token> toks, String text, TitleFinder.Title t) {
        int start = t.start();
        int ordinal = 0;
        String year = "";
        int seriesStart = start;
        Token first = toks.get(start);
        Ordinals.Span o = Ordinals.ordinalAt(toks, start);
        if (o != null) {
            ordinal = o.value();
            seriesStart = o.end();
        } else if (first.text().matches("(19|20)\\d\\d")) {
            year = first.text();
            seriesStart = start + 1;
        }
        String subtype = EVENT_HEADS.get(toks.get(t.head()).text().toLowerCase(Locale.ROOT));
        int end = CuedTitles.levelEnd(toks, t.end());   // "... Council at the Summit Level"
        String name = Names.clean(text.substring(first.begin(), toks.get(end - 1).end()));
        String series = "";
        if (seriesStart > start && seriesStart < t.end()) {
            series = Names.clean(text.substring(toks.get(seriesStart).begin(), toks.get(t.end() - 1).end()));
        }
        if (ordinal == 0 && year.isEmpty() && legislature(toks, start, t.head())) {
            return new Candidate(EntityKind.ORGANIZATION, "legislature", start, end, PRIORITY_TITLE, name, 0, "",
                    0.75, "title:legislature");
        }
        return new Candidate(EntityKind.EVENT, subtype, start, end, PRIORITY_TITLE, name, ordinal, series,
                ordinal > 0 || !year.isEmpty() ? 0.85 : 0.75, "title:event");
    }

    /** Words that, with nothing but a country before them, make a congress or assembly a legislature. */
    private static final Set<String> LEGISLATIVE = Set.of("national", "people's", "people’s", "legislative",
            "federal", "constituent", "parliamentary", "state");

    /**
     * "the Kenyan National Assembly", "the Peruvian Congress", "the Federal Assembly of Switzerland": a congress or
     * assembly named only by a country, its demonym or a legislative word, without an ordinal or a year, is the
     * legislature, not a meeting ("the World Health Assembly" and "the 14th National People's Congress" stay events).
     */
    private boolean legislature(List<Token> toks, int start, int head) {
        String h = toks.get(head).text().toLowerCase(Locale.ROOT);
        if (!h.equals("congress") && !h.equals("assembly")) {
            return false;
        }
        for (int i = start; i < head; i++) {
            String w = toks.get(i).text();
            String lw = w.toLowerCase(Locale.ROOT);
            boolean country = gazetteer.countryOfDemonym(lw).isPresent()
                    || gazetteer.lookup(w).map(e -> e.kind() == EntityKind.COUNTRY).orElse(false);
            if (!country && !LEGISLATIVE.contains(lw) && !lw.equals("'s") && !lw.equals("’s")) {
                return false;
            }
        }
        return true;
    }

    /** Longest first; on equal length the stronger source; overlapping candidates are dropped. */
    private static List<Candidate> select(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::priority).reversed()));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : sorted) {
            boolean free = chosen.stream().noneMatch(k -> c.start() < k.end() && k.start() < c.end());
            if (free) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        return chosen;
    }

    /**
     * Gazetteer organisations and countries inside a chosen title ("SCO Expert Group", "China-LAS Cooperation
     * Initiative"): mentions in their own right, and what sub-body and hyphenated-party rules read.
     */
    private static List<Candidate> nested(Sentence s, List<Candidate> chosen, List<Candidate> all) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate outer : chosen) {
            if (outer.priority() == PRIORITY_GAZETTEER) {
                continue;
            }
            for (Candidate c : all) {
                boolean inside = c.start() >= outer.start() && c.end() <= outer.end() && c.length() < outer.length();
                // "Annual Meeting of the Asian-African Legal Consultative Organization", "Guidelines of the
                // Anti-monopoly Commission of the State Council": a body named after "of" inside a title.
                boolean afterOf = c.start() > outer.start() && (s.token(c.start() - 1).is("of")
                        || c.start() - 2 >= outer.start() && s.token(c.start() - 2).is("of")
                        && TitleTokens.isArticle(s.token(c.start() - 1)));
                // An event's name often contains its organiser ("BRICS Summit", "World Internet Conference"):
                // only a hyphenated pair ("China-ASEAN Summit") or a body after "of" is kept as a mention.
                if (outer.kind() == EntityKind.EVENT && !afterOf && !(c.end() < outer.end()
                        && "-+&/".contains(s.token(c.end()).text()) || c.start() > outer.start()
                        && "-+&/".contains(s.token(c.start() - 1).text()))) {
                    continue;
                }
                boolean actor = c.kind() == EntityKind.ORGANIZATION || c.kind() == EntityKind.COUNTRY;
                boolean titled = c.kind() == EntityKind.ORGANIZATION && afterOf
                        && outer.kind() != EntityKind.ORGANIZATION && c.rule().equals("title:organization")
                        || c.rule().equals("title:organization:short") || c.rule().equals("municipality");
                // "Regional Peace and Security Council", "National Maritime Security Council": a known body's name
                // ("Security Council") as the tail of a longer one is not that body.
                boolean tail = outer.kind() == EntityKind.ORGANIZATION && c.start() > outer.start()
                        && ORG_HEADS.contains(s.token(c.end() - 1).text().toLowerCase(Locale.ROOT))
                        && (s.token(c.start() - 1).isCapitalized() || Set.of("and", "&").contains(
                        s.token(c.start() - 1).text()));
                // A body inside a body inside a title ("Council of the Organization of American States" in a
                // session's name, "Organization of American States" in it): nested may nest, but may not cross.
                // "the Lima Protocol to the Charter of X", "a Protocol amending the Agreement between A and B": the
                // document one names is an agreement of its own
                boolean referred = outer.kind() == EntityKind.AGREEMENT && c.kind() == EntityKind.AGREEMENT
                        && c.start() >= outer.start() + 2 && s.token(c.start() - 1).is("the")
                        && REFERRING.contains(s.token(c.start() - 2).text().toLowerCase(Locale.ROOT));
                if (inside && (actor && !tail && (c.priority() == PRIORITY_GAZETTEER || titled) || referred)
                        && out.stream().noneMatch(k -> crosses(c, k))) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Whether two spans overlap without one containing the other (or are the same span). */
    private static boolean crosses(Candidate a, Candidate b) {
        boolean overlap = a.start() < b.end() && b.start() < a.end();
        boolean contains = a.start() <= b.start() && b.end() <= a.end() || b.start() <= a.start() && a.end() <= b.end();
        boolean same = a.start() == b.start() && a.end() == b.end();
        return overlap && (!contains || same);
    }
}
