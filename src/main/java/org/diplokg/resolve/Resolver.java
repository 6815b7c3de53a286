package org.diplokg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplokg.extract.DateValue;
import org.diplokg.extract.EntityKind;
import org.diplokg.extract.Extraction;
import org.diplokg.extract.Gazetteer;
import org.diplokg.extract.Mention;
import org.diplokg.extract.Names;
import org.diplokg.extract.OccasionForms;
import org.diplokg.extract.Predicate;
import org.diplokg.extract.Relation;

/**
 * Turns a document's mentions into entities with stable identities and its relations into facts.
 * <ul>
 *   <li>identity: the slug of the canonical name (a gazetteer name, an acronym's expansion, or the cleaned text),
 *       so the same entity gets the same IRI in every document; events by ordinal and series ("the Ninth BRICS
 *       Summit" and "the 9th BRICS Summit" are one event);</li>
 *   <li>a numbered or dated event is an instance of its series; an unnumbered mention of a name that is a series
 *       in the same document is the series;</li>
 *   <li>label: a gazetteer name when there is one, else the most frequent form, the longest on ties; the other
 *       forms and the acronyms become alternative labels.</li>
 * </ul>
 */
public final class Resolver {
    private final Gazetteer gazetteer;

    public Resolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private static final class Group {
        final EntityKind kind;
        final String slug;
        final List<Mention> mentions = new ArrayList<>();
        int ordinal;

        Group(EntityKind kind, String slug) {
            this.kind = kind;
            this.slug = slug;
        }
    }

