package org.diplokg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins that {@link DocumentDates} reads a day written as an ordinal ("20th May, 2021", "16th August 2024"). */
class DocumentDatesOrdinalTest {
    private static Optional<LocalDate> find(String text) {
        return DocumentDates.find(text.replace("\\n", "\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NEW DELHI, 20th May, 2021 -- The ministers met.|2021-05-20",
        "Joint Statement\\n16th August 2024\\nThe two sides agreed.|2024-08-16",
        "Issued on 1st June 2022 in Geneva.|2022-06-01",
        "Signed at Lima on the 2nd March, 2023.|2023-03-02",
        "3rd Oct. 2020: the forum closed.|2020-10-03",
        "Harbour Times, 21st Sept 2019 -- Officials met.|2019-09-21",
        "Harbour Times, 22nd Jan 2019 -- Officials met.|2019-01-22",
        "Harbour Times, 23rd December 2019 -- Officials met.|2019-12-23",
    })
    void readsADayWrittenAsAnOrdinal(String text, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), find(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Published: 20th May, 2021\\nThe ministers met.|2021-05-20",
        "Updated: 16th August 2024\\nThe ministry said on Monday.|2024-08-16",
    })
    void readsALabelledOrdinalDay(String text, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), find(text));
    }

    @Test
    void theFirstDateWrittenWinsWhetherOrdinalOrNot() {
        assertEquals(Optional.of(LocalDate.of(2021, 5, 20)),
                find("20th May, 2021 -- The forum recalled the summit of 3 March 2020."));
        assertEquals(Optional.of(LocalDate.of(2020, 3, 3)),
                find("3 March 2020 -- The forum recalled the summit of 20th May, 2021."));
    }

    @Test
    void anOrdinalThatIsNoDayGivesNoDate() {
        assertTrue(find("The 31st February 2021 never came.").isEmpty());
        assertTrue(find("The 4th BIMSTEC Summit was held in Kathmandu.").isEmpty());
    }

    @Test
    void aLabelledPlainDayWinsOverAnEarlierDate() {
        assertEquals(Optional.of(LocalDate.of(2021, 5, 20)),
                find("Review of the 3 March 2020 forum\\nPublished: 20 May, 2021\\nThe ministers met."));
    }

    @Test
    void aLabelledOrdinalDayWinsOverAnEarlierDate() {
        assertEquals(Optional.of(LocalDate.of(2021, 5, 20)),
                find("Review of the 3 March 2020 forum\\nPublished: 20th May, 2021\\nThe ministers met."));
    }

    @Test
    void readsAnOrdinalDayAfterTheMonth() {
        assertEquals(Optional.of(LocalDate.of(2021, 5, 20)), find("WASHINGTON, May 20th, 2021 -- Officials met."));
    }
}
