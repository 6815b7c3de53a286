package org.diplokg.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.diplokg.rdf.DKG;

/**
 * The facts about an entity as plain sentences ("Kenya and Vietnam are parties to the Memorandum …", "… was held in
 * Nairobi on 2024-03-12"), one per relation and direction. Templates name the entity {@code {this}}, the other side
 * {@code {O}} (objects) or {@code {S}} (subjects), and choose {@code {singular|plural}} by the other side's count.
 */
final class FactSentences {
    private static final Map<String, String> OUTGOING = new LinkedHashMap<>();
    private static final Map<String, String> INCOMING = new LinkedHashMap<>();

    static {
        OUTGOING.put(DKG.issuedBy.getURI(), "{this} was issued by {O}.");
        OUTGOING.put(DKG.party.getURI(), "{O} {is a party|are parties} to {this}.");
        OUTGOING.put(DKG.adoptedAt.getURI(), "{this} was adopted at {O}.");
        OUTGOING.put(DKG.host.getURI(), "{this} was hosted by {O}.");
        OUTGOING.put(DKG.participant.getURI(), "{O} took part in {this}.");
        OUTGOING.put(DKG.partOf.getURI(), "{this} is part of {O}.");
        OUTGOING.put(DKG.memberOf.getURI(), "{this} is a member of {O}.");
        OUTGOING.put(DKG.locatedIn.getURI(), "{this} is in {O}.");
        OUTGOING.put(DKG.affiliation.getURI(), "{this} is affiliated with {O}.");

        INCOMING.put(DKG.party.getURI(), "{this} is a party to {S}.");
        INCOMING.put(DKG.issuedBy.getURI(), "{this} issued {S}.");
        INCOMING.put(DKG.adoptedAt.getURI(), "{S} {was|were} adopted at {this}.");
        INCOMING.put(DKG.host.getURI(), "{this} hosted {S}.");
        INCOMING.put(DKG.participant.getURI(), "{this} took part in {S}.");
        INCOMING.put(DKG.inSeries.getURI(), "{S} {is an edition|are editions} of {this}.");
        INCOMING.put(DKG.partOf.getURI(), "{S} {is|are} part of {this}.");
        INCOMING.put(DKG.memberOf.getURI(), "{S} {is a member|are members} of {this}.");
        INCOMING.put(DKG.locatedIn.getURI(), "{S} {is|are} in {this}.");
        INCOMING.put(DKG.affiliation.getURI(), "{S} {is|are} affiliated with {this}.");
    }

    private final Render render;

    FactSentences(Render render) {
        this.render = render;
    }

    /** Writes the sentences as a list; writes nothing and answers false when there are none. */
    boolean write(Html h, Resources.Entity e) {
        List<Runnable> items = new ArrayList<>();
        sentences(h, e, items);
        if (items.isEmpty()) {
            return false;
        }
        h.open("ul", "class", "sentences");
        for (Runnable item : items) {
            h.open("li");
            item.run();
            h.close("li");
        }
        h.close("ul");
        return true;
    }

    private void sentences(Html h, Resources.Entity e, List<Runnable> items) {
        Optional<String> date = e.literal(DKG.date.getURI());
        Optional<String> end = e.literal(DKG.endDate.getURI());
        List<Resources.Value> where = e.out(DKG.location.getURI());
        if (e.kind() == Kind.EVENT && (date.isPresent() || !where.isEmpty())) {
            String verb = date.map(FactSentences::isFuture).orElse(false) ? "{this} is to be held" : "{this} was held";
            String t = verb + (where.isEmpty() ? "" : " in {O}") + date.map(d -> " " + Render.when(d)).orElse("")
                    + end.map(d -> " until " + d).orElse("") + ".";
            items.add(() -> template(h, t, e, where));
        } else {
            if (!where.isEmpty()) {
                String t = switch (e.kind() == null ? Kind.PLACE : e.kind()) {
                    case AGREEMENT -> "{this} was signed in {O}.";
                    case ORGANIZATION -> "{this} is based in {O}.";
                    default -> "{this} is located in {O}.";
                };
                items.add(() -> template(h, t, e, where));
            }
            date.ifPresent(d -> items.add(() -> template(h, "{this} is dated " + d + ".", e, List.of())));
        }
        List<Resources.Value> series = e.out(DKG.inSeries.getURI());
        if (!series.isEmpty()) {
            Optional<String> ordinal = e.literal(DKG.ordinal.getURI());
            String t = ordinal.map(n -> "{this} is edition " + n + " of {O}.").orElse("{this} belongs to {O}.");
            items.add(() -> template(h, t, e, series));
        }
        OUTGOING.forEach((p, t) -> {
            List<Resources.Value> objects = e.out(p);
            if (!objects.isEmpty()) {
                items.add(() -> template(h, t, e, objects));
            }
        });
        INCOMING.forEach((p, t) -> {
            List<Resources.Value> subjects = e.in(p);
            if (!subjects.isEmpty()) {
                items.add(() -> template(h, t, e, subjects));
            }
        });
        List<Resources.Value> located = e.in(DKG.location.getURI());
        for (Kind k : List.of(Kind.EVENT, Kind.AGREEMENT, Kind.ORGANIZATION)) {
            List<Resources.Value> subjects = located.stream().filter(v -> v.kind() == k).toList();
            if (!subjects.isEmpty()) {
                String t = switch (k) {
                    case EVENT -> "{S} {was|were} held in {this}.";
                    case AGREEMENT -> "{S} {was|were} signed in {this}.";
                    default -> "{S} {is|are} based in {this}.";
                };
                items.add(() -> template(h, t, e, subjects));
            }
        }
    }

    /** Whether a date (ISO day, month or year) lies after today. */
    static boolean isFuture(String date) {
        String today = LocalDate.now().toString();
        return date.compareTo(today.substring(0, Math.min(date.length(), today.length()))) > 0;
    }

    private void template(Html h, String template, Resources.Entity e, List<Resources.Value> others) {
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                h.text(template.substring(i));
                break;
            }
            h.text(template.substring(i, open));
            int close = template.indexOf('}', open);
            String token = template.substring(open + 1, close);
            if (token.equals("this")) {
                h.el("strong", e.label());
            } else if (token.equals("O") || token.equals("S")) {
                list(h, others);
            } else {
                int bar = token.indexOf('|');
                h.text(others.size() == 1 ? token.substring(0, bar) : token.substring(bar + 1));
            }
            i = close + 1;
        }
    }

    /** "A", "A and B", "A, B and C". */
    private void list(Html h, List<Resources.Value> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                h.text(i == values.size() - 1 ? " and " : ", ");
            }
            render.value(h, values.get(i));
        }
    }
}
