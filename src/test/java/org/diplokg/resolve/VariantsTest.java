package org.diplokg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.diplokg.extract.EntityKind;
import org.diplokg.extract.Gazetteer;
import org.diplokg.extract.Mention;
import org.junit.jupiter.api.Test;

class VariantsTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();

    private static Mention m(int id, EntityKind kind, String name) {
        return new Mention(id, kind, "", name, name, 0, id, id + 1, id * 10, id * 10 + 5, 0, "", 0.8, "title");
    }

    private static String target(List<Mention> ms, Mention m) {
        return Variants.target(Variants.targets(ms, GAZETTEER, Map.of()), m).orElse(m.canonical());
    }

    @Test
    void countryQualifiedLawIsTheShortForm() {
        Mention shortForm = m(0, EntityKind.AGREEMENT, "Cybersecurity Law");
        Mention longForm = m(1, EntityKind.AGREEMENT, "Cybersecurity Law of the People's Republic of China");
        assertEquals(longForm.canonical(), target(List.of(shortForm, longForm), shortForm));
    }

    @Test
    void acronymSpelledOutAndOrganisationPrefix() {
        Mention un = m(0, EntityKind.AGREEMENT, "UN 2030 Agenda for Sustainable Development");
        Mention full = m(1, EntityKind.AGREEMENT, "United Nations 2030 Agenda for Sustainable Development");
        assertEquals(full.canonical(), target(List.of(un, full), un));
        Mention task = m(0, EntityKind.ORGANIZATION, "Digital Economy Task Force");
        Mention g20 = m(1, EntityKind.ORGANIZATION, "G20 Digital Economy Task Force");
        assertEquals(g20.canonical(), target(List.of(task, g20), task));
    }

    @Test
    void subtitleAndInvertedHeadAreTheLongForm() {
        Mention plain = m(0, EntityKind.AGREEMENT, "Declaration of Bergen");
        Mention subtitled = m(1, EntityKind.AGREEMENT, "Declaration of Bergen: Oceans for All");
        assertEquals(subtitled.canonical(), target(List.of(plain, subtitled), plain));
        Mention head = m(0, EntityKind.AGREEMENT, "Bergen Treaty");
        Mention of = m(1, EntityKind.AGREEMENT, "Treaty of Bergen");
        assertEquals(of.canonical(), target(List.of(head, of), head));
        assertTrue(Variants.sameName("Nordic Council", "Council of the Nordic", GAZETTEER));
        assertFalse(Variants.inverted("Bergen Treaty", "Treaty of Oslo"));
        assertFalse(Variants.subtitled("Declaration of Bergen", "Declaration of Bergenfield"));
    }

    @Test
    void sameWordsInAnotherOrderAreOneName() {
        Mention a = m(0, EntityKind.AGREEMENT, "United Nations 2030 Sustainable Development Agenda");
        Mention b = m(1, EntityKind.AGREEMENT, "United Nations 2030 Agenda for Sustainable Development");
        assertEquals(b.canonical(), target(List.of(a, b), a));
        assertFalse(Variants.sameName("Data Security Initiative", "Initiative on Data Security", GAZETTEER));
    }

    @Test
    void ambiguousOrDifferentKindsStayApart() {
        Mention law = m(0, EntityKind.AGREEMENT, "Data Law");
        Mention china = m(1, EntityKind.AGREEMENT, "Data Law of China");
        Mention russia = m(2, EntityKind.AGREEMENT, "Data Law of Russia");
        assertEquals("Data Law", target(List.of(law, china, russia), law));
        Mention org = m(0, EntityKind.ORGANIZATION, "Cybersecurity Law");
        Mention agreement = m(1, EntityKind.AGREEMENT, "Cybersecurity Law of China");
        assertEquals("Cybersecurity Law", target(List.of(org, agreement), org));
        assertTrue(Variants.targets(List.of(china), GAZETTEER, Map.of()).isEmpty());
    }
}
