package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Pins the canonical name {@link DescribedNames} gives a described agreement: its words, parties and date. */
class DescribedNamesTest {
    private static final DateValue MARCH_12 = DateValue.parse("2024-03-12").orElseThrow();

    /** The mentions of one sentence, with ids that are their positions, as the extractor numbers them. */
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();

    private Mention add(EntityKind kind, String words, String rule) {
        int id = mentions.size();
        int begin = id * 100;
        Mention m = new Mention(id, kind, kind == EntityKind.AGREEMENT ? "communiqué" : "", words, words, 0, id * 10,
                id * 10 + 2, begin, begin + words.length(), 0, "", 0.8, rule);
        mentions.add(m);
        return m;
    }

    private Mention described(String words) {
        return add(EntityKind.AGREEMENT, words, "described:signed-object");
    }

    private Mention country(String name) {
        return add(EntityKind.COUNTRY, name, "gazetteer");
    }

    private void party(Mention agreement, Mention... parties) {
        for (Mention p : parties) {
            relations.add(Relation.between(agreement, Predicate.PARTY, p, 0.85, "party/signer-is-subject"));
        }
    }

    private void dated(Mention m, DateValue d) {
        relations.add(Relation.dated(m, Predicate.DATE, d, 0.8, "date/signed-on"));
    }

    private String nameOf(Mention m) {
        return DescribedNames.specific(mentions, relations).get(m.id()).canonical();
    }

    @Test
    void aDescribedAgreementIsNamedByItsWordsSortedPartiesAndDate() {
        Mention c = described("joint communiqué");
        Mention norway = country("Norway");
        Mention chile = country("Chile");
        party(c, norway, chile);
        dated(c, MARCH_12);

        List<Mention> out = DescribedNames.specific(mentions, relations);
        assertEquals(mentions.size(), out.size());
        Mention named = out.get(0);
        assertEquals("joint communiqué between Chile and Norway, 2024-03-12", named.canonical());
        assertEquals(new Mention(c.id(), c.kind(), c.subtype(), c.text(), named.canonical(), c.sentence(),
                c.tokenStart(), c.tokenEnd(), c.begin(), c.end(), c.ordinal(), c.series(), c.confidence(), c.rule()),
                named, "only the canonical name changes; the words as written stay");
        assertSame(norway, out.get(1));
        assertSame(chile, out.get(2));
    }

    @Test
    void partiesTheWordsAlreadyNameAreNotRepeated() {
        Mention m = described("memorandum of understanding between Chile and Norway");
        party(m, country("Norway"), country("Chile"));
        dated(m, MARCH_12);
        assertEquals("memorandum of understanding between Chile and Norway, 2024-03-12", nameOf(m));
    }

    @Test
    void aPartyTheWordsDoNotNameIsAddedAfterThoseTheyDo() {
        Mention m = described("memorandum of understanding between Chile and Norway");
        party(m, country("Peru"), country("Norway"), country("Chile"));
        assertEquals("memorandum of understanding between Chile and Norway, Peru", nameOf(m));
    }

    @Test
    void theWordsAreMatchedWithoutRegardToCase() {
        Mention m = described("Chile-Norway fisheries memorandum");
        party(m, country("Chile"), country("Norway"));
        dated(m, MARCH_12);
        assertEquals("Chile-Norway fisheries memorandum, 2024-03-12", nameOf(m));
        Mention lower = described("chile fisheries memorandum");
        party(lower, mentions.get(1));
        assertEquals("chile fisheries memorandum", nameOf(lower), "nothing to add: the mention is kept");
    }

    @Test
    void oneThreeOrFourPartiesAreListedAndMoreAreLeftOut() {
        Mention one = described("joint communiqué");
        party(one, country("Chile"));
        assertEquals("joint communiqué between Chile", nameOf(one));

        Mention three = described("joint statement");
        party(three, country("Peru"), mentions.get(1), country("Argentina"));
        assertEquals("joint statement between Argentina, Chile and Peru", nameOf(three));

        Mention four = described("joint declaration");
        party(four, mentions.get(1), mentions.get(3), mentions.get(4), country("Bolivia"));
        assertEquals("joint declaration between Argentina, Bolivia, Chile and Peru", nameOf(four));

        Mention five = described("framework agreement");
        party(five, mentions.get(1), mentions.get(3), mentions.get(4), mentions.get(6), country("Uruguay"));
        dated(five, MARCH_12);
        assertEquals("framework agreement, 2024-03-12", nameOf(five), "too many sides to name: only the date");
    }

