package org.diplokg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Headline\\nGENEVA, March 14, 2024 -- The forum opened.|2024-03-14",
        "Headline\\nPublished: 2024-05-02\\nGENEVA -- The forum closed on Wednesday.|2024-05-02",
        "Harbour TimesUpdated:  November 8, 2022\\nThe ministry said on Monday.|2022-11-08",
        "JOHANNESBURG, South Africa, 12 June 2025 -- Officials met.|2025-06-12",
        "Xinhua News Agency, Beijing, November 7. The office released it.\\n(November 2022)|2022-11-07",
        "BEIJING, Nov. 8 (Wire) -- It adopted the Roadmap 2025-2027. The 2024 edition closed.|2024-11-08",
    })
    void findsPublicationDates(String text, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), DocumentDates.find(text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"BEIJING -- China's State Council Information Office on Monday issued a paper."})
    void noDateWhenNoneIsWritten(String text) {
        assertTrue(DocumentDates.find(text).isEmpty());
    }
}
