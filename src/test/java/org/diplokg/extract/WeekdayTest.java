package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.diplokg.nlp.AnnotatedDocument;
import org.junit.jupiter.api.Test;

/**
 * A bare weekday is counted from the document's date, whatever day SUTime gave it: SUTime's reading of a weekday
 * depends on the documents it read before (CoreNLP issue 1061), so a build's output depended on the order of its
 * documents. Hand-tagged sentences of our own wording (no CoreNLP).
 */
class WeekdayTest {
    private static AnnotatedDocument dated(String sentence, LocalDate published) {
        AnnotatedDocument d = HandTokens.document(sentence);
        return new AnnotatedDocument(d.document().withDate(Optional.of(published)), d.sentences());
    }

    private static String day(AnnotatedDocument d, String surface, String sutime) {
        return Extractor.pastWeekday(d, d.sentences().get(0), surface,
                new DateValue(sutime, DateValue.Precision.DAY)).lexical();
    }

    @Test
    void aPastWeekdayIsTheOneBeforeTheDocumentsDateWhateverSuTimeSaid() {
        // a report of Wednesday 23 April 2025: "signed on Thursday" is 17 April, whether SUTime said 24 or 10 April
        AnnotatedDocument d = dated("The mayors signed|O|VBD the agreement on Thursday .", LocalDate.of(2025, 4, 23));
        assertEquals("2025-04-17", day(d, "on Thursday", "2025-04-24"));
        assertEquals("2025-04-17", day(d, "on Thursday", "2025-04-10"));
        assertEquals("2025-04-21", day(d, "on Monday", "2025-04-28"));
    }

    @Test
    void aWeekdayToComeIsInTheDocumentsWeek() {
        AnnotatedDocument d = dated("The mayors will|O|MD sign|O|VB the agreement on Thursday .",
                LocalDate.of(2025, 4, 23));
        assertEquals("2025-04-24", day(d, "on Thursday", "2025-04-17"));
    }
}
