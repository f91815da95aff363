package org.guidancedesk.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.TrashEntry;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.DemoFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trash's 编号 and 单位: a deleted ledger item's code and unit, a deleted unit's kind. */
class TrashTextTest {
    @TempDir
    Path dir;

    @Test
    void aDeletedLedgerItemShowsItsCodeAndUnit() {
        try (DemoFixture demo = DemoFixture.open(dir)) {
            Workspace ws = demo.workspace();
            Rectification item = ws.ledger().items().get(0);
            ws.ledger().remove(List.of(item.id()));
            Unit last = ws.units().units().get(ws.units().units().size() - 1);
            ws.units().remove(last.id());

            Map<Long, String> names = ws.units().units().stream().collect(Collectors.toMap(Unit::id, Unit::name));
            TrashText zh = new TrashText(I18n.forLanguage("zh"), names);
            List<TrashEntry> trash = ws.history().trash();
            TrashEntry unit = trash.get(0);
            TrashEntry ledgerItem = trash.get(1);

            String expectedCode = (item.ledger() == org.guidancedesk.domain.Ledger.RECTIFY ? "整改-" : "整治-")
                    + String.format("%03d", item.serial());
            assertEquals(expectedCode, zh.code(ledgerItem));
            assertEquals(names.get(item.unitId()), zh.unit(ledgerItem));
            assertEquals("", zh.code(unit));
            assertEquals(I18n.forLanguage("zh").tr("unitKind." + last.kind()), zh.unit(unit));
            assertEquals(String.format("%s-%03d", I18n.forLanguage("en").tr("ledgerShort", item.ledger()), item.serial()),
                    new TrashText(I18n.forLanguage("en"), names).code(ledgerItem));
        }
    }
}
