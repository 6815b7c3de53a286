package org.diplokg.extract;

import java.util.List;
import java.util.Set;

import org.diplokg.nlp.Sentence;
import org.diplokg.nlp.Token;

/**
 * "The City of Windhoek and the City of Ghent signed a twinning agreement": a capitalised municipal head before "of"
 * and a place names that place's local government, a body that signs, hosts and issues (see the lexicon list
 * municipal-heads). After a word of place ("held in the City of Arica", "from the City of Arica") it is the place
 * and stays one.
 */
final class Municipalities {
    private static final Set<String> HEADS = Lexicon.words("municipal-heads");
    /** Words after which "the City of X" is where something is, not who acts. */
    private static final Set<String> OF_PLACE = Set.of("in", "at", "to", "from", "near", "into", "across", "around",
            "within", "outside", "visited", "visit", "visiting");

    private Municipalities() {
    }

    /**
     * Adds a candidate organisation "City of X" for each municipal head followed by "of" and a place: a candidate
     * place (of the gazetteer or NER) among {@code out}.
     */
    static void candidates(Sentence s, String text, List<Candidate> out) {
        List<Token> toks = s.tokens();
        for (int i = 0; i + 2 < toks.size(); i++) {
            int at = i + 2;
            Candidate place = !HEADS.contains(toks.get(i).text()) || !toks.get(i + 1).is("of") ? null
                    : out.stream().filter(c -> c.kind() == EntityKind.PLACE && c.start() == at).findFirst()
                        .orElse(null);
            if (place == null) {
                continue;
            }
            int before = i - 1;
            if (before >= 0 && TitleTokens.isArticle(toks.get(before))) {
                before--;
            }
            if (before >= 0 && OF_PLACE.contains(toks.get(before).text().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            int end = place.end();
            String name = Names.clean(text.substring(toks.get(i).begin(), toks.get(end - 1).end()));
            out.add(new Candidate(EntityKind.ORGANIZATION, "", i, end, Candidate.PRIORITY_TITLE, name, 0, "", 0.75,
                    "municipality"));
        }
    }
}
