package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;

import org.diplokg.nlp.AnnotatedDocument;
import org.diplokg.nlp.Sentence;

/**
 * A document named after the meeting that issued it takes the meeting's name into its own: "the Chairman's
 * Statement of the 11th ASEAN Plus Three Summit", "Joint Press Communiqué of the Ninth X Foreign Ministers' Meeting"
 * (the title finder stops at the event's ordinal, or before "of the"). The event stays a mention of its own, nested
 * in the title; {@link TitleHeads} keeps its head word for the parser, so the rule {@code adoptedAt/document-of-event}
 * reads "Statement of Summit".
 */
final class MeetingDocuments {
    private MeetingDocuments() {
    }

    static List<Mention> extend(AnnotatedDocument doc, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(m.kind() == EntityKind.AGREEMENT ? extended(doc, m, mentions) : m);
        }
        return out;
    }

    private static Mention extended(AnnotatedDocument doc, Mention a, List<Mention> mentions) {
        Sentence s = doc.sentences().get(a.sentence());
        for (Mention e : mentions) {
            if (e.kind() != EntityKind.EVENT || e.sentence() != a.sentence() || e.tokenStart() <= a.tokenStart()
                    || e.tokenEnd() <= a.tokenEnd()) {
                continue;
            }
            int of = e.tokenStart() - 1;
            if (of > 0 && s.token(of).is("the")) {
                of--;
            }
            if (of <= a.tokenStart() || !s.token(of).is("of") || a.tokenEnd() < of) {
                continue;   // "the X Statement" next to "the Y Summit", or a gap between them
            }
            return a.withSpan(s, doc.document().text(), a.tokenStart(), e.tokenEnd(), "+of-event");
        }
        return a;
    }
}
