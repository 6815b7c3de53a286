package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;

import org.diplokg.nlp.AnnotatedDocument;
import org.diplokg.nlp.Sentence;
import org.diplokg.nlp.Token;

/**
 * Extraction facade: mentions, dates and relations of one annotated document. Stateless after construction and
 * safe to share between threads.
 *
 * <pre>{@code
 * Extractor extractor = new Extractor(Gazetteer.load());
 * Extraction found = extractor.extract(annotatedDocument);
 * }</pre>
 */
public final class Extractor {
    private final Gazetteer gazetteer;

    public Extractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Parses a document's sentences on the tokens kept for each (see {@code NlpPipeline.parse}). */
    @FunctionalInterface
    public interface Parser {
        AnnotatedDocument parse(AnnotatedDocument doc, List<List<Integer>> keep);
    }

    public Extraction extract(AnnotatedDocument doc) {
        return extract(doc, (d, keep) -> d);
    }

    /**
     * Extraction with the dependency parse run once the titles are found: each agreement or event title of two or
     * more words is parsed as its head word alone, so the parser cannot hang the sentence's places and dates inside
     * it.
     */
    public Extraction extract(AnnotatedDocument unparsed, Parser parser) {
        MentionFinder.Result first = new MentionFinder(gazetteer).find(unparsed);
        // quoted titles are whole before the parse, so it sees them as their head word too
        List<Mention> titled = SignedNames.retype(unparsed, HeadingTitles.extend(unparsed, WrappedHeadings.join(unparsed,
                ListTitles.extend(unparsed, MeetingDocuments.extend(unparsed,
                        QuotedTitles.withoutActs(unparsed, QuotedTitles.extend(unparsed, first.mentions())))))));
        // dates come from the tokens' NER alone, so they are read once, before the parse that leaves datelines out
        List<DateMention> dates = dates(unparsed);
        AnnotatedDocument doc = parser.parse(unparsed,
                Datelines.outOfParse(unparsed, titled, dates, TitleHeads.keep(unparsed, titled)));
        MentionFinder.Result found = new MentionFinder.Result(described(doc, titled), first.acronyms());
        List<Relation> relations = new ArrayList<>();
        RelationFinder rules = new RelationFinder(gazetteer);
        DependencyRelations parsed = new DependencyRelations(gazetteer, found.mentions());
        for (Sentence s : doc.sentences()) {
            SentenceView view = new SentenceView(s, found.mentions(), dates);
            relations.addAll(rules.find(view));
            relations.addAll(parsed.find(view));
        }
        relations.addAll(Datelines.find(doc, found.mentions(), dates, relations));
        relations.addAll(Preambles.find(doc, found.mentions(), dates, relations));
        relations.addAll(ListItems.find(doc, found.mentions(), dates, relations));
        relations.addAll(SigningSets.find(doc, found.mentions(), dates, relations));
        relations.addAll(Ceremonies.find(doc, found.mentions(), relations));
        relations.addAll(DateRanges.endDates(found.mentions(), dates, relations));
        relations.addAll(EndorsedDocuments.find(found.mentions(), relations));
        relations.addAll(LeadersAdopted.find(doc, found.mentions(), relations));
        List<Relation> facts = List.copyOf(relations);   // the same fact from two rules is merged on resolving
        List<Mention> named = DescribedNames.specific(found.mentions(), facts, doc.document().text());
        return new Extraction(doc, named, dates, facts, found.acronyms());
    }

