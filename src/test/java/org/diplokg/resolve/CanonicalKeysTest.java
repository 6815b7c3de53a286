package org.diplokg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.diplokg.extract.EntityKind;
import org.diplokg.extract.Gazetteer;
import org.junit.jupiter.api.Test;

/** Two documents naming one entity in two forms key it alike, each knowing only its own text and the gazetteer. */
class CanonicalKeysTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();

    private static String key(EntityKind kind, String label) {
        Entity e = new Entity(kind, Slugs.of(label), "", label, Set.of(), List.of(), 0);
        return CanonicalKeys.slugs(List.of(e), GAZETTEER).get(e.key());
    }

    @Test
    void aCountryQualifierIsNotPartOfTheKey() {
        assertEquals("cybersecurity-law", key(EntityKind.AGREEMENT, "Cybersecurity Law"));
        assertEquals("cybersecurity-law",
                key(EntityKind.AGREEMENT, "Cybersecurity Law of the People's Republic of China"));
    }

    @Test
    void aKnownBodyLeadingANameIsKeyedByItsAcronym() {
        assertEquals(key(EntityKind.AGREEMENT, "UN 2030 Agenda for Sustainable Development"),
                key(EntityKind.AGREEMENT, "United Nations 2030 Agenda for Sustainable Development"));
        assertEquals("sco-secretariat", key(EntityKind.ORGANIZATION, "SCO Secretariat"));
    }

    @Test
    void aBodyOrEventKeepsItsCountry() {
        assertEquals(key(EntityKind.EVENT, "18th National Congress of the Communist Party of China"),
                key(EntityKind.EVENT, "18th National Congress of Communist Party of China"));
        assertEquals("18th-national-congress-of-communist-party-of-china",
                key(EntityKind.EVENT, "18th National Congress of the Communist Party of China"));
    }

    @Test
    void ofTheIsKeyedAsOf() {
        assertEquals(key(EntityKind.EVENT, "National Congress of the Communist Party"),
                key(EntityKind.EVENT, "National Congress of Communist Party"));
    }

    @Test
    void gazetteerEntitiesPlacesAndCountriesKeepTheirSlugs() {
        assertEquals("united-nations", key(EntityKind.ORGANIZATION, "United Nations"));
        assertEquals("peoples-republic-of-china", key(EntityKind.PLACE, "People's Republic of China"));
    }

    @Test
    void twoCountriesLawsOfOneNameInOneDocumentKeepTheirOwnSlugs() {
        Entity a = new Entity(EntityKind.AGREEMENT, "data-law-of-kenya", "", "Data Law of Kenya", Set.of(), List.of(), 0);
        Entity b = new Entity(EntityKind.AGREEMENT, "data-law-of-ghana", "", "Data Law of Ghana", Set.of(), List.of(), 0);
        var slugs = CanonicalKeys.slugs(List.of(a, b), GAZETTEER);
        assertEquals("data-law-of-kenya", slugs.get(a.key()));
        assertEquals("data-law-of-ghana", slugs.get(b.key()));
    }
}
