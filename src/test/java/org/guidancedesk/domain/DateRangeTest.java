package org.guidancedesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Year 1, year 0 and year 999999999 are typing or file errors wherever a date enters. */
class DateRangeTest {

    @Test
    void theRangeIsTheYears2000To2100() {
        DateRange.check("x", LocalDate.of(2000, 1, 1));
        DateRange.check("x", LocalDate.of(2100, 12, 31));
        DateRange.check("x", null);
        ValidationException e = assertThrows(ValidationException.class, () -> DateRange.check("x", LocalDate.of(1999, 12, 31)));
        assertEquals("validation.dateOutOfRange", e.messageKey());
        assertThrows(ValidationException.class, () -> DateRange.check("x", LocalDate.of(2101, 1, 1)));
    }

    @Test
    void anEnteredLedgerItemWithAYearOneDueDateIsRefusedOnItsField() {
        ValidationException e = assertThrows(ValidationException.class, () -> Rectification.builder(Ledger.RECTIFY, 1,
                LocalDate.of(2026, 11, 24)).problem("路灯不亮").due(LocalDate.of(1, 1, 1)).build());
        assertEquals("rectification.due", e.field());
        assertThrows(ValidationException.class, () -> Rectification.builder(Ledger.RECTIFY, 1,
                LocalDate.of(2026, 11, 24)).problem("路灯不亮").due(LocalDate.of(0, 1, 1)).build());
    }

    @Test
    void anEnteredActionRecordWithAYearZeroDateIsRefused() {
        ActionRecord r = new ActionRecord(new RecordKey(1, 1L), ActionStatus.SCHEDULED, LocalDate.of(0, 1, 1), null, Set.of(), "");
        ValidationException e = assertThrows(ValidationException.class, () -> r.checkAgainst(LocalDate.of(2026, 11, 24)));
        assertEquals("record.planned", e.field());
    }
}
