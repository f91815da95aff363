package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typed text with control characters, saved through the services into a real file: it commits, and clean. */
class TypedTextTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    @Test
    void aTextStartingWithNulCommitsWithoutItInsteadOfBreakingTheTablesCheck() throws Exception {
        Path file = dir.resolve("g.db");
        long itemId;
        try (Workspace ws = DemoCopies.open(file, TODAY, Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE))) {
            Unit unit = ws.units().add(new Unit(0, "\u0000新区\u001B[2J", UnitKind.COUNTY, "\u0085", "", 0));
            Rectification item = ws.ledger().add(Rectification.builder(Ledger.RECTIFY, unit.id(), TODAY)
                    .problem("\u0000问题\u0007").measures("\u009B措施\r\n第二行").node(LedgerNode.IMMEDIATE).build()).item();
            ws.ledger().addProgress(item.id(), TODAY, "\u0000进展\uD800");
            itemId = item.id();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT u.name, u.contact, r.problem, r.measures, p.text FROM unit u"
                     + " JOIN rectification r ON r.unit_id = u.id JOIN rectification_progress p ON p.item_id = r.id"
                     + " WHERE r.id = " + itemId)) {
            rs.next();
            assertEquals("新区[2J", rs.getString(1));
            assertEquals("", rs.getString(2));
            assertEquals("问题", rs.getString(3));
            assertEquals("措施\r\n第二行", rs.getString(4));
            assertEquals("进展", rs.getString(5));
        }
    }
}