    public ResolvedDocument resolve(Extraction x) {
        Set<String> seriesSlugs = new HashSet<>();
        for (Mention m : x.mentions()) {
            if (m.kind() == EntityKind.EVENT && !m.series().isEmpty()) {
                seriesSlugs.add(Slugs.of(m.series()));
            }
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<Integer, String> mentionEntity = new HashMap<>();
        Map<String, String> seriesOf = new HashMap<>();
        List<Fact> facts = new ArrayList<>();
        Map<String, String> variants = Variants.targets(x.mentions(), gazetteer, x.acronyms());
        Map<String, String> labelOf = new HashMap<>();
        Map<String, String> numbered = new HashMap<>();
        Map<String, Set<String>> instances = new HashMap<>();   // series slug -> slugs of its numbered instances
        for (Mention m : x.mentions()) {
            if (m.kind() == EntityKind.EVENT && m.ordinal() > 0 && !m.series().isEmpty()) {
                instances.computeIfAbsent(Slugs.of(m.series()), k -> new HashSet<>()).add(numberedSlug(m, numbered, x));
            }
        }
        Set<Integer> held = new HashSet<>();        // mentions dated, placed or hosted
        Set<String> heldSlugs = new HashSet<>();    // the entities of those, their last day counting too
        for (Relation r : x.relations()) {
            boolean heldFact = Set.of(Predicate.DATE, Predicate.LOCATION, Predicate.HOST).contains(r.predicate());
            if (heldFact) {
                held.add(r.subject());
            }
            if (heldFact || r.predicate() == Predicate.END_DATE) {
                Mention e = x.mention(r.subject());
                heldSlugs.add(Slugs.of(Variants.target(variants, e).orElse(e.canonical())));
            }
        }
        for (Mention m : x.mentions()) {
            EntityKind kind = m.kind();
            String slug;
            Set<String> instance = kind == EntityKind.EVENT && m.ordinal() == 0 && m.series().isEmpty()
                    ? instances.getOrDefault(Slugs.of(m.canonical().replaceAll("\\s*\\([^)]*\\)", "")), Set.of())
                    : Set.of();
            if (kind == EntityKind.EVENT && m.ordinal() > 0 && !m.series().isEmpty()) {
                slug = numberedSlug(m, numbered, x);
            } else if (instance.size() == 1 && held.contains(m.id())
                    && !recurring(x.annotated().document().text(), m) && !SERIES_CUES.matcher(
                            x.annotated().sentenceText(x.annotated().sentences().get(m.sentence()))).find()) {
                // "The ASEAN Plus Three (APT) Summit ... was held on 20 November 2007 in Singapore" in the statement
                // of the 11th one: a series name said of a held meeting is the document's one numbered instance
                slug = instance.iterator().next();
            } else {
                String target = Variants.target(variants, m).orElse(m.canonical());
                slug = Slugs.of(target);
                if (!target.equals(m.canonical())) {
                    labelOf.put(kind.pathSegment() + "/" + slug, target);
                }
            }
            if (kind == EntityKind.EVENT && m.series().isEmpty()
                    && (seriesSlugs.contains(slug) || recurring(x.annotated().document().text(), m)
                        || unheld(m, slug, heldSlugs))) {
                kind = EntityKind.EVENT_SERIES;
            }
            String key = kind.pathSegment() + "/" + slug;
            EntityKind groupKind = kind;
            Group g = groups.computeIfAbsent(key, k -> new Group(groupKind, slug));
            g.mentions.add(m);
            g.ordinal = Math.max(g.ordinal, m.ordinal());
            mentionEntity.put(m.id(), key);
            if (kind == EntityKind.EVENT && !m.series().isEmpty()) {
                // one series per event: two spellings of a merged instance keep the first one's series
                String seriesKey = seriesOf.computeIfAbsent(key,
                        k -> EntityKind.EVENT_SERIES.pathSegment() + "/" + Slugs.of(m.series()));
                facts.add(new Fact(key, Predicate.IN_SERIES, seriesKey, null, m.sentence(), m.confidence(),
                        "event-series"));
                if (m.ordinal() > 0) {
                    facts.add(new Fact(key, Predicate.ORDINAL, null, m.ordinal(), m.sentence(), m.confidence(),
                            "event-ordinal"));
                }
            }
        }
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            entities.add(entity(e.getValue(), x, labelOf.get(e.getKey())));
        }
        addSeriesEntities(x, entities, seriesOf);
        for (Relation r : x.relations()) {
            String s = mentionEntity.get(r.subject());
            if (r.date() != null) {
                facts.add(new Fact(s, r.predicate(), null, r.date(), r.sentence(), r.confidence(), r.rule()));
            } else {
                String o = mentionEntity.get(r.object());
                boolean toSeries = r.predicate() == Predicate.ADOPTED_AT
                        && o.startsWith(EntityKind.EVENT_SERIES.pathSegment() + "/");
                if (!s.equals(o) && !toSeries) {   // adopted at one meeting, not at a series of them
                    facts.add(new Fact(s, r.predicate(), o, null, r.sentence(), r.confidence(), r.rule()));
                }
            }
        }
        for (Mention m : x.mentions()) {
            // "the 2019 China-Germany Dialogue on the Internet Economy": the year in the name is when it was held.
            Matcher year = LEADING_YEAR.matcher(m.text());
            if (m.kind() == EntityKind.EVENT && m.ordinal() == 0 && !m.series().isEmpty() && year.find()) {
                DateValue.parse(year.group(1)).ifPresent(d -> facts.add(new Fact(
                        mentionEntity.get(m.id()), Predicate.DATE, null, d, m.sentence(), 0.85, "year-in-name")));
            }
        }
        facts.addAll(fromAdoptingEvent(facts));
        return new ResolvedDocument(x, entities, oneDate(dedupe(facts)), mentionEntity);
    }

