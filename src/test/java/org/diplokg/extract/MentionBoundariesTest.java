package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Where mentions start and end, on hand-tagged sentences of our own wording (no CoreNLP). */
class MentionBoundariesTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();

    private static List<Mention> find(String... sentences) {
        return new MentionFinder(GAZETTEER).find(HandTokens.document(sentences)).mentions();
    }

    private static Set<String> texts(List<Mention> ms, EntityKind kind) {
        return ms.stream().filter(m -> m.kind() == kind).map(Mention::text).collect(Collectors.toSet());
    }

    private static Set<String> canonicals(List<Mention> ms, EntityKind kind) {
        return ms.stream().filter(m -> m.kind() == kind).map(Mention::canonical).collect(Collectors.toSet());
    }

    @Test
    void aBodyStopsBeforeTheOfficeAndThePersonAfterIt() {
        List<Mention> ms = find("The African Development Bank ( AfDB ) President Mr. Tomas|PERSON Varga|PERSON and"
                + " Nordic Export Finance Bank President Ms. Ana|PERSON Ruiz|PERSON met in Nairobi .");
        assertTrue(texts(ms, EntityKind.ORGANIZATION).contains("Nordic Export Finance Bank"), ms.toString());
        assertTrue(texts(ms, EntityKind.ORGANIZATION).stream().noneMatch(t -> t.contains("President")));
        assertEquals(Set.of("Tomas Varga", "Ana Ruiz"), texts(ms, EntityKind.PERSON));
    }

    @Test
    void aComplementStopsBeforeAnOfficeWrittenAfterTheName() {
        List<Mention> ms = find("The Department of State Acting Assistant Secretary in the Bureau of Coastal Affairs"
                + " Jane|PERSON Roe|PERSON spoke .");
        assertTrue(texts(ms, EntityKind.ORGANIZATION).contains("Department of State"), ms.toString());
        assertTrue(texts(ms, EntityKind.ORGANIZATION).stream().noneMatch(t -> t.contains("Secretary")));
        assertEquals(Set.of("Jane Roe"), texts(ms, EntityKind.PERSON));
        // "Office of the High Commissioner": after an article the office is part of the body's name.
        assertTrue(texts(find("The Office of the High Commissioner for Tides opened ."), EntityKind.ORGANIZATION)
                .contains("Office of the High Commissioner for Tides"));
    }

    @Test
    void aSerialListOfCapitalisedWordsGoesOnTheName() {
        List<Mention> ms = find("Chile and Peru signed an Agreement on Cooperation in the Fields of Education , Culture"
                + " and Youth in Lima|CITY .");
        assertTrue(texts(ms, EntityKind.AGREEMENT).contains(
                "Agreement on Cooperation in the Fields of Education , Culture and Youth"), ms.toString());
        ms = find("It was signed by the Ministry of Employment , Productivity and Industrial Relations .");
        assertTrue(texts(ms, EntityKind.ORGANIZATION).contains(
                "Ministry of Employment , Productivity and Industrial Relations"), ms.toString());
        // ", and" with no item between coordinates two offices; an item that runs on into an office is no item
        ms = find("He is a Member of the Council of Ministers , and National Security Advisor .");
        assertTrue(texts(ms, EntityKind.ORGANIZATION).contains("Council of Ministers"), ms.toString());
        ms = find("The laws include the Data Security Law of Chile|COUNTRY , and Personal Information Protection"
                + " Law of Chile|COUNTRY .");
        assertTrue(texts(ms, EntityKind.AGREEMENT).contains("Data Security Law of Chile"), ms.toString());
        // two documents of one kind, each named
        ms = find("They recalled the Lima Protocol and Quito Protocol .");
        assertEquals(Set.of("Lima Protocol", "Quito Protocol"), texts(ms, EntityKind.AGREEMENT));
    }

    @Test
    void anotherCountrysBodyAfterAndIsAnotherBody() {
        List<Mention> ms = find("The memorandum is between Chile|COUNTRY 's Department of Labour and Workplace Relations"
                + " and Peru|COUNTRY 's Ministry of Employment .");
        assertTrue(texts(ms, EntityKind.ORGANIZATION).contains("Department of Labour and Workplace Relations"),
                ms.toString());
        assertTrue(texts(ms, EntityKind.ORGANIZATION).contains("Ministry of Employment"), ms.toString());
    }

    @Test
    void andBeforeAnOfficeEndsTheBody() {
        List<Mention> ms = find("He is a member of the Political Committee of the Harbour Party and Minister of"
                + " Fisheries of Freedonia .");
        assertTrue(texts(ms, EntityKind.ORGANIZATION).contains("Political Committee of the Harbour Party"),
                ms.toString());
        assertTrue(texts(ms, EntityKind.ORGANIZATION).stream().noneMatch(t -> t.contains("Minister")));
    }

    @Test
    void genericWordsAreNoName() {
        List<Mention> ms = find("The Council|ORGANIZATION met the State|ORGANIZATION on Foreign|ORGANIZATION"
                + " Affairs|ORGANIZATION and the MoU|ORGANIZATION .", "The Maritime|ORGANIZATION"
                + " Security|ORGANIZATION Council|ORGANIZATION and the Heads of State and Government met .");
        assertEquals(Set.of("Maritime Security Council"), texts(ms, EntityKind.ORGANIZATION));
    }

    @Test
    void spelledOutOrdinalsAreWholeWithTheirValue() {
        Mention m = find("The Twenty - first Andean Summit opened .").stream()
                .filter(x -> x.kind() == EntityKind.EVENT).findFirst().orElseThrow();
        assertEquals("Twenty - first Andean Summit", m.text());
        assertEquals(21, m.ordinal());
        assertEquals("Andean Summit", m.series());
        Mention n = find("Delegates opened the Thirty-sixth Reef Forum .").stream()
                .filter(x -> x.kind() == EntityKind.EVENT).findFirst().orElseThrow();
        assertEquals(36, n.ordinal());
        Mention o = find("The Forty - fifth meeting of the Reef Council closed .").stream()
                .filter(x -> x.kind() == EntityKind.EVENT).findFirst().orElseThrow();
        assertEquals(45, o.ordinal());
        assertTrue(o.text().startsWith("Forty"), o.text());
        assertEquals(Set.of(1, 20, 21, 36, 40, 99, 0), Set.of(Ordinals.wordValue("First"),
                Ordinals.wordValue("Twentieth"), Ordinals.wordValue("twenty-first"), Ordinals.wordValue("Thirty-sixth"),
                Ordinals.wordValue("Fortieth"), Ordinals.wordValue("Ninety-ninth"), Ordinals.wordValue("Twenty")));
        assertEquals(1, Ordinals.wordValue("inaugural"), "the inaugural X is the first of its series");
    }

    @Test
    void aHeadlineVerbEndsATitle() {
        List<Mention> ms = find("Coastal States Sign|O|VBP Harbour Safety Agreement",
                "Lunar|ORGANIZATION Accords|ORGANIZATION Reach|ORGANIZATION|VBP 40 Signatories");
        assertEquals(Set.of("Harbour Safety Agreement", "Lunar Accords"), texts(ms, EntityKind.AGREEMENT));
        assertTrue(texts(ms, EntityKind.ORGANIZATION).isEmpty(), ms.toString());
    }

    @Test
    void aVerbEndsAComplementOnlyInAHeadline() {
        List<Mention> ms = find("Peru and Chile signed the Framework Agreement on Data Flows|O|VBZ .",
                "Fifth Session of Reef Council Closes|O|VBZ with Adoption of Harbour Plan");
        assertTrue(texts(ms, EntityKind.AGREEMENT).contains("Framework Agreement on Data Flows"), ms.toString());
        assertTrue(texts(ms, EntityKind.EVENT).contains("Fifth Session of Reef Council"), ms.toString());
    }

    @Test
    void headquartersArePlaces() {
        List<Mention> ms = find("Talks were held at the UN headquarters .",
                "The exhibit opened at the Reef|ORGANIZATION Trust|ORGANIZATION Headquarters|ORGANIZATION building .");
        assertEquals(Set.of("UN headquarters", "Reef Trust Headquarters building"), texts(ms, EntityKind.PLACE));
        assertTrue(texts(ms, EntityKind.ORGANIZATION).contains("UN"));
    }

    @Test
    void formsOfAddressShortNamesAndSurnames() {
        List<Mention> ms = find("The talks were chaired by H.E.|PERSON Lin|PERSON Wei|PERSON and the"
                        + " Honourable|PERSON Mara|PERSON Quist|PERSON .",
                "Mr. Quist|PERSON thanked Lin|PERSON and Quist|ORGANIZATION closed .",
                "Prime Minister Abena|PERSON spoke ; Odu|PERSON did not .");
        assertEquals(Set.of("Lin Wei", "Mara Quist", "Abena"), canonicals(ms, EntityKind.PERSON));
        assertTrue(texts(ms, EntityKind.ORGANIZATION).isEmpty(), ms.toString());
        assertEquals(5, ms.stream().filter(m -> m.kind() == EntityKind.PERSON && !m.canonical().equals("Abena"))
                .count());
        assertEquals("Lin Wei", Names.personName("H.E. Lin Wei"));
        assertEquals("Mara Quist", Names.personName("Honourable Mara Quist"));
        assertEquals("U Tin Aye", Names.personName("H.E. U Tin Aye"));
        assertTrue(Names.titlesOnly("Crown Prince"));
    }

    @Test
    void personSpansThatAreNoPerson() {
        List<Mention> ms = find("Talks in Port|PERSON Verano|PERSON ended .", "Port|PERSON Verano|PERSON , Kenya ,"
                + " 3 May", "The Crown|PERSON Prince|PERSON and the Keeper|PERSON of|PERSON the|PERSON Seal|PERSON"
                + " came with Paul|PERSON “ Chip ” Duran .");
        assertEquals(Set.of("Port Verano"), texts(ms, EntityKind.PLACE));
        Set<String> people = canonicals(ms, EntityKind.PERSON);
        assertEquals(1, people.size(), people.toString());
        assertTrue(people.iterator().next().matches("Paul \" ?Chip ?\" Duran"), people.toString());
    }

    @Test
    void ownersInThePossessiveAreNotPartOfTheName() {
        List<Mention> ms = find("Staff of ADB|ORGANIZATION 's|ORGANIZATION Office|ORGANIZATION of|ORGANIZATION"
                + " Trade|ORGANIZATION Finance|ORGANIZATION came .", "The Board 's Audit Committee on Risk met .");
        assertTrue(texts(ms, EntityKind.ORGANIZATION).containsAll(Set.of("Office of Trade Finance",
                "Audit Committee on Risk")), ms.toString());
    }

    @Test
    void serialListsCountriesAndPeriods() {
        List<Mention> ms = find("Staff from the Budget , Planning , and Audit Department ; and others .",
                "The Regional Peace and Security Council met the Supreme Maritime Council of Kenya .",
                "Kenya holds the chair of the Harbour Union ( 2024 to 2026 ) at the 9th Harbour Council Ministerial .");
        Set<String> orgs = texts(ms, EntityKind.ORGANIZATION);
        assertTrue(orgs.containsAll(Set.of("Budget , Planning , and Audit Department",
                "Regional Peace and Security Council", "Supreme Maritime Council of Kenya", "Supreme Maritime Council",
                "Harbour Union", "Harbour Council")), orgs.toString());
        assertFalse(canonicals(ms, EntityKind.ORGANIZATION).contains("United Nations Security Council"));
        // Only a country is left out for the short form: "County Government" alone names no one body.
        assertFalse(texts(find("The County Government of Nairobi met ."), EntityKind.ORGANIZATION)
                .contains("County Government"));
    }

    @Test
    void anAcronymAfterAMeetingBelongsToTheKnownBodyThatEndsIt() {
        List<Mention> ms = find("The Sixth Meeting of the Conference of Leaders of the Caribbean Community ( CARICOM )"
                + " opened .", "CARICOM closed .");
        Mention last = ms.get(ms.size() - 1);
        assertEquals("CARICOM", last.text());
        assertEquals("Caribbean Community", last.canonical());
    }

    @Test
    void groupsOfStatesCurrenciesAndShortPlaces() {
        List<Mention> ms = find("The eight Polar|LOCATION States|LOCATION pledged US$ 5 .",
                "Delegates flew to Santa|LOCATION Lucia|LOCATION del|LOCATION Mar|LOCATION ; Santa|LOCATION was calm .");
        assertTrue(texts(ms, EntityKind.COUNTRY).isEmpty(), ms.toString());
        assertEquals(Set.of("Santa Lucia del Mar"), canonicals(ms, EntityKind.PLACE));
    }

    @Test
    void aYearRightAfterATitleIsInItsName() {
        List<Mention> ms = find("Ministers endorsed the Andean Water Agenda 2030 and signed the Lima Accord in 2024 .");
        assertEquals(Set.of("Andean Water Agenda 2030", "Lima Accord"), texts(ms, EntityKind.AGREEMENT));
    }

    @Test
    void aReportTitleOpensWithItsSubject() {
        List<Mention> ms = find("Ministers adopted the State of the Andean Glaciers Report and the Secretariat of the"
                + " Lima Convention met .");
        assertTrue(texts(ms, EntityKind.AGREEMENT).contains("State of the Andean Glaciers Report"), ms.toString());
    }

    @Test
    void aRegionAfterTheTopicOfAnAgreementIsInItsNameACityIsWhereItWasSigned() {
        List<Mention> ms = find("Ministers adopted the Action Plan on Ocean Litter in the Arctic and signed the Agreement"
                + " on Fisheries in Oslo .");
        assertEquals(Set.of("Action Plan on Ocean Litter in the Arctic", "Agreement on Fisheries"),
                texts(ms, EntityKind.AGREEMENT));
    }

    @Test
    void aPortfolioBodyStopsBeforeTheNameOfItsHolder() {
        // NER's 3-class model tags "Ministry of Health Ram Sharan Thapa" one organisation
        List<Mention> ms = find("The Director of the Ministry|ORGANIZATION of|ORGANIZATION Health|ORGANIZATION"
                + " Ram|ORGANIZATION Sharan|ORGANIZATION Thapa|ORGANIZATION signed the memorandum .");
        assertTrue(texts(ms, EntityKind.ORGANIZATION).contains("Ministry of Health"), ms.toString());
        assertEquals(Set.of("Ram Sharan Thapa"), texts(ms, EntityKind.PERSON));
        // a portfolio that goes on after "and", or words the document writes in lower case, are the body's name
        ms = find("The Ministry|ORGANIZATION of|ORGANIZATION Health|ORGANIZATION and|ORGANIZATION Human|ORGANIZATION"
                + " Services|ORGANIZATION met .");
        assertTrue(texts(ms, EntityKind.PERSON).isEmpty(), ms.toString());
        ms = find("The Ministry|ORGANIZATION of|ORGANIZATION Health|ORGANIZATION Care|ORGANIZATION"
                + " Services|ORGANIZATION met .", "It improves care services .");
        assertTrue(texts(ms, EntityKind.PERSON).isEmpty(), ms.toString());
    }
}
