package org.diplokg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.diplokg.nlp.AnnotatedDocument;
import org.diplokg.nlp.Sentence;

/**
 * What a document's dateline says about the events and agreements it is about. A dateline is a line (or the head of
 * the first lines) made of a place, perhaps its country and a date: "Chiang Mai, Thailand, 16th August 2024",
 * "Abuja, 22 December 2018.", "KATHMANDU, Aug 31 --".
 * <ul>
 *   <li>A dateline on a line of its own dates and places the document itself: the agreement titled above it (a
 *       communiqué, a statement) and the event the next sentence is about, where the text gives them no date or
 *       place of their own (rules {@code dateline-date}, {@code dateline-place}).</li>
 *   <li>A dateline that opens a news sentence gives the publication day and place, not the event's; only "here"
 *       in the first sentences points to its place ({@code dateline-here}).</li>
 *   <li>A dateline's city lies in the country after it ({@code dateline-located-in}); the dateline is left out of
 *       the sentence's parse ({@link #outOfParse}).</li>
 * </ul>
 */
final class Datelines {
    private static final int HEAD = 5;
    /** What ends a dateline's agency bracket ("MANILA (Reuters) -"). */
    private static final Set<String> DASHES = Set.of("—", "–", "-", "--", ":");
    private static final Set<String> SEPARATORS = java.util.stream.Stream.concat(DASHES.stream(),
            java.util.stream.Stream.of("(", ".")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private Datelines() {
    }

    static List<Relation> find(AnnotatedDocument doc, List<Mention> mentions, List<DateMention> dates,
            List<Relation> found) {
        List<Relation> out = new ArrayList<>();
        boolean placeOnly = false;
        for (Sentence s : doc.sentences()) {
            if (s.index() >= HEAD + (placeOnly ? 1 : 0)) {
                break;
            }
            int end = datelineEnd(s, mentions, dates, placeOnly);
            if (end < 0) {
                continue;
            }
            Mention place = firstPlace(mentions, s.index(), end);
            Mention wider = place == null || place.kind() != EntityKind.PLACE || place.tokenEnd() + 1 >= end
                    || !s.token(place.tokenEnd()).text().equals(",") ? null
                    : at(mentions, s.index(), place.tokenEnd() + 1);
            if (wider != null && wider.tokenEnd() <= end
                    && (wider.kind() == EntityKind.COUNTRY || wider.kind() == EntityKind.PLACE)) {
                // "HONIARA, Solomon Islands, 12 September 2025 –": the dateline's city lies in the place after it
                out.add(new Relation(place.id(), Predicate.LOCATED_IN, wider.id(), null, s.index(), 0.75,
                        "dateline-located-in"));
            }
            DateMention date = dates.stream().filter(d -> d.sentence() == s.index() && d.tokenEnd() <= end)
                    .findFirst().orElse(null);
            boolean standalone = end >= s.size() || onlyPunctuation(s, end);
            if (standalone) {
                List<Mention> targets = new ArrayList<>();
                mentions.stream().filter(m -> m.sentence() < s.index() && m.kind() == EntityKind.AGREEMENT)
                        .findFirst().ifPresent(targets::add);
                nextEvent(doc, mentions, s.index()).ifPresent(next -> {
                    targets.add(next);
                    Mention whole = wholeOf(mentions, next, s.index());
                    if (whole != next) {
                        targets.add(whole);   // the opening ceremony's day is the summit's first
                    }
                });
                for (Mention t : targets) {
                    if (date != null && !Found.has(found, t, Predicate.DATE)) {
                        out.add(new Relation(t.id(), Predicate.DATE, -1, date.value(), s.index(), 0.7,
                                "dateline-date"));
                    }
                    if (place != null && !Found.has(found, t, Predicate.LOCATION) && t.id() != place.id()) {
                        out.add(new Relation(t.id(), Predicate.LOCATION, place.id(), null, s.index(), 0.7,
                                "dateline-place"));
                    }
                }
            } else {
                if (date != null) {
                    out.addAll(leadDates(doc, mentions, dates, found, s, end, date));
                    if (place != null) {
                        out.addAll(leadPlaces(mentions, found, s, end, place));
                    }
                }
                for (Sentence h : doc.sentences().subList(s.index(), Math.min(doc.sentences().size(), s.index() + 2))) {
                    if (place == null) {
                        break;
                    }
                    boolean here = h.tokens().stream().anyMatch(t -> t.text().toLowerCase(Locale.ROOT).equals("here"));
                    Mention event = mentions.stream().filter(m -> m.sentence() == h.index()
                            && m.kind() == EntityKind.EVENT).findFirst().orElse(null);
                    if (here && event != null && !Found.has(found, event, Predicate.LOCATION)) {
                        out.add(new Relation(event.id(), Predicate.LOCATION, place.id(), null, h.index(), 0.7,
                                "dateline-here"));
                    }
                }
            }
            if (standalone && date == null && !placeOnly && s.size() <= 3) {
                // "BISHKEK. March 13 (Interfax) - ...": the sentence splitter cut the dateline after its place
                placeOnly = true;
                continue;
            }
            break;
        }
        return out;
    }

    /**
     * The token lists to parse with the dateline that opens one of the first sentences left out ("HANOI, 12 May 2026
     * –", "MANILA (Reuters) -"): the parser would join its place to the sentence ("... by A, and B" as "HANOI and
     * B"). Only a dateline with a date, or whose place is in capitals, so "Kenya – Uganda talks" stays whole.
     */
    static List<List<Integer>> outOfParse(AnnotatedDocument doc, List<Mention> mentions, List<DateMention> dates,
            List<List<Integer>> keep) {
        List<List<Integer>> out = new ArrayList<>(keep);
        for (Sentence s : doc.sentences()) {
            if (s.index() >= HEAD || s.index() >= keep.size()) {
                break;
            }
            int end = datelineEnd(s, mentions, dates, false);
            if (end <= 0 || end >= s.size() || onlyPunctuation(s, end)) {
                continue;
            }
            int stop = end;
            boolean dated = dates.stream().anyMatch(d -> d.sentence() == s.index() && d.tokenEnd() <= stop);
            String first = s.token(0).text();
            if (!dated && !(first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT)))) {
                continue;
            }
            int skip = end;
            if (s.token(skip).text().equals("(")) {
                int close = skip + 1;
                while (close < s.size() && close - skip <= 4 && !s.token(close).text().equals(")")) {
                    close++;
                }
                if (close >= s.size() || !s.token(close).text().equals(")")) {
                    continue;
                }
                skip = close + 1;
                if (skip < s.size() && DASHES.contains(s.token(skip).text())) {
                    skip++;
                }
            } else {
                skip++;
            }
            int from = skip;
            out.set(s.index(), keep.get(s.index()).stream().filter(i -> i >= from).toList());
        }
        return out;
    }

    private static final Set<String> ENDING = Set.of("conclude", "close", "end");
    private static final Set<String> LEAD_VERBS = Set.of("sign", "ink", "conclude", "adopt", "issue", "release",
            "launch", "endorse", "hold", "convene", "open", "close", "end", "begin", "kick", "meet", "host");

    /**
     * "MANILA (21 March 2019) - ... Mr. X and Mr. Y signed the Z Agreement": in the lead of a news report, what was
     * signed, adopted or held without a date of its own happened on the dateline's day ({@code dateline-lead}).
     */
    private static List<Relation> leadDates(AnnotatedDocument doc, List<Mention> mentions, List<DateMention> dates,
            List<Relation> found, Sentence dateline, int end, DateMention date) {
        List<Relation> out = new ArrayList<>();
        for (Sentence h : doc.sentences().subList(dateline.index(),
                Math.min(doc.sentences().size(), dateline.index() + 2))) {
            boolean ownDate = dates.stream().anyMatch(d -> d.sentence() == h.index()
                    && !(h.index() == dateline.index() && d.tokenEnd() <= end));
            if (ownDate) {
                continue;
            }
            for (org.diplokg.nlp.Dependency dep : h.dependencies()) {
                if (!leadArgument(h, dep, Set.of("obj", "nsubj:pass", "nsubj"))) {
                    continue;
                }
                Mention m = covering(mentions, h.index(), dep.dependent());
                // "The 54th X Summit concluded in Y": the dateline's day is the meeting's last, not its first
                boolean last = m != null && m.kind() == EntityKind.EVENT
                        && ENDING.contains(h.token(dep.governor()).lemma().toLowerCase(Locale.ROOT));
                Predicate p = last ? Predicate.END_DATE : Predicate.DATE;
                if (m != null && (m.kind() == EntityKind.AGREEMENT || m.kind() == EntityKind.EVENT)
                        && !Found.has(found, m, p) && !Found.has(out, m, p)) {
                    out.add(new Relation(m.id(), p, -1, date.value(), h.index(), 0.65,
                            last ? "dateline-lead-end" : "dateline-lead"));
                }
            }
        }
        return out;
    }

    /**
     * "LONDON, 4 March 2026 – The X Convention was opened for signature today at the headquarters of the IMO": what a
     * dated news lead says was signed, adopted or held, with no place in the lead and none anywhere in the document,
     * happened where the report was filed ({@code dateline-lead-place}). A lead that names a place of its own
     * ("welcomed the minister to Manila") leaves it to the rules.
     */
    private static List<Relation> leadPlaces(List<Mention> mentions, List<Relation> found, Sentence lead, int end,
            Mention place) {
        List<Relation> out = new ArrayList<>();
        boolean ownPlace = mentions.stream().anyMatch(m -> m.sentence() == lead.index() && m.tokenStart() >= end
                && (m.kind() == EntityKind.PLACE || m.kind() == EntityKind.COUNTRY
                    && lead.token(m.tokenStart() - 1).text().matches("(?i)in|at")));   // not a country that signs
        if (ownPlace) {
            return out;
        }
        Set<String> placed = new HashSet<>();   // by name: another mention of it may be placed
        for (Relation r : found) {
            if (r.predicate() == Predicate.LOCATION) {
                placed.add(mentions.get(r.subject()).canonical());
            }
        }
        for (org.diplokg.nlp.Dependency dep : lead.dependencies()) {
            if (!leadArgument(lead, dep, Set.of("obj", "nsubj:pass"))) {
                continue;
            }
            Mention m = covering(mentions, lead.index(), dep.dependent());
            if (m != null && (m.kind() == EntityKind.AGREEMENT || m.kind() == EntityKind.EVENT) && m.id() != place.id()
                    && !placed.contains(m.canonical()) && !Found.has(out, m, Predicate.LOCATION)) {
                out.add(new Relation(m.id(), Predicate.LOCATION, place.id(), null, lead.index(), 0.6,
                        "dateline-lead-place"));
            }
        }
        return out;
    }

    /** Whether {@code dep} is one of {@code relations} from a finite verb of the lead ({@link #LEAD_VERBS}). */
    private static boolean leadArgument(Sentence lead, org.diplokg.nlp.Dependency dep, Set<String> relations) {
        return dep.governor() >= 0 && relations.contains(dep.relation())
                && LEAD_VERBS.contains(lead.token(dep.governor()).lemma().toLowerCase(Locale.ROOT))
                && lead.token(dep.governor()).pos().matches("VB[DNZP]?");
    }

    private static Mention covering(List<Mention> mentions, int sentence, int i) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.sentence() == sentence && i >= m.tokenStart() && i < m.tokenEnd()
                    && (best == null || m.length() > best.length())) {
                best = m;
            }
        }
        return best;
    }

    /**
     * The token after the dateline that opens sentence {@code s}, or -1: a place first, then only places, countries,
     * dates, commas and a parenthesised agency, up to a separator or the end of the line.
     */
    private static int datelineEnd(Sentence s, List<Mention> mentions, List<DateMention> dates, boolean placeBefore) {
        Mention first = at(mentions, s.index(), 0);
        DateMention opening = dates.stream().filter(x -> x.sentence() == s.index() && x.tokenStart() == 0)
                .findFirst().orElse(null);
        int i;
        if (placeBefore && opening != null) {
            i = opening.tokenEnd();   // the date of a dateline whose place the sentence before holds
        } else if (first == null || first.kind() != EntityKind.PLACE && first.kind() != EntityKind.COUNTRY) {
            return -1;
        } else {
            i = first.tokenEnd();
        }
        while (i < s.size()) {
            Mention m = at(mentions, s.index(), i);
            int di = i;
            DateMention d = dates.stream().filter(x -> x.sentence() == s.index() && x.tokenStart() == di)
                    .findFirst().orElse(null);
            String w = s.token(i).text();
            if (m != null && (m.kind() == EntityKind.PLACE || m.kind() == EntityKind.COUNTRY)) {
                i = m.tokenEnd();
            } else if (d != null) {
                i = d.tokenEnd();
            } else if (w.equals(",") || s.token(i).ner().equals("DATE")) {
                i++;
            } else if (w.equals("(") && bracketedDate(s, dates, i) > 0) {
                i = bracketedDate(s, dates, i);   // "MANILA, PHILIPPINES (21 March 2019) - ..."
            } else if (SEPARATORS.contains(w)) {
                return i;
            } else {
                return -1;
            }
        }
        return i;
    }

    /** The token after "( date )" opening at {@code open}, or -1. */
    private static int bracketedDate(Sentence s, List<DateMention> dates, int open) {
        for (DateMention d : dates) {
            if (d.sentence() == s.index() && d.tokenStart() == open + 1 && d.tokenEnd() < s.size()
                    && s.token(d.tokenEnd()).text().equals(")")) {
                return d.tokenEnd() + 1;
            }
        }
        return -1;
    }

    private static boolean onlyPunctuation(Sentence s, int from) {
        for (int i = from; i < s.size(); i++) {
            if (Character.isLetterOrDigit(s.token(i).text().codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static java.util.Optional<Mention> nextEvent(AnnotatedDocument doc, List<Mention> mentions, int after) {
        for (Sentence n : doc.sentences()) {
            if (n.index() > after && n.size() >= 4) {
                return mentions.stream().filter(m -> m.sentence() == n.index() && m.kind() == EntityKind.EVENT)
                        .findFirst();
            }
        }
        return java.util.Optional.empty();
    }

    /** "The opening ceremony of the summit featured ...": a part of the meeting of its last noun. */
    private static final Pattern PART_OF = Pattern.compile(
            "(?i)(?:the\\s+)?(?:opening|closing|inaugural|plenary|final)?\\s*(?:ceremony|session|segment) of the"
                    + " (summit|meeting|conference|forum|session|assembly)");

    /**
     * The sentence after a dateline may open with a part of the meeting ("the opening ceremony of the summit"):
     * the dateline dates the meeting the title above it named too, when there is one.
     */
    private static Mention wholeOf(List<Mention> mentions, Mention next, int after) {
        var part = PART_OF.matcher(next.text().strip());
        if (!part.matches()) {
            return next;
        }
        String noun = part.group(1).toLowerCase(Locale.ROOT);
        Mention whole = null;
        for (Mention m : mentions) {
            if (m.sentence() <= after && m.kind() == EntityKind.EVENT
                    && (m.subtype().equalsIgnoreCase(noun) || m.canonical().toLowerCase(Locale.ROOT).contains(noun))) {
                whole = m;
            }
        }
        return whole != null ? whole : next;
    }

    private static Mention firstPlace(List<Mention> mentions, int sentence, int end) {
        return mentions.stream().filter(m -> m.sentence() == sentence && m.tokenEnd() <= end
                && (m.kind() == EntityKind.PLACE || m.kind() == EntityKind.COUNTRY)).findFirst().orElse(null);
    }

    private static Mention at(List<Mention> mentions, int sentence, int i) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.sentence() == sentence && m.tokenStart() == i && (best == null || m.length() > best.length())) {
                best = m;
            }
        }
        return best;
    }
}