    private Entity entity(Group g, Extraction x, String fullest) {
        Map<String, String> acronyms = x.acronyms();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<String> forms = new LinkedHashSet<>();
        String gazetteerName = null;
        String subtype = "";
        for (Mention m : g.mentions) {
            if (g.ordinal == 0 || m.ordinal() > 0) {
                counts.merge(m.canonical(), 1, Integer::sum);   // a numbered event is labelled by its number
            }
            forms.add(g.kind == EntityKind.PERSON ? Names.personName(m.text()) : Names.clean(m.text()));
            if (m.rule().contains("gazetteer")) {
                gazetteerName = m.canonical();
            }
            if (subtype.isEmpty()) {
                subtype = m.subtype();
            }
        }
        String label = gazetteerName != null ? gazetteerName : fullest != null ? fullest : counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> e.getKey().length()))
                .orElseThrow().getKey();
        Set<String> alt = new LinkedHashSet<>(forms);
        g.mentions.forEach(m -> alt.add(m.canonical()));
        if (g.kind == EntityKind.AGREEMENT) {
            forms.forEach(f -> withoutSides(f).ifPresent(alt::add));
        }
        g.mentions.forEach(m -> OccasionForms.of(x.annotated(), m).ifPresent(alt::add));
        for (Map.Entry<String, String> a : acronyms.entrySet()) {
            if (Names.key(a.getValue()).equals(Names.key(label))) {
                alt.add(a.getKey());
            }
        }
        gazetteer.lookup(label).ifPresent(e -> {
            if (e.name().equals(label)) {
                alt.addAll(e.acronyms());
            }
        });
        alt.remove(label);
        alt.removeIf(String::isBlank);
        return new Entity(g.kind, g.slug, subtype, label, alt,
                g.mentions.stream().map(Mention::id).toList(), g.ordinal);
    }

    /**
     * "44th Regular Session of OAS General Assembly" and "forty-fourth regular session of the OAS General Assembly"
     * are one event, and so are "45th Meeting of ... CARICOM" and "45th Meeting of ... the Caribbean Community": the
     * series is keyed without articles, acronyms spelled out.
     */
    private String numberedSlug(Mention m, Map<String, String> numbered, Extraction x) {
        String key = m.ordinal() + " " + java.util.Arrays.stream(Variants.spellOut(m.series(), gazetteer,
                x.acronyms()).split("[^\\p{L}\\p{N}]+")).map(Names::key).filter(w -> !w.isEmpty()
                && !Set.of("the", "a", "an").contains(w)).collect(java.util.stream.Collectors.joining(" "));
        for (Map.Entry<String, String> e : numbered.entrySet()) {
            if (!e.getKey().equals(key) && sameNumbered(e.getKey(), key)) {
                return e.getValue();
            }
        }
        return numbered.computeIfAbsent(key, k -> Slugs.of(Names.ordinalSuffix(m.ordinal()) + " "
                + m.series().replaceAll("(?i)\\b(the|a|an) ", "")));
    }

    /** "Every year since 2014, China has hosted the X Conference in Wuzhen": the sentence speaks of the series. */
    private static final Pattern SERIES_CUES = Pattern.compile("(?i)\\b(?:every|each) (?:\\w+ )?years?\\b|\\bannually\\b"
            + "|\\bfor (?:several|many|\\w+) years\\b|\\bsince (?:19|20)\\d\\d\\b|\\byearly\\b");

    private static final Pattern RECURRING_BEFORE = Pattern.compile(
            "(?i)\\b(?:several|series of|annual|regular|numerous|many|multiple|two|three|four|five|six|seven|eight"
            + "|nine|ten|\\d+)\\s+(?:the\\s+)?$");
    private static final Pattern RECURRING_AFTER = Pattern.compile(
            "^\\s*(?:\\([^)]*\\)\\s*)?(?:every year|each year|annually|every two years)\\b");
    private static final Pattern SEVERAL_TIMES = Pattern.compile(
            "(?i)\\b(?:several|many|multiple|numerous) times\\b|\\b(?:every|each) year\\b|\\bannually\\b");
    private static final Pattern OBSERVANCE = Pattern.compile("(?i)\\b(?:week|day)$");
    private static final Pattern PLURAL_HEAD = Pattern.compile(
            "(?i)(?:summits|forums|fora|conferences|meetings|dialogues|roundtables|seminars|expos|sessions)$");

    private static final Set<String> FILLER = Set.of("of", "the", "and", "for", "on", "at", "in", "level");

    /**
     * "the 32nd session of the Arab League Council" and "the 32nd session of the Council of the League of Arab States"
     * in one document: the same number, the same kind of meeting and mostly the same words name one meeting. So do
     * "the sixth session of the Commission" and "the sixth session of the X Intergovernmental Commission on Trade":
     * every word of the short form is in the long one.
     */
    private static boolean sameNumbered(String a, String b) {
        String[] wa = a.split(" ");
        String[] wb = b.split(" ");
        if (wa.length < 3 || wb.length < 3 || !wa[0].equals(wb[0]) || !wa[1].equals(wb[1])) {
            return false;   // the ordinal, then the meeting's head word ("session", "regular"), must agree
        }
        Set<String> sa = new HashSet<>(List.of(wa).subList(1, wa.length));
        Set<String> sb = new HashSet<>(List.of(wb).subList(1, wb.length));
        sa.removeAll(FILLER);
        sb.removeAll(FILLER);
        Set<String> common = new HashSet<>(sa);
        common.retainAll(sb);
        boolean shortForm = Math.min(sa.size(), sb.size()) >= 2 && (sb.containsAll(sa) || sa.containsAll(sb));
        return shortForm || common.size() >= 3 && common.size() * 4 >= 3 * Math.min(sa.size(), sb.size());
    }

    /**
     * "The APT is complementary to the East Asia Summit": a titled meeting without number or year that the document
     * neither dates, places nor hosts is the recurring event, not one of its meetings.
     */
    private static boolean unheld(Mention m, String slug, Set<String> heldSlugs) {
        return m.ordinal() == 0 && m.rule().startsWith("title:") && !m.canonical().matches(".*\\d.*")
                && !heldSlugs.contains(slug);
    }

    /** "five China-Russia Internet Media Forum", "China-UK Internet Roundtables", "the X, held every year". */
    private static boolean recurring(String text, Mention m) {
        String before = text.substring(Math.max(0, m.begin() - 30), m.begin());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
        String clause = text.substring(m.end(), Math.min(text.length(), m.end() + 80)).split("[.;\n]", 2)[0];
        return RECURRING_BEFORE.matcher(before).find() || RECURRING_AFTER.matcher(after).find()
                || PLURAL_HEAD.matcher(m.text()).find() || OBSERVANCE.matcher(m.text()).find()
                || SEVERAL_TIMES.matcher(clause).find();
    }

    /** Series named only through their instances ("the Ninth BRICS Summit" names the BRICS Summit series). */
    private static void addSeriesEntities(Extraction x, List<Entity> entities, Map<String, String> seriesOf) {
        Set<String> present = new HashSet<>();
        entities.forEach(e -> present.add(e.key()));
        Map<String, String> names = new LinkedHashMap<>();
        for (Mention m : x.mentions()) {
            if (m.kind() == EntityKind.EVENT && !m.series().isEmpty()) {
                String key = EntityKind.EVENT_SERIES.pathSegment() + "/" + Slugs.of(m.series());
                names.putIfAbsent(key, m.series());
            }
        }
        for (Map.Entry<String, String> n : names.entrySet()) {
            if (present.add(n.getKey())) {
                entities.add(new Entity(EntityKind.EVENT_SERIES, Slugs.of(n.getValue()), "", n.getValue(), Set.of(),
                        List.of(), 0));
            }
        }
    }

    /**
     * "memorandum of understanding on labour mobility between A and B": what the document is about comes before
     * "between", and the sides after it are its parties (facts of their own).
     */
    private static final Pattern SIDES = Pattern.compile("^(.+?\\S) between \\S.*$");
    /** A qualifier that makes the words before "between" one document's: "on X", "for X", "in the field of X". */
    private static final Pattern ABOUT = Pattern.compile("\\s(on|for|in|concerning|regarding|to)\\s\\S");

    /**
     * The name of an agreement without the sides it is "between", when the words before say what it is about
     * ("Protocol on cooperation in veterinary control between the Ministry of A and the Ministry of B"): the shorter
     * form a reader uses for it, kept as an alternative label. A bare kind ("Memorandum of Understanding between A
     * and B", "Twinning Agreement between ...") keeps its sides.
     */
    static Optional<String> withoutSides(String name) {
        Matcher m = SIDES.matcher(name);
        if (!m.matches() || !ABOUT.matcher(m.group(1)).find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).strip());
    }

    private static final Pattern LEADING_YEAR = Pattern.compile(
            "^(?:the\\s+)?((?:19|20)\\d\\d)\\s");

    /**
     * An agreement adopted at an event, with no date or place of its own, takes the event's: "It adopted the
     * Qingdao Declaration" after "the Conference ... in Qingdao" in May 2015. The evidence is the sentence that
     * dates or places the event; the confidence is lower than either fact's.
     */
    private static List<Fact> fromAdoptingEvent(List<Fact> facts) {
        List<Fact> out = new ArrayList<>();
        for (Fact adopted : facts) {
            if (adopted.predicate() != Predicate.ADOPTED_AT) {
                continue;
            }
            for (Predicate p : List.of(Predicate.DATE, Predicate.LOCATION)) {
                boolean own = facts.stream().anyMatch(f -> f.subject().equals(adopted.subject()) && f.predicate() == p);
                if (own) {
                    continue;
                }
                // An event of several days dates its agreements to the month only.
                boolean severalDays = facts.stream().anyMatch(f -> f.subject().equals(adopted.object())
                        && f.predicate() == Predicate.END_DATE);
                // an event known only by its last day ("concluded on Friday with the release of the communiqué")
                // dates what it released on that day
                boolean dated = facts.stream().anyMatch(f -> f.subject().equals(adopted.object())
                        && f.predicate() == Predicate.DATE);
                Predicate from = p == Predicate.DATE && !dated ? Predicate.END_DATE : p;
                facts.stream().filter(f -> f.subject().equals(adopted.object()) && f.predicate() == from)
                        .max(Comparator.comparingDouble(Fact::confidence))
                        .ifPresent(f -> out.add(new Fact(adopted.subject(), p, f.object(),
                                severalDays && from == p && f.value() instanceof DateValue d
                                        ? d.toMonth() : f.value(), f.sentence(),
                                Math.min(f.confidence(), adopted.confidence()) * 0.8,
                                (p == Predicate.DATE ? "date" : "location") + "-of-adopting-event")));
            }
        }
        return out;
    }

    /**
     * One date per agreement or event where the rules give it {@link #CONFUSED_DATES} or more: a document is signed,
     * and a meeting opens, on one day, and so many dates say the rules took other things' dates (two may be true: a
     * convention adopted in December and signed in March). The most confident is kept (the earlier sentence on a
     * tie), or a more precise date it agrees with ("2025-06" and "2025-06-18": the day); every fact of that date
     * stays, the others' go. With fewer dates, a date that another one tells more precisely goes ("2021" beside
     * "2021-05-20": a year before the name and the day of signing are one date).
     */
    /** Dates of one entity from which on the rules are taken to be confused, not telling two real dates. */
    static final int CONFUSED_DATES = 3;

    static List<Fact> oneDate(List<Fact> facts) {
        Map<String, Fact> best = new LinkedHashMap<>();
        Map<String, Set<String>> values = new HashMap<>();   // each subject's dates, in the facts' order
        for (Fact f : facts) {
            if (f.predicate() == Predicate.DATE && f.value() instanceof DateValue d) {
                best.merge(f.subject(), f, (a, b) -> b.confidence() > a.confidence()
                        || b.confidence() == a.confidence() && b.sentence() < a.sentence() ? b : a);
                values.computeIfAbsent(f.subject(), k -> new LinkedHashSet<>()).add(d.lexical());
            }
        }
        Map<String, String> kept = new HashMap<>();
        best.forEach((subject, f) -> {
            if (values.get(subject).size() < CONFUSED_DATES) {
                return;
            }
            String day = ((DateValue) f.value()).lexical();
            for (String v : values.get(subject)) {
                if (v.startsWith(day) && v.length() > day.length()) {
                    day = v;   // a more precise date it agrees with
                }
            }
            kept.put(subject, day);
        });
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            if (f.predicate() != Predicate.DATE || !(f.value() instanceof DateValue d)) {
                out.add(f);
            } else if (kept.containsKey(f.subject()) ? d.lexical().equals(kept.get(f.subject()))
                    : !coarser(d.lexical(), values.get(f.subject()))) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether {@code date} is another of {@code dates} told less precisely: "2021" beside "2021-05-20". */
    private static boolean coarser(String date, Set<String> dates) {
        for (String other : dates) {
            if (other.length() > date.length() && other.startsWith(date)) {
                return true;
            }
        }
        return false;
    }

    /** One fact per subject, predicate, object and sentence; the most confident rule is kept. */
    private static List<Fact> dedupe(List<Fact> facts) {
        Map<String, Fact> best = new LinkedHashMap<>();
        for (Fact f : facts) {
            String k = f.subject() + "|" + f.predicate() + "|" + f.object() + "|" + f.value() + "|" + f.sentence();
            best.merge(k, f, (a, b) -> a.confidence() >= b.confidence() ? a : b);
        }
        return new ArrayList<>(best.values());
    }
}
