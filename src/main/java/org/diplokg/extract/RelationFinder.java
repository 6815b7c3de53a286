package org.diplokg.extract;

import static org.diplokg.extract.Clauses.AUX;

import java.util.List;

/**
 * Relation rules over one sentence's mentions: who signed or issued an agreement and when, where it was adopted;
 * where, when and by whom an event was held; sub-bodies, membership, containment of places, people's affiliations.
 * Every rule is local to a clause and states its confidence.
 *
 * <p>The rules themselves live in {@link AgreementRules}, {@link EventRules} and {@link AffiliationRules}, over the
 * shared clause reading of {@link Clauses}; this class runs them in a fixed order, since a relation found first
 * wins over a later duplicate, and keeps the antecedents of the document up to date. One instance per document.
 */
final class RelationFinder {
    private final SentenceRelations out = new SentenceRelations();
    private final Antecedents antecedents;
    private final Clauses clauses;
    private final AgreementRules agreements;
    private final EventRules events;
    private final AffiliationRules affiliations;

    RelationFinder(Gazetteer gazetteer) {
        this.antecedents = new Antecedents(gazetteer);
        this.clauses = new Clauses(antecedents, out);
        this.agreements = new AgreementRules(antecedents, clauses, out);
        this.events = new EventRules(antecedents, clauses, out);
        this.affiliations = new AffiliationRules(antecedents, clauses, out);
    }

    /** The relations of one sentence; sentences must come in document order (anaphora look back). */
    List<Relation> find(SentenceView v) {
        out.clear();
        antecedents.startSentence(v.sentence.index());
        for (Mention m : v.mentions) {
            switch (m.kind()) {
                case AGREEMENT -> agreements.agreement(v, m);
                case EVENT -> events.event(v, m);
                case ORGANIZATION -> affiliations.organization(v, m);
                case PERSON -> affiliations.person(v, m);
                case PLACE -> affiliations.place(v, m);
                default -> {
                }
            }
        }
        events.anaphoricEvents(v);
        affiliations.memberLists(v);
        affiliations.becameMember(v);
        remember(v);
        return out.found();
    }

    /** Tells the antecedents what this sentence named: its clause subject and its events, countries and bodies. */
    private void remember(SentenceView v) {
        for (int i = 0; i < v.size(); i++) {
            if (v.isVerb(i) && !AUX.contains(v.tok(i).lemma()) && v.endingAt(i) == null && !v.insideMention(i)
                    && antecedents.clauseSubject(clauses.subjectsBefore(v, i))) {
                break;
            }
        }
        antecedents.endSentence(v.mentions);
    }
}
