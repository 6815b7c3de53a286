package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
        List<Mention> titled = ListTitles.extend(unparsed, MeetingDocuments.extend(unparsed,
                QuotedTitles.withoutActs(unparsed, QuotedTitles.extend(unparsed, first.mentions()))));
        AnnotatedDocument doc = parser.parse(unparsed, TitleHeads.keep(unparsed, titled));
        MentionFinder.Result found = new MentionFinder.Result(described(doc, titled), first.acronyms());
        List<DateMention> dates = dates(doc);
        List<Relation> relations = new ArrayList<>();
        RelationFinder rules = new RelationFinder(gazetteer);
        DependencyRelations parsed = new DependencyRelations(gazetteer, found.mentions());
        for (Sentence s : doc.sentences()) {
            SentenceView view = new SentenceView(s, found.mentions(), dates);
            relations.addAll(rules.find(view));
            relations.addAll(parsed.find(view));
        }
        relations.addAll(Datelines.find(doc, found.mentions(), dates, relations));
        relations.addAll(ListItems.find(doc, found.mentions()));
        List<Relation> facts = List.copyOf(relations);   // the same fact from two rules is merged on resolving
        return new Extraction(doc, DescribedNames.specific(found.mentions(), facts), dates, facts,
                found.acronyms());
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
        List<Mention> out = new ArrayList<>(all.size());
        for (Mention m : all) {
            out.add(m.withId(out.size()));
        }
        return out;
    }

    /** The first token of "3 - 5 July 2023" when the date at {@code first} closes a range of days, else {@code first}. */
    private static int rangeFrom(List<Token> toks, int first) {
        if (first >= 2 && Set.of("-", "–", "—", "to").contains(toks.get(first - 1).text())
                && toks.get(first - 2).text().matches("\\d{1,2}") && toks.get(first).text().matches("\\d{1,2}")) {
            return first - 2;
        }
        return first;
    }

    /** The day {@code day} of the month of {@code v}, when that is a valid earlier day; else {@code v}. */
    private static DateValue startDay(DateValue v, String day) {
        if (v.precision() != DateValue.Precision.DAY) {
            return v;
        }
        int d = Integer.parseInt(day);
        int end = Integer.parseInt(v.lexical().substring(8));
        return d >= 1 && d < end ? new DateValue(v.lexical().substring(0, 8) + String.format("%02d", d),
                DateValue.Precision.DAY) : v;
    }

    private static final java.util.regex.Pattern WEEKDAY = java.util.regex.Pattern.compile(
            "(?i)(?:on\\s+|last\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day");

    /**
     * "The forum was held on Tuesday" in a report of Friday: SUTime reads a bare weekday as the coming one; in a
     * sentence told in the past it is the one before the document's date.
     */
    static DateValue pastWeekday(AnnotatedDocument doc, Sentence s, String surface, DateValue v) {
        if (v.precision() != DateValue.Precision.DAY || !WEEKDAY.matcher(surface.strip()).matches()
                || doc.document().date().isEmpty()) {
            return v;
        }
        java.time.LocalDate day = java.time.LocalDate.parse(v.lexical());
        java.time.LocalDate published = doc.document().date().get();
        boolean past = s.tokens().stream().anyMatch(t -> t.pos().equals("VBD"))
                && s.tokens().stream().noneMatch(t -> t.lemma().equals("will") || t.lemma().equals("shall"));
        if (past && day.isAfter(published)) {
            return new DateValue(day.minusWeeks(1).toString(), DateValue.Precision.DAY);
        }
        return v;
    }

    private static Mention asBody(Mention m) {
        return new Mention(m.id(), EntityKind.ORGANIZATION, "", m.text(), m.canonical(), m.sentence(), m.tokenStart(),
                m.tokenEnd(), m.begin(), m.end(), 0, "", m.confidence(), m.rule() + "+body");
    }

    /** Runs of DATE tokens that SUTime normalised to the same day, month or year. */
    static List<DateMention> dates(AnnotatedDocument doc) {
        List<DateMention> out = new ArrayList<>();
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
                final int first = i;
                int from = rangeFrom(toks, first);   // "3- 5 July 2023", "3 to 5 July": the range starts on the 3rd
                String surface = text.substring(toks.get(from).begin(), toks.get(last).end());
                DateValue.parse(t.normalized()).map(v -> pastWeekday(doc, s, surface, v))
                        .map(v -> from < first ? startDay(v, toks.get(from).text()) : v)
                        .ifPresent(v -> out.add(new DateMention(s.index(), from, last + 1, toks.get(from).begin(),
                                toks.get(last).end(), surface, v)));
                i = j;
            }
        }
        return out;
    }
}
