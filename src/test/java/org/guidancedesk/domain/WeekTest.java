package org.guidancedesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeekTest {
    @Test
    void isoWeeksRunMondayToSunday() {
        Week w = Week.parse("2026-W48");
        assertEquals(LocalDate.of(2026, 11, 23), w.monday());
        assertEquals(LocalDate.of(2026, 11, 29), w.sunday());
        assertEquals(w, Week.of(LocalDate.of(2026, 11, 29)));
        assertEquals("2026-W48", w.toString());
        assertEquals("2026-W49", w.next().toString());
        assertTrue(w.contains(LocalDate.of(2026, 11, 23)));
    }

    @Test
    void weeksAcrossTheYearsEnd() {
        assertEquals(Week.parse("2026-W01"), Week.of(LocalDate.of(2025, 12, 29)));
        assertEquals(Week.parse("2026-W53"), Week.of(LocalDate.of(2027, 1, 3)));
        assertEquals(Week.parse("2027-W01"), Week.parse("2026-W53").next());
    }

    @Test
    void malformedOrImpossibleWeeksAreRefused() {
        for (String bad : new String[] {"2026-48", "2026-W4", "W48", "", "2026-W00", "2025-W53", "2026-W54"}) {
            assertThrows(IllegalArgumentException.class, () -> Week.parse(bad), bad);
        }
    }
}
