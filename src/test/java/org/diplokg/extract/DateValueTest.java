package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DateValueTest {
    @Test
    void keepsThePrecisionTheTextGives() {
        assertEquals(DateValue.Precision.DAY, DateValue.parse("2017-12-03").orElseThrow().precision());
        assertEquals(DateValue.Precision.MONTH, DateValue.parse("2015-12").orElseThrow().precision());
        assertEquals(DateValue.Precision.YEAR, DateValue.parse("2017").orElseThrow().precision());
    }

    @Test
    void vagueOrRelativeValuesAreNotDates() {
        assertTrue(DateValue.parse("PRESENT_REF").isEmpty());
        assertTrue(DateValue.parse("XXXX-11-07").isEmpty());
        assertTrue(DateValue.parse("2018/2020").isEmpty());
        assertTrue(DateValue.parse("201X").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new DateValue("2017-1", DateValue.Precision.MONTH));
    }

    @Test
    void aDayBecomesItsMonthAndCoarserValuesStay() {
        assertEquals("2023-08",
                DateValue.parse("2023-08-22").orElseThrow().toMonth().lexical());
        assertEquals("2023", DateValue.parse("2023").orElseThrow().toMonth().lexical());
    }
}
