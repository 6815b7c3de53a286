package org.diplokg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Member States adopted a resolution endorsing the Global Action Plan on X": the plan is adopted where and when the
 * resolution is, through it. A described resolution or decision whose own words endorse, approve, adopt or welcome a
 * document named inside them gives that document its event ({@code adoptedAt}) and its date, where the document has
 * none of its own.
 *
 * <pre>{@code
 * relations.addAll(EndorsedDocuments.find(mentions, relations));
 * }</pre>
 */
final class EndorsedDocuments {
    /** Heads of a document that carries others: "a resolution endorsing", "a decision approving". */
    private static final Set<String> CARRIERS = Set.of("resolution", "decision");
    private static final Pattern ENDORSING = Pattern.compile("\\b(?:endorsing|approving|adopting|welcoming)\\b");
    /** How much less sure a fact passed on is than the resolution's own. */
    private static final double PASSED_ON = 0.8;

    private EndorsedDocuments() {
    }

    static List<Relation> find(List<Mention> mentions, List<Relation> found) {
        List<Relation> out = new ArrayList<>();
        for (Mention carrier : mentions) {
            if (carrier.kind() != EntityKind.AGREEMENT || !carrier.rule().startsWith("described:")
                    || !CARRIERS.contains(carrier.subtype().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Matcher m = ENDORSING.matcher(carrier.text().toLowerCase(Locale.ROOT));
            if (!m.find()) {
                continue;
            }
            int from = carrier.begin() + m.end();
            for (Mention doc : mentions) {
                if (doc == carrier || doc.kind() != EntityKind.AGREEMENT || doc.sentence() != carrier.sentence()
                        || doc.begin() < from || doc.end() > carrier.end()) {
                    continue;
                }
                for (Predicate p : List.of(Predicate.ADOPTED_AT, Predicate.DATE)) {
                    if (Found.has(found, doc, p)) {
                        continue;
                    }
                    found.stream().filter(r -> r.subject() == carrier.id() && r.predicate() == p)
                            .max(Comparator.comparingDouble(Relation::confidence))
                            .ifPresent(r -> out.add(new Relation(doc.id(), p, r.object(), r.date(), r.sentence(),
                                    r.confidence() * PASSED_ON, "endorsed-by-" + carrier.subtype())));
                }
            }
        }
        return out;
    }
}