    /**
     * The titled mentions plus the agreements and events the sentences describe, in document order and numbered
     * again; a body that is only the name part of a described agreement ("the X Partnership agreement") goes.
     */
    static List<Mention> described(AnnotatedDocument doc, List<Mention> titled) {
        List<Mention> all = new ArrayList<>(titled);
        for (Sentence s : doc.sentences()) {
            List<Mention> found = DescribedMentions.find(s, all, doc.document().text(), all.size());
            for (Mention d : found) {
                // a generic title the described mention extends ("Memorandum of Understanding" + "on fisheries")
                all.removeIf(m -> m.sentence() == d.sentence() && m.kind() == d.kind() && DescribedMentions.generic(m)
                        && m.tokenStart() >= d.tokenStart() && m.tokenEnd() <= d.tokenEnd());
                // a body NER saw where the sentence says a document ("reports adopted ... include the X Review")
                all.removeIf(m -> m.sentence() == d.sentence() && m.kind() == EntityKind.ORGANIZATION
                        && m.rule().equals("ner") && d.kind() == EntityKind.AGREEMENT && m.tokenStart() >= d.tokenStart()
                        && m.tokenEnd() == d.tokenEnd());
                all.removeIf(m -> m.sentence() == d.sentence() && m.kind() == EntityKind.ORGANIZATION
                        && !m.rule().contains("gazetteer") && m.tokenStart() >= d.tokenStart()
                        && m.tokenEnd() == d.tokenEnd() - 1
                        && s.token(d.tokenEnd() - 1).lemma().equalsIgnoreCase(d.subtype()));
            }
            all.addAll(found);
            for (Mention d : found) {
                // "the extraordinary session of the X Conference of States Parties": the conference is the body
                all.replaceAll(m -> m.sentence() == d.sentence() && d.kind() == EntityKind.EVENT && m != d
                        && java.util.Set.of("session", "meeting", "sitting").contains(d.subtype()) && m.ordinal() == 0
                        && m.kind() == EntityKind.EVENT && m.tokenStart() > d.tokenStart()
                        && m.tokenEnd() <= d.tokenEnd() && s.token(m.tokenStart() - 1).lemma().equalsIgnoreCase("the")
                        && s.token(m.tokenStart() - 2).is("of") ? asBody(m) : m);
            }
        }
        all.sort(java.util.Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::tokenStart)
                .thenComparingInt(m -> -m.length()));
        all.removeIf(m -> takenUpTitle(doc, m, all));
        List<Mention> out = new ArrayList<>(all.size());
        for (Mention m : all) {
            out.add(m.withId(out.size()));
        }
        return bracketedAliases(doc, out);
    }

    /**
     * "The signing of this new Memorandum of Understanding will ...": a generic title after "the" or "this" (adjectives
     * between) takes up the agreement of that kind named before, as "the memorandum" does; it is no second document.
     */
    static boolean takenUpTitle(AnnotatedDocument doc, Mention m, List<Mention> all) {
        if (m.kind() != EntityKind.AGREEMENT || !m.rule().startsWith("title:") || !DescribedMentions.generic(m)) {
            return false;
        }
        Sentence s = doc.sentences().get(m.sentence());
        int k = m.tokenStart() - 1;
        while (k >= 0 && s.token(k).pos().startsWith("JJ")) {
            k--;
        }
        if (k < 0 || !java.util.Set.of("the", "this", "that")
                .contains(s.token(k).text().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        String head = m.subtype();
        return all.stream().anyMatch(a -> a != m && a.kind() == EntityKind.AGREEMENT
                && !(a.rule().startsWith("title:") && DescribedMentions.generic(a))
                && (a.sentence() < m.sentence() || a.sentence() == m.sentence() && a.tokenEnd() <= m.tokenStart())
                && (a.subtype().equals(head) || a.subtype().equals("memorandum") && head.equals("mou")));
    }

    /**
     * "the 32nd session of the Council at the Summit Level (Jeddah Summit)": an event named in brackets right after
     * an event (or its date: "... today (Jeddah Summit)") is the same one, by another name.
     */
    private static List<Mention> bracketedAliases(AnnotatedDocument doc, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int k = 1; k < out.size(); k++) {
            Mention m = out.get(k);
            if (m.kind() != EntityKind.EVENT || m.tokenStart() < 2) {
                continue;
            }
            Sentence s = doc.sentences().get(m.sentence());
            if (!s.token(m.tokenStart() - 1).text().matches("\\(|-LRB-") || m.tokenEnd() >= s.size()
                    || !s.token(m.tokenEnd()).text().matches("\\)|-RRB-")) {
                continue;
            }
            for (int j = k - 1; j >= 0 && out.get(j).sentence() == m.sentence(); j--) {
                Mention e = out.get(j);
                int gap = e.tokenEnd();
                while (gap < m.tokenStart() - 1 && s.token(gap).ner().equals("DATE")) {
                    gap++;   // "... at the Summit Level today (Jeddah Summit)"
                }
                if (e.kind() == EntityKind.EVENT && gap == m.tokenStart() - 1) {
                    out.set(k, new Mention(m.id(), m.kind(), e.subtype(), m.text(), e.canonical(), m.sentence(),
                            m.tokenStart(), m.tokenEnd(), m.begin(), m.end(), e.ordinal(), e.series(),
                            m.confidence(), m.rule() + "+bracketed-alias"));
                    break;
                }
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern WEEKDAY = java.util.regex.Pattern.compile(
            "(?i)(?:on\\s+|last\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day");

    /**
     * "The forum was held on Tuesday" in a report of Friday: SUTime reads a bare weekday as that day of the document
     * date's week (Monday to Sunday); in a sentence told in the past a day after the document's date is the one a week
     * before. The day of the week is counted here from the document's date rather than taken from SUTime, whose
     * reading depends on the documents it read before (CoreNLP issue 1061: one document gave 24 April alone and 17
     * April after another, so a build's output depended on the order its threads took the documents in).
     */
    static DateValue pastWeekday(AnnotatedDocument doc, Sentence s, String surface, DateValue v) {
        if (v.precision() != DateValue.Precision.DAY || !WEEKDAY.matcher(surface.strip()).matches()
                || doc.document().date().isEmpty()) {
            return v;
        }
        java.time.LocalDate published = doc.document().date().get();
        boolean last = surface.strip().toLowerCase(java.util.Locale.ROOT).startsWith("last");
        java.time.LocalDate day = last ? java.time.LocalDate.parse(v.lexical()) : published.with(dayOfWeek(surface));
        // told in the past: a past verb, or a participle of what was done ("The accord, signed on Monday, ...")
        boolean past = s.tokens().stream().anyMatch(t -> t.pos().equals("VBD") || t.pos().equals("VBN"))
                && s.tokens().stream().noneMatch(t -> t.lemma().equals("will") || t.lemma().equals("shall")
                    || t.text().equalsIgnoreCase("to"));
        if (past && day.isAfter(published)) {
            day = day.minusWeeks(1);
        }
        return new DateValue(day.toString(), DateValue.Precision.DAY);
    }

    /** The weekday a surface such as "on Thursday" names. */
    private static java.time.DayOfWeek dayOfWeek(String surface) {
        String lower = surface.strip().toLowerCase(java.util.Locale.ROOT);
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            if (lower.endsWith(d.name().toLowerCase(java.util.Locale.ROOT))) {
                return d;
            }
        }
        throw new IllegalArgumentException("no weekday in " + surface);
    }

    private static Mention asBody(Mention m) {
        return new Mention(m.id(), EntityKind.ORGANIZATION, "", m.text(), m.canonical(), m.sentence(), m.tokenStart(),
                m.tokenEnd(), m.begin(), m.end(), 0, "", m.confidence(), m.rule() + "+body");
    }

    /** Runs of DATE tokens that SUTime normalised to the same day, month or year. */
    static List<DateMention> dates(AnnotatedDocument doc) {
        List<DateMention> out = new ArrayList<>();
        List<DateMention> vague = new ArrayList<>();
        String text = doc.document().text();
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            int i = 0;
            while (i < toks.size()) {
                Token t = toks.get(i);
                if (!t.ner().equals("DATE")) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < toks.size() && toks.get(j).ner().equals("DATE")
                        && toks.get(j).normalized().equals(t.normalized())) {
                    j++;
                }
                int end = j;
                while (end > i + 1 && !Character.isLetterOrDigit(toks.get(end - 1).text().codePointAt(0))) {
                    end--;
                }
                final int last = end - 1;
                String surface = text.substring(toks.get(i).begin(), toks.get(last).end());
                final int first = i;
                if (last == i && DateRanges.notAYear(toks, i)) {
                    i = j;
                    continue;   // "resolution 2712", "Article 1945": a number, not a year
                }
                var found = DateValue.parse(DateRanges.withPublicationYear(doc.document(), t.normalized()))
                        .map(v -> pastWeekday(doc, s, surface, v))
                        .map(v -> DateRanges.of(s.index(), toks, text, first, last + 1, v));
                found.ifPresent(out::add);
                if (found.isEmpty() && last + 1 < toks.size() && toks.get(last + 1).text().equals("(")) {
                    vague.add(new DateMention(s.index(), first, last + 1, toks.get(first).begin(),
                            toks.get(last).end(), surface, null));   // "this week (March 10-12)"
                }
                j = Math.max(j, found.map(DateMention::tokenEnd).orElse(j));   // "May 2-3, 2024" takes its year
                i = j;
            }
        }
        return DateRanges.bracketedDays(doc, DateRanges.bracketedVague(out, vague), WEEKDAY);
    }
}
