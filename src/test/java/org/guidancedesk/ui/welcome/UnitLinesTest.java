package org.guidancedesk.ui.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.junit.jupiter.api.Test;

/** Units pasted from a spreadsheet: name and kind by tab, a name alone, blank lines, bad kinds by line. */
class UnitLinesTest {
    private final I18n zh = I18n.forLanguage("zh");

    @Test
    void kindsByTheirNameInEitherLanguageOrCode() {
        List<Unit> units = UnitLines.parse(zh, "江城大学\t高校\r\n\n 东江省 \n北方能源\tENTERPRISE\n国家部\t\n");
        assertEquals(List.of("江城大学", "东江省", "北方能源", "国家部"), units.stream().map(Unit::name).toList());
        assertEquals(List.of(UnitKind.UNIVERSITY, UnitKind.OTHER, UnitKind.ENTERPRISE, UnitKind.OTHER),
                units.stream().map(Unit::kind).toList());
        assertEquals(UnitKind.MINISTRY, UnitLines.parse(I18n.forLanguage("en"), "A\tministry").get(0).kind());
    }

    @Test
    void anUnknownKindIsNamedByItsLine() {
        ValidationException e = assertThrows(ValidationException.class, () -> UnitLines.parse(zh, "甲\t高校\n\n乙\t公司"));
        assertEquals("unit.kind", e.field());
        assertEquals(List.of(3), List.of(e.subjectArgs()));
    }

    @Test
    void nothingPastedIsNoUnits() {
        assertEquals(List.of(), UnitLines.parse(zh, "  \n"));
        assertEquals(List.of(), UnitLines.parse(zh, null));
    }
}
