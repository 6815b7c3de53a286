package org.diplokg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The identity of a described agreement or event is what makes it specific, not its words alone: "the joint
 * communiqué" of one signing is not that of another. Its canonical name (and so its IRI) becomes its words plus its
 * parties and its date, as the sentences state them: "joint communiqué between Chile and Norway, 2024-03-12". Two
 * documents describing the same signing give the same name; the words as written stay its mention. Described events
 * keep their words when an ordinal or a name in them tells them apart, else take their place and date.
 */
final class DescribedNames {
    private DescribedNames() {
    }

    static List<Mention> specific(List<Mention> mentions, List<Relation> relations) {
        return specific(mentions, relations, "");
    }

    /** As {@link #specific(List, List)}, with the document's text, where a title may be given a noun that takes up. */
    static List<Mention> specific(List<Mention> mentions, List<Relation> relations, String text) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean described = m.rule().startsWith("described:") && m.kind() == EntityKind.AGREEMENT;
            boolean plainEvent = m.rule().startsWith("described:") && m.kind() == EntityKind.EVENT
                    && m.ordinal() == 0 && m.text().equals(m.text().toLowerCase(Locale.ROOT));
            out.add(described ? rename(m, mentions, relations, text)
                    : plainEvent ? placed(m, mentions, relations) : m);
        }
        return out;
    }

    /**
     * "The arrangement, formally titled the Doha Agreement on X, was signed ...": a noun opening its sentence that
     * takes up an agreement ({@code anaphor-agreement-nouns}), then a verb that names it, right before the title.
     */
    private static final java.util.regex.Pattern NAMED_ANAPHOR = java.util.regex.Pattern.compile(
            "(?:^|[.!?\\n\"“]\\s*)(?:The|This) (?:" + String.join("|", Lexicon.words("anaphor-agreement-nouns"))
            + ")\\s*,\\s*(?:\\p{L}+ly\\s+)?(?:titled|entitled|called|named|dubbed|known as)\\s+(?:the\\s+)?$");

    /**
     * The title that names the agreement {@code m} describes by a noun taking it up in one of the next two sentences
     * ({@link #NAMED_ANAPHOR}), when no other agreement is described between them; or null.
     */
    private static Mention namedAfter(Mention m, List<Mention> mentions, String text) {
        for (Mention t : mentions) {
            if (t.kind() != EntityKind.AGREEMENT || !t.rule().startsWith("title:") || DescribedMentions.generic(t)
                    || t.sentence() <= m.sentence() || t.sentence() > m.sentence() + 2
                    || !NAMED_ANAPHOR.matcher(text.substring(Math.max(0, t.begin() - 80), t.begin())).find()) {
                continue;
            }
            boolean between = mentions.stream().anyMatch(o -> o != m && o.kind() == EntityKind.AGREEMENT
                    && (o.sentence() > m.sentence() || o.sentence() == m.sentence() && o.tokenStart() > m.tokenStart())
                    && o.begin() < t.begin());
            return between ? null : t;
        }
        return null;
    }

    /** Whether {@code words} name {@code party} as whole words ("Nigeria" does not name Niger). */
    private static boolean names(String words, String party) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(party)
                + "(?![\\p{L}\\p{N}])").matcher(words).find();
    }

    /**
     * "a ceremony" at the White House on 15 September 2020 is "ceremony in White House, 2020-09-15": an event
     * described in common words alone ("the signing ceremony", "ministerial talks") is told apart from another
     * document's by where and when it was held, as the sentences state them.
     */
    private static Mention placed(Mention m, List<Mention> mentions, List<Relation> relations) {
        String place = "";
        String date = "";
        for (Relation r : relations) {
            if (r.subject() == m.id() && r.predicate() == Predicate.LOCATION && place.isEmpty()) {
                place = mentions.get(r.object()).canonical();
            } else if (r.subject() == m.id() && r.predicate() == Predicate.DATE && date.isEmpty()) {
                date = r.date().lexical();
            }
        }
        StringBuilder sb = new StringBuilder(m.canonical());
        String signed = signedAt(m, mentions, relations);
        if (!signed.isEmpty()) {
            sb.append(" of ").append(signed);
        }
        if (!place.isEmpty() && !names(m.canonical(), place)) {
            sb.append(" in ").append(place);
        }
        if (!date.isEmpty()) {
            sb.append(", ").append(date);
        }
        return sb.length() == m.canonical().length() ? m : m.withCanonical(sb.toString());
    }

    /**
     * For a bare occasion ("the ceremony", {@code signing-occasions}), the name of the first document signed at it: a
     * ceremony is told apart from another by what was signed there ("ceremony of the X Convention").
     */
    private static final Set<String> SIGNING_OCCASIONS = Lexicon.words("signing-occasions");

    private static String signedAt(Mention m, List<Mention> mentions, List<Relation> relations) {
        if (!SIGNING_OCCASIONS.contains(m.canonical().toLowerCase(Locale.ROOT))) {
            return "";
        }
        for (Relation r : relations) {
            if (r.predicate() == Predicate.ADOPTED_AT && r.object() == m.id()) {
                return mentions.get(r.subject()).canonical();
            }
        }
        return "";
    }

    /**
     * The described agreements of the document in the same words as {@code m} and of no other date, {@code m} first:
     * "Kyrgyzstan, Tajikistan sign border treaty" and "... have signed a border treaty" are one treaty, whose parties
     * are those either sentence names.
     */
    private static List<Mention> sameWords(Mention m, List<Mention> mentions, List<Relation> relations, String date) {
        List<Mention> out = new ArrayList<>();
        out.add(m);
        String words = m.canonical().toLowerCase(Locale.ROOT);
        for (Mention o : mentions) {
            if (o != m && o.kind() == EntityKind.AGREEMENT && o.rule().startsWith("described:")
                    && o.canonical().toLowerCase(Locale.ROOT).equals(words)) {
                String other = dateOf(o, relations);
                if (date.isEmpty() || other.isEmpty() || other.equals(date)) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    private static String dateOf(Mention m, List<Relation> relations) {
        for (Relation r : relations) {
            if (r.subject() == m.id() && r.predicate() == Predicate.DATE) {
                return r.date().lexical();
            }
        }
        return "";
    }

    /** Words of a description, its first word or two left out, that tie it to a title they are inside. */
    private static final int WITHIN_TITLE = 4;

    /**
     * "the new ASEAN-India plan of action ... was adopted" and, later, "The new ASEAN-India Plan of Action (2021-2025)
     * was adopted": described words that begin a title of the same document are that document, or that are inside
     * one without their first word or two ({@link #WITHIN_TITLE} words or more left). Not generic words ("memorandum
     * of understanding"), which may begin several titles.
     */
    private static Mention titledForm(Mention m, List<Mention> mentions) {
        String words = m.canonical().toLowerCase(Locale.ROOT);
        if (DescribedMentions.generic(m) || words.split(" ").length < 3) {
            return null;
        }
        // "a three-year action plan on climate adaptation" is the "Barents Action Plan on Climate Adaptation
        // 2025–2028": without its first word or two, four words or more of it inside a title
        String[] w = words.split(" ");
        List<java.util.regex.Pattern> inside = new ArrayList<>();
        for (int k = 1; k <= 2 && w.length - k >= WITHIN_TITLE; k++) {
            inside.add(java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(
                    String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length))) + "(?![\\p{L}\\p{N}])"));
        }
        Mention found = null;
        for (Mention t : mentions) {
            String title = t.canonical().toLowerCase(Locale.ROOT);
            boolean begins = title.startsWith(words) && (title.length() == words.length()
                    || !Character.isLetterOrDigit(title.charAt(words.length())));
            if (t.kind() == EntityKind.AGREEMENT && t.rule().startsWith("title:") && !DescribedMentions.generic(t)
                    && (begins || inside.stream().anyMatch(p -> p.matcher(title).find()))) {
                if (found != null && !found.canonical().equals(t.canonical())) {
                    return null;   // two titles begin so: which one is not said
                }
                found = t;
            }
        }
        return found;
    }

    /** How many sentences on a described document may be titled; from a headline, how many more. */
    private static final int REACH = 3;
    private static final int HEADLINE_REACH = 8;

    /** Words too common to tie a description to a title. */
    private static final Set<String> COMMON = Set.of("cooperation", "agreement", "between", "joint", "bilateral",
            "regional", "international", "national", "framework", "their", "other", "which", "with", "from", "into");

    /**
     * "Fiji and Australia have concluded a security cooperation treaty. The Vuvale Security Treaty commits ...": the
     * title that opens one of the next two sentences, of the same kind and sharing a word of substance with the
     * description, and not named before it, is the described document's name.
     */
    private static Mention titleAfter(Mention m, List<Mention> mentions) {
        Set<String> words = substance(m.canonical());
        // a headline's description ("GCC ministers adopt regional water security strategy") is the story's document,
        // which the body may title a few paragraphs on: further, but with two words of substance in common
        boolean headline = m.sentence() == 0;
        Mention found = null;
        for (Mention t : mentions) {
            if (t.kind() != EntityKind.AGREEMENT || !t.rule().startsWith("title:") || DescribedMentions.generic(t)
                    || !t.subtype().equals(m.subtype())) {
                continue;
            }
            if (t.sentence() <= m.sentence() || t.sentence() > m.sentence() + (headline ? HEADLINE_REACH : REACH)
                    || t.tokenStart() > 1) {
                continue;
            }
            long common = substance(t.canonical()).stream().filter(words::contains).count();
            boolean shared = common >= (headline && t.sentence() > REACH ? 2 : 1);
            boolean before = mentions.stream().anyMatch(o -> o.canonical().equals(t.canonical())
                    && (o.sentence() < m.sentence() || o.sentence() == m.sentence() && o.tokenStart() < m.tokenStart()));
            if (shared && !before && found == null) {
                found = t;
            }
        }
        return found;
    }

    /** The words of substance of a name, lower case: longer than three letters, not common, not a document's kind. */
    private static Set<String> substance(String name) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 3 && !COMMON.contains(w) && !Lexicon.map("agreement-heads").containsKey(w)
                    && !w.equals("understanding")) {
                out.add(w);
            }
        }
        return out;
    }

    /** "resolution 2188", "decision 5/2": a numbered document is told apart by its number alone. */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:" + String.join("|", DescribedMentions.NUMBERED) + ") (?:no\\.? ?)?\\d");

    private static Mention rename(Mention m, List<Mention> mentions, List<Relation> relations, String text) {
        if (NUMBERED.matcher(m.canonical()).find()) {
            return m;
        }
        Mention titled = titledForm(m, mentions);
        if (titled == null) {
            titled = titleAfter(m, mentions);
        }
        if (titled == null && !text.isEmpty()) {
            titled = namedAfter(m, mentions, text);
        }
        if (titled != null) {
            return m.withCanonical(titled.canonical());
        }
        Set<String> who = new LinkedHashSet<>();
        Set<String> written = new java.util.HashSet<>();   // the parties' names as the words give them ("UNICEF")
        String date = dateOf(m, relations);
        for (Mention same : sameWords(m, mentions, relations, date)) {
            for (Relation r : relations) {
                if (r.subject() == same.id() && r.predicate() == Predicate.PARTY) {
                    Mention party = mentions.get(r.object());
                    who.add(party.canonical());
                    if (names(m.text().toLowerCase(Locale.ROOT), party.text().toLowerCase(Locale.ROOT))) {
                        written.add(party.canonical());
                    }
                }
            }
            date = date.isEmpty() ? dateOf(same, relations) : date;
        }
        String name = m.canonical();
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> sides = who.stream().filter(w -> !names(lower, w.toLowerCase(Locale.ROOT)) && !written.contains(w))
                .sorted().toList();
        StringBuilder sb = new StringBuilder(name);
        if (sides.size() == 1 && lower.contains(" with ") && !lower.contains(" between ")) {
            sb.insert(0, sides.get(0) + "'s ");   // "Ecuador's trade agreement with the EU", as the text says it
        } else if (!sides.isEmpty() && sides.size() <= 4) {
            sb.append(lower.contains(" between ") ? ", " : " between ");
            sb.append(sides.size() == 1 ? sides.get(0)
                    : String.join(", ", sides.subList(0, sides.size() - 1)) + " and " + sides.get(sides.size() - 1));
        }
        if (!date.isEmpty()) {
            sb.append(", ").append(date);
        }
        if (sb.length() == name.length()) {
            return m;
        }
        return m.withCanonical(sb.toString());
    }
}