    @Test
    void aPartyStatedTwiceIsNamedOnce() {
        Mention m = described("joint communiqué");
        Mention chile = country("Chile");
        party(m, chile, chile, country("Norway"));
        assertEquals("joint communiqué between Chile and Norway", nameOf(m));
    }

    @Test
    void aDateAloneIsAddedAndTheFirstDateWins() {
        Mention m = described("joint communiqué");
        dated(m, MARCH_12);
        dated(m, DateValue.parse("2024-03-13").orElseThrow());
        assertEquals("joint communiqué, 2024-03-12", nameOf(m));
    }

    @Test
    void aMonthOrYearIsAddedAsWritten() {
        Mention m = described("joint communiqué");
        dated(m, DateValue.parse("2024-03").orElseThrow());
        assertEquals("joint communiqué, 2024-03", nameOf(m));
    }

    @Test
    void onlyTheMentionsOwnPartiesAndDateCount() {
        Mention first = described("joint communiqué");
        Mention second = described("action plan");
        Mention summit = add(EntityKind.EVENT, "Lima Summit", "gazetteer");
        Mention lima = add(EntityKind.PLACE, "Lima", "gazetteer");
        party(second, country("Chile"));
        dated(second, MARCH_12);
        relations.add(Relation.between(first, Predicate.ADOPTED_AT, summit, 0.8, "adoptedAt/at"));
        relations.add(Relation.between(first, Predicate.LOCATION, lima, 0.8, "location/in"));
        assertSame(first, DescribedNames.specific(mentions, relations).get(first.id()),
                "no party or date of its own: left as it is");
        assertEquals("action plan between Chile, 2024-03-12", nameOf(second));
    }

    @Test
    void aTitledAgreementIsLeftAlone() {
        Mention titled = add(EntityKind.AGREEMENT, "Oslo Fisheries Agreement", "title:capitalised");
        party(titled, country("Chile"), country("Norway"));
        dated(titled, MARCH_12);
        assertSame(titled, DescribedNames.specific(mentions, relations).get(0));
    }

    @Test
    void aDescribedEventInCommonWordsTakesItsPlaceAndDate() {
        Mention talks = add(EntityKind.EVENT, "talks on fisheries", "described:held-talks");
        relations.add(Relation.between(talks, Predicate.PARTICIPANT, country("Chile"), 0.8, "participant/x"));
        Mention oslo = add(EntityKind.PLACE, "Oslo", "gazetteer");
        relations.add(Relation.between(talks, Predicate.LOCATION, oslo, 0.8, "location/x"));
        dated(talks, MARCH_12);
        Mention renamed = DescribedNames.specific(mentions, relations).get(0);
        assertEquals("talks on fisheries in Oslo, 2024-03-12", renamed.canonical(), "participants do not name it");
        assertEquals("talks on fisheries", renamed.text());
    }

    @Test
    void aDescribedEventWithANameInItIsLeftAlone() {
        Mention meeting = add(EntityKind.EVENT, "meeting of the Nordic Council", "described:held-object");
        dated(meeting, MARCH_12);
        assertSame(meeting, DescribedNames.specific(mentions, relations).get(0));
    }

    @Test
    void aDescribedAgreementWithNothingToAddIsTheSameMention() {
        Mention m = described("joint communiqué");
        assertSame(m, DescribedNames.specific(mentions, relations).get(0));
    }

    @Test
    void aPartyWhoseNameIsPartOfAnotherWordIsStillNamed() {
        Mention m = described("memorandum of understanding between Nigeria and Benin");
        party(m, country("Nigeria"), country("Benin"), country("Niger"));
        dated(m, MARCH_12);
        assertEquals("memorandum of understanding between Nigeria and Benin, Niger, 2024-03-12", nameOf(m));
    }
}
